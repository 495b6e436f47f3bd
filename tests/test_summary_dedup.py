"""Near-duplicate grouping: copies merge, statements differing in a fact never do, cost stays blocked."""

from __future__ import annotations

import pytest

from bot.summary.dedup import candidate_pairs, fullest, group_duplicates
from bot.summary.similarity import content_set

QUOTE = ("The president recently directed his team to ensure that Ukraine is able to use US-supplied weapons "
         "for counter-fire purposes in the Kharkiv region")


def groups_of(*texts: str) -> list[list[int]]:
    return sorted(group_duplicates(list(texts))[0])


def test_copies_with_other_punctuation_quotes_and_hyphens_merge() -> None:
    copy = QUOTE.replace("counter-fire", "counterfire").replace("US-supplied", "US supplied") + "."
    assert groups_of(QUOTE, "\u201c" + copy + "\u201d", "Prices rose sharply in early trading on Monday.") == [
        [0, 1], [2]]


def test_a_dropped_phrase_or_another_lead_in_still_merges() -> None:
    shorter = QUOTE.replace(" recently", "").replace(" in the Kharkiv region", "")
    lead_in = "A US official said on Thursday: " + QUOTE
    assert groups_of(QUOTE, shorter, lead_in) == [[0, 1, 2]]


def test_statements_differing_in_a_number_name_or_negation_stay_apart() -> None:
    a = "The quake killed at least 47 people in the province, the agency said."
    assert groups_of(a, a.replace("47", "52")) == [[0], [1]]
    b = "Veldonia will hesitate to take proportionate counter-measures against Kestria."
    assert groups_of(b, b.replace("will hesitate", "will not hesitate")) == [[0], [1]]


def test_one_time_of_day_written_the_british_or_the_american_way_is_one_fact() -> None:
    """ "5:10 a.m." and "5.10am" are one time (copies merge); another time, or a share written with a dot, is not."""
    us = "Firefighters removed one person from the Lessby side of the tunnel after the crash around 5:10 a.m."
    assert groups_of(us, us.replace("5:10 a.m.", "5.10am"), us.replace("5:10 a.m.", "6:10am")) == [[0, 1], [2]]
    assert groups_of(us, us.replace("5:10 a.m.", "05:10"), us.replace("5:10 a.m.", "17:10"),
                     us.replace("5:10 a.m.", "5:10 p.m.")) == [[0, 1], [2, 3]]
    share = "The harbour's fees rose by 5.10 per cent in the year to March, the port authority said."
    assert groups_of(share, share.replace("5.10", "5:10")) == [[0], [1]]


def test_merges_never_chain_two_different_numbers_through_a_third() -> None:
    a = "Officials said the earthquake killed 47 people in Caddon province on Saturday morning."
    b = "Officials said the earthquake killed people in Caddon province on Saturday morning."
    c = "Officials said the earthquake killed 63 people in Caddon province on Saturday morning."
    groups = groups_of(a, b, c)
    assert [0, 2] not in groups and not any({0, 2} <= set(g) for g in groups)


def test_only_texts_sharing_a_rare_word_are_compared() -> None:
    texts = [f"Sentence number {i} mentions token{i} and nothing shared with the others." for i in range(200)]
    texts += ["The ban on scandium exports starts in April.", "The scandium export ban starts in April."]
    pairs = candidate_pairs([content_set(t) for t in texts])
    assert (200, 201) in pairs
    assert len(pairs) < 400  # not all 20,000 pairs


def test_the_most_complete_wording_is_shown() -> None:
    variants = ["Kestria's trading partners", "Kestria's closest trading partners", "Kestria's trading partners"]
    assert fullest(variants) == 1


def test_a_quote_repeated_with_small_differences_is_shown_once_citing_every_carrier() -> None:
    from tests.summary_helpers import article, story

    quote = "We will not let the U.S. decide what our harbours may trade, and we never will"
    s = story(
        article("1", "Kestria rejected the sanctions on Monday.", f"\u201c{quote},\u201d Minister Ilsa Varn said."),
        article("2", "Kestria rejected the new sanctions.",
                f'"{quote.replace("U.S.", "US")}," Minister Ilsa Varn said on Monday.'),
        article("3", "Sanctions were rejected by Kestria.",
                f"Minister Ilsa Varn said: \u201c{quote.removesuffix(', and we never will')}.\u201d"),
    )
    carrying = [r for r in s.reactions if "decide what our harbours may trade" in r.text]
    assert len(carrying) == 1 and carrying[0].sources == ["1", "2", "3"]


def test_a_source_quoting_the_same_words_carries_the_quotation_whatever_it_says_around_them() -> None:
    from bot.summary.dedup import Carriers

    carriers = Carriers([
        ("1", "Varn called the tariff \u201cour best and final answer\u201d to the port blockade."),
        ("2", "The minister said the figure was \u2018best and final,\u2019 according to a statement."),
        ("3", "In a long speech, Varn said \u201cthe harbours will stay open to every ship that pays\u201d, "
              "then left."),
        ("4", "Ships that pays their dues will be welcome, the harbours will stay open, officials said."),
        ("5", "She spoke of \u201cthe United Nations\u201d twice and of \u201cone of the\u201d options."),
    ])
    # A short quotation that stands whole in the shown one, or five quoted words in a row.
    assert carriers.of("Kestria's offer is its \u201cbest and final\u201d, Varn said.") == {"1", "2"}
    assert carriers.of("The harbours will stay open to every ship that pays, and always will", quoted=True) == {"3"}
    # Counter-examples: the same words outside quotation marks, a quoted name, a run of small words.
    assert carriers.of("They stay open: \u201cthe harbours will stay open\u201d") == {"3"}
    assert carriers.of("He named \u201cthe United Nations\u201d and \u201cone of the\u201d ideas.") == set()


def test_a_label_quoted_in_the_reporters_words_is_no_part_of_a_speakers_quotation() -> None:
    from tests.summary_helpers import article, story

    s = story(
        article("1", "A Lessby police officer has been dismissed for leaking details of an inquiry to a reporter.",
                "His lawyer, Kaspar Lind, said the process had been unfair. \u201cMy client should never have faced "
                "gross misconduct charges over one phone call,\u201d Lind said."),
        article("2", "A Lessby police officer was sacked on Thursday after a panel upheld \u201cgross misconduct "
                     "charges\u201d against him.",
                "Chief constable Marta Everin said the force would not tolerate leaks."),
    )
    # The second outlet quotes a charge's name, not the lawyer: it does not carry his quotation. A fragment saying
    # something ("best and final") still may.
    [lind] = [r for r in s.reactions if r.speaker == "Kaspar Lind"]
    assert lind.sources == ["1"]


def test_quotations_are_found_in_double_single_and_curly_marks_but_not_in_apostrophes() -> None:
    from bot.summary.dedup import quotations

    assert quotations("\u201cWe stay,\u201d she said. 'It doesn't matter,' he added. \"Open\" now") == [
        "We stay,", "It doesn't matter,", "Open"]
    assert quotations("The players' union and the '90s rules stay, the owners' lawyer said.") == []


def test_a_sentence_telling_the_same_fact_in_other_words_cites_its_source() -> None:
    from bot.summary.dedup import Paraphrases

    paraphrases = Paraphrases([
        ("1", "This year, walkers will be able to rest in a warming hut staffed by the Orvessa Mountain Rescue."),
        ("2", "Walkers on the ridge can also reach a shelter staffed by the Orvessa Mountain Rescue this year."),
        ("3", "The ridge trail reopens on Saturday after the winter closure, the park said."),
        ("4", "The ridge trail reopens for walkers on Saturday."),
        ("5", "The ridge trail was closed in 2021 after a rockfall."),
        ("6", "No hut will be staffed by the Orvessa Mountain Rescue this year, the park said."),
        ("7", "Last year 40 walkers were rescued on the ridge trail."),
    ])
    shown = "This year walkers will be able to rest in a warming hut staffed by the Orvessa Mountain Rescue."
    # Counter-examples: the same words denied (6), other figures (7), the refrain with little else shared (3-5).
    assert paraphrases.of(shown) == {"1", "2"}
    assert paraphrases.of("The ridge trail reopens on Saturday after the winter closure.") == {"3", "4"}
    assert paraphrases.of("About 60 walkers were rescued on the ridge trail last year.") == set()  # not 40
    assert paraphrases.of("Last year 40 walkers were rescued on the ridge trail, 12 of them at night.") == set()


def test_a_speakers_statement_reported_in_other_words_is_cited_where_the_speaker_opens_the_report() -> None:
    from bot.summary.dedup import Paraphrases, named_in

    paraphrases = Paraphrases([
        ("1", "Acme said its board would review the proposal to decide the best course for shareholders."),
        ("2", "Acme responded that its board of directors would review the latest bid, and declined to comment."),
        ("3", "The Borvik Gazette reported on Monday that Acme's board would review the bid next week."),
        ("4", "Acme said the bid undervalued the company."),
        ("5", "Rival Borvik said on Monday that its bid for Acme stood."),
    ])
    shown = "Acme said its board would review the proposal to decide the best course for shareholders."
    # Counter-examples: another's report naming the speaker further in (3); another statement of the speaker (4).
    assert paraphrases.of(shown, "Acme Inc") == {"1", "2"}
    assert paraphrases.of(shown) == {"1"}
    assert named_in("Acme Inc", "The bid is too low, Acme said.") and not named_in("Acme Inc", "Borvik said so.")


def test_one_speakers_statement_reported_in_other_words_by_several_outlets_is_one_reaction() -> None:
    from tests.summary_helpers import article, story

    s = story(
        article("1", "Borvik Group offered $9 billion for Acme Corp on Monday, its second approach this year.",
                "Acme Corp said its board would review the proposal to determine the best course for shareholders.",
                "Acme Corp said the offer was unsolicited and undervalued the company by a wide margin."),
        article("2", "Borvik Group made a $9 billion offer for Acme Corp on Monday.",
                "Acme Corp said it had received the revised proposal and would review the offer before responding."),
        article("3", "Borvik Group bid $9 billion for rival Acme Corp on Monday.",
                "Acme Corp responded that its board of directors would review the latest offer, and declined to "
                "comment further."),
    )
    reviewing = [r for r in s.reactions if "would review" in r.text]
    assert len(reviewing) == 1 and reviewing[0].sources == ["1", "2", "3"]
    assert not any("undervalued" in r.text and r.sources != ["1"] for r in s.reactions)


def test_a_quotation_running_over_paragraphs_stays_its_speakers_and_is_cited_by_every_outlet_repeating_it() -> None:
    from tests.summary_helpers import article, story

    s = story(
        article("1", "The harbour pier in Lessby will reopen in May after two years of repairs, the town council said.",
                "\u201cThe pier will reopen in spring,\u201d Mayor Tomas Reyl said on Monday. \u201cWe have the money "
                "and the crews for it.",
                "\u201cIt is guaranteed to be busy, one way or another. Nobody will be bored on the quay this "
                "summer.\u201d"),
        article("2", "Lessby's harbour pier reopens in May, the council said on Monday.",
                "Reyl earlier posted: \u2018Pier works start next week. Guaranteed to be busy, one way or "
                "another.\u2019"),
        article("3", "The Lessby pier reopens in May after repairs, councillors said.",
                "\u201cThe pier will reopen in spring,\u201d Mayor Tomas Reyl said.",
                "\u201cNobody asked the fishermen what they think of it.\u201d"),
    )
    busy = [r for r in s.reactions if "guaranteed to be busy, one way or another" in r.text]
    assert len(busy) == 1 and busy[0].speaker == "Tomas Reyl" and busy[0].sources == ["1", "2"]
    # Counter-example: after a closed quotation, an unattributed one is not given to its speaker.
    assert not any("Nobody asked" in r.text for r in s.reactions)


def test_every_quotation_of_a_speaker_that_two_outlets_repeat_is_shown_up_to_four() -> None:
    from tests.summary_helpers import article, story

    said = ["The pier will reopen in spring after two long years of repairs",
            "We found the money for it without raising a single local tax",
            "The crews will work through the winter nights to finish on time",
            "Fishermen will get their moorings back before the summer season starts",
            "Tourists should wait until the new cafe opens on the quay in June"]
    s = story(*(article(str(n), "The Lessby harbour pier reopens in May after repairs, the council said.",
                        *(f"\u201c{q},\u201d Mayor Tomas Reyl said." for q in pair))
                for n, pair in enumerate([said[:2], said[:2], said[2:4], said[2:4], said[4:]], start=1)))
    shown = [r for r in s.reactions if r.speaker == "Tomas Reyl"]
    assert sorted(len(r.sources) for r in shown) == [2, 2, 2, 2]


def test_a_report_giving_a_figure_the_shown_one_lacks_is_another_statement() -> None:
    from bot.summary.dedup import Paraphrases

    paraphrases = Paraphrases([
        ("1", "Acme said its board would review the proposal to decide the best course for shareholders."),
        ("2", "Acme responded that its board of three directors would review the latest bid, and declined to comment."),
        ("3", "Acme responded that its board of directors would review the latest bid, and declined to comment."),
        ("4", "Shares of Borvik rose on Tuesday."),
    ])
    shown = "Acme said its board would review the proposal to decide the best course for shareholders."
    assert paraphrases.of(shown, "Acme Inc") == {"1", "3"}


def test_reports_merge_only_where_each_names_its_speaker_as_a_report_does() -> None:
    from bot.summary import _one_per_report
    from bot.summary.dedup import Paraphrases
    from bot.summary.quotes import Speaker
    from bot.summary.reactions import Said

    texts = [("1", "Acme said its board would review the proposal before the vote."),
             ("2", "Acme responded that its board of directors would review the latest bid."),
             ("3", "Analysts at the Borvik Bank office in Lessby believe Acme's board would review the offer."),
             ("4", "Shares of Zeta rose on Tuesday.")]
    acme = Speaker("Acme Inc", 0)
    said = [Said(acme, text, False, [source], [(source, text)], {n}) for n, (source, text) in enumerate(texts[:3])]
    kept = _one_per_report(said, Paraphrases(texts), sorted)
    # The third names Acme further in: another's words given to Acme by a wrong attribution, left apart.
    assert [(s.text[:4], s.sources) for s in kept] == [("Acme", ["1", "2"]), ("Anal", ["3"])]


def test_a_run_that_more_than_max_block_sentences_hold_opens_no_comparison() -> None:
    from bot.summary.dedup import MAX_BLOCK, Paraphrases

    others = [(f"x{n}", f"Market stalls on street {n} sold bread and fish all morning.") for n in range(20 * MAX_BLOCK)]
    tent = [(str(n), "Volunteers staffed the aid tent near the gate all night.") for n in range(MAX_BLOCK + 1)]
    shown = "Volunteers staffed the aid tent near the gate on the night."
    # Neither rare nor the refrain of most sources, the run is telling: a few holders are compared ...
    assert Paraphrases(tent[:3] + others).of(shown) == {"0", "1", "2"}
    # ... but one that more than MAX_BLOCK sentences hold is a phrase of the story, compared with nothing.
    assert Paraphrases(tent + others).of(shown) == set()


def test_a_sentence_two_cuts_of_one_statement_share_is_shown_once() -> None:
    from tests.summary_helpers import article, story

    opening = "Inflation is falling, but it is not falling nearly fast enough for families"
    s = story(
        article("1", "The Harbour Bank of Lessmark raised its main interest rate to 6.25 percent on Thursday.",
                f"\u201c{opening}, and we will not stop until the job is done,\u201d Governor Ilse Brandvik told "
                "reporters."),
        article("2", "Lessmark's central bank lifted rates to 6.25 percent, its fifth rise this year.",
                f"\u201c{opening},\u201d Governor Ilse Brandvik told reporters at the bank.",
                "\u201cWe will not stop until the job is done. If that means rates stay higher for longer than some "
                "would like, that is a price worth paying to protect everyone\u2019s wages.\u201d"),
        article("3", "Rates rose again to 6.25 percent on Thursday in Lessmark.",
                'A stony-faced Brandvik told a packed press conference that "we will not stop until the job is done".'),
    )
    shown = [r.text for r in s.reactions if r.speaker == "Ilse Brandvik"]
    assert len(shown) >= 1 and sum("will not stop until the job is done" in t.casefold() for t in shown) == 1
    rest = [r for r in s.reactions if "price worth paying" in r.text]
    assert all(r.sources == ["2"] and "job is done" not in r.text for r in rest)
    # Counter-example: a short sentence opening a longer one ("Three times I asked." and "Three times I asked for the
    # money.") is not that sentence, and both quotations stay whole.
    t = story(
        article("1", "A landslide buried six homes in Ostravel on Sunday, the regional authority said.",
                "\u201cThree times I asked. Three times they said next year,\u201d said Mayor Pavo Lukin."),
        article("2", "Six homes were buried by a landslide in Ostravel, officials said.",
                "\u201cThree times I asked for the money. Three times they told me next year,\u201d said Mayor Pavo "
                "Lukin."),
    )
    assert all(r.text.startswith("Three times I asked") for r in t.reactions if r.speaker == "Pavo Lukin")


def test_an_outlet_printing_one_sentence_of_a_quotation_whole_cites_it() -> None:
    from tests.summary_helpers import article, story

    lead = "At least 43 people were hurt in a crush outside Kelsby Park before the cup semi-final on Saturday."
    quote = ("\u201cOur thoughts are with every supporter who was hurt today and with their families. Nobody should "
             "come to a football match and leave in an ambulance,\u201d club chief executive Dana Whitlow said.")
    s = story(
        article("1", lead, quote),
        article("2", "Forty-three fans were injured in a crush at Kelsby Park on Saturday.", quote),
        article("3", "A crush at Kelsby Park injured 43 people before Saturday's semi-final, the ambulance service "
                     "said.",
                "The stadium's safety officer has been suspended pending an inquiry.",
                "Club chief executive Dana Whitlow said nobody should come to a football match and leave in an "
                "ambulance, and promised that the club would cooperate fully with the inquiry into the stewarding."),
        article("4", "Dozens were hurt at Kelsby Park on Saturday, the ambulance service said.",
                "Club chief executive Dana Whitlow said the club's thoughts were with every fan who was hurt."),
    )
    shown = next(r for r in s.reactions if "football match" in r.text)
    # Counter-example: outlet 4 tells the first sentence in other words, not whole: it is no carrier of the quotation.
    assert shown.sources == ["1", "2", "3"]


def test_a_quotation_printed_with_a_contraction_is_the_same_words() -> None:
    from tests.summary_helpers import article, story

    lead = "Lessmark's parliament voted to ban disposable vapes from January by 118 votes to 37."
    s = story(
        article("1", lead, "\u201cDisposable vapes were designed to be cheap and thrown away, and they have hooked a "
                           "generation of children,\u201d Health Minister Wenda Clair told the chamber."),
        article("2", "MPs have banned throwaway vapes.", "\u201cThey've hooked a generation of children,\u201d Health "
                "Minister Wenda Clair told parliament."),
        article("3", lead, "\u201cDisposable vapes were designed to be cheap and thrown away, and they have hooked a "
                           "generation of children,\u201d Clair said."),
    )
    hooked = [r for r in s.reactions if "hooked a generation" in r.text]
    assert len(hooked) == 1 and hooked[0].sources == ["1", "2", "3"]
    # Counter-example: "'s" may be "is", "has" or a possessive, and is left as it is written.
    from bot.summary.normalization import fold
    assert fold("It\u2019s the boy\u2019s") == "it's the boy's"


def test_a_quotation_one_outlet_opens_with_more_words_is_shown_from_the_sentence_both_print() -> None:
    from tests.summary_helpers import article, story

    lead = "Lessmark will ban night ferries on the Kelsby crossing from March 1, the transport minister said."
    s = story(
        article("1", lead, "Captain Ilse Varga, head of the ferry pilots' guild, said crews were already stretched.",
                "\u201cIf the harbour board is right, we are talking about 150 extra crossings a day. Pilots are not "
                "a conveyor belt,\u201d she said."),
        article("2", "Night ferries on the Kelsby crossing will stop from March 1.",
                "\u201cPilots are not a conveyor belt. We cannot sail hundreds of extra trips on top of our normal "
                "work,\u201d said Captain Ilse Varga, head of the ferry pilots' guild."),
    )
    [shown] = [r for r in s.reactions if "conveyor belt" in r.text]
    # Every source cited prints what is shown; outlet 1's own opening stands in outlet 1 alone.
    assert shown.text.startswith("Pilots are not a conveyor belt") and shown.sources == ["1", "2"]


def test_a_quotation_keeps_its_opening_where_another_outlet_prints_it_with_a_word_cut() -> None:
    from tests.summary_helpers import article, story

    lead = "Lessmark will ban night ferries on the Kelsby crossing from March 1, the transport minister said."
    s = story(
        article("1", lead, "\u201cThe tears you see are tears of relief and of pride. I will miss the crews. I will "
                "miss the night crossings,\u201d said Captain Ilse Varga, head of the ferry pilots' guild."),
        article("2", "Night ferries on the Kelsby crossing will stop from March 1.",
                "\u201cThe tears you see are tears of relief, of pride. I will miss the crews,\u201d Captain Ilse "
                "Varga, head of the ferry pilots' guild, said."),
    )
    [shown] = [r for r in s.reactions if "miss the crews" in r.text]
    # Both outlets open the quotation on the tears, one with a word cut: the shown quotation opens there too.
    assert shown.text.startswith("The tears you see are tears of relief") and shown.sources == ["1", "2"]


@pytest.mark.parametrize(("mine", "theirs"), [
    # Another remark sharing a stock phrase, and the same sentence with its negation or its figure changed: the
    # other outlet prints no opening of this quotation.
    ("We will do everything in our power to rebuild the Orlek bridge before the spring thaw.",
     "We will do everything in our power to find the two people still missing tonight."),
    ("The Orlek plant will not reopen before the end of the year, whatever the ministry says.",
     "The Orlek plant will reopen before the end of the year, whatever the ministry says."),
    ("We lost fourteen pylons on the Orlek line in a single night of ice.",
     "We lost forty pylons on the Orlek line in a single night of ice."),
])
def test_a_quotation_opens_on_the_shared_sentence_where_the_other_outlet_prints_another_opening(
        mine: str, theirs: str) -> None:
    from tests.summary_helpers import article, story

    shared = "Nobody in this valley has seen a winter like it."
    s = story(
        article("1", "Storms have cut power to the Orlek valley for a third day, the grid operator said.",
                f"\u201c{mine} {shared} We are working around the clock,\u201d said Mara Vell, who heads the grid."),
        article("2", "The Orlek valley is without power for a third day after storms.",
                f"\u201c{theirs} {shared}\u201d Mara Vell, who heads the grid, said."),
    )
    [shown] = [r for r in s.reactions if "winter like it" in r.text]
    assert shown.text.startswith(shared) and shown.sources == ["1", "2"]


def test_a_quotation_keeps_its_opening_where_the_shared_sentence_leans_on_it_or_a_title_has_a_dot() -> None:
    from tests.summary_helpers import article, story

    lead = "Lessmark will scrap fuel subsidies by January, the finance minister said on Tuesday."
    s = story(
        article("1", lead, "\u201cThese subsidies cost us more than schools. They mostly help the rich,\u201d "
                           "Finance Minister Ilse Varga said.",
                "\u201cWe warned the board for years. St. Jude's unit was never ready for this,\u201d union official "
                "Tom Reyes said."),
        article("2", "Fuel subsidies in Lessmark will go by January.",
                "\u201cThey mostly help the rich,\u201d said Finance Minister Ilse Varga.",
                "\u201cSt. Jude's unit was never ready for this,\u201d union official Tom Reyes said."),
    )
    [rich] = [r for r in s.reactions if "help the rich" in r.text]
    [unit] = [r for r in s.reactions if "never ready" in r.text]
    # "They" needs the subsidies named before it; "St." ends no sentence, so "Jude's unit ..." is no sentence either.
    assert rich.text.startswith("These subsidies") and unit.text.startswith(("We warned", "St. Jude"))


def test_one_speakers_two_quotations_sharing_a_clause_word_for_word_are_shown_once() -> None:
    from tests.summary_helpers import article, story

    lead = "Lessmark's energy regulator will cap household bills at 1,742 crowns from October 1."
    s = story(
        article("1", lead, "\u201cThis cap is a sticking plaster on a broken system. A bill of 1,700 crowns is "
                           "still out of reach for a pensioner,\u201d said Ana Ruiz of the charity Warm Homes."),
        article("2", lead, "\u201cIt's a sticking plaster on a broken system. Millions will still choose between "
                           "heating and eating,\u201d said Ana Ruiz, director of Warm Homes."),
    )
    assert len([r for r in s.reactions if "sticking plaster" in r.text]) == 1
