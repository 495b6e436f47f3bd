"""``briefbot quotes``: every quotation of each source with its speaker, as JSON lines or text."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Result

ARTICLE = """Harbor city cuts ferry fares

The harbor authority cut ferry fares by a third on Monday, its director said.

"Nobody should have to choose between the ferry and their lunch," said Lena Marsh, director of the Harbor Authority.

Tom Reyes, who leads the commuters' union, welcomed the cut.
"It is a start, but the timetable is still broken," Reyes told reporters.
"""


def test_jsonl_lists_each_quotation_with_its_speaker(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = cli("quotes", str(path))
    assert result.code == 0, result.err
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [(q["speaker"], q["quote"][:12]) for q in lines] == [("Lena Marsh", "Nobody shoul"),
                                                               ("Tom Reyes", "It is a star")]
    assert all(set(q) == {"source", "quote", "speaker", "role", "verbatim"} for q in lines)
    assert all(q["source"] == str(path) and q["verbatim"] for q in lines)
    assert lines[0]["role"].startswith("director")


def test_text_format_names_speaker_and_source(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = cli("quotes", str(path), "--format", "text")
    assert result.code == 0, result.err
    first = result.out.splitlines()[0]
    assert first.startswith("Lena Marsh (director") and first.endswith(str(path))


def test_a_folder_with_no_article_says_what_was_skipped_and_what_to_pass(cli: Callable[..., Result],
                                                                        tmp_path: Path) -> None:
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    result = cli("quotes", str(tmp_path))
    assert result.code != 0 and result.out == ""
    skipped, error = result.err.splitlines()
    assert "notes.bin" in skipped and str(tmp_path) in error and "pass .txt" in error


def test_a_sentence_with_two_partial_quotes_is_one_row_per_speaker(cli: Callable[..., Result], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Harbour talks stall\n\nThe mayor called the plan \u201creckless\u201d and "
                       "\u201ca waste of money,\u201d Lena Voss said on Monday.\n\n"
                       "The port reopened after the storm, officials said.\n")
    result = cli("quotes", str(article), "--format", "jsonl")
    assert result.code == 0, result.err
    rows = [line for line in result.out.splitlines() if line]
    assert len(rows) == len(set(rows)) >= 1


def test_a_sentence_whose_speaker_is_found_is_not_listed_again_without_one(cli: Callable[..., Result],
                                                                          tmp_path: Path) -> None:
    assert _speakers(cli, tmp_path, "Harbour tax plan stalls\n\nTom Reyes took to the radio overnight to accuse the "
                     "council of being \u201casleep\u201d by \u201ca mile\u201d and urge listeners to read what he "
                     "called its \u201csecret memo.\u201d\n\nThe council meets again on Monday, officials said.\n") \
        == ["Tom Reyes"]


def test_a_quotation_introduced_by_a_line_of_its_own_is_that_speakers(cli: Callable[..., Result],
                                                                      tmp_path: Path) -> None:
    # "Ruiz said:" alone on a line, as a comment section heads a comment: here it introduces the quotation.
    assert _speakers(cli, tmp_path, "Council ends winter ferries\n\nThe council voted on Monday to end the winter "
                     "ferry service that Ana Ruiz has run for forty years.\n\nThe vote was close.\n\nRuiz said:\n\n"
                     "\u201cWe will not let the ferries go without a fight, whatever the council decides.\u201d\n") \
        == ["Ana Ruiz"]


def test_an_outlet_the_text_gives_the_words_to_is_their_speaker_where_no_one_else_speaks(
        cli: Callable[..., Result], tmp_path: Path) -> None:
    text = ("Ferry poll shows Ruiz ahead\n\n"
            "This is \u201croughly the same lead she has held all month,\u201d reported Reuters.\n\n"
            "\u201cThe ferry company was left holding some $8 million in debt,\u201d the Lessby Herald wrote.\n\n"
            "Ten years ago, a Lessby Times article hailed Tom Reyes as \u201cthe comeback kid\u201d of the harbour.\n\n"
            "\u201cWe will win,\u201d Ana Ruiz told the Lessby Times.\n")
    assert _speakers(cli, tmp_path, text) == ["Reuters", "Lessby Herald", "Lessby Times", "Ana Ruiz"]
    others = ("Raid on the harbour\n\n"
              "According to the Lessby Times, officials described the raid as \u201ca complete failure.\u201d\n\n"
              "The suspect shouted \u201cnobody move\u201d before the raid, Reuters reported.\n\n"
              "\u201cWe will win the league,\u201d Dutch coach Tom Ten Berg said on Monday.\n")
    assert _speakers(cli, tmp_path, others) == [None, None, "Tom Ten Berg"]
    # The briefing credits no outlet: it relays words (the guide's reactions).
    brief = cli("brief", str(tmp_path / "a.txt"), "--format", "json")
    speakers = {r["speaker"] for s in json.loads(brief.out)["stories"] for r in s["reactions"]}
    assert not speakers & {"Reuters", "Lessby Herald", "Lessby Times"}


def test_a_body_titling_a_person_is_no_he_and_a_fan_is_a_role(cli: Callable[..., Result], tmp_path: Path) -> None:
    text = ("Rail strike set for Tuesday\n\nRail workers will strike on Tuesday, the union said.\n\n"
            "According to Lessby Rail chief executive Tom Reyes, the offer is \u201cfair and affordable\u201d. "
            "He urged the union to \u201ccome back to the table before it is too late.\u201d\n\n"
            "\u201cThere is no more curse now,\u201d said Rovers fan Ana Ruiz, 24, after the game.\n")
    assert _speakers(cli, tmp_path, text) == ["Tom Reyes", "Tom Reyes", "Ana Ruiz"]
    met = ("Hospital row\n\nMayor Ana Ruiz met Health Minister Tom Reyes in Lessby on Monday. She said closing the "
           "hospital would be \u201ca disaster for the town.\u201d\n")
    assert _speakers(cli, tmp_path, met) == ["Ana Ruiz"]  # the subject of "met", not whom she met


def _speakers(cli: Callable[..., Result], tmp_path: Path, text: str) -> list[str | None]:
    """The speaker of each quotation ``briefbot quotes`` lists for an article of ``text``."""
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    result = cli("quotes", str(article), "--format", "jsonl")
    assert result.code == 0, result.err
    return [json.loads(line)["speaker"] for line in result.out.splitlines()]


def test_an_embedded_post_is_its_authors_quotation(cli: Callable[..., Result], tmp_path: Path) -> None:
    """A post embedded in the page, flattened to its text, its link and "— Name (@handle) Date", is its author's words.
    Not a post of hashtags and handles (chatter, not a statement), nor one by an account's name no reader could tell
    anyone by ("NWS Lessby"), nor one the article already quotes (its words would be told twice)."""
    text = ("Ferry service returns\n\n"
            "The Lessby ferry sailed again on Monday after a month of repairs, the harbour board said.\n\n"
            "As I leave for the capital, I welcome the return of our ferry after a month of hard work. "
            "https://t.co/AbC123 \u2014 Ana Ruiz (@AnaRuizMayor) March 3, 2025\n\n"
            "#Lessby #Ferry what an experience!! I was on the quay and it was beautiful but the ferry sounded its horn "
            "for ages. Several police cars here now @harbourboard \u2014 Tom Vale (@tomvale) March 3, 2025\n\n"
            "Our camera caught the first crossing just after dawn on Monday. \u2014 NWS Lessby (@NWSLessby) March 3, "
            "2025\n\n"
            "\u201cThe quay is safe again and the crews are ready,\u201d Lena Park, the harbour master, said.\n\n"
            "The quay is safe again and the crews are ready. \u2014 Lena Park (@lenapark) March 3, 2025\n")
    assert _speakers(cli, tmp_path, text) == ["Ana Ruiz", "Lena Park"]


def test_a_speaker_named_only_in_the_sentence_introducing_the_quotation_is_found(cli: Callable[..., Result],
                                                                                tmp_path: Path) -> None:
    """"Harbour master Lena Park said:" on a line of its own, or closing a longer paragraph ("... Guerrilla's
    technical director Tom Reyes explains:"), introduces the quotation opening the next paragraph, though no other
    sentence names the speaker; an introduction whose quotation names its own speaker ("More from the Lessby
    Herald:") gives way to it."""
    text = ("Ferry pier shut\n\n"
            "The Lessby harbour board closed the old ferry pier on Tuesday after divers found cracks.\n\n"
            "Harbour master Lena Park said:\n\n"
            "\u201cWe could not take the risk with passengers on board. The repairs will take a month.\u201d\n\n"
            "The new quay will take the ferries meanwhile. The board's chief engineer Tom Reyes explains:\n\n"
            "\u201cThe piles are a hundred years old, and the divers found cracks in six of them.\u201d\n\n"
            "More from the Lessby Herald:\n\n"
            "\u201cThe pier was already on a watch list,\u201d said Ines Tarr, a councillor.\n")
    assert _speakers(cli, tmp_path, text) == ["Lena Park", "Tom Reyes", "Ines Tarr"]


def test_people_told_by_their_role_are_credited_with_their_quotation(cli: Callable[..., Result],
                                                                    tmp_path: Path) -> None:
    """A briefing's reactions leave "Analysts" out for named speakers; ``quotes`` tells who said each quotation,
    named or not."""
    path = tmp_path / "acme.txt"
    path.write_text("Acme boss quits\n\nAcme Shipping chief executive Tom Reyes resigned on Monday after the port "
                    "lost its biggest contract.\n\nAnalysts said the loss was \u201ca blow the company cannot absorb "
                    "this year.\u201d\n", encoding="utf-8")
    result = cli("quotes", str(path))
    assert result.code == 0, result.err
    assert [json.loads(line)["speaker"] for line in result.out.splitlines()] == ["Analysts"]
