"""Sentences and folding: what makes two copies of a sentence the same wording."""

from __future__ import annotations

from bot.summary.normalization import _WORD, facts_of, fold, words
from bot.text.sentences import quotations_paired, split_sentences
from tests.summary_helpers import article, story, texts
from tests.test_summary_story import LEADS


def test_sentences_split_at_full_stops_and_closing_quotes() -> None:
    text = 'The ban starts in April. "We will retaliate," she said. Prices rose.'
    assert split_sentences(text) == ["The ban starts in April.", '"We will retaliate," she said.', "Prices rose."]


def test_a_quotations_own_stop_ends_no_sentence_before_the_reporters_frame_of_it() -> None:
    # The frame after a question or exclamation names who asked; a clause with its own content starts anew.
    text = ("\u201cWho will pay for the new quay?\u201d Reyes asked. \u201cNobody knows.\u201d "
            "Lessby called the plan \u201creckless.\u201d Norvania insisted that the port stay open.")
    assert split_sentences(text) == ["\u201cWho will pay for the new quay?\u201d Reyes asked.",
                                     "\u201cNobody knows.\u201d", "Lessby called the plan \u201creckless.\u201d",
                                     "Norvania insisted that the port stay open."]


def test_abbreviations_initials_and_decimals_do_not_end_a_sentence() -> None:
    text = "Mr. Havrek met U.S. officials at 4 a.m. on Monday. The quake measured 6.4 and J. Smith left."
    assert split_sentences(text) == ["Mr. Havrek met U.S. officials at 4 a.m. on Monday.",
                                     "The quake measured 6.4 and J. Smith left."]


def test_two_sentences_a_scrape_ran_together_are_split_but_addresses_and_dotted_letters_are_not() -> None:
    text = ("The crew tested the water on board for the first time.The results came back within an hour. "
            "Readers can see https://www.LessbyPost.com for the video or e.g.The Harbour Post. Tom Reyes met "
            "U.S.Navy officers and Ana.Ruiz left.")
    assert split_sentences(text) == ["The crew tested the water on board for the first time.",
                                     "The results came back within an hour.",
                                     "Readers can see https://www.LessbyPost.com for the video or e.g.The Harbour "
                                     "Post.", "Tom Reyes met U.S.Navy officers and Ana.Ruiz left."]


def test_a_title_abbreviation_ends_no_sentence_and_no_ends_one_unless_a_number_follows() -> None:
    # "Del." (a delegate) before a name is no stop; "no." is "number" only before a digit.
    text = ("State Del. Ana Ruiz asked for a vote. Tom Reyes said no. Sen. Ada Moss agreed. "
            "It ranked No. 1 in Norvania. Lt. Gen. Ada Moss left. Acme moved to Dover, Del. Ana Ruiz stayed. "
            "Dels. Ana Ruiz and Tom Reyes voted no.")
    assert split_sentences(text) == ["State Del. Ana Ruiz asked for a vote.", "Tom Reyes said no.",
                                     "Sen. Ada Moss agreed.", "It ranked No. 1 in Norvania.", "Lt. Gen. Ada Moss left.",
                                     "Acme moved to Dover, Del.", "Ana Ruiz stayed.",  # after a comma, the state
                                     "Dels. Ana Ruiz and Tom Reyes voted no."]


def test_folding_removes_quote_dash_hyphen_and_contraction_differences() -> None:
    assert fold("\u201cCounter-fire\u201d \u2013 don\u2019t") == fold('"counterfire" - do not')
    assert fold("\u0160olvang") == fold("Solvang")


def test_folding_keeps_words_and_numbers_apart() -> None:
    assert fold("47 dead") != fold("63 dead")
    assert fold("will not hesitate") != fold("will hesitate")


def test_words_of_an_ascii_text_are_found_as_the_regex_finds_them() -> None:
    texts = ["The U.S. Navy's e-mail (seen by us) said: \"Don't\" \u2014 over_the\ttop...end",
             "Caf\u00e9 owners, \u0141\u00f3d\u017a residents", "Rates rose 6.4% to 61,500 on May 3",
             "no.5 and 3.x", "3,000,000.5 a1b2 2.,5 x_9", "tabs\x00and\x1fcontrols"]
    for text in texts:
        assert words(text) == tuple(_WORD.findall(fold(text))), text
    assert words("Don't stop_now, U.S.-backed") == ("do", "not", "stop", "now", "us", "backed")


def test_a_plain_text_gets_the_same_words_from_the_re_twin() -> None:
    from bot.rules.twins import PLAIN_BLOCKS, is_plain
    from bot.summary.normalization import _PLAIN_WORD

    # Every plain character where a word or a number can start, go on or end.
    contexts = ("{c}", "a{c}b", "1{c}2", "3,{c}", "4.{c}5", "{c}.6", "x {c}y", "{c},7,8")
    text = " ".join(form.format(c=c) for block in PLAIN_BLOCKS for c in block for form in contexts)
    assert is_plain(text)
    assert _PLAIN_WORD.findall(text) == _WORD.findall(text)
    assert words("Łódź 61,500 αβγ 2.5") == tuple(_WORD.findall(fold("Łódź 61,500 αβγ 2.5")))


def test_durations_compare_in_hours_so_72_hours_is_three_days() -> None:
    assert facts_of("the next 72 hours will decide").compatible(facts_of("the next three days will decide"))
    assert not facts_of("the next 72 hours").compatible(facts_of("the next two days"))


def test_negation_and_numbers_are_facts() -> None:
    assert not facts_of("Ukraine may use the weapons.").compatible(facts_of("Ukraine may not use the weapons."))
    assert not facts_of("at least 47 people died").compatible(facts_of("at least 52 people died"))
    assert facts_of("47 dead and 212 injured").compatible(facts_of("47 dead"))


def test_clutter_inside_a_one_paragraph_page_is_not_a_statement() -> None:
    from bot.summary.statements import paragraphs_of
    from tests.summary_helpers import article

    page = ("The harbour bridge reopened on Monday after two weeks of repairs, officials said. "
            "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! "
            "Harbour fire 6 show all Harbour fire 1/6 Smoke rises over the docks at dawn. "
            "Traffic returned to normal within an hour of the reopening, police said. "
            "PORTSMOUTH (Reuters) - Engineers will inspect the bridge again in a month, the council added.")
    [paragraph] = paragraphs_of([article("a", page)])
    assert [s.text for s in paragraph.statements] == [
        "The harbour bridge reopened on Monday after two weeks of repairs, officials said.",
        "Traffic returned to normal within an hour of the reopening, police said.",
        "Engineers will inspect the bridge again in a month, the council added.",
    ]
    assert "subscribing" not in paragraph.text and "show all" not in paragraph.text
    assert "Reuters" not in paragraph.text


def test_sentences_that_merely_mention_showing_or_subscribing_stay() -> None:
    from bot.summary.statements import paragraphs_of
    from tests.summary_helpers import article

    page = ("Rescuers said the count would show all of the 1/3 of residents who left. "
            "The council said 4,000 residents had subscribed to the flood alert service by Monday.")
    [paragraph] = paragraphs_of([article("a", page)])
    assert len(paragraph.statements) == 2


def test_a_short_sentence_closing_a_quotation_with_its_frame_is_a_statement() -> None:
    from bot.summary.statements import is_prose

    assert [is_prose(s) for s in ("Probably not,\u201d Marta Oyelaran said.", "\u201cNever,\u201d Reyes said.",
                                  "No,\" Sen. Ana Ruiz told reporters.")] == [True] * 3
    assert [is_prose(s) for s in ("Read more.", "Photo: Tom Reyes.", "\u201cNever,\u201d the reply.",
                                  "Of course.\u201d", "\u201cNo\u201d Reyes.")] == [False] * 5


def test_a_sentence_shown_out_of_a_longer_quotation_has_its_marks_paired() -> None:
    assert quotations_paired('Licences are "granted only to refiners.') == 'Licences are "granted only to refiners."'
    assert quotations_paired("Traders must apply again in May.\u201d") == "\u201cTraders must apply again in May.\u201d"
    assert quotations_paired('indicating "the end of\u2026') == 'indicating "the end of\u2026"'
    assert quotations_paired("A \u201cquay \u201cwe lost") == "A \u201cquay \u201cwe lost\u201d\u201d"
    # Where it must not fire: marks already paired, an inch mark, a quotation's stop before its frame.
    for text in ('He said "no" and left.', "The screen is 6\u20193\" wide.", "He is 6\u20193\".",
                 "It is fine.\u201d Reyes said.", "\u201cWe will act,\u201d she said.",
                 # Copy mixing straight and curly marks: which closes which cannot be told.
                 'He said "we will win.\u201d', '\u201cWe will win," Ruiz said.'):
        assert quotations_paired(text) == text


def test_a_story_never_shows_half_a_quotation_open() -> None:
    rule = ('Under the decree, licences are "granted only to refiners whose plants stand in Kestria. '
            'Traders must apply again in May."')
    s = story(article("1", LEADS[0], rule), article("2", LEADS[1], rule), article("3", LEADS[2]))
    shown = texts(s.what) + texts(s.restrictions)
    assert 'licences are "granted only to refiners whose plants stand in Kestria."' in " ".join(shown)
    assert '"Traders must apply again in May."' in shown
