"""Reactions: the right speaker for each quote, one entry per statement merged across sources."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.summary.reactions as reactions_module
from bot.event_loop import result_of
from bot.model import Reaction
from bot.pipeline import build_briefing
from bot.settings import Settings
from bot.summary.actors import Cast
from bot.summary.quotes import Attribution
from bot.summary.reactions import MAX_SPEAKERS
from bot.summary.statements import paragraphs_of
from tests.summary_helpers import CLUSTERS, article, heldout_briefing, story, told

AMBERLIN = ("This is an unjustified act of economic coercion against Kestria\u2019s closest trading partners, "
            "and Veldonia will not hesitate to take proportionate counter-measures")


def reactions(*articles_: object) -> list[Reaction]:
    return story(*articles_).reactions  # type: ignore[arg-type]


def test_speaker_after_the_quote_and_after_said() -> None:
    [a, b] = reactions(article(
        "1",
        f"\u201c{AMBERLIN},\u201d Veldonian Trade Minister Lisette Amberlin said in a statement.",
        "\u201cWe are reviewing every option available to us,\u201d said Theo Brannock, the commerce secretary.",
    ))
    assert (a.speaker, a.role, a.quote) == ("Lisette Amberlin", "Veldonian Trade Minister", True)
    assert (b.speaker, b.text) == ("Theo Brannock", "We are reviewing every option available to us")


def test_he_after_an_unnamed_spokesman_speaking_from_a_place_is_the_spokesman() -> None:
    """ "A foreign ministry spokesman in Berlin said ... “...,” he said": the city is where he speaks from, and "he"
    is him, not the doctor named before him."""
    reactions = story(
        article("1", "Tom Vale, the head doctor at the provincial hospital, said four bodies had been brought in.",
                "A foreign ministry spokesman in Lessby said the attack was over by the early hours of Friday.",
                "\u201cAll our employees at the consulate are safe and uninjured,\u201d he said."),
        article("2", "A suicide bomber attacked the Kestrian consulate in Tarrow on Thursday night."),
    ).reactions
    safe = [r for r in reactions if "uninjured" in r.text]
    assert safe and safe[0].speaker.startswith("a foreign ministry spokesman")


def test_two_translations_of_one_quotation_are_one_reaction_citing_both() -> None:
    """Outlets translating one remark differently print two quotations of one speaker sharing most content words: one
    reaction, citing every outlet; the speaker's other remark stays a reaction of its own."""
    lead = "Norvania's leader Tamas Orel offered talks with Kestria on Monday, in a New Year speech."
    reactions = story(
        article("1", lead, "\u201cThe entire mainland of Kestria is within the range of our missiles and the launch "
                           "button is always on the desk of my office,\u201d Orel said.",
                "\u201cWe are open to dialogue,\u201d Orel added."),
        article("2", lead, "\u201cThe whole of Kestria is within range of our missiles, and a launch button is always "
                           "on my desk,\u201d Orel said.", "\u201cWe are open to dialogue,\u201d Orel added."),
    ).reactions
    buttons = [r for r in reactions if "button" in r.text]
    assert len(buttons) == 1 and buttons[0].sources == ["1", "2"]
    assert any("open to dialogue" in r.text for r in reactions)


def test_speaker_before_a_colon_and_pronoun_resolved_to_the_last_person() -> None:
    [a, b] = reactions(article(
        "1",
        "Civil protection chief Irena Vastel warned: \u201cThe number may rise before the night is over.\u201d",
        "Ines Carvallo-Mott, a metals analyst at Quillstone Research, said prices would rise. \u201cKestria is "
        "using scandium the way oil producers once used crude,\u201d she said.",
    ))
    assert a.speaker == "Irena Vastel" and a.text.startswith("The number may rise")
    assert b.speaker == "Ines Carvallo-Mott" and "oil producers" in b.text


OFFICIAL = (
    "\u201cThe president recently directed his team to ensure that Ukraine can hit back,\u201d a US official "
    "said on Thursday.",
    "\u201cOur policy on long-range strikes inside of Russia has not changed,\u201d the official added.",
)


def test_an_unnamed_source_keeps_its_description_and_the_official_is_the_same_one() -> None:
    found = reactions(article("1", *OFFICIAL), article("2", *OFFICIAL))
    assert [r.speaker for r in found] == ["a US official", "a US official"]
    assert len({r.text for r in found}) == 2  # two different statements by one speaker stay two
    assert all(r.sources == ["1", "2"] for r in found)


def test_every_speakers_best_statement_comes_before_anyones_second() -> None:
    # Chat and text show a story's first few reactions: they show as many voices as there are.
    brannock = ("\u201cWe are reviewing every option available to us,\u201d said Theo Brannock, the commerce "
                "secretary.",
                "\u201cNo tariff is off the table before the summit in June,\u201d Brannock added.")
    found = reactions(article("1", *brannock, OFFICIAL[0]), article("2", *brannock, OFFICIAL[0]))
    assert [r.speaker for r in found] == ["Theo Brannock", "a US official", "Theo Brannock"]


def test_a_second_statement_only_one_source_carries_gives_way_to_the_widely_carried_one() -> None:
    found = reactions(article("1", *OFFICIAL), article("2", OFFICIAL[0]))
    assert [r.sources for r in found] == [["1", "2"]]


def test_one_quote_in_several_sources_is_one_reaction_citing_all_in_its_fullest_wording() -> None:
    found = reactions(
        article("1", f"\u201c{AMBERLIN},\u201d Veldonian Trade Minister Lisette Amberlin said."),
        article("2", f"\"{AMBERLIN.replace(' closest', '').replace('counter-measures', 'countermeasures')}\", "
                     "said Veldonian Trade Minister Lisette Amberlin."),
        article("3", "Lisette Amberlin, the trade minister, accused Kestria of \u201can unjustified act of economic "
                     "coercion against Kestria\u2019s closest trading partners\u201d on Monday."),
    )
    [r] = [r for r in found if "coercion" in r.text]
    assert r.sources == ["1", "2", "3"] and "closest" in r.text


def test_quote_is_true_only_for_words_that_stand_in_a_source() -> None:
    [reported, quoted] = reactions(article(
        "1",
        "The United States has allowed Ukraine to strike targets inside Russia with American weapons.",
        "Andrei Kartapolov, head of the defence committee, said the decision would not change Russia's plans.",
        "\u201cThis isn\u2019t intimidation or nuclear bluffing,\u201d Dmitry Medvedev wrote on social media.",
    ))
    assert (reported.speaker, reported.quote) == ("Andrei Kartapolov", False)
    assert reported.text == "The decision would not change Russia's plans."
    assert (quoted.speaker, quoted.quote) == ("Dmitry Medvedev", True)


def test_a_quote_with_no_speaker_is_not_a_reaction() -> None:
    line = "\u201cIt went up like a firework in the hallway of the building,\u201d read the headline on Friday."
    assert reactions(article("1", line)) == []


def test_he_said_is_the_person_named_just_before_not_an_earlier_speaker() -> None:
    found = reactions(article(
        "1",
        "Kestria will ban exports of refined scandium from April 1, the government said on Monday.",
        f"\u201c{AMBERLIN},\u201d Veldonian Trade Minister Lisette Amberlin said.",
        "Director of the Aldgrave Fuel Cell Works Stanislav Orrek welcomed the arrangement. \u201cFor those "
        "who are not in the Compact, this is a reminder of why the Compact exists,\u201d he said.",
    ))
    assert [r.speaker for r in found] == ["Lisette Amberlin", "Stanislav Orrek"]


def test_a_name_inside_the_quote_or_its_brackets_is_never_the_speaker() -> None:
    found = reactions(article(
        "1",
        "Senator Marta Quillon said the letter from Budget Director Tobias Vrenn had cost her the vote. "
        "\u201cAfter the second debate, we felt so good about where we were,\u201d she said.",
        "\u201cThere are many reasons why a vote like this is lost,\u201d Quillon told donors on Saturday. "
        "\u201cBut our analysis is that [Budget Director Tobias] Vrenn's letter stopped our momentum,\u201d "
        "she said.",
    ))
    assert [r.speaker for r in found] == ["Marta Quillon"]
    paragraphs = paragraphs_of([article(
        "1",
        "Marta Quillon told donors: \u201cOur analysis is that [Budget Director Tobias] Vrenn's letter stopped "
        "our momentum.\u201d",
        "\u201cWe were tied in the north until the very last week,\u201d she said.",
    )])
    statements = [s for p in paragraphs for s in p.statements]
    quotes = Attribution(Cast(statements, []), paragraphs).quotes()
    assert [q.speaker and q.speaker.label for q in quotes] == ["Marta Quillon", "Marta Quillon"]


def test_he_said_after_a_sentence_opening_with_the_speaker_is_still_that_speaker() -> None:
    found = reactions(article(
        "1",
        "Budget Director Tobias Vrenn said the ministry would appeal the ruling against Marta Quillon. "
        "\u201cWe will win this case in the courts, whatever it takes,\u201d he said.",
    ))
    assert [r.speaker for r in found] == ["Tobias Vrenn"]


def test_a_name_after_a_quote_without_a_speech_verb_signs_it_only_as_the_subject() -> None:
    paragraphs = paragraphs_of([article(
        "1",
        "\u201cWe were ahead in every region of the country,\u201d Marta Quillon said. \u201cWe were tied in "
        "the north for weeks,\u201d before the first letter from Tobias Vrenn arrived.",
        "\u201cWe lost this vote in the very last week,\u201d the magazine reported Ilse Marrow as writing.",
    )])
    statements = [s for p in paragraphs for s in p.statements]
    quotes = Attribution(Cast(statements, []), paragraphs).quotes()
    assert [q.speaker and q.speaker.label for q in quotes] == ["Marta Quillon", "Marta Quillon", "Ilse Marrow"]


def _speakers(*paragraphs: str) -> list[str | None]:
    found = paragraphs_of([article("1", *paragraphs)])
    statements = [s for p in found for s in p.statements]
    return [q.speaker.label if q.speaker else None for q in Attribution(Cast(statements, []), found).quotes()]


def test_the_company_is_the_business_named_before_not_a_public_body_named_by_its_kind() -> None:
    assert _speakers(
        "Acme Freight said on Monday that 40,000 parcels had been lost in the outage.",
        "That is more than a tenth of the town's homes, the Lessby Statistics Ministry said.",
        "The company said it had \u201cpaused all deliveries to protect the parcels left\u201d until Friday.",
    ) == ["Acme Freight"]
    # Nor a body a sentence only cites; a bureau that is a business is one.
    assert _speakers(
        "Acme Freight said on Monday that 40,000 parcels had been lost in the outage.",
        "That is more than a tenth of the town's homes, according to the Lessby Statistics Bureau.",
        "The company said it had \u201cpaused all deliveries to protect the parcels left\u201d until Friday.",
    ) == ["Acme Freight"]
    assert _speakers(
        "Northgate Credit Bureau said on Monday that hackers had stolen the records of 40,000 customers.",
        "The company said \u201cnobody's bank details were taken\u201d in the attack.",
    ) == ["Northgate Credit Bureau"]
    # The bureau named back by its own kind is the bureau.
    assert _speakers(
        "That is more than a tenth of the town's homes, the Lessby Statistics Bureau said.",
        "The bureau said it had \u201cchecked every figure twice before the report went out\u201d on Friday.",
    ) == ["Lessby Statistics Bureau"]


def test_an_abbreviated_title_is_not_the_speaker_and_does_not_end_the_sentence() -> None:
    assert _speakers(
        "\u201cThis bill will not pass the chamber this year,\u201d said Sen. Orla Finch (D-Ore.), who chairs the "
        "panel.",
        "Lt. Gov. Bram Keller said the plan was \u201ca gift to the landlords of the state.\u201d",
    ) == ["Orla Finch", "Bram Keller"]
    [a] = reactions(article("1", "\u201cThis bill will not pass the chamber this year,\u201d said Sen. Orla Finch, "
                                 "speaking after the vote."))
    assert (a.speaker, a.role) == ("Orla Finch", "Senator")


def test_who_is_described_before_an_appositive_speaks_not_an_owner_named_in_it() -> None:
    assert _speakers(
        "Police in Lessby released video of the fatal shooting of Tom Reyes on Saturday after days of protests.",
        "Reyes's relatives, including his wife, said they came away with \u201cmore questions than answers.\u201d",
        "\u201cThe ferries have been smuggling fuel to Norvania for months,\u201d the first security source, who "
        "spoke on condition of anonymity, told reporters.",
    ) == ["Reyes's relatives", "the first security source"]


def test_a_pronoun_after_an_unnamed_speaker_is_theirs_not_the_person_named_before() -> None:
    assert _speakers(
        "Lessby police chief Tom Reyes said officers did not learn about the assaults until the next day.",
        "The victim, whom the channel identified only by her first name, Michelle, said police ignored her claim.",
        "\u201cWe ran but we could not do anything,\u201d she said of the attack.",
    ) == ["The victim"]
    # A report or a clause that opens on a thing names no speaker; "the mayor" is the one mayor named before.
    assert _speakers(
        "Lessby Mayor Ana Ruiz said the quay would close on Monday for repairs to the sea wall.",
        "A report said the sea wall had been cracked for years. The ban, the council said, would last a month.",
        "The mayor, speaking after the vote, said the work was overdue.",
        "\u201cWe cannot wait for another storm to hit the harbour,\u201d she said.",
    ) == ["Ana Ruiz"]
    # Whom the unnamed speaker works for comes with them; one the pronoun cannot be ("a spokesman" for "she") does not
    # take her words.
    assert _speakers(
        "Lessby police chief Tom Reyes said the quay would stay shut until the inquiry ends.",
        "A spokesman for the Lessby Harbour Authority said the authority would pay for the repairs.",
        "\u201cWe will not leave the town to pay for a wall that the storm broke,\u201d he said.",
        "Lessby Mayor Ana Ruiz said the town would help the families of the crew.",
        "A spokesman for the Lessby Harbour Authority said it would meet on Friday.",
        "\u201cThe families have lost everything in one night,\u201d she said.",
    ) == ["a spokesman for the Lessby Harbour Authority", "Ana Ruiz"]


def test_a_capitalised_word_opening_a_quotation_is_no_body_a_description_points_back_to() -> None:
    assert _speakers(
        "A strike by ferry crews at Acme Ferries in Lessby entered its second week on Monday.",
        "\"Talks will resume on Thursday,\" the company said in a statement.",
        "\"Passengers will get refunds for every crossing,\" the ferry company, which has 400 staff, said.",
        "\u201cLFC is researching how the passenger boarded the ferry,\u201d the company said.",
    ) == ["the company", "the company", "LFC"]


def test_a_quotation_opening_its_sentence_after_another_sentence_is_whole_not_a_fragment_of_both() -> None:
    found = paragraphs_of([article("1", "Ada Moss introduced a similar bill in the House on Monday. "
                                        "\"We have the votes,\" Moss said.")])
    statements = [s for p in found for s in p.statements]
    [q] = Attribution(Cast(statements, []), found).quotes()
    assert (q.text, q.partial, q.sentence) == ("We have the votes", False, "\"We have the votes,\" Moss said.")


def test_a_quotation_signed_with_a_hyphen_a_description_or_a_stop_outside_its_marks_is_the_signers() -> None:
    assert _speakers(
        "\u201cShe is the only one with a plan for the harbour.\u201d - Lena Park",
        "\u201cHe has never held a job in this town.\u201d \u2014 Omar Diaz, 34, teacher",
        "\u201cBoth of them ignored the east side for years\u201d. \u2014 Kim Bell",
    ) == ["Lena Park", "Omar Diaz", "Kim Bell"]


def test_a_title_quoted_before_whom_it_is_by_is_not_their_words() -> None:
    # A listing of talks or books: the name after "by" and a lower-case job is the author of a work, not a signer.
    assert _speakers(
        "Friday \u2014 \u201cThe Winter Sky,\u201d a talk by astronomer Ana Ruiz, at the Lessby Observatory.",
        "\u201cThe quay is safe,\u201d harbour master Tom Reyes.",
    ) == [None, "Tom Reyes"]
    # After a quotation opening its sentence, a statement or a post by someone is theirs; a title before a name
    # after a day is no object's.
    assert _speakers(
        "\u201cEnough is enough,\u201d a statement from spokesman Ben Ortiz on Monday.",
        "\u201cLessby deserves better than this,\u201d read a post by activist Ana Ruiz on X.",
        "Later on Tuesday deputy mayor Tom Reyes told reporters: \u201cThe council has found the money for the "
        "morning boat.\u201d",
    ) == ["Ben Ortiz", "Ana Ruiz", "Tom Reyes"]


def test_a_name_set_after_its_description_speaks_and_a_place_after_a_place_does_not() -> None:
    assert _speakers(
        "Relatives of the girls rejoiced on Monday, even before they knew whether their kin were among those freed.",
        "Another parent, Ada Moss, said by telephone that she was praying that her daughter was among them. "
        "\u201cThey say it is only 21,\u201d she said.",
    ) == ["Ada Moss"]
    from bot.summary.actors import speaks_here
    from bot.summary.names import Lexicon, tokens_of

    sentence = "A woman in Erie, Pennsylvania, said the town had never seen anything like it."
    speaking = {n.text: speaks_here(tokens_of(sentence), n) for n in Lexicon((sentence,)).names(sentence)}
    assert speaking["Pennsylvania"] is False  # a place set after a place speaks no more than "in Erie" does
    # A role held at a named body describes the name after it; a group at one does not.
    assert _speakers(
        "His former partner at Acme Foods, Tom Reyes, said the deal was bad for the town.",
        "\u201cHe showed again and again an ability to put together deals nobody else could,\u201d he said.",
        "An engineer from Acme Steel, Ada Moss, said the plant was safe. \u201cWe checked it twice,\u201d she said.",
    ) == ["Tom Reyes", "Ada Moss"]
    # Not where the role is another's, named by whom it belongs to.
    assert _speakers(
        "The widow of the founder of Acme Foods, Tom Reyes, said the quay office would reopen. \u201cWe owe it to the "
        "town,\u201d she said.",
        "A friend of the mayor of Lessby, Tom Reyes, said the mayor was exhausted. \u201cHe did not sleep for a "
        "week,\u201d she said.",
    ) == [None, None]
    sentence = "Workers at Acme Steel, Lessby, said the plant was safe."
    speaking = {n.text: speaks_here(tokens_of(sentence), n) for n in Lexicon((sentence,)).names(sentence)}
    assert speaking["Lessby"] is False


def test_unnamed_speakers_the_sentence_before_and_bodies_named_in_quotations_from_a_second_reading() -> None:
    # "One of the survivors" is read whole; the nearest unnamed speaker the pronoun can be is the one ("A man" is no
    # "she").
    assert _speakers(
        "Tom Reyes, the ferry's captain, was among the 40 people rescued on Monday, the coastguard said.",
        "One of the survivors said the lifeboats could not be lowered. \"We had to jump into the sea,\" she said.",
        "A spokeswoman for the Lessby Royal Hospital said six were still treated. \"Our staff worked all night,\" she "
        "said.",
        "One woman said she heard a loud bang. A man said he saw smoke. \"The whole street shook,\" she said.",
    ) == ["One of the survivors", "a spokeswoman for the Lessby Royal Hospital", "One woman"]
    # A clause telling who the unnamed speaker is ("who was leaving ...") does not hide them.
    assert _speakers(
        "Police chief Tom Reyes said the driver had been shot dead by officers on the promenade.",
        "One man who was leaving the hospital on Friday told reporters the truck had kept driving.",
        "\u201cI work there, and my daughter works there too,\u201d he said.",
    ) == ["One man who was leaving the hospital on Friday"]
    # A short sentence before the quotation names who "he" is; so does one too short to be a statement.
    assert _speakers(
        "Ana Ruiz, the finance chief, presented the budget on Monday to the harbour board in Lessby.",
        "Tom Reyes, who leads the opposition, said the budget cut the harbour's staff by half.",
        "Reyes called it \"nonsense.\" \"She is hiding the numbers from the board,\" he said.",
        "Ada Moss disagreed. \"We need to see all the numbers first,\" she said.",
        "A resident, Lena Park, told reporters the harbour had flooded twice. \"We are tired of it,\" she said.",
    ) == ["Tom Reyes", "Tom Reyes", "Ada Moss", "Lena Park"]
    # A one-word body written elsewhere names itself at a quotation's opening; one said to be something does not speak.
    assert _speakers(
        "Acme shares fell 8% on Monday after the Norvania Energy Ministry fined the firm $2 million for the spill.",
        "\"Acme will appeal the fine and has already paid for the clean-up,\" the company said in a statement.",
        "Detective Ada Moss interviewed the victim's partner, Sam Lee, said by neighbours to be the last to see her.",
        "\"We are keeping an open mind about what happened,\" she said.",
    ) == ["Acme", "Ada Moss"]


def test_who_a_sentence_is_about_or_a_woman_before_a_name_or_a_surname_like_temple_takes_no_pronoun() -> None:
    assert _speakers(
        "Ana Ruiz said her brother had been at home all night when the warehouse in Lessby burned down.",
        "Tom Reyes was arrested on Monday. \"He is innocent,\" she said.",
        "One protester, Ada Moss, said the new tax was unfair. \"We cannot pay any more,\" she said.",
    ) == ["Ana Ruiz", "Ada Moss"]
    assert _speakers(
        "Police chief Tom Reyes said the search would go on through the night at the harbour in Lessby.",
        "Ana Ruiz said she had not heard from her husband since Friday. The woman Tom Reyes interviewed first, "
        "Ada Moss, said she had seen the boat leave.",
        "Mayor Lena Temple said the town would rebuild after the storm destroyed the harbour on Sunday.",
        "Temple visited the worst-hit streets on Monday. \"We will come back stronger than before,\" she said.",
        "Reyes spoke again in the evening. \"We will not give up on anyone,\" he said.",
    ) == ["Lena Temple", "Tom Reyes"]


def test_a_short_sentence_brings_its_subject_in_to_speak_and_a_statement_or_an_owner_named_after_does_not() -> None:
    assert _speakers(
        "Mayor Tom Reyes published the crime figures for the whole of Lessby last week.",
        "Police chief Omar Diaz said on Tuesday that the figures were accurate and complete.",
        "Reyes shook his head. \u201cThose numbers are incomplete,\u201d he said.",
        "Tom Reyes, for his part, was blunt. \u201cThose numbers are invented,\u201d he said.",
        "Lena Park, a rival, filed the complaint last week. \u201cThis is a political attack,\u201d he said.",
        "Lena Park declined to comment. \u201cWe will publish every figure we have,\u201d he said.",
        "Ana Ruiz, the opposition leader, said on Wednesday that the count had been rushed.",
        "Reyes was not happy. \u201cWe have waited long enough for these figures,\u201d he said.",
        "Reyes stood firm. \u201cThe count was wrong and everyone knows it,\u201d he said.",
    ) == ["Tom Reyes"] * 6
    # A verb of saying with its own subject inside a who-clause is not the unnamed man's.
    assert _speakers(
        "Tom Reyes, a police spokesman, said officers were called to the harbour at 10 p.m.",
        "A man who police said was armed was shot dead. \u201cOfficers had no choice at all,\u201d he said.",
    ) == ["Tom Reyes"]
    assert _speakers(
        "Ada Moss, whose daughter was among the missing, said she had waited at the harbour all night.",
        "A coast guard officer said the search would continue until dark.",
        "A police spokesman said two crew members had been questioned.",
        "\u201cI just want my daughter back,\u201d she said.",
    ) == ["Ada Moss"]  # past "a police spokesman", "she" is not the coast guard officer either
    from bot.summary.actors import speaks_here
    from bot.summary.names import Lexicon, tokens_of

    def speaking(sentence: str) -> dict[str, bool]:
        return {n.text: speaks_here(tokens_of(sentence), n) for n in Lexicon((sentence,)).names(sentence)}

    # A group named by whom it belongs to speaks, not the one it belongs to; one person of a body is that person.
    assert speaking("The family of the teenager, Ada Moss, said the crew had ignored warnings.")["Ada Moss"] is False
    assert speaking("The head of the union, Tom Reyes, said the company had ignored them.")["Tom Reyes"] is True
    assert speaking("The mother of the boy, Tom Reyes, said the airline had let him down.")["Tom Reyes"] is False


def test_del_with_its_stop_is_a_delegates_title_and_without_it_part_of_a_name() -> None:
    [a] = reactions(article("1", "\u201cThis is a waste of time. It is destroying this committee,\u201d said Del. "
                                 "Ana Ruiz of the Lessby Islands.",
                            "Jack Del Rio announced his exit at a press conference after his team lost on Sunday."))
    assert (a.speaker, (a.role or "").split(",")[0]) == ("Ana Ruiz", "Delegate")
    # After a comma "Del." is Delaware, as agencies write it: no title for the name after it.
    [b] = reactions(article("1", "Acme will move from Lessby to Dover, Del. Ana Ruiz, its founder, said on Monday that "
                                 "\u201cthe move will save the company four million dollars a year.\u201d"))
    assert (b.speaker, b.role) == ("Ana Ruiz", "founder")
    assert "Jack Del Rio" in {actor.name for actor in story(article(
        "1", "Jack Del Rio announced his exit at a press conference after his team lost on Sunday.")).who}


def test_a_fragment_inside_a_reported_sentence_is_the_subjects_not_the_objects() -> None:
    assert _speakers(
        "Dorn Halvey wrote overnight that the ruling was \u201ca farce\u201d and urged Voters to \u201cgo and "
        "read the judgment\u201d themselves.",
    ) == ["Dorn Halvey", "Dorn Halvey"]


def test_with_no_speech_verb_a_name_signs_a_quote_only_across_a_comma_or_dash() -> None:
    assert _speakers(
        "The mayor called the plan \u201ca slow disaster for the harbor\u201d and Tove Lindqvist agreed.",
        "\u201cThe harbor will never be the same again,\u201d Tove Lindqvist, the harbor master.",
    ) == [None, "Tove Lindqvist"]



def test_a_name_calling_or_describing_something_in_quoted_words_said_them_but_a_thing_called_so_did_not() -> None:
    assert _speakers(
        "Harbor Party chairman Ivo Lindqvist called Friday\u2019s ruling a \u201chuge win for the island\u2019s "
        "voters.\u201d",
        "Tove Marsh repeatedly described the new timetable as \u201ca slow disaster for the harbor towns.\u201d",
        "Ivo Lindqvist appeared on a programme called \u201cNight Harbor Talk With Guests\u201d in May.",
    ) == ["Ivo Lindqvist", "Tove Marsh", None]


def test_a_quotation_signed_after_a_quotation_dash_is_the_signers_with_or_without_a_stop() -> None:
    # Reader responses and pull quotes: the quotation, then U+2015 (or an em dash) and the name, often no stop.
    assert _speakers(
        "Readers wrote in after the harbor vote.",
        "\u201cThe ferry is how my children get to school. Cutting it cuts us off.\u201d\u2015 Marta Oyelaran",
        "\u201cHow will the night shift get home now?\u201d \u2015 Desmond K. Achterberg",
        "\u201cThe council listened to nobody on the island this time.\u201d \u2014 Ilse Varga.",
        "\u201cThe ferries will run again by May, and the fares will not rise.\u201d \u2014 words heard all week "
        "on the island.",
        # Some pages open a quotation with the closing mark.
        "\u201dThe harbour was our whole life. Now it is a car park.\u201d \u2015 Ana Ruiz",
    ) == ["Marta Oyelaran", "Desmond K. Achterberg", "Ilse Varga", None, "Ana Ruiz"]


def test_a_quotation_ends_its_sentence_unless_the_reporters_frame_follows_its_stop() -> None:
    # Each speaker keeps their own words: the stop inside a closing quote ends a sentence, so the next
    # reporter's sentence is not read as the frame of the quotation before; a frame that follows the stop
    # ("... ?\u201d Reyes asked.") still names who asked, with a verb of asking.
    assert _speakers(
        "Lessby branded the ferry plan \u201ca reckless gamble with the island.\u201d Norvania insisted that the "
        "port \u201cstay open for trade at every hour.\u201d Harbor Ferries Ltd said the quay had "
        "\u201cno room for a second ferry.\u201d",
        "\u201cWho will pay for the new quay when the money runs out?\u201d Tom Reyes asked.",
    ) == ["Lessby", "Norvania", "Harbor Ferries Ltd", "Tom Reyes"]


def test_a_quotation_whose_short_last_sentence_carries_the_frame_is_the_framed_speakers() -> None:
    # The frame closes a quotation of several sentences in a sentence shorter than a statement ('No," ...'), or
    # a short quotation whole: the speaker is named there and nowhere else.
    assert _speakers(
        "\u201cWill the ferry run this winter? Probably not,\u201d Marta Oyelaran said. \u201cWill it come back? "
        "Of course.\u201d",
        "\u201cNever,\u201d Tom Reyes said.",
    ) == ["Marta Oyelaran", "Marta Oyelaran", "Tom Reyes"]


def test_a_quotation_with_no_frame_goes_on_with_the_words_of_the_one_the_sentence_before_makes_speak() -> None:
    # Right after the sentence, in its paragraph or opening the next one.
    assert _speakers(
        "The quay may stay shut until spring while the council weighs the repairs, Ana Sorel said. \u201cThe "
        "other choice is to close it for good, and nobody here wants that.\u201d",
        "\u201cWe will not wait for the council,\u201d Tom Reyes said.",
        "\u201cThe ferry owners will pay for the new pier themselves if they have to.\u201d",
    ) == ["Ana Sorel", "Tom Reyes", "Tom Reyes"]
    # A sentence before that makes no one speak, or makes two speak, gives the quotation no speaker; nor does
    # a sentence further back.
    assert _speakers(
        "The quay was shut on Monday after a storm tore away part of the pier. \u201cThe other choice is to close "
        "it for good, and nobody here wants that.\u201d",
        "Ana Sorel said the pier would reopen, but Tom Reyes said it would not. \u201cThe ferry owners will pay "
        "for the new pier themselves if they have to.\u201d",
        "The council meets again next week to weigh the cost of the repairs.",
        "\u201cWe have asked the ferry owners to pay for half of the new pier and they have agreed.\u201d",
    ) == [None, None, None]


def test_a_pronoun_with_an_adverb_before_its_verb_of_saying_is_who_the_sentence_before_names() -> None:
    assert _speakers(
        "Ana Ruiz said she had called on Tom Reyes to apologize to the harbour board.",
        "Reyes said he would not and appeared on the radio on Tuesday.",
        "He then defended the remark, saying, \u201cI don\u2019t think this is a ridiculous idea at all.\u201d",
        "He also said, \u201cThe board knew about the quay since the spring.\u201d",
        "\u201cWe will see,\u201d she later told reporters.",
        # A plural stays no one's, and so do words he never said.
        "They also said, \u201cThe quay will stay shut until the spring.\u201d",
        "He never said, \u201cI will resign over the quay.\u201d",
    ) == ["Tom Reyes", "Tom Reyes", "Ana Ruiz", None, None]


def test_he_or_she_is_the_subject_of_the_sentence_before_not_a_name_in_the_clause_it_opens_with() -> None:
    assert _speakers(
        "When Tom Reyes left the harbour board for a year, Ana Ruiz ran it alone.",
        "\u201cNobody thought the quay would hold that long,\u201d she said.",
        "In an interview with Reyes last year, Lena Park described the quay as a wreck.",
        "\u201cIt was never safe for the big ferries,\u201d she said.",
    ) == ["Ana Ruiz", "Lena Park"]
    # No clause where the opening phrase has no comma of its own; and the subject, however the one in the clause is
    # called.
    assert _speakers(
        "On Monday Ana Ruiz praised the crew, the council and the harbour staff.",
        "\u201cThey never gave up, not once in three days of storm,\u201d she said.",
    ) == ["Ana Ruiz"]
    assert _speakers(
        "Ana Ruiz said she would not pay for the repairs.",
        "When Ruiz left the meeting, Ada Moss took the floor.",
        "\u201cWe need a vote tonight,\u201d she said.",
    ) == ["Ada Moss"]
    # A clause opening on a title, on two names, or a phrase naming someone but with no verb of theirs.
    assert _speakers(
        "When former harbour master Tom Reyes resigned, Ana Ruiz took over the talks.",
        "\u201cThe deal is dead,\u201d she said.",
        "After Ruiz and Ada Moss met on Monday, Ivo Lindqvist spoke to reporters.",
        "\u201cThe deal can still be saved,\u201d he said.",
        "In the Reyes years, Lena Park worked as a pilot. \u201cIt was chaos every night,\u201d she said.",
    ) == ["Ana Ruiz", "Ivo Lindqvist", "Lena Park"]
    # A name with its verb inside an opening phrase ("a letter Tom Reyes sent", "With Reyes sidelined") leaves the
    # phrase whole: the subject after it speaks.
    assert _speakers(
        "Tom Reyes ran the harbour board for years.",
        "In a letter Tom Reyes sent the council on Monday, Ana Ruiz, the chief executive, said: \u201cWe will cut "
        "200 jobs.\u201d",
        "With Tom Reyes sidelined by injury, Ana Ruiz took charge of the team on Saturday.",
        "\u201cWe will cope without him,\u201d she said.",
        "As the council met Ana Ruiz praised the staff, who kept the town hall open. \u201cThey never gave up.\u201d",
        "In March Ana Ruiz fired her deputy, Tom Reyes. \u201cI had lost confidence in him,\u201d she said.",
    ) == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]
    # The main clause's subject stands right after the comma, or after a phrase set off there; not after a clause
    # that has begun on a pronoun. A verb of saying in the opening clause takes the next name and verb as its words.
    assert _speakers(
        "Lena Park ran the port for years.",
        "At her news conference, broadcast on the council's feed, Lena Park brushed off questions about her future.",
        "\u201cThe council makes me be here,\u201d she said.",
        "Ana Ruiz said on Monday the port would reopen in June.",
        "After Tom Reyes resigned in March, he was replaced by his deputy, Ana Ruiz.",
        "\u201cIt was time to go,\u201d he said in an interview.",
        "Ada Moss ran the port.",
        "After Ana Ruiz said Tom Reyes lied about the costs, Ada Moss disagreed. \u201cReyes told the truth,\u201d she "
        "said.",
    ) == ["Lena Park", "Tom Reyes", "Ada Moss"]
    # A name the main clause takes after a preposition or verb is not its subject.
    assert _speakers(
        "Ivo Lindqvist said he would stay on the harbour board.",
        "While Tom Reyes had friends on the harbour board, that was never the case for Ivo Lindqvist.",
        "\u201cI never wanted to leave the board in the middle of the storm,\u201d he said.",
    ) == ["Tom Reyes"]
    # With no such clause, the first named: whom the articles call "he" counts for nothing more.
    assert _speakers(
        "Tom Reyes, the mayor of Lessby, met Ada Moss, Acme's chairman, on Monday to discuss the sale.",
        "\u201cWe agreed on a plan for the harbour, and the jobs will stay,\u201d he said.",
    ) == ["Tom Reyes"]


def test_a_quotation_with_no_frame_goes_on_with_the_words_of_whoever_the_sentence_before_has_react() -> None:
    # A verb of reacting or of naming something, its subject opening the sentence or set off after a description.
    assert _speakers(
        "Tom Reyes praised the crews for working through the storm. \u201cThey never gave up, not for one night.\u201d",
        "One skipper, Ana Sorel, described the vote as a turning point. \u201cThe harbour will never be the same "
        "again after this.\u201d",
        # "called" naming something, the subject set after a role at a body.
        "His former partner at Acme Foods, Lena Vance, called him a master at closing hard deals. \u201cHe showed "
        "again and again he could do deals nobody else could.\u201d",
        # Whom the subject praised does not speak; nor does a body's object, when the subject is no one named.
        "Lena Park praised Ada Moss for her courage. \u201cWe tried everything we could to save the ferries.\u201d",
        "The council praised Ada Moss for her courage. \u201cWe tried everything we could to save the ferries.\u201d",
    ) == ["Tom Reyes", "Ana Sorel", "Lena Vance", "Lena Park", None]
    # Not a body (its "we" may be the residents'), a verb that also does something else, nor a name in a clause
    # before the subject, a title before it or not.
    assert _speakers(
        "Acme, which owns the dam, denied any blame for the flood. \u201cWe lost everything in one night.\u201d",
        "After former mayor Tom Reyes denied it, prosecutors read out a text message. \u201cBring the cash.\u201d",
        "Ada Moss blasted the winner past the keeper in the last minute. \u201cThat is what she does.\u201d",
        "Tom Reyes called the police at midnight on Sunday. \u201cThere was a man in the garden with a torch.\u201d",
        "Tom Reyes called time on his career on Monday. \u201cHe was the best defender I ever coached.\u201d",
        "Tom Reyes called a penalty in the last minute. \u201cIt was never a foul, everyone saw it.\u201d",
        "After Lena Park denied knowing him, prosecutors read out a text message. \u201cMeet me at the quay at "
        "midnight.\u201d",
    ) == [None, None, None, None, None, None, None]
    # Nor where a sentence bringing in someone new follows the quotation; any other sentence does not count.
    assert _speakers(
        "Mayor Ana Ruiz praised the rescue crews on Monday.",
        "\u201cWe lost everything.\u201d Lena Park, 54, stood in the ruins of her kitchen on Tuesday.",
        "Ada Moss, a fisher, said the storm was the worst she had seen. \u201cI lost two boats.\u201d Prime Minister "
        "Lena Park said aid would come.",
        "Tom Reyes, the harbour master, said the storm had wrecked the quay. \u201cIt will take weeks to clear.\u201d "
        "On Monday the council voted to approve the closure.",
    ) == [None, "Ada Moss", "Tom Reyes"]


def test_a_curly_quotation_a_straight_mark_closes_ends_there_and_its_frame_names_the_speaker() -> None:
    # Copy mixing the two marks: the quotation ends at the straight one, and the frame after it is read.
    assert _speakers(
        "\u201cThe ferry will not run this winter,\" harbour master Ana Sorel said on Monday, adding that the "
        "pier was \"beyond repair.\"",
        # A straight quotation inside a curly one stays inside it.
        "\u201cHe told me \"never again\" on Monday and I have not heard from him since,\u201d Tom Reyes said.",
        # A straight mark opening, a curly one closing.
        "\"The quay has a huge crowd of friends behind it,\u201d said Marta Oyelaran, a pilot. \u201cThe board "
        "cannot simply close it.\u201d",
    ) == ["Ana Sorel", "Ana Sorel", "Tom Reyes", "Marta Oyelaran", "Marta Oyelaran"]
    # A straight quotation inside a curly one running on into the next paragraph stays inside it.
    assert _speakers(
        "Ana Sorel, the harbour pilot, spoke to reporters on Monday.",
        "\u201cWe asked the council for help,\u201d Ana Sorel said. \u201cThen they told us \"wait until summer\" "
        "and we waited. We are still waiting.",
        "\u201cNobody will pay for the new quay.\u201d",
    ) == ["Ana Sorel", "Ana Sorel", "Ana Sorel"]
    # Both mixed in one paragraph: a curly opening closed straight, then a straight opening closed curly.
    assert _speakers(
        "\u201cThe quay is lost for this winter,\" Ana Sorel said in a statement. \"Nobody will pay to rebuild it "
        "before the spring.\u201d",
    ) == ["Ana Sorel", "Ana Sorel"]


def test_words_quoted_in_someones_claim_or_remark_are_theirs_but_not_a_verdict_on_it() -> None:
    assert _speakers(
        "Ana Sorel spoke at the harbour on Monday.",
        "The council rejected Ana Sorel\u2019s claim that the quay was \u201cbeyond repair\u201d at its meeting.",
        "Tom Reyes\u2019s remarks about a \u201cdead port\u201d angered the council on Tuesday.",
    ) == ["Ana Sorel", "Tom Reyes"]
    # A verdict on what was said is the one giving it: after the remark's subject ends ("... is"), or where a
    # verb of characterizing puts the words on it.
    assert _speakers(
        "Ana Sorel spoke at the harbour on Monday, and Tom Reyes answered her on Tuesday.",
        "The harbour board ruled that Ana Sorel\u2019s remark about the ferries was \u201cmisleading\u201d on "
        "Wednesday.",
        "Tom Reyes called Ana Sorel\u2019s comments about the quay \u201ca disgrace\u201d in a long speech.",
    )[-2:] == ["The harbour board", "Tom Reyes"]
    # After a that-clause that has ended, after "as", or after a verb of saying or judging before the owner.
    assert _speakers(
        "Ana Sorel spoke at the harbour on Monday, and Tom Reyes answered her on Tuesday.",
        "Tom Reyes said Ana Sorel\u2019s claim that the quay was unsafe was \u201cpure scaremongering.\u201d",
        "Tom Reyes dismissed Ana Sorel\u2019s claim that the quay was unsafe as \u201cscaremongering by the "
        "council.\u201d",
        "The harbour board rated Ana Sorel\u2019s claim that the quay was unsafe \u201cmostly false.\u201d",
    )[-3:] == ["Tom Reyes", "Tom Reyes", None]


def test_a_country_shaped_like_a_persons_name_is_no_person_before_the_body_that_speaks() -> None:
    # "South Korea" has two capitalised words, as a person's name does: the council before it still speaks.
    assert _speakers(
        "The Harbour Council on Friday made a strong protest against South Korea\u2019s new port fees and pledged "
        "to fight what it called \u201ca clear threat to the ferry trade.\u201d",
        # A person named before the verb is still its subject ahead of a country.
        "Ana Sorel of the Harbour Council made a strong protest against South Korea\u2019s new port fees and "
        "pledged to fight what she called \u201ca clear threat to the ferry trade.\u201d",
    ) == ["Harbour Council", "Ana Sorel"]


def test_a_persons_aide_speaks_in_their_own_name_but_a_spokesperson_or_a_bodys_officer_for_the_owner() -> None:
    # An aide, unnamed, is known by whose aide they are.
    assert _speakers(
        "\u201cThe ferry deal was a mistake from the start,\u201d Reyes\u2019s former campaign manager said.",
        "\u201cThe ferry deal was a mistake from the start,\u201d Reyes\u2019s spokeswoman said.",
        "\u201cThe ferry deal was a mistake from the start,\u201d the Harbour Ferry Company\u2019s chief "
        "executive said.",
        # A one-word name may be a body's: its officer speaks for it, its lawyer in their own name.
        "\u201cThe ferry deal was a mistake from the start,\u201d Acme\u2019s chief executive said.",
        "\u201cThe ferry deal was a mistake from the start,\u201d Acme\u2019s lawyer said.",
    ) == ["Reyes\u2019s former campaign manager", "Reyes", "Harbour Ferry Company", "Acme", "Acme\u2019s lawyer"]


def test_a_frame_after_a_quotations_stop_that_introduces_another_quotation_opens_a_sentence() -> None:
    # "She adds," is no frame of the words before it: read as one, the sentence ended in a question and was
    # dropped with both quotations.
    assert _speakers(
        "Ana Sorel spoke at the harbour on Monday.",
        "She says the council runs the \u201csame tired plan it promised to change.\u201d She adds, \u201cWho "
        "would pay for a quay that nobody uses?\u201d",
    ) == ["Ana Sorel", "Ana Sorel"]


def test_a_sentence_quoting_once_then_ending_on_a_quoted_question_is_kept_with_both_quotations() -> None:
    assert _speakers(
        "The harbour board met on Monday to weigh the cost of a new quay.",
        "\u201cThe quay is lost,\u201d Ana Sorel told the board before asking it, \u201cWho will pay for the new "
        "one?\u201d",
    ) == ["Ana Sorel", "Ana Sorel"]
    # Whom the question is put to may stand between the verb introducing it and the quotation.
    assert _speakers(
        "The harbour board met on Monday to weigh the cost of a new quay.",
        "Ana Sorel looked at the board before asking them, \u201cWho will pay for the new one?\u201d",
    ) == ["Ana Sorel"]


def test_an_aide_speaks_in_their_own_name_whatever_tense_the_verb_is_in() -> None:
    assert _speakers(
        "Tom Reyes\u2019s lawyer has said the harbour charges were \u201cbaseless\u201d from the start.",
        "Tom Reyes\u2019s doctor is calling the candidate \u201cextremely fit\u201d after a week at sea.",
        "Tom Reyes\u2019s spokeswoman is telling voters that the ferry deal was \u201ca mistake\u201d from the start.",
    ) == ["Tom Reyes\u2019s lawyer", "Tom Reyes\u2019s doctor", "Tom Reyes"]


def test_a_participle_of_characterizing_or_urging_after_a_comma_frames_the_clause_subjects_words() -> None:
    assert _speakers(
        "Ana Sorel mocked the harbour board at the rally, calling its chairman a \u201cferry pirate\u201d twice.",
        "Tom Reyes spoke for an hour on Monday, describing the quay as \u201ca leaking boat\u201d in winter.",
        "Ana Sorel is again doubting the harbour vote, encouraging her voters to make sure all is \u201cabove "
        "board\u201d on Sunday.",
        # Alone, with no comma before it, the participle names something: "a show calling itself".
        "The Harbour Ferry Company ran a show calling itself \u201cthe voice of the port\u201d for a year.",
        # A clause of its own, another verb, urging no one to do anything: no frame.
        "Ana Ruiz spent the day at home, calling voters who had backed the \u201cferry plan\u201d in May.",
        "The storm hit Portvale on Sunday, calling into question the board\u2019s \u201csafe harbour\u201d pledge.",
        "Harbour Ferries shares rose on Monday, encouraging investors in the \u201cfloating quay\u201d scheme.",
    ) == ["Ana Sorel", "Tom Reyes", "Ana Sorel", None, None, None, None]


def test_a_verb_introducing_the_quotation_right_after_a_name_frames_it_whatever_verbs_come_before() -> None:
    assert _speakers(
        "When Ana Sorel noted that the quay was shut all winter, Tom Reyes boasted, \u201cThat makes me smart.\u201d",
        # No name right before the verb introducing the quotation: the first verb's subject still frames it.
        "Ana Sorel said the harbour board noted, \u201cThe quay is shut until spring.\u201d",
        # A participle, or a name the words were for: the subject before frames it.
        "Ana Sorel wrote to Tom Reyes asking, \u201cWhy is the quay shut all winter?\u201d",
        "The Harbour Union said in a letter to Tom Reyes recalling, \u201cThe quay was shut all last winter.\u201d",
        # "boasted" frames the words it introduces, and is no verb of having: "the hotel boasted “...”".
        "The Grand Harbour Hotel boasted \u201cstunning views of the quay\u201d and a spa.",
    ) == ["Tom Reyes", "Ana Sorel", "Ana Sorel", "Harbour Union", None]


def test_an_issued_statement_calling_attacking_quoted_words_or_admitting_frame_the_subjects_words() -> None:
    assert _speakers(
        "After a late meeting, the Harbour Union issued a statement calling the closure \u201ca clear failure of "
        "oversight by the port.\u201d",
        "In a speech on Monday, Ana Sorel attacked \u201cthe reckless plan to sell the quay to private owners.\u201d",
        "Tom Reyes, the harbour director, despite admitting that he had worries about \u201cbuilders trying to cut "
        "corners\u201d, said the quay would reopen.",
        # A letter received, not issued; a body or a crowd attacking a place in quoted words: no frame.
        "The Harbour Union received a letter calling the closure \u201ca disgrace to the whole town and its "
        "people.\u201d",
        "Rebels attacked \u201cthe last safe district in the north of the country\u201d on Tuesday.",
    ) == ["Harbour Union", "Ana Sorel", "Tom Reyes", None, None]


def test_a_characterizing_verb_after_an_appositive_and_a_verb_of_asserting_frame_the_subjects_words() -> None:
    assert _speakers(
        "Ana Sorel, the director of the harbour institute, compared the plan to a ferry \u201cwith no engine and "
        "no crew on board.\u201d",
        "Tom Reyes also asserted that the council could \u201creopen the quay within a month\u201d if it wanted.",
        "Marta Oyelaran exhorted the crews to \u201chold the line until the spring,\u201d and left the quay.",
        "In Lessby, the harbour town, a show called \u201cHarbour Lives\u201d opened on Monday to a large crowd.",
    ) == ["Ana Sorel", "Tom Reyes", "Marta Oyelaran", None]


def test_a_quotation_introduced_by_recalling_an_inverted_said_or_according_to_is_the_named_speakers() -> None:
    assert _speakers(
        "The harbour lights failed on Monday night, the port authority said.",  # "Said" below is no name
        "Ana Sorel, a pilot who sailed that night, recalled, \u201cOut of nowhere the whole quay went dark "
        "and the radio died.\u201d",
        "Tom Reyes, the harbour director, posted a photo of the quay on Monday, tweeting, \u201cNobody was hurt "
        "and the ferries will sail at noon.\u201d",
        "Said Ivo Lindqvist: \u201cThe quay has needed new lights for years and nobody listened.\u201d",
        "According to Marta Oyelaran, \u201cthe council knew about the wiring since the spring.\u201d",
        "The night ferry left late, as the captain shouted \u201cget everyone below deck now\u201d over the wind.",
    ) == ["Ana Sorel", "Tom Reyes", "Ivo Lindqvist", "Marta Oyelaran", None]


def test_a_quotation_after_a_paragraph_that_introduces_it_with_a_colon_is_the_introduced_speakers() -> None:
    assert _speakers(
        "The harbour lights failed on Monday night, harbour master Ivo Lindqvist said.",
        "Lindqvist continued:",
        "\u201cThe quay has needed new lights for years, and the council knew about the wiring since the "
        "spring.\u201d",
        "The ferries will sail again at noon.",
        "\u201cNobody on the island will forget this night for a very long time,\u201d a fisherman said.",
    ) == ["Ivo Lindqvist", "a fisherman"]


def test_she_after_a_quotation_is_the_person_its_sentence_named_before_it_and_an_object_signs_nothing() -> None:
    assert _speakers(
        "Tom Reyes defended the ferry plan at a hearing on Monday.",
        "Sen. Ana Ruiz (D-Ore.)  scolded him: \u201cThe plan leaves the island without a night ferry for a "
        "year,\u201d she said.",
        "Reyes openly admires the harbour board as \u201ca model of thrift,\u201d comparing it favorably to Mayor "
        "Ivo Lindqvist.",
    ) == ["Ana Ruiz", None]


def test_a_question_quoted_at_the_end_of_a_reporters_sentence_is_found_with_its_speaker() -> None:
    # The sentence states that someone asked: it is a statement, so its paragraph and quotation are read.
    assert _speakers(
        "In a post on Friday, Ana Ruiz wrote: \u201cWho will pay for the new quay when the money runs out?\u201d",
        "Will the council answer her? \u201cWe have no plan for the quay at all,\u201d Tom Reyes said.",
        # The quotation goes on after its question: the sentence ending on the question still states that she asked.
        "Lena Park asked, \u201cWait, now it is 18 percent when the board said a year ago it was 51 percent? "
        "Interesting.\u201d",
    ) == ["Ana Ruiz", "Tom Reyes", "Lena Park"]


def test_a_verb_of_saying_in_ing_frames_a_quotation_as_a_tense_or_after_a_comma_and_called_after_has() -> None:
    assert _speakers(
        "Tom Reyes is telling harbour workers that the quay is \u201cnot safe for a single ship\u201d this winter.",
        "Ana Ruiz met the workers on Monday, telling them that \u201cnobody will lose a job over this\u201d.",
        "Ivo Lindqvist has called the plan \u201ca gamble with the island\u2019s future\u201d in every interview.",
        "Since taking office, Lindqvist has waged a campaign on waste, promising to cut \u201cevery useless "
        "post\u201d at the port.",
    ) == ["Tom Reyes", "Ana Ruiz", "Ivo Lindqvist", None]


def test_a_transcripts_label_names_the_speaker_and_a_label_of_no_one_names_no_one() -> None:
    assert _speakers(
        "In Sunday's interview, moderator Tom Reyes asked Governor Ana Ruiz about the ferry plan, the transcript "
        "shows.",
        "\"RUIZ: The ferry is serious business for every family on the island, and I said so in May.",
        "\"REYES: But, Governor, I have to ask you about the fares the council set on Monday.",
        "\"LINDQVIST: The council never saw the plan before the vote in the spring.",
        "Ruiz read a warning aloud at the end of the interview. \u201cThe fares will rise in May,\u201d she said. "
        "\u201cWARNING: the night ferry will not sail before the quay is repaired.\u201d",
    ) == ["Ana Ruiz", "Tom Reyes", None, "Ana Ruiz", "Ana Ruiz"]


def test_whom_a_frame_names_as_owner_object_or_replier_never_takes_the_quotation() -> None:
    assert _speakers(
        "Ana Ruiz, the harbour minister, met Tom Reyes, the mayor, on Monday.",
        "The quay was \u201cunsafe for any ship that carries passengers,\u201d according to Tom Reyes\u2019s lawyer.",
        "The quay was \u201cnever inspected after the storm in the spring,\u201d according to a source close to "
        "Tom Reyes.",
        "\u201cNobody at the port will lose a job over this,\u201d responding to Tom Reyes.",
        "Ana Ruiz spoke after the vote. Tom Reyes attacked her in parliament: \u201cThe minister has misled the "
        "island for a year,\u201d she said.",
        "Ana Ruiz told the board: \u201cThe quay is unsafe for ferries and must close.\u201d Tom Reyes countered on "
        "Monday.",
        "The Lessby Harbour Board rejected the claim: \u201cThe quay was inspected in the spring,\u201d she said.",
    ) == [None, None, None, "Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]


def test_the_company_is_the_body_last_named_and_a_relaying_paper_is_no_speaker() -> None:
    assert _speakers(
        "Harbor Ferries Ltd raised its fares by a third on Monday after fuel costs rose.",
        "\u201cWe had no other way to keep every route running this winter,\u201d the company said.",
        "\u201cThe new fares are a disgrace for every commuter in this town,\u201d the newspaper quoted him as saying.",
        "\u201cWe will review the fares again in the spring,\u201d a company spokesman said.",
    ) == ["Harbor Ferries Ltd", None, "Harbor Ferries Ltd"]


def test_a_report_said_through_someone_or_somewhere_is_shown_whole_never_from_the_preposition() -> None:
    lead = "Selvonia voted on Sunday to leave the customs union it has belonged to since 1994."
    said = ("Dalvany, Selvonia's largest trading partner, said through its foreign ministry that it would seek to "
            "protect the trade ties between the two countries.")
    at = "Prime Minister Ilse Varro said at a news conference in Lessby that the vote would be respected in full."
    s = story(article("1", lead, said, at), article("2", lead, "Turnout was 71 percent, the electoral board said."))
    assert {r.text for r in s.reactions} >= {said, at.removeprefix("Prime Minister ")}


def test_a_speaker_whose_saying_goes_on_speaks_and_one_said_to_be_or_told_does_not() -> None:
    lead = "Dozens of women were assaulted in the centre of Lessby on New Year's Eve, police said."
    saying = ("Chancellor Ana Ruiz is saying that she is outraged at these attacks and that the perpetrators must "
              "swiftly be brought to justice.")
    s = story(article("1", lead, saying), article("2", lead))
    assert [(r.speaker, r.text) for r in s.reactions] == [("Ana Ruiz", saying.removeprefix("Chancellor "))]
    for passive in ("Chancellor Ana Ruiz is said to be outraged at these attacks in the centre of Lessby.",
                    "Chancellor Ana Ruiz was told that the perpetrators must swiftly be brought to justice.",
                    "Lessby Rovers are defending champions and play their first match of the season on Saturday.",
                    "Ana Ruiz was arguing with a neighbour in the centre of Lessby when the police arrived."):
        assert story(article("1", lead, passive), article("2", lead)).reactions == []
    opening = "If Ana Ruiz is saying that the police failed, she should resign, Tom Reyes told reporters."
    assert [r.speaker for r in story(article("1", lead, opening), article("2", lead)).reactions] == ["Tom Reyes"]
    dated = "On Monday Ana Ruiz was insisting that the perpetrators must swiftly be brought to justice."
    assert [r.speaker for r in story(article("1", lead, dated), article("2", lead)).reactions] == ["Ana Ruiz"]


def test_a_shortened_report_keeps_its_subject() -> None:
    from bot.summary.reactions import gist

    assert gist("Amid the row, Reyes on Tuesday warned of more closures along the coast road this winter.",
                "Tom Reyes") == "Reyes on Tuesday warned of more closures along the coast road this winter."
    assert gist("Reyes said was a harbor matter and not one for the national government at all.",
                "Tom Reyes") == "Reyes said was a harbor matter and not one for the national government at all."
    # A body's name is kept whole: never "Brigade pledged ..." for "the Red Brigade".
    assert gist("As we have reported, Red Brigade pledged allegiance to the northern rebels last year.",
                "Red Brigade") == "Red Brigade pledged allegiance to the northern rebels last year."
    assert gist("After the vote, Mayor Tom Reyes on Friday called for a recount of every ballot in the city.",
                "Tom Reyes") == "Tom Reyes on Friday called for a recount of every ballot in the city."
    # A name and its verb set off by commas inside the clause: the clause keeps its subject, the report is whole.
    aside = "These employees, Reyes explained earlier at the hearing, were well paid, making $30,000 a year."
    assert gist(aside, "Tom Reyes") == aside
    inserted = "Ruiz was the subject of most talk of the debate, Acme announced, gaining 22,000 followers that night."
    assert gist(inserted, "Acme") == inserted
    # So after what was said, before a clause the sentence goes on with, "the" or a title before the name or not: what
    # was said is the clause before the attribution, the reporter's clause of what went on meanwhile no part of it, nor
    # does a verb of saying inside it ("walkers were warned that ...") open anything the speaker said.
    told = ("A strong storm hit the Lessby coast before dawn on Saturday, flooding 300 homes, the Lessby Harbour "
            "Authority said, as crews pumped water from the quay.")
    assert gist(told, "Lessby Harbour Authority") == told.partition(", the Lessby")[0] + "."
    closed = ("The coastal path will stay closed until the end of August after the landslide, the Dorra Harbour Parks "
              "and Paths Service said on Tuesday, as walkers were warned that the danger was far from over.")
    assert gist(closed, "Dorra Harbour Parks and Paths Service") == closed.partition(", the Dorra")[0] + "."
    # A condition ("as long as") or a second fact ("while ...") is what was said: whole, never cut at the name.
    for whole in ("Two men were charged with burglary, Detective Sergeant Ray Colm said on Sunday, while a third man "
                  "was released without charge.",
                  "The bridge will stay shut, council leader Marta Quell said on Monday, as long as the cracks have "
                  "not been repaired.",
                  "Nobody will lose their job, Ana Ruiz told reporters, as long as the merger goes ahead."):
        speaker = next(name for name in ("Ray Colm", "Marta Quell", "Ana Ruiz") if name in whole)
        assert gist(whole, speaker) == whole
    # Not after a lead-in, however long, nor where "that" brings what was said after the name.
    assert gist("On Tuesday, Ruiz said, while visiting the docks, that repairs would take at least a year.",
                "Ana Ruiz") == "Ruiz said, while visiting the docks, that repairs would take at least a year."
    assert gist("Speaking to reporters at the harbour after the council vote on Monday, Ana Ruiz said, as protesters "
                "jeered, that the port would reopen.", "Ana Ruiz") \
        == "Ana Ruiz said, as protesters jeered, that the port would reopen."
    assert gist("At a news conference in the capital on Monday, Ruiz said, however, that the plan would go ahead.",
                "Ana Ruiz") == "Ruiz said, however, that the plan would go ahead."
    assert gist("After the hearing, Reyes warned the board in writing, and the staff were sent home early.",
                "Tom Reyes") == "Reyes warned the board in writing, and the staff were sent home early."
    # A lead-in never reaches over a quotation: the words quoted are what was said, not the place said in.
    sentence = ("The harbour's future \u201cdepends on the ferries and on nothing else,\u201d Reyes said on "
                "Wednesday during a visit to the northern docks.")
    assert not gist(sentence).startswith("A visit")
    # Nor is the report cut at the name that follows the quotation: that leaves only the frame.
    assert gist(sentence, "Tom Reyes").startswith("The harbour's future \u201cdepends on the ferries")
    # A quoted word or two before the name is a scare quote or a show's title: the cut stands.
    assert gist("Bemoaning the \u201cphony count,\u201d Reyes accused the board of hiding ballots in the city hall.",
                "Tom Reyes") == "Reyes accused the board of hiding ballots in the city hall."


def test_a_report_ending_in_said_and_the_name_keeps_what_was_said() -> None:
    from bot.summary.reactions import gist

    # Not "Ana Sorel, director of the Lessby harbour board.": the words before the verb are what she said.
    assert gist("The ferries will run every ten minutes again from May, said Ana Sorel, director of the Lessby "
                "harbour board.", "Ana Sorel") == "The ferries will run every ten minutes again from May."
    # Nor is "said" before what was said a tail: "Tom Reyes, who chairs the Lessby harbour board." says nothing.
    sentence = "Tom Reyes, who chairs the Lessby harbour board, said the charges were false."
    assert gist(sentence, "Tom Reyes") == sentence
    # Nor is a name closing the sentence with its verb and where it wrote or spoke ("in a blog post"): cut there,
    # the report would be the frame alone.
    said = "The shorter range points to an early cut of the engine, as the path taken was of no use."
    assert gist(said.removesuffix(".") + ", Reyes wrote in a blog post.", "Tom Reyes") == said
    assert gist("Both pilots also died in the crash, President Ana Ruiz said in a statement posted on social media .",
                "Ana Ruiz") == "Both pilots also died in the crash."


def test_a_report_is_not_cut_where_what_follows_is_no_clause() -> None:
    from bot.summary.reactions import gist

    # "confirmed" or "announced" takes a thing, "via Twitter" says how: cut there, the rest is no statement.
    for sentence in ("The Lessby embassy confirmed the deaths of \"several citizens\" in the crash.",
                     "Harbor Ferries announced last week that it would no longer sail to Lessby in winter."):
        assert gist(sentence) == sentence
    assert gist("Former mayor Ana Ruiz said via Twitter that the ferry's captain was her cousin.", "Ana Ruiz") == \
        "Ana Ruiz said via Twitter that the ferry's captain was her cousin."
    assert gist("The harbour board confirmed on Monday that the quay would close for the whole winter.") == \
        "The quay would close for the whole winter."


def test_an_outlets_programme_is_not_a_speaker() -> None:
    assert _speakers(
        "In an interview on Reuters' Morning Brief, the harbor official said: \u201cWe had a record year for the "
        "port and every berth was taken.\u201d",
    ) == ["the harbor official"]


def test_a_sentence_quoting_part_of_a_quotation_gives_way_to_the_full_quotation_citing_both() -> None:
    full = ("The release of the prisoners, in a small number, is the outcome of talks between the council and "
            "the rebels, brokered by the Harbour Guild")
    found = reactions(
        article("1", f"\u201c{full},\u201d said Oren Valk, the council spokesman."),
        article("2", f"Oren Valk, the council spokesman, said: \u201c{full}.\u201d"),
        article("3", "Oren Valk, the council spokesman, said the release was \u201cbrokered by the Harbour Guild\u201d "
                     "on Monday."),
    )
    [r] = [r for r in found if "Harbour Guild" in r.text]
    assert "outcome of talks" in r.text and r.sources == ["1", "2", "3"]


def test_every_statement_several_sources_carry_is_kept_for_one_speaker() -> None:
    lines = ["It is guaranteed to be exciting, one way or another, whatever the weather does.",
             "There is so much that can go wrong on a first flight of a rocket like this.",
             "The car will be in deep space for a billion years or so if nothing breaks."]
    said = [f"\u201c{line}\u201d Dara Quill, the company founder, said." for line in lines]
    found = reactions(article("1", *said), article("2", *said),
                      article("3", "\u201cThe weather is fine, and the crowd is large,\u201d Dara Quill, the company "
                                   "founder, said."))
    assert sorted(r.text.split()[2] for r in found) == ["guaranteed", "so", "will"]


def test_the_title_alone_is_the_one_person_holding_it_and_a_venue_never_speaks() -> None:
    assert _speakers(
        "Kestrian Prime Minister Ana Soto met business leaders in the capital on Tuesday.",
        "Speaking at the Harbor Economic Forum, the prime minister said: \u201cSmaller ports can quickly become "
        "home to smugglers and we will act.\u201d",
        "Writing on Lanterngram, Tom Reyes said: \u201cWe have never allowed smugglers on our ships.\u201d",
    ) == ["Ana Soto", "Tom Reyes"]
    # Two people with the title: "the minister" is not guessed.
    assert _speakers(
        "Trade Minister Ana Soto and Health Minister Tom Reyes met on Tuesday to discuss the ports.",
        "\u201cWe will act on the ports before the winter comes,\u201d the minister said.",
    ) == ["the minister"]


def test_theresa_may_keeps_her_surname_and_a_month_stays_a_month() -> None:
    from bot.summary.names import Lexicon, names_in, tokens_of

    def names(sentence: str) -> list[str]:
        return [n.text for n in names_in(tokens_of(sentence), Lexicon(["prices may rise"]))]

    assert names("Prime Minister Ana May said the port would reopen.") == ["Ana May"]
    assert names("Acme Freight May 5 results were weak.") == ["Acme Freight"]
    assert names("The port reopened in May, Tom Reyes said.") == ["Tom Reyes"]
    assert names("Profits At Acme May Fall") == ["Fall"]
    # A month's short form that is a name is a family name after a given name, never the month written short.
    assert names("Ajmal Jan, a local shopkeeper, said the blast had blown his windows out.") == ["Ajmal Jan"]
    assert names("Tom Reyes Jan. 5 update from the quay.") == ["Tom Reyes"]
    assert names("Lessby Harbour Jan sale opens.") == ["Lessby Harbour"]
    assert "Jan" not in " ".join(names("Harbour Jan figures from the statistics office put the fall at 4.2 percent."))
    # "the Brit", "The Dane": one of a people after an article; "Brit Marling", "Finn Russell" are people's names.
    assert names("After the race the Brit has promised to give it his best shot.") == []
    assert names("The Dane said he was happy with fourth place.") == []
    assert names("Brit Marling said the film would open in May.") == ["Brit Marling"]
    assert names("Finn Russell kicked the winning goal.") == ["Finn Russell"]


def test_two_reports_of_one_speakers_statement_are_one_reaction_but_a_shared_frame_is_not_enough() -> None:
    lead = "A truck killed 40 people at the harbour festival in Dorva on Thursday night, the police said."
    found = reactions(
        article("1", lead, "Prime Minister Ilsa Varn said on Friday that Kestria would observe three days of "
                           "national mourning, starting on Saturday."),
        article("2", lead, "Kestrian Prime Minister Ilsa Varn says the country will observe three days of national "
                           "mourning from Saturday."),
    )
    assert [r.sources for r in found] == [["1", "2"]]
    found = reactions(
        article("1", lead, "In a statement, Prime Minister Ilsa Varn said the harbour board would review the offer "
                           "from the shipping group before its meeting next week."),
        article("2", lead, "In a statement, Prime Minister Ilsa Varn said the ministry was considering new tariffs "
                           "on grain imports from the south."),
    )
    assert [len(r.sources) for r in found] == [1]  # two statements: the one shown cites its own source


def test_a_surname_alone_speaks_for_the_name_a_longer_spelling_folded_into() -> None:
    speakers = {r.speaker for r in reactions(
        article("1", "The head of the harbor union Harbunion Rainer Holt criticised the plan on Saturday morning.",
                "\u201cThe new zone sends a devastating message to every worker at the port,\u201d Holt said."),
        article("2", "Rainer Holt, head of the harbor union, said the zone was a mistake for the port.",
                "Holt told the Courier that the move ignored what the workers had asked for."),
    )}
    assert speakers == {"Rainer Holt"}


def test_present_tense_reporting_verbs_report_speech() -> None:
    speakers = [r.speaker for r in reactions(article(
        "1", "The city will set up a safety zone for women at the New Year's Eve party by the river.",
        "Ana Ruiz, chair of the youth wing in Dunmore, argues that safety zones for women assume that "
        "assault is a given at every party.",
    ))]
    assert speakers == ["Ana Ruiz"]


TWELVE_SPEAKERS = [
    "The port of Dunmore raised its fees by a third on Monday after a year of losses.",
    "Tom Abbot said the fees were far too high for a family business like his bakery.",
    "Ada Brill said the evening ferry to the islands had been late every day in March.",
    "Kai Colm said that the slipway needed urgent repairs before the summer season began.",
    "Lena Dorr said tolls on the coast road had doubled since the new owners took over.",
    "Ivo Eske said the whole harbour smelled of diesel whenever the wind turned west.",
    "Mara Fenn said nobody had asked the fishermen what they thought of the plan at all.",
    "Olaf Gile said the quay lights were broken and children played there after dark.",
    "Pia Hart said the new berths came two years too late for the yacht club to survive.",
    "Rolf Inge said the car park by the ferry terminal was full by seven every morning.",
    "Sara Juul said the old fish market should become a museum of the harbour's history.",
    "Ulla Kent said the ferry timetable had not been printed in time for the tourist season.",
    "Vera Lund said the boatyard would have to lay off four of its nine workers by June.",
]


def test_with_too_many_speakers_a_person_with_a_role_goes_before_a_bare_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reactions_module, "MAX_SPEAKERS", 12)
    lines = [*TWELVE_SPEAKERS,
             "Nora Ilse, an analyst at Harbor Research, said the fees would rise again in the spring."]
    speakers = {r.speaker for r in reactions(article("1", *lines), article("2", lines[0]))}
    assert "Nora Ilse" in speakers and len(speakers) == 12


def test_a_story_quoting_sixteen_people_shows_them_all() -> None:
    """A story many outlets cover quotes many: a government's spokesman and a police chief quoted by two of fourteen
    outlets had fallen behind ten others. Sixteen speakers are shown (the chat shows the first few)."""
    lines = [*TWELVE_SPEAKERS,
             "Wim Moss said the harbour office had stopped answering the phone after five o'clock.",
             "Yara Nolt said the island school had lost three pupils whose parents could not pay the fares.",
             "Zeno Orth said the lighthouse keeper's cottage had stood empty for a decade.",
             "Anya Pell said the new fees would be passed on to every shop on the quay by the summer."]
    speakers = {r.speaker for r in reactions(article("1", *lines), article("2", lines[0]))}
    assert speakers == {" ".join(line.split()[:2]) for line in lines[1:]}


def test_a_name_after_saying_that_opens_what_was_said_is_not_the_speaker() -> None:
    assert _speakers(
        "Tomas Veld called the indictment a \u201cpolitical trial\u201d saying Kestria dug up old cases to "
        "\u201cjustify her arrest.\u201d",
    ) == ["Tomas Veld", "Tomas Veld"]  # who called it so said it; Kestria opens what he said
    assert _speakers(
        "\u201cWe will reopen the harbour before the winter comes,\u201d said Ana Soto in a speech on Monday.",
    ) == ["Ana Soto"]


def test_a_place_speaks_only_where_a_sentence_makes_it_speak() -> None:
    # A quotation pinned on the town named just before it: the town said nothing.
    assert reactions(article(
        "1",
        "Tom Reyes has run the shipping firm from offshore offices since 2019, most recently Lessby.",
        "On its website, the firm said: \u201cWe are ready to move again if the rules change next year.\u201d",
    )) == []
    # A country that speaks is a speaker; "Prosecutors in Norway say" does not make it one.
    assert [r.speaker for r in reactions(article(
        "1",
        "Prosecutors in Norway say they are investigating a man suspected of selling fuel to the rebels at sea.",
        "Norway said on Monday it would close the northern border to fuel trucks from next week.",
    ))] == ["Norway"]


def test_a_body_written_with_the_is_still_a_speaker() -> None:
    # "the ... Ministry" is written like a thing, but a ministry is a body: its denial is a reaction.
    assert [r.speaker for r in reactions(article(
        "1",
        "On Saturday, the Kestrian Foreign Ministry denied the report and vowed the country had \u201cfully "
        "complied\u201d with the sanctions on the northern ports.",
    ))] == ["Kestrian Foreign Ministry"]


def test_a_family_name_written_first_alone_is_the_speaker_it_opens() -> None:
    # "Qiao" opens "Qiao Minsheng" (family name first): "Qiao said" is his, as "Amberlin said" is hers.
    assert _speakers(
        "Ships registered abroad were not China's concern, said a foreign ministry spokesman, Qiao Minsheng.",
        "\u201cIf violations are confirmed, we will deal with them according to the law,\u201d Qiao said.",
    ) == ["Qiao Minsheng"]
    # A word opening two longer names is neither of them.
    assert not {"Qiao Minsheng", "Qiao Lan"} & set(map(str, _speakers(
        "Qiao Minsheng and Qiao Lan met the envoys in the capital on Friday morning.",
        "\u201cIf violations are confirmed, we will deal with them according to the law,\u201d Qiao said.",
    )))


def _story_speakers(*articles_: list[str]) -> list[str | None]:
    """The speaker of each quotation of a story of several articles, each given as its paragraphs."""
    found = paragraphs_of([article(str(i), *paras) for i, paras in enumerate(articles_, 1)])
    statements = [s for p in found for s in p.statements]
    return [q.speaker.label if q.speaker else None for q in Attribution(Cast(statements, []), found).quotes()]


def test_a_family_name_another_article_leaves_open_is_the_one_this_article_named_with_a_role() -> None:
    # One article names two Qiaos, so "Qiao" alone is no one there; the other names only Qiao Lan, with a role,
    # and its "Qiao said" is hers.
    both = ["Qiao Minsheng and Qiao Lan met the envoys in the capital on Friday morning.",
            "\u201cThe talks were useful but they have only just begun,\u201d Qiao said."]
    hers = ["Qiao Lan, a deputy trade minister, flew to the port city of Lessby on Saturday.",
            "\u201cTariffs on the northern ports will stay where they are for now,\u201d Qiao said."]
    assert _story_speakers(both, hers)[-1] == "Qiao Lan"
    # A place is no one's family name: "London", met only beside two London bodies, stays the city.
    crews = ["Crews of the London Fire Brigade and London Tramlink worked through the night in south London on "
             "Friday."]
    tram = ["London Tramlink, the operator of the line, said all trams had stopped at Lessby Corner.",
            "A Transport for London spokesman said: \u201cThere is no service on the line between the two stops "
            "tonight.\u201d"]
    assert _story_speakers(crews, tram)[-1] != "London Tramlink"


def test_a_family_name_written_first_speaks_for_the_one_such_name_of_the_story() -> None:
    # "Pak Sol-ju" ends in a romanised given name: "Pak" is a family name, theirs in every article of the story.
    named = ["Norvanian leader Pak Sol-ju opened the new port at Lessby on Monday morning.",
             "\u201cOur harbour is open to every ship that comes in peace,\u201d Pak Sol-ju said."]
    alone = ["\u201cThe northern coast will be guarded by our own navy from now on,\u201d Pak said in a speech."]
    assert _story_speakers(named, alone)[-1] == "Pak Sol-ju"
    # A first name is not: "Tomas" in another article is not Tomas Reyes.
    minister = ["Tomas Reyes, the harbour minister, opened the new port at Lessby on Monday morning.",
                "\u201cOur harbour is open to every ship that comes in peace,\u201d Tomas Reyes said."]
    stranger = ["\u201cThe ferry has not come for a week and nobody tells us why,\u201d Tomas said on the quay."]
    assert _story_speakers(minister, stranger)[-1] != "Tomas Reyes"


def test_he_said_is_the_one_the_sentence_before_makes_speak_unless_it_opens_on_another() -> None:
    # The sentence before opens on a clause naming someone else: "he" is the one it makes speak.
    assert _speakers(
        "Despite saying that Kestrian port chief Stanislav Orrek \u201ctreated me very well\u201d in May, Theo "
        "Brannock said on "
        "Thursday that the port deal was off.",
        "\u201cWe have a real problem out there on the northern coast,\u201d he said.",
    )[-1] == "Theo Brannock"
    # A sentence opening on the person stays theirs even where another name in it seems to speak.
    assert _speakers(
        "Nora Ilse, an analyst who covers the port, estimated that fees would rise, as harbor master "
        "Tom Reyes said last week.",
        "\u201cOverall we view the new fees as a positive for the port and its workers,\u201d she wrote.",
    )[-1] == "Nora Ilse"


def test_an_outlet_is_never_the_he_or_she_of_the_next_quote() -> None:
    paragraphs = paragraphs_of([
        article("1", "The Kestria Monitor reports that thousands marched on parliament on Monday night."),
        article("2", "Kestria's prime minister, Olan Brandt, resisted calls to step down on Monday.",
                "\u201cI have not considered quitting over this matter, nor will I,\u201d he told Kestrian "
                "television."),
    ])
    statements = [s for p in paragraphs for s in p.statements]
    quotes = Attribution(Cast(statements, []), paragraphs).quotes()
    assert [q.speaker and q.speaker.label for q in quotes] == ["Olan Brandt"]


def test_a_person_named_right_before_the_verb_is_its_subject() -> None:
    assert _speakers(
        "Lena Vance, the founder of Orbit Works, showed the Lessby Rover to reporters on Monday.",
        "Asked whether the Lessby Rover could reach the moon, Vance replied: \u201cExtremely unlikely. I "
        "would not hold your breath.\u201d",
    ) == ["Lena Vance"]
    # Named first, with the body named nearer the verb: still the person.
    assert _speakers(
        "\u201cThe fees will rise again in the spring,\u201d Nora Ilse of Harbor Research said.",
    ) == ["Nora Ilse"]
    # After the verb, a name that only qualifies the next one is not the speaker.
    assert _speakers(
        "Orbit Works said on Monday that its new rocket would fly in the spring.",
        "\u201cThe future is brighter if we fly to other planets,\u201d said Orbit Works founder Lena Vance.",
    ) == ["Lena Vance"]


def test_a_name_in_a_clause_after_a_quote_does_not_sign_it() -> None:
    assert _speakers(
        "Tom Reyes leads the party.",
        "The files name members of the so-called \u201cBlue Nobility,\u201d a topic that is sensitive while Reyes "
        "urges his party to fight graft.",
    ) == [None]
    assert _speakers(
        "\u201cThe harbor will never be the same again,\u201d the harbor master, Tove Lindqvist.",
        "Critics fear the \u201cend of the old harbor and its fleet,\u201d in Dunmore, as Tove Lindqvist "
        "phrased it.",
    ) == ["Tove Lindqvist", "Tove Lindqvist"]


def test_a_verb_of_reacting_makes_its_subject_a_speaker() -> None:
    assert [r.speaker for r in reactions(article(
        "1",
        "The Harbor Council has dismissed the claims as \u201ca pack of lies\u201d aimed at its members before "
        "the vote.",
    ))] == ["Harbor Council"]
    assert [r.speaker for r in reactions(article(
        "1",
        "Harbor Mills raised its offer for Quillstone Foods to $12 billion in cash and shares on Monday.",
        "The Quillstone board previously rejected the first approach, with chief executive Tom Reyes dismissing "
        "the bid as not worth any consideration.",
    ))] == ["Tom Reyes"]
    # Owned or placed, the name is not the one reacting (the officials are, told by their role).
    assert not {r.speaker for r in reactions(article(
        "1",
        "Tom Reyes's critics on the harbor board flatly rejected the new ferry timetable on Monday night.",
        "Officials in Lessby denied that the ferry timetable had been changed without any public notice.",
    ))} & {"Tom Reyes", "Lessby"}
    # Withholding something is an act, not a statement.
    assert reactions(article(
        "1",
        "The port of Dunmore raised its fees by a third on Monday after a year of losses.",
        "On Thursday, the Harbor Council denied four cargo ships port access after an inspection of their papers.",
    )) == []
    # A verb of reacting that names a movement or a contest: no statement ("slammed into", "defended his title").
    assert reactions(article(
        "1",
        "Ana Ruiz slammed into the barrier on the third lap after touching wheels with a rival driver.",
        "Tom Reyes defended his world title in the final race of the season at the harbour circuit.",
    )) == []


def test_a_speaker_the_clause_names_as_saying_it_is_kept_though_mostly_written_as_owned() -> None:
    # "Kestrel Air's Lena Vance" twice: mostly written like a thing owned, but "Vance wrote" makes her speak.
    assert [r.speaker for r in reactions(article(
        "1",
        "Kestrel Air\u2019s Lena Vance, the force behind a rival rocket, wished the team luck on Monday.",
        "\u201cHoping for a smooth, nominal flight!\u201d Vance wrote on Twitter. Kestrel Air\u2019s Lena Vance is "
        "building a bigger rocket.",
    ))] == ["Lena Vance"]
    # A colon after a name is no clause making it speak: the language of a name is not its speaker.
    assert reactions(article(
        "1",
        "The zone in the square bears an English name: \u201cWomen's Safety Area near the gate.\u201d",
    )) == []


def test_a_body_right_before_the_verb_is_its_subject_but_not_a_workplace() -> None:
    assert _speakers(
        "Tom Reyes is not named in the files at all, and the Harbor Council dismissed the report as \u201cnothing "
        "concrete\u201d on Monday.",
    ) == ["Harbor Council"]


_PEOPLE = ["Tom Abbot", "Ada Brill", "Kai Colm", "Lena Dorr", "Ivo Eske", "Mara Fenn", "Olaf Gile", "Pia Hart",
           "Nils Ivar", "Rut Jansk", "Eda Kolm", "Uwe Lanz", "Ines Moro"]
_TOPICS = ["ferry tickets", "fish auctions", "yacht moorings", "grain silos", "cruise visits", "oyster beds",
           "container cranes", "timber exports", "bakery deliveries", "salt imports", "diesel prices", "coal barges",
           "cable ferries"]
_HARBOR = "The port of Dunmore raised its fees by a third on Monday after a year of losses."


def _crowd(count: int) -> list[str]:
    """One-source commentators, each with a role and a different point."""
    return [f"{name}, an analyst at the {name.split()[1]} Institute, said the fees would hurt {topic} for "
            f"years to come." for name, topic in zip(_PEOPLE[:count], _TOPICS, strict=False)]


def test_past_the_central_speakers_the_one_more_sources_report_speaking_comes_first(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Ten commentators are actors of the story; past them (room for one more), the one-word body three
    # outlets report reacting goes before the commentators one outlet quotes.
    monkeypatch.setattr(reactions_module, "MAX_SPEAKERS", 11)
    board = ["Vostrel has flatly dismissed the criticism as \u201ca pack of lies\u201d about the new fees.",
             "Vostrel rejected the claims as \u201cnothing concrete\u201d in a statement on Monday evening.",
             "Vostrel said the reports that fees would double again next spring were simply wrong."]
    found = reactions(article("1", _HARBOR, *_crowd(13)),
                      *(article(str(n + 2), _HARBOR, line) for n, line in enumerate(board)))
    assert "Vostrel" in {r.speaker for r in found} and len({r.speaker for r in found}) == 11


def test_a_country_whose_own_minister_speaks_gives_way_to_another_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reactions_module, "MAX_SPEAKERS", 11)
    found = reactions(
        article("1", _HARBOR, *_crowd(10), "Almarian trade minister Vera Lind said Almaria would answer the new "
                                           "fees in kind."),
        article("2", _HARBOR, "Almaria said it would take the fees to the regional trade court next month."),
    )
    speakers = {r.speaker for r in found}
    assert "Vera Lind" in speakers and "Almaria" not in speakers and len(speakers) == 11


def test_a_first_name_alone_is_the_full_name_only_in_an_article_that_gives_it() -> None:
    paragraphs = paragraphs_of([
        article("1", "Veldonian President Anton Rell wrote that his country stood with the city tonight."),
        article("2", "A man who gave his name as Anton, a waiter on the promenade, said the truck came fast.",
                "\u201cPeople started running everywhere, then we heard the shots,\u201d he said."),
    ])
    statements = [s for p in paragraphs for s in p.statements]
    quotes = Attribution(Cast(statements, []), paragraphs).quotes()
    assert [q.speaker and q.speaker.label for q in quotes] != ["Anton Rell"]


def test_a_spokesman_for_a_firm_the_articles_call_a_firm_speaks_for_it() -> None:
    assert _speakers(
        "The files came from Orrel Vane, a law firm, which has denied any wrongdoing over them.",
        "\u201cWe did nothing wrong, and these stolen files show it clearly,\u201d a company spokesman said.",
    ) == ["Orrel Vane"]


def test_a_speaker_three_sources_report_speaking_ranks_with_the_storys_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    # As many people as reactions show are the story's actors, three of them bare names; the one-word body three
    # outlets report reacting ranks with them, before the bare names.
    monkeypatch.setattr(reactions_module, "MAX_SPEAKERS", 12)
    crowd = 12 - 3
    bare = [f"{name} said the fees would hurt {topic} badly." for name, topic in
            zip(_PEOPLE[crowd:crowd + 3], _TOPICS[crowd:crowd + 3], strict=True)]
    board = ["Vostrel has flatly dismissed the criticism as \u201ca pack of lies\u201d about the new fees.",
             "Vostrel rejected the claims as \u201cnothing concrete\u201d in a statement on Monday evening.",
             "Vostrel said the reports that fees would double again next spring were simply wrong."]
    found = reactions(article("1", _HARBOR, *_crowd(crowd), *bare),
                      *(article(str(n + 2), _HARBOR, line) for n, line in enumerate(board)))
    assert "Vostrel" in {r.speaker for r in found}
    # Reported by one outlet only, it stays behind them.
    found = reactions(article("1", _HARBOR, *_crowd(crowd), *bare), article("2", _HARBOR, board[0]))
    assert "Vostrel" not in {r.speaker for r in found}


def test_an_unnamed_source_is_described_so_it_goes_before_bare_names() -> None:
    bare = [f"{name} said the fees would hurt {topic} badly." for name, topic in
            zip(_PEOPLE[7:10], _TOPICS[7:10], strict=True)]
    official = "\u201cThe fees pay for the new breakwater and nothing else,\u201d a harbor official said."
    found = reactions(article("1", _HARBOR, *_crowd(7), *bare, official), article("2", _HARBOR, official))
    assert "a harbor official" in {r.speaker for r in found}


def test_a_speakers_statement_repeating_the_lead_gives_way_to_their_next_one() -> None:
    lead = ("Acme Freight raised its offer for Lessby Harbour Holdings to 5 billion euros on Monday, calling it a best "
            "and final offer.")
    repeat = "Acme Freight said it had raised its offer for Lessby Harbour Holdings to 5 billion euros on Monday."
    chief = "Ana Sorel, chief executive of Lessby Harbour Holdings, said the board would review the offer carefully."
    found = story(
        article("1", lead, repeat, "Acme Freight said its offer would stand whether or not the harbour's own bid for "
                "a ferry line went ahead.", chief, title="Acme raises Lessby offer"),
        article("2", lead, repeat, chief, title="Acme raises its offer for Lessby"),
        article("3", lead, chief, title="Lessby weighs Acme offer"),
    )
    # Acme's most carried statement repeats the lead, and is left out: its next statement is shown instead.
    assert [(r.speaker, r.text) for r in found.reactions] == [
        ("Ana Sorel", "The board would review the offer carefully."),
        ("Acme Freight", "Its offer would stand whether or not the harbour's own bid for a ferry line went ahead."),
    ]


def test_a_body_of_people_named_by_its_plural_alone_frames_the_quotation_it_opens() -> None:
    assert _speakers(
        "Police say they have \u201cadequate resources\u201d to keep the quay safe during the festival.",
        "The pier stays shut, and prosecutors said the owner faces \u201cserious charges\u201d over the collapse.",
        # After the quotation's words, the plural closes a reporter's sentence of fact: no speaker.
        "A man was arrested over the \u201charbour toll\u201d scheme that cost ferry owners thousands, police "
        "announced on Thursday.",
    ) == ["Police", "prosecutors", None]


def test_whom_a_letter_was_sent_to_is_not_who_a_participle_after_it_quotes() -> None:
    assert _speakers(
        # The words are the sender's, not the addressee's, named or described.
        "Harbor Ferries sent a letter to Tom Reyes saying that \u201cthe quay has been unsafe for a decade.\u201d",
        "The firm sent a nine-page response to the Lessby Courier saying that \u201cwe have never been charged with "
        "any wrongdoing.\u201d",
        "The union sent a letter to the mayor saying that \u201cthe quay must close before the winter storms.\u201d",
        # Where it must not fire: whose statement or post it is, and a finite verb after its subject.
        "Harbor Ferries released a statement from its chief Tom Reyes saying that \u201cthe quay has been unsafe "
        "for years.\u201d",
        "A post by Ana Sorel on Monday, saying \u201cthe quay will reopen in spring,\u201d was shared widely.",
        "In a letter to the union, Ana Sorel said \u201cthe quay will reopen in spring after the repairs.\u201d",
    ) == ["Harbor Ferries", None, None, "Tom Reyes", "Ana Sorel", "Ana Sorel"]


def test_an_outlet_reporting_is_no_reaction_but_a_body_in_the_news_is() -> None:
    lead = "Lessby police are investigating attacks on women at the harbour on New Year's Eve."
    found = reactions(
        article("1", lead, "Harbor TV accused Lessby police of not taking the women's complaints seriously at first."),
        article("2", lead, "The Lessby Courier criticised the police for waiting four days before they spoke."),
        article("3", lead, "The Norvane Guild criticised the police for waiting four days before they acted."),
    )
    assert [r.speaker for r in found] == ["Norvane Guild"]


def test_a_player_adding_to_the_score_says_nothing() -> None:
    lead = "The Lessby Rovers beat the Harbor Kings 34-6 on Sunday to clinch a first-round bye."
    found = reactions(
        article("1", lead, "Tom Reyes added a 10-yard scoring run late in the third quarter for the Rovers.",
                "Ana Sorel added that the Rovers had \u201cnever looked this dangerous in attack all season.\u201d"),
        article("2", lead, "Mika Laine had 20 points, with Oren Valk adding two sacks and forcing a fumble.",
                "The game turned in the eighth when Pau Vidal blasted a two-run homer off the Kings' closer."),
    )
    assert [r.speaker for r in found] == ["Ana Sorel"]


def test_where_words_were_posted_opening_the_sentence_is_not_who_said_them() -> None:
    assert _speakers(
        "The Norvane Council will help the investigation into the fire on the beach.",
        "On Twitter, the council also said that it \u201cis of the strong view that public safety is paramount.\u201d",
        "A spokesman for the council repeatedly said \u201cwe will not comment on an ongoing investigation.\u201d",
        # A date or a title between the capital opening the sentence and the name: the name is the subject.
        "On Monday Ana Ruiz said: \u201cWe will find out why this ferry left port in a storm.\u201d",
        "In Lessby Mayor Tom Reyes said: \u201cThe quay stays shut until the inquiry is over.\u201d",
        # Only the words between a subject and its verb are skipped, not every word in -ly.
        "\u201cWe will rebuild the quay before the winter comes,\u201d the island's assembly said.",
    ) == ["Norvane Council", "Norvane Council", "Ana Ruiz", "Tom Reyes", "the island's assembly"]


def _quoted(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = paragraphs_of([article("1", *paragraphs)])
    statements = [s for p in found for s in p.statements]
    return [(q.text, q.speaker.label if q.speaker else None)
            for q in Attribution(Cast(statements, []), found).quotes()]


def test_a_quotation_in_single_marks_is_a_quotation_where_no_double_marks_stand() -> None:
    assert _quoted(
        "The ferry left Lessby on Monday with 300 passengers aboard.",
        "\u2018His recovery was amazing, and one of the best crossings I\u2019ve seen,\u2019 a jubilant Reyes said.",
        "Ana Sorel, the harbour master, said: 'This is the natural outcome of the new timetable.'",
        "According to Harbor Ferries founder Mira Lenz: 'Destination is Norvane. Will be at sea a week or so.'",
        # Words quoted inside the reporter's sentence, the stop after the closing mark or none at all.
        "Oren Valk said the two ferries had 'bumped into each other' near the quay and were \u2018badly dented\u2019.",
    ) == [("His recovery was amazing, and one of the best crossings I\u2019ve seen", "Reyes"),
          ("This is the natural outcome of the new timetable.", "Ana Sorel"),
          ("Destination is Norvane. Will be at sea a week or so.", "Mira Lenz"),
          ("bumped into each other", "Oren Valk"), ("badly dented", "Oren Valk")]
    # Where it must not: apostrophes, a word or two in marks with no stop before the closing one, and single
    # marks inside a double quotation.
    assert _quoted(
        "The players\u2019 union said the \u2018deal\u2019 was \u2018dead\u2019 and the owners would not pay.",
        "It was the \u201990s, and the ferry\u2019s crew of 12 sailed on.",
        "Rock 'n' roll played as the boys' team and the girls' coach sang 'em all the way home, Tom Reyes said.",
        "He sailed 'round the cape with the O'Neills' crew and the harbour masters' union, Ana Sorel said.",
        "The band kept 'em dancin' all night, Ana Sorel said of the crew.",
        "Oren Valk sang 'Sweet Child O' Mine' on the quay.",
        # Words quoted inside a quotation: its speaker's, not the reporter's.
        "Tom Reyes wrote to the board. '" + "The crossing has been late every week this winter, " * 12
        + "and this is the \u2018tip of the iceberg\u2019 for the firm.' 'We will sail on,' he wrote.",
        "'" + "The crossing has been late every week this winter, " * 12 + "and this is the \u2018tip of the "
        "iceberg\u2019 when it comes to the ferry firm, Tom Reyes wrote.",
        "\u201cThey told us \u2018wait until summer,\u2019 and we waited for months,\u201d Ana Sorel said.",
    ) == [("We will sail on", "Tom Reyes"),
          ("They told us \u2018wait until summer,\u2019 and we waited for months", "Ana Sorel")]


def test_a_user_of_a_service_or_a_holiday_is_not_the_body_or_day_speaking() -> None:
    assert _speakers(
        "The clip was shared widely on Friday.",
        "One Twitter user asked, \u201cWhy are people leaking these videos? Her life is no secret at all.\u201d",
        "An Acme employee said \u201cwe were never told about the recall of the kettles at all.\u201d",
        "An Acme spokesman said \u201cwe recalled every kettle within days of the first fire.\u201d",
        "Last Thanksgiving, she wished everyone a happy holiday, but added: \u201cExcept you, Tom, you do not deserve "
        "a thing.\u201d",
        "\u201cGot it, see you at nine tonight,\u201d wrote a man at an Acme email address.",
        # A person after such a word is the speaker: "said passenger Ana Ruiz"; one a preposition or a clause places
        # the speaker by is not.
        "\u201cWe were terrified for the whole crossing,\u201d said passenger Mira Lenz.",
        "\u201cHe cut every corner he could and now people are dead,\u201d said a man who worked for Tom Reyes.",
        # Words in -ly between subject and verb are skipped ("a company spokesman" speaks for Acme, named before).
        "A company spokesman bluntly said the quay was \u201cnot safe for any ship this winter.\u201d",
    ) == ["One Twitter user", "an Acme employee", "Acme", None, None, "Mira Lenz", None, "Acme"]


def test_a_verb_of_saying_after_to_frames_the_subjects_words() -> None:
    assert _speakers(
        "The mayor's office was silent on Monday.",
        "Tom Reyes took to Twitter overnight to accuse the harbour board of being \u201cduped\u201d by the ferry firm.",
        "Ana Sorel used her speech to denounce the \u201creckless\u201d plan to close the quay in winter.",
        # Not where another verb of saying has a subject of its own, nor for a court's or a firm's acts.
        "Ferry captain Mika Laine asked the judge to dismiss the case, but prosecutor Oren Valk said the evidence was "
        "\u201cstrong, clear and well founded.\u201d",
        "Ana Sorel hired Tom Reyes to praise the plan, which critics had called \u201ca gift to the landlords.\u201d",
        # A verb of asking opening the frame leaves the infinitive its say; one framing other words does not.
        "Asked about the vote, Mira Lenz used her speech to warn of \u201cdark days\u201d ahead for the harbour.",
        "Ana Sorel hired Tom Reyes to praise the plan, which one critic joked was \u201ca gift to the landlords.\u201d",
    ) == ["Tom Reyes", "Ana Sorel", "Oren Valk", None, "Mira Lenz", None]


def test_a_quoted_title_inside_a_sentence_is_no_quotation_the_sentence_is_the_statement() -> None:
    found = reactions(article(
        "1",
        "Norvania's space agency will launch its station in May, the agency said on Monday.",
        "Norvania told the United Nations “Committee on the Peaceful Uses of Outer Space” in May that the station "
        "would fall into the sea.",
        "Tom Reyes, the agency's chief, said: “We have been watching the station every day since it lost power.”",
    ))
    assert all(r.text != "Committee on the Peaceful Uses of Outer Space" for r in found)
    assert any(r.text.startswith("Norvania told the United Nations") for r in found)


def test_an_unnamed_speaker_known_by_whose_they_are_speaks_or_is_the_one_holding_that_role() -> None:
    found = reactions(article(
        "1",
        "Ana Ruiz called on the harbor board to apologise to Tom Reyes for its claims on Monday.",
        "\u201cMy reaction, that was outrageous and the board knows it,\u201d Ruiz's former campaign strategist "
        "said on Monday.",
    ))
    assert [r.speaker for r in found if "outrageous" in r.text] == ["Ruiz's former campaign strategist"]
    found = reactions(article(
        "1",
        "Pia Lunde, Ruiz's campaign manager, met the harbor board on Monday to discuss the claims.",
        "\u201cThe board has to apologise to the town for what it said about the ferries,\u201d Ruiz's campaign "
        "manager said on Monday.",
    ))
    assert [r.speaker for r in found if "apologise" in r.text] == ["Pia Lunde"]


def test_an_aide_named_after_whom_they_work_for_speaks_and_an_unnamed_aide_speaks_for_them() -> None:
    found = reactions(article(
        "1",
        "Ana Ruiz accused the harbor board of hiding the accounts on Monday.",
        "A representative for Ana Ruiz, Mara Bell, responded to a request for comment by saying only: \u201cThe letter "
        "speaks for itself.\u201d",
        "A spokesman for Tom Reyes said: \u201cHe has never seen the accounts and never will.\u201d",
    ))
    assert [r.speaker for r in found if "speaks for itself" in r.text] == ["Mara Bell"]
    assert [r.speaker for r in found if "never seen" in r.text] == ["Tom Reyes"]
    # An aide passing on the words they were given: the words stay theirs.
    found = reactions(article(
        "1",
        "Ana Ruiz was not in court on Monday when the harbor board's claims were heard.",
        "A lawyer for Ana Ruiz, Mara Bell, read a statement on her behalf: \u201cI have never hidden any accounts "
        "from anyone.\u201d",
    ))
    assert [r.speaker for r in found if "hidden" in r.text] == ["Ana Ruiz"]


def test_a_persons_family_or_doctor_speaks_in_its_own_name() -> None:
    found = reactions(article(
        "1",
        "Tom Reyes was shot by police in Lessby on Tuesday, the city said in a statement.",
        "Reyes's family has called on police to release the videos \u201cas a matter of the greater good and "
        "transparency\u201d and urged calm.",
        "Candidate Ana Ruiz's doctor is calling the candidate \u201cextremely physically fit and ready to serve the "
        "town.\u201d",
    ))
    assert {r.speaker for r in found} == {"Reyes's family", "Ana Ruiz's doctor"}


def test_a_sentence_opening_on_the_same_pronoun_passes_it_on_to_the_person_named_before() -> None:
    found = _quoted(
        "Tom Reyes said on Monday that his firm had done nothing wrong and would fight the case.",
        "\u201cMake yourself seen, and make yourself heard in every room you walk into,\u201d Ana Ruiz said.",
        "She has faced criticism since she met Tom Reyes on her plane while her office was investigating his firm.",
        "She said she was not aware of a stronger backlash against her because of it.",
        "\u201cPeople tend not to say those things to the attorney general, which is probably wise,\u201d she said.",
    )
    assert [label for text, label in found if "attorney general" in text] == ["Ana Ruiz"]
    # Right before the quotation, the one a pronoun's sentence names may be the next to speak.
    assert _speakers(
        "Tom Reyes said on Monday that he would leave the harbor board after ten years as its chairman.",
        "He was succeeded in June by Mark Lenz, the engineer who designed the new quay.",
        "\u201cI have very big shoes to fill, and I know the town is watching,\u201d he said.",
    ) == ["Mark Lenz"]


def test_in_a_dialogue_each_label_is_who_speaks_named_in_full_or_not() -> None:
    assert _speakers(
        "Harbor director Ana Ruiz defended the ferry plan in an interview on Sunday.",
        "\u201cLENZ: But, Director Ruiz, I have to ask you why the town was never told about the closure.",
        "\u201cRUIZ: Well, the question really should be why the board waited so long to fix the quay.",
        "\u201cLENZ: If I may, because we have limited time, I want to ask you about the fares.",
        "\u201cRUIZ: The fares will not rise this year, whatever the board says about the fuel costs.",
    ) == ["Lenz", "Ana Ruiz", "Lenz", "Ana Ruiz"]
    # One label alone may be a word in capitals: no speaker for it.
    assert _speakers(
        "Harbor director Ana Ruiz defended the ferry plan in an interview on Sunday.",
        "\u201cORSA: The ferry plan will cost the town more than it can pay in the next ten years.",
    ) == [None]


def test_praise_and_mockery_frame_the_words_of_their_subject() -> None:
    assert _speakers(
        "Harbor director Ana Ruiz gave the town a new ferry plan in January.",
        "In his address, Mayor Tom Reyes lauded Ruiz for helping develop \u201cnew and innovative ideas for the "
        "harbor.\u201d",
        "Pia Lunde, the opposition leader, mocked the plan as \u201ca ferry to nowhere that nobody will use.\u201d",
    ) == ["Tom Reyes", "Pia Lunde"]


def test_an_owned_title_is_held_only_by_the_owners_own_and_a_passive_subject_never_speaks() -> None:
    assert _speakers(
        "Tom Reyes, a lawyer for the city, met Ana Ruiz at the harbor on Monday about the closure.",
        "\u201cThe city has no case and it knows it, whatever the board says,\u201d Ruiz's lawyer said.",
        "\u201cThe board lied to the town about the quay for a whole year,\u201d a friend of Reyes's wife said.",
        "Ruiz was widely mocked as \u201cthe ferry queen who never sails anywhere\u201d by the opposition.",
    ) == ["Ruiz's lawyer", "a friend of Reyes's wife", None]


def test_a_word_in_capitals_opening_one_tweet_is_no_dialogue_label() -> None:
    found = _speakers(
        "Tom Reyes attacked the Lessby Courier in two posts on Monday night.",
        "\u201cFAKE NEWS: The Lessby Courier is lying about the harbor deal again, and everyone knows it.",
        "\u201cSAD: The Courier lost half its readers this year, and it will lose the rest soon.",
    )
    assert "Fake News" not in found and "Sad" not in found


def test_the_one_named_as_someones_relative_speaks_not_the_owner_and_a_pronoun_before_the_verb_is_its_subject() -> None:
    assert _speakers(
        "Tom Reyes and his wife Pia were on the ferry when it sank off Lessby on Sunday, the coast guard said.",
        "\u201cWe are in utter shock and disbelief right now,\u201d Tom Reyes\u2019s sister, Ana Reyes Lunde, wrote "
        "on Facebook.",
        "Ana Ruiz met the families on Monday, and Acme Radio reported it.",
        "In an interview with Norvania's network LBR she blasted the board for being \u201cunbelievably careless "
        "with the ferries.\u201d",
    ) == ["Ana Reyes Lunde", "Ana Ruiz"]


def test_only_the_owners_relative_named_takes_the_owners_place_and_a_relative_clause_keeps_its_body() -> None:
    assert _speakers(
        "Ana Ruiz was charged on Monday with fraud at the harbor, and Tom Reyes was charged with her.",
        "\u201cShe is innocent and will fight this in court,\u201d Ana Ruiz's lawyer, who also represents Tom Reyes, "
        "said.",
        "Acme, whose board she criticised, said in a statement: \u201cThe harbor contracts were all legal.\u201d",
    ) == ["Ana Ruiz's lawyer", "Acme"]  # a lawyer speaks in their own name, as in "Ana Ruiz's lawyer said"


def test_an_outlet_that_reports_is_no_speaker_and_a_hyphenated_people_is_a_people() -> None:
    from bot.rules.places import is_demonym

    assert _speakers(
        "Ana Ruiz and Tom Reyes split in May, their lawyers said on Monday.",
        "The couple \u201cborrowed the phrase the harbor board used to describe its own split,\u201d the Mirror "
        "said.",
    ) == [None]
    assert is_demonym("African-Americans") and is_demonym("Mexican-American")
    assert not is_demonym("Kremlin-backed") and not is_demonym("Ana Ruiz-Americans")


def test_a_word_of_saying_after_an_article_is_a_noun_not_the_verb() -> None:
    # "A warning sign ... reads": no one is warning, and "A" is nobody.
    assert _speakers(
        "A warning sign on the quay reads: \u201cKeep away from the edge, the water here is deep and cold.\u201d",
    ) == [None]
    # After an auxiliary it is the verb: Ana Ruiz is warning.
    assert _speakers(
        "Ana Ruiz, the harbour master, was warning: \u201cKeep away from the edge, the water here is deep and "
        "cold.\u201d",
    ) == ["Ana Ruiz"]


def test_initials_in_capitals_are_a_body_not_a_family_name() -> None:
    # "UN" is not the "Un" of "Pak Sol Un".
    assert _speakers(
        "Norvanian leader Pak Sol Un opened the new missile base at Lessby on Monday morning.",
        "\u201cThe launch broke every resolution of the Security Council,\u201d the UN said in a statement.",
    )[-1] != "Pak Sol Un"


def test_what_someone_said_without_the_words_is_no_reaction_but_what_they_say_was_is() -> None:
    found = reactions(article(
        "1",
        "Tom Reyes, the chief executive of Acme Freight, wrote an op-ed piece about the breach on Monday.",
        "All we know about the new locking service is what Mr. Reyes said in his op-ed piece last week.",
    ))
    assert not any("All we know" in r.text for r in found)
    # "what Acme Freight says was a break-in": Acme Freight says it was a break-in.
    found = reactions(article(
        "1",
        "Acme Freight guards shot a man at its depot in Lessby on Sunday night, the police said.",
        "The guards fired after what Acme Freight says was a break-in at its depot near the northern border.",
    ))
    assert [r.speaker for r in found] == ["Acme Freight"]


def test_a_family_name_stays_bare_where_the_article_names_two_people_it_opens() -> None:
    # A leader and his late father are both named before "Pak said": the name alone does not tell which.
    speakers = _story_speakers(
        ["Pak Sol Un and Pak Yo Ra inspected the new missile base at Lessby on Friday.",
         "\u201cThe base will be finished within a year,\u201d Pak said after the visit."],
        ["North Norvanian leader Pak Sol Un visited a missile plant on Friday, state media said.",
         "The visit marked the anniversary of the birth of his father, the late leader Pak Jong Ho, who died in "
         "2011.",
         "\u201cOur missiles will soon be able to reach any city of our enemies,\u201d Pak said, according to the "
         "state news agency."],
    )
    assert speakers[-1] not in ("Pak Jong Ho", "Pak Sol Un")


def test_a_family_name_presented_anew_is_not_the_storys_one_such_person() -> None:
    speakers = _story_speakers(
        ["Norvanian leader Pak Sol-ju opened a new missile base near Lessby on Monday.",
         "\u201cOur enemies will tremble before this base,\u201d Pak Sol-ju said."],
        ["\u201cI was afraid every single day I lived there,\u201d said Pak, a 29-year-old defector who asked "
         "to be identified only by her family name."],
    )
    assert speakers[-1] != "Pak Sol-ju"


def test_he_said_after_a_sentence_signed_by_someone_is_theirs() -> None:
    assert _speakers(
        "While Ana Ruiz is keen to declare her port plan a success, she is unlikely to stop the dredging, said "
        "Tom Reyes, an analyst at Acme Research.",
        "\u201cI am still very skeptical that the harbour will be ready this year,\u201d he said.",
    ) == ["Tom Reyes"]


def test_a_name_in_the_phrase_a_sentence_opens_with_is_not_who_speaks_after_the_comma() -> None:
    speakers = _speakers(
        "In an interview with Harbor Radio Lessby, the director said he heard \u201cthe crew was nervous about "
        "the night shot\u201d but went ahead.",
    )
    assert speakers != ["Harbor Radio Lessby"]
    # Who opens the clause after such a phrase still speaks.
    assert _speakers(
        "In an interview with Harbor Radio Lessby, Ana Ruiz said: \u201cThe crew was nervous about the night "
        "shot, and so was I.\u201d",
    ) == ["Ana Ruiz"]


def test_he_or_she_is_never_someone_the_articles_call_the_other() -> None:
    # Ana Ruiz is "she" ("Ruiz said she"), so the "he" after a sentence opening on her is Tom Reyes.
    assert _speakers(
        "Tom Reyes, the harbour master of Lessby, runs the island ferry.",
        "Ana Ruiz said she had worried about the state of the ferry, but that Reyes had talked her into the "
        "crossing.",
        "\u201cThe sea was calm and the engine had just been serviced,\u201d he said.",
    ) == ["Tom Reyes"]
    # Where nothing tells, the sentence's subject still is the one.
    assert _speakers(
        "Ana Ruiz had worried about the state of the ferry, but Tom Reyes talked her into the crossing.",
        "\u201cThe sea was calm and the engine had just been serviced,\u201d she said.",
    ) == ["Ana Ruiz"]
    # A title tells too: the spokeswoman is no "he".
    assert _speakers(
        "Harbour master Tom Reyes said on Monday that two of the cranes had been damaged in the storm.",
        "Spokeswoman Lena Marsh said the port would reopen, and Reyes agreed with the plan.",
        "\u201cWe will have the cranes working again by Friday,\u201d he said.",
    ) == ["Tom Reyes"]


def test_an_outlet_known_by_its_initials_relays_and_does_not_speak() -> None:
    found = reactions(article(
        "1",
        "Top women in the harbour trade wrote to the Lessby Port Academy about its hiring on Monday.",
        "The NYT says the letter calls for a task force on hiring, and \u201cas senior harbour executives with "
        "a true commitment to the trade, we hereby put ourselves forward for service.\u201d",
    ))
    assert "NYT" not in [r.speaker for r in found]


def test_a_people_has_no_family_name_to_resolve_a_word_to() -> None:
    found = reactions(article(
        "1",
        "The NAACP issued a travel advisory in October warning African Americans they could face discrimination "
        "when flying on American.",
        "African Americans have complained of rude treatment by the crew on several flights this year.",
        "American pledged to hire an outside firm to review its diversity in hiring and train all 120,000 "
        "employees.",
    ))
    assert [r.speaker for r in found] == ["American"]  # the airline, as the articles call it


def test_what_tells_a_persons_pronoun_is_theirs() -> None:
    # Only the subject's pronoun tells: "a lawyer for Ana Ruiz said he" is the lawyer.
    assert _speakers(
        "Ana Ruiz was charged with fraud on Monday.",
        "A lawyer for Ana Ruiz said he would appeal the ruling.",
        "Tom Reyes, the prosecutor, spoke after the hearing.",
        "\u201cI have done nothing wrong and I will prove it,\u201d Ruiz told reporters later. \u201cThe truth will "
        "come out,\u201d she said.",
    ) == ["Ana Ruiz", "Ana Ruiz"]
    # No pronoun before a name ("told her Tom Reyes"), no lower-case "miss", no couple's "Mr. and Mrs.".
    assert _speakers(
        "\u201cWe will miss Tom Reyes very much,\u201d said Ana Ruiz, the club chair.",
        "Reyes, the coach, left the club on Monday after ten years.",
        "\u201cIt was time for a new challenge,\u201d he said.",
    ) == ["Ana Ruiz", "Tom Reyes"]
    assert _speakers(
        "Mr. and Mrs. Tom Reyes lost their home in the flood.",
        "Ana Ruiz, a neighbour, helped them.",
        "Reyes thanked the town for its help on Friday.",
        "\u201cWe could not have survived without the town,\u201d he said.",
    ) == ["Tom Reyes"]
    # A role's head tells, not the words after it: "the widow of a policeman" is a "she".
    assert _speakers(
        "Ana Ruiz, the widow of a policeman, spoke at the inquest on Monday.",
        "Tom Reyes, the coroner, listened.",
        "\u201cNobody has ever told us the truth about that night,\u201d she said.",
    ) == ["Ana Ruiz"]


def test_one_speakers_words_quoted_by_another_are_no_repeat() -> None:
    found = reactions(
        article("1", "Floods hit Lessby on Monday, forcing 2,000 people from their homes.",
                "\u201cWe will rebuild this town,\u201d said Tom Reyes, the mayor of Lessby.",
                "Ana Ruiz, the opposition leader, was scathing: \u201cThe mayor keeps telling people we will rebuild "
                "this town, but he has no money, no plan and no support from the council.\u201d"),
        article("2", "Thousands fled floods in Lessby on Monday.",
                "\u201cWe will rebuild this town,\u201d Mayor Tom Reyes said."))
    assert {r.speaker for r in found} == {"Tom Reyes", "Ana Ruiz"}


def test_a_verdict_given_frames_the_words_of_who_gave_it() -> None:
    assert _speakers(
        "Harbor Check, a fact-checking site, rated 32% of the mayor's claims as \u201cfalse\u201d or \u201cpants on "
        "fire\u201d last year.",
    ) == ["Harbor Check", "Harbor Check"]
    # Present forms are more often nouns: the rules of the Lessby Council do not speak.
    assert _speakers(
        "Though Lessby Council rules permit members to send proxies, it is prohibited when voting \u201cto fill a "
        "vacancy on the board\u201d this year.",
    ) == [None]


def test_who_before_a_verb_of_saying_is_the_name_right_before_it() -> None:
    assert _speakers(
        "Harbour master Ana Ruiz noticed something was wrong with Tom Reyes, who told the ferry captain, \u201cI "
        "don't really feel too good today.\u201d",
    ) == ["Tom Reyes"]


def test_a_body_after_of_the_or_at_the_is_where_the_speaker_works_not_who_speaks() -> None:
    found = story(
        article("1", "Tom Reyes, chairman of the Lessby Prisoners Club, which advocates on behalf of prisoners in "
                "Norvanian jails, said the court had acted to silence the girl.",
                "Researchers at the University of Lessby say the planets were found using data from a space "
                "telescope."),
        article("2", "The Lessby Prisoners Club said on Monday the girl was being held unfairly by Norvania."),
        article("3", "The University of Lessby said its researchers had found planets in another galaxy."),
    ).reactions
    assert [(r.speaker, r.text) for r in found] == [
        ("Lessby Prisoners Club", "Girl was being held unfairly by Norvania.")]  # its own words only


def test_guards_of_the_verdict_the_who_and_the_outlet_rules() -> None:
    # A reign or a phrasal "ruled", a later verb, a quoted name and another's words are no verdict's.
    assert _speakers("Tom Reyes ruled Norvania for 30 years until his \u201cpeaceful\u201d exit in 2010.") == [None]
    assert _speakers("Lessby ruled out a bailout, and Tom Reyes called the decision \u201ca betrayal.\u201d") \
        == ["Tom Reyes"]
    assert _speakers("Judge Ana Ruiz judged the \u201cBest in Show\u201d category at the Lessby fair.") == [None]
    assert _speakers("The Supreme Court ruled that the statute's ban on \u201coffensive\u201d marks was void.") \
        == [None]
    # "who" after a noun's "of" or "for" is that noun, not the name it holds.
    assert _speakers("Ana Ruiz, a lawyer for Tom Reyes, who told reporters, \u201cWe will appeal.\u201d") \
        == ["Ana Ruiz"]
    assert _speakers("Ana Ruiz thanked the people of Norvania, who told her, \u201cCome back soon.\u201d") \
        == ["Ana Ruiz"]
    # Initials the story spells out as another body are that body's.
    assert _speakers("The Congressional Black Caucus (CBC) met on Tuesday.",
                     "\u201cThis bill is a step backwards,\u201d the CBC said in a statement.") == ["CBC"]
    # A verdict on someone's claim is still the rater's.
    assert _speakers("Harbor Check rated Reyes's claim about the ferry fares as \u201cmostly false\u201d on Monday.") \
        == ["Harbor Check"]


def test_a_quote_after_an_aside_in_a_that_clause_continues_the_reporters_sentence() -> None:
    found = reactions(article(
        "1",
        "Norvania launched a long-range rocket over the northern sea on Sunday morning, its navy said.",
        "From Lessby, Ana Ruiz, the harbour minister, said that the launch, so soon after last month's test, "
        "\u201crepresents yet another reckless provocation and a flagrant violation of the sea treaty.\u201d",
    ))
    [ruiz] = [r for r in found if r.speaker == "Ana Ruiz"]
    assert ruiz.text.startswith("The launch") and not ruiz.quote  # the sentence, not a fragment opening on a verb
    # A whole quotation an outlet writes in lower case after a comma stays whole.
    found = reactions(article(
        "1",
        "The prime minister Ana Ruiz told the rabbis on Tuesday, \u201cthere is a political effort, through "
        "demonstrations and other means, to bring down the government.\u201d",
    ))
    assert [r.text for r in found][:1] == [
        "there is a political effort, through demonstrations and other means, to bring down the government."]


def test_according_to_a_paper_filed_by_someone_gives_its_authors_words() -> None:
    assert _speakers(
        "According to a 52-count civil complaint filed by the federal Lessby Harbour Board, the developers ran a "
        "\u201cmassive eight-year fraudulent scheme\u201d in which they \u201csystematically looted\u201d the fund.",
    ) == ["Lessby Harbour Board", "Lessby Harbour Board"]
    # A paper sent to someone is not theirs.
    assert _speakers(
        "According to a letter sent to Tom Reyes, the harbour was \u201cclosed for good\u201d after the storm.",
    ) == [None]


def test_as_someone_put_it_gives_the_quotation_to_the_name_between() -> None:
    assert _speakers(
        "Tom Reyes, the mayor of Lessby, signed the ferry contract with Ana Ruiz on Monday after a night of talks.",
        "The contract is \u201ca lifeline for the whole island and its people,\u201d as Ruiz put it.",
        "As Tom Reyes, the mayor, put it in a statement, the harbour is "
        "\u201cready for the next hundred years of ferries.\u201d",
    ) == ["Ana Ruiz", "Tom Reyes"]
    assert _speakers(
        "The new quay is, as Tom Reyes of the harbour trust put it when the plans were first published, \u201ca car "
        "park where the boats used to be.\u201d",
    ) == ["Tom Reyes"]
    # A hand's "put it down", a chair's "put it to a vote" or a striker's "put it past the keeper" says nothing.
    assert _speakers(
        "The pier was \u201cthe oldest one on the whole coast of Norvania\u201d as soon as Ana Ruiz put it down.",
        "MPs shouted \u201cresign, resign, resign now\u201d as Speaker Ana Ruiz put it to a vote on Tuesday.",
        "Fans sang \u201cwe are going to the final again\u201d as Tom Reyes put it past the goalkeeper.",
    ) == [None, None, None]


def test_a_body_named_by_its_kind_characterising_something_speaks() -> None:
    assert _speakers(
        "Lessby Rovers were docked 12 points by an independent commission on Tuesday.",
        "In its written reasons, the commission described \u201ca deliberate and sustained pattern of "
        "non-compliance\u201d at the club.",
    ) == ["the commission"]
    # A noun naming a thing is no subject: "a show called “...”".
    assert _speakers(
        "Lessby Rovers were docked 12 points by an independent commission on Tuesday.",
        "Fans watched a documentary called \u201cthe long road back to the top flight\u201d on Sunday.",
    ) == [None]


def test_a_described_speaker_thanking_someone_and_adding_a_quotation_speaks_it() -> None:
    # "X thanked ... and added:": the subject of the first verb says the words, named or described.
    assert _speakers(
        "The Lessby council agreed on Monday to keep the night ferry running until 2030.",
        "The union thanked the council on Facebook and added: \u201cIt is a very good day for the town.\u201d",
        "The Save Our Ferry campaign welcomed the decision and also said: \u201cWe will keep watching the pier.\u201d",
        "The injured captain thanked the rescuers and added: \u201cI owe them my life and I will not forget it.\u201d",
    ) == ["The union", "The Save Our Ferry campaign", "The injured captain"]
    # A first verb whose past ends in no -ed: "came back", "got out".
    assert _speakers(
        "A ferry turned back to Lessby on Saturday after a gull flew into its bridge.",
        "The captain came back on the intercom and said: \u201cThe bird is back on the bridge, folks.\u201d",
        "The driver got out of the cab and said: \u201cWe are going home, I am sorry.\u201d",
    ) == ["The captain", "The driver"]
    # A subject of its own after "and" speaks for itself.
    assert _speakers(
        "The union thanked the council on Monday, and the mayor added: \u201cIt is a very good day for the town.\u201d",
    ) == ["the mayor"]


def test_a_peoples_noun_after_the_is_the_one_it_named_before() -> None:
    assert _speakers(
        "Frenchman Tom Reyes was sent off after a late tackle in the second half of the final.",
        "\u201cI am sorry for the tackle and I will not appeal,\u201d the Frenchman said after the match.",
    ) == ["Tom Reyes"]


def test_a_goal_added_by_its_place_in_the_count_is_no_reaction() -> None:
    found = reactions(article(
        "1", "Lessby Rovers reached the Norvania Cup final with a 3-1 win over Norvania City on Saturday.",
        "Ana Ruiz scored in the 12th and 34th minutes, and Mark Hale added a third late on.",
        "Rovers coach Lena Park said her team had never stopped believing they could win the cup.",
    ))
    assert [r.speaker for r in found] == ["Lena Park"]


def test_a_second_point_added_in_speech_is_still_said() -> None:
    found = reactions(article(
        "1", "Lessby council approved the new ring road on Monday despite protests from residents.",
        "Lena Park, who chairs the residents' group, added a third on Tuesday, saying the road would cut Lessby "
        "Park in two.",
    ))
    assert "Lena Park" in [r.speaker for r in found]


def test_a_city_and_its_state_in_a_based_compound_do_not_end_an_appositive() -> None:
    found = reactions(article(
        "1",
        "Lessby Air grounded its fleet of turboprops on Monday after the crash near Dunmore.",
        "Korvel Foods, a Lyon, France-based grocer, said on Tuesday that sales at its airport shops had fallen.",
        "Amy Lee, London-based head of research at Acme Securities, said Korvel's shares could fall further.",
    ))
    assert sorted(r.speaker for r in found) == ["Amy Lee", "Korvel Foods"]


def test_a_long_relative_clause_between_a_name_and_said_keeps_her_the_speaker_and_the_next_she() -> None:
    found = {r.text[:12]: r.speaker for r in reactions(article(
        "1",
        "Judge Una Garvey ruled on Tuesday that the ban on short lets could not apply to people's own homes. "
        "Garvey said the ban was disproportionate.",
        'Siobhan Keady, who lets her three-bedroom house on Threadneedle Road during the races while she stays with '
        'her sister in Moycullen, said the ruling was "common sense".',
        '"I\'m not running a hotel. I\'m a nurse who goes to her sister\'s for two weeks in the summer," she told '
        'the Herald.',
        "The ban was a request by Lessby police, who heard from colleagues in Dunmore that a similar rule had worked "
        "well during the city's annual races, said Ana Ruiz, a spokeswoman for the organisers.",
    ))}
    assert found["I'm not runn"] == "Siobhan Keady"
    assert found["The ban was "] == "Ana Ruiz"


def test_a_quotation_over_paragraphs_is_the_speaker_named_where_it_ends_in_marks_of_its_kind() -> None:
    assert _speakers(
        "The court ruled on Tuesday that the ban on holiday lets could not apply to people's own homes.",
        '"It is one thing to say the ban goes too far for people\'s own homes. It is another to say the state '
        'cannot act at all.',
        '"The first is regulation, and we will do it properly," Housing Minister Ana Ruiz said.',
    ) == ["Ana Ruiz", "Ana Ruiz"]
    # An excerpt in straight marks is not continued by a quotation in curly ones.
    excerpt, quote = _speakers(
        "Housing Minister Ana Ruiz said the government would study the ruling.",
        '"The hosts thought the whole case was outrageous. They were anxious, sure, but not ready to give up.',
        "\u201cIt never crossed my mind that we would lose,\u201d said Tom Reyes, a lawyer for the hosts.",
    )
    assert (excerpt != "Tom Reyes", quote) == (True, "Tom Reyes")


def test_a_quotation_framed_by_a_verb_of_temper_is_the_framed_speakers() -> None:
    assert _speakers(
        "The club was banned from European competition for two seasons on Friday.",
        '"It is a disgrace and we will fight it," fumed Ana Ruiz, a supporter.',
        '"We consider this decision unjust," the club president lamented.',
    ) == ["Ana Ruiz", "the club president"]


def test_a_long_relative_clause_reaches_only_a_verb_no_name_signs_for_the_sentences_first_name() -> None:
    found = {r.speaker: r.text[:20] for r in reactions(article(
        "1",
        "River Plate beat Dunmore 2-1 on Sunday to go top of the league.",
        "Dunmore coach Mark Ortiz, whose side had not lost at home since March, said River, the better team on the "
        "night, deserved to win.",
        "Lawyers representing Tom Reyes, who has been held in a Dunmore jail since police raided his home over alleged "
        "links to a fuel smuggling ring in March, said on Monday they would ask the High Court to free him.",
    ))}
    assert found.get("Mark Ortiz", "").startswith("Dunmore coach")
    assert "Tom Reyes" not in found and "River" not in found


def test_an_open_paragraph_naming_its_own_speaker_and_a_scare_quote_before_raged_keep_their_speakers() -> None:
    assert _speakers(
        '"We need more money for the schools and we need it now, said opposition leader Ana Ruiz.',
        '"The budget is fixed and we will not borrow," council leader Tom Reyes said.',
    )[1:] == ["Tom Reyes"]
    assert _speakers(
        '"We need more money for the schools and we need it now, said opposition leader Ana Ruiz.',
        '"The budget is fixed and we will not borrow," council leader Tom Reyes said.',
    )[0] != "Tom Reyes"
    found = reactions(article(
        "1", 'The wildfire, dubbed the "Ridge Fire" by locals, raged for a third day on Tuesday, fire chief Tom Reyes '
             'said.',
        "Tom Reyes, who has been held in a high-security prison near Dunmore since his arrest at the border in March "
        "last year, is in poor health, said his lawyer, Ana Ruiz."))
    assert [(r.speaker, r.text[:12]) for r in found if r.speaker == "Tom Reyes"] == [("Tom Reyes", "The wildfire")]


def test_an_answer_in_the_next_paragraph_does_not_end_an_open_question() -> None:
    speakers = _speakers(
        "The hearing went on for six hours on Tuesday.",
        '"I have read every one of those reports and not one of them finds the line safe. Not one. Why?',
        '"I accept that mistakes were made and we are fixing them," Lessby Rail chief executive Tom Reyes replied.',
    )
    assert speakers[0] != "Tom Reyes" and speakers[1] == "Tom Reyes"


def test_a_briefing_keeps_the_words_of_ten_speakers() -> None:
    said = {"Ana Ruiz": "We fished from that pier before my grandfather was born",
            "Tom Reyes": "The council has ignored every warning about the rotten piles",
            "Lena Park": "Our cafe will lose half its customers this summer",
            "Ivo Marsh": "Engineers told us the repairs could take two winters",
            "Ada Lenz": "Nobody asked the lifeboat crew where they should moor now",
            "Olle Berg": "Tourists come for the view from the end of the pier",
            "Mira Holt": "A temporary pontoon would cost less than the lost trade",
            "Jan Vos": "School trips to the aquarium start from that landing stage",
            "Rita Sol": "I painted that lighthouse from the pier every Sunday",
            "Pavel Ek": "The divers will have to find another place to train"}
    found = reactions(*(article(str(n), "The Lessby council voted on Monday to close the old ferry pier for a year.",
                                f"\u201c{words},\u201d said {name}.")
                        for n, (name, words) in enumerate(said.items(), 1)))
    assert sorted(r.speaker for r in found) == sorted(said)


def test_a_nickname_in_quotation_marks_is_part_of_a_name_not_a_quotation() -> None:
    paragraphs = ('Ramon "El Toro" Vargas, a smuggler, was extradited to Norvania on Friday, the ministry said.',
                  '"We will appeal this decision at every level," his lawyer, Tomas "Tommy" Reyes, said.',
                  'Ramon "El Toro" Vargas told the court on Thursday that he had never seen the boats.')
    assert _speakers(*paragraphs[:2]) == ["Tomas Reyes"]
    told = story(article("1", *paragraphs, title="Smuggler extradited to Norvania"))
    assert told.what[0].text == paragraphs[0]
    assert {"Ramon Vargas", "Tomas Reyes"} <= {a.name for a in told.who}


def test_one_named_as_an_owners_relative_with_a_title_speaks_but_not_one_the_owners_words_are_addressed_to() -> None:
    assert _speakers(
        "The senator spoke at a rally in Lessby on Sunday, with Bobby Tran beside him.",
        '"This is a big year for our next senator, Bobby Tran," Tran\'s niece, state Del. Marcia Okafor, said.',
    ) == ["Marcia Okafor"]
    assert _speakers(
        "Opposition leader Dan Reyes wrote to the government on Monday about the harbour plan.",
        'Reyes\'s letter, addressed to Prime Minister Ana Ruiz, said the plan was "reckless and unlawful".',
    ) == ["Dan Reyes"]
    assert _speakers(  # a body after the verb it is the object of: "who met the company's board"
        "Union members met the board of Acme on Monday.",
        'Union members who met the company\'s board called the offer "insulting and late".',
    ) != ["the company's board"]


def test_a_sentence_after_a_quotations_stop_that_goes_on_to_say_something_leaves_the_quotation_its_speaker() -> None:
    speakers = _speakers(
        "Rovers lost 4-0 at home to Dale on Saturday, their sixth defeat in a row.",
        '"I take full responsibility," manager Hal Brenner said after the defeat. "The players deserved better from '
        'me." The club\'s captain, Leo Dahl, added, however, that the squad had let the manager down.',
    )
    assert speakers == ["Hal Brenner", "Hal Brenner"]


def test_a_body_named_by_its_kind_after_an_owner_or_the_is_whose_characterisation_it_is() -> None:
    assert _speakers(
        "Japan imposed sanctions on seven Chinese banks on Monday, the trade ministry said.",
        "China's foreign ministry called the sanctions \u201can act of economic aggression against our people\u201d.",
        "The foreign ministry described the sanctions as \u201ca grave mistake that will hurt both our peoples\u201d.",
    ) == ["China's foreign ministry", "foreign ministry"]  # the one named back by "the" may be another country's


def test_a_site_or_a_firm_owned_by_whom_according_to_speaks_for_no_one() -> None:
    """ "according to her Linkora account" is her account's word: Linkora, the site, says nothing."""
    said = reactions(article(
        "1",
        "Marta Lenz, 62, worked as a \u201cguest relations host\u201d at the Orvell Casino from 2010 to 2013, "
        "according to her Linkora account.",
        "Linkora said it had removed 40 fake accounts this year.",
    ))
    assert all(r.speaker != "Linkora" or "fake accounts" in r.text for r in said)


def test_a_name_ending_in_a_roman_numeral_is_one_persons_with_the_title_before_it() -> None:
    told = story(
        article("1", "\u201cOur thoughts are with every family tonight,\u201d King Aldric III said in a statement.",
                "Pope Severin XIV said he was praying for the victims."),
        article("2", "King Aldric III said: \u201cOur thoughts are with every family tonight.\u201d"),
    )
    assert [(r.speaker, r.role) for r in told.reactions] == [("Aldric III", "King")]
    assert [(a.name, a.role) for a in told.who] == [("Aldric III", "King"), ("Severin XIV", "Pope")]


def test_a_clause_telling_what_someone_told_others_is_what_was_said_not_a_frame() -> None:
    """From a seventh reading: ", contrary to what engineers had told officials in Lessby" carries the point."""
    assert any("contrary to what engineers had told" in r.text for r in told("r7_watersafe").reactions)


def test_a_quote_with_its_unit_written_on_to_the_number_is_the_same_quote() -> None:
    """ "20mph" and "20 mph" are one wording: the quote shown once, citing both."""
    said = reactions(
        article("1", "\u201cAt 20 mph a child hit by a car will usually walk away. At 30 mph, too many of them "
                     "don't,\u201d said Sadia Farouk, the council's transport lead."),
        article("2", "\u201cAt 20mph a child hit by a car will usually walk away,\u201d said Sadia Farouk."),
    )
    assert [r.sources for r in said if r.speaker == "Sadia Farouk"] == [["1", "2"]]


def test_a_clause_saying_someone_never_told_anyone_is_what_was_said() -> None:
    """From an eighth reading: ", but the council never told anyone about it" is the point, not a frame."""
    assert any("never told anyone" in r.text for r in told("r8_toldtail2").reactions)


def test_someone_telling_the_police_or_auditors_is_part_of_what_was_said() -> None:
    """From a ninth reading: ", until a junior clerk told auditors in Lessby" is what happened, not a frame."""
    assert any("told auditors" in r.text for r in told("r9_told_until2").reactions)


def test_a_surname_shown_as_she_looked_is_hers_though_the_story_also_names_an_era_after_her() -> None:
    s = story(
        article("1", "Prime Minister Ylva Morrent's party lost its majority in Sunday's election, results showed.",
                "The Morrent government had ruled alone since 2013.",
                '"We did not win the majority we asked for, but we remain the largest party," Morrent told '
                "supporters."),
        article("2", "YLVA Morrent's ruling party has lost its majority after a brutal election night.",
                'Opposition boss Teodor Vance, 49, punched the air and roared: "Tonight the country voted for change. '
                'This is the end of the Morrent era!"',
                'But a grim-faced Morrent, 58, refused to throw in the towel. "We remain the largest party," she '
                "insisted, before being bundled into a car."),
    )
    assert not any("largest party" in r.text for r in s.reactions if r.speaker == "Teodor Vance")
    assert any(r.speaker == "Teodor Vance" and "voted for change" in r.text for r in s.reactions)


def test_declaring_an_emergency_or_mourning_is_an_act_not_a_reaction() -> None:
    for name, act in (("r8_longbranch", "declared a state of emergency"),
                      ("bus_tourists", "declared a day of mourning")):
        s = told(name)
        assert not any(act in r.text for r in s.reactions), name
        # Counter-example: the same speaker's words are still shown.
        assert s.reactions


def test_a_day_or_storm_claiming_jobs_or_lives_says_nothing() -> None:
    found = reactions(
        article("1", "Rovers coach Tom Reyes retired on Monday as the league's 'Sacking Sunday' claimed the jobs of "
                     "three of his rivals.",
                "\u201cIt has been a wonderful ride and I leave with no regrets,\u201d Reyes said."),
        article("2", "Tom Reyes is retiring after five seasons at Rovers.",
                "Storm Edda claimed the lives of two fishermen off Lessby a week earlier.",
                "\u201cIt has been a wonderful ride,\u201d Reyes said."),
    )
    assert [r.speaker for r in found] == ["Tom Reyes"]
    # What someone claims, a clause after the prize or the jobs, is what they said.
    found = reactions(
        article("1", "The Lessby games were marred by a doping row and a budget overrun on Sunday.",
                "Rovers coach Tom Reyes claimed the gold medal winner had missed two drugs tests this year.",
                "Opposition leader Ana Ruiz claimed the jobs scheme had cost 40 million crowns more than planned."),
    )
    assert [r.speaker for r in found] == ["Tom Reyes", "Ana Ruiz"]


def test_a_person_with_a_role_named_after_from_still_speaks() -> None:
    found = reactions(
        article("1", "Ana Ruiz, general secretary of the Lessby Teachers' Union, said heads should not turn children "
                     "away.",
                "\u201cTeachers are not border guards. The authorities must decide who is kept out,\u201d she said."),
        article("2", "\u201cTeachers are not border guards.\u201d",
                "That was the warning from Ana Ruiz, general secretary of the Lessby Teachers' Union, who visited "
                "Ostbury school last month."),
    )
    assert any(r.speaker == "Ana Ruiz" and "border guards" in r.text for r in found)


def test_a_bodys_report_finding_quoted_words_gives_the_body_as_speaker() -> None:
    assert _speakers(
        "A Lessby Port Authority report released last year found that the quay could not be \u201ckept safe without "
        "new steel piles.\u201d",
        # An outlet's report relays: outlets never speak.
        "A Lessby Courier investigation found that the quay had been \u201cleft to rot for a decade or more.\u201d",
    ) == ["Lessby Port Authority", None]


def test_a_repeated_quotation_short_enough_to_show_whole_keeps_its_last_sentence() -> None:
    """A post of three short sentences that three outlets print is shown whole: its last sentence is often the one
    readers remember, and cutting after the second only because the first two reach the opening's length lost it."""
    post = ("Harbour ferry to sail next month from the old quay at Lessby. Will carry twice the cars of the last "
            "one. Guaranteed to be a fine crossing, one way or another.")
    shown = reactions(*(article(str(n), f"Ferry chief Ana Ruiz wrote on Monday: \u201c{post}\u201d",
                                f"The Lessby ferry line was closed in {year}.") for n, year in
                        ((1, 2019), (2, 2020), (3, 2021))))
    [ruiz] = [r for r in shown if r.speaker == "Ana Ruiz"]
    assert ruiz.text.rstrip(".").endswith("Guaranteed to be a fine crossing, one way or another") and ruiz.quote
    assert ruiz.sources == ["1", "2", "3"]


SILVERMAN = Path(__file__).parent / "fixtures" / "real_heldout" / "silverman-sheen-split" / "ARTICLES"


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="needs ../shared/eval/giveme5w1h/clusters")
def test_she_after_a_sentence_naming_her_ex_boyfriend_is_not_him() -> None:
    """ "The comedian even gushed over Sheen to her ex-boyfriend Jimmy Kimmel ...", then "“...,” she said": an
    ex-boyfriend is a man as a boyfriend is, and "she" is not him (real articles of the 383 feed)."""
    files = [str(CLUSTERS / name) for name in SILVERMAN.read_text().split()]
    briefing = result_of(build_briefing(files, Settings.from_env({})))
    speakers = {r.speaker for story_ in briefing.stories for r in story_.reactions}
    assert "Sarah Silverman" in speakers and "Jimmy Kimmel" not in speakers


def _heldout_speakers(story_name: str) -> list[str]:
    return [r.speaker for story_ in heldout_briefing(story_name).stories for r in story_.reactions]


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="needs ../shared/eval/giveme5w1h/clusters")
def test_real_reports_of_described_speakers_come_after_the_named_ones() -> None:
    """Real articles of the 383 feed: "A police spokesperson told the Germany's Deutsche Presse Agentur that none of the
    injuries appeared fatal" is the police's reaction; "Authorities said the boy ... is expected to recover", printed by
    two outlets, does not take the last speaker's place from an eyewitness one outlet names."""
    assert any("police" in s.casefold() for s in _heldout_speakers("tourist-boat-hits-bridge"))
    speakers = _heldout_speakers("harambe-gorilla-shooting")
    assert len(speakers) >= MAX_SPEAKERS and "Brittany Nicely" in speakers


def test_a_countrys_report_is_not_cut_at_its_last_word() -> None:
    """ "South Korea", named "the Republic of Korea" in the sentence: "Korea" is no family name to cut at."""
    said = "The Republic of Korea said the missile flew 600 kilometres."
    assert reactions_module.gist(said, "South Korea") == said


def test_a_sentence_two_outlets_print_a_little_differently_is_shown_once() -> None:
    """One outlet prints "... hearing the anthem because it still gets to me", another "... and hearing the anthem
    because it still gets me" inside a longer quotation: the sentence is shown once, and the rest of the longer one
    (a sentence no other outlet printed) is still the coach's."""
    lead = "Rovers coach Tom Reyes is retiring after five seasons, he said on Monday."
    shown = reactions(
        article("1", lead, "\u201cThe tears you see are tears of joy. I will miss the players. I will miss coming "
                           "out of the tunnel hearing the anthem because it still gets to me,\u201d Reyes said."),
        article("2", lead, "\u201cI will miss the players. I will miss coming out of the tunnel, hearing the anthem "
                           "because it still gets to me,\u201d Reyes said."),
        article("3", lead, "\u201cI will miss coming out of the tunnel and hearing the anthem because it still gets "
                           "me. But somehow, some way, I am going to stay close to the game,\u201d Reyes said."),
    )
    assert len([r for r in shown if "out of the tunnel" in r.text]) == 1
    assert any(r.speaker == "Tom Reyes" and "stay close to the game" in r.text for r in shown)


def test_a_quotation_a_wider_one_prints_in_other_words_is_not_shown_again() -> None:
    """Three outlets print a post whose first sentence tags the partner ("The great @tomreyes & I ..."), a fourth
    spells the name out and breaks the post into paragraphs: its first sentence is no reaction of its own, the post
    is one reaction citing all four."""
    post = ("The great @tomreyes & I consciously uncoupled over Christmas. I mean, not 'over Christmas' - like that "
            "wasn't the fight that ended it. No fight. We just live in different countries & it got hard. Felt we "
            "should just tell y'all so u stop askin, 'How's Tom/How's Ana?'")
    lead = "Comedian Ana Ruiz and actor Tom Reyes have split after four years."
    shown = reactions(
        *(article(str(n), lead, f"Ruiz wrote on Twitter: \u201c{post}\u201d") for n in range(1, 4)),
        article("4", lead, "Ana, 47, said: \u201cThe great Tom Reyes and I consciously uncoupled over Christmas.",
                "\u201cI mean, not 'over Christmas' - like that wasn't the fight that ended it. No fight.",
                "\u201cWe just live in different countries & it got hard.",
                "\u201cFelt we should just tell y'all so u stop asking, 'How's Tom/How's Ana?'\u201d"),
    )
    uncoupled = [r for r in shown if "uncoupled" in r.text]
    assert [(r.speaker, len(r.sources)) for r in uncoupled] == [("Ana Ruiz", 4)]


def test_one_speakers_two_statements_worded_alike_about_two_places_are_both_shown() -> None:
    """ "We will close the Harwick plant at the end of the year ..." and "We will close the Lessby plant at the end of
    the summer ...": alike but for the place, two statements, neither a copy of the other."""
    lead = "Delmar Foods will close two of its factories in the Vell valley, the company said on Tuesday."
    harwick = "We will close the Harwick plant at the end of the year and move its work to our other sites."
    shown = reactions(
        article("1", lead, f"Chief executive Annika Roos said: \u201c{harwick}\u201d"),
        article("2", lead, f"\u201c{harwick}\u201d chief executive Annika Roos said."),
        article("3", "Delmar Foods will close its Lessby pastry plant, the company told staff on Tuesday.",
                "\u201cWe will close the Lessby plant at the end of the summer and move its work to our other sites. "
                "Nobody at Lessby will leave with less than a year's pay,\u201d chief executive Annika Roos told "
                "workers."),
    )
    assert any("Harwick plant" in r.text for r in shown)
    assert any("Lessby plant" in r.text for r in shown)


def test_a_speaker_who_also_or_later_says_something_is_its_speaker() -> None:
    """ "Heather Nauert also warned that ...", "Reyes later told reporters ...": a word between the speaker and the
    verb of saying leaves the speaker its subject."""
    lead = "Norvania's leader offered talks with Kestria on Monday in a New Year speech."
    found = reactions(
        article("1", lead, "Kestrian foreign ministry spokesman Ana Ruiz also warned that Norvania 'may be trying to "
                           "drive a wedge between the two allies'."),
        article("2", lead, "Kestrian President Tom Reyes later told reporters that any talks must wait until after "
                           "the spring elections."),
    )
    assert {r.speaker for r in found} == {"Ana Ruiz", "Tom Reyes"}
    # Not a name a verb or a preposition holds: the surgeon and the minister speak, not whom they treated or sacked.
    found = reactions(
        article("1", "Lessby United striker Tom Reyes was stabbed outside a nightclub on Saturday.",
                "The surgeon who operated on Tom Reyes has said the striker may never play again.",
                "The chairman who sacked Ana Ruiz later told reporters he had no regrets."),
    )
    assert not {r.speaker for r in found} & {"Tom Reyes", "Ana Ruiz"}


def test_a_quotation_signed_by_a_body_and_its_person_is_the_persons() -> None:
    """ '"...," said the Lessby Research Institute's Ana Ruiz': the body is where she works, the words are hers."""
    lead = "Kestria's first heavy rocket will fly from the Lessby coast next month, its maker said on Monday."
    found = reactions(
        article("1", lead, "\u201cI can't wait to see it fly and to see it fly again and again,\u201d said the Lessby "
                           "Research Institute's Ana Ruiz."),
        article("2", lead, "\u201cIt is a catchy way to get attention,\u201d said Orvel Media's chief analyst Tom "
                           "Reyes."),
    )
    assert {(r.speaker, r.role) for r in found} == {("Ana Ruiz", "Lessby Research Institute"),
                                                    ("Tom Reyes", "chief analyst")}


def test_a_name_with_who_said_after_it_is_the_speaker() -> None:
    """ "The figures were released by interior minister Tom Reyes, who said ...": "who" is Reyes, and the words his;
    in "A lawyer for Ana Ruiz, who said ..." "who" may be the lawyer, and Ruiz is not made to speak."""
    lead = "Police in Lessby are investigating 120 complaints of theft after the New Year's Eve festival."
    found = reactions(
        article("1", lead, "The figures were released by state interior minister Tom Reyes who said all of the "
                           "suspects had come to Lessby for the festival."),
        article("2", lead, "A lawyer for Ana Ruiz, who said the festival's stewards had been overwhelmed, was also at "
                           "the hearing."),
    )
    assert [(r.speaker, r.text) for r in found] == [
        ("Tom Reyes", "All of the suspects had come to Lessby for the festival.")]
    found = reactions(
        article("1", lead, "Investigators will ask Tom Reyes who told staff to store the fireworks next to the stage."),
        article("2", lead, "The appeal was launched by the mother of murdered schoolboy Ana Ruiz, who said no other "
                           "family should go through what hers had."),
    )
    assert not {r.speaker for r in found} & {"Tom Reyes", "Ana Ruiz"}


def test_announcing_a_step_is_an_act_not_a_reaction() -> None:
    """ "Tom Reyes announced his own exit at his press conference": what he did, told by the reporter; "announced the
    deal was off" reports what was said."""
    lead = "Rovers coach Ana Ruiz is retiring after five seasons, she said on Monday."
    found = reactions(
        article("1", lead, "Rival coach Tom Reyes announced his own exit at his post-match press conference after his "
                           "team lost 30-10.",
                "Club chairman Piet Harmsen announced the deal with the new sponsor was off."),
    )
    assert [r.speaker for r in found] == ["Piet Harmsen"]


def test_a_quotation_signed_by_someones_relative_or_lawyer_is_theirs_not_the_owners() -> None:
    """ '"...," said Reyes's wife outside the police station' is his wife's, as "Reyes's wife said" is; '"...," said
    Reyes's lawyer, Ana Ruiz' is the lawyer's, named."""
    lead = "Lessby striker Tom Reyes was charged with fraud on Monday, police said."
    found = reactions(
        article("1", lead, "\u201cHe is innocent and he is not going anywhere,\u201d said Reyes's wife outside Lessby "
                           "Police Headquarters."),
        article("2", lead, "\u201cMy client will fight these charges in court,\u201d said Reyes's lawyer, Ana Ruiz."),
    )
    assert {(r.speaker, r.role) for r in found} == {("Reyes's wife", None), ("Ana Ruiz", "Reyes's lawyer")}
    # A spokeswoman, or a body's chief executive, speaks for whose she is, after the verb as before it.
    found = reactions(
        article("1", "Ferry operator Harbor Lines, founded by Ana Ruiz, has been accused of overcharging Tarrow "
                     "Council.",
                "\u201cThese allegations are false and we will fight them in court,\u201d said Ruiz's spokeswoman.",
                "\u201cWe expect a full refund,\u201d said Tarrow Council's chief executive."),
        article("2", "Tarrow Council has demanded a refund from Harbor Lines, the ferry company founded by Ana Ruiz.",
                "Ruiz's spokeswoman said: \u201cThese claims are false and we will see them in court.\u201d",
                "Tarrow Council's chief executive said: \u201cWe want every crown back.\u201d"),
    )
    assert {r.speaker for r in found} == {"Ana Ruiz", "Tarrow Council"}


def test_a_name_described_as_whom_another_is_of_or_for_is_not_the_speaker() -> None:
    """ "A lawyer for jailed striker Tom Reyes said ...": the lawyer speaks; "Rovers striker Tom Reyes said ..." and
    "Lessby Chamber of Trade chairman Ana Ruiz said ..." (a title's "of") are the named person's words."""
    lead = "Lessby striker Tom Reyes was stabbed outside a nightclub in March, police said."
    found = reactions(
        article("1", lead, "The man charged with the attempted murder of striker Tom Reyes told a jury he had acted in "
                           "self-defence.",
                "A lawyer for jailed striker Tom Reyes said he would appeal against the ban."),
        article("2", lead, "Rovers striker Tom Reyes said he would be back before the end of the season.",
                "Lessby Chamber of Trade chairman Ana Ruiz said members were worried but not panicking."),
    )
    assert sorted((r.speaker, r.sources) for r in found) == [("Ana Ruiz", ["2"]), ("Tom Reyes", ["2"])]
    # Right after "to" a noun takes, the name is whom the aide serves, whatever clause stands between.
    found = reactions(
        article("1", "Opposition leader Ana Ruiz will miss next week's budget vote after a fall, her party said.",
                "An aide to Ana Ruiz, who said she was in good spirits, told reporters she would need surgery."),
    )
    assert not any(r.speaker == "Ana Ruiz" for r in found)
    # Two titles joined by "and", and a close friend, are the named person's.
    found = reactions(
        article("1", "The Lessby central bank held its main rate at 4 percent on Thursday.",
                "Lessby Bank's head of research and chief economist Ana Ruiz said a cut was likely in the spring.",
                "Obst's close friend and business partner Tom Reyes said he had been planning a charity match."),
    )
    assert sorted(r.speaker for r in found) == ["Ana Ruiz", "Tom Reyes"]


def test_a_speaker_with_a_time_medium_or_place_before_the_verb_is_its_speaker() -> None:
    """ "Ana Ruiz on Monday said ...", "The Harbor Guild in a statement warned ...", "the weather service in Lessby
    tweeted ...": a short phrase between the speaker and the verb, as US reporting writes it, leaves the speaker its
    subject; the speaker is listed among the actors too."""
    lead = "The port of Lessby was closed on Monday after a storm damaged two of its cranes."
    built = story(
        article("1", lead, "Port director Ana Ruiz on Monday said the cranes would be repaired within three weeks."),
        article("2", lead, "The Harbor Guild in a statement warned that fishermen would lose 400,000 euros a week."),
        article("3", lead, "The Ostvale Weather Service in Lessby tweeted that more gales were expected on Friday."),
    )
    speakers = {r.speaker for r in built.reactions}
    assert speakers == {"Ana Ruiz", "Harbor Guild", "Ostvale Weather Service"}
    assert "Ostvale Weather Service" in {a.name for a in built.who}
    # Not a name another word holds: the letter speaks, not whom it was sent to; nor whom someone asked.
    found = reactions(
        article("1", lead, "A letter to Ana Ruiz on Monday said the port would stay closed until spring."),
        article("2", lead, "Reporters asked Tom Reyes on Monday whether the ferries would sail again."),
    )
    assert not {r.speaker for r in found} & {"Ana Ruiz", "Tom Reyes"}


def test_a_word_shouted_in_capitals_is_no_speaker() -> None:
    """A tabloid's stressed word ("the heat has ALREADY claimed 21 lives") is no body's acronym, and no speaker."""
    lead = "Unions in Lessby called for a ban on outdoor work in the afternoon heat."
    found = reactions(
        article("1", lead, "But union leaders say the killer heat has ALREADY claimed 21 lives - and that "
                           "thousands of delivery riders have been left to fry."),
        article("2", lead, "\u201cWorkers are collapsing on the sites every day,\u201d said union leader Ana Ruiz."),
    )
    assert {r.speaker for r in found} == {"Ana Ruiz"}
    # Unless the story spells it out: then it is a body's acronym.
    found = reactions(
        article("1", "A waste incinerator at Lessby Lane was approved on Monday.",
                "STILL (Stop The Incinerator at Lessby Lane) said the decision ignored the air-quality evidence.",
                "The residents' group STILL said it would appeal against the decision."),
    )
    assert {r.speaker for r in found} == {"STILL"}


def test_people_told_by_their_role_come_after_named_speakers() -> None:
    """ "Analysts said ...", "Officials in Lessby say ...": people the reader cannot tell apart come after the
    speakers they can, whatever more sources carry them; where no one else speaks they still do."""
    lead = "Acme Shipping's chief executive resigned on Monday after the port of Lessby lost its biggest contract."
    found = reactions(
        article("1", lead, "Analysts said the company would struggle to find a successor before the summer."),
        article("2", lead, "Analysts said the company would struggle to find a successor before the summer.",
                "Officials in Lessby say the contract will be offered again in the spring."),
        article("3", lead, "Board chair Ana Ruiz said the search for a new chief executive had begun."),
    )
    assert [r.speaker for r in found] == ["Ana Ruiz", "Analysts", "Officials"]
    found = reactions(article("1", lead, "Officials in Lessby say the contract will be offered again in the spring."))
    assert [r.speaker for r in found] == ["Officials"]


def test_a_name_held_by_the_people_opening_the_sentence_is_not_the_speaker() -> None:
    """ "Lawyers for Dalia Korsh said ...", "Supporters of Lessby Rovers on Saturday said ...": the lawyers and the
    supporters speak, not whom they act for or follow; after a title ("Mayor of Calden Petra Ilic said") its holder
    does."""
    lead = "A former clerk of the Lessby port authority was charged on Friday with stealing 2 million euros."
    found = reactions(
        article("1", lead, "Lawyers for Dalia Korsh said she would plead not guilty at the hearing next month."),
        article("2", lead, "Supporters of Lessby Rovers on Saturday said the club had lost its biggest sponsor."),
    )
    assert not {r.speaker for r in found} & {"Dalia Korsh", "Lessby Rovers"}
    found = reactions(article("1", lead, "Mayor of Calden Petra Ilic said the town's flags would fly at half-mast."))
    assert [r.speaker for r in found] and "Ilic" in found[0].speaker
    # "the" between changes nothing; a title's holder still speaks.
    found = reactions(
        article("1", lead, "Supporters of the Lessby Rovers on Saturday said the club had lost its biggest sponsor."),
        article("2", lead, "Chief Justice of Ostmarch Karl Obst said the court would hear the case in the spring."),
    )
    speakers = {r.speaker for r in found}
    assert "Lessby Rovers" not in speakers and any("Obst" in s for s in speakers)
    # Nor with a verb of reacting: the supporters condemn, not the man they support.
    found = reactions(article("1", lead, "Supporters of Tom Reyes condemned the charges as an attack on the party."))
    assert "Tom Reyes" not in {r.speaker for r in found}


def test_a_verb_of_reacting_takes_what_it_was_said_in_before_it_not_when() -> None:
    """ "Acme Relief in a statement welcomed the offer" reacts; "Calden last year welcomed more than 3,000 refugees"
    tells what the town did then."""
    lead = "Ostmarch offered on Monday to take in 5,000 refugees from the camp at Lessby."
    found = reactions(article("1", lead, "Acme Relief in a statement welcomed the offer, saying medicine was running "
                                         "out at the camp.",
                              "Calden last year welcomed more than 3,000 refugees from the camp, and Lessby in March "
                              "accepted 800 more."))
    assert [r.speaker for r in found] == ["Acme Relief"]


def test_a_body_whose_website_takes_reports_is_no_outlet() -> None:
    """ "Report sightings to the Harbor Birding Society website": a body's own website, not a medium relaying the story
    (as "told the Portside Gossip website" is), so the body speaks in the reactions and is listed."""
    lead = "A rare white heron has been seen on the marshes near Lessby for the first time in forty years."
    built = story(
        article("1", lead, "Birdwatchers were asked to report what they saw to the Harbor Birding Society website.",
                "The Harbor Birding Society said more than 300 people had reported seeing the bird since Sunday."),
        article("2", lead, "Sightings can be sent to the Harbor Birding Society website.",
                "The Harbor Birding Society warned visitors to keep to the paths on the marshes."),
    )
    assert "Harbor Birding Society" in {r.speaker for r in built.reactions}
    assert "Harbor Birding Society" in {a.name for a in built.who}


def test_the_body_a_speaker_is_of_is_not_the_speaker_and_acts_through_its_researchers() -> None:
    """ "Ana Ruiz of the Lessby Dockers' Union welcomed the decision": Ruiz reacts, not the union she is of (the
    capitalised run joins the two names across "of"); "Researchers from the Ostvale Transport Institute have found
    ...": the institute acts through its researchers, and is listed."""
    lead = "Ferry fares in Lessby will rise by a fifth from May, the harbour board said on Monday."
    built = story(
        article("1", lead, "Ana Ruiz of the Lessby Dockers' Union welcomed the decision but said the union would "
                           "press for a cap on fares for shift workers."),
        article("2", lead, "Researchers from the Ostvale Transport Institute have found that fares in Lessby are "
                           "already the highest in the region."),
    )
    assert [r.speaker for r in built.reactions] == ["Ana Ruiz"]
    assert "Ostvale Transport Institute" in {a.name for a in built.who}


def test_a_speaker_of_a_body_named_with_of_speaks_and_a_body_speaks_through_its_officials() -> None:
    """ "Dana Hall of the Lessby Chamber of Commerce said": the body's name goes on past its own "of", and Hall speaks;
    "Officials at the Harbor Board said", "Representatives of the Lessby Ferry Union said": the body speaks through
    them; a one-word title before "for" keeps its holder ("Coroner for West Lessby Paul Kant said"); experts asked
    for comment do not make their university an actor."""
    lead = "Plans for a bypass around Lessby were approved by the county council on Tuesday."
    built = story(
        article("1", lead, "Dana Hall of the Lessby Chamber of Commerce said the road would bring hundreds of jobs.",
                "Officials at the Harbor Board said lorries would be kept off the quay from June."),
        article("2", lead, "Representatives of the Lessby Ferry Union said the road would cost their members work.",
                "Coroner for West Lessby Paul Kant said two deaths on the old road would be reviewed.",
                "Experts from Ostvale University, who were not involved in the plans, said traffic would simply move "
                "to other streets."),
    )
    speakers = {r.speaker for r in built.reactions}
    assert {"Dana Hall", "Harbor Board", "Lessby Ferry Union"} <= speakers and any("Kant" in s for s in speakers)
    assert "Ostvale University" not in {a.name for a in built.who}


def test_people_told_by_their_role_whom_every_outlet_reports_keep_their_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Prosecutors said ..." in all four outlets of a trial, each time about something else, is a voice of the
    story: among more speakers than the reactions hold (twelve here), it keeps its place before passers-by one outlet
    quotes (a reviewer's story: ranking every group last had cut it for "Ben Auer said nothing would change")."""
    monkeypatch.setattr(reactions_module, "MAX_SPEAKERS", 12)
    speakers = [r.speaker for r in told("r41_trial_prosecutors").reactions]
    assert len(speakers) == 12 and "Prosecutors" in speakers


def test_a_body_speaks_through_its_spokeswoman() -> None:
    """ "A spokeswoman for Acme Foods said ..." is the company's statement, with or without a medium before the verb;
    "A lawyer for Tom Reyes said ..." is not Reyes's."""
    lead = "Acme Foods recalled 12,000 jars of baby food in Lessby on Monday after glass was found in two of them."
    for said in ("A spokeswoman for Acme Foods said the recall would cost about 2 million euros.",
                 "A spokeswoman for Acme Foods in an email said no child had been hurt so far."):
        found = reactions(article("1", lead, said, "A lawyer for Tom Reyes said the grocer had done nothing wrong."))
        assert [r.speaker for r in found] == ["Acme Foods"]
    # A former spokesman, or an official who asked not to be named, speaks for himself, not for the company.
    found = reactions(article(
        "1", lead, "A former spokesman for Acme Foods said the company had known about the faulty jars since March.",
        "An official at Acme Foods, who asked not to be named, said the factory would close for a month."))
    assert "Acme Foods" not in {r.speaker for r in found}


def test_a_claim_of_a_thing_keeps_its_verb() -> None:
    """ "claimed responsibility for the attack" takes a thing, not a clause: the reaction is the whole act, not
    "Responsibility for the attack" (the rule's examples hold the clause: "claimed on Monday the strike had closed")."""
    lead = "A gunman killed 12 people at a concert in Lessby on Sunday, police said."
    briefing = story(
        article("1", lead, "The Harrak Front claimed responsibility for the attack on its website on Monday."),
        article("2", lead, "The Harrak Front claimed responsibility for the attack on its website on Monday."),
    )
    assert [r.text for r in briefing.reactions if r.speaker == "Harrak Front"] == [
        "Harrak Front claimed responsibility for the attack on its website on Monday."]


def test_someone_described_not_named_is_reported_saying_something() -> None:
    """ "A fire service spokeswoman told the Courier that ..." and "The girl's grandmother told a reporter that ...":
    reported speech whose speaker the articles describe rather than name is a reaction of that description, after the
    speakers they name, however many outlets report it; "A man accused of starting the fire" is no one saying
    anything, and a sentence signed "..., police said" is the reporter's fact, its source named."""
    lead = "A fire destroyed a timber warehouse in Lessby harbour on Monday night, police said."
    found = reactions(
        article("1", lead,
                "“We lost everything we had built in twenty years,” said Marta Kessel, who owns the warehouse.",
                "A fire service spokeswoman told the Lessby Courier that none of the injuries appeared serious.",
                "The girl's grandmother told a reporter from the Harbour Gazette that the gate was open for years.",
                "A man accused of starting the fire has been remanded in custody until his trial next spring.",
                "Three firefighters were treated for smoke inhalation at the scene, police said."),
        article("2", "Fire crews fought the blaze at the harbour for six hours before it was put out.",
                "A fire service spokeswoman said the cause of the fire was not yet known to investigators."),
        article("3", "The warehouse had stored timber for boat builders along the coast since 1990.",
                "A fire service spokeswoman said crews would stay at the harbour through Tuesday night."))
    assert [(r.speaker, r.quote) for r in found] == [
        ("Marta Kessel", True), ("a fire service spokeswoman", False), ("The girl's grandmother", False)]
    assert "gate" in found[2].text


def test_a_fact_several_outlets_carry_stays_a_fact_when_someone_unnamed_reports_it() -> None:
    """ "The fire service says nine bodies have been recovered" in three outlets is one of the story's facts: shown
    under What, citing them all, not as the fire service's reaction."""
    lead = "An explosion tore through a chemical plant in Dunmore on Tuesday, destroying two storage tanks."
    said = "The fire service says nine bodies have been recovered from the site so far."
    built = story(*(article(str(n), lead, said) for n in (1, 2, 3)))
    assert [(i.text, i.sources) for i in built.what[1:]] == [(said, ["1", "2", "3"])]
    assert said not in {r.text for r in built.reactions}


def test_a_description_is_whom_it_points_to_only_where_it_points_to_one() -> None:
    """ "The company said ..." after two companies are named is either's words: not a reaction; "The mayor said ..."
    is not the former mayor's; "The agency said ..." is not a news agency's; "The man police say attacked her was
    released" and "Several people told to leave ..." are no one's words (a reviewer's stories)."""
    found = reactions(article(
        "1", "Vantrell Logistics has agreed to buy its smaller rival Quorrin Freight for 410 million crowns.",
        "The deal values Quorrin Freight at nearly twice its yearly sales, and Quorrin Freight shares rose 18 percent.",
        "The company said the takeover would be paid for with cash and new borrowing.",
        "Former mayor Ilse Varn opened the depot in 1998.",
        "The mayor said the depot would be rebuilt within two years and that the council would pay for it.",
        "The Nordvik Press Agency reported that the finance ministry had opposed the deal.",
        "The agency said the finance ministry had wanted the depot kept open.",
        "The man police say attacked the guard was released on bail on Friday evening.",
        "The van officers say was used in the break-in has been found burnt out near the ring road.",
        "Several people told to leave the depot during the works will be housed in a hotel until Thursday.",
        "The car witnesses say can be seen in the shop's camera footage was found burned out near the harbour.",
        "Two employees told not to move by the robbers were locked in a back room for more than an hour."))
    said = {r.speaker: r.text for r in found}
    assert "Quorrin Freight" not in said and "Vantrell Logistics" not in said
    assert "Ilse Varn" not in said and "Nordvik Press Agency" not in said
    assert not any(s.casefold().startswith(("the man", "the van", "several", "the car", "witnesses", "two"))
                   for s in said)


def test_the_police_however_described_are_one_speaker_shown_after_the_named() -> None:
    """ "Police say ...", "The police said ..." and "A police spokesman said ..." are one speaker, "police" (never
    taken for a force the story names: a story of two forces, or of a force elsewhere, says "police" of either), shown
    after every named speaker's lines several outlets carry."""
    lead = "A gas explosion destroyed an empty warehouse at Quellmouth docks early on Tuesday."
    quote = "\u201cWe were lucky it happened at four in the morning,\u201d fire chief Aldo Brenner said."
    found = reactions(
        article("1", lead, quote, "Police say the building had been empty for two years and no one was inside it.",
                "A police spokesman said the dock road would stay closed overnight while engineers checked it."),
        article("2", lead, quote, "The police said they were treating the blast as arson and had found petrol there.",
                "Quellmouth police are asking anyone who was near the docks on Monday night to come forward."))
    assert [r.speaker for r in found] == ["Aldo Brenner", "police"]


def test_someone_described_never_takes_a_named_speakers_words_nor_their_place() -> None:
    """ "The mayor said the bridge would be rebuilt within two years and ..." in one outlet, "Mayor Jonas Brekk said
    the bridge would be rebuilt within two years" in another: the mayor's words, citing both; a resident one outlet
    describes comes after the named speakers' lines several outlets carry, which the chat and text views show first."""
    lead = "A wooden footbridge over the Sellvik river collapsed on Sunday, throwing two walkers into the water."
    first = "\u201cWe had asked for money to repair it three times,\u201d said council engineer Tor Hagebakken."
    second = "\u201cThe beam was rotten right through and everybody knew it,\u201d Hagebakken added."
    found = reactions(
        article("1", lead, first, second,
                "The mayor said the bridge would be rebuilt within two years and that the council would pay for it.",
                "One resident said the path had been closed twice last winter because the planks were loose."),
        article("2", lead, first, second, "Mayor Jonas Brekk said the bridge would be rebuilt within two years."))
    assert [(r.speaker, r.sources) for r in found] == [
        ("Tor Hagebakken", ["1", "2"]), ("Jonas Brekk", ["1", "2"]), ("Tor Hagebakken", ["1", "2"]),
        ("One resident", ["1"])]


def test_a_description_that_only_points_back_is_no_one_where_it_points_to_no_one_of_its_kind() -> None:
    """The second reading's stories: "The group told rescuers ..." (eight hikers) is not the rescue service's; "The
    company said ..." is not the striking union's; "The mayor said ..." is not a spokesman's "for the mayor"; "The
    chief executive said ..." with no chief executive named there is no one's; "Police said ..." where the story names
    two forces is the police, not the military police; "scientists said" is not the Alliance of Concerned Scientists;
    officials of either side are no one's; "A club spokesman said that was not ..." points back to what is not
    shown."""
    found = reactions(
        article("1", "A group of eight hikers was rescued from the Nordfjell plateau by Nordfjell Mountain Rescue.",
                "The group told rescuers they had run out of food on Saturday and had sheltered in a hut.",
                "Siv Moen of the Ostby Dockworkers' Union said the strike would go on.",
                "The company said it would not raise its offer of three percent before the end of the month.",
                "Arne Lid, a spokesman for the mayor, opened the town hall to the hikers' families.",
                "The mayor said on Tuesday that the city would pay for the rescue with money from its reserves.",
                "The chief executive told analysts on a call that the closures would save 90 million crowns.",
                "The army's Military Police opened an inquiry into the death of a soldier on Monday.",
                "Police said the body had been found by a dog walker at about seven in the morning on Monday.",
                "A club spokesman said that was not what the footage from the club's cameras showed that night."),
        article("2", "Harlow police said they were not treating the soldier's death as suspicious.",
                "The Alliance of Concerned Scientists called for a ban on new roads across the plateau.",
                "In a report published on Monday, scientists said the glacier could disappear entirely by 2080.",
                "On Wednesday, officials said about 30 soldiers had been seen on the northern bank of the river."))
    said = {r.speaker: r.text for r in found}
    assert "Nordfjell Mountain Rescue" not in said and "Ostby Dockworkers' Union" not in said
    assert "pay for the rescue" not in said.get("Arne Lid", "") and not any("chief executive" in s for s in said)
    assert "Military Police" not in said and "glacier" not in said.get("Alliance of Concerned Scientists", "")
    assert "officials" not in said and not any("footage" in t for t in said.values())
    assert "dog walker" in said["police"] and "glacier" in said["scientists"]


def test_a_description_is_shown_as_written_never_taken_for_someone_named() -> None:
    """The third and fourth readings' stories: "The council said ..." after "Marrowick City Council", "The airline
    said ..." beside the "Nordic Airline Pilots Union", "The bank said ..." beside a central bank, "The captain told
    ..." beside one named captain, "the other driver", "the man" point back to one of several: no one's; "At the time,
    the board said ...", "In March, ...", "said in 2021 that ...", "said last year the plant ..." is what was said
    before the news, "The self-employed plumber" points back to someone named, "In the advert, a
    doctor says ..." inside a work; "said prayers", "said nothing about", "warned the swimmers", "admitted nine
    children" report no words; "..., but the union said ..." gives another voice; "a senior official" is any side's,
    "the state broadcaster" passes on what others say. "The plant's operator" speaks as written."""
    found = reactions(
        article("1", "Marrowick City Council voted on Monday to cut the speed limit to 20 mph on most roads.",
                "The council said the change would cost 4.2 million crowns over two years.",
                "Pilots at Nordair walked out on Monday, led by the Nordic Airline Pilots Union.",
                "The airline said it had offered the pilots a new rota last week and that the talks had failed.",
                "The Vellmar Central Bank is watching the outage at Nordvik Sparebank closely.",
                "The bank said the fault had been caused by a failed software update to its payment servers.",
                "Captain Ola Brekk, who commands the Solstrand, brought the ferry into Kessa on Tuesday.",
                "The captain told coastguard officers that his radar had failed in the fog an hour earlier.",
                "The other driver said the car had been stopped at the lights and the bus had come through on red.",
                "A senior official said the drones had crossed the border near Ostra and flown over an army base.",
                "The state broadcaster said at least 41 people had died and more than 60 were missing in the valley."),
        article("2", "Marrowick City Council voted on Monday to cut the speed limit to 20 mph on most roads.",
                "At the time, the water board said the cracks were only on the surface and posed no risk.",
                "In March, a council engineer said the pier was safe to keep open through the summer.",
                "The council's engineers said in 2021 that the repaired legs would keep the pier standing for years.",
                "In the advert, a smiling doctor says the drink can cure a headache within minutes and is safe.",
                "The parish priest said prayers with the families of the injured outside the church on Saturday.",
                "A bank spokeswoman said nothing about compensation for customers who had been charged late fees.",
                "A young lifeguard warned the swimmers, who had not yet smelled the gas, and they left in a minute.",
                "A specialist burns centre admitted nine children who had breathed in the most gas on Sunday.",
                "An airport spokeswoman said the cracks were not dangerous, but the pilots' union said it had "
                "reported damage to the runway as early as March.",
                "The plant's operator said a turbine had shut itself down after a sensor detected overheating.",
                "A company spokeswoman said last year the plant was safe and its storage tanks had been replaced.",
                "The self-employed plumber told reporters he had lost three jobs because his tools were in the car."))
    assert [r.speaker for r in found] == ["The plant's operator"]
    # The modal "may" is no month: "said it may take weeks" is said now.
    now = reactions(article("1", "A fire destroyed a timber warehouse in Lessby harbour on Monday night.",
                            "A fire service spokeswoman said it may take weeks to find out what started the blaze."))
    assert [r.speaker for r in now] == ["a fire service spokeswoman"]
