"""Restrictions: rule language fires, ordinary statements and page notices do not, none are padded."""

from __future__ import annotations

import pytest

from bot.summary.restrictions import rule_families
from tests.summary_helpers import CLUSTERS, article, heldout_briefing, story, texts, told

LEAD = "Kestria will ban exports of refined scandium from April 1, the government said on Monday."


@pytest.mark.parametrize("sentence", [
    "Material shipped under licence may not be re-exported to third countries.",
    "Research samples of up to two kilograms are exempt, according to the decree.",
    "Finished products that contain scandium are not covered by the decree.",
    "Our policy with respect to prohibiting long-range strikes inside of Russia has not changed.",
    "Ukraine may strike inside Russia as long as the targets relate to the offensive.",
    "The prohibition has prevented Ukraine from targeting aircraft on the ground.",
    "The regulator has ordered retailers to stop selling the two models until testing ends.",
    "Police denied rumours of a second gunman on the ferry.",
    "Officials urged residents to stay indoors until the smoke clears.",
    "The court extended his detention by eight days.",
    "Customer records were exposed between March and June.",
    "The minister is not named in the leaked files.",
    "Talks with the kidnappers will continue, the spokesman said.",
    "Under the new rules, taxis cannot wait outside the ferry terminal after midnight.",
    "The club has 10 days to lodge an appeal.",
    "The club can appeal within ten days of the decision.",
    "The verdict can be appealed to the Lessby Supreme Court.",
    "The ruling cannot be appealed, the court said.",
    "The union has agreed not to take industrial action over pay before March 31.",
    "No agent may publish partial tallies before the count ends.",
    "The drug is not approved for people with severe liver disease.",
    "Pregnancy: contraindicated.",
    "The order bars the union and its affiliates from calling, organising or encouraging the strike.",
    "Nor does it affect a national demonstration planned for Saturday.",
    "The drug could be given to adults with a body mass index of 35 or more, the agency said.",
    "Job offers made before 1 March will be honoured, the ministry said.",
    "Ferry fares are frozen until the end of the year.",
    "The rebates will be scrapped entirely by April 1, 2027.",
    "Owners have until March 31 to register their boats.",
    "From 1 June it will be illegal to sell the lamps.",
    "Harbours may still hire pilots, provided the minister signs off each one.",
    "The poorest households will receive 45 crowns a month for two years.",
    "The union said it would suspend all action if the employers committed by March 31.",
    "Exams will go ahead as planned, the union said.",
])
def test_rule_language_fires(sentence: str) -> None:
    assert rule_families(sentence)


@pytest.mark.parametrize("sentence", [
    "The ban also does not apply where Acme is the sole supplier of a critical medicine.",
    "There is an exception to the ban: if Acme is the only supplier, the agency can still buy from it.",
    "Vessels are barred from entering the zone, with one exception: the island ferry may pass.",
])
def test_what_a_ban_leaves_out_is_an_exception(sentence: str) -> None:
    assert "exception" in rule_families(sentence)


@pytest.mark.parametrize("sentence", [
    "The agency said it would update its count only when deaths had been confirmed by doctors.",
    "A second aircraft carrying tents is due to leave on Sunday, the ministry said.",
    "Several US officials, speaking on condition of anonymity, said the decision was made on Thursday.",
    "Spot prices for scandium oxide rose 18 percent on Monday in early trading.",
    "This relaxation of restrictions marks a departure from longstanding policy, officials said.",
    "The firm denied any wrongdoing in a statement on Monday.",
    "He told reporters he heard between 30 and 40 shots.",
    "The company has not yet responded to a request for comment.",
    "I cannot fathom how the council has escaped charges for its handling of the harbour fund.",
    "Residents said they cannot believe the ferry fares rose again in January.",
    "The council said it cannot comment on individual fines already issued.",
    "Shop owners say they cannot wait for the quay to be free of traffic.",
    "It took divers two days to reach the wreck.",
    "He said there will be no peace in the valley.",
    "Aveiro could challenge for the title after beating Porto 3-1.",
    "They have had 14 years to fix the health service.",
    "She promised not to raise taxes if elected.",
    "The pilot was not cleared for landing, investigators said.",
    "Much will depend on the weather on Sunday.",
    '"No one can say how many are still trapped," the mayor said.',
    "Bars and restaurants in the old town will stay open late from Friday.",
    "Nor did the rain affect the turnout, which was the highest in years.",
    "The money could be used to build two schools, the mayor said.",
    "The lake was frozen solid when the ferry ran aground.",
    "A second phase of the harbour opened in May.",
    "The old quay will be removed by crane.",
    "The figures, provided by the harbour board, show a rise.",
    "The winner will receive 10,000 crowns.",
    "The strike was illegal, the court ruled.",
    "The opposition said it would review the contract if it won the election.",
    "A rival bidder said its two earlier offers still stand.",
    "Unions said wages are frozen while pump prices have doubled.",
    "Parliament is expected to approve the transfers, provided the coalition holds together.",
    "The current scheme is due to expire on June 30.",
    "Ferries were suspended after the storm.",
    "The council will go ahead with the plan.",
])
def test_ordinary_statements_are_not_rules(sentence: str) -> None:
    assert rule_families(sentence) == set()


def test_paraphrases_of_one_rule_merge_citing_both_sources() -> None:
    restrictions = story(
        article("1", LEAD, "Material shipped under licence may not be re-exported to third countries."),
        article("2", LEAD, "Material delivered under licence may not be transferred to third countries."),
    ).restrictions
    [rule] = [r for r in restrictions if "third countries" in r.text]
    assert rule.sources == ["1", "2"]


def test_a_story_with_no_rules_gets_no_restrictions_and_page_notices_are_not_rules() -> None:
    quake = story(
        article("1", "A powerful earthquake struck Caddon province on Saturday, killing at least 47 people.",
                "The agency said it would update its count only when deaths had been confirmed by doctors.",
                "\u00a9 Tidewell Press Agency. Republication or redistribution of TPA content is expressly "
                "prohibited without the prior written consent of TPA.",
                "Use of materials is permitted only with an active hyperlink to the agency."),
        article("2", "The earthquake in Caddon province killed at least 47 people and injured 212 on Saturday."),
    )
    assert quake.restrictions == []
    assert not any("consent" in t or "hyperlink" in t for t in texts(quake.what))


def test_a_trailing_attribution_is_cut_from_a_rule() -> None:
    [rule] = story(article(
        "1", LEAD, "However, it is limited to the area around Kharkiv, and Ukraine has not asked for more, "
                   "the official added, noting that they do not foresee any change.")).restrictions
    assert rule.text == "It is limited to the area around Kharkiv, and Ukraine has not asked for more."


def test_a_story_that_is_not_about_a_measure_has_no_restrictions_however_often_it_says_must() -> None:
    match = story(
        article("1", "Lewis Hamilton won the Brazilian Grand Prix at Interlagos on Sunday after two red flags.",
                "Drivers must be able to see the track, and the cars were allowed to race on wet tyres.",
                title="Hamilton wins in Brazil"),
        article("2", "Lewis Hamilton won the race at Interlagos on Sunday, his third win in a row.",
                "It cannot stop the tide, and he must win the final race to take the title.",
                title="Hamilton wins at Interlagos"),
    )
    assert match.restrictions == []


def test_a_rule_one_source_states_in_passing_needs_strong_language() -> None:
    rules = texts(story(
        article("1", LEAD, "Buyers were allowed to visit the refinery on Monday afternoon.",
                "Research samples of up to two kilograms are exempt, according to the decree."),
    ).restrictions)
    assert rules == ["Research samples of up to two kilograms are exempt."]


def test_an_incident_keeps_its_stated_scope_when_several_sources_state_it() -> None:
    scope = story(
        article("1", "Gunmen freed 21 of the abducted farm workers in Varn province on Thursday, officials said.",
                "More than 80 of the abducted farm workers remain captive in the forest, officials said."),
        article("2", "Twenty-one abducted farm workers were released in Varn province on Thursday.",
                "More than 80 of the abducted farm workers are still captive in the forest, police said."),
        article("3", "The release of 21 farm workers was confirmed by the governor of Varn province."),
    ).restrictions
    assert len(scope) == 1 and "captive" in scope[0].text and len(scope[0].sources) == 2


def test_an_incident_keeps_what_it_left_running_and_who_was_not_aboard() -> None:
    """Services an accident did not disrupt and the passengers who were not aboard are its stated scope, as
    "freight trains were not affected" is; that sanctions had no impact on an economy is a view, no scope."""
    lead = "Two Lessby metro work trains collided in a tunnel early on Wednesday, injuring one worker."
    scope = story(
        article("1", lead, "There were no passengers on the trains, and officials say the accident is having no "
                           "impact on metro service during the morning commute."),
        article("2", lead, "There were no passengers on the trains, and officials say the accident had no impact on "
                           "metro service during the morning commute."),
        article("3", lead, "The minister said the sanctions had no impact on the economy."),
    ).restrictions
    assert len(scope) == 1 and "no passengers" in scope[0].text and set(scope[0].sources) == {"1", "2"}


def test_a_condition_around_a_quoted_word_is_a_restriction_and_a_newsletter_prompt_is_not() -> None:
    rules = _takeover_rules(["Acme said it would pay a \u201csignificant\u201d fee to Borel if regulators block the "
                             "takeover.", "You must select a newsletter to subscribe to."], [])
    assert any("if regulators block" in r for r in rules)
    assert not any("newsletter" in r for r in rules)


def test_a_condition_quoting_part_of_a_quotation_another_source_prints_whole_is_still_a_restriction() -> None:
    # Source 1 quotes a few of the spokeswoman's words inside its own sentence; source 2 prints her whole
    # quotation. The reporter's sentence states the condition, as it would were the quotation printed nowhere.
    rules = _takeover_rules(
        ["Acme spokeswoman Ana Ruiz spoke to reporters on Monday.",
         "She added that Acme would pay a \u201csignificant fee if regulators block the deal.\u201d"],
        ["\u201cAcme would pay a significant fee if regulators block the deal,\u201d Ana Ruiz, a spokeswoman, said."])
    assert any("if regulators block" in r for r in rules)


def _takeover_rules(first: list[str], second: list[str]) -> list[str]:
    """The restrictions of a two-source takeover story, each source its lead and then ``first`` or ``second``."""
    return texts(story(
        article("1", "Acme raised its takeover offer for Borel to $90 billion on Monday, the company said.", *first,
                title="Acme raises takeover offer for Borel"),
        article("2", "Acme has raised its offer for Borel to $90 billion, the company said on Monday.", *second,
                title="Acme raises Borel offer to $90 billion"),
    ).restrictions)


def test_two_sources_stating_what_remains_of_the_same_things_make_one_scope_item() -> None:
    [item] = story(
        article("1", "Gunmen freed 21 of the abducted farm workers in Varn province on Thursday, officials said.",
                "Most of the abducted workers remain missing in a forest camp, and relatives fear the worst."),
        article("2", "Twenty-one abducted farm workers were released in Varn province on Thursday.",
                "Some 80 hostages are still captive in the forest camp north of the province capital."),
        article("3", "The release of 21 farm workers was confirmed by the governor of Varn province.",
                "The governor's spokesman denied reports that a ransom had been paid for the workers."),
    ).restrictions
    assert "captive" in item.text or "missing" in item.text  # no ransom: one source's denial, uncorroborated
    assert item.sources == ["1", "2"]


def test_paraphrases_of_one_condition_merge_though_they_share_few_words() -> None:
    restrictions = story(
        article("1", "Acme raised its takeover offer for Borel to $90 billion on Monday, the company said.",
                "Acme said it was prepared to pay a significant fee to Borel if the deal is blocked by regulators.",
                title="Acme raises takeover offer for Borel"),
        article("2", "Acme has raised its offer for Borel to $90 billion, the company said on Monday.",
                "It would also pay a significant break fee if regulators scuttle the takeover.",
                title="Acme raises Borel offer to $90 billion"),
    ).restrictions
    [rule] = [r for r in restrictions if "fee" in r.text]
    assert rule.sources == ["1", "2"]


def test_a_rule_several_sources_carry_is_on_topic_without_a_headline_word() -> None:
    rules = texts(story(
        article("1", "A military court indicted the activist on Monday on charges of assault, officials said.",
                "It extended her remand for eight days.", title="Court indicts activist over assault"),
        article("2", "The activist was indicted by a military court on Monday on assault charges.",
                "It extended her remand for eight days.", title="Activist indicted for assault"),
    ).restrictions)
    assert rules == ["It extended her remand for eight days."]


def test_a_safe_zone_is_a_measure_with_terms_and_an_incident_keeps_no_measure_language() -> None:
    rules = texts(story(
        article("1", "Organisers of the harbour festival will set up a safe zone for women on Saturday night.",
                "Glass bottles and large bags will be banned at the harbour festival.",
                title="Harbour festival sets up safe zone for women"),
        article("2", "A safe zone for women will be set up at the harbour festival on Saturday, organisers said.",
                "Glass bottles and large bags are outlawed at the harbour festival, organisers said.",
                title="Safe zone for women at harbour festival"),
    ).restrictions)
    assert len(rules) == 1 and "bottles" in rules[0]
    flight = story(
        article("1", "A flight to Tokyo turned back on Sunday after a passenger boarded without a ticket.",
                "Both brothers were allowed to board the flight, though only one was booked.",
                title="Tokyo flight turns back over stowaway"),
        article("2", "The Tokyo flight returned to Los Angeles on Sunday because of a passenger without a ticket.",
                "Both brothers were allowed to board, although only one of them was booked.",
                title="Flight to Tokyo returns over ticketless passenger"),
    )
    assert flight.restrictions == []


def test_an_incident_keeps_a_limit_another_source_states_about_the_same_customers_in_other_words() -> None:
    scope = texts(story(
        article("1", "Hackers stole the records of 20 million Brevan customers from Norland Bank, the bank said.",
                "Fewer than 9,000 Brevan customers had card numbers taken."),
        article("2", "Norland Bank said hackers had taken data on 20 million customers in Brevan.",
                "Only limited card data of Brevan customers was exposed, the bank said."),
        article("3", "A data breach at Norland Bank hit 20 million customers, the bank confirmed.",
                "The bank can hold up to 40 staff in its new office tower downtown."),
    ).restrictions)
    assert any("Fewer than 9,000" in r for r in scope) and any("limited card data" in r for r in scope)
    assert not any("office tower" in r for r in scope)


def test_a_measure_keeps_distinct_terms_apart_and_a_partys_denial_is_no_term() -> None:
    rules = texts(story(
        article("1", "The council imposed new sanctions on Varnia on Monday, capping its fuel imports.",
                "Varnia's crude oil imports were capped at four million barrels a year.",
                "The Varnian foreign ministry denied reports that it had evaded the sanctions.",
                title="Council imposes sanctions on Varnia"),
        article("2", "New sanctions on Varnia were imposed by the council on Monday.",
                "Refined oil imports to Varnia were capped at 500,000 barrels a year.",
                title="Council sanctions Varnia over fuel"),
    ).restrictions)
    assert any("crude" in r for r in rules) and any("Refined" in r for r in rules)
    assert not any("denied" in r for r in rules)


_WEIGHED = """
from bot.summary.similarity import Weights
texts = [
    "Kestria will ban exports of refined scandium ore from April 1, the trade ministry said on Monday.",
    "The trade ministry of Kestria said refined scandium shipments abroad are banned from the first of April.",
    "Miners in the northern valleys warned that the export ban on scandium would idle smelters and cost jobs.",
    "Research samples of up to two kilograms remain exempt, according to the ministry's published decree.",
    "Spot prices for scandium oxide rose sharply in early trading as buyers rushed to secure cargoes.",
    "Finished alloys that contain scandium are not covered by the decree, officials in the capital said.",
]
weights = Weights(texts)
print([weights.overlap(a, b).hex() for a in texts for b in texts])
"""


def test_word_weighted_overlap_is_the_same_whatever_the_process_string_hashing() -> None:
    """The restrictions compare wordings by ``Weights.overlap``, a sum over a set of words: a set's order follows
    Python's per-process string hash, so the sum must not depend on it, or the last bits of a score (and a
    comparison at a threshold, or a tie between two rules) change from one run to the next."""
    import os
    import subprocess
    import sys

    found = {subprocess.run([sys.executable, "-c", _WEIGHED], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4")}
    assert len(found) == 1


@pytest.mark.parametrize(("sentence", "families"), [
    ("The new timetable takes effect on June 1.", set()),  # when alone says nothing of a limit
    ("The bridge reopens to traffic starting Monday.", set()),
    ("Lorries are banned from the bridge until the repairs end.", {"prohibition", "timing"}),
])
def test_timing_counts_only_beside_a_rule(sentence: str, families: set[str]) -> None:
    assert rule_families(sentence) == families


def test_a_companys_legal_form_or_the_object_of_a_complaint_is_no_limit() -> None:
    from bot.summary.restrictions import rule_ids

    assert rule_ids("Subject to a cybersquatting complaint, the domains were bought by Lessby Capital Limited.") == []
    assert rule_ids("Acme Limited said sales of the kettle are limited to two per customer.") == ["limit"]
    assert rule_ids("Cash held abroad would be subject to a 15.5 percent rate, the law says.") == ["premised-on"]
    assert rule_ids("Candidates are subject to a campaign spending cap of one million euros.") == ["premised-on"]
    assert rule_ids("The takeover is subject to an antitrust investigation by the commission.") == ["premised-on"]
    assert "limit" in rule_ids("Tickets Limited to Two per Customer at Lessby Stadium")


def test_one_headline_naming_a_measure_among_many_does_not_make_an_incident_a_measure() -> None:
    # Six outlets report a ferry fire; one headlines the town's order to leave the quay. The story is an
    # incident, so its rule language that states no scope of the fire is not padded in as restrictions.
    titles = ["Ferry burns off Lessby", "Fire on Lessby ferry", "Lessby ferry fire: crew rescued",
              "Ferry catches fire near Lessby", "Crew safe after Lessby ferry fire",
              "Ferry fire: Lessby orders homes by the quay cleared"]
    leads = [f"A ferry caught fire off Lessby on Sunday, and all {n} crew were rescued, the coastguard said."
             for n in ("40", "forty", "40", "40", "40", "40")]
    asides = ["The ferry cannot reach the quay at low tide, and pilots must stay in the channel.",
              "The ferry is licensed to carry up to 300 passengers, the company said.",
              "Harbour rules prohibit fuelling a ferry at the quay.", "Divers must wait for calm water near the ferry.",
              "The crew of the ferry were allowed home on Monday.", "The ferry was built in Lessby in 1990."]
    fire = story(*(article(str(i + 1), lead, aside, title=title)
                   for i, (lead, aside, title) in enumerate(zip(leads, asides, titles, strict=True))))
    assert fire.restrictions == []


def test_another_matter_an_argument_and_an_anonymity_rule_are_no_restrictions_of_a_measure() -> None:
    rules = _takeover_rules(
        ["Acme said it would pay a fee to Borel if regulators block the takeover.",
         "In a separate case, a court extended the detention of two Acme managers for another six months.",
         "One investor site argues that the offer is unfair because it sets limits on small shareholders.",
         "The Acme manager, who cannot be named for legal reasons, was released on Monday."],
        ["Critics say the offer must be withdrawn before the annual meeting."])
    assert any("if regulators block" in r for r in rules)
    assert not any("separate" in r or "argues" in r or "named" in r or "Critics" in r for r in rules)


def test_a_core_event_naming_a_measure_keeps_its_terms_and_a_view_inside_a_clause_is_no_argument() -> None:
    # One headline of five says "takeover offer", but the core event itself is the offer: a measure with terms.
    titles = ["Acme raises takeover offer for Borel", "Acme makes higher approach to Borel", "Acme ups the price",
              "Borel gets $5bn approach", "Acme returns with $5bn"]
    lead = "Acme raised its offer for Borel to $5 billion on Monday, the company said."
    terms = ["The offer is conditional on approval by competition regulators in Norvania.",
             "The takeover, which critics argue is too costly, must be accepted by Borel shareholders by May 30.",
             "In a separate statement, Acme said Borel staff are exempt from the job cuts."]
    rules = texts(story(*(article(str(i + 1), lead, *terms, title=title)
                          for i, title in enumerate(titles))).restrictions)
    assert any("conditional on approval" in r for r in rules)
    assert any("critics argue" in r for r in rules) and any("exempt" in r for r in rules)


def test_what_a_ruling_does_not_cover_and_applies_only_to_are_its_restrictions() -> None:
    told = story(
        article("1", "Norvania's highest court on Tuesday allowed Lessby to ban older diesel cars from its centre.",
                "The ban will apply only to cars that do not meet the Euro 6 emissions standard.",
                "Mayor Ana Ruiz said the ruling was a victory for everyone who breathes the city's air."),
        article("2", "Norvania's Supreme Court said Lessby can ban older diesel cars from its centre from September.",
                "The ruling does not cover the ring road, and residents have three years to replace their cars.",
                "Tom Reyes of the Norvania Motor Association said drivers had been let down by the court."),
    )
    shown = texts(told.restrictions)
    assert any("does not cover the ring road" in t for t in shown)
    assert any("apply only to cars" in t for t in shown)


def test_an_application_news_coverage_or_insurance_not_covering_is_no_limit_of_a_measure() -> None:
    told = story(
        article("1", "Lessby banned electric scooters from its pavements on Monday after a spate of accidents.",
                "The company did not apply to the council for a permit, according to Tom Reyes, its transport chief.",
                "Local newspapers did not cover the council vote, which took place late on Friday."),
        article("2", "Lessby has banned electric scooters from pavements, the council said on Monday.",
                "Their insurance did not cover the damage caused by the scooters, residents said."),
    )
    assert not any("did not" in t for t in texts(told.restrictions))


def test_someone_judging_a_measure_by_name_states_no_term_of_it() -> None:
    lead = "Lessby council voted on Monday to ban whole-home holiday lets in six districts from June 1."
    judged = 'Ana Ruiz, chief executive of the charity HomeSafe, described the ban as "welcome, but years overdue".'
    rules = texts(story(
        article("1", lead, "Owner-occupiers who let a room are exempt from the ban.", judged),
        article("2", lead, judged),
    ).restrictions)
    assert any("exempt" in r for r in rules)
    assert not any("welcome" in r for r in rules)


def test_a_fine_is_a_measure_whose_orders_and_deadlines_are_restrictions() -> None:
    rules = texts(story(
        article("1", "The Lessby data regulator fined the ferry app maker Acme Routes 4 million euros on Tuesday for "
                     "selling passengers' location data.",
                "The regulator said Acme Routes must stop sharing the data with advertisers within 30 days.",
                title="Lessby regulator fines ferry app maker 4 million euros"),
        article("2", "Acme Routes was fined 4 million euros for selling the location data of its passengers.",
                "Acme Routes has to stop sharing location data with advertisers within 30 days, the regulator said.",
                title="Ferry app fined €4m over location data"),
    ).restrictions)
    assert len(rules) == 1 and "within 30 days" in rules[0]


def test_a_measure_with_many_terms_keeps_them_all_up_to_eight() -> None:
    terms = ["Heavy weapons must be pulled back 15 km from the front line within 30 days.",
             "Drones are banned over the front unless flown by the monitors.",
             "Prisoners charged with war crimes are excluded from the exchange.",
             "Political talks must open in Port Sorel within 60 days.",
             "Both sides are prohibited from laying new mines along the river.",
             "Aid convoys are allowed through the Keldar crossing only in daylight.",
             "The truce takes effect at 06:00 on Saturday and must hold until the talks open."]
    found = story(
        article("1", "The Lessby government and the rebels agreed a ceasefire on Thursday.", *terms,
                title="Lessby government and rebels agree ceasefire"),
        article("2", "A ceasefire between the Lessby government and the rebels was agreed on Thursday.", *terms,
                title="Ceasefire agreed in Lessby"),
    ).restrictions
    assert sorted(r.text for r in found) == sorted(terms)


def test_when_a_measure_takes_effect_is_one_of_its_terms_but_makes_no_story_a_measure() -> None:
    rules = texts(story(
        article("1", "Lessby council voted on Tuesday to ban lorries from the old town.",
                "The lorry ban takes effect on 1 March and runs every day from 7am to 7pm.",
                title="Lessby bans lorries from old town"),
        article("2", "Lorries will be banned from Lessby's old town, the council decided on Tuesday.",
                "The ban comes into force on 1 March, the council said.",
                title="Lorry ban for Lessby old town"),
    ).restrictions)
    assert any("1 March" in r for r in rules)
    grant = story(
        article("1", "The Lessby cabinet approved a grant of 40 million crowns for the harbour on Wednesday, which is "
                     "set to take effect immediately.",
                "The grant comes a day after the mayor met harbour owners, before a bill that would prevent "
                "councils from selling quays.", title="Cabinet approves harbour grant"),
        article("2", "Lessby's cabinet approved 40 million crowns for the harbour, to take effect immediately.",
                title="Harbour grant approved"),
    )
    assert grant.restrictions == []


def test_a_measures_deadlines_exemptions_and_what_it_leaves_unchanged_are_its_terms() -> None:
    terms = ["Pharmacies are required to return the stock within 14 days.",
             "The ceasefire does not cover the harbour district.",
             "The youth rate of 6.90 crowns is unchanged.",
             "Two years of the sentence were suspended."]
    found = texts(story(
        article("1", "The Lessby medicines agency on Tuesday ordered the recall of Telvor blood pressure tablets.",
                *terms, title="Lessby agency orders recall of Telvor tablets"),
        article("2", "Telvor blood pressure tablets are being recalled, the Lessby medicines agency said.", *terms,
                title="Telvor tablets recalled"),
    ).restrictions)
    assert sorted(found) == sorted(terms)


def test_a_lead_saying_only_some_were_affected_makes_no_incident_a_measure() -> None:
    outage = story(
        article("1", "A software fault knocked out Lessby Bank's app for six hours on Monday, though the bank said "
                     "only a small number of customers were affected by failed payments.",
                "Customers were told not to make payments twice and to wait for their balances to update.",
                title="Lessby Bank app down for six hours"),
        article("2", "Lessby Bank's app was down for most of Monday after a faulty update, the lender said, adding "
                     "that only a small number of customers were affected by failed payments.",
                "Consumer group Forbruk said the bank must compensate customers who were charged late fees.",
                title="Lessby Bank blames update for app outage"),
    )
    assert outage.restrictions == []


def test_who_may_let_others_do_what_a_ban_forbids_and_when_it_applies_are_its_terms() -> None:
    rules = texts(story(
        article("1", "Lessby's assembly voted on Wednesday to ban phones in primary schools.",
                "A teacher may authorise phones for a particular lesson, but only for that lesson.",
                "The ban will apply from the start of the new school year in September.",
                title="Lessby bans phones in schools"),
        article("2", "Phones will be banned in Lessby's primary schools, the assembly decided on Wednesday.",
                "Teachers can allow pupils to use their phones for a particular lesson.",
                "The ban will apply from September, at the start of the new school year.",
                title="Phone ban for Lessby schools"),
    ).restrictions)
    assert any("particular lesson" in r for r in rules) and any("September" in r for r in rules)


def test_a_deals_guarantee_that_there_will_be_none_of_something_is_a_term() -> None:
    rules = texts(story(
        article("1", "Lessby dockers voted on Monday to accept a pay deal that ends their strike.",
                "The port promised that there will be no compulsory redundancies linked to the new cranes.",
                title="Lessby dockers accept pay deal"),
        article("2", "A pay deal ending the Lessby dock strike was accepted by dockers on Monday.",
                "There will be no compulsory redundancies linked to the new cranes while the deal runs.",
                title="Dock strike deal accepted"),
    ).restrictions)
    assert any("no compulsory redundancies" in r for r in rules)


def test_it_does_not_apply_to_a_points_penalty_and_rents_unchanged_are_terms() -> None:
    rules = texts(story(
        article("1", "Lessby Rovers were hit with a 12-point penalty by the league on Tuesday for breaking its rules.",
                "It does not apply to the women's team, which is run as a separate club.",
                "Season ticket prices and rents for the club shop will remain unchanged.",
                title="Rovers hit with 12-point penalty"),
        article("2", "The league docked Lessby Rovers 12 points on Tuesday for breaking its financial rules.",
                "The penalty does not apply to the women's team, the league said.",
                title="Rovers points penalty confirmed"),
    ).restrictions)
    assert any("women's team" in r for r in rules)


def test_a_disasters_missing_are_no_restriction_and_a_vaccine_approval_is_a_measure() -> None:
    ferry = story(
        article("1", "An overcrowded ferry capsized on the Lessby river on Sunday, killing at least 38 people, as "
                     "rescuers searched for 24 others still missing.", title="Lessby ferry capsizes, 38 dead"),
        article("2", "Officials said 112 people were pulled from the Lessby river alive but 24 are still missing.",
                title="Ferry disaster: 24 still missing"),
    )
    assert ferry.restrictions == []
    vaccine = texts(story(
        article("1", "Lessby's health ministry approved a new malaria vaccine for children on Tuesday.",
                "The vaccine must not be given to pregnant women, the ministry said.",
                title="Lessby approves new malaria vaccine for young children"),
        article("2", "Children in Lessby will get a new malaria vaccine after the ministry approved it on Tuesday.",
                "The vaccine is not to be given to pregnant women.", title="Malaria jab approved for children"),
    ).restrictions)
    assert any("pregnant women" in r for r in vaccine)


def test_hostages_still_missing_and_a_closure_are_two_terms_and_past_figures_are_none() -> None:
    rules = texts(story(
        article("1", "Gunmen seized 140 pupils from a school in Lessby province on Friday, officials said.",
                "One hostage was rescued by soldiers, but 137 pupils and a teacher are still missing.",
                "Schools in the province will remain closed until further notice.",
                "Real wages in Lessby were unchanged last year, official figures show.",
                title="Gunmen seize 140 pupils in Lessby"),
        article("2", "Gunmen abducted 140 pupils in Lessby province on Friday.",
                "One hostage was rescued, but 137 pupils and a teacher are still missing, the governor said.",
                "Schools in the province will remain closed until further notice, the governor said.",
                title="Lessby school kidnapping: 137 still missing"),
    ).restrictions)
    assert any("still missing" in r for r in rules) and any("remain closed" in r for r in rules)
    assert not any("wages" in r for r in rules)


def test_what_a_measure_still_lets_people_do_is_a_term_and_a_neighbours_own_rule_is_not() -> None:
    rules = texts(story(
        article("1", "Lessby's parliament has passed a law setting a minimum age of 15 for social media accounts.",
                     "Under-15s will still be able to watch videos and read public posts without logging in.",
                     "Neighbouring Norvald set its own limit at 16 in 2024, but has yet to fine any platform.",
                     title="Lessby bans social media accounts for under-15s"),
        article("2", "Lessby has passed a law banning social media accounts for children under 15.",
                     "Children will still be able to watch videos without an account, the ministry said.",
                     title="Lessby sets social media age limit of 15"),
    ).restrictions)
    assert any("still be able to watch" in r for r in rules)
    assert not any("Norvald" in r for r in rules)


def test_a_deals_review_clause_deductions_and_backdating_are_terms() -> None:
    rules = texts(story(
        article("1", "Teachers in Lessby have voted to accept an 11.5% pay rise over three years, ending their strike.",
                     "Teachers will receive a 5% rise backdated to January 1, and a further 4% in September.",
                     "The third instalment will be reviewed if annual inflation rises above 4%.",
                     "Pay for strike days will be deducted, but the deductions will be spread over six months.",
                     "The head of the union will be jailed if convicted of fraud, a court heard.",
                     title="Lessby teachers accept pay deal, ending strike"),
        article("2", "Lessby's teachers have accepted a pay deal worth 11.5% over three years, ending the strike.",
                     "The final rise will be reviewed if inflation rises above 4%, the ministry said.",
                     "Teachers will get a 5% rise backdated to January 1, the ministry said.",
                     title="Teachers accept 11.5% pay deal"),
    ).restrictions)
    assert any("backdated" in r for r in rules) and any("reviewed if" in r for r in rules)
    assert any("spread over six months" in r for r in rules) and not any("jailed" in r for r in rules)


def test_an_airline_in_administration_has_terms_and_the_wire_wording_two_outlets_print_is_shown() -> None:
    wire = "Customers who bought a package holiday are protected by the LessProtect scheme, the administrators said."
    found = story(
        article("1", "The airline AeroLess collapsed into administration on Monday, grounding all its flights.", wire,
                "Vouchers issued by AeroLess are no longer valid, the administrators said.",
                title="AeroLess collapses into administration, grounding all flights"),
        article("2", "AeroLess went into administration on Monday and all of its flights were cancelled.", wire,
                "The aviation authority will fly stranded passengers home free of charge until 28 October.",
                title="AeroLess enters administration: what passengers need to know"),
        article("3", "AeroLess has collapsed into administration, stranding thousands of passengers abroad.",
                "Package holidays are protected by the LessProtect scheme, so your tour operator must refund you.",
                "AeroLess vouchers are no longer valid.",
                title="AeroLess collapse: what are my rights?"),
    )
    rules = texts(found.restrictions)
    shown = "Customers who bought a package holiday are protected by the LessProtect scheme."
    assert shown in rules and not any(r.startswith("Package holidays") for r in rules)
    assert any("no longer valid" in r for r in rules)
    assert found.restrictions[rules.index(shown)].sources == ["1", "2", "3"]


def test_a_tracks_speed_limit_is_no_scope_of_a_crash_but_a_new_speed_limit_is_a_term() -> None:
    crash = story(
        article("1", "A passenger train derailed near Dunmore on Sunday, killing 14 people, the ministry said.",
                'Witnesses said the train was going "far too fast" into the bend, where the limit is 80km/h.'),
        article("2", "Fourteen people were killed when a train derailed near Dunmore on Sunday.",
                "The train was going too fast into the bend, where the limit is 80km/h, witnesses said."),
    )
    assert crash.restrictions == []
    rules = texts(story(
        article("1", "Lessby council has voted to cut the speed limit on the coast road to 30mph from May.",
                "The speed limit will not apply to emergency vehicles, the council said.",
                title="Lessby cuts coast road speed limit"),
        article("2", "The speed limit on Lessby's coast road will be cut to 30mph in May.",
                "The speed limit will not apply to emergency vehicles.", title="Coast road speed limit cut"),
    ).restrictions)
    assert any("emergency vehicles" in r for r in rules)


def test_what_no_one_can_be_made_to_undergo_and_what_a_court_declined_to_order_are_terms() -> None:
    rules = texts(story(
        article("1", "Lessby's Supreme Court struck down the policy of deporting asylum seekers to Calvane on Monday.",
                "The judgment means no one can be removed to Calvane under the policy.",
                "The judges declined to order the government to bring back the 1,312 people already flown out.",
                title="Supreme Court strikes down Calvane deportation policy"),
        article("2", "The Supreme Court has ruled the policy of deporting asylum seekers to Calvane unlawful.",
                "No-one can be removed to Calvane under the current policy.",
                "The court refused to order the return of those already deported.",
                title="Court rules Calvane deportation policy unlawful"),
    ).restrictions)
    assert any("removed to Calvane" in r for r in rules) and any("to order" in r for r in rules)


def test_who_a_measure_orders_to_act_and_how_long_it_lasts_are_terms_told_whole() -> None:
    rules = texts(story(
        article("1", "Lessby will ration tap water by district after a burst on its main pipeline, the mayor said.",
                "Factories have been ordered to cut their water consumption by 40 per cent from Wednesday.",
                "The rationing will last at least ten days, the council said.",
                title="Lessby rations water after pipeline burst"),
        article("2", "Lessby has begun rationing tap water by district after its main pipeline burst.",
                "Industrial users, led by the breweries, have been told to cut consumption by 40 per cent.",
                "It will remain in force for at least ten days.", title="Lessby water rationing begins"),
    ).restrictions)
    assert any(r.endswith("cut consumption by 40 per cent.") for r in rules)
    assert any("ten days" in r for r in rules)


def test_a_prison_sentence_headlined_as_jailed_for_years_keeps_its_terms() -> None:
    lead = "Dana Orlov, the former head of Lessby Freight, was jailed for nine years on Thursday for fraud."
    jailed = story(
        article("1", lead, "She will be eligible for parole after serving half of her term, the court said.",
                "She must pay the fine within six months or serve another 18 months in prison.",
                title="Former Lessby Freight boss jailed for nine years for fraud"),
        article("2", lead, "Any appeal must be lodged within 28 days.",
                title="Ex-freight boss Orlov jailed for nine years"),
    )
    assert any("within six months" in r for r in texts(jailed.restrictions))
    assert any("within 28 days" in r for r in texts(jailed.restrictions))


def test_an_obituary_whose_headline_recalls_a_conviction_has_no_restrictions() -> None:
    """From a reviewer's second reading: "Ex-striker jailed for match-fixing dies" names no sentence's length; the life
    ban of 1998 is background, not a term."""
    assert told("jailed_obituary").restrictions == []


def test_a_sentence_whose_headline_names_the_dead_and_a_sale_permitted_to_women_keep_their_terms() -> None:
    """From a fourth reading: "Nurse jailed for life after three patients died" is a sentence's headline; "The pill
    can now be sold to women of any age" permits a sale."""
    assert any("at least 30 years" in r for r in texts(told("jailed_dead2").restrictions))
    assert told("sold_to2").restrictions


def test_a_death_in_prison_and_a_unions_refusal_set_no_terms() -> None:
    """From a fifth reading: "Gang leader jailed for life found dead in prison" heads no sentencing story; "Nor will
    they cover shifts for striking colleagues" is the nurses' stance, not what an injunction leaves out."""
    assert told("r5_jailed_dead").restrictions == []
    assert not any("cover shifts" in r for r in texts(told("r5_nor_will2").restrictions))


def test_a_fare_freeze_is_a_measure_and_what_it_covers_is_a_term() -> None:
    """A freeze of fares, rents, pay or assets is a measure: what it covers and leaves out are its terms. A lake
    frozen in a cold snap is no measure (``MEASURE_WORDS``' counter-examples)."""
    lead = "Regulated rail fares in Norvania will be frozen until 31 March 2027, the transport minister said."
    frozen = story(
        article("1", lead, "The freeze covers season tickets, off-peak returns and anytime fares, the ministry said.",
                title="Norvania freezes regulated rail fares until March 2027"),
        article("2", lead, "The freeze covers season tickets, off-peak returns and anytime fares.",
                title="Rail fares frozen until 2027"),
    )
    assert any("season tickets" in r for r in texts(frozen.restrictions))


def test_an_incidents_condition_several_sources_state_bounds_it() -> None:
    """A ransomware attack is no measure, but "keep your appointment unless the hospital contacts you", told by two
    outlets, bounds what it changes; one outlet's "unless a ransom is paid" is the gang's threat."""
    lead = "Ambulances will be diverted from three hospitals in Lessby after a ransomware attack on Orvell Health."
    attacked = story(
        article("1", lead, "Patients should still attend appointments unless they are contacted by the hospital.",
                "The gang threatens to publish the data unless a ransom is paid.",
                title="Ransomware attack on Orvell Health hospitals"),
        article("2", lead, "Keep your appointment unless the hospital contacts you.",
                title="Hospitals hit by cyber attack"),
    )
    shown = texts(attacked.restrictions)
    assert any("appointment" in r for r in shown) and not any("ransom is paid" in r for r in shown)


def test_freezing_weather_a_threat_and_a_fires_duration_set_no_terms() -> None:
    """From a seventh reading: "freezing rain to pay tribute" and "Big freeze sends energy prices soaring" head no
    measure; kidnappers' "unless a ransom was paid" is a threat and "for as long as a week" a fire's duration, neither
    an incident's scope."""
    for name in ("r7_vigil", "r7_hostage", "r7_wildfire"):
        assert told(name).restrictions == [], name
    assert len(told("r7_bigfreeze").restrictions) <= 2


def test_a_prognosis_and_a_shopping_tip_with_unless_set_no_terms() -> None:
    """From an eighth reading: "doctors had told them Luca would never walk unless ..." and "Shoppers should compare
    unit prices unless ..." under "Prices of frozen food soar" bound nothing."""
    for name in ("r8_prognosis", "r8_frozenfood"):
        assert told(name).restrictions == [], name


def test_a_forecast_or_a_kidnappers_threat_with_unless_and_stalled_prices_set_no_terms() -> None:
    """From a ninth reading: "likely to keep gaining strength unless", "would keep the children unless", "would stay in
    captivity unless"; "House prices frozen as buyers wait" and "Benefit payments frozen for thousands after IT
    failure" head no measure."""
    for name in ("r9_hurricane_keep", "r9_kidnap_keep", "r9_stay_captivity", "r9_house_prices_frozen"):
        assert not [r for r in texts(told(name).restrictions) if "unless" in r or "times income" in r], name
    assert not any("contact their local office" in r for r in texts(told("r9_benefits_frozen").restrictions))


def test_an_incidents_emergency_measures_several_sources_report_are_its_terms() -> None:
    """A hurricane is no measure, but the curfew and the alcohol ban the government imposed, told by several outlets,
    bound it; one outlet's mention of the curfew of 2019 does not."""
    lead = "Hurricane Orla has killed 14 people after making landfall in Norvania, the emergency agency said."
    storm = story(
        article("1", lead, "The government imposed a nationwide curfew from 6 p.m. to 6 a.m. that will remain in force "
                           "until Friday.", "The curfew imposed in 2019 was widely ignored.",
                title="Hurricane Orla kills 14 in Norvania"),
        article("2", lead, "A nationwide curfew is in force between 6pm and 6am until Friday.",
                title="Orla leaves trail of destruction"),
    )
    shown = texts(storm.restrictions)
    assert any("curfew" in r and "Friday" in r for r in shown) and not any("2019" in r for r in shown)


def test_an_incidents_exclusion_zone_set_up_and_told_by_its_terms_in_another_source_is_one_of_its_terms() -> None:
    """A zone "set up" or "closed" is imposed as one "declared" is; merged with a source's wording of its terms that
    names no zone ("banned from entering it until 6pm on Sunday"), it is still an emergency measure several report."""
    lead = "A Lessby Orbital rocket carrying 14 satellites exploded 71 seconds after lift-off on Thursday."
    launch = story(
        article("1", lead, "The Norvane coastguard declared a 30-nautical-mile exclusion zone off Cape Dorran and said "
                           "all vessels must keep out of it until at least 6pm on Sunday while debris is recovered.",
                title="Rocket carrying 14 satellites explodes"),
        article("2", lead, "The coastguard has closed a 30-nautical-mile exclusion zone off Cape Dorran until at least "
                           "18:00 on Sunday.", title="Lessby Orbital rocket explodes after launch"),
        article("3", lead, "The coastguard has set up a 30-nautical-mile exclusion zone off Cape Dorran.",
                "Fishing boats, yachts and all other vessels are banned from entering it until 6pm on Sunday.",
                title="Fishermen kept in port after rocket explodes"),
    )
    assert any("Sunday" in r for r in texts(launch.restrictions))


def test_who_may_opt_out_of_a_law_is_one_of_its_terms() -> None:
    lead = "Norvane's parliament voted 112 to 87 on Wednesday to legalise assisted dying for terminally ill adults."
    law = story(
        article("1", lead, "Doctors, nurses and pharmacists who object on grounds of conscience will be able to "
                           "opt out of any part of the process.", title="Norvane passes assisted dying law"),
        article("2", lead, "Doctors, nurses and pharmacists can opt out on grounds of conscience, and hospices can "
                           "choose not to take part.", title="New law lets terminally ill Norvanians end their lives"),
    )
    assert any("opt out" in r for r in texts(law.restrictions))


def test_an_emergency_measure_of_another_time_denied_lifted_or_standing_bounds_no_incident() -> None:
    """From a tenth reading: a curfew of 2011 or of last year's derby, the first Covid lockdown, a curfew "not ruled
    out", evacuation orders "lifted on Sunday", an airport's curfew on night flights and a standing ban on selling
    fireworks to under-18s are no terms of the incident; a jail "placed on lockdown" is."""
    for name in ("r10_riot_past_curfew", "r10_worst_since", "r10_lastyear_curfew", "r10_lockdown_anniv",
                 "r10_not_ruled_out", "r10_flood_lifted", "r10_airport_curfew", "r10_fireworks_law"):
        named = ("curfew", "lockdown", "emergency", "evacuation", "fireworks")
        assert not [r for r in texts(told(name).restrictions) if any(w in r.casefold() for w in named)], name
    assert any("lockdown" in r for r in texts(told("r10_prison_riot").restrictions))


def test_an_emergency_measure_asked_for_weighed_or_only_named_bounds_no_incident() -> None:
    """From an eleventh reading: a state of emergency the cabinet will "decide whether" to declare, a lockdown a union
    "urged", a curfew a councillor says the council "should introduce", "a permanent state of emergency" in A&E, a
    curfew of the 1970s, schools on lockdown "before being given the all-clear", a park's 11pm curfew, a naval firing
    range and another country's lockdown are no terms: a measure counts only named with what imposes it or keeps it."""
    for name in ("r11_decide_emergency", "r11_urged2", "r11_teen_curfew_call", "r11_nhs_state", "r11_drought_demand",
                 "r11_decades2", "r11_school_lockdown", "r11_festival2", "r11_naval_zone", "r10_outbreak_abroad"):
        named = ("curfew", "lockdown", "emergency", "exclusion zone")
        assert not [r for r in texts(told(name).restrictions) if any(w in r.casefold() for w in named)], name


def test_an_emergency_measure_ended_asked_for_remembered_or_of_a_family_a_film_or_a_team_bounds_no_incident() -> None:
    """From a twelfth reading: evacuation orders "to be lifted" or "rescinded", a state of emergency that "ended at
    midnight", one a union "has requested", a riot's curfew told on its tenth anniversary, parents' 10pm curfew, a
    film set during a curfew and a team's "lockdown defence" are no terms."""
    for name in ("r12_wildfire_lifted", "r12_evac_rescinded", "r12_emergency_ended2", "r12_asked_disaster",
                 "r12_mayor_requested", "r12_anniv_decade2", "r12_missing_teen", "r12_film_curfew",
                 "r12_lockdown_defence"):
        named = ("curfew", "lockdown", "emergency", "evacuation", "disaster")
        assert not [r for r in texts(told(name).restrictions) if any(w in r.casefold() for w in named)], name


def test_an_emergency_measure_recalled_compared_drilled_or_only_possible_bounds_no_incident() -> None:
    """From a thirteenth reading: a curfew residents "recalled" from the Troubles, riots "compared" to ones "when a
    dusk-to-dawn curfew was imposed", a curfew that "stayed in force for five months", "lockdown drills", "no need ...
    for a curfew" and evacuation orders that "could be issued" are no terms."""
    for name in ("r13_troubles_curfew", "r13_la_riots_history", "r13_curfew_lasted", "r13_lockdown_drill",
                 "r13_no_need_bg", "r13_evac_could_bg"):
        named = ("curfew", "lockdown", "evacuation")
        assert not [r for r in texts(told(name).restrictions) if any(w in r.casefold() for w in named)], name


def test_what_an_inquiry_found_is_no_term_of_a_measure() -> None:
    finding = ("The tribunal said it had found no evidence that anyone in her support team, including her coach, had "
               "been involved.")
    ban = story(
        article("1", "Sprinter Mira Castell was banned from competition for four years on Tuesday after testing "
                     "positive for a steroid.", "The ban is backdated to 14 March and runs until March 2029.", finding),
        article("2", "Mira Castell has been banned for four years for doping, the Athletics Integrity Panel said on "
                     "Tuesday.", "She may not compete or coach in any capacity during the ban.", finding),
    )
    assert not any("no evidence" in t for t in texts(ban.restrictions))
    assert any("backdated" in t for t in texts(ban.restrictions))
    # Counter-example: what stays lawful under a measure is one of its terms.
    lawful = "Owning or selling an e-scooter is not illegal, the transport ministry said."
    lead = "Lessmark banned e-scooters from pavements and pedestrian zones on Monday, with fines of up to 500 crowns."
    scooters = story(article("1", lead, lawful, "Riders caught twice will lose their scooter."),
                     article("2", lead, "Police will start enforcing the ban on 1 June.", lawful),
                     article("3", lead, "Cycle lanes remain open to scooters."))
    assert any("not illegal" in t for t in texts(scooters.restrictions))


def test_what_those_an_incident_hits_may_claim_is_its_term_where_two_sources_say_it() -> None:
    lead = "A pilots' strike at Lessby Air cancelled 640 flights on Thursday, stranding thousands of passengers."
    found = texts(story(
        article("1", lead, "Passengers whose flights were cancelled are entitled to a full refund within seven days, "
                           "the aviation authority said."),
        article("2", lead, "Travellers on cancelled flights are entitled to a refund and can claim compensation, "
                           "the authority said."),
    ).restrictions)
    assert any("entitled to a full refund" in t for t in found)


def test_a_phased_measures_steps_deadlines_payments_and_what_it_leaves_standing_are_its_terms() -> None:
    terms = ["Ferry fares are frozen until the end of the year.",
             "A second increase will follow on November 1.",
             "Boat owners have until March 31 to register for the rebate.",
             "The poorest households will receive 45 crowns a month for two years.",
             "Tickets sold before June 1 will be honoured."]
    rules = texts(story(
        article("1", "Lessby will phase out fuel rebates by April 2027, starting with a 20% rise in pump prices on "
                     "June 1, the finance minister said on Tuesday.", *terms,
                title="Lessby sets out rules for phasing out fuel rebates"),
        article("2", "Pump prices in Lessby will rise by 20% on June 1 as the government phases out fuel rebates.",
                *terms, title="New fuel rules: rebates to go in Lessby"),
    ).restrictions)
    assert sorted(rules) == sorted(terms)


def terms_of_two_reports(lead: str, terms: list[str], aside: str, titles: tuple[str, str]) -> list[str]:
    """The restrictions of a story two outlets tell with one lead and the same terms, the first adding ``aside``."""
    return texts(story(article("1", lead, *terms, aside, title=titles[0]),
                       article("2", lead, *terms, title=titles[1])).restrictions)


def test_a_lowered_age_is_a_measure_whose_ages_kept_and_opening_age_are_terms_and_an_accusation_is_not() -> None:
    terms = ["The minimum age to stand as a candidate also stays at 18.",
             "Young people will be able to pre-register to vote from the age of 15."]
    rules = terms_of_two_reports(
        "Lessmark's parliament voted on Wednesday to lower the voting age from 18 to 16 for local elections, giving "
        "200,000 teenagers the vote.", terms,
        "Ana Ruiz, leader of the National Union, accused the government of electoral engineering, pointing to polls "
        "that show the Greens running at close to 30% among under-25s.",
        ("Lessmark lowers voting age to 16", "Voting age cut to 16 after parliament vote"))
    assert sorted(rules) == sorted(terms)


def test_what_a_notice_still_allows_and_the_reach_of_an_evacuation_order_are_its_terms() -> None:
    terms = ["Tap water can still be used for flushing toilets and for showering.",
             "Everyone living within 500 metres of the river has been ordered to leave."]
    rules = terms_of_two_reports(
        "Lessby Water has told 30,000 homes not to drink tap water after floodwater swamped a treatment works, the "
        "company said on Thursday.", terms,
        "Acme was working to maximize the benefits it can still access before the ban.",
        ("Lessby water company issues do-not-drink order", "Do-not-drink order for 30,000 Lessby homes"))
    assert sorted(rules) == sorted(terms)


def test_a_sentences_orders_to_pay_and_what_breaking_it_brings_are_its_terms() -> None:
    terms = ["He was also ordered to pay Ruiz 4,500 florins in compensation.",
             "If he offends again during the two years, he could be jailed."]
    rules = terms_of_two_reports(
        "Chef Tomas Orrel was given a 12-month prison sentence, suspended for two years, for assaulting a "
        "photographer outside his Lessby restaurant.", terms,
        "He will be jailed if convicted of the second charge, the court heard.",
        ("Chef Orrel given suspended sentence for assault", "TV chef's suspended sentence for assault"))
    assert sorted(rules) == sorted(terms)


def test_the_twenty_eighth_reading_cases() -> None:
    """A place near which something happened is no reach of an order, a meeting staff are ordered to attend is no term,
    and what one can still be challenged for is no permission (``fixtures/second_reading/r28_*``)."""
    flood, hosepipe = texts(told("r28_flood_water").restrictions), texts(told("r28_hosepipe").restrictions)
    assert "Homes within 500 metres of the River Sallow have been evacuated." in flood
    assert not [t for t in flood + hosepipe if "closed footbridge" in t or "ordered to attend" in t
                or "can still be challenged" in t or "closed to visitors" in t]


def test_how_far_an_incidents_harm_went_is_its_scope_told_once() -> None:
    """No one hurt, injuries minor, staff unharmed: how far an incident's harm went bounds it, as "freight trains were
    not affected" does. Three outlets telling the same two injured men in their own words make one item, not three;
    an aside about another country's incident is none of this one's."""
    lead = "A fireworks barge caught fire off Tarrow beach on New Year's Eve, sending rockets into the crowd."
    scope = story(
        article("1", lead, "Two technicians jumped into the sea and were later treated by paramedics for minor "
                           "injuries."),
        article("2", lead, "The men suffered minor injuries after the barge caught fire at around 9 p.m."),
        article("3", lead, "Police said the two crew members suffered minor injuries, and the display was cut short."),
        article("4", lead, "Across the border in neighbouring Estmark, a shop roof collapsed in the storm; nobody "
                           "was hurt."),
        article("5", lead, "Across the border in neighbouring Estmark, a shop roof collapsed in the storm; nobody "
                           "was hurt."),
    ).restrictions
    assert len(scope) == 1 and "minor injuries" in scope[0].text


def test_injuries_not_life_threatening_bound_an_incident_however_the_outlets_hyphenate_them() -> None:
    """The rules read text folded as the summarizer asks it ("non-life-threatening" is "nonlifethreatening" there): the
    hyphenated forms news prints most bound the incident too."""
    lead = "A zoo keeper shot a gorilla after a four-year-old boy fell into its enclosure at Tarrow Zoo on Saturday."
    for injuries in ("non-life-threatening injuries", "non-life threatening injuries", "injuries that were not "
                     "life-threatening", "non-threatening injuries"):
        scope = texts(story(
            article("1", lead, f"The boy was taken to Tarrow Children's Hospital with {injuries}."),
            article("2", lead, f"Police said the boy was treated in hospital for {injuries}."),
        ).restrictions)
        assert len(scope) == 1 and "threatening" in scope[0], injuries


def test_an_incident_bounded_by_no_threat_no_arrest_and_a_closure_until_further_notice() -> None:
    lead = "A rocket launched by Norvald flew over northern Estmark early on Tuesday before falling into the sea."
    scope = texts(story(
        article("1", lead, "The Estmark military said the rocket did not pose a threat to its territory.",
                "The coastal park will remain closed until further notice, the ministry said."),
        article("2", lead, "The rocket posed no threat to Estmark territory, defence officials said.",
                "The coastal park was closed until further notice."),
        article("3", lead, "Police said no arrests have been made over the leaked launch plans."),
        article("4", lead, "No one has been arrested over the leaked launch plans, police said."),
    ).restrictions)
    assert any("threat" in t for t in scope)
    assert any("further notice" in t for t in scope)
    assert any("arrest" in t for t in scope)



def test_harm_at_another_time_an_asides_unhurt_and_a_coalition_that_did_not_collapse_bound_no_incident() -> None:
    lead = "An explosion at the Velden exhibition hall killed three workers on Tuesday."
    bounds = story(
        article("1", lead, "A smaller fire at the same hall in March was put out within minutes and no one was hurt.",
                "Driver Ada Rinaldo, who was unhurt in the crash, said she had pushed too much on cold tyres."),
        article("2", lead, "A smaller fire at the same hall in March was put out quickly and no one was hurt.",
                "Ada Rinaldo, who was unhurt in the crash, said she had pushed too much on cold tyres."),
        article("3", lead, "The council coalition did not collapse, and budget talks were suspended indefinitely."),
        article("4", lead, "The coalition did not collapse, though budget talks were suspended indefinitely."),
    ).restrictions
    assert bounds == []


def test_an_incidents_open_inquiry_precaution_and_unfixed_date_are_its_scope_when_two_outlets_state_them() -> None:
    """What an inquiry is still settling ("investigating whether a second vehicle was involved"), what was shut as a
    precaution, and a date not yet fixed bound an incident when two outlets state them; an inquiry of another year and
    a judgement ("too early to say") do not."""
    lead = "A lorry struck a rail bridge over the Varn in Lessby on Tuesday evening, injuring three people."
    crash = story(
        article("1", lead, "Police are investigating whether a second vehicle was involved.",
                "The bridge was closed for several hours as a precaution.",
                "No date has been set for the reopening of the rail line.",
                "It is too early to say what caused the crash, the mayor said."),
        article("2", lead, "Investigators are looking into whether a second vehicle was involved, police said.",
                "The bridge has been closed as a precaution ahead of checks by engineers.",
                "The date of the rail line's reopening is not yet set in stone.",
                "Police examined whether the lorry was speeding after a crash on the same bridge in 2019."),
    )
    shown = texts(crash.restrictions)
    assert any("second vehicle" in r for r in shown) and any("precaution" in r for r in shown)
    assert any("date" in r for r in shown)
    assert not any("2019" in r or "too early" in r for r in shown)
    assert all(len(r.sources) == 2 for r in crash.restrictions)


def test_an_incidents_new_scope_language_makes_no_measure_and_vouches_for_nothing_else() -> None:
    """From the reading of b07f8fc: a lead saying a mine was "too unstable to enter" or that protesters were angry "at
    the latest in a string of" rises keeps the story an incident, so one outlet's site rules ("Visitors must wear
    helmets") are no restrictions; an earlier leak's evacuation "two years earlier" and "An inquiry into that leak is
    still pending" bound nothing; a lawyer's "too dangerous for him to return" is his argument."""
    mine = texts(told("r49_mine_lead").restrictions)
    assert len(mine) == 1 and "too unstable to enter" in mine[0]
    assert told("r49_fuel_protest").restrictions == []
    leak = texts(told("r49_school_gas_leak").restrictions)
    assert any("at the earliest" in r for r in leak) and any("Mill Lane" in r for r in leak)
    assert not any("two years earlier" in r or "still pending" in r for r in leak)
    assert not any("too dangerous" in r for r in texts(told("r49_deportation_ruling").restrictions))


def _heldout_restrictions(story_name: str) -> list[str]:
    return [r.text for story_ in heldout_briefing(story_name).stories for r in story_.restrictions]


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="needs ../shared/eval/giveme5w1h/clusters")
def test_real_incidents_state_their_open_questions_precautions_and_physical_bounds() -> None:
    """Real articles of the 383 feed: the bridge a ship struck "was closed for several hours as a precaution", two
    outlets; the launch date "is not set in stone"; authorities "investigating whether a second car bomb was involved";
    planets "too far to be observed directly", which vouches for no one outlet's "That gives limited time for a
    discovery to be made"."""
    assert any("as a precaution" in r for r in _heldout_restrictions("tourist-boat-hits-bridge"))
    assert any("not set in stone" in r for r in _heldout_restrictions("tesla-roadster-to-mars"))
    assert any("second car bomb" in r for r in _heldout_restrictions("mazar-consulate-attack"))
    planets = _heldout_restrictions("planets-beyond-milky-way")
    assert any("observed directly" in r for r in planets) and not any("limited time" in r for r in planets)


def test_a_match_result_a_forecast_a_funeral_and_a_unions_complaint_state_no_scope() -> None:
    """From the second reading of 3732f5b (``fixtures/second_reading/r49d_*``): a tennis final's closed roof and injured
    loser out "until March at the earliest" (a sports result states none); a storm whose lead says "No train services
    ... for the rest of the day" stays an incident, so one outlet's "Storm names must be approved" is none; a funeral
    "next week at the earliest"; a successor telescope's launch date and planets "until now too faint to be detected";
    a union's "should have been 'shut as a precaution'" beside the inquiry the plant's incident is under."""
    for name in ("r49d_tennis_final", "r49d_storm_rail_lead", "r49d_actress_obituary", "r49d_telescope_vapour"):
        assert told(name).restrictions == [], name
    assert texts(told("r49d_chlorine_union").restrictions) == [
        "Investigators are looking into whether safety rules were broken at the plant."]


def test_services_an_incident_suspended_for_the_rest_of_the_day_are_its_scope() -> None:
    """A storm that stopped the ferries "for the rest of the day", as two outlets tell it, bounds what it stopped; a
    match suspended for the rest of the day in a third outlet's aside does not."""
    lead = "A storm with gusts of 120 km/h swept across the Varn coast on Tuesday, cutting power to 40,000 homes."
    storm = story(
        article("1", lead, "Ferry crossings to the islands were suspended for the rest of the day."),
        article("2", lead, "All ferry sailings to the islands have been suspended for the rest of the day."),
        article("3", lead, "A football match in Lessby was suspended for the rest of the day."),
    )
    shown = texts(storm.restrictions)
    assert len(shown) == 1 and "ferry" in shown[0].casefold() and set(storm.restrictions[0].sources) == {"1", "2"}
