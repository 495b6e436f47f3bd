"""Conflicts: one quantity given differently by different sources; not dates, distances (but a fall's height) or
thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.model import Conflict
from bot.rules.claims import PLACE_KIND, PLACES, STAGES
from bot.summary.normalization import may_hold_figures
from tests.summary_helpers import CLUSTERS, article, heldout_briefing, story, texts, told


def conflicts(*articles_: object) -> list[Conflict]:
    return story(*articles_).conflicts  # type: ignore[arg-type]


def test_different_death_tolls_from_different_sources_conflict() -> None:
    [c] = conflicts(
        article("1", "The earthquake in Caddon province has killed at least 47 people, the agency said."),
        article("2", "Governor Teodor Malvey said 63 people had died in the earthquake in Caddon province."),
        article("3", "The earthquake in Caddon province has killed at least 47 people, officials said."),
    )
    assert c.about == "deaths"
    assert [(("47" in x.text), x.sources) for x in c.claims] == [(True, ["1", "3"]), (False, ["2"])]


def test_counts_of_the_same_thing_conflict_and_name_spellings_too() -> None:
    found = conflicts(
        article("1", "Velmora chief executive Aleksandr Vennik said the company is recalling 61,500 battery packs."),
        article("2", "Velmora CEO Alexander Vennik said the company has recalled around 85,000 battery packs."),
    )
    assert {c.about for c in found} == {"battery packs", "spelling of Vennik's first name"}


def test_same_value_dates_distances_thresholds_and_one_source_do_not_conflict() -> None:
    assert conflicts(
        article("1", "Spot prices rose 18 percent on Monday, and the ban starts on April 1 this year.",
                "The town lies some 30 kilometers from the border, and 12 people were killed there.",
                "Nine aftershocks stronger than magnitude 4 followed the 6.4 quake on Saturday morning."),
        article("2", "Spot prices jumped 18% on Monday, and the ban starts on 1 April this year.",
                "The missiles can hit targets 300 kilometers away, officials said on Monday.",
                "The agency put the quake at magnitude 6.4 on Saturday, with aftershocks continuing."),
        article("3", "A Russian strike killed at least 12 people in the city, and three more died later "
                     "when a second strike killed 3 rescuers on the same street."),
    ) == []


def test_counts_of_new_ones_conflict_with_each_other_and_never_with_the_whole_count() -> None:
    [c] = conflicts(
        article("1", "Universities in Orvessa admitted 182,000 new students from abroad last year, ministry figures "
                     "show."),
        article("2", "The universities' council says 204,000 new international students enrolled last year."),
    )
    assert c.about.startswith("new ")
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]
    assert conflicts(
        article("1", "Lessby recorded 87 new cases of measles on Tuesday, health officials said."),
        article("2", "The outbreak in Lessby has now reached 112 cases of measles, health officials said."),
    ) == []
    # New ones of two days are two counts; "New" in a name counts no new ones.
    assert conflicts(
        article("1", "Lessby recorded 87 new cases of measles on Tuesday, health officials said."),
        article("2", "Lessby recorded 95 new cases of measles on Wednesday, health officials said."),
    ) == []
    assert conflicts(
        article("1", "Orvessa will send 3,000 New Zealand troops to the border, officials said."),
        article("2", "Orvessa will send 3,400 new troops to the border, officials said."),
    ) == []


def test_a_claim_told_in_a_relative_or_with_clause_keeps_what_it_is_about() -> None:
    [c] = conflicts(
        article("1", "Norvale Mutual said on Monday it would buy Ardent Re in a cash deal.",
                "The deal, which amounts to 14.9 billion dollars including debt Norvale would assume, would be the "
                "largest insurance takeover this year."),
        article("2", "Norvale Mutual said on Monday it would buy Ardent Re in a cash deal.",
                "The deal is worth some 14.6 billion dollars, according to people familiar with the talks."),
    )
    assert [x.text.split(",")[0] for x in c.claims if "14.9" in x.text] == ["The deal"]
    [c] = conflicts(
        article("1", "Councillors voted on Monday to bring in a 20mph limit across most of Kessby, with 19 main roads "
                     "keeping their current 30mph limit."),
        article("2", "The 14 main roads that keep a 30mph limit in Kessby include the inner ring road."),
    )
    assert any(x.text.startswith("Councillors voted on Monday") for x in c.claims)
    [c] = conflicts(
        article("1", "The Kessby region will be sealed off from midnight tonight to stop the spread of cholera.",
                '"Anyone without a permit will be turned back, no matter who they are," said the regional police '
                'commander of Kessby, who said 12 checkpoints would be staffed by 800 officers around the clock.'),
        article("2", "The Kessby region will be sealed off from midnight tonight to stop the spread of cholera.",
                "From midnight tonight, 18 police checkpoints will ring the region and nobody will get in or out "
                "without a permit."),
    )
    [twelve] = [x.text for x in c.claims if "12" in x.text]
    assert twelve.startswith("The regional police commander of Kessby, who said 12 checkpoints")
    [c] = conflicts(
        article("1", "A coach crashed near Lessby on Sunday.",
                "Its owner, Dornach Coaches, founded in 1971, which runs 140 coaches on routes across the north of the "
                "country, said the driver was experienced."),
        article("2", "A coach crashed near Lessby on Sunday.",
                "Dornach Coaches runs 120 coaches across the north of the country, its website says."),
    )
    assert any(x.text.startswith("Dornach Coaches, founded in 1971, which runs 140") for x in c.claims)
    [c] = conflicts(
        article("1", "A coach crashed near Lessby on Sunday.",
                "Its owner, Dornach Coaches, said to be the oldest in the north, which runs 140 coaches on routes "
                "across the country, said the driver was experienced."),
        article("2", "A coach crashed near Lessby on Sunday.",
                "Dornach Coaches runs 120 coaches across the north of the country, its website says."),
    )
    assert any(x.text.startswith("Dornach Coaches, said to be the oldest in the north, which") for x in c.claims)


def test_numbers_far_apart_count_different_things() -> None:
    assert conflicts(
        article("1", "Interior Minister Nadja Korrin said 1,400 rescuers had been deployed to the province."),
        article("2", "A team of 60 Corvanian rescuers with search dogs has landed in the province."),
    ) == []


def test_counts_of_different_things_under_one_noun_do_not_conflict() -> None:
    assert conflicts(
        article("1", "The Falcon Heavy's 27 main engines pack a heavier punch than any rocket flying today."),
        article("2", "The Soviet-era N1 rocket had 30 engines, but Russian engineers had trouble with it."),
    ) == []


def test_records_ages_increments_and_subsets_are_not_claims_against_the_toll() -> None:
    found = conflicts(
        article("1", "More than 50 people were injured when the tram derailed in Lindmark on Wednesday."),
        article("2", "Official figures show 20 people were injured in 112 tram accidents between March 2015 "
                     "and March 2016, including one derailment."),
        article("3", "Transit worker Ana Sorel, 57, was among those injured when the tram derailed in Lindmark."),
        article("4", "The tram overturned in Lindmark, trapping five people and injuring another 40 passengers."),
        article("5", "Of the people hurt, 31 of those injured were taken to the Lindmark general hospital."),
    )
    assert found == []


def test_the_same_toll_told_differently_still_conflicts_beside_such_sentences() -> None:
    [c] = conflicts(
        article("1", "More than 50 people were injured when the tram derailed in Lindmark on Wednesday."),
        article("2", "Officials said 38 people were injured when the tram derailed in Lindmark on Wednesday."),
        article("3", "Transit worker Ana Sorel, 57, was among those injured when the tram derailed in Lindmark."),
    )
    assert c.about == "injured"
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]


def test_amounts_of_one_offer_conflict_but_an_offer_and_a_rival_bid_do_not() -> None:
    [c] = conflicts(
        article("1", "Acme made an unsolicited $90 billion offer for its rival Borel in March, filings show.",
                "Borel's own $30 billion bid for Castor is still pending, Acme said on Monday."),
        article("2", "Borel rejected Acme's original $92 billion takeover approach in March, people said.",
                "Acme said its new offer stands whatever happens to the $30 billion bid for Castor."),
    )
    assert [(x.text.count("90"), x.text.count("92"), x.sources) for x in c.claims] == [(1, 0, ["1"]), (0, 1, ["2"])]


def test_a_misspelt_first_name_and_a_met_lower_bound_are_not_conflicts() -> None:
    assert conflicts(
        article("1", "Prime Minister Manuel Roquet said more than 11 million voters had taken part in the poll."),
        article("2", "Prime Minister Manual Roquet said 11.5 million voters had taken part in the poll."),
    ) == []


def test_a_source_giving_a_growing_toll_stands_on_one_side_only() -> None:
    [c] = conflicts(
        article("1", "The storm in Varna province has killed 40 people, the agency said on Monday.",
                "Earlier on Monday the agency said 31 people had died in the storm in Varna province."),
        article("2", "The storm in Varna province has killed 31 people, officials said on Monday."),
    )
    sides = [x.sources for x in c.claims]
    assert sorted(sides) == [["1"], ["2"]]


def test_a_count_in_millions_is_not_set_against_one_in_thousands_but_close_counts_conflict() -> None:
    [c] = conflicts(
        article("1", "The breach exposed the data of 143 million customers of Velmora in the United States.",
                "Velmora said fewer than 400,000 British customers of Velmora had their data exposed."),
        article("2", "Velmora said almost 700,000 British customers of Velmora had their data exposed."),
    )
    assert sorted((x.sources, "400,000" in x.text) for x in c.claims) == [(["1"], True), (["2"], False)]


def test_figures_dated_by_the_same_year_conflict_but_never_with_other_years_or_the_event() -> None:
    [c] = conflicts(
        article("1", "Analysts based the estimate on the $32.6 billion in foreign earnings Velmora held at the end "
                     "of 2016.", "Velmora said it expects earnings of $4 billion for the quarter."),
        article("2", "Velmora had $31.2 billion in earnings reinvested abroad as of the end of 2016, a filing shows.",
                "Velmora had $24.5 billion in earnings reinvested abroad at the end of 2012, the filing shows."),
    )
    assert sorted((x.sources, "32.6" in x.text) for x in c.claims) == [(["1"], True), (["2"], False)]


def test_what_remains_of_a_total_is_not_set_against_the_total() -> None:
    assert conflicts(
        article("1", "Officials hope the talks help free the 197 Dorva girls who remain in captivity in the forest."),
        article("2", "The release is the first of any of the more than 200 Dorva girls kidnapped from the forest "
                     "school."),
    ) == []


def test_a_round_lower_bound_is_met_by_any_count_it_rounds_down_to() -> None:
    assert conflicts(
        article("1", "Gunmen kidnapped more than 200 Dorva schoolgirls from the forest school in the night."),
        article("2", "Gunmen kidnapped 276 Dorva schoolgirls from the forest school, the governor said."),
    ) == []
    [c] = conflicts(
        article("1", "Gunmen kidnapped more than 200 Dorva schoolgirls from the forest school in the night."),
        article("2", "Gunmen kidnapped 320 Dorva schoolgirls from the forest school, the governor said."),
    )
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]


def test_a_sea_named_differently_for_the_same_thing_conflicts_but_two_events_in_two_seas_do_not() -> None:
    launch = ("Orvessa launched its heavy rocket from the coast on Tuesday afternoon.",
              "The rocket carried a test payload and several small satellites into orbit.",
              "Crowds gathered on the beaches to watch the launch from the coast.",
              "Engineers had delayed the flight twice because of high winds.",
              "The company wants to fly crews to the moon within a decade.",
              "Its chief executive called the flight a milestone for the company.")
    ship = "the drone ship Quiet Harbour"
    found = conflicts(
        article("1", *launch, f"The booster will land on {ship}, stationed in the Atlantic Ocean."),
        article("2", *launch, f"The booster will then land on {ship} in the Pacific Ocean."),
        article("3", *launch, f"Its booster is due to land on {ship} waiting in the Atlantic Ocean."),
    )
    [c] = [c for c in found if c.about == "which ocean"]
    assert sorted(x.sources for x in c.claims) == [["1", "3"], ["2"]]
    story_words = ("Satellite images show Kestrian tankers meeting Dorvan vessels at night.",
                   "The Kestrian government denied that its tankers had met Dorvan vessels.",
                   "Sanctions bar Kestrian tankers from trading with Dorvan vessels.",
                   "Officials have tracked Dorvan vessels for months, the navy said.")
    assert [c for c in conflicts(
        article("1", *story_words, "Kestrian tankers sold fuel to Dorvan vessels in the East Sea, the navy said."),
        article("2", *story_words, "Kestrian tankers sold fuel to Dorvan vessels in the West Sea, a report said."),
    ) if c.about.startswith("which")] == []


def test_one_sea_named_longer_or_two_days_events_in_two_seas_are_no_place_conflict() -> None:
    filler = ("Dorva's army said its missile tests would go on despite the new sanctions.",
              "Neighbouring countries called an emergency meeting of the regional council.",
              "Markets in the region fell sharply after the news of the tests.",
              "Analysts said the tests showed a longer range than earlier rockets.",
              "Airlines changed the routes of several flights over the region.",
              "The council is expected to discuss further sanctions next week.")
    longer = conflicts(
        article("1", *filler, "The missile flew over the Kestrian island of Varo and into the Pacific Ocean."),
        article("2", *filler, "The missile flew over the Kestrian island of Varo and into the North Pacific Ocean."),
    )
    two_days = conflicts(
        article("3", *filler, "On Friday a missile flew over the Kestrian island of Varo and into the Indian Ocean."),
        article("4", *filler, "On Tuesday a missile flew over the Kestrian island of Varo into the Pacific Ocean."),
    )
    assert [c for c in longer + two_days if c.about.startswith("which")] == []


def test_one_moment_put_at_neighbouring_laps_conflicts_but_other_moments_and_bounds_do_not() -> None:
    race = ("Heavy rain fell on the Varo circuit throughout the afternoon.",
            "Ana Sorel won the race ahead of her team mate after a late overtake.",
            "The title fight now goes to the final round next month.",
            "Several teams complained about the standing water at the first corner.",
            "The stewards will review two incidents after the chequered flag.",
            "Fans stayed in the grandstands despite the long delays.")
    found = conflicts(
        article("1", *race, "The stewards stopped the race with a red flag for a second time in the 31st lap."),
        article("2", *race, "Lap 32: stewards halt the race with another red flag as the rain worsens."),
        article("3", *race, "Marta Lind crashed out of the race at the hairpin on lap 12."),
        article("4", *race, "Racing resumed at the end of lap 11 before Marta Lind crashed out at the hairpin."),
        article("5", *race, "Ivo Renn pitted on lap 40 and then spun on lap 41 at the hairpin."),
    )
    [c] = [c for c in found if c.about == "which lap"]
    assert [("31st" in x.text, x.sources) for x in c.claims] == [(True, ["1"]), (False, ["2"])]


def test_a_fraction_and_a_percentage_for_one_chance_conflict_but_a_rounding_or_another_outcome_do_not() -> None:
    found = conflicts(
        article("1", "Ana Sorel put the chances of a full recovery for the reef at one-half to two-thirds."),
        article("2", "Sorel said the reef has a 50 to 80 percent chance of a full recovery within a decade."),
        article("3", "The reef survey gave a 67 percent chance of a full recovery, Sorel said."),
        article("4", "Forecasters gave an 80 percent chance of heavy rain over the reef this week."),
        article("5", "Ana Sorel put the chances of a full recovery for the reef at two-thirds."),
    )
    [c] = [c for c in found if c.about.startswith("chance")]
    assert c.about == "chance of recovery"
    assert [x.sources for x in c.claims] == [["3", "5"], ["1"], ["2"]]
    assert "one-half to two-thirds" in c.claims[1].text and "50 to 80 percent" in c.claims[2].text


def test_a_place_claim_already_shown_as_a_quotation_is_given_by_its_clause_naming_the_place() -> None:
    from bot.summary.conflicts import place_conflicts
    from bot.summary.statements import Statement

    quote = ("The booster will land on the Second Wind drone ship, which will be stationed in the Atlantic "
             "Ocean after the launch")
    texts = [("1", f"\u201c{quote},\u201d the company added."),
             ("2", "The booster will then land on the Second Wind drone ship waiting in the Pacific Ocean.")]
    filler = [("3", f"Crowds gathered on beach number {n} to watch, officials said.") for n in range(10)]
    statements = [Statement(n, source, n, 0, 0, text) for n, (source, text) in enumerate(texts + filler)]
    [fresh] = place_conflicts(statements, sorted)
    [shown] = place_conflicts(statements, sorted, {quote})
    assert [c.text for c in fresh.claims] == [t for _, t in texts]
    # Counter-example above: a sentence not shown elsewhere is given whole.
    assert [c.text for c in shown.claims] == ["Which will be stationed in the Atlantic Ocean after the launch",
                                              texts[1][1]]


def test_tokens_near_a_figure_are_those_of_the_whole_text() -> None:
    """``_near`` searches only around a figure: its tokens are those a search of the whole text finds there, for
    figures glued to marks or words, far from or near either end, and sides with marks standing alone."""
    import bisect

    from bot.summary.conflicts import _NEAR, _NUMBER, _PLAIN_WORD, _READ, _WORD, _near

    texts = ["Police said 12, then 14 people (about 20%) died in the 3-day siege of the town's 1,200 homes.",
             "a'12 b 12.", "12-year-old " * 30 + "and 7 more " + "- " * 60 + "word " * 40,
             "– – – – – – – – – – – – 5 – – – – – – – – – – – – – – – – – – – – – – – – – – – – – – – –",
             "The last words " + "- " * 30 + "9 people", "Über 40 Häuser, 3.5 km (2 mi) entfernt; " * 8]
    for text in texts:
        for word in (_WORD, _PLAIN_WORD) if text.isascii() else (_WORD,):
            tokens = list(word.finditer(text))
            starts = [t.start() for t in tokens]
            for m in _NUMBER.finditer(text):
                first, last = bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end())
                assert _near(text, word, m.start(), m.end()) == (
                    [t.group() for t in tokens[max(0, first - _NEAR):first]],
                    [t.group() for t in tokens[last:last + _READ]])


def test_the_gates_of_the_place_and_stage_tables_pass_every_example() -> None:
    """``place_conflicts`` asks ``PLACES`` only of a text holding a kind of place as written (``PLACE_KIND``), and
    ``stage_conflicts`` asks ``STAGES`` only of a text that may hold a digit: every example of theirs passes."""
    assert all(PLACE_KIND.search(e) for r in PLACES for e in r.examples)
    assert all(may_hold_figures(e) for r in STAGES for e in r.examples)


def test_a_time_or_an_age_beside_a_death_is_not_a_toll() -> None:
    found = conflicts(
        article("1", "A gorilla at the Lessby zoo was shot dead about 10 minutes after it dragged the boy away."),
        article("2", "A male gorilla at the Lessby zoo was killed after a 4-year-old boy fell into its moat."),
        article("3", "The gorilla at the Lessby zoo was killed on Saturday, three hours after the boy fell in."),
    )
    assert found == []


def test_a_toll_of_last_years_event_is_not_set_against_this_one() -> None:
    found = conflicts(
        article("1", "A gunman killed 59 people at a music festival in Lessby on Sunday night, police said."),
        article("2", "A gunman opened fire in a club in Norvane on June 12 last year and killed 49 people."),
        article("3", "The gunman who killed 59 people at the Lessby festival had 23 guns in his hotel room."),
    )
    assert found == []


def test_the_nationals_among_the_dead_are_a_part_of_the_toll_not_another_toll() -> None:
    found = conflicts(
        article("1", "A small plane crash in Norvane on Sunday killed 12 people, the government said."),
        article("2", "Relatives are mourning the deaths of 10 Americans in the crash in Norvane on Sunday."),
        article("3", "The plane crash in Norvane on Sunday killed 10 U.S. citizens and two local pilots."),
        article("4", "The crash in Norvane on Sunday killed 12 people, among them a family of five."),
    )
    assert found == []
    # Nor are the tourists of two countries two counts of one thing.
    assert conflicts(
        article("1", "The dead of the bus crash near Lessby included 3 French tourists, police said."),
        article("2", "The dead of the bus crash near Lessby included 4 German tourists, police said."),
    ) == []
    # A clause after the figure is no part of what it counts: the two tolls still disagree.
    [c] = conflicts(
        article("1", "Insurgents struck the consulate on Thursday, wounding at least 90, Norvanian officials said."),
        article("2", "The head doctor said 120 wounded had been brought in after the attack on the consulate."),
    )
    assert c.about == "injured"


def test_version_numbers_are_not_counts_but_decimal_millions_are() -> None:
    versions = story(
        article("1", "The 5.50 update rolled out on Friday to invited users of the Acme console, the firm said."),
        article("2", "Acme has released a new update for its console, shortly after its massive 5.0 update dropped."),
    )
    assert versions.conflicts == []
    tolls = story(
        article("1", "The storm displaced 2.3 million people across the Lessby region, officials said on Monday."),
        article("2", "The storm displaced 2.6 million people across the Lessby region, officials said on Monday."),
    )
    assert len(tolls.conflicts) == 1
    seized = story(
        article("1", "Police seized 1.5 kg of cocaine from the ferry at Lessby on Monday, the port said."),
        article("2", "Police seized 2 kg of cocaine from the ferry at Lessby on Monday, the port said."),
    )
    assert len(seized.conflicts) == 1


def test_a_toll_written_in_words_conflicts_but_a_part_of_one_does_not() -> None:
    [c] = conflicts(
        article("1", "Twelve people were killed when a ferry sank off the Lessby coast on Monday, police said."),
        article("2", "15 people died when a ferry sank off the coast of Lessby on Monday, officials said."),
    )
    assert c.about == "deaths"
    assert [x.sources for x in c.claims] in (
        [["1"], ["2"]], [["2"], ["1"]])
    assert conflicts(
        article("1", "Twelve people were killed when a ferry sank off the Lessby coast on Monday, police said."),
        article("2", "Two children from Norvania died when a ferry sank off the coast of Lessby on Monday."),
        article("3", "A three-year-old boy was among 12 people killed when the ferry sank, police said."),
    ) == []


def test_the_lead_shown_cites_no_source_giving_another_value_of_its_figures() -> None:
    told = story(
        article("1", "Twelve people were killed when a ferry sank off the Lessby coast on Monday, police said.",
                "The ferry, operated by Acme Lines, was carrying 140 passengers when it hit rocks near the harbour."),
        article("2", "15 people died when a ferry sank off the coast of Lessby on Monday, officials said.",
                "The vessel, run by Acme Lines, had 160 passengers on board when it struck rocks."),
    )
    assert len(told.what[0].sources) == 1  # each source tells its own toll and its own count of passengers


def test_words_that_only_look_like_a_toll_and_a_breakdown_are_no_conflict() -> None:
    assert conflicts(
        article("1", "The two sides have now missed two deadlines to agree a new port deal, officials said."),
        article("2", "The two sides have missed three deadlines since March to agree a new port deal."),
    ) == []
    assert conflicts(
        article("1", "Five people were killed in a gas explosion that destroyed a block of flats in Lessby."),
        article("2", "A mother of three was among those killed when a gas explosion destroyed a block of flats."),
    ) == []
    assert conflicts(
        article("1", "Twelve people were killed in two blasts at a Lessby market on Tuesday, police said."),
        article("2", "Seven people died in the first blast and five people died in the second, police said."),
    ) == []


def test_a_lead_rounding_a_figure_still_carries_it() -> None:
    told = story(
        article("1", "Acme is recalling 140,000 electric kettles sold in Norvania after reports of fires, it said."),
        article("2", "Acme is recalling 140,660 electric kettles sold in Norvania after reports of fires, it said."),
    )
    assert told.what[0].sources == ["1", "2"]


def test_a_toll_given_at_the_end_of_a_clause_about_it_is_a_toll() -> None:
    [c] = conflicts(
        article("1", "At least 47 people were killed when a powerful earthquake hit Lessby in northern Norvania."),
        article("2", "The death toll from Sunday's earthquake in northern Norvania has risen to 52, officials said."),
    )
    assert c.about == "deaths"
    assert conflicts(
        article("1", "At least 47 people were killed when a powerful earthquake hit Lessby in northern Norvania."),
        article("2", "The toll road from Lessby to the capital has been closed to 52 lorries a day since the quake."),
    ) == []


def test_a_forecast_toll_another_events_toll_or_a_share_is_no_toll_of_this_one() -> None:
    base = article("1", "An earthquake killed 52 people in northern Norvania on Sunday, officials said.")
    for sentence in ("The death toll from Sunday's earthquake in the remote north could hit 100, aid agencies warned.",
                     "The death toll from the previous earthquake to strike northern Norvania was 120.",
                     "The death toll from Sunday's earthquake near Lessby rose 20 percent overnight, officials said."):
        assert conflicts(base, article("2", "An earthquake struck northern Norvania on Sunday, police said.",
                                       sentence)) == [], sentence


def test_amounts_written_with_a_currency_word_code_or_scale_after_conflict_with_signed_ones() -> None:
    [fine] = conflicts(
        article("1", "The panel fined the club 4 million euros on Friday for breaching the spending rules."),
        article("2", "The club was slapped with a €4.5m fine on Friday for breaching the spending rules."),
    )
    assert sorted(x.sources for x in fine.claims) == [["1"], ["2"]]
    [deal] = conflicts(
        article("1", "Regulators approved the R14.2 billion takeover of the miller Korvel on Wednesday."),
        article("2", "Regulators approved the R12.4 billion takeover of the miller Korvel on Wednesday."),
    )
    assert sorted(x.sources for x in deal.claims) == [["1"], ["2"]]
    assert conflicts(
        article("1", "The rocket has 5.1 million pounds of thrust, and a launch costs $90 million."),
        article("2", "The R12 road bypasses the town, and a launch costs $90 million."),
    ) == []
    # "pounds" after a number weighs, and "euro" before a noun qualifies it: counts, not amounts of money.
    [weight] = conflicts(
        article("1", "Patients on the drug lost an average of 35 pounds over a year, a loss the maker hailed."),
        article("2", "Patients on the drug lost an average of 29 pounds over a year, a loss the maker hailed."),
    )
    assert weight.about == "pounds"
    [ministers] = conflicts(
        article("1", "The 20 euro zone finance ministers backed the aid package for Korsa unanimously."),
        article("2", "All 19 euro zone finance ministers supported the aid package for Korsa on Monday."),
    )
    assert sorted(x.sources for x in ministers.claims) == [["1"], ["2"]]


def test_a_toll_brought_to_a_figure_and_a_toll_out_of_all_aboard_are_claims_and_all_aboard_is_not() -> None:
    lead = "The Lessby Air plane crashed into a hillside near Dunmore on Sunday."
    [c] = conflicts(
        article("1", lead, "20 of the 22 people on board have died, officials said."),
        article("2", lead, "Rescuers found three more bodies on Monday, bringing the death toll from the Lessby Air "
                           "crash to 21, the district office said."),
        article("3", lead, "The crash killed 18 of the 21 people on board, police said."),
    )
    assert c.about == "deaths"
    assert sorted((x.sources, x.text) for x in c.claims) == [
        (["1"], "20 of the 22 people on board have died"),
        (["2"], "Bringing the death toll from the Lessby Air crash to 21"),
        (["3"], "The crash killed 18 of the 21 people on board")]


def test_a_toll_in_words_with_a_hyphened_unit_is_a_toll_and_no_lead_carries_a_source_giving_another() -> None:
    found = story(
        article("1", "At least 14 people were killed when a Lessby Air plane crashed into a hillside in Myagdi "
                     "district on Sunday, officials said."),
        article("2", "Twenty-one people were killed when a Lessby Air plane with 22 people on board crashed in the "
                     "mountains of Myagdi on Sunday, police said."),
    )
    [c] = found.conflicts
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]
    assert all(len(item.sources) == 1 for item in found.what)


def test_one_vote_given_two_tallies_conflicts_but_a_score_and_a_second_vote_do_not() -> None:
    [c] = conflicts(
        article("1", "The central bank board voted 5-2 on Thursday to cut the main rate to 3.25 percent.",
                "Mortgage lenders said demand had picked up in the autumn.", "The koruna weakened after the decision.",
                "Analysts had expected the cut.", "Inflation slowed to 2.4 percent in October."),
        article("2", "The central bank cut the main rate to 3.25 percent on Thursday by a 4-3 vote.",
                "Two members wanted to wait for wage data.", "Savers will earn less on deposits.",
                "The governor said further cuts were not certain.", "Markets barely moved."),
    )
    assert c.about == "vote"
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]
    assert conflicts(
        article("1", "The Kestrian Supreme Court, which has a 6-3 conservative majority, upheld the ban in a 5-4 "
                     "decision on Monday."),
        article("2", "The Kestrian Supreme Court upheld the ban in a 5-4 ruling on Monday."),
        article("3", "Lessby council, which voted 4-3 last year to reject a lorry ban, voted 5-2 on Monday to back "
                     "one."),
    ) == []
    assert conflicts(
        article("1", "The Kestrian Senate confirmed Ana Ruiz to the Supreme Court on Tuesday.",
                "Earlier on Tuesday the Senate voted 51-49 to end debate on Ruiz's nomination."),
        article("2", "The Kestrian Senate voted 52-48 on Tuesday to confirm Ana Ruiz to the Supreme Court."),
    ) == []
    assert conflicts(
        article("1", "MPs voted 320-290 to give the Housing Bill a second reading on Tuesday night.",
                "The coaches voted 12-10 in the first round, then backed Okafor by 14 votes to 8 in the second."),
        article("2", "Earlier, MPs voted 312-298 against a Labour amendment that would have delayed the Housing Bill.",
                "Okafor beat Mark Ortiz by 14 votes to 8 in the coaches' final round of voting."),
    ) == []
    assert conflicts(
        article("1", "Councillors voted 38-19 to ban holiday lets, and Lessby won 3-1 at home on Sunday."),
        article("2", "By 38 votes to 19, councillors backed the ban on holiday lets in six districts."),
        article("3", "A separate motion on parking fines passed by 30 votes to 27 after a long debate in the chamber."),
    ) == []


def test_a_part_of_the_toll_and_a_running_total_for_the_year_set_no_toll_against_the_events() -> None:
    assert conflicts(
        article("1", "Fourteen people were killed when a bus crashed near Dunmore on Sunday, police said.",
                "Rescuers said the toll was unlikely to rise."),
        article("2", "Police said 5 of the 14 people killed in the bus crash near Dunmore on Sunday were children.",
                "Floods elsewhere in the state killed two more, bringing the death toll from this year's monsoon "
                "rains across the state to 36."),
    ) == []


def test_a_toll_standing_so_far_is_this_events() -> None:
    [c] = conflicts(
        article("1", "The death toll from Sunday's earthquake in Lessby province so far stands at 52, officials said."),
        article("2", "The death toll from Sunday's earthquake in Lessby province has risen to 61, officials said."),
    )
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]


def test_one_prison_term_given_two_lengths_conflicts_but_a_co_defendants_term_does_not() -> None:
    [c] = conflicts(
        article("1", "A Lessby court sentenced former harbour minister Tom Reyes to eight years in prison for bribery.",
                "His driver, Ana Ruiz, was sentenced to four years for carrying the cash."),
        article("2", "Former harbour minister Tom Reyes was jailed for nine years on Friday for taking bribes."),
        article("3", "Tom Reyes, the former harbour minister, was given an eight-year prison sentence for bribery."),
    )
    assert c.about == "prison term"
    assert [x.sources for x in c.claims] == [["1", "3"], ["2"]]
    # The most a defendant risks, or a term suspended, is no term given.
    assert conflicts(
        article("1", "Former harbour minister Tom Reyes was sentenced to eight years in prison for bribery."),
        article("2", "Former harbour minister Tom Reyes faces up to 10 years in prison for bribery."),
        article("3", "Former harbour minister Tom Reyes also received a two-year suspended sentence for bribery."),
    ) == []


def test_a_count_of_a_noun_alone_is_the_storys_one_count_of_that_noun_of_something() -> None:
    [c] = conflicts(
        article("1", "The Lessby plant stored about 350 tonnes of the gas in the damaged tank, the company said.",
                "Firefighters kept the tank cool through the night."),
        article("2", "The union said close to 500 tonnes were stored in the damaged tank at the Lessby plant."),
    )
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]
    # "about 5 million" is a rounded 5.1 million; "2,300 metric tons" and "2,500 tons" are two units.
    assert conflicts(
        article("1", "The Lessby rocket lifts off with 5.1 million pounds of thrust from its nine engines."),
        article("2", "The Lessby rocket lifts off with about 5 million pounds of thrust from its engines."),
        article("3", "At liftoff the Lessby rocket's engines give 2,300 metric tons of thrust."),
        article("4", "At liftoff the Lessby rocket's engines give 2,500 tons of thrust."),
    ) == []


def test_a_source_telling_two_counts_of_one_thing_makes_them_one_quantity() -> None:
    [c] = conflicts(
        article("1", "The fire had burned more than 14,200 hectares by Monday evening, the authority said."),
        article("2", "The blaze has scorched a staggering 21,500 hectares of bush and farmland."),
        article("3", "The fire authority put the figure at a little over 14,200 hectares.",
                "Analysts working from satellite images mapped a burned area of about 21,500 hectares."),
    )
    assert sorted(x.sources for x in c.claims) == [["1", "3"], ["2"]]


def test_counts_of_one_named_thing_are_one_quantity_however_few_words_their_sentences_share() -> None:
    [c] = conflicts(
        article("1", "The agency said the recall covers about 212,000 packs of Telvor tablets made by Acme Labs."),
        article("2", "Some 250,000 packs of Telvor are being recalled after tests found an impurity in the tablets."),
    )
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]
    # Counted in sentences sharing nothing else, they count two things: what was returned, what is recalled.
    assert conflicts(
        article("1", "Pharmacies had returned 180,000 packs of Telvor by Friday."),
        article("2", "Acme Labs is recalling 250,000 packs of Telvor over an impurity."),
    ) == []


def test_a_unanimous_ruling_told_by_one_source_as_a_split_by_another_conflicts() -> None:
    [c] = conflicts(
        article("1", "A three-member panel of the Lessby Rowing Tribunal ruled unanimously that Ana Ruiz had doped."),
        article("2", "The Lessby Rowing Tribunal's three-member panel was split two to one on whether Ruiz had doped."),
    )
    assert c.about == "vote"
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]
    # Unanimous praise is no vote; two unanimous accounts agree.
    assert conflicts(
        article("1", "The Lessby council unanimously approved the lorry ban on Tuesday."),
        article("2", "The Lessby council's lorry ban won unanimous praise from residents on Tuesday."),
        article("3", "Lessby councillors voted unanimously on Tuesday for the lorry ban."),
    ) == []


def test_terms_of_two_people_an_appeal_or_an_office_are_no_prison_term_conflict() -> None:
    assert conflicts(
        article("1", "A Lessby court sentenced shipping agent Ana Ruiz to five years and former harbour chairman Tom "
                     "Reyes to eight years in prison on Friday."),
        article("2", "Former harbour chairman Tom Reyes was given an eight-year prison sentence on Friday."),
    ) == []
    assert conflicts(
        article("1", "Tom Reyes, who was jailed for ten years in 2029 for harbour bribes, had his sentence cut to "
                     "seven years on appeal on Monday."),
        article("2", "The Lessby appeal court reduced Tom Reyes's harbour bribery sentence to seven years in prison."),
    ) == []
    assert conflicts(
        article("1", "The Lessby bill replaces the president's five-year term with a seven-year term."),
        article("2", "The Lessby bill lengthens the president's term to a seven-year term from 2031."),
    ) == []


def test_an_approximate_count_disagrees_with_one_beyond_its_rounding() -> None:
    [toll] = conflicts(
        article("1", "The Lessby earthquake killed nearly 100 people in the old town, officials said."),
        article("2", "At least 140 people were killed by the Lessby earthquake in the old town, officials said."),
    )
    assert sorted(x.sources for x in toll.claims) == [["1"], ["2"]]
    # A source counting a ship's cargo and what was pumped out of it tells two things, however the others count.
    assert conflicts(
        article("1", "The Lessby tanker was carrying 3,000 tonnes of fuel oil when it ran aground.",
                "Salvors have pumped out 2,000 tonnes so far from the Lessby tanker."),
        article("2", "Salvors have removed 2,000 tonnes from the Lessby tanker, the coastguard said."),
    ) == []


def test_a_tally_told_as_votes_in_favour_and_against_conflicts_with_another() -> None:
    [c] = conflicts(
        article("1", "The Lessby assembly approved the phone ban by 112 votes to 41 on Wednesday."),
        article("2", "The Lessby phone ban passed 112 to 41 in the assembly on Wednesday."),
        article("3", "Members of the Lessby assembly voted 108 in favour and 45 against the phone ban on Wednesday."),
    )
    assert sorted(x.sources for x in c.claims) == [["1", "2"], ["3"]]


def test_a_claim_leaves_out_a_quotation_that_does_not_hold_its_figure() -> None:
    [c] = conflicts(
        article("1", "Lessby Rovers say they are \"deeply disappointed by the severity of the sanction\" after being "
                     "hit with a 1.2 million euro fine by the league."),
        article("2", "Lessby Rovers were hit with a 1.5 million euro fine by the league on Tuesday."),
    )
    assert not any("disappointed" in x.text for x in c.claims)
    # A figure inside quotation marks keeps them.
    [c] = conflicts(
        article("1", "Data of \"fewer than 400,000 UK customers\" of Acme has been \"accessed\" in the breach."),
        article("2", "That number includes almost 700,000 UK customers of Acme whose data was accessed in the breach."),
    )
    assert any("\"fewer than 400,000 UK customers\"" in x.text for x in c.claims)


def test_the_size_of_a_rise_a_deal_gives_conflicts_but_a_price_move_does_not() -> None:
    [c] = conflicts(
        article("1", "Under the Lessby port deal, dockers will receive a 5% rise backdated to January."),
        article("2", "Lessby dockers will pocket a 6 per cent pay rise straight away under the port deal."),
    )
    assert c.about == "percent rise"
    assert conflicts(
        article("1", "Shares in Lessby Ports rose 5% on Monday after the deal."),
        article("2", "Shares in Lessby Ports rose 6 per cent on Monday after the deal."),
    ) == []


def test_a_score_a_split_of_money_or_a_boards_unanimity_leave_a_sources_vote_alone() -> None:
    [c] = conflicts(
        article("1", "Members voted 412-88 to approve the Lessby Rovers ground share on Monday.",
                "Rovers were defeated 2-1 by City on Saturday.", "Revenue will be split 60-40 between the clubs.",
                "The club's board unanimously backed the deal."),
        article("2", "Members voted 402-98 to approve the Lessby Rovers ground share on Monday."),
    )
    assert c.about == "vote"
    assert sorted(x.sources for x in c.claims) == [["1"], ["2"]]


def test_words_of_an_appeal_elsewhere_in_the_sentence_leave_a_prison_term_and_a_rounding_agrees() -> None:
    [c] = conflicts(
        article("1", "Lessby trader Tom Reyes was jailed for seven years for a fraud that raised 3.2 million crowns."),
        article("2", "Lessby trader Tom Reyes was sentenced to eight years for the fraud on Friday."),
    )
    assert c.about == "prison term"
    assert conflicts(
        article("1", "Around 40 people were injured when the Lessby bridge collapsed on Monday."),
        article("2", "The Lessby bridge collapsed on Monday, injuring 43 people."),
    ) == []


def test_a_claim_keeps_a_quotation_its_clause_needs() -> None:
    [c] = conflicts(
        article("1", "Council officials described the damage to 40 homes in Marsh End as \"the worst in living "
                     "memory\" on Monday."),
        article("2", "The flood damaged 60 homes in Marsh End on Monday, council officials said."),
    )
    assert any(x.text.endswith("on Monday.") and "as \"the worst" in x.text for x in c.claims)


def test_arrests_and_a_vaccines_efficacy_are_quantities_sources_disagree_on() -> None:
    [arrests] = conflicts(
        article("1", "Interior Minister Ana Ruiz said 312 people had been arrested in Lessby since Thursday."),
        article("2", "Police spokeswoman Lena Park said 338 people had been arrested in Lessby since Thursday."),
    )
    assert arrests.about == "arrests"
    [efficacy] = conflicts(
        article("1", "Acme said the Lessby trial showed its malaria vaccine was 77% effective in children."),
        article("2", "The doctors' association said the Lessby trial report put the vaccine's efficacy at 68 "
                     "per cent."),
    )
    assert efficacy.about == "percent effective"


def test_counts_of_two_days_or_two_cities_and_a_nearly_exceeded_are_read_right() -> None:
    assert conflicts(
        article("1", "Shares in Lessby Holdings saw a 5% rise on Monday after the deal was announced."),
        article("2", "Lessby Holdings shares saw a 3% rise on Tuesday, adding to the gains after the deal."),
    ) == []
    assert conflicts(
        article("1", "Police arrested 112 people in Lessby after the protests over fuel prices."),
        article("2", "In Dale, 38 people were arrested after the protests over fuel prices, police said."),
    ) == []
    [homes] = conflicts(
        article("1", "The Lessby storm destroyed nearly 1,000 homes on the coast, officials said."),
        article("2", "The Lessby storm destroyed 1,090 homes on the coast, officials said."),
    )
    assert sorted(x.sources for x in homes.claims) == [["1"], ["2"]]
    [term] = conflicts(
        article("1", "Former Lessby mayor Tom Reyes, who faced 20 years, was jailed for four years for bribery."),
        article("2", "Former Lessby mayor Tom Reyes was jailed for five years for bribery on Friday."),
    )
    assert term.about == "prison term"


def test_a_day_two_sources_give_differently_for_one_thing_conflicts() -> None:
    others = ("The airline AeroLess collapsed into administration on Monday.", "All of its flights were cancelled.",
              "Its 2,300 staff were told not to come to work.", "Unions blamed the owners for the collapse.",
              "The airline had been losing money for three years.", "Its planes were impounded at Lessby airport.")
    [day] = conflicts(
        article("1", *others, "The aviation authority will fly stranded passengers home free of charge until "
                              "27 October."),
        article("2", *others, "Stranded passengers will be flown home free of charge by the aviation authority "
                              "until October 28."),
    )
    assert day.about == "date" and [x.sources for x in day.claims] == [["1"], ["2"]]
    assert conflicts(
        article("1", *others, "The aviation authority will fly stranded passengers home free of charge until "
                              "27 October."),
        article("2", *others, "Refund claims must reach the aviation authority by 28 October, passengers were told."),
    ) == []  # another thing's day
    assert conflicts(
        article("1", *others, "The aviation authority will fly stranded passengers home free of charge until "
                              "27 October."),
        article("2", *others, "The aviation authority will fly stranded passengers home free of charge until "
                              "30 November."),
    ) == []  # a month apart: another deadline, not a slip


def test_a_tally_told_in_words_or_as_a_majority_conflicts_once() -> None:
    [vote] = conflicts(
        article("1", "Lessby's Supreme Court struck down the deportation policy, ruling by five votes to two."),
        article("2", "By a majority of five to two, the Supreme Court's justices found the deportation policy "
                     "unlawful."),
        article("3", "The Supreme Court ruled by a knife-edge four votes to three that the deportation policy was "
                     "unlawful."),
    )
    assert [x.sources for x in vote.claims] == [["1", "2"], ["3"]]
    [act] = conflicts(
        article("1", "The Online Safety Act was approved by 98 votes to 37, with most of the opposition against."),
        article("2", "Deputies in the Lessby chamber approved the Online Safety Act by 94 votes to 41."),
    )
    assert sorted(x.sources for x in act.claims) == [["1"], ["2"]]


def test_a_reservoirs_level_and_a_ballots_share_are_quantities_and_a_fine_is_money() -> None:
    [level] = conflicts(
        article("1", "Eastmoor Water said its reservoirs in the Caddon valley were 38% full on Monday."),
        article("2", "The water authority said reservoirs in the Caddon valley were at 31 per cent of capacity."),
    )
    assert level.about == "percent full"
    [share] = conflicts(
        article("1", "Of the union members who took part in the ballot, 68% backed the pay deal, the union said."),
        article("2", "The union's members backed the pay deal, but only 61 per cent voted yes in the ballot."),
    )
    assert share.about == "percent in favour"
    [ballot] = conflicts(
        article("1", "Dockers at the port of Lessby voted by 73 per cent to accept the pay deal, the union said."),
        article("2", "Union officials said 68 per cent of those who voted backed the pay deal at the port of Lessby."),
    )
    assert ballot.about == "percent in favour"
    assert conflicts(
        article("1", "The regulator fined Eastmoor Water 2 million crowns for the leaks in the Caddon valley."),
        article("2", "The new pipes in the Caddon valley cost Eastmoor Water 2.1 million crowns."),
    ) == []  # a fine and a cost: two amounts


def test_a_length_of_time_two_sources_give_differently_conflicts_and_other_units_or_an_approximation_agree() -> None:
    others = ("Lessby's competition authority fined the phone maker Quillon on Thursday.",
              "The authority said the company had abused its control of its app store.",
              "Quillon said it would study the decision carefully.", "Developers welcomed the ruling.",
              "Shares in Quillon fell 3% in early trading.", "Consumer groups called it a landmark.")
    [span] = conflicts(
        article("1", *others, "Quillon was ordered to change the rules of its app store within 90 days."),
        article("2", *others, "The authority gave Quillon three months to change the rules of its app store."),
        article("3", *others, "Quillon must change the rules of its app store within 60 days, the authority said."),
    )
    assert span.about == "length of time"
    assert [(x.sources, "90 days" in x.text) for x in span.claims] == [(["1", "2"], True), (["3"], False)]
    assert not any(c.about == "length of time" for c in conflicts(
        article("1", *others, "The dockers ended their 11-day strike at the port of Lessby on Friday."),
        article("2", *others, "The dockers ended their strike at the port of Lessby after almost two weeks."),
    ))


def test_the_end_of_a_range_of_days_or_weeks_is_no_length_and_hours_are_not_read() -> None:
    others = ("A fire tore through the Brightwell garment factory in Lessby on Tuesday night.",
              "About 300 workers were evacuated from the building.", "No one was hurt, the fire service said.",
              "The cause of the fire is under investigation.", "The factory makes school uniforms.",
              "Production has been moved to a second site.")
    # Four days are inside "3-5 days", twelve inside "a 10- to 14-day", three weeks inside "two to four weeks".
    for ranged, one in (("take 3-5 days", "take four days"), ("need a 10- to 14-day", "need a 12-day"),
                        ("take two to four weeks", "take three weeks")):
        assert not any(c.about == "length of time" for c in conflicts(
            article("1", *others, f"Repairs to the factory roof will {ranged} closure, the owners said on Wednesday."),
            article("2", *others, f"Repairs to the factory roof will {one} closure, the owners said on Wednesday."),
        )), ranged
    # One fire's hours are one length, but a story's hours are mostly many things' (a 24-hour strike and a 48-hour one).
    assert not any(c.about == "length of time" for c in conflicts(
        article("1", *others, "Drivers will hold a 24-hour strike at the factory on Monday, the union said."),
        article("2", *others, "A 48-hour strike at the factory by drivers will follow next week, the union said."),
    ))


def test_a_fine_ending_a_clause_is_money_and_an_earlier_smaller_fine_does_not_split_the_story_s() -> None:
    [fine] = conflicts(
        article("1", "Anyone caught using a hosepipe in Lessby faces a fine of 500 crowns for a first offence.",
                "Lessby last rationed water during the 2019 drought, when fines of 200 crowns were issued."),
        article("2", "Anyone caught using a hosepipe in Lessby could be fined 750 crowns, the city council said."),
        article("3", "Anyone caught using a hosepipe in Lessby faces a fine of 500 crowns, the council said."),
    )
    assert fine.about == "fine or settlement"
    assert sorted(x.sources for x in fine.claims) == [["1", "3"], ["2"]]


@pytest.mark.parametrize("name", ["arrest_charge", "line_closure", "isolation_cut", "notice_raised", "poll",
                                  "referendum", "union_ballot", "fine_two_parties_b", "previous_fine_b", "max_fine_b",
                                  "vape_ban", "arrest_then_charge", "bus_tourists", "protest_police",
                                  "day_two_defendants", "day_deadline_extended", "day_two_legs",
                                  "vote_committee_unanimous", "vote_two_measures"])
def test_stories_whose_outlets_agree_show_no_conflict(name: str) -> None:
    """Two events' days (an arrest, a first hearing; an arrest and a charge a day apart; two defendants' bail hearings,
    an old and an extended deadline, a tie's two legs, each named alike a week or two apart), an old and a new length,
    a poll's candidates, a turnout and a share in favour, two parties' fines, an earlier or a maximum fine, an age range
    beside a tally, a toll's part in words ("Twelve Norvanian tourists", "Twelve police officers"), a committee's and a
    chamber's votes, two measures' votes at one meeting."""
    assert [c.about for c in told(name).conflicts] == []


def test_a_toll_in_words_opening_a_sentence_counts_whole_whoever_it_names() -> None:
    [injured] = conflicts(
        article("1", "Forty-three people were injured in a crush at the Lessby stadium gates on Saturday."),
        article("2", "FIFTY-SEVEN football fans were hurt in a crush at the Lessby stadium gates on Saturday."),
    )
    assert injured.about == "injured"
    assert conflicts(article("1", "Two children died in the Lessby fire on Saturday."),
                     article("2", "Three people died in the Lessby fire on Saturday.")) == []


def test_a_trial_or_a_heatwave_has_no_terms_and_an_insolvency_or_an_age_law_keeps_them() -> None:
    trial = texts(told("trial_lengths").restrictions)
    assert not any(words in r for r in trial for words in ("will last", "will run", "ordered to", "directed to"))
    assert told("heatwave").restrictions == []
    assert any("no longer valid" in r for r in texts(told("insolvency_headlines").restrictions))
    assert any("will not be able to" in r for r in texts(told("age_law_not_able").restrictions))


def test_a_body_after_a_preposition_names_no_one_who_speaks() -> None:
    # "A report by the interior ministry called ...", "Critics of Ardenia's transport ministry called ...": the body
    # after the preposition says nothing ("..., the transport ministry confirmed" is the ministry's own).
    bodies = [r.text for r in told("report_called").reactions if "ministry" in r.speaker or "regulator" in r.speaker]
    assert not any(words in text for text in bodies for words in ("Moving Forward", "daylight robbery",
                                                                   "legally questionable", "Fair Track"))


def test_one_persons_age_given_differently_by_two_sources_conflicts() -> None:
    [c] = conflicts(
        article("1", "Former prime minister Anselm Vorek has died aged 84, his family said.",
                "Vorek's daughter, Ilse Vorek, 52, said he died peacefully."),
        article("2", "Anselm Vorek, who led the country from 1994 to 2003, died at his home in Tarnby at the age "
                     "of 85, the family said."),
        article("3", "Anselm Vorek, 84, died at home on Saturday, his family said."),
    )
    assert c.about == "age of Anselm Vorek"
    assert [(("84" in x.text), x.sources) for x in c.claims] == [(True, ["1", "3"]), (False, ["2"])]


def test_an_unnamed_persons_age_given_differently_by_two_sources_conflicts() -> None:
    """"A four-year-old boy" against "a 3-year-old boy" of one fall is a disagreement; a boy of a year told in the
    sentence ("in 1996") is another time's, and a source telling of two boys of that kind leaves the kind uncompared."""
    lead = "A zoo shot dead a gorilla that grabbed and dragged a four-year-old boy who fell into its enclosure."
    [c] = conflicts(
        article("1", lead),
        article("2", "A gorilla was killed after a 3-year-old boy fell into its enclosure at Lessby Zoo.",
                "A 2-year-old boy fell into a bear pit at Tarrow Zoo in 2013."),
        article("3", lead, "A 3-year-old boy fell into the gorilla den at Tarrow Zoo in 1996 and was carried out."),
    )
    assert c.about == "age of the boy" and [x.sources for x in c.claims] == [["1", "3"], ["2"]]
    assert conflicts(
        article("1", "A 15-year-old boy was stabbed in Lessby on Friday and a 16-year-old boy was arrested."),
        article("2", "A 15-year-old boy was stabbed in Lessby on Friday, police said."),
        article("3", "A 16-year-old boy was arrested in Lessby on Friday."),
    ) == []


def test_a_hospitals_breakdown_of_those_it_treats_is_no_toll() -> None:
    """ "Treating 20 people, four of whom were seriously injured and 16 who were walking wounded" breaks a whole into
    parts: neither part is the story's count of the injured."""
    lead = "At least 40 people were injured when a tram overturned on a sharp bend in Lessby on Wednesday."
    assert conflicts(
        article("1", lead),
        article("2", lead, "Lessby General Hospital said it was treating 20 people, four of whom were seriously "
                           "injured and 16 who were walking wounded."),
        article("3", "Forty people were injured when the tram overturned, police said."),
    ) == []


def test_ages_of_two_people_or_two_times_are_no_conflict() -> None:
    """A source giving one man two ages tells then and now; a 43-year-old man beside a named one is someone else."""
    assert conflicts(
        article("1", "Tomas Kerr, 41, was freed on Tuesday.", "Tomas Kerr, 24, was convicted in 2008."),
        article("2", "Tomas Kerr, now 41, spoke to reporters.", "A 43-year-old man and Tomas Kerr were seen."),
    ) == []


def test_a_ransom_demand_told_differently_conflicts_and_each_claim_keeps_its_subject() -> None:
    """A ransom comes in no steps: 4 million crowns against 6 million is a disagreement (``FINE_RATIO``), also where
    the amount is "the equivalent of" it in another currency; a claim whose clause lost its subject to an aside is the
    whole sentence."""
    [c] = conflicts(
        article("1", "The gang demanded the equivalent of 4 million crowns in cryptocurrency, screenshots show.",
                title="Ransomware attack on Orvell hospitals"),
        article("2", "The gang behind the attack, BlackQuill, is demanding a staggering 6 million crowns to unlock the "
                     "files."),
        article("3", "People who have seen the demand put it at the equivalent of 4 million crowns in bitcoin."),
    )
    assert [x.sources for x in c.claims] == [["1", "3"], ["2"]]
    assert c.claims[1].text.startswith("The gang behind the attack")


def test_an_age_beside_someone_else_or_a_couples_ages_are_no_conflict() -> None:
    """From a seventh reading: "The 81-year-old driver hit Tom Reyes" is the driver's age, "the 34-year-old followed
    Luis Moreno" the killer's, "Tom Reyes and Ana Sorel, aged 43 and 41" a couple's, and "after her husband Karl died
    aged 87" his."""
    for name in ("r7_crash_ages", "r7_court_ages", "r7_couple_ages", "r7_obit"):
        assert not [c for c in told(name).conflicts if c.about.startswith("age of")], name


def test_a_ransom_paid_a_conversion_two_times_ages_and_a_markets_demand_are_no_conflicts() -> None:
    """From an eighth reading: a ransom demanded and one paid, a fine converted into euros at two rates, a man's age
    when jailed and when freed, an attacker's age before his victim's name, and house prices amid soaring demand."""
    for name in ("r8_ransom_paid", "r8_appeal_ages", "r8_attack_ages", "r8_housing_demand"):
        assert [c.about for c in told(name).conflicts if c.about.startswith(("age of", "ransom"))] == [], name
    assert told("r8_equivalent").conflicts == []


def test_an_age_before_a_name_or_after_a_victims_or_a_widows_name_is_someone_elses() -> None:
    """From a ninth reading: "The 19-year-old faces defending champion Ana Ruiz", "The 18-year-old denies murdering
    Leo Marsh", "The boy stabbed by Tom Reyes died aged 16" and "The widow of Karl Sorel died aged 84" give no age of
    the named; a ransom asked "of" 100 million and one "demanded" at 60 million are one demand told two ways, and two
    hotels' "extortionate" rates are none."""
    for name in ("r9_tennis_ages", "r9_court_denies", "r9_stabbed_by", "r9_widow_died"):
        assert not [c for c in told(name).conflicts if c.about.startswith("age of")], name
    assert [c.about for c in told("r9_ransom_split").conflicts] == ["ransom or demand"]
    assert not [c for c in told("r9_gouging").conflicts if c.about.startswith("ransom")]


def test_an_age_dated_before_the_name_or_sentences_sharing_only_the_court_are_no_conflict() -> None:
    """From the twelfth and thirteenth readings: "When he was charged with murder in December 2022, Tom Reyes, 41," is
    his age then; "Benson, 19, ..., the court heard" and "Kyle Benson, 21, ..., the Old Bailey heard" share only the
    telling."""
    for name in ("r12_age_timeshift", "r13_age_two_events"):
        assert not [c for c in told(name).conflicts if c.about.startswith("age of")], name


def test_a_figure_within_an_upper_bound_another_source_gives_agrees_with_it() -> None:
    def rainfall(share: int) -> list[Conflict]:
        return story(
            article("1", "Lessmark's capital began rationing water on Monday as reservoirs ran low after a dry spring.",
                    f"Rainfall in the region has been {share}% of normal since March, the weather service said."),
            article("2", "Water rationing began in Lessmark's capital on Monday after a dry spring.",
                    "The weather service said rainfall in the region had been less than 40% of normal since March."),
        ).conflicts

    assert rainfall(38) == []
    # Counter-examples: above the bound, or far below it (a reporter would have said "less than 30%"), they disagree.
    assert len(rainfall(45)) == 1 and len(rainfall(25)) == 1


def test_a_day_told_with_its_weekday_is_set_against_another_sources_day() -> None:
    def drought(second: str) -> list[Conflict]:
        return story(
            article("1", "Lorvik will ration water from next week as its reservoirs run dry after the driest spring on "
                         "record.",
                    "The city council said water to homes would be cut off overnight from Monday 7 July.",
                    "Hosepipes and sprinklers are banned, with fines of up to 500 crowns.",
                    "Hospitals and care homes are exempt from the cuts.",
                    "Farmers may still irrigate crops from their own wells.",
                    "The mayor urged residents to shower rather than bathe."),
            article("2", "Families in Lorvik face nightly water cuts as the drought deepens.", second,
                    "Anyone caught using a hosepipe faces a fine of up to 500 crowns.",
                    "The reservoir feeding the city is at its lowest level since 1976.",
                    "Swimming pools and fountains will be drained by the end of the week.",
                    "Forecasters expect no significant rain before September."),
        ).conflicts

    assert [c.about for c in drought("Homes will have their water cut off overnight from Tuesday, 8 July, the council "
                                     "said.")] == ["date"]
    # Counter-example: a weekday and a day of another thing ("voted on Tuesday, 8 July") is no day the cuts start.
    assert drought("The council voted on Tuesday, 8 July, to ration water, a spokesman said.") == []


def test_a_margin_is_no_tally_of_the_same_thing() -> None:
    from bot.event_loop import result_of
    from bot.settings import Settings
    from bot.sources import collect
    from bot.summary import summarize

    folder = Path(__file__).parent / "fixtures" / "invented" / "lusevia-election-hung-parliament" / "articles"
    conflicts = summarize(result_of(collect([str(folder)], Settings.from_env({}))).articles).conflicts
    # "falling 18 seats short of a majority" is no count of seats to set against "third with 14 seats".
    assert not any("seats short" in c.text for k in conflicts for c in k.claims)
    # Counter-example: the seats the parties won are still compared (60 against 58 for the same party).
    assert any(any("60 seats" in c.text for c in k.claims) and any("58 seats" in c.text for c in k.claims)
               for k in conflicts)


def test_a_chambers_tallies_a_few_votes_apart_are_one_vote_told_once_though_also_read_as_counts() -> None:
    # Hundreds of members: 163-148 and 163-151 count one vote, a miscounted tally, not two votes.
    [c] = conflicts(
        article("1", "The Lessby assembly on Thursday passed the pension law, voting 163 to 148 after a long debate."),
        article("2", "The Lessby assembly backed the pension law by 163 votes to 151 on Thursday."),
    )
    assert c.about == "vote" and sorted(x.sources for x in c.claims) == [["1"], ["2"]]
    # A tally read as a count of votes too is still one disagreement, shown as the vote citing every source.
    [c] = conflicts(
        article("1", "The Lessby assembly passed the phone ban on Tuesday, voting 98 to 37 to keep phones out."),
        article("2", "The Lessby phone ban was approved by 98 votes to 37 on Tuesday."),
        article("3", "The Lessby assembly approved the phone ban by 94 votes to 41 on Tuesday."),
    )
    assert c.about == "vote" and sorted(x.sources for x in c.claims) == [["1", "2"], ["3"]]


def test_police_and_organisers_counts_of_a_march_and_words_for_one_force_conflict() -> None:
    [c] = conflicts(
        article("1", "Police put the crowd at 38,000 at the Lessby pension march."),
        article("2", "A sea of 110,000 furious marchers joined the Lessby pension march, union organisers said."),
    )
    assert c.about == "crowd"
    [c] = conflicts(
        article("1", "A manhunt involving about 400 police officers is under way around Lessby."),
        article("2", "More than 650 cops and two helicopters have been thrown into the manhunt around Lessby."),
    )
    assert c.about.endswith("officers")


def test_a_claim_never_opens_on_the_verb_of_saying_its_subject_was_cut_from() -> None:
    [c] = conflicts(
        article("1", "The Lessby Hospitals Board, which runs the town's public hospitals, said 27,500 operations had "
                     "been postponed by the strike."),
        article("2", "The ministry admits 31,000 operations have already been postponed by the strike."),
    )
    assert all(not x.text.startswith(("Said", "Says", "Told")) for x in c.claims)
    assert any(x.text.startswith("The Lessby Hospitals Board") for x in c.claims)


def test_those_taken_to_hospital_told_in_words_or_figures_conflict_but_one_hospitals_share_does_not() -> None:
    [c] = conflicts(
        article("1", "Twelve people were taken to hospital after the crush at Lessby Park, the ambulance service "
                     "said."),
        article("2", "Seventeen were rushed to hospital after the crush at Lessby Park, a club source said."),
    )
    assert c.about == "in hospital"
    # One hospital's share of those taken is no count of them all.
    assert all(c.about != "in hospital" for c in conflicts(
        article("1", "After the Lessby tram crash, 20 were taken to St Anne's hospital and 31 to Lessby General "
                     "hospital."),
        article("2", "After the Lessby tram crash, 51 of the injured were taken to hospital.")))


def test_a_falls_height_told_differently_conflicts_but_other_heights_and_an_earlier_crash_do_not() -> None:
    found = conflicts(
        article("1", "Eleven people were killed when a bus left the Serra pass in Lessmark and fell about 80 metres "
                     "into a ravine, police said.",
                "In 2019, nine people died when a minibus left the road lower down, prompting new barriers."),
        article("2", "ELEVEN tourists died when their bus plunged 150 metres off a hairpin bend on the Serra pass.",
                "The pass climbs to 1,400 metres above sea level."),
        article("3", "The bus came to rest around 150 metres below the road, and eleven people were killed.",
                "The pass, which climbs to 1,380 metres, has a history of accidents."),
    )
    # One fall, two heights; neither the pass's height nor where the bus came to rest is a fall, and the
    # minibus's nine dead of 2019 are another crash's toll.
    assert [(c.about, sorted(cl.sources for cl in c.claims)) for c in found] == [("fall in metres", [["1"], ["2"]])]


def test_a_sum_said_to_be_stolen_told_differently_conflicts() -> None:
    [c] = conflicts(
        article("1", "A Lessby court approved the extradition of Tomas Orrel, accused of embezzling $410 million from "
                     "the state oil company."),
        article("2", "Tomas Orrel, wanted at home for the theft of $460 million from the state oil company, can be "
                     "extradited, a Lessby court ruled."),
    )
    assert c.about == "sum stolen" and sorted(cl.sources for cl in c.claims) == [["1"], ["2"]]


def test_two_things_falling_a_sum_recovered_and_a_later_clause_of_a_dated_sentence() -> None:
    assert not [c for c in conflicts(
        article("1", "Two people were killed when a tower crane collapsed onto an office block in Lessby on Thursday.",
                "The crane's jib fell about 50 metres onto the roof of the building, witnesses said."),
        article("2", "A scaffolder fell 20 metres from the neighbouring building as the crane struck it.",
                "Two people died and four were hurt, the fire service said."),
    ) if c.about.startswith("fall")]
    assert not conflicts(
        article("1", "Police have recovered 1.8 million euros of the cash stolen from a Lessby depot last month."),
        article("2", "Four men have been charged over the theft of 2 million euros from a Lessby depot."),
    )
    [toll] = conflicts(
        article("1", "In 2019, inspectors rated the Lessby bridge unsafe, but repairs were never carried out, and 14 "
                     "people died on Sunday when it gave way."),
        article("2", "Seventeen people died when the Lessby bridge gave way on Sunday, officials said."),
    )
    assert toll.about == "deaths"


def test_a_figure_compared_with_a_record_since_a_year_is_this_events() -> None:
    found = conflicts(
        article("1", "Reservoirs in Lessby shrank to just 38 per cent full after the driest spring since 1971, the "
                     "water company said."),
        article("2", "The water authority said reservoirs in Lessby were at 31 per cent of capacity, the driest in "
                     "decades."),
    )
    assert [c.about for c in found] == ["percent full"]


def test_each_partys_seats_told_two_ways_conflict_but_two_parties_seats_do_not() -> None:
    found = conflicts(
        article("1", "The populist Tarnish Front won 72 of the 180 seats in Sunday's election, the Electoral Board "
                     "said.",
                "Premier Ilse Varga's Civic Centre came second with 51 seats.",
                "Ms Varga's coalition partner, the Social Union, which won 29 seats, ruled out a deal.",
                "A party needs 91 seats for a majority.",
                "The Civic Centre and the Social Union together would have 80 seats."),
        article("2", "Anton Pell's Tarnish Front stormed to victory, winning 74 seats.",
                "The Civic Centre won 51 seats, and the Social Union slumped to 29.",
                "No party has the 91 seats needed to govern alone."),
        article("3", "The Tarnish Front took 72 of the 180 seats.", "Civic Centre was second with 51 seats.",
                "The Front won nine of the 12 seats in the Velm region."),
    )
    assert [(c.about, [cl.sources for cl in c.claims]) for c in found] == [("seats", [["1", "3"], ["2"]])]
    assert "72" in found[0].claims[0].text and "74" in found[0].claims[1].text


def test_a_count_acted_on_by_two_bodies_and_a_holders_stock_still_conflict() -> None:
    found = conflicts(
        article("1", "Rebels of the Harrow Front freed 37 hostages seized from a Lessby mine.",
                "Norvane Air grounded 14 of its 22 jets on Tuesday."),
        article("2", "Foreign minister Ana Ruiz secured the release of 41 hostages seized from a Lessby mine.",
                "The regulator's order has grounded 16 Norvane Air jets."),
    )
    assert sorted(c.about for c in found) == ["hostages", "jets"]
    assert not conflicts(article("1", "Norvane Air grounded 14 of its 22 jets on Tuesday."),
                         article("2", "Norvane Air has grounded 14 jets, the regulator said."))


def test_a_tally_with_one_sides_digits_swapped_and_a_turnout_compared_with_a_past_one_conflict() -> None:
    [vote] = conflicts(
        article("1", "The Lessby assembly voted 112 to 87 on Wednesday to legalise assisted dying."),
        article("2", "The Lessby assembly passed the assisted dying law by 112 votes to 78."),
    )
    assert vote.about == "vote"
    [turnout] = conflicts(
        article("1", "Turnout was 68.4%, well above the 61.2% recorded at the 2019 general election."),
        article("2", "Turnout was 64.8% at the general election, the commission said."),
    )
    assert turnout.about == "percent turnout"


def test_a_regions_turnout_is_no_side_of_the_countrys() -> None:
    assert not conflicts(
        article("1", "Turnout was 68.4% at the referendum on the customs union, the commission said."),
        article("2", "Voters in the Kesk region backed Leave on a turnout of 71.9 per cent at the referendum on the "
                     "customs union."),
    )


def test_one_holder_named_by_its_short_form_its_leader_or_beside_a_relative_clause_still_conflicts() -> None:
    """From the twenty-fourth reading: the holder is the story's actor, however named ("the PDU" is the Party of
    Democratic Unity), and a body among the names before a count holds it, not its leader named beside it."""
    found = conflicts(
        article("1", "The Party of Democratic Unity (PDU) won 112 seats in the 200-member National Assembly.",
                "The Civic Alliance, led by Prime Minister Tomas Brell, won 58 seats in the senate."),
        article("2", "The opposition PDU swept to power on Sunday, winning 118 seats in the National Assembly.",
                "The Civic Alliance won 56 seats in the senate, its worst result."),
    )
    told = [" || ".join(claim.text for claim in c.claims) for c in found]
    assert any("112" in t and "118" in t for t in told) and any("58" in t and "56" in t for t in told)
    [medals] = conflicts(
        article("1", "Norland, whose cross-country skier Anna Berg won three individual titles, finished with 14 gold "
                     "medals at the Lessby Games."),
        article("2", "Norland won 12 gold medals at the Lessby Games to Velmark's nine."),
    )
    assert medals.about == "gold medals"


def test_the_injured_who_needed_treatment_are_counted_but_those_held_of_all_aboard_and_an_amendments_vote_are_not(
) -> None:
    [injured] = conflicts(
        article("1", "Nine people were killed and 23 injured when a tourist bus plunged off a Lessby mountain road."),
        article("2", "The 17 injured needed hospital treatment after the Lessby mountain road crash, police said."),
    )
    assert injured.about == "injured"
    assert not conflicts(
        article("1", "The attackers held 12 of the 31 passengers overnight after letting women and children go."),
        article("2", "The gunmen freed 19 passengers on Tuesday evening, including all the women and children."),
    )
    assert not conflicts(
        article("1", "Lawmakers voted 241-198 to pass the Lessby pensions bill on Thursday."),
        article("2", "Deputies voted 241-219 against an opposition amendment to the Lessby pensions bill."),
    )


def test_arrests_at_a_protest_in_a_region_and_a_turnout_beside_a_region_named_after_it_still_conflict() -> None:
    [arrests] = conflicts(
        article("1", "Police arrested 43 people on Saturday when a protest against the closure of the Dravo steelworks "
                     "in the Kesk region turned violent."),
        article("2", "The interior ministry said 61 people had been arrested after the protest against the closure of "
                     "the Dravo steelworks."),
    )
    assert arrests.about == "arrests"
    [turnout] = conflicts(
        article("1", "Turnout was 64.8% at the referendum on the senate, the commission said."),
        article("2", "Turnout was 68.4% at the referendum on the senate, despite heavy snow that closed roads in the "
                     "Kesk region."),
    )
    assert turnout.about == "percent turnout"


def test_a_lead_opening_on_a_toll_in_words_of_those_it_names_counts_it_but_a_later_sentence_does_not() -> None:
    [toll] = conflicts(
        article("1", "Four skiers were killed on Saturday when an avalanche swept over a group near Lessby, police "
                     "said."),
        article("2", "FIVE skiers were killed today when a wall of snow smashed into a group near Lessby."),
    )
    assert toll.about == "deaths among skiers"
    assert not conflicts(
        article("1", "Four people were killed on Saturday when an avalanche swept over a group near Lessby.",
                "Two children died in the same valley last winter."),
        article("2", "An avalanche near Lessby killed four people on Saturday, police said."),
    )
    # Those a lead names may be some of the dead, and a lead may go on to one more.
    assert not conflicts(
        article("1", "Two pupils were killed when a school bus collided with a lorry near Lessby on Tuesday."),
        article("2", "Three people were killed when a lorry ploughed into a school bus near Lessby on Tuesday."),
    )
    assert not conflicts(
        article("1", "Three climbers died and a fourth was missing after an avalanche on Mount Lessby."),
        article("2", "Four climbers were killed by an avalanche on Mount Lessby on Wednesday."),
    )


def test_hours_of_community_service_people_evacuated_and_an_amount_paid_to_someone_conflict() -> None:
    found = conflicts(
        article("1", "Chef Dario Vell was ordered to do 200 hours of community service by the Lessby court.",
                "About 3,400 people were evacuated from Haddersby after the river burst its banks.",
                "He was also ordered to pay Reyl 4,500 florins in compensation for the Lessby attack."),
        article("2", "The Lessby court ordered chef Dario Vell to do 240 hours of community service.",
                "Up to 4,100 people have been evacuated from Haddersby after the river flooded, police said.",
                "Reyl will receive 5,000 florins in compensation for the Lessby attack."),
    )
    assert {c.about for c in found} == {"hours of community", "evacuated", "florins"}
    assert not conflicts(
        article("1", "Talks at the Lessby depot lasted 12 hours on Monday."),
        article("2", "Talks at the Lessby depot lasted 14 hours on Monday, the union said."),
    )


def test_a_water_levels_peak_and_all_aboard_told_differently_conflict_but_a_years_event_after_when_does_not() -> None:
    found = conflicts(
        article("1", "The River Dresk peaked at 6.2 metres at the Tolby gauge on Thursday, the council said, higher "
                     "than the 5.1 metres recorded in 1998.",
                "The operator said about 90 passengers had been on board the ferry.",
                "The flood is the worst in the valley since 2009, when six people were injured in Tolby."),
        article("2", "The River Dresk reached 5.8 metres at Tolby, the Environment Agency said, a level last seen in "
                     "1998.",
                "The ferry, which was carrying about 140 passengers, was moored at the quay when the water rose.",
                "Nine people were injured in Tolby on Thursday."),
    )
    # One river's peak and one ferry's load, each told two ways; the 5.1 metres of 1998 and the injured of 2009 are
    # another flood's, told after its year ("since 2009, when ...").
    assert sorted((c.about, sorted(cl.sources for cl in c.claims)) for c in found) == [
        ("passengers", [["1"], ["2"]]), ("water level in metres", [["1"], ["2"]])]


def test_a_figure_compared_after_up_on_is_not_dated_by_its_year_and_a_rival_figure_is_a_side_of_its_own() -> None:
    found = conflicts(
        article("1", "Turnout in the ballot was 63.4 per cent, well up on the 49 per cent who voted in 2019.",
                "The union said 18,000 workers had walked out.", "The company has put the figure at 11,500."),
        article("2", "Turnout in the 2019 ballot was 49 per cent.",
                "More than 18,000 workers walked out at the height of the strike, the union said."),
        article("3", "The union says 18,000 workers took part; the company puts the figure at 11,500."),
    )
    # The company's count stands against the union's, though the sources giving it give the union's first.
    assert [(c.about, sorted(cl.sources for cl in c.claims)) for c in found] == [
        ("workers", [["1", "2", "3"], ["1", "3"]])]


def test_those_trapped_are_one_count_and_two_vehicles_loads_or_a_years_event_going_on_are_not_one() -> None:
    found = conflicts(
        article("1", "The roof collapsed before dawn, trapping 11 workers, the fire service said.",
                "The Marra Star, which was carrying 212 passengers, struck the other vessel.",
                "It is the worst collapse since 2010, when a hall roof gave way, killing three people."),
        article("2", "The union said 14 people were trapped under the roof.",
                "The Kestrel Bay had 140 passengers on board when it was hit.",
                "Two people died in the collapse on Wednesday."),
    )
    assert [(c.about, sorted(cl.sources for cl in c.claims)) for c in found] == [("trapped", [["1"], ["2"]])]


def test_a_measures_start_told_in_two_months_on_one_day_conflicts_but_not_two_phases_one_source_gives() -> None:
    rest = ("The assembly voted 96 to 12 for the law on Wednesday.", "Cafe owners said they feared losing trade.",
            "Health groups welcomed the vote as overdue.", "Fines for smokers will be set at 150 crowns.")
    june = article("1", "Smoking will be banned on Lessby's beaches and in its parks from 1 June, officials said.",
                   *rest)
    july = article("2", "Smoking will be banned on beaches and in parks across Lessby from 1 July.", *rest)
    phases = article("3", "Smoking will be banned on Lessby's beaches from 1 June and in its parks from 1 July.",
                     *rest)
    told = conflicts(june, july)
    assert [(c.about, sorted(cl.sources for cl in c.claims)) for c in told] == [("date", [["1"], ["2"]])]
    assert conflicts(june, july, phases) == []  # a source giving both days tells two phases


def test_a_day_of_another_year_a_source_gives_is_not_the_day_it_disputes() -> None:
    rest = ("The assembly voted 96 to 12 for the law on Wednesday.", "Cafe owners said they feared losing trade.",
            "Health groups welcomed the vote as overdue.")
    january = article("1", "The law bans tobacco sales to anyone born on or after 1 January 2010.",
                      "The law takes effect on 1 January 2031.", *rest)
    march = article("2", "Shops may not sell tobacco to anyone born on or after 1 January 2010.",
                    "The law takes effect on 1 March 2031, according to the retailers' guidance.", *rest)
    disputed = conflicts(january, march)
    assert [(c.about, sorted(cl.sources for cl in c.claims)) for c in disputed] == [("date", [["1"], ["2"]])]
    # Two years' days are two things: this election's and the last one's (``fixtures/second_reading/r46_*``).
    assert told("r46_two_elections").conflicts == []


def test_a_source_giving_two_parties_figures_stands_on_both_sides_but_one_party_updating_its_toll_does_not() -> None:
    disputed = conflicts(
        article("1", "A cholera outbreak in the Semba region has killed 37 people, the ministry said on Thursday.",
                "The Doctors' Union says at least 46 people have died, counting deaths at home."),
        article("2", "Cholera has killed 37 people in the Semba region, according to the ministry."),
        article("3", "At least 46 people have died of cholera in Semba, the Doctors' Union said."),
    )
    assert [sorted(cl.sources for cl in c.claims) for c in disputed] == [[["1", "2"], ["1", "3"]]]
    updated = conflicts(
        article("1", "A cholera outbreak in the Semba region has killed 37 people, the ministry said on Thursday.",
                "Later on Thursday the ministry said 41 people had died."),
        article("2", "Cholera has killed 41 people in the Semba region, the ministry said."),
    )
    assert [sorted(cl.sources for cl in c.claims) for c in updated] == [[["1"], ["2"]]]


def test_the_twenty_eighth_reading_cases() -> None:
    """Two places' tolls each told by its own officials are no dispute; a rival figure in the sentence of the first
    count is one, though every source gives both; two phases naming two things before their days are no date
    conflict (``fixtures/second_reading/r28_*``)."""
    assert told("r28_storm_two_places").conflicts == []
    [c] = [c for c in told("r28_turnout_noschools").conflicts if c.about == "teachers"]
    assert [len(cl.sources) for cl in c.claims] == [2, 2]
    assert told("r28_clean_air").conflicts == []


def test_a_count_the_main_event_gives_is_the_storys_own_though_another_sentence_shares_no_word() -> None:
    lead = "Lessby's telecoms regulator on Tuesday ordered Acme Mobile to refund about 212,000 customers."
    rest = ("The regulator fined the operator 12 million crowns.", "Campaigners welcomed the decision.",
            "Acme said it would appeal against the fine.")
    found = conflicts(
        article("1", lead, *rest),
        article("2", lead, *rest),
        article("3", "Acme Mobile must pay back customers after the regulator ruled against it.",
                "But the firm insists only 180,000 customers were hit.", *rest),
    )
    assert [(c.about, sorted(cl.sources for cl in c.claims)) for c in found] == [("customers", [["1", "2"], ["3"]])]


def test_a_measure_written_before_the_noun_it_measures_weighs_that_thing_in_every_source() -> None:
    """"the 400-pound gorilla" and "a 450-pound gorilla" weigh one animal, though their sentences share no other word;
    a weight told of another noun ("a 450-pound crate") or as the sentence's verb ("weigh more than 400 pounds") is not
    set against it."""
    lead = "A bear escaped from the Lessby wildlife park on Sunday and was recaptured in a garden."
    [c] = conflicts(article("1", lead, "Keepers darted the 400-pound bear near the river at dusk."),
                    article("2", lead, "Children watched from a school window as a 450-pound (204-kg) bear crossed "
                                       "the playground."))
    assert sorted((x.sources, "450-pound" in x.text) for x in c.claims) == [(["1"], False), (["2"], True)]
    assert conflicts(article("1", lead, "Keepers darted the 400-pound bear near the river at dusk."),
                     article("2", lead, "Children watched as volunteers lifted a 450-pound crate into a van.")) == []


def test_a_tolls_floor_disagrees_with_a_count_past_half_its_last_place_and_a_rounding_agrees() -> None:
    """"At least 50 dead" is the count confirmed so far: another outlet's 59 is another toll. "More than 270 girls"
    rounds a known 276, and "at least 60,000 crowns" of refunds is an estimate's floor that 68,000 meets: no
    conflict."""
    toll = story(
        article("1", "A gunman killed at least 50 people and wounded over 400 at a music festival in Varn on Sunday."),
        article("2", "At least 59 people were killed and 527 injured in a mass shooting at a festival in Varn."),
        article("3", "The Varn gunman, who killed 59 people and injured hundreds more, had stockpiled weapons."),
    ).conflicts
    [deaths] = [c for c in toll if c.about == "deaths"]
    assert {"50", "59"} <= {n for i in deaths.claims for n in ("50", "59") if n in i.text}
    girls = story(
        article("1", "More than 270 girls were taken from their school in Lessby in April 2014."),
        article("2", "The abduction of the 276 girls from their school in Lessby in April 2014 caused outrage."),
    ).conflicts
    refunds = story(
        article("1", "The ferry strike would cost Varnline at least 60,000 crowns in refunds, the operator said."),
        article("2", "Refunds for the ferry strike will cost Varnline 68,000 crowns, the operator said."),
    ).conflicts
    assert girls == refunds == []


def test_one_things_clock_time_told_two_ways_conflicts_but_a_plan_a_witness_and_two_events_do_not() -> None:
    rest = ("A gas explosion destroyed a bakery in Lessby on Saturday, injuring four people.",
            "Firefighters searched the rubble for several hours.", "The bakery had been closed for the night.")
    early = article("1", "The fire brigade received the first call about the blast at 11:12 pm, a spokesman said.",
                    *rest)
    late = article("2", "Emergency services received reports of the blast at around 11.40pm local time.", *rest)
    told_times = conflicts(early, late)
    assert [(c.about, sorted(cl.sources for cl in c.claims)) for c in told_times] == [("time", [["1"], ["2"]])]
    both = article("3", "The brigade received a call at 11:12 pm and received reports of a second blast at 11.40pm.",
                   *rest)
    assert conflicts(early, late, both) == []  # a source giving both times tells two things
    planned = article("2", "Engineers were due to carry out a controlled blast at 11.40pm.", *rest)
    witness = article("2", "Neighbour Ana Dorr said: \"I heard the blast at around 11.40pm.\"", *rest)
    second = article("2", "Residents heard the second blast at 11.40pm.", *rest)
    race = article("2", "Race clocks near the blast read 2:23:40 as the night race's winner finished.", *rest)
    habit = article("2", "The brigade usually received its first calls at 11.40pm.", *rest)
    bound = article("2", "The brigade received calls about the blast until 11.40pm.", *rest)
    before = article("2", "Last month the brigade received a call about a blast at the bakery at 11.40pm.", *rest)
    zoned = article("2", "The fire brigade received the first call about the blast at 11.40pm UK time.", *rest)
    night_before = article("2", "The brigade received a call about the blast at 11.40pm the previous night.", *rest)
    for other in (planned, witness, second, race, habit, bound, before, zoned, night_before):
        assert conflicts(early, other) == [], other.paragraphs[0]
    ferry = article("1", "The ferry from the harbour arrived at 11:12 pm.", *rest)
    timetabled = article("2", "The ferry, timetabled to arrive at 11.40pm, was early.", *rest)
    tweeted = (article("1", "Mayor Ilse Varn tweeted at 11:12 pm that the bakery was empty.", *rest),
               article("2", "Mayor Ilse Varn tweeted at 11.40pm that the blast had been contained.", *rest))
    assert conflicts(ferry, timetabled) == [] and conflicts(*tweeted) == []  # a timetable; a statement's stamp
    engine = article("1", "The first fire engine pulled up at 11:12 pm.", *rest)
    ambulance = article("2", "The first ambulance drove off at 11.40pm.", *rest)
    assert conflicts(engine, ambulance) == []  # "first" is no subject they share
    called = article("1", "The bakery's owner called the fire brigade at 11:12 pm.", *rest)
    rescued = article("2", "The bakery's owner was rescued from the rubble at 11.40pm.", *rest)
    assert conflicts(called, rescued) == []  # two acts, not one told two ways


@pytest.mark.parametrize("name", ["r49b_flight", "r49b_quake", "r49b_fire", "r49b_stocks", "r49b_roadrace",
                                  "r49b_semifinal", "r49b_broadcast", "r49b_zones", "r49b_witnesses", "r49b_updates",
                                  "r49b_ferry", "r49c_mine", "r49c_rubble", "r49c_fuel", "r49c_arrests", "r49c_hearing",
                                  "r49c_tornado", "r49c_curfew", "r49c_protest", "r49c_diversion", "r49c_sluice",
                                  "r49e_collapse", "r49e_railname", "r49e_siege", "r49e_shelling", "r49e_cyclone",
                                  "r49e_motorway", "r49e_pileup", "r49e_market"])
def test_two_things_times_a_timetable_a_reading_and_two_zones_are_no_time_conflict(name: str) -> None:
    """From the readings of dee8f9d and 7c5f228 (``fixtures/second_reading/r49b_*``, ``r49c_*``): a take-off and a
    landing, a quake and its aftershock, a fire reported and brought under control, two share prices, two race
    times, two kick-offs, two airings, one instant in two zones, two witnesses, two statements of a toll, a timetable
    and a late departure; miners reached and miners lifted, a girl and a man pulled from the rubble, fuel prices
    written like times, a man arrested and charged, a hearing begun and adjourned, a warning issued and cancelled, a
    curfew declared and in force, two days' protests, one instant in "UK time", an account since withdrawn; a collapse
    "after a gas explosion at 6:10 a.m.", "the 6:52 a.m. service", a gunman who entered and surrendered, shelling "from
    2 to 2:45 a.m.", a cyclone hitting two towns, two carriageways reopened, a first collision and a first ambulance."""
    assert not [c for c in told(name).conflicts if c.about == "time"]


@pytest.mark.parametrize("name", ["r49b_tunnel", "r49b_buscrash", "r49b_derail", "r49b_shooting", "r49b_threetimes",
                                  "r49c_bridge", "r49e_storm"])
def test_outlets_telling_one_events_time_differently_conflict(name: str) -> None:
    """From the same readings: a roof that "caved in at 2:15 p.m." and "collapsed at around 2:50 p.m.", a bus that
    "plunged into the ravine at about 5:40 a.m." and "went off the road at around 6:15 a.m.", a landslide at three times
    by three outlets, a bridge that "collapsed at 17:45 local time" and "at about 5:10 p.m."."""
    [time] = [c for c in told(name).conflicts if c.about == "time"]
    assert len(time.claims) >= 2 and all(len(claim.sources) == 1 for claim in time.claims)


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="needs ../shared/eval/giveme5w1h/clusters")
def test_real_outlets_disagree_on_when_a_crash_was_reported_not_on_when_a_missile_flew_and_landed() -> None:
    """Real articles of the 383 feed: "the first alert was received at 12:13 pm" against "Officials received reports
    of the crash around 12:20 p.m." is one time told two ways; a missile that "flew over Hokkaido ... at around 07:06
    am" and "landed ... at around 7:16 am" is two."""
    def times(story_name: str) -> list[Conflict]:
        return [c for s in heldout_briefing(story_name).stories for c in s.conflicts if c.about == "time"]
    assert len(times("costa-rica-plane-crash")) == 1
    assert times("north-korea-missile-over-hokkaido") == []
