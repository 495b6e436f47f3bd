"""The story as a whole: core event first, no statement twice, --explain says why, the scorer passes."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from bot.explain import Explanation
from bot.model import Article
from bot.summary.events import _fuller_copy
from bot.summary.statements import Statement
from tests.conftest import DEV_STORIES, SEEDS, SHARED, Result
from tests.summary_helpers import article, story, texts, told

LEADS = [
    "Kestria will ban exports of refined scandium from April 1, the government said on Monday.",
    "Kestria is banning exports of refined scandium from April, its trade minister said.",
    "Exports of scandium from Kestria will be banned from 1 April under a new decree.",
]


def test_the_core_event_is_the_lead_the_other_leads_agree_with() -> None:
    s = story(
        article("1", "Spot prices for scandium oxide rose 18 percent in Castelvane on Monday afternoon.", LEADS[0]),
        article("2", LEADS[1], "Veldonia threatened counter-measures on Monday evening."),
        article("3", LEADS[2]),
    )
    assert s.what[0].text in LEADS
    assert s.what[0].sources == ["1", "2", "3"]


def test_a_photo_caption_above_the_lead_is_never_the_core_event() -> None:
    caption = "This March 2 photo made available by the ministry shows a scandium refinery in Kestria."
    s = story(article("1", caption, LEADS[0]), article("2", caption, LEADS[1]), article("3", LEADS[2]))
    assert s.what[0].text in LEADS


def test_the_lead_carrying_the_figure_other_sources_repeat_comes_first() -> None:
    with_figure = "Hackers stole the records of 41 million Velmora customers, the company said on Monday."
    s = story(
        article("1", "Velmora said on Monday that hackers stole the records of customers in a cyber attack."),
        article("2", with_figure),
        article("3", "The stolen data of 41 million customers includes names and addresses, Velmora said."),
        article("4", "About 41 million people were affected, the company said in a statement on its website."),
    )
    assert "41 million" in s.what[0].text


def test_an_older_article_announcing_the_event_does_not_lead_once_later_reports_exist() -> None:
    def dated(source_id: str, day: str, *paragraphs: str) -> Article:
        a = article(source_id, *paragraphs)
        a.source.published = f"2031-03-{day}T10:00:00"
        return a
    announced = "Orvessa will open its new coastal rail line between Port Ilse and Varna to passengers on Monday."
    opened = "The first passengers rode Orvessa's coastal line from Port Ilse on Monday."
    s = story(dated("1", "01", announced), dated("2", "20", opened),
              dated("3", "20", "Orvessa's new coastal rail line between Port Ilse and Varna carried passengers."))
    assert not s.what[0].text.startswith("Orvessa will")


def test_what_has_been_going_on_gives_way_to_the_report_of_the_act() -> None:
    ongoing = ("Over the past year, reporters across Kestria have been sifting through 4.2 million files from "
               "the Dorva law firm Hallam Reese.")
    act = ("The scandal broke on Sunday when papers began publishing 4.2 million files from the Dorva law firm "
           "Hallam Reese, which sets up shell companies.")
    s = story(article("1", ongoing), article("2", act),
              article("3", "Ministers named in files leaked from the Dorva law firm denied any wrongdoing."))
    assert s.what[0].text == act


def test_a_reaction_to_the_event_gives_way_to_the_report_of_the_event() -> None:
    reaction = ("A harbour workers' union has criticized the Dorva port authority for closing the north quay "
                "to cargo ships after the storm on Monday.")
    event = "The Dorva port authority is closing the north quay to cargo ships."
    s = story(article("1", reaction), article("2", event),
              article("3", "The union criticized the Dorva port authority for closing the north quay to cargo ships "
                           "after the storm."))
    assert s.what[0].text == event


def test_a_lead_telling_how_the_news_spreads_online_gives_way_to_what_was_seen() -> None:
    stir = "A fireball that lit up the evening sky over the Orrin coast is lighting up social media."
    seen = "The bright streak was seen over the Orrin coast and the islands of Lessby on Tuesday evening."
    s = story(article("1", stir, seen), article("2", stir, seen),
              article("3", "A possible meteor was spotted streaking across the sky over the Orrin coast."))
    assert s.what[0].text == seen


def test_the_lead_is_shown_whole_where_another_outlet_cut_its_copy_short() -> None:
    cut = "A tourist ship has struck a road bridge on the Velde river in northern Orvessa."
    whole = ("A tourist ship struck a road bridge on the Velde river in northern Orvessa and 25 people were injured, "
             "police said Wednesday.")
    other = "A tourist ship hit a road bridge on the Velde in northern Orvessa on Tuesday evening."
    s = story(article("1", cut, "Police say 27 people are injured."),
              article("2", whole, "Police said four people with serious injuries were released from hospital."),
              article("3", other, "There were 129 people on board the ship."))
    assert s.what[0].text == whole
    assert s.what[0].sources == ["1", "2", "3"]


def test_a_copy_of_the_lead_fewer_outlets_print_or_saying_the_opposite_does_not_replace_it() -> None:
    cut = "Acme Motors has decided to close its car plant in the northern Orvessan town of Lessby next year."
    opposite = ("Acme Motors decided not to close its car plant in the northern Orvessan town of Lessby next year, "
                "despite falling sales.")
    added = ("Acme Motors decided to close its car plant in the northern Orvessan town of Lessby next year, union "
             "sources said.")
    hijacked = ("Acme Motors decided to close its car plant in the northern Orvessan town of Lessby next year and may "
                "sell the site, a union official claimed.")
    s = story(article("1", cut, "Sales fell by a third last year."), article("2", hijacked, "Sales fell by a third."),
              article("3", cut, "Union leaders will meet the company on Monday."))
    assert s.what[0].text == cut
    # Weighed alike, one outlet's copy each: the copy carrying the lead on with "not" says the opposite.
    leads = [Statement(0, "1", 0, 0, 0, cut), Statement(1, "2", 1, 0, 0, opposite)]
    assert _fuller_copy(leads[0], leads, 0.9, lambda st: 1.0) is leads[0]
    assert _fuller_copy(leads[0], [leads[0], Statement(1, "2", 1, 0, 0, added)], 0.9, lambda st: 1.0).text == added


def test_a_copy_of_the_lead_carried_on_to_an_unreadable_length_does_not_replace_it() -> None:
    lead = "A tourist ship has struck a road bridge on the Velde river in northern Orvessa."
    run_on = ("A tourist ship struck a road bridge on the Velde river in northern Orvessa on Tuesday evening, leaving "
              "25 people injured, closing the motorway above it for several hours while engineers checked the pillar "
              "for damage and forcing another ship to take the 103 passengers, most of them from Lessby, back to port.")
    s = story(article("1", lead, "The ship was carrying 103 passengers."),
              article("2", run_on, "The ship was carrying 103 passengers and 26 crew members."),
              article("3", lead, "Police said the injured were taken to hospitals in Lessby."))
    assert s.what[0].text == lead


def test_a_further_fact_is_shown_in_the_wording_most_of_its_copies_print() -> None:
    wire = "The ferry fare will rise by ten cents a year from January 2031 until it reaches four dollars in 2036."
    rewrite = ("The ferry fare will go up by ten cents each year from 1 January 2031 until it reaches four dollars "
               "in 2036.")
    lead = ("Orvessa's parliament on Thursday approved a law raising ferry fares on the Lessby crossing, by 80 votes "
            "to 61.")
    s = story(article("1", lead, wire), article("2", lead, rewrite), article("3", lead, wire), article("4", lead))
    assert texts(s.what)[1:] == [wire]
    assert s.what[1].sources == ["1", "2", "3"]


def test_a_wire_sentence_two_outlets_carry_on_in_their_own_words_is_one_further_fact_citing_both() -> None:
    lead = "Orvessa's ferry operator recalled two of its boats on Monday after a fault was found in their steering."
    cut = "The company said it had traced the fault to a pump at its Lessby yard, which employs about 600 people."
    carried_on = ("The company said it had traced the fault to a pump at its Lessby yard, where routine checks found a "
                  "crack last week.")
    s = story(article("1", lead, carried_on), article("2", lead, cut), article("3", lead))
    assert texts(s.what)[1:] == [cut]  # the shorter: the shared words are most of it
    assert s.what[1].sources == ["1", "2"]
    # Where it must not: the same words around figures that differ tell two facts, and one outlet's two sentences
    # sharing words are no copies.
    from bot.summary.events import wire_copies
    from bot.summary.statements import Statement

    killed = "The storm killed at least 12 people in the north of the country on Monday, as rivers burst their banks."
    left = "Officials said the floods had left at least 15 people in the north of the country on Monday without power."
    assert wire_copies([[Statement(0, "1", 0, 0, 1, killed)], [Statement(1, "2", 0, 0, 1, left)]], set()) == []
    assert wire_copies([[Statement(0, "1", 0, 0, 1, cut)], [Statement(1, "1", 0, 1, 2, carried_on)]], set()) == []
    # Words shared that are only names tell no fact in common; a quoted sentence is a reaction's.
    runs = ("Lessby Health runs St Marren's General Hospital, Brisholt Royal Infirmary and Eastvale Community Hospital "
            "and treats about a million people a year.")
    diverted = ("Ambulances were sent away from St Marren's General Hospital, Brisholt Royal Infirmary and Eastvale "
                "Community Hospital on Monday.")
    assert wire_copies([[Statement(0, "1", 0, 0, 1, runs)], [Statement(1, "2", 0, 0, 1, diverted)]], set()) == []
    said = ("The harbour master said the company had traced the fault to a pump at its Lessby yard, \u201cbeyond "
            "question\u201d.")
    assert wire_copies([[Statement(0, "1", 0, 0, 1, said)], [Statement(1, "2", 0, 0, 1, cut)]], set()) == []
    # The wording shown stands alone: not the copy leaning on the sentence before it.
    leaning = "It said it had traced the fault to a pump at its Lessby yard, which employs about 600 people."
    [(_, shown)] = wire_copies([[Statement(0, "1", 0, 0, 1, leaning)], [Statement(1, "2", 0, 0, 1, carried_on)]],
                               set())
    assert shown == carried_on
    # It cites the copies sharing words with it, not one joined through a third.
    first = "The ferry company said on Monday it had traced the fault to a pump at its Lessby yard."
    middle = ("It had traced the fault to a pump at its Lessby yard, where inspectors found a crack in the casing "
              "last week.")
    third = "Inspectors found a crack in the casing last week at the yard, which employs about 600 people in Lessby."
    [(cited, shown)] = wire_copies([[Statement(0, "1", 0, 0, 1, first)], [Statement(1, "2", 0, 0, 1, middle)],
                                    [Statement(2, "3", 0, 0, 1, third)]], set())
    assert (shown, sorted(s.source for s in cited)) == (first, ["1", "2"])


def test_a_sentence_two_outlets_print_whole_and_a_third_carries_on_ranks_with_the_copies() -> None:
    lead = "Orvessa's ferry operator recalled two of its boats on Monday after a fault was found in their steering."
    copies = ["The two boats carry about 900 passengers a day between Lessby and the islands.",
              "Replacement buses will run from the harbour to the airport until Friday.",
              "The operator bought the boats from a yard in Varna in 2019."]
    wire = "The company said it had traced the fault to a pump at its Lessby yard."
    carried_on = ("Engineers working for the operator said on Tuesday they had traced the fault to a pump at its "
                  "Lessby yard, which has built ferries since 1978.")
    aside = "Passengers were told to check the timetable before travelling."
    s = story(article("1", lead, *copies, carried_on), article("2", lead, *copies),
              article("3", lead, aside, copies[2], wire), article("4", lead, aside, copies[2], wire))
    assert s.what[1].text == copies[2]  # printed whole by four outlets
    assert s.what[2].text == wire and s.what[2].sources == ["1", "3", "4"]


def test_three_further_facts_several_sources_carry_follow_the_core_event() -> None:
    facts = ["The two refineries at Orlek employ about 1,200 people.",
             "Kestria produced 38 tonnes of scandium oxide last year, almost all of it exported.",
             "Customs officers will inspect every shipment leaving the port of Varn from Monday."]
    asides = ["The ministry gave no reason for the date.", "Shares in Orlek Metals were suspended.",
              "Traders in Varn said prices had already risen."]
    s = story(*(article(str(n), lead, aside, *facts)
                for n, (lead, aside) in enumerate(zip(LEADS[:3], asides, strict=True), start=1)))
    assert texts(s.what)[1:] == facts


def test_a_copied_sentence_naming_no_one_it_tells_of_is_no_further_fact_but_one_on_the_event_is() -> None:
    leaning = ["They identified them as Ana and Tomas Reyes and their sons, all of Lessby.",
               "But six laps later, Orrin crashed at high speed as he entered the pit straight.",
               "On Monday, he told the inquiry the runway lights had failed twice that week."]
    standing = ["It was the worst air crash in Kestria since 1987, when 41 people died near Varn.",
                "Earlier, police closed both runways at Varn airport for six hours.",
                "Those hurt on the ground can apply for emergency grants from Monday."]
    lead = "A charter plane crashed in northern Kestria on Sunday, killing all 12 people on board, police said."
    s = story(*(article(str(n), lead, *leaning, *standing) for n in (1, 2, 3)))
    assert texts(s.what)[1:] == standing


def test_a_fact_two_outlets_tell_in_their_own_words_is_a_further_fact_citing_both() -> None:
    slipped = "The night before the parade, Ruiz slipped on a wet floor at the team hotel and hit his head."
    s = story(
        article("1", "Orlek Rovers coach Tomas Ruiz nearly died after collapsing at the victory parade on Friday.",
                slipped),
        article("2", "Rovers coach Tomas Ruiz collapsed during the club's victory parade through Orlek on Friday.",
                "Ruiz had slipped on a wet floor at the team hotel the night before and hit his head, and doctors "
                "later found bleeding on his brain."),
        article("3", "Tomas Ruiz, the Orlek Rovers coach, collapsed at the parade and was rushed to hospital."),
    )
    assert [(i.text, i.sources) for i in s.what[1:]] == [(slipped, ["1", "2"])]


def test_a_figure_a_pronoun_or_a_disputed_claim_told_in_other_words_is_no_further_fact() -> None:
    # Where outlets word a figure their own way they may disagree (the conflicts show it); a sentence opening on a
    # pronoun says nothing alone; a claim another outlet denies is not settled: none is a further fact, though
    # another source tells each.
    surgery = "Surgeons at the city hospital removed a blood clot from his brain in an emergency operation."
    s = story(
        article("1", "Orlek Rovers coach Tomas Ruiz nearly died after collapsing at the victory parade on Friday.",
                "About 40,000 fans lined the streets of Orlek for the open-top bus parade.",
                "He had complained of bad headaches all week before the parade.",
                "Club officials believe the coach was poisoned at the team hotel.", surgery),
        article("2", "Rovers coach Tomas Ruiz collapsed during the club's victory parade through Orlek on Friday.",
                "The open-top bus parade drew some 40,000 supporters onto the streets of Orlek.",
                "He had been complaining of bad headaches during the week leading up to the parade.",
                "In an emergency operation, surgeons removed a blood clot from the coach's brain at the city hospital.",
                "Club officials suspect the coach was poisoned at the team hotel, a club source said."),
        article("3", "Tomas Ruiz, the Orlek Rovers coach, collapsed at the parade and was rushed to hospital.",
                "Doctors said there was no sign that the coach had been poisoned at the team hotel."),
    )
    assert texts(s.what)[1:] == [surgery]


def test_background_or_a_reaction_told_in_other_words_is_no_further_fact() -> None:
    closed = "The covered market in Dorva has been shut to traders since the inspection in March."
    s = story(
        article("1", "A court in Dorva has blocked the council's plan to demolish the old covered market.",
                "The hearing lasted two days.",
                "The building has long been a landmark of the quarter, drawing tourists from across the region.",
                "The traders' association welcomed the court's decision to block the demolition.", closed),
        article("2", "Judges in Dorva stopped the council from pulling down the old covered market on Monday.",
                "Lawyers for both sides spoke for two days.",
                "Tourists from all over the region come to see the building, long a landmark of the quarter.",
                "The association of market traders welcomed the decision of the court to block the demolition.",
                "Traders have been kept out of the covered market in Dorva since the March inspection."),
        article("3", "Dorva's council cannot demolish its old covered market, a court ruled."),
    )
    assert texts(s.what)[1:] == [closed]


def test_a_judgement_a_guess_or_a_counted_compound_told_in_other_words_is_no_further_fact() -> None:
    bridge = "Protesters blocked the main bridge over the Vell river for several hours."
    s = story(
        article("1", "Thousands of farmers marched on the Lessby parliament on Monday against the fuel tax rise.",
                "The march is a humiliating blow for the finance minister, who had promised calm.",
                "Heavy rain may have kept many farmers away from the capital.",
                "The organisers hired a four-day permit for the square.", bridge),
        article("2", "Farmers from across the country marched on parliament in Lessby against the rise in fuel tax.",
                "For the finance minister, who had promised calm, the march is a humiliating blow.",
                "Many farmers may have been kept away from the capital by heavy rain.",
                "A four-day permit for the square was hired by the organisers.",
                "For several hours, protesters blocked the main bridge over the Vell river."),
        article("3", "Farmers protested in Lessby against higher fuel taxes."),
    )
    assert texts(s.what)[1:] == [bridge]


def test_a_caption_several_sources_carry_is_no_further_fact() -> None:
    caption = "This March 2 photo made available by the ministry shows a scandium refinery in Kestria."
    s = story(article("1", LEADS[0], caption), article("2", LEADS[1], caption), article("3", LEADS[2], caption))
    assert caption not in texts(s.what)


def test_a_quoted_sentence_is_a_reaction_and_never_also_a_fact() -> None:
    quote = ("\u201cKestrian scandium will be refined in Kestria and will serve Kestrian industry first,\u201d "
             "Trade Minister Radomil Havrek said.")
    s = story(article("1", LEADS[0], quote), article("2", LEADS[1], quote))
    everything = texts(s.what) + texts(s.restrictions) + texts(s.reactions)
    assert len([t for t in everything if "industry first" in t]) == 1
    assert s.reactions[0].sources == ["1", "2"]


def test_explain_lists_each_merge_with_its_sentences_and_what_was_left_out() -> None:
    explanation = Explanation()
    quote = "\u201cWe are reviewing every option available to us,\u201d said Theo Brannock, the commerce secretary."
    story(article("1", LEADS[0], quote, "Read more: Rail strike talks collapse"),
          article("2", LEADS[1], quote.replace("\u201c", '"').replace("\u201d", '"')), explanation=explanation)
    dump = explanation.to_dict()
    [merge] = [m for m in dump["items"] if m["section"] == "reactions"]
    assert merge["reason"].startswith("same quotation") and "Theo Brannock" in merge["reason"]
    assert [m["source"] for m in merge["merged"]] == ["1", "2"]
    assert any(d["text"] == "Read more: Rail strike talks collapse" for d in dump["dropped"])
    assert json.loads(json.dumps(dump)) == dump


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = [("seeds", SHARED / "eval" / "seeds.gold.json", SEEDS)] + [
    (p.parent.name, p.parent / "GOLD.json", p) for p in DEV_STORIES]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="../shared is absent")
@pytest.mark.parametrize(("name", "gold", "sources"), CASES, ids=[c[0] for c in CASES])
def test_the_shared_scorer_passes(name: str, gold: Path, sources: Path, cli: Callable[..., Result],
                                  tmp_path: Path) -> None:
    out_json, out_text = tmp_path / "out.json", tmp_path / "out.txt"
    assert cli("brief", str(sources), "--format", "json", "-o", str(out_json)).code == 0
    assert cli("brief", str(sources), "--format", "text", "-o", str(out_text)).code == 0
    score = _scorer()
    g = json.loads(gold.read_text(encoding="utf-8"))
    metrics, notes = score.score_story(g, json.loads(out_json.read_text(encoding="utf-8")),
                                       out_text.read_text(encoding="utf-8"))
    assert score.passed(metrics, g), notes


def test_the_headline_says_the_news_not_a_feature_quote() -> None:
    s = story(
        article("1", LEADS[0], title="Kestria bans scandium exports from April"),
        article("2", LEADS[1], title="\u2018It went up like a firework\u2019: a refinery town waits for buyers"),
        article("3", LEADS[2], title="Kestria scandium export ban to start in April"),
    )
    assert s.headline in ("Kestria bans scandium exports from April", "Kestria scandium export ban to start in April")


def test_who_did_not_answer_is_never_a_further_fact() -> None:
    for silent in ("A representative for the trade minister did not respond to a request for comment on Saturday.",
                   "The trade ministry didn\u2019t immediately respond to emails seeking comment."):
        s = story(article("1", LEADS[0], silent), article("2", LEADS[1], silent), article("3", LEADS[2]))
        assert silent not in texts(s.what) and s.what[0].text in LEADS, silent


def test_a_short_quote_another_reaction_holds_whole_is_shown_once() -> None:
    long = ("However, we are able to study them and even have an idea of their masses. This is very cool "
            "science")
    found = story(
        article("1", "Astronomers at Lessby University say they have found planets in another galaxy for the first "
                "time.", f"\u201c{long},\u201d researcher Tom Reyes said."),
        article("2", "Lessby University astronomers say they have found the first planets beyond the Milky Way.",
                f"\u201c{long}.\u201d"),
        article("3", "Astronomers have found planets in another galaxy, a Lessby University team said on Friday.",
                "In a university news release, Tom Reyes had a less formal way to describe the process: \u201cThis "
                "is very cool science.\u201d"),
    )
    assert [r.text for r in found.reactions if r.speaker == "Tom Reyes"] == [long]


def test_the_fourteenth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r14_*``) where this session's rules went wrong."""
    # The rest of a quotation cut where another of the speaker's shows their shared sentence is still shown.
    for name, rest in (("r14_q_police", "arrested on Sunday"), ("r14_q_quell", "never spoke to a single nurse"),
                       ("r14_q_bank2", "so be it")):
        assert any(rest in r.text for r in told(name).reactions), name
    # "A cash-strapped Dalgety, which lost ...": the firm, so the "she" after it is the union official quoted before.
    pockets = [r for r in told("r14_n_dalgety5").reactions if "members' pockets" in r.text]
    assert pockets and all(r.speaker != "Ruth Dalgety" for r in pockets)
    # A measure's term: the payment "is not linked to income".
    assert any("not linked to income" in r.text for r in told("r14_r_childpay").restrictions)
    # A poll story: "has 14 days to close a nine-point gap" is no measure's deadline.
    assert told("r14_d_poll").restrictions == []
    # Income thresholds told as "less than 40,000 crowns" and "35,000" disagree.
    for name in ("r14_c_threshold", "r14_c_threshold2"):
        assert any(any("35,000" in c.text for c in k.claims) and any("40,000" in c.text for c in k.claims)
                   for k in told(name).conflicts), name
    # A two-day strike one outlet dates in full and two others by one day each is no disagreement.
    assert not any(c.about == "date" for c in told("r14_d_strike2").conflicts)


def test_the_fifteenth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r15_*``) where this session's rules went wrong."""
    # A sentence of a quotation an outlet tells as its own narration, or as another's words, is no citation of it.
    brask = [r for r in told("r15_q_plane").reactions if r.speaker == "Hanne Brask"]
    assert brask and all(r.sources == ["wire.example"] for r in brask)
    doyle = [r for r in told("r15_q_library2").reactions if "Doyle" in r.speaker]
    assert doyle and all(r.sources == ["tabloid.example"] for r in doyle)
    ashdown = [r for r in told("r15_q_crash").reactions if r.speaker == "Neil Ashdown"]
    assert ashdown and all("local.example" not in r.sources for r in ashdown)
    # "declared that the war was over", "declared the flooding the worst disaster": statements, not acts.
    assert any("war was over" in r.text for r in told("r15_d_war2").reactions)
    flood = {r.speaker for r in told("r15_d_flood3").reactions}
    assert {"Petra Lukac", "Ivan Sertic"} <= flood
    # "Cars with no evidence of a booking will be turned away": a condition of the measure, not a finding.
    assert any("no evidence of a booking" in r.text for r in told("r15_r_park").restrictions)


def test_the_sixteenth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r16_*``) where this session's rules went wrong."""
    # "120 flights ahead of a 48-hour strike", "4,200 residents ahead of Storm Kai": counts, compared as before (the
    # residents as those evacuated).
    assert [c.about for c in told("r16_strike_ahead").conflicts] == ["flights"]
    assert [c.about for c in told("r16_storm_ahead").conflicts] == ["evacuated"]
    # Two margins over two rivals ("12 seats ahead of the Liberals", "15 seats ahead of the Farmers' Party") agree.
    assert not any(c.about == "seats ahead" for c in told("r16_election_ahead").conflicts)
    # '"...," Ana Ruiz, the company spokeswoman said.': her role, not a reporting tag.
    assert {a.name: a.role for a in told("r16_recall_tag2").who}["Ana Ruiz"] == "company spokeswoman"
    # A sentence a court handed down is no limit of a measure.
    assert not any("maximum" in r.text for r in told("r16_sentencing_max").restrictions)
    # "now has the power to dissolve parliament": a power the president had, no measure's term.
    assert told("r16_coalition_powers").restrictions == []


def test_a_name_in_an_opening_participle_phrase_takes_no_role_from_the_clause() -> None:
    s = story(
        article("1", "Lessmark's government will fine social networks that fail to remove illegal posts within a day.",
                "Speaking at the World Economic Forum, the prime minister said: \u201cSmaller platforms can quickly "
                "become home to criminals.\u201d"),
        article("2", "Social networks in Lessmark face fines for failing to remove illegal posts.",
                "The World Economic Forum heard the prime minister defend the plan."),
    )
    forum = [a for a in s.who if a.name == "World Economic Forum"]
    assert forum and forum[0].role is None


def test_the_seventeenth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r17_*``) where this session's rules went wrong."""
    # Surnames that are also job words ("Porter", "Carer") stay people's names.
    named = {a.name: a.role for a in told("r17_named").who}
    assert named.get("Tomas Carer") == "Mayor" and named.get("Luke Porter") == "shift manager"
    named2 = {a.name: a.role for a in told("r17_named2").who}
    assert named2.get("Anne Porter") == "Health Secretary"
    # "who was named on Friday as Peter Holt's successor": the role is the successor's, not Holt's.
    assert named2.get("Peter Holt") != "new manager"
    # "the firm said", "the operator said": reporting tags, no role of the name before them.
    assert {a.name: a.role for a in told("r17_tags3").who}.get("Anton Kesk") != "firm"
    assert {a.name: a.role for a in told("r17_tags").who}.get("Edith Molloy") != "operator"
    # A law's maximum penalties and the powers it gives are its terms; the old law's limit "at the time" is not.
    terms = texts(told("r17_penalty").restrictions)
    assert any("maximum prison sentence" in t for t in terms) and any("power to seize" in t for t in terms)
    assert not any("at the time" in t for t in terms)


def test_the_eighteenth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r18_*``) where this session's rules went wrong."""
    # Protesters arrested are arrests, not a crowd; crowds on two days are two crowds.
    protest = told("r18_protest").conflicts
    assert [c.about for c in protest] == ["arrests"]
    # A bill and an amendment a few votes apart are two votes; a chance of a deal is no permission.
    budget = told("r18_budget")
    assert budget.conflicts == [] and not any("deal" in t for t in texts(budget.restrictions))
    # "taxis" is a plural noun.
    assert [c.about for c in told("r18_taxis").conflicts] == ["taxis"]
    # A travel agency is "the company"; a leaked memo published is not the publisher's words; a forward attacking
    # "the space" plays football.
    assert told("r18_travel").reactions[0].speaker == "Solano Travel Agency"
    assert not any(r.speaker == "Open Ledger" for r in told("r18_leak").reactions)
    assert not any("attacked" in r.text for r in told("r18_football").reactions)
    # "Justice" as a given name or a campaign's first word is no judge's title.
    assert {a.name: a.role for a in told("r18_football").who}.get("Owusu") is None
    assert {a.name: a.role for a in told("r18_justice2").who}.get("Nils Berg") == "brother"
    # A dataset cited and a report quoted are not actors.
    assert not {"Labour Force Survey", "Statistics Office"} & {a.name for a in told("r18_jobs").who}
    assert "Lomax Report" not in {a.name for a in told("r18_report").who}


def test_the_nineteenth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r19_*``) where this session's rules went wrong."""
    # Two dates a month or a day apart are two things: tickets and the festival, two phases of a charge, a plea and a
    # sentencing hearing, a strike and an overtime ban.
    for name in ("r19_dates_festival_tickets", "r19_dates_lez_phases", "r19_dates_court", "r19_dates_strike_overtime"):
        assert not any(c.about == "date" for c in told(name).conflicts), name
    # Those kept in hospital overnight are some of those taken there; one hospital's share is no total; last year's
    # outbreak and those critically ill are no rival counts.
    for name in ("r19_hosp_coach_crash", "r19_hosp_coach_perhospital", "r19_ill_restaurant_history",
                 "r19_ill_critically"):
        assert not any(c.about in ("in hospital", "ill") for c in told(name).conflicts), name
    # One party's claim in a dispute is no term of the incident; passengers' rights are.
    for name in ("r19_entitled_stadium_collapse", "r19_entitled_trial_protest"):
        assert not any("entitled" in t for t in texts(told(name).restrictions)), name
    assert any("entitled to a refund" in t for t in texts(told("r19_good_airline_strike").restrictions))


def test_the_twentieth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r20_*``) where this session's rules went wrong."""
    # A league is also the body running it, or a party: it stays an actor.
    assert "Premier League" in {a.name for a in told("r20_tiers_superleague").who}
    assert "National League" in {a.name for a in told("r20_tiers_points_deduction").who}
    assert "National League" in {a.name for a in told("r20_tiers_politics").who}
    # "director of planning", "campaigner for tenants in social housing": no role cut at a noun in -ing.
    roles = {a.role for a in told("r20_roles_council").who} | {a.role for a in told("r20_roles_fire").who}
    assert not {"developer's head", "council's director", "leading campaigner for tenants in social"} & roles
    # A report's finding is its body's, not words another clause gives, nor an outlet's or a surname's report.
    speakers = {r.speaker for name in ("r20_reports_quay", "r20_reports_scare") for r in told(name).reactions}
    assert not {"Mueller", "Clarion", "Tarsk Council", "Harvard"} & speakers
    assert "Maritime Safety Agency" in speakers


def test_the_twenty_first_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r21_*``) where this session's rules went wrong."""
    # A party's promise, a rival's standing offers, a forecast, a strike's grievance, the scheme a measure replaces:
    # no terms of the measure.
    restrictions = " ".join(r.text for name in ("r21_dog_ban", "r21_opposition_contract", "r21_takeover_bid",
                                                "r21_fuel_subsidy2", "r21_rules_extended")
                            for r in told(name).restrictions)
    for words in ("review the ban if", "review the contract if", "still stand", "wages are frozen while",
                  "provided the ruling coalition", "due to expire on June 30"):
        assert words not in restrictions
    # A quotation keeps a title's dot and the sentence the shared one leans on.
    quoted = [r.text for name in ("r21_hospital_quotes", "r21_minister_quote_cut") for r in told(name).reactions]
    assert not [t for t in quoted if t.startswith(("Jude's", "Moraw", "But I will not"))]
    # Two things that fell, the money recovered, and a toll told after a dated clause.
    assert not told("r21_crane_two_falls").conflicts and not told("r21_heist_recovered").conflicts
    assert [c.about for c in told("r21_bridge_collapse3").conflicts] == ["deaths"]


def test_the_twenty_second_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r22_*``) where this session's later rules went wrong."""
    # A detective named Guild is a person; a guild of members is a body.
    detective = next(a for a in told("r22_guild_surname").who if a.name.endswith("Guild"))
    assert detective.role == "Detective Inspector"
    assert "Screenwriters' Guild" in {a.name for a in told("r22_guild_names").who}
    # Two names of a product are no row of share buttons; a payment each fortnight is a term.
    assert told("r22_messenger_kids2").what[0].text.startswith("Facebook Messenger Kids")
    assert any("per fortnight" in r.text for r in told("r22_fortnight_relief").restrictions)
    # An opening one outlet prints ("This is a dark day ...", "Look.") is not shown under two.
    quoted = [r.text for name in ("r22_quote_variants", "r22_quote_short_opening") for r in told(name).reactions]
    assert not [t for t in quoted if t.startswith(("This is a dark day", "Look."))]


def test_the_twenty_third_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r23_*``) where this session's last rules went wrong."""
    # Two bodies joined by "and" are not one ("Government and Central Bank", "Police and Army").
    assert not [a.name for a in told("r23_joint").who if " and " in a.name and "Bank of" not in a.name]
    # A guild before "of" with no title before it is a body; a detective named Guild is a person.
    roles = {a.name: a.role for a in told("r23_guild").who}
    assert "Pharmacy Guild of Varnland" in roles and (roles["James Guild"] or "").startswith("Detective Inspector")
    # A slogan two of her points share does not hide either point.
    assert len([r for r in told("r23_slogan2").reactions if "fair deal" in r.text]) == 2
    # A claim overtaken ("had insisted ... would go ahead as planned") and an officer who "could be suspended if" are
    # no terms.
    assert not told("r23_festival").restrictions and not told("r23_custody").restrictions


def test_the_twenty_fourth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r24_*``) where this session's conflict, restriction and
    who rules went wrong."""
    def sides(name: str) -> list[str]:
        return [" || ".join(claim.text for claim in c.claims) for c in told(name).conflicts]
    # One party's seats told two ways conflict, whether it is named by its short form or with its leader.
    assert any("112" in s and "118" in s for s in sides("r24_election4"))
    assert any("58" in s and "56" in s for s in sides("r24_election6_v_led"))
    # Two parties' seats do not; one party's do.
    [seats] = sides("r24_election1")
    assert "41" in seats and "44" in seats and "58" not in seats
    assert any("14 gold" in s and "12 gold" in s for s in sides("r24_medals1"))
    # The injured who needed treatment are counted; those held of all aboard and an amendment's vote are no sides.
    assert any("17 injured" in s for s in sides("r24_crash1"))
    assert not sides("r24_hijack1") and not sides("r24_vote2")
    # A region named in a sentence whose figure is not the region's takes no side away.
    assert sides("r24_protest2") and sides("r24_turnout8")
    # A zone "closed" at 8pm ended; a critic's "could be compelled" is a view; a broadcaster reports.
    assert not [r for r in told("r24_gas1").restrictions if "closed at 8pm" in r.text]
    assert not [r for r in told("r24_optout1").restrictions if "could be compelled" in r.text]
    assert "Sarvian Broadcasting Corporation" not in {a.name for a in told("r24_brackets1").who}


def test_the_twenty_fifth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r25_*``) where the holder of a count, a lead's toll in
    words, a vote's slip and a threshold went wrong."""
    def sides(name: str) -> list[str]:
        return [" || ".join(claim.text for claim in c.claims) for c in told(name).conflicts]
    # "holds 88 of the 150 seats" counts the 88; a person named after her party's name holds her votes.
    assert any("88" in s and "86" in s and "150 seats." not in s for s in sides("r25_coalition_holds"))
    assert any("12,900" in s and "12,400" in s for s in sides("r25_mayor_votes"))
    # The opposition "which won 51 seats" is not the alliance that won 58.
    assert not sides("r25_election_narrow")
    assert any("21 seats" in s and "19 seats" in s for s in sides("r25_democrats_improve"))
    # A lead naming some of the dead, or going on to one more, sets no toll against the whole.
    assert not sides("r25_climbers") and not sides("r25_bus_pupils") and not sides("r25_warehouse_fire")
    # 58-38 and 58-41 are one vote; the 60 votes needed in the chamber are a threshold.
    assert sides("r25_senate_vote") and not sides("r25_filibuster")


def test_the_twenty_sixth_reading_cases_keep_what_each_story_says() -> None:
    """A second reading's stories (``fixtures/second_reading/r26_*``) where hours, a party set off by an aside, a lead
    going on to another slide and an amendment's vote went wrong."""
    def sides(name: str) -> list[str]:
        return [" || ".join(claim.text for claim in c.claims) for c in told(name).conflicts]
    # A captain's and a co-pilot's hours of flying are two people's.
    assert not sides("r26_flying")
    # "The Labour Front, now led by ... Mira Kosta, took 49 seats" is the Front's count.
    assert any("61 seats" in s and "58 seats" in s for s in sides("r26_elect2"))
    assert any("51 seats" in s and "49 seats" in s for s in sides("r26_elect2"))
    # "..., and a second slide on Sunday forced rescuers back" adds no one to the toll.
    assert any("Three climbers" in s and "Four climbers" in s for s in sides("r26_climb"))
    # 231-204 and 231-192 are a reform and an amendment.
    assert not sides("r26_vote")
    # "Norland ... finished the Winter Games in Kessel with 14 gold medals": Norland's, not the Games'.
    assert any("14 gold" in s and "16 gold" in s for s in sides("r26_games"))


def test_the_twenty_ninth_reading_cases() -> None:
    """A figure a reporter tells of last year's strike or of one plant is no dispute of the main event's count; a
    sentence's court orders and a closure's reach are terms (``fixtures/second_reading/r29_*``)."""
    assert told("r29_strike").conflicts == [] and told("r29_jobs2").conflicts == []
    court = texts(told("r29_court2").restrictions)
    assert "He was also ordered to attend anger management sessions." in court
    assert "Weiss, 58, was ordered to perform unpaid community work for a year." in court
    assert "Streets within 300 metres of a leaking gas main in Tarrow were closed on Wednesday." in texts(
        told("r29_gasleak").restrictions)


def test_the_thirty_sixth_reading_cases() -> None:
    """From a second reading of the session's rules: one speaker's two remarks framed alike ("We will close the Harwick
    plant ..." and "We will not close the Lessby plant ...") stay two reactions; a boy bitten "last month" is another
    boy than today's; "two of whom were children, and 14 were injured" counts the injured; a health official's "posed
    no threat ... if parents acted now" and a leader's denial are no restrictions; and "the third minister Prime
    Minister Celia Dorn has lost" gives her no ordinal."""
    lindqvist = [r.text for r in told("r36_quote_merge").reactions if r.speaker == "Sara Lindqvist"]
    assert any("will close the Harwick plant" in t for t in lindqvist)
    assert any("will not close the Lessby plant" in t for t in lindqvist)
    assert not [c for c in told("r36_age_two_boys2").conflicts if c.about.startswith("age of")]
    [injured] = [c for c in told("r36_of_whom2").conflicts if c.about == "injured"]
    assert "Wire Press" in injured.claims[0].sources
    views = told("r36_restrictions_views")
    assert not any("threat" in r.text for r in views.restrictions)
    assert any(r.speaker == "Hendrik Moll" for r in views.reactions)
    dorn = next(a for a in told("r36_ordinal_roles").who if a.name == "Celia Dorn")
    assert "third" not in (dorn.role or "")


def test_the_thirty_seventh_reading_cases() -> None:
    """From a second reading of the session's rules: a quotation too long to show whole is cut after its first
    sentences as before, not on a set-up whose point it leaves out ("... and beyond. I met Lund." without "He lied.");
    a 30-metre crane and a 20-metre scaffold that collapsed, a 44-tonne and a 26-tonne lorry, a 2-metre wall and the
    3-metre one promised to replace it are two things each, not one measured twice; one gorilla's weight told as 400
    and 450 pounds is one."""
    [farrow] = [r.text for r in told("r37_quotes_single").reactions if r.speaker == "Ines Farrow"]
    assert not farrow.endswith("I met Lund.")
    for name in ("r37_storm_crane_scaffold", "r37_two_lorries", "r37_flood_walls"):
        assert told(name).conflicts == [], name
    assert any("400-pound" in " ".join(x.text for x in c.claims) for c in told("r37_gorilla_should_fire").conflicts)
