"""Who: names with the roles reporters attach to them, spellings merged, no places or outlets."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import bot.summary.actors as actors_module
from bot.event_loop import result_of
from bot.model import Actor
from bot.pipeline import build_briefing
from bot.settings import Settings
from bot.summary.actors import Cast, Person, appositive_after
from bot.summary.names import Lexicon, names_in, tokens_of
from tests.summary_helpers import article, story, told

INVENTED = Path(__file__).parent / "fixtures" / "invented"


def who(*articles_: object) -> dict[str, Actor]:
    return {a.name: a for a in story(*articles_).who}  # type: ignore[arg-type]


def roles_of(*articles_: object) -> dict[str, str | None]:
    """Each actor's role in the story of ``articles_``."""
    return {name: actor.role for name, actor in who(*articles_).items()}


def who_under_titles(titles: tuple[str, ...], *paragraphs: str) -> dict[str, Actor]:
    """Who, in one article per headline of ``titles``, each made of ``paragraphs``."""
    return who(*(article(str(n), *paragraphs, title=title) for n, title in enumerate(titles, 1)))


def appositive(sentence: str, name: str) -> str | None:
    """The role ``appositive_after`` reads after ``name`` in ``sentence`` alone."""
    tokens = tokens_of(sentence)
    [found] = [n for n in names_in(tokens, Lexicon((sentence,))) if n.text == name]
    return appositive_after(sentence, tokens, found)


def test_title_before_appositive_after_and_possessive_before_give_roles() -> None:
    actors = who(article(
        "1",
        "German Chancellor Olaf Scholz said Ukraine had the right to defend itself against the attacks.",
        "Dmitry Medvedev, deputy chair of Russia's security council, said the decision was an escalation.",
        "Ukraine's president, Volodymyr Zelenskyy, said that he had received the message on Friday morning.",
    ))
    assert actors["Olaf Scholz"].role == "German Chancellor"
    assert actors["Dmitry Medvedev"].role == "deputy chair of Russia's security council"
    assert actors["Volodymyr Zelenskyy"].role == "Ukraine's president"


def test_a_role_held_for_a_body_set_off_before_a_name_is_theirs_but_not_in_a_list() -> None:
    roles = roles_of(article(
        "1",
        "A spokesman for the Lessby Port Authority, Tom Reyes, said the ships were moving again.",
        "The chief executive of Orrel Freight, Ivo Eske, said the port would reopen on Friday.",
        "Ana Lenz, a lawyer for Acme, Lars Holm and Pia Berg said they would appeal the ruling.",
    ))
    assert roles["Tom Reyes"] == "spokesman for the Lessby Port Authority"
    assert roles["Ivo Eske"] == "chief executive of Orrel Freight"
    assert roles.get("Lars Holm") is None and roles["Ana Lenz"] == "lawyer for Acme"
    # Not a role another is named by in an opening phrase, nor the role of a name before it in a list.
    roles = roles_of(article(
        "1",
        "In a letter to the chief executive of Orrel Freight, Mara Bell, the union's general secretary, warned of a "
        "strike.",
        "The victims were Ana Ruiz, a nurse at Lessby Hospital, Tom Reyes, 42, and Ivo Eske, 37.",
    ))
    assert roles["Mara Bell"] == "union's general secretary"
    assert roles.get("Tom Reyes") is None


def test_a_plural_abbreviated_title_gives_each_person_named_after_it_the_singular_role() -> None:
    actors = who(article(
        "1",
        "Sens. Ana Ruiz (D-Ore.) and Tom Reyes (R-La.) asked the bank's chief to break up the bank on Tuesday.",
        "Gov. Ada Moss said the state would sue the bank next month over the fake accounts.",
    ))
    assert (actors["Ana Ruiz"].role, actors["Ada Moss"].role) == ("Senator", "Governor")
    # Each name a plural title heads takes it; a name after a clause or a singular title does not.
    joined = who(article(
        "1",
        "Sens. Ana Ruiz (D-Ore.) and Tom Reyes (R-Utah) said the base should reopen. Reyes said it would cost little.",
        "Reps. Ada Moss and Lena Park backed the bill. Park said it would pass the House by the summer.",
        "Sen. Omar Diaz voted no and Kim Bell said she would wait. Bell said the bill was far too costly.",
    ))
    assert [joined[n].role for n in ("Tom Reyes", "Lena Park", "Kim Bell")] == ["Senator", "Representative", None]


def test_a_speaker_of_a_house_is_a_title() -> None:
    actors = who(
        article("1", "Tom Reyes later met House Speaker Ana D. Ruiz at the Lessby parliament.",
                "Ruiz said the two had agreed to “work together on the budget.”"),
        article("2", "House Speaker Ana Ruiz said she would meet Reyes again on Friday.",
                "The speaker said the event was over."),
    )
    [ruiz] = [a for a in actors.values() if a.name.startswith("Ana")]  # one person, "Ana D. Ruiz" or "Ana Ruiz"
    assert ruiz.role is not None and ruiz.role.startswith("House Speaker")  # not "Tom Reyes later met House Speaker"
    assert {ruiz.name, *ruiz.aliases} >= {"Ana D. Ruiz", "Ana Ruiz", "Ruiz"}


def test_a_speaker_in_lower_case_is_no_title() -> None:
    story_ = story(
        article("1", "Lessby Hospital will close in May, a decision backed by House Speaker Ana Ruiz.",
                "One speaker at the rally, nurse Mika Laine, said patients would die.",
                "“People will die if this hospital closes,” the speaker said.",
                "The Bluetooth speaker Lena Park had bought online overheated, the shop said."),
        article("2", "Ana Ruiz said the hospital had to close.", "Lena Park said she wanted her money back."),
    )
    actors = {a.name: a for a in story_.who}
    assert actors["Lena Park"].role is None
    assert not [r for r in story_.reactions if r.speaker == "Ana Ruiz" and "will die" in r.text]
    assert "Tris Speaker" in who(
        article("1", "Player-manager Tris Speaker said his team would play a charity match for the hospital."),
        article("2", "Speaker said the match, against Lessby Rovers, would raise money for the new ward."))


def test_a_verb_after_to_is_no_part_of_the_title_after_it() -> None:
    actors = who(
        article("1", "Lessby Rovers agreed to sign Acme City striker Tom Reyes for a record fee.",
                "He was an adviser to former President Ana Ruiz.", "Reyes said he was “delighted.”"),
        article("2", "Reyes said he had always wanted to play for Rovers.", "Ruiz said nothing."),
    )
    assert (actors["Tom Reyes"].role, actors["Ana Ruiz"].role) == ("Acme City striker", "former President")
    police = who(article("1", "The protest was peaceful, according to police chief Lena Park."),
                 article("2", "Park said officers would stay on duty until the evening."))
    assert police["Lena Park"].role == "police chief"  # a preposition's "to", not a verb's
    coach = who(article("1", "The key in the coaching search is finding someone to nurture quarterback Tom Reyes."),
                article("2", "Reyes said he was ready to lead the team next season."))
    assert coach["Tom Reyes"].role == "quarterback"


def test_a_body_after_of_ends_before_the_next_titled_person() -> None:
    actors = who(
        article("1", "The deal was signed by President Tom Reyes of Norvania and Prime Minister Ana Ruiz of Korsa.",
                "Reyes said it was “a day of hope.”", "Lena Park of Procter and Gamble said sales rose."),
        article("2", "Ruiz said the truce would hold.", "Park said margins improved.", "Reyes said peace had come."),
    )
    assert actors["Tom Reyes"].role == "President, Norvania"
    assert actors["Lena Park"].role == "Procter and Gamble"
    trade = who(article("1", "Ivo Berg of the Department of Trade and Industry said the plan was flawed."),
                article("2", "Berg said the department would publish its review."))
    assert trade["Ivo Berg"].role == "Department of Trade and Industry"


def test_a_fan_is_a_role_in_lower_case_and_a_family_name_with_a_capital() -> None:
    actors = who(
        article("1", "Actress Fan Lihua said she would pay the taxes.",
                "“There is no more curse now,” said Rovers fan Ana Ruiz, 24."),
        article("2", "Fan said she was sorry.", "Ruiz said the team had earned it."),
    )
    assert (actors["Fan Lihua"].role, actors["Ana Ruiz"].role) == ("Actress", "Rovers fan")


def test_a_preposition_before_a_title_and_a_conjunction_after_a_role_are_not_part_of_it() -> None:
    actors = who(article(
        "1",
        "Much of the rise can be credited to the laws proposed during President Tom Reyes\u2019s term in the 1970s.",
        "\u201cThis narrative is being pushed by the media,\u201d Ana Ruiz, the executive director at the Lessby "
        "Media Center and whose work is featured in the film, told reporters.",
        "The bill, drafted amid Secretary Ada Moss\u2019s reforms, passed in the spring, officials said on Monday.",
    ))
    assert actors["Tom Reyes"].role == "President"
    assert actors["Ana Ruiz"].role == "executive director at the Lessby Media Center"
    assert actors["Ada Moss"].role == "Secretary"
    # An "-ing" modifier after such a preposition stays: "over housing minister Lena Park".
    assert who(article("1", "The row over housing minister Lena Park deepened after leaked emails on Monday.",
                       "\u201cI have nothing to hide,\u201d Park told reporters in Lessby on Tuesday."))[
        "Lena Park"].role == "housing minister"


def test_an_owner_ending_in_s_loses_its_apostrophe_and_a_speakers_own_word_is_no_part_of_a_role() -> None:
    actors = who(article(
        "1",
        "The commission chose Lessby News' Tom Reyes and Acme's Ana Ruiz to moderate the debates on Monday.",
        "Reyes said he would ask hard questions. Ruiz said she was honoured to be chosen by the commission.",
        "\u201cWe fully support our foreign minister, Ada Moss, in these talks,\u201d the spokesman said on Tuesday.",
        "Moss said she expected a deal by March, and her ministry said the talks would resume on Friday.",
    ))
    assert (actors["Tom Reyes"].role, actors["Ana Ruiz"].role) == ("Lessby News", "Acme")
    assert actors["Ada Moss"].role == "foreign minister"  # not "our foreign minister": the speaker's word
    grouped = who(article("1", "\u201cWe will not stop until he is free,\u201d relatives of Lena Park, including "
                               "his brother, told reporters.", "Park has been held in Lessby since March."))
    assert grouped["Lena Park"].role is None  # not "including his brother": others in the group


def test_affiliation_and_its_resolve_to_the_organisation() -> None:
    actors = who(article(
        "1",
        "The quake measured 6.4, according to the Orvessan Seismological Institute. Its director, Keld Arnaut, "
        "said the shallow depth had made the shaking far more destructive.",
        "Rasmus Ekholt of Fair Buy Lunmark said owners had reported overheating packs as early as October.",
    ))
    assert actors["Keld Arnaut"].role == "director of Orvessan Seismological Institute"
    assert "Fair Buy Lunmark" in (actors["Rasmus Ekholt"].role or "")


def test_an_affiliation_keeps_the_small_words_inside_its_name_not_a_place_after_it() -> None:
    actors = who(article(
        "1",
        "\u201cThe payload was far lighter than a warhead,\u201d missile expert Ana Ruiz of the Union of Lessby "
        "Scientists said.",
        "Tom Reyes of Acme in Lessby said the launch site had been cleared a week before.",
    ))
    assert actors["Ana Ruiz"].role == "missile expert, Union of Lessby Scientists"
    assert actors["Tom Reyes"].role == "Acme"


def test_its_does_not_reach_back_past_the_previous_sentence() -> None:
    actors = who(article(
        "1",
        "The Inter-Regional Trade Council will meet on Friday to discuss the new export rules.",
        "Corvania, a member of the pact, was more measured about the decision.",
        "Its foreign minister, Anselm Kettridge, said deliveries to its plants would continue as before.",
    ))
    assert actors["Anselm Kettridge"].role == "foreign minister"


def test_surnames_resolve_and_spelling_variants_become_aliases() -> None:
    actors = who(
        article("1", "Ukrainian President Volodymyr Zelenskyy said the step was welcome but far too late.",
                "Opposition leader Jarek \u0160olvang said the ban would cost miners their jobs this year."),
        article("2", "Ukrainian President Volodymyr Zelensky has been pressing allies to allow longer-range strikes.",
                "Opposition leader Jarek Solvang accused the government of gambling with the jobs of miners.",
                "Zelensky said he wanted to see the decision in practice first."),
    )
    zelenskyy = next(a for a in actors.values() if a.name.startswith("Volodymyr"))
    assert {zelenskyy.name, *zelenskyy.aliases} >= {"Volodymyr Zelenskyy", "Volodymyr Zelensky"}
    assert zelenskyy.sources == ["1", "2"]
    solvang = next(a for a in actors.values() if a.name.startswith("Jarek"))
    assert {solvang.name, *solvang.aliases} >= {"Jarek \u0160olvang", "Jarek Solvang"}
    assert len([a for a in actors.values() if a.name.startswith(("Volodymyr", "Jarek"))]) == 2


def test_first_name_variants_merge_but_different_people_do_not() -> None:
    actors = who(
        article("1", "Velmora chief executive Aleksandr Vennik said a faulty batch of separators was to blame.",
                "Consumer Affairs Minister Petra Ossendorp said she had asked for a report within 30 days."),
        article("2", "Velmora CEO Alexander Vennik posted a video apology on Thursday morning to all riders.",
                "Consumer Affairs Minister Pavel Ossendorp said the ministry would review the case soon."),
    )
    assert len([a for a in actors if a.endswith("Vennik")]) == 1
    assert len([a for a in actors if a.endswith("Ossendorp")]) == 2


def test_places_months_outlets_and_bylines_are_not_actors() -> None:
    actors = who(article(
        "1",
        "Corin Ashdown, Economics Correspondent, reported from Castelvane on Monday for the paper.",
        "Ferries from the United States and the Netherlands docked in March at the old harbor.",
        "Most of the deaths were in Qerrin, where dozens of stone houses in the old quarter collapsed.",
        "Trade Minister Radomil Havrek told reporters in Brodvar that the ban would start in April.",
        "According to the Tidewell Press Agency, exports fell sharply in March and April this year.",
        outlet="Tidewell Press Agency",
    ))
    assert list(actors) == ["Radomil Havrek"]


def test_a_faith_or_a_community_alone_is_no_actor_but_opens_bodies_names() -> None:
    actors = who(
        article("1", "Islamic terror is a threat to Norvania, Senator Tom Reyes said.",
                "Latinos said they would vote in record numbers, the poll found.",
                "Islamic Jihad fired 40 rockets at Lessby overnight, the army said.",
                "The Hispanic Caucus blocked the bill on Tuesday."),
        article("2", "Islamic scholars said the attack was wrong, and Latino voters said they were afraid.",
                "Fighters from Islamic Jihad launched the rockets from Dunmore.", "Reyes said he would vote no.",
                "Members of the Hispanic Caucus voted no."),
    )
    assert sorted(actors) == ["Hispanic Caucus", "Islamic Jihad", "Tom Reyes"]
    named = who(article("1", "Baker Ana Latina won her fight with the council, and Voto Latino said it was glad.",
                        "“I am grateful to my neighbours,” Latina said."),
                article("2", "Voto Latino, the advocacy group, said it would help other bakers.",
                        "Ana Latina said she would open on Monday."))
    assert {"Ana Latina", "Voto Latino"} <= set(named)
    church = who(article("1", "The Catholic Church said it would pay the victims in Lessby.", "The church was sorry."),
                 article("2", "The Catholic Church said the payments would begin in May."))
    assert "Catholic Church" in church


def test_a_body_whose_name_opens_with_a_compass_word_is_no_region() -> None:
    actors = who(
        article("1", "The runoff will be held on June 14, the Central Electoral Commission said on Monday.",
                "“Inflation is too high,” the Central Bank said.", "Floods hit Northern Norvania on Sunday.",
                "Southern Norvania was worst hit, Ana Ruiz said."),
        article("2", "The Central Electoral Commission said turnout was 62 percent.", "The Central Bank raised rates.",
                "Northern Norvania remained cut off, Ruiz said."),
    )
    assert sorted(actors) == ["Ana Ruiz", "Central Bank", "Central Electoral Commission"]


def test_a_kind_of_body_opening_a_sentence_is_its_role_not_its_name() -> None:
    actors = who(
        article("1", "Chipmaker Arvix said on Monday it would cut 500 jobs in Lessby.",
                "Retailer Brenco Stores reported a loss, and the Airline Pilots Association said it would strike."),
        article("2", "Arvix said the cuts would save 40 million a year.", "Brenco Stores said sales fell.",
                "The Airline Pilots Association said talks had failed."),
    )
    assert {"Arvix", "Brenco Stores", "Airline Pilots Association"} <= set(actors)
    assert actors["Arvix"].role == "Chipmaker"
    named = who(article("1", "Carrier Lessby said on Thursday it would close its plant.", "Carrier Lessby said sorry."),
                article("2", "Carrier Lessby will move 300 jobs to Dunmore, the company said."))
    assert "Carrier Lessby" in named  # a kind of body that is a name's first word


def test_a_country_naming_a_sources_outlet_still_acts_and_an_administrator_is_a_role() -> None:
    actors = who(
        article("1", "Norvania and Chile signed a trade deal on Sunday in Lessby.",
                "Chile said it would cut tariffs on copper.", outlet="Chile News Agency"),
        article("2", "Chile agreed to cut its tariffs, officials said.",
                "NVSA administrator Ana Ruiz said the deal was “long overdue.”", outlet="Lessby Wire"),
    )
    assert actors["Chile"].sources == ["1", "2"]
    assert actors["Ana Ruiz"].role == "NVSA administrator"
    ministry = who(
        article("1", "Chile's Foreign Ministry said the deal would be signed in May.", outlet="Chile News Agency"),
        article("2", "Chile said it would cut tariffs on copper.", "Chile's Foreign Ministry said talks went well."),
    )
    assert "Foreign Ministry" not in ministry and ministry["Chile"].sources == ["1", "2"]  # the country's, folded
    assembly = who(
        article("1", "Chile's National Assembly said the tax would have “punished the poorest households.”",
                "Chile said last month it needed the tax to close the deficit."),
        article("2", "Chile's National Assembly voted against the tax on Monday.", "Chile said it would try again."),
    )
    assert "National Assembly" in assembly  # a parliament is no ministry of its country


def test_people_named_by_more_sources_come_first() -> None:
    actors = story(
        article("1", "Trade Minister Radomil Havrek said the ban would protect domestic industry for years.",
                "Analyst Ines Carvallo-Mott said prices would rise sharply in the coming months."),
        article("2", "Kestria's trade minister, Radomil Havrek, said licences would be granted case by case."),
    ).who
    assert [a.name for a in actors] == ["Radomil Havrek", "Ines Carvallo-Mott"]


def test_a_title_naming_a_body_of_the_before_the_name() -> None:
    actors = who(article(
        "1", "Director of the Aldgrave Fuel Cell Works Stanislav Orrek welcomed the arrangement on Monday."))
    assert actors["Stanislav Orrek"].role == "Director of the Aldgrave Fuel Cell Works"


def test_honorifics_and_initials() -> None:
    actors = who(article(
        "1", "FBI Director James B. Comey said the review had ended on Sunday afternoon.",
        "Mr Comey told lawmakers that the bureau had not changed its conclusions at all."))
    [comey] = [a for a in actors.values() if a.name.endswith("Comey")]
    assert comey.name == "James B. Comey" and comey.role == "FBI Director"


def test_a_one_word_body_that_speaks_comes_after_people_and_a_place_never_does() -> None:
    names = [a.name for a in story(
        article("1", "Kestria announced on Monday that exports of scandium would be banned from April.",
                "Trade Minister Radomil Havrek said licences would be granted case by case to allies.",
                "Kestria said the decree would be published on the government's website this week.",
                "Prices for scandium in Castelvane rose sharply, and traders in Castelvane said stocks were low.",
                title="Kestria bans scandium exports"),
        article("2", "Radomil Havrek said the ban would protect domestic industry for years.",
                "Kestria said exports to allies would continue under licence."),
    ).who]
    assert names == ["Radomil Havrek", "Kestria"]


def test_a_name_used_alone_later_is_a_person_but_a_product_name_is_not() -> None:
    names = [a.name for a in story(article(
        "1", "Nico Rosberg finished second behind his team mate on a wet afternoon at the circuit.",
        "Rosberg now leads the championship by twelve points with one race left to run.",
        "The Strada City model was withdrawn from shops on Friday after the fires were reported.",
    )).who]
    assert names == ["Nico Rosberg"]


def test_photo_credits_party_descriptors_events_and_venues_are_not_actors() -> None:
    actors = who(
        article("1",
                "Image copyright Getty Images Image caption Senator Marta Quillon said the count was unfair.",
                "The New York Democrat said the Republican-led House would hear the case at the Brenner Grand "
                "Prix on Sunday.",
                "Quillon said she would address supporters in Sterling Heights before the Brenner Grand Prix.",
                "Fans said the Brenner Grand Prix was the best race of the season, Reuters Image reported."),
        article("2",
                "Marta Quillon said the New York Democrat would not concede, the Getty Images photo showed.",
                "The Brenner Grand Prix said tickets had sold out, Quillon told supporters in Sterling Heights."),
    )
    assert list(actors) == ["Marta Quillon"]


def test_a_name_written_twice_in_a_row_is_one_name_and_a_second_family_name_is_another_person() -> None:
    actors = who(
        article("1", "It was not related to the vote Ana Ruiz Ana Ruiz from Lessby police told reporters.",
                "Norvanian tycoon Tomas Vide said profits had doubled this year."),
        article("2", "Police spokeswoman Ana Ruiz said two people were hurt.",
                "Tomas Vide Lund, the chairman of Acme and the tycoon's eldest son, said: “We are confident.”",
                "Tomas Vide said he was proud of his son."),
    )
    assert "Ana Ruiz Ana Ruiz" not in actors and actors["Ana Ruiz"].sources == ["1", "2"]
    assert actors["Tomas Vide Lund"].role == "chairman of Acme and the tycoon's eldest son"  # the son, not the father


def test_a_place_in_new_is_kept_whole_and_a_role_ending_in_of_keeps_its_place() -> None:
    actors = who(
        article("1", "Mayor of Lindmark Ana Sorel said the trams would run again on Friday.",
                "Officials in New Varsby said Ana Sorel had visited the depot on Thursday."),
        article("2", "Mayor of Lindmark Ana Sorel said the depot was safe, AP 9 Transit chief Tom Reyes said.",
                "Karl-Heinz Ostrander, the transport minister, said the New Varsby line would reopen."),
    )
    assert actors["Karl-Heinz Ostrander"].role == "transport minister"
    assert actors["Ana Sorel"].role == "Mayor of Lindmark"
    assert "Varsby" not in actors
    assert actors["Tom Reyes"].role == "Transit chief"


def test_greetings_contractions_and_hyphenated_adjectives_are_not_name_words() -> None:
    from bot.summary.names import Lexicon, names_in, tokens_of

    sentence = "Hi Tobias Vrenn, We're told Others said the Kremlin-backed Halvard Group met Ana Sorel."
    found = [n.text for n in names_in(tokens_of(sentence), Lexicon([sentence]))]
    assert found == ["Tobias Vrenn", "Halvard Group", "Ana Sorel"]


def test_a_romanised_given_name_after_its_family_name_is_part_of_the_name() -> None:
    from bot.summary.names import Lexicon, names_in, tokens_of

    sentence = ("Harbour Minister Seo Min-jae met Lai Wen-hsu on Monday. Year-end talks on the Lessby-led and "
                "Reyes-era ferry rules failed. Sit-in protesters left the quay. Acme Co-owner Ana Ruiz and the "
                "Lessby Far-right met.")
    found = [n.text for n in names_in(tokens_of(sentence), Lexicon([sentence]))]
    assert found == ["Seo Min-jae", "Lai Wen-hsu", "Ana Ruiz"]


def test_an_article_glued_to_a_family_name_and_two_particles_stay_in_the_name() -> None:
    actors = who(
        article("1", "Norvanian President Karim al-Hadid rejected the plan on Monday in a televised speech.",
                "“We will never accept a plan written abroad,” al-Hadid said in the capital Lessby.",
                "Commission President Ana von der Berg said the sanctions would stay in place this year."),
        article("2", "“We will not bow to pressure from anyone,” Hadid said in Lessby on Monday.",
                "Von der Berg added that aid to the refugees would continue, and ex-President Tom Reyes agreed.",
                "Anti-Reyes protesters and pro-Hadid marchers met outside the parliament in Lessby."),
    )
    hadid = actors["Karim al-Hadid"]
    assert hadid.sources == ["1", "2"]  # "Hadid said" is his: the family name is the word after the article
    assert actors["Ana von der Berg"].sources == ["1", "2"]
    assert not [a for a in actors if a.startswith(("ex-", "Anti", "pro-", "Hadid", "Berg", "Von"))]


def test_a_family_name_with_its_article_is_one_without_it_only_when_the_same() -> None:
    actors = who(
        article("1", "Norvanian Interior Minister Ali Hassan said on Monday that 12 suspects had been arrested.",
                "“The killers will face justice,” Hassan said in Lessby.",
                "Norvanian President Karim Hadid said the arrests were “a good start.”"),
        article("2", "Militia spokesman Ali al-Hassani on Tuesday denied any role in the killings.",
                "“We had nothing to do with it,” al-Hassani said in a statement.",
                "Council Member at-Large Maria Soto said President Karim al-Hadid had “acted fast.”"),
    )
    assert (actors["Ali Hassan"].sources, actors["Ali al-Hassani"].sources) == (["1"], ["2"])
    assert {"Karim Hadid", "Karim al-Hadid"} & set(actors)  # one person, spelt either way
    assert not {"Karim Hadid", "Karim al-Hadid"} <= set(actors)
    assert "Maria Soto" in actors


def test_given_names_spaced_or_hyphenated_otherwise_are_one_persons() -> None:
    articles = (
        article("1", "President Abdel-Karim el-Norri met Tom Reyes on Monday in Lessby.",
                "El-Norri said the talks had been “frank and useful.”"),
        article("2", "President Abdel Karim al-Nori met Tom Reyes in Lessby on Monday.",
                "Nori said the talks had gone well and would go on."),
    )
    actors = who(*articles)
    [norri] = [a for a in actors.values() if a.name.startswith("Abdel")]
    assert norri.sources == ["1", "2"]
    assert story(*articles).conflicts == []  # one first name, spaced otherwise: no sources disagree


def test_a_word_the_story_also_writes_in_lower_case_stays_in_a_name_mid_sentence() -> None:
    from bot.summary.names import Lexicon, names_in, tokens_of

    story = ["The bill passed. The air was cold. The spirit was high. Later they left. The chief said no.",
             "The show ended."]

    def names(sentence: str) -> list[str]:
        return [n.text for n in names_in(tokens_of(sentence), Lexicon([*story, sentence]))]

    assert names("A Lessby Air Ferries jet landed, said Bill Reyes.") == ["Lessby Air Ferries", "Bill Reyes"]
    assert names("The jet of Spirit Norvania landed.") == ["Spirit Norvania"]
    # A title, a time or an adverb is no part of the name, nor a word opening the sentence.
    assert names("The board said Chief Reyes had left.") == ["Reyes"]
    assert names("It was cold on Monday Reyes said.") == ["Reyes"]
    assert names("Bill Reyes said no.") == ["Reyes"]
    # One uncommon word must end the name: "Air Lines" alone, or a run ending in a common word, names nothing new.
    assert names("It flew Lessby Air Lines, the board said.") == ["Lessby Air Lines"]
    assert names("Show Air Reyes said no.") == ["Reyes"]
    # A title the story writes in lower case is still a title; the end of a longer body's name is no name of its own.
    story.append("The detective said no. The presidential debate was long. The women met. The stock fell.")
    assert names("The officers thanked Detective Reyes for his work.") == ["Reyes"]
    assert names("He met former President Bill Reyes on Monday.") == ["Bill Reyes"]
    assert "Presidential Debates" not in names("Reyes wrote to the Commission on Presidential Debates on Monday.")
    assert "Women Caucus" not in names("The Lessby Norvanian-American Women Caucus met on Monday.")
    assert names("The traders at the New Lessby Stock Exchange said no.") == ["New Lessby Stock Exchange"]
    # A kind of institution after a name is part of it, and a body's ("the Lessby Zoo"); a product's noun is not.
    story.append("The zoo closed. The camera broke.")
    assert names("The boy fell into an enclosure at the Lessby Zoo on Saturday.") == ["Lessby Zoo"]
    assert names("The Lessby Zoo said the gorilla was shot.") == ["Lessby Zoo"]
    assert names("The update reached the Acme Camera on Monday.") == []


def test_a_verb_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    from bot.summary.names import lexicon_of

    lex = lexicon_of("Its advanced civilian space flight. The harbour followed the rules.")
    assert [n.text for n in lex.names("Advancing Norvania’s space programme is a priority for Tom Reyes.")] \
        == ["Norvania", "Tom Reyes"]
    assert [n.text for n in lex.names("Irving Berlin’s songs were played at the harbour.")] == ["Irving Berlin"]
    # A name in -ing whose stem alone the story writes ("down") is no verb's form.
    lex = lexicon_of("The harbour went down in the storm. Sales went down.")
    assert [n.text for n in lex.names("Downing Street said the minister would stay.")] == ["Downing Street"]


def test_a_work_named_in_quotation_marks_is_no_actor() -> None:
    actors = who_under_titles(
        ("Tom Reyes regrets Lessby Nights crash", "Ana Ruiz says Reyes put her at risk on Lessby Nights",
         "Lessby Nights star accuses Reyes"),
        "Ana Ruiz said Tom Reyes had put her at risk on the set of “Lessby Nights” in 2003.",
        "Reyes, who directed “Lessby Nights,” said the crash was one of the biggest regrets of his life.",
        "Ruiz said “Lessby Nights” had cost her years of pain, and Reyes apologised on Monday.",
        "Reyes, co-author of “Turn Left at Norvania,” spoke about Norvania Nights and “Turn Left at Norvania.”",
    )
    assert {"Ana Ruiz", "Tom Reyes"} <= set(actors)
    assert "Lessby Nights" not in actors and "Turn Left" not in actors
    # Words someone says are no title, whatever their capitals.
    spoken = who(article(
        "1",
        "Norvania's Ana Ruiz won the vote in Lessby on Sunday, the election board said.",
        "“Congratulations to Ana Ruiz,” Tom Reyes, the mayor, wrote on Twitter.",
        "“Ana Ruiz and I,” Reyes said, “never agreed on the harbor.”",
    ))
    assert "Ana Ruiz" in spoken


def test_a_name_spaced_or_hyphenated_otherwise_is_one_person_and_a_capital_run_opens_no_role() -> None:
    actors = who(article(
        "1",
        "Both Lessby Mayor Seo Min-jae and Port Director Tom Reyes said the ferry would run again in May.",
        "Seo Min Jae said the fares would not rise this winter, whatever the fuel costs.",
        "Seo said the port would stay open on Sundays too.",
    ))
    [seo] = [a for a in actors.values() if a.name.startswith("Seo")]
    assert seo.role == "Lessby Mayor"
    assert seo.aliases == [*sorted({"Seo Min-jae", "Seo Min Jae"} - {seo.name}), "Seo"]


def test_a_generation_after_a_name_is_no_surname_and_keeps_its_family_name_whole() -> None:
    actors = who(article(
        "1",
        "Tom Reyes Jr. said the harbour would reopen in May, whatever the fuel costs.",
        "The speech quoted Ana Bishop Jr., and Reyes said the quote was chosen by the council.",
    ))
    assert actors["Tom Reyes Jr"].aliases == ["Reyes"]
    assert actors["Tom Reyes Jr"].role is None  # not "Ana Bishop": "Bishop Jr." is her name, not a title


def test_a_family_name_that_is_a_role_word_ends_a_name_unless_the_story_writes_it_as_a_role() -> None:
    actors = who(article(
        "1",
        "Marta Dean, the harbour pilot, said the quay would reopen in May, whatever the fuel costs.",
        "Tomas King, an engineer for the council, said he would inspect the pier and report by Friday.",
    ))
    assert {"Marta Dean", "Tomas King"} <= set(actors)
    # Where the story writes the word in lower case, it is a title: "Lessby Mayor" names no one.
    actors = who(article(
        "1",
        "On Monday the mayor said the quay would reopen in May, whatever the fuel costs.",
        "Lessby Mayor Ana Ruiz said the pier would be inspected, and the Lessby Mayor said so again on Friday.",
    ))
    assert "Lessby Mayor" not in actors and "Ana Ruiz" in actors
    # Other role words are titles, and a people's or a country's name before one makes no name either.
    actors = who(article(
        "1",
        "The Norvanian Chancellor said on Monday that the quay would reopen in May, whatever the fuel costs.",
        "Hours later the Acme Chief said the pier would be inspected, and the German Judge said so again.",
    ))
    assert not {"Norvanian Chancellor", "Acme Chief", "German Judge"} & set(actors)


def test_after_an_honorific_a_common_word_is_a_family_name_but_a_role_is_not() -> None:
    names = [[n.text for n in names_in(tokens_of(s), Lexicon([s]))] for s in (
        "\u201cThe quay is safe,\u201d Mr. King added on Monday, as the mayor and the king looked on.",
        "Mrs Bishop and Dr. Young said the pier would be inspected by Friday, whatever the young engineers think.",
        "\u201cThe quay is safe, Mr. President,\u201d said Ana Ruiz on Monday.",
        # "MS", the illness, is no "Ms": the doctors are no one's family name.
        "Ana Ruiz has MS. Doctors at the quay said the doctors were busy.",
    )]
    assert names[:3] == [["King"], ["Bishop", "Young"], ["Ana Ruiz"]] and "Doctors" not in names[3]


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    # The story never writes "now" or "later" in lower case: the words are still no one's name.
    story = ("Ana Ruiz said she would tell her story in a few weeks.\n"
             "Now Ana seems to have vanished from the campaign.\nLater Tom Reyes said she was resting.")
    names = [[n.text for n in names_in(tokens_of(s), Lexicon([story]))] for s in story.split("\n")]
    assert names == [["Ana Ruiz"], ["Ana"], ["Tom Reyes"]]
    # After a quotation's opening mark too; "Only" opens a sentence as "Now" does.
    for opening, name in (("\u201cNow Ruiz wants more,\u201d Reyes said.", ["Ruiz", "Reyes"]),
                          ("Only Ruiz voted against the budget on Monday.", ["Ruiz"])):
        assert [n.text for n in names_in(tokens_of(opening), Lexicon([opening]))] == name
    # Elsewhere the same words may be names: a given name, the outlet "Lessby Now".
    story = "Norvanian coach Even Lindqvist told Lessby Now that the team was ready."
    assert [n.text for n in names_in(tokens_of(story), Lexicon([story]))] == ["Norvanian", "Even Lindqvist",
                                                                            "Lessby Now"]


def test_a_role_that_is_also_a_family_name_stands_alone_for_the_person() -> None:
    story = ("Ana Ruiz called on Tom Dean to apologize for the remark.\n"
             "Dean, a former harbour board chairman, posted the remark on Monday.")
    names = [[n.text for n in names_in(tokens_of(s), Lexicon([story]))] for s in story.split("\n")]
    assert names == [["Ana Ruiz", "Tom Dean"], ["Dean"]]
    # With an article it is the title; in a story writing the role in lower case, it is the title alone too.
    titled = "Ana Ruiz spoke on Monday. The Dean, a former harbour pilot, said the quay was safe."
    assert [n.text for n in names_in(tokens_of(titled), Lexicon([titled]))] == ["Ana Ruiz"]
    school = "The dean of the harbour school spoke on Monday.\nDean, a former pilot, said the quay was safe."
    assert [n.text for n in names_in(tokens_of(school.split("\n")[1]), Lexicon([school]))] == []
    # A title with its "of": the role ("Dean of Admissions Ada Moss").
    titled = "Dean of Admissions Ada Moss said applications had fallen."
    assert "Dean" not in [n.text for n in names_in(tokens_of(titled), Lexicon([titled]))]
    # Named to the role, or sworn in as it: the role.
    named = "Ana Ruiz was named Dean on Monday, and Ada Moss was sworn in as Judge."
    assert [n.text for n in names_in(tokens_of(named), Lexicon([named]))] == ["Ana Ruiz", "Ada Moss"]


def test_a_contraction_before_a_name_is_no_owner() -> None:
    actors = who(article(
        "1",
        "Fans kept asking \u201cHow\u2019s Ana Ruiz?\u201d after the storm closed the harbour for a week.",
        "Ana Ruiz said the ferries would run again in May, whatever the fuel costs.",
    ))
    assert actors["Ana Ruiz"].role is None


def test_a_country_that_acts_is_an_actor_a_country_named_as_a_place_is_not() -> None:
    actors = who(
        article("1", "Norway announced a ban on fish-farm exports to the region on Monday, officials said.",
                "The first ferry from Sweden docked in Denmark late on Monday, with Norway's ban already in force.",
                "Norway said the ban would stay until the disease was contained along the coast.",
                title="Norway bans fish-farm exports"),
        article("2", "Norway has banned fish-farm exports, the fisheries minister Ana Ruiz said on Monday.",
                "Trucks from Sweden queued at the border for hours as checks were tightened there.",
                title="Norway halts fish exports"),
    )
    assert "Norway" in actors
    assert not {"Sweden", "Denmark"} & set(actors)


def test_outlets_peoples_and_regions_are_never_actors() -> None:
    actors = who(article(
        "1",
        "Tom Reyes told the Lessby Courier newspaper that the harbor would reopen in May next year.",
        "The Lessby Courier said the harbor board had met twice this week about the reopening plan.",
        "Brazilians said the delay in North Africa had hurt the harbor trade for most of the year.",
        "North Africa said its ports would stay open, while Reyes said the board had no choice.",
    ))
    assert "Tom Reyes" in actors
    assert not {"Lessby Courier", "Brazilians", "North Africa"} & set(actors)


def test_a_body_named_in_a_persons_role_stays_listed_when_it_acts_itself() -> None:
    actors = who(
        article("1", "Acme chief executive Tom Reyes said the app broke the store's rules on Monday.",
                "Acme removed the app from its store on Monday after complaints from several users.",
                title="Acme removes messaging app"),
        article("2", "Acme pulled the messaging app from its store, Acme chief executive Tom Reyes said.",
                "Acme said the app would return once the problem had been fixed by its makers.",
                title="Acme pulls app from store"),
    )
    assert {"Acme", "Tom Reyes"} <= set(actors)
    assert all(a.sources for a in actors.values())


def test_a_body_named_in_a_persons_role_is_listed_where_the_articles_say_what_body_it_is() -> None:
    told = "The fireball was seen across the Lessby coast, said Ana Ruiz, director of the Lessby Sky Watch Society."
    said = "\u201cIt was brighter than the moon,\u201d said Ana Ruiz, director of the Lessby Sky Watch Society."
    described = who(
        article("1", told, "The Lessby Sky Watch Society, a volunteer group of stargazers, logged 40 reports."),
        article("2", said, "Tom Reyes, a fisherman, said he saw the fireball from his boat on Tuesday."),
    )
    assert {"Ana Ruiz", "Lessby Sky Watch Society"} <= set(described)
    only_her_role = who(
        article("1", told, "Nearly 40 people reported the fireball to the coastguard by Wednesday morning."),
        article("2", said, "Tom Reyes, a fisherman, said he saw the fireball from his boat on Tuesday."),
    )
    assert "Ana Ruiz" in only_her_role and "Lessby Sky Watch Society" not in only_her_role
    # Not a commentator's employer: the firm is where the analyst works.
    commented = who(
        article("1", "Orrel Freight cut its profit forecast on Wednesday, blaming weak demand from retailers.",
                "\u201cRetailers are holding less stock,\u201d chief executive Ivo Eske said."),
        article("2", "Orrel Freight warned that profit would fall by a fifth.",
                "\u201cInvestors will want costs to come down,\u201d said Tom Reyes, an analyst at Grayline Research, "
                "an independent research firm."),
        article("3", "Orrel Freight shares slid on Wednesday.", "Eske said two depots would close."),
    )
    assert "Tom Reyes" in commented and "Grayline Research" not in commented


def test_a_one_word_body_named_once_is_listed_when_it_speaks_and_the_article_says_what_body_it_is() -> None:
    lead = "Lessby Motors will stop selling its smart glasses in June, chief executive Ana Ruiz said on Monday."
    named = who(article("1", lead, "Market research firm Trendvale said glasses sales would fall again this year."))
    assert "Trendvale" in named and named["Trendvale"].role == "Market research firm"
    bare = who(article("1", lead, "Trendvale said glasses sales would fall again this year."))
    assert "Trendvale" not in bare
    relayed = who(article("1", lead, "Sales of the glasses fell by half, state news agency Kovna said on Monday."))
    assert "Kovna" not in relayed


def test_said_before_a_name_signs_only_when_the_name_ends_the_clause() -> None:
    from bot.summary.actors import speaks_here
    from bot.summary.names import Lexicon, names_in, tokens_of

    def speaks(sentence: str) -> list[str]:
        toks = tokens_of(sentence)
        return [n.text for n in names_in(toks, Lexicon([])) if speaks_here(toks, n)]

    assert speaks("The harbor will reopen in May, said Tom Reyes, the harbor master.") == ["Tom Reyes"]
    assert speaks("The minister hesitated, saying Tom Reyes should decide on the harbor.") == []
    # A place after "in" is where it was said, however far the comma puts the verb.
    assert speaks("In Lessby, the mayor said the harbor would reopen in May.") == []
    assert speaks("Lessby, the port town, said the harbor would reopen in May.") == ["Lessby"]
    # A name signing after the verb is the speaker, not a name before the commas.
    assert speaks("He bought two rifles at a shop in Lessby, Acme Guns, within the last year, said Tom Reyes, "
                  "the manager.") == ["Tom Reyes"]
    assert speaks("Acme Guns, the shop, said Tom Reyes had bought two rifles.") == ["Acme Guns"]
    assert speaks("Acme Guns, the shop, said Monday that it had sold two rifles.") == ["Acme Guns"]
    assert "Acme Guns" in speaks("Acme Guns, the shop, told Lessby Radio.")  # the name opens the sentence
    assert speaks("Ana Ruiz, the minister, said Norvania, Lessby and Acme must join the talks.")[0] == "Ana Ruiz"
    # A verb signs only after a quotation, a comma or a dash: after a word the name is whom the words were for.
    assert speaks("\u201cThe harbor stays shut,\u201d warned Tom Reyes, the harbor master.") == ["Tom Reyes"]
    assert speaks("The mayor called the closure a disgrace and urged Tom Reyes \u201cto reopen it at once.\u201d") \
        == []
    assert speaks("Two port workers told Harbor Radio the quay would stay shut until May.") == []
    # A lower-case title may stand between the signing verb and the name; not a clause's words.
    assert speaks("The ferry vanished from radar at 9:36 a.m., said defense ministry spokesman Tom Reyes, but "
                  "Norvania said it had landed.")[0] == "Tom Reyes"
    assert speaks("The board said harbor master Tom Reyes had resigned.") == []
    assert speaks("She said on Monday that Tom Reyes, the harbor master, would testify.") == []
    # Past an aside the clause may go on: the name is what was said about, not who said it.
    assert speaks("The Norvanian army said field commander Tom Reyes, who led the raid, was killed.") == []
    assert speaks("Police, however, said gunman Tom Reyes (34) had acted alone.") == []
    assert speaks("The Lions traded two picks to Lessby, added striker Tom Reyes, and fired coach Pau Vidal.") == []
    # "of" after a signing name says where the speaker works: the body there does not speak.
    assert speaks("The offer is generous, said analyst Ana Ruiz of Norvania Research.") == ["Ana Ruiz"]
    assert speaks("The port will close, said Tom Reyes, the harbor master, adding it would reopen.") == ["Tom Reyes"]
    assert speaks("Parents will sue, said Tom Reyes, and added that they had hired a lawyer.") == ["Tom Reyes"]
    assert speaks("The vote is over, said Ana Ruiz, 52, dressed in black, outside the hall.") == ["Ana Ruiz"]
    # After a name's comma, "and" goes on with a list, not an appositive: its verb of saying is another's.
    assert speaks("The mayor answered claims by a pilot, Mira Lenz, and by Tom Reyes that the quay was unsafe, "
                  "saying it would reopen.") == []


def test_a_title_case_headline_names_the_body_the_story_is_about() -> None:
    # A one-word body comes after people unless the story is about it; here it also qualifies a person
    # ("Vantor chief executive"), and the headlines capitalise every word.
    paragraphs = ("Vantor said on Monday that 40,000 more customers may have been affected by the leak.",
                  "Vantor chief executive Tom Reyes said the company had let its customers down.",
                  "Lena Holm, an analyst at Harbor Research, said the fine could be large.",
                  "Shares fell after Vantor admitted that the leak had gone unnoticed for months.")
    in_title_case = [a.name for a in story(
        article("1", *paragraphs, title="Vantor Says More Customers Hit By Leak"),
        article("2", *paragraphs[:2], title="How Much Will Vantor Pay?"),
    ).who]
    assert in_title_case.index("Vantor") < in_title_case.index("Lena Holm")
    # A word of the headline that merely contains the name does not count.
    unrelated = [a.name for a in story(article("1", *paragraphs, title="Vantorian Leaks Grow")).who]
    assert unrelated.index("Vantor") > unrelated.index("Lena Holm")


def test_an_appositive_role_opens_the_appositive_and_a_list_is_not_one() -> None:
    actors = who(article(
        "1",
        "Ada Lenz, the 2019 world champion, won the race on Sunday after a late attack on the final lap.",
        "Tom Reyes, 45, said he had never seen such rain at the circuit before.",
        "Tom Reyes, who crashed on the first lap, said well done to the driver who won.",
        "The rider Kai Moor thanked Ada Lenz, whom he called the best driver of her generation, for the fight.",
        "The premier met Kai Moor, and Acme chief Ana Ruiz, on Monday to discuss the race.",
    ))
    assert actors["Ada Lenz"].role == "2019 world champion"
    assert actors["Tom Reyes"].role is None
    assert actors["Kai Moor"].role == "rider"


def test_a_possessive_role_starts_at_its_owner() -> None:
    actors = who(article(
        "1",
        "Documents show that country's prime minister, Sigrun Dahl, owned a company abroad until 2009.",
        "Dahl said on Monday that she had done nothing wrong and would not resign.",
    ))
    assert actors["Sigrun Dahl"].role == "country's prime minister"


def test_a_surname_spelt_differently_after_its_third_letter_is_one_person() -> None:
    actors = who(
        article("1", "Interior Minister Bernard Kazeneuve said the attacker had acted alone on Thursday night."),
        article("2", "French Interior minister Bernard Kazaneuve said that the country was at war with terror."),
    )
    assert "Bernard Kazaneuve" not in actors
    assert "Bernard Kazaneuve" in actors["Bernard Kazeneuve"].aliases
    assert len(actors["Bernard Kazeneuve"].sources) == 2


def test_a_law_is_not_an_actor() -> None:
    actors = who(article(
        "1", "The Fair Billing Act, signed by President Ana Ruiz, says consumers may dispute any charge.",
        "Lawyers said the Fair Billing Act had never been tested in a case of this size.",
    ))
    assert "Fair Billing Act" not in actors and "Billing Act" not in actors
    assert "Ana Ruiz" in actors


def test_a_body_written_with_the_acts_and_a_country_is_named_as_a_country() -> None:
    names = [a.name for a in story(
        article("1", "Chile seized a tanker on Friday, the Peruvian coast guard said.",
                "The Kremlin dismissed the report as nothing concrete on Saturday.",
                "Chile said the tanker had carried oil to the north three times.",
                "The Peruvian navy escorted the Chilean vessel into port."),
        article("2", "The Kremlin said the report was a series of fibs aimed at the president.",
                "Prosecutors in Chile said they were questioning the Chilean crew.",
                "Chilean officials boarded the ship and the Chilean navy towed it away."),
    ).who]
    assert "Kremlin" in names
    assert "Chile" in names and "Chilean" not in names


def test_a_body_after_the_and_a_name_sharing_a_verb_are_subjects_but_places_and_lists_are_not() -> None:
    names = [a.name for a in story(article(
        "1", "Lessby Water said the reservoir at Quarry Hill was almost empty on Monday.",
        "In response, the Orrel Finance Ministry will allocate 5 million ducats to the water board.",
        "On Monday Marrow Banking Group and Tovey Savings banned customers from buying tanks on credit.",
        "Officials met the Dale Port Authority on Tuesday, and the River Sann burst its banks.",
        "Pumps at Kelling, Ashby Vale and Dunmore Heath stations were shut.",
        "Farmers blocked the road, and the Lessby Harbour Board gates stayed shut.",
        "Kestrel Mining and Dunlow Metals shares fell sharply on Tuesday.",
    )).who]
    assert {"Orrel Finance Ministry", "Marrow Banking Group", "Tovey Savings"} <= set(names)
    not_subjects = {"Dale Port Authority", "River Sann", "Ashby Vale", "Lessby Harbour Board", "Kestrel Mining"}
    assert not not_subjects & set(names)


def test_a_body_named_x_of_y_stays_whole_and_one_most_sources_name_is_an_actor() -> None:
    from bot.summary.names import Lexicon, names_in, tokens_of

    def names(sentence: str) -> list[tuple[str, bool]]:
        return [(n.text, n.organisation) for n in names_in(tokens_of(sentence), Lexicon([]))]

    assert names("The Harbor Committee of the Blue Anchor said it had acted.") == [
        ("Harbor Committee of the Blue Anchor", True)]
    assert names("Ministry of Ports spokesman Tom Reyes said so.") == [
        ("Ministry of Ports", True), ("Tom Reyes", False)]
    assert names("Harbour Master Ann Berg of the Dale Port Authority said so.") == [
        ("Harbour Master Ann Berg", False), ("Dale Port Authority", True)]
    # An "and" inside a body's name stands after its "of"; before a body's kind opening the rest, it joins two names.
    assert names("The Department of Ports and Inland Waterways said so.") == [
        ("Department of Ports and Inland Waterways", True)]
    assert ("Bank of Lessby", True) in names("Marrow Capital and Bank of Lessby said so.")
    # A title before the "and" is no role of the body after it.
    assert roles_of(
        article("1", "The Governor and Company of the Bank of Lessby sued Orrel Systems on Monday.",
                "Orrel Systems said the claim had no merit."),
        article("2", "The claim was filed by the Governor and Company of the Bank of Lessby.",
                "Orrel Systems said it would defend itself."),
    ).get("Company of the Bank of Lessby") is None
    leak = "The files were obtained by the Lanmark Consortium of Harbor Reporters and shared with other papers."
    actors = who(*(article(str(n), leak, f"Shipping agent number {n} declined to comment on Monday.")
                   for n in range(1, 4)))
    assert "Lanmark Consortium of Harbor Reporters" in actors
    once = who(article("1", leak), article("2", "Ana Ruiz, the port director, said the agents broke no law."),
               article("3", "Ana Ruiz said the port would publish its own records next week."))
    assert "Lanmark Consortium of Harbor Reporters" not in once


def test_an_owner_before_a_name_and_a_perpetrator_or_relative_give_roles() -> None:
    actors = who(article(
        "1",
        "Dunmore Racing's Ivo Eske said he had walked away unhurt after crashing on the fifth lap.",
        "Police said there had been no sign that the attacker, Ali Benrad, had acted with others.",
        "Her father Tomas Veld said the trial was political and that she would not plead.",
        "Britain's Lena Holm said the vote would go ahead on Sunday as planned.",
    ))
    assert actors["Ivo Eske"].role == "Dunmore Racing"
    assert actors["Ali Benrad"].role == "attacker"
    assert actors["Tomas Veld"].role == "father"
    assert actors["Lena Holm"].role == "Britain"


def test_a_body_is_described_by_the_kind_of_body_before_its_name() -> None:
    actors = who(
        article("1", "Panamanian law firm Vessa Ortiz said it had never been charged with wrongdoing.",
                "Vessa Ortiz said the files had been obtained illegally from its servers."),
        article("2", "The credit agency Lantrax said 40,000 more customers had been affected by the leak.",
                "Lantrax said it would write to every customer affected this week."),
    )
    assert actors["Vessa Ortiz"].role == "Panamanian law firm"
    assert actors["Lantrax"].role == "credit agency"


def test_a_public_body_a_place_names_acts_and_folds_into_its_country_when_that_acts() -> None:
    names = [a.name for a in story(
        article("1", "Dunmore police said the zone would be staffed by volunteers from the Harbor Guild.",
                "The Swiss government brokered the deal between the rebels and the harbour board.",
                "Israel said on Monday that the port would stay closed until the talks ended.",
                "The Israeli army said its soldiers had been attacked near the harbour gate."),
        article("2", "Dunmore police said that the zone would not be fenced off from the rest of the square.",
                "Israel rejected the offer and the Israeli army sealed the harbour on Tuesday."),
    ).who]
    assert {"Dunmore police", "Swiss government", "Israel"} <= set(names)
    assert "Israeli army" not in names


def test_a_court_its_country_names_acts_as_a_police_force_does() -> None:
    """ "An Egyptian court on Saturday sentenced ...", told by two outlets: the court is an actor of a verdict story, as
    "Dunmore police" are of a crime (real: the held-out Morsi story's "Egyptian court")."""
    names = [a.name for a in story(
        article("1", "A Norvanian court on Saturday sentenced former minister Ivo Dassel to three years in prison.",
                "The court also fined five of his aides 30,000 crowns each.",
                "Dassel's lawyer Hana Zelic said he would appeal."),
        article("2", "The Norvanian court convicted Ivo Dassel of taking bribes and jailed him for three years.",
                "Zelic said the verdict was political."),
    ).who]
    assert "Norvanian court" in names


def test_a_role_keeps_a_noun_in_ing_inside_its_noun_phrase_but_not_a_verb() -> None:
    actors = who(article(
        "1",
        "Acme's marketing chief Lena Holm explained that the app had been pulled on Friday.",
        "Protesters met after meeting President Ivo Eske in the square, police said.",
        "Ivo Eske said the talks would go on next week.",
    ))
    assert actors["Lena Holm"].role == "marketing chief"
    assert actors["Ivo Eske"].role == "President"


def test_a_body_is_found_by_its_kind_its_acronym_and_its_legal_form() -> None:
    actors = story(
        article("1", "The review was done by Orrel, a cybersecurity firm hired by Lantrax Inc to investigate.",
                "Lantrax said 40,000 more customers had been affected by the leak on Monday.",
                "The Harbor Data Authority said on Tuesday that it was investigating the leak."),
        article("2", "Cybersecurity firm Orrel had found no evidence that the two attacks were related.",
                "The Harbor Data Authority (HDA) urged Lantrax to alert customers as soon as possible.",
                "HDA said fines were possible, and Lantrax said it would cooperate fully."),
        article("3", "Lantrax said it had hired Orrel, a cybersecurity firm, in August to review its systems.",
                "The HDA was also told of the second leak, and HDA officials visited Lantrax offices."),
    ).who
    names = {a.name: a for a in actors}
    assert "Orrel" in names and "cybersecurity firm" in (names["Orrel"].role or "")
    [lantrax] = [a for a in actors if a.name.startswith("Lantrax")]
    assert "Lantrax Inc" in [lantrax.name, *lantrax.aliases]
    [authority] = [a for a in actors if "Authority" in a.name or a.name == "HDA"]
    assert {"Harbor Data Authority", "HDA"} <= {authority.name, *authority.aliases}


def test_a_lone_acronym_the_story_writes_as_a_word_is_no_body() -> None:
    from bot.summary.names import Lexicon, names_in, tokens_of

    lexicon = Lexicon(["the ceo said so and the tv was on"])
    found = [n.text for n in names_in(tokens_of("The CEO said NASA would fly, and TV crews came."), lexicon)]
    assert found == ["NASA"]
    assert [n.text for n in names_in(tokens_of("The Information Commissioner's Office is looking."), lexicon)] \
        == ["Information Commissioner's Office"]
    assert [n.text for n in names_in(tokens_of("Norway's Foreign Ministry said so."), lexicon)] \
        == ["Norway", "Foreign Ministry"]
    assert [n.text for n in names_in(tokens_of("It met the Dale Port Authority and Harbour Board."), lexicon)] \
        == ["Dale Port Authority", "Harbour Board"]


def test_a_body_named_after_by_in_a_passive_acts_but_a_medium_does_not() -> None:
    names = [a.name for a in story(
        article("1", "The tent will be staffed by the Harbor Guild on the night of the festival.",
                "Ana Ruiz, the festival director, said the tent was new this year."),
        article("2", "A safe zone set up by the Harbor Guild will open at nine in the evening.",
                "The plan was first reported by the Lessby Courier on Monday."),
    ).who]
    assert "Harbor Guild" in names
    assert "Lessby Courier" not in names


def test_a_reporter_presented_by_an_outlet_is_no_actor() -> None:
    names = [a.name for a in story(
        article("1", "Harbor Radio's Ana Ruiz reported from the square as the crowd grew.",
                "Tom Reyes, the mayor, said the square would close at midnight.",
                "Ana Ruiz was back in the square on Sunday.", outlet="Harbor Radio"),
    ).who]
    assert "Tom Reyes" in names and "Ana Ruiz" not in names


def test_a_body_a_spokeswoman_speaks_for_acts_and_one_article_ranks_by_mentions() -> None:
    names = [a.name for a in story(article(
        "1", "Harbor Transit Police said the tram had been going too fast on the bend on Monday.",
        "A spokeswoman for Lanmark Foods International said the shape would not change again.",
        "Ana Ruiz said she was on the tram and was unhurt.",
        "Harbor Transit Police said three people were hurt, and Harbor Transit Police later named them.",
    )).who]
    assert "Lanmark Foods International" in names
    assert names.index("Harbor Transit Police") < names.index("Ana Ruiz")


def test_an_age_marks_a_person_and_a_plural_name_that_acts_is_a_group() -> None:
    names = [a.name for a in story(article(
        "1", "The victims were named as Ada Lenz, 62, of Lessby, and Tom Berg, 52.",
        "The Harbor Rovers won the final on Sunday. The Harbor Rovers beat the old record, and at long last "
        "the Harbor Rovers are champions.",
        "The Strada City model, 2017, was withdrawn after the fires.",
        "Ivo Eske, 45 percent of whose votes came late, lost.",
    )).who]
    assert {"Ada Lenz", "Tom Berg", "Harbor Rovers"} <= set(names)
    assert "Strada City" not in names and "Ivo Eske" not in names


def test_a_measure_in_capitals_is_no_body_and_a_country_is_no_bodys_initials() -> None:
    names = who(
        article("1", "Norvania's economy grew by 2.1 percent in the third quarter, the statistics office said.",
                "GDP grew by 2.1 percent on the quarter, and the NSO said exports led the way.",
                "Economist Tom Reyes of the University of Sydney said the US would cut tariffs."),
        article("2", "GDP rose 2.1 percent in the third quarter, official data showed on Tuesday.",
                "The US said it would cut tariffs on Norvanian goods next year.",
                "NSO head Ana Ruiz said the recovery was on track."),
    )
    assert "GDP" not in names
    # Counter-examples: an acronym that speaks is a body, and a country keeps its own place.
    assert "NSO" in names or any("NSO" in a.aliases for a in names.values())
    university = [a for a in names.values() if "University of Sydney" in [a.name, *a.aliases]]
    assert all("US" not in [a.name, *a.aliases] for a in university)


def test_a_role_naming_the_country_by_its_adjective_is_not_followed_by_the_country() -> None:
    def role(title: str, country: str) -> str | None:
        return who(article(
            "1",
            f"{title} Ana Ruiz said the port would reopen on Monday after the storm.",
            f"{title} Ana Ruiz later said the quota talks would go on.",
            f"{country}'s Ana Ruiz said talks on the fishing quota would go on for a week.",
        ))["Ana Ruiz"].role

    assert role("Norwegian Foreign Minister", "Norway") == "Norwegian Foreign Minister"
    assert role("Chilean envoy", "Peru") == "Chilean envoy, Peru"


def test_a_story_briefed_again_reuses_its_lexicon_but_a_huge_story_is_not_kept() -> None:
    from bot.summary.names import KEPT_LEXICON_CHARS, lexicon_of

    story = "Ana Ruiz, the harbour master, said the port would reopen.\nThe port reopened on Monday."
    assert lexicon_of(story) is lexicon_of(story)
    huge = (story + "\n") * (KEPT_LEXICON_CHARS // len(story) + 1)
    assert lexicon_of(huge) is not lexicon_of(huge)
    assert lexicon_of(huge).lower == lexicon_of(story).lower


def test_a_plain_text_gets_the_same_tokens_and_mid_words_from_the_re_twins() -> None:
    from bot.rules.twins import PLAIN_BLOCKS, is_plain
    from bot.summary import names

    # Every character the twins spell out, where a token or a mid-sentence word can start, go on or end.
    contexts = ("{c}", "a{c}b", "x {c}y", "{c}e-f", "e-{c}", "x, {c}{c}a", "b{c}'s", "a.{c}", "s {c} t", "q\u2019{c}")
    text = " ".join(form.format(c=c) for block in PLAIN_BLOCKS for c in block
                    for form in contexts)
    assert is_plain(text)
    assert list(names._plain_tokens(text)) == list(names._regex_tokens(text))
    assert names._PLAIN_MID_WORD.findall(text) == names._MID_WORD.findall(text)
    # A text with a character beyond them is left to the regex patterns: the same tokens either way.
    assert not is_plain("Tanaka visited 東京 today")
    assert [t.text for t in names.tokens_of("Tanaka visited 東京, said Ana\u00a0Ruiz.")] == \
        ["Tanaka", "visited", "東京", ",", "said", "Ana", "Ruiz", "."]


def test_a_verb_before_a_capitalised_title_is_not_part_of_the_role() -> None:
    lead = "The Lessby harbour will close in May after the storm, officials said on Monday."
    s = story(
        article("1", lead, "The plan was welcomed by Norvania, as did Norvanian Chancellor Ana Ruiz and others.",
                "The scandal that brought down Norvanian President Tom Reyes is not over.",
                "Mika Laine met President Tom Reyes on Monday, where he met President Oren Valk too.",
                "Norvania's former President Oren Valk said the plan was wrong."),
        article("2", lead, "Ana Ruiz said the closure was needed.", "Tom Reyes said he would fight on.",
                "Oren Valk said it was wrong."),
    )
    assert {a.name: a.role for a in s.who if a.name != "Mika Laine"} == {
        "Ana Ruiz": "Norvanian Chancellor", "Tom Reyes": "Norvanian President", "Oren Valk": "former President"}
    # A modifier after a people or a place stays, and "US" is no "us".
    s = story(
        article("1", lead, "Norvanian interim President Tom Reyes said the closure was needed.",
                "US ambassador Ana Ruiz said the quay should reopen."),
        article("2", lead, "Tom Reyes said he would fight on.", "Ana Ruiz said it was wrong."),
    )
    roles = {a.name: a.role for a in s.who}
    assert (roles["Tom Reyes"], roles["Ana Ruiz"]) == ("Norvanian interim President", "US ambassador")
    # A verb in the present after a full name is no part of the role either.
    s = story(article("1", "Ana Ruiz meets Norvanian President Tom Reyes in Lessby on Monday to discuss the ferries.",
                      "Tom Reyes said the ferries would run."),
              article("2", lead, "Tom Reyes said he would fight on."))
    assert {a.name: a.role for a in s.who}["Tom Reyes"] == "Norvanian President"
    # Nor is one after an adverb after a name: the adverb stands before the verb.
    for verb in ("Ana Ruiz openly admires", "Ana Ruiz personally met", "The harbour group also views"):
        s = story(article("1", f"{verb} Norvanian President Tom Reyes on the quay on Monday morning.",
                          "Tom Reyes said the ferries would run."),
                  article("2", lead, "Tom Reyes said he would fight on."))
        assert {a.name: a.role for a in s.who}["Tom Reyes"] == "Norvanian President"
    # An adjective in -ly qualifies it, and so do "only" and "then" before a noun in -s.
    for title, role in (("Lessby County elderly care Director", "Lessby County elderly care Director"),
                        ("the then sports Minister", "sports Minister"),
                        ("Lessby Radio's only news Director", "only news Director")):
        s = story(article("1", lead, f"Since {title} Tom Reyes took office the quay was shut."),
                  article("2", lead, "Tom Reyes said he would fight on."))
        assert {a.name: a.role for a in s.who}["Tom Reyes"] == role
    # A plural noun qualifying a title is part of it.
    s = story(article("1", lead, "Acme Freight sales Director Tom Reyes said the quay was too small."),
              article("2", lead, "Tom Reyes said he would fight on."))
    assert {a.name: a.role for a in s.who}["Tom Reyes"] == "Acme Freight sales Director"


def test_a_role_cut_by_a_quotation_or_a_relative_clause_ends_with_its_noun() -> None:
    lead = "Former Acme engineers launched a campaign against phone addiction on Monday, its founders said."
    s = story(article("1", lead, "The Harbour Trust, a group of former Acme engineers dedicated to \u201creversing the "
                               "attention crisis,\u201d said phones were built to addict."),
              article("2", lead, "The Harbour Trust said it would lobby the council."))
    assert {a.name: a.role for a in s.who}["Harbour Trust"] == "group of former Acme engineers"
    # Nor goes on into a relative clause opened by "that".
    s = story(article("1", lead, "Tom Reyes, a senior official with the Harbour Board that oversees the ferries, "
                               "said the campaign was welcome."),
              article("2", lead, "Tom Reyes said the board would listen."))
    assert {a.name: a.role for a in s.who}["Tom Reyes"] == "senior official with the Harbour Board"
    # "that" pointing to a noun in -s, an owner or an adjective opens none.
    for role in ("head of that news desk since 2019", "winner of that year's top prize",
                 "chair of that troubled board"):
        s = story(article("1", lead, f"Tom Reyes, {role}, said the campaign was welcome."),
                  article("2", lead, "Tom Reyes said the board would listen."))
        assert {a.name: a.role for a in s.who}["Tom Reyes"] == role


def test_after_a_name_closing_the_phrase_a_sentence_opens_with_a_clause_is_no_role() -> None:
    lead = "The Lessby harbour will close in May after the storm, officials said on Monday."
    s = story(
        article("1", lead, "On the positive side for Ruiz, Governor Tom Reyes's approval rating remains strong, though "
                "it has declined.", "Ana Ruiz said the closure was needed."),
        # With no verb the words after the name say who they are.
        article("2", lead, "According to Ada Moss, the harbour pilot, the quay is unsafe.", "Ada Moss said so again."),
    )
    roles = {a.name: a.role for a in s.who}
    assert (roles["Ana Ruiz"], roles["Ada Moss"]) == (None, "harbour pilot")


def test_a_holiday_after_a_given_name_is_a_family_name() -> None:
    lead = "Norvania's central bank lent 500 million euros to the Lessby ferry company on Monday."
    s = story(
        article("1", lead, "Omar Ramadan, the bank's governor, said the loan would keep the ferries running."),
        article("2", lead, "Tom Easter, the ferry company's chief executive, said the loan came just in time."),
    )
    assert {a.name for a in s.who} >= {"Omar Ramadan", "Tom Easter"}
    # A feast alone is a time, not an actor, however often it is named.
    lead = "A Lessby woman found her electric bill listed at $284 billion on Monday."
    s = story(article("1", lead, "She had put up her Christmas lights on Sunday.", "Christmas came early, she said."),
              article("2", lead, "Christmas was nearly ruined, Mira Lenz said.", "Christmas lights were blamed."))
    assert "Christmas" not in {a.name for a in s.who}


def test_what_follows_a_comparison_or_a_possessive_is_not_the_names_role() -> None:
    lead = "The Lessby harbour will close in May after the storm, officials said on Monday."
    s = story(
        article("1", lead, "And like Tom Reyes, the Norvanian Prime Minister is not named in the papers himself.",
                "The papers name a cellist friend of Ana Ruiz's, talk about her daughter's marriage, and more.",
                "Tom Reyes, the Lessby mayor, said the closure was needed."),
        article("2", lead, "Ana Ruiz said the closure was not needed.", "Tom Reyes said he would fight on."),
    )
    assert {a.name: a.role for a in s.who} == {"Tom Reyes": "Lessby mayor", "Ana Ruiz": None}


def test_a_function_word_or_a_verb_before_an_owner_is_not_part_of_the_role() -> None:
    lead = "The Lessby harbour will close in May after the storm, officials said on Monday."
    s = story(
        article("1", lead, "Yes, that was award winner Mira Lenz reading the closing lines of the report.",
                "In 2012 she was given an award in Norvania and met its president, Oren Valk, after the storm."),
        article("2", lead, "Mira Lenz said the closure was needed.", "Oren Valk said it was wrong."),
    )
    assert {a.name: a.role for a in s.who} == {"Mira Lenz": "award winner", "Oren Valk": "president"}


def test_a_name_in_single_quotation_marks_is_named_without_them() -> None:
    from bot.summary.names import Lexicon, names_in, tokens_of

    sentence = "The \u2018Harbour Pass\u2019 of the Rovers\u2019 coach Tom Reyes and \u2018Norvane\u2019 scams ended."
    found = [n.text for n in names_in(tokens_of(sentence), Lexicon([sentence]))]
    assert found == ["Harbour Pass", "Rovers", "Tom Reyes", "Norvane"]


def test_a_country_has_no_role_of_its_own() -> None:
    # A country the gazetteer knows: the title beside it in a sentence is someone else's.
    lead = "Portugal will close the Lessby harbour in May after the storm, officials said on Monday."
    s = story(
        article("1", lead, "The man who opened relations with Portugal, former Trade Minister Tom Reyes, argued for "
                           "talks.", "Portugal, Prime Minister Ana Ruiz said, will pay for the repairs."),
        article("2", lead, "Portugal said the harbour would reopen in June.", "Tom Reyes said it was wrong."),
    )
    assert {a.name: a.role for a in s.who}["Portugal"] is None


def test_a_comma_after_a_name_opens_no_role_when_a_verb_or_another_person_follows() -> None:
    actors = who(
        article(
            "1",
            "The letter was signed by Acme vice president Ana Ruiz, chief exec Tom Reyes of Lantrax's music arm, "
            "Harbor Radio president Mira Lenz, and Kai Moor.",
            "Ruiz said the letter was overdue. Reyes said it was fair. Lenz said nothing.",
            "Her father, Olaf Brenn, is a professor of history at Lessby University who studies ports.",
            "The pictures, from case maker Orrel, were posted on retailer Harbor Shop's website.",
            "Orrel said the pictures were genuine. Brenn said he was proud.",
            "The Rovers announced later Monday general manager Sam Oduya would stay through 2021.",
            "Oduya said he was glad to stay.",
        ),
        article("2", "Orrel said on Monday that it had made the cases for the phone."),
    )
    assert actors["Ana Ruiz"].role == "Acme vice president"  # not "chief exec Tom Reyes of ...": the next signatory
    assert actors["Mira Lenz"].role == "Harbor Radio president"
    assert actors["Olaf Brenn"].role == "father"  # not "is a professor of ...": the clause's verb
    assert actors["Orrel"].role == "case maker"
    assert actors["Sam Oduya"].role == "general manager"  # "later Monday" dates the sentence
    # A role that opens on a preposition or a title naming a day stays: "the wife of former senator Tom Reyes".
    kept = who(article("1", "Ana Ruiz, the wife of former senator Tom Reyes, said the ruling was unfair.",
                       "Friday prayer leader Pau Vidal said the mosque would reopen.",
                       "Ruiz said she would appeal. Vidal said it was good news."))
    assert kept["Ana Ruiz"].role == "wife of former senator Tom Reyes"
    assert kept["Pau Vidal"].role == "Friday prayer leader"


def test_a_name_qualifying_the_next_title_takes_no_possessive_role() -> None:
    actors = who(
        article("1", "The Lessby Rovers beat the Harbor Kings 34-6 on Monday.",
                "Ana Ruiz spent the day with her brother, Lessby rookie defender Pau Vidal, before the game.",
                "Lessby coach Tom Reyes said the win was deserved.",
                "The Lessby Rovers said they were happy."),
        article("2", "The Lessby Rovers beat the Harbor Kings on Monday.",
                "Ruiz said she was proud of the Lessby Rovers."),
    )
    assert actors["Lessby Rovers"].role is None  # Vidal is the brother, not the team
    # Still a role where the name is the head: "her brother, Pau Vidal, said".
    head = who(article("1", "Ana Ruiz won the race on Sunday.",
                       "Her brother, Pau Vidal, said she had trained for it all year."))
    assert head["Pau Vidal"].role == "brother"  # "Her" owns it: whose, a line of its own cannot tell


def test_names_joined_by_an_ampersand_are_one_firm() -> None:
    def named(sentence: str) -> list[tuple[str, bool]]:
        return [(n.text, n.organisation) for n in names_in(tokens_of(sentence), Lexicon([sentence]))]

    assert named("Ana Ruiz of Lessby & Young said the plan was clear.") == [("Ana Ruiz", False),
                                                                           ("Lessby & Young", True)]
    assert named("Tom Reyes, president of Harbor Insights & Strategies, said so.") == [
        ("Tom Reyes", False), ("Harbor Insights & Strategies", True)]
    # Letters joined by "&" are an abbreviation ("Q&A", "S&P"), not partners' names; nor are two full names, two
    # days, two countries or two honorific names a firm.
    assert ("Q & A", True) not in named("The Q&A ran long, Ana Ruiz said.")
    assert named("Ana Ruiz & Tom Reyes said the deal was fair.") == [("Ana Ruiz", False), ("Tom Reyes", False)]
    assert named("Mr. Reyes & Mrs. Ruiz hosted the party.") == [("Reyes", False), ("Ruiz", False)]
    assert named("Russia & Ukraine met on Monday & Tuesday.") == [("Russia", False), ("Ukraine", False)]


def test_a_hyphenated_surname_is_no_outlet() -> None:
    from bot.rules.places import is_outlet_name

    assert is_outlet_name("Lessby Times-News") and is_outlet_name("Lessby Courier-Journal") and is_outlet_name("LBR-TV")
    assert not is_outlet_name("Ana Ruiz-Post") and not is_outlet_name("Tom Reyes-Daily")
    assert is_outlet_name("Sarvian Broadcasting Corporation") and not is_outlet_name("European Broadcasting Union")
    assert is_outlet_name("Nordvik Press Agency") and not is_outlet_name("Nordvik Environment Agency")


def test_a_hyphenated_newspaper_is_an_outlet_not_an_actor() -> None:
    actors = who(article(
        "1",
        "Tom Reyes told the Lessby Times-News that the harbor would reopen in May next year.",
        "The Lessby Times-News reported that the harbor board had met twice this week.",
        "Reyes said the board had no choice but to wait for the repairs to end.",
    ))
    assert "Tom Reyes" in actors
    assert "Lessby Times-News" not in actors


def test_a_person_named_before_of_qualifies_no_later_name() -> None:
    # "Ana Ruiz of Lessby" names her and where she lives: her surname alone later is still her, so the "she" of
    # the quotation after it is hers, not the last full name read ("Tom Reyes").
    reactions = story(article(
        "1",
        "Ana Ruiz of Lessby received a power bill of more than $284 billion this week.",
        "Tom Reyes, a spokesman for the utility, said he had never seen such a bill before.",
        "The bill did inspire Ruiz to add an item to her Christmas list this year.",
        "“I told my son I want a heart monitor for the holidays,” she told the paper.",
    )).reactions
    heart = [r for r in reactions if "heart monitor" in r.text]
    assert heart and heart[0].speaker == "Ana Ruiz"


def test_a_holiday_of_several_words_is_a_time_not_an_actor() -> None:
    actors = who_under_titles(
        ("New Year's Eve Thefts Renew Tensions In Lessby", "Lessby police investigating New Year's Eve thefts",
         "New Year's Eve thefts in Lessby"),
        "Police in Lessby are investigating dozens of thefts that occurred outside the cathedral on New Year's Eve.",
        "Tom Reyes, the police chief, told a news conference the thefts on New Year's Eve were planned.",
        "Similar thefts on New Year's Eve are being investigated in Norvania, Reyes said.",
    )
    assert "Tom Reyes" in actors
    assert not any(name.startswith("New Year") for name in actors)


def test_whose_a_thing_is_is_no_role_of_it() -> None:
    actors = who_under_titles(
        ("Tom Reyes will send his car to Mars", "Car bound for Mars", "Reyes to fly car"),
        "Tom Reyes said on Monday that the rocket would carry his own car to Mars next month.",
        "Payload will be Tom Reyes's Lessby Roadster, playing music on the way, Reyes wrote.",
        "Lessby Roadster was built in 2008, and Lessby Roadster will fly on Tuesday, Reyes said.",
    )
    assert actors["Lessby Roadster"].role is None


def test_a_persons_title_beside_a_bodys_name_is_no_role_of_the_body() -> None:
    actors = who_under_titles(
        ("Tram derails in Lessby", "Lessby tram crash", "Seven dead in Lessby tram crash"),
        "Ana Ruiz, Assistant Chief Constable of the Lessby Transport Police, said seven people had died.",
        "The Lessby Transport Police said the driver had been arrested on Monday night.",
        "The Lessby Transport Police said the tram had been going too fast on the curve.",
    )
    assert actors["Lessby Transport Police"].role is None
    # What body it is stays its role.
    bodies = who_under_titles(
        ("Acme Media Group buys Lessby Courier", "Lessby Courier sold", "Courier changes hands"),
        "Acme Media Group, owner of the Lessby Courier, said on Monday it would keep the paper's staff.",
        "Acme Media Group said the paper would keep its name and its editor, Tom Reyes.",
    )
    assert bodies["Acme Media Group"].role == "owner of the Lessby Courier"


def test_a_body_in_a_persons_role_is_listed_where_it_gives_an_account_of_its_own() -> None:
    paragraphs = (
        "Seven people had died in the crash, said Ana Ruiz, a chief superintendent in the Lessby Transport Police.",
        "Some 400 officers were searching the tunnels on Monday night, according to the Lessby Transport Police.",
    )
    assert "Lessby Transport Police" in who_under_titles(("Tram derails in Lessby", "Lessby tram crash"), *paragraphs)
    # Named only in her role, the force is left to her.
    assert "Lessby Transport Police" not in who_under_titles(
        ("Tram derails in Lessby", "Lessby tram crash"), paragraphs[0],
        "Some 400 officers were searching the tunnels on Monday night.")


def test_justice_before_a_judges_name_is_her_title_but_not_inside_a_bodys_name() -> None:
    actors = who(article(
        "1",
        "Justice Ana Ruiz ruled on Monday that the Lessby Courier had libelled the singer Mara Holt.",
        "Lady Justice Ines Varga said the appeal had no merit and dismissed it.",
        "Campaigner Tom Reyes, of the group Justice Watch, said the ruling was a warning to every newspaper.",
    ))
    assert (actors["Ana Ruiz"].role, actors["Ines Varga"].role) == ("Justice", "Lady Justice")
    assert actors["Tom Reyes"].role == "Campaigner"


def test_an_editor_owned_by_a_paper_has_the_role_a_signed_page_gives_no_one() -> None:
    actors = who(
        article("1", "The Lessby Courier's editor Tom Reyes was questioned for two days in the witness box.",
                "The paper's editor, Tom Reyes, said in a statement that the Courier would study the ruling."),
        article("2", "The singer Mara Holt won her libel case against the Lessby Courier on Monday.",
                "Tom Reyes said the paper stood by its journalists."),
    )
    assert actors["Tom Reyes"].role == "editor"
    # Not owned, the writer's word is a by-line: "Ana Ruiz, Showbiz Editor" signs the page.
    signed = who(article("1", "Ana Ruiz, Showbiz Editor, said the singer Mara Holt had won her case.",
                         "The singer Mara Holt said the Lessby Courier had lied about her for a year."))
    assert "Ana Ruiz" not in signed or signed["Ana Ruiz"].role is None


def test_a_paper_written_with_the_like_a_thing_is_an_actor_when_it_speaks_twice() -> None:
    actors = who(article("1", "The singer Mara Holt won her libel case against the Morning Clarion on Monday.",
                         "Holt sued the Clarion over four articles about her illness.",
                         "The Clarion said it was disappointed and would consider an appeal."),
                 article("2", "Mara Holt has won her case against the Morning Clarion.",
                         "Lawyers for the Clarion argued that the articles were true.",
                         "The judge criticised the Clarion for ignoring every warning.",
                         "The Clarion said it stood by its reporters."))
    assert "Morning Clarion" in actors


def test_a_competitions_tier_is_where_clubs_play_not_an_actor() -> None:
    # Held-out set 10's relegation story: "relegated from the Carvossan Premier Division", never an actor.
    folder = INVENTED / "carvossa-saltmere-city-relegated-appeal-lost" / "articles"
    briefing = result_of(build_briefing([str(folder)], Settings.from_env({})))
    names = {a.name for a in briefing.stories[0].who}
    assert "Premier Division" not in names and "Saltmere City" in names


def test_a_long_description_ended_by_a_participle_still_gives_the_role() -> None:
    assert appositive("Ana Ruiz, a 29-year-old nurse travelling home to Lessby after a night shift at the island's "
                      "medical centre, was sitting near the front of the cabin.", "Ana Ruiz") == "nurse"
    # No role word before the participle: no role.
    assert appositive("Ana Ruiz, who was sitting near the front of the cabin on the way home to Lessby after a long "
                      "night, was hurt.", "Ana Ruiz") is None


def test_a_person_working_at_a_body_named_after_someone_keeps_it_as_role() -> None:
    actors = who(article(
        "1",
        "Michael Bloomberg said on Monday that he would not run for mayor of Lessby again.",
        "Bloomberg said the race was already decided, and his campaign was wound up.",
        "Tom Reyes of Bloomberg said the newsroom would stay neutral in the race for mayor.",
    ))
    assert actors["Tom Reyes"].role == "Bloomberg"


def test_aliases_are_the_short_forms_the_articles_write_not_a_guessed_surname() -> None:
    actors = who(article(
        "1",
        "Sri Lanka fired on a fishing boat from New Zealand on Monday, and Tom Reyes condemned the shooting.",
        "New Zealand said Sri Lanka had broken the fishing deal, and Reyes said talks would go on.",
        "Ana Ruiz, the envoy of Lessby, said the shooting was a grave threat to the whole region.",
    ))
    assert actors["Tom Reyes"].aliases == ["Reyes"]  # "Reyes said": written alone
    assert actors["Ana Ruiz"].aliases == []  # never "Ruiz" alone
    # "Lanka" and "Zealand" are no one's family names.
    assert actors["Sri Lanka"].aliases == actors["New Zealand"].aliases == []


def test_a_pair_of_kin_before_a_name_names_a_couple_not_the_first_ones_role() -> None:
    actors = who(article(
        "1",
        "The temple learned on Sunday of the deaths of husband and wife Tom Reyes, 50, and Ana Reyes, 51, in "
        "the crash near Lessby.",
        "Chairman and chief executive Lena Marsh said the airline would help the families of the dead.",
    ))
    assert actors["Tom Reyes"].role is None
    assert actors["Lena Marsh"].role == "chief executive"  # titles not of kin stay hers


def test_a_second_family_name_after_a_full_name_is_the_same_person() -> None:
    actors = who(article(
        "1",
        "President Ana Maria Ruiz said the government profoundly regretted the deaths of the passengers.",
        "The plane's two pilots also died in the crash, President Ana Maria Ruiz Lopez said in a statement.",
    ))
    [president] = actors.values()
    assert {president.name, *president.aliases} == {"Ana Maria Ruiz", "Ana Maria Ruiz Lopez"}


def test_on_or_for_after_an_affiliation_joins_it_only_after_the_noun_of_a_body() -> None:
    actors = who(article(
        "1",
        "Tom Reyes of Acme on Monday said the port would reopen, whatever the fuel costs.",
        "Ana Ruiz of the Centre for Harbour Studies said the dredging would take a year.",
    ))
    assert actors["Tom Reyes"].role == "Acme"
    assert actors["Ana Ruiz"].role == "Centre for Harbour Studies"


def test_a_place_or_a_people_alone_is_not_the_longer_name_it_opens() -> None:
    actors = who(article(
        "1",
        "The Panama Papers, leaked from a law firm, named dozens of leaders, the Harbor Courier reported.",
        "Panama said on Monday it would set up a panel of experts to review its offshore banking rules.",
        "Panama said the panel would report within six months, and the Panama Papers would be studied in full.",
    ))
    assert "Panama" in actors
    assert "Panama Papers" not in actors or "Panama" not in actors["Panama Papers"].aliases


def test_words_after_the_comma_closing_an_opening_phrase_are_no_role_of_the_name_in_it() -> None:
    actors = who(article(
        "1",
        "In an interview with Harbor Radio Lessby, the director said he had tested the route himself.",
        "Ana Ruiz, operations manager at the Lessby Meteor Society said the fireball was seen in three states.",
    ))
    assert actors.get("Harbor Radio Lessby") is None or actors["Harbor Radio Lessby"].role is None
    assert actors["Ana Ruiz"].role == "operations manager at the Lessby Meteor Society"  # an unclosed appositive


def test_a_one_word_name_is_the_longer_name_the_other_articles_write_it_for() -> None:
    found = story(
        article("1", "Tolvan Sachs expects a $5 billion charge from the new harbour tax, the bank said on Friday.",
                "Tolvan said the charge would be booked in the fourth quarter, and shares fell 2 percent."),
        article("2", "Tolvan Sachs said on Friday the harbour tax would cost it $5 billion this quarter.",
                "Tolvan said its buyback would be paused for the rest of the year."),
        article("3", "Tolvan said on Friday that the harbour tax would cut its fourth-quarter profit sharply.",
                "Tolvan shares fell 2 percent in early trading in New York on Friday."),
    )
    [bank] = [a for a in found.who if "Tolvan" in a.name]
    assert bank.sources == ["1", "2", "3"]
    assert {r.speaker for r in found.reactions} == {bank.name}  # one speaker, not "Tolvan" beside "Tolvan Sachs"
    # A company more sources name alone than name its rocket is not the rocket.
    found = story(
        article("1", "Vantor said on Monday it would launch its heavy rocket next month from its pad in Lessby."),
        article("2", "Vantor said the launch would carry a satellite, and Vantor engineers were testing the engines."),
        article("3", "The Vantor Falcon rocket will fly next month, and Vantor said it was ready for the launch.",
                "Vantor said the Vantor Falcon had passed its last engine test on Sunday."),
    )
    [company] = [a for a in found.who if a.name == "Vantor"]
    assert "Vantor Falcon" not in company.aliases
    # ... and "Vantor", which one article wrote for the rocket, is the company's name, not the rocket's alias.
    assert all("Vantor" not in a.aliases for a in found.who)


def test_the_word_a_longer_name_lost_to_its_last_two_is_no_alias_of_theirs() -> None:
    actors = who(article(
        "1",
        "The head of the harbour union Portvak Tom Reyes criticised the new ferry timetable on Monday.",
        "Tom Reyes said the night ferries would leave the island cut off from the mainland.",
        "Portvak members will meet on Friday to decide whether to strike over the timetable.",
    ))
    assert "Portvak" not in actors["Tom Reyes"].aliases


def test_a_title_ending_a_phrase_after_by_or_with_is_not_the_next_clauses_subjects() -> None:
    actors = who(article(
        "1",
        "Unhappy with the way she was treated by the gate agent, Ana Ruiz said she would file a complaint.",
        "Ana Ruiz said the airline had not answered her letter.",
    ))
    assert actors["Ana Ruiz"].role is None


def test_a_title_after_by_or_with_stays_where_no_clause_follows_the_name() -> None:
    actors = who(article("1", "Tom Reyes spoke with the finance minister, Ana Ruiz on Monday about the budget.",
                         "The letter was signed by the mayor, Lena Holm and three council members."))
    assert actors["Ana Ruiz"].role == "finance minister"
    assert actors["Lena Holm"].role == "mayor"


def test_of_a_town_and_its_state_is_where_someone_lives_not_a_role() -> None:
    actors = who(article(
        "1",
        "Ana Ruiz of Lessby, Pa., received an electric bill of more than $284 billion on Monday.",
        "\u201cMy eyes just about popped out of my head,\u201d Ruiz said.",
        "Tom Reyes of Lessby Power, Pennsylvania's largest utility, said the bill had been a keying error.",
    ))
    assert actors["Ana Ruiz"].role is None
    assert (actors["Tom Reyes"].role or "").startswith("Lessby Power")


def test_a_number_word_ending_a_name_stays_in_the_role_before_a_person() -> None:
    actors = who(article(
        "1",
        "Teenage Formula One star Ana Ruiz won the Lessby race on Sunday after starting from the back of the grid.",
        "One official, Tom Reyes, said the race had been stopped twice because of the rain.",
    ))
    assert actors["Ana Ruiz"].role == "Teenage Formula One star"
    assert actors["Tom Reyes"].role == "official"  # "One" opening a sentence counts, names nothing


def test_a_peoples_noun_is_a_title_before_a_name_and_a_role_only_when_no_title_is_given() -> None:
    actors = who(
        article("1", "Earlier, Frenchman Tom Reyes was sent off after a late tackle in the second half.",
                "Reyes said he was sorry and would not appeal.",
                "Briton Ada Moss saved a penalty, and Lessby goalkeeper coach Finn Holm said she had studied it."),
        article("2", "Frenchman Tom Reyes, a Lessby Rovers striker, was sent off after a late tackle.",
                "Lessby Rovers striker Tom Reyes said he would not appeal."),
    )
    assert actors["Tom Reyes"].role == "Lessby Rovers striker"  # the title, not where he is from
    assert actors["Ada Moss"].role == "Briton"  # nothing else says what she is
    assert "Finn Holm" in actors  # "Finn" is also a given name: not read as a people's noun
    assert not any(name.startswith(("Frenchman", "Briton")) for name in actors)


def test_a_peoples_adjective_before_a_full_name_is_dropped_where_the_surname_is_used_alone() -> None:
    actors = who(article(
        "1",
        "German Ana Ruiz scored twice as Lessby Rovers won the Norvania Cup final on Sunday.",
        "Ruiz said the win was the best day of her life.",
        "The German Marshall Fund said the final was watched in 40 countries.",
        "Acme Freight said it would move its headquarters to the British Virgin Islands.",
    ))
    assert actors["Ana Ruiz"].role == "German"
    assert "German Marshall Fund" in actors  # a body's name: no one is named by "Fund" alone
    assert "German Ana Ruiz" not in actors


def test_occupations_of_arts_sport_and_science_are_roles_and_never_part_of_the_name() -> None:
    actors = who(article(
        "1",
        "Singer Ana Ruiz cancelled her Lessby tour on Monday, her label said.",
        "Lessby Rovers midfielder Tom Reyes, a longtime friend, said he was heartbroken for the fans.",
        "The show's host, astrophysicist Ada Moss, said the tour would return. Billionaire Lena Park owns the venue.",
        "Ruiz said she was ill. Park said refunds would be paid. Paul Singer, a Lessby investor, bought the tickets.",
    ))
    assert actors["Ana Ruiz"].role == "Singer"
    assert actors["Tom Reyes"].role == "Lessby Rovers midfielder"
    assert actors["Ada Moss"].role == "astrophysicist"
    assert actors["Lena Park"].role == "Billionaire"
    assert actors["Paul Singer"].role == "Lessby investor"  # a family name the story never writes as a role


def test_an_appositive_opening_with_a_participle_that_takes_an_object_is_no_role() -> None:
    assert appositive("Viktor Harl, accusing the board's chairman of covering up the losses, said he would sue.",
                      "Viktor Harl") is None
    assert appositive("Ana Ruiz, leading the team for a third year, said the season was over.", "Ana Ruiz") is None
    assert appositive("Ana Ruiz, acting director of the authority, promised openness.", "Ana Ruiz") \
        == "acting director of the authority"
    assert appositive("Tom Reyes, managing director of Acme Freight, said the depot would close.", "Tom Reyes") \
        == "managing director of Acme Freight"


def test_an_appositive_that_opens_a_clause_or_runs_past_a_participle_is_cut() -> None:
    assert appositive("Lessby won after Tom Reyes, the relief pitcher brought in at midseason to make sure of it, "
                      "struck out the last batter.", "Tom Reyes") == "relief pitcher"
    assert appositive("Tom Reyes, a lawyer hired by the family, said the case was closed.", "Tom Reyes") == "lawyer"
    assert appositive("Tom Reyes, a retired judge, said the case was closed.", "Tom Reyes") == "retired judge"
    assert appositive("An article by Ana Ruiz, described the coach as \u201cfurious\u201d after the game.",
                      "Ana Ruiz") is None
    assert appositive("\u201cI love Ada Moss, she's a terrific player, but I did not trust her,\u201d the coach said.",
                      "Ada Moss") is None
    assert appositive("Lena Park, a businesswoman and TV personality on Acme's \u201cLessby Tonight,\u201d said she "
                      "had watched.", "Lena Park") == "businesswoman and TV personality"


def test_a_sentence_end_a_page_ran_into_the_next_is_no_part_of_a_role() -> None:
    actors = who(article(
        "1",
        "The samples were then sequenced to identify the microbes.NASA astronaut Ada Moss ran the test on board.",
        "Moss said the results were sent to Lessby for analysis.",
    ))
    assert actors["Ada Moss"].role == "astronaut"


def test_a_specialists_ending_makes_a_role_a_list_of_trades_does_not_hold() -> None:
    actors = who(article(
        "1",
        "Lessby cardiologist Ana Ruiz said the new drug cut deaths by a third in the Norvania trial.",
        "Tom Reyes, a veteran politician, said the health ministry would pay for it.",
        "AP photographer Ada Moss was there.",
        "Ruiz said more trials were needed. Reyes said the money was ready. Moss said nothing.",
    ))
    assert actors["Ana Ruiz"].role == "Lessby cardiologist"
    assert actors["Tom Reyes"].role == "veteran politician"
    assert "Ada Moss" not in actors or actors["Ada Moss"].role is None  # a photographer signs the pictures


def test_a_relative_clause_saying_what_an_office_holder_does_gives_the_office() -> None:
    actors = who(article(
        "1",
        "Tom Reyes, who heads the Lessby harbour board, said the plan was overdue and would be approved.",
        "Ada Moss, who chairs the council's finance committee, said the cost was fair.",
        "Lena Park, who led the inquiry into the old harbour, said the plan had been changed.",
        "Reyes said work would start in May. Moss said the budget was set. Park said she was content.",
    ))
    assert actors["Tom Reyes"].role == "head of the Lessby harbour board"
    assert actors["Ada Moss"].role == "chair of the council's finance committee"
    assert actors["Lena Park"].role is None  # she led an inquiry once; no office


def test_a_trade_that_is_also_a_family_name_or_names_a_body_stays_in_the_name() -> None:
    actors = who(article(
        "1",
        "Sen. Ada Boxer on Tuesday backed a bill to fund the Lessby fire service after the warehouse blaze.",
        "\u201cOur firefighters deserve better,\u201d Boxer said in a statement. Lena Turk said the bill was late.",
        "Turk said the fire service had asked for the money two years ago.",
        "The Teacher Retirement System of Norvania said it would not fund the service.",
    ))
    assert actors["Ada Boxer"].role == "Senator"
    assert "Lena Turk" in actors  # a people's noun ends her name as a family name
    assert "Teacher Retirement System" in actors and "Retirement System" not in actors


def test_an_appositive_keeps_names_and_where_someone_works_past_a_participle() -> None:
    assert appositive("Ben Cole, a coach at Lessby United for six years, handed out the medals.",
                      "Ben Cole") == "coach at Lessby United for six years"
    assert appositive("Ada Moss, leader of the far left in parliament, called for a vote.",
                      "Ada Moss") == "leader of the far left in parliament"
    assert appositive("Lena Park, a researcher based at Lessby University, said no.",
                      "Lena Park") == "researcher based at Lessby University"
    assert appositive("Ada Moss, an aide of the governor's, said no.", "Ada Moss") == "aide of the governor's"
    assert appositive("Ana Ruiz, IT director at the hospital, said the system was down.",
                      "Ana Ruiz") == "IT director at the hospital"
    assert appositive("Tom Reyes, appointed the company's chief executive in May, said no.",
                      "Tom Reyes") == "company's chief executive in May"
    assert appositive("Ada Moss, a lawyer representing the family and retained by the estate, said no.",
                      "Ada Moss") == "lawyer representing the family"


def test_an_age_before_an_appositive_and_more_trades_give_roles() -> None:
    actors = who(article(
        "1",
        "Ada Moss, 19, a student at Lessby College, said the new fees were too high for most families.",
        "Neuroscientist Lena Park and Archbishop Tom Reyes backed the students on Monday.",
        "Moss said she would march. Park said the fees were unfair. Reyes said the church would help.",
    ))
    assert actors["Ada Moss"].role == "student at Lessby College"
    assert actors["Lena Park"].role == "Neuroscientist"
    assert actors["Tom Reyes"].role == "Archbishop"


def test_a_body_of_a_trade_in_the_plural_keeps_its_name_and_an_office_ends_before_its_date() -> None:
    actors = who(article(
        "1",
        "The Royal College of Physicians said the bill ignored the medical evidence gathered in Lessby.",
        "The Society of Radiographers warned the bill would cost jobs at Lessby General Hospital.",
        "Ada Moss, who founded Acme Freight in 1990 with her brother, said the sale was final.",
        "Moss said the price was fair and the staff would keep their jobs.",
    ))
    assert {"Royal College of Physicians", "Society of Radiographers"} <= set(actors)
    assert actors["Ada Moss"].role == "founder of Acme Freight"


def test_a_body_named_without_its_country_or_union_is_that_body_not_another() -> None:
    [council] = [{a.name, *a.aliases} for a in story(
        article("1", "The UN Security Council met on Monday to discuss the missile launch by Norvania.",
                "The Security Council said the launch broke its resolutions."),
        article("2", "The United Nations Security Council condemned the launch and said new sanctions were possible."),
        article("3", "The U.N. Security Council will vote on the sanctions on Friday, diplomats said."),
    ).who if "Council" in a.name]
    assert council == {"Security Council", "U.N. Security Council", "UN Security Council",
                       "United Nations Security Council"}
    actors = who(article(
        "1", "The National Security Council met on Monday in Lessby to discuss the missile launch by Norvania.",
        "The Security Council at the UN said the launch broke its resolutions."))
    assert {"National Security Council", "Security Council"} <= set(actors)


def test_a_bare_ministry_is_no_other_countrys_and_a_league_is_no_union_of_states() -> None:
    actors = who(
        article("1", "The Israeli Foreign Ministry said on Monday that the talks in Lessby had failed.",
                "The Iranian Foreign Ministry said the talks had been sabotaged."),
        article("2", "Norvania's Foreign Ministry said the talks would resume in June.",
                "The Foreign Ministry said no date had been set. The Iranian Foreign Ministry did not comment.",
                "The Players Association rejected the offer, and the NFL Players Association declined to comment."),
    )
    assert {"Israeli Foreign Ministry", "Iranian Foreign Ministry"} <= set(actors)
    assert not any("Foreign Ministry" in alias for a in actors.values() for alias in a.aliases)
    assert not any("Players Association" in alias for a in actors.values() for alias in a.aliases)


def test_tonight_opening_a_quotation_is_a_time_not_part_of_a_name() -> None:
    actors = who(article(
        "1", "Ana Ruiz won Norvania's presidential run-off on Sunday with 52 percent of the vote.",
        "\u201cTonight Norvania chose hope over fear,\u201d Ruiz told cheering supporters in Lessby.",
        "Tom Reyes conceded defeat in a speech to his party, saying he would respect the result.",
    ))
    assert not any(name.startswith("Tonight") for name in actors)


def test_a_title_keeps_its_participle_and_a_month_or_per_that_is_a_given_name_opens_a_name() -> None:
    actors = who(article(
        "1",
        "Lessby Buses managing director Tom Reyes said the pay deal was fair to drivers and passengers.",
        "Acting chief executive Ana Ruiz said the union had agreed to the offer on Monday.",
        "After meeting Foreign Minister Rui Costa, the union said the talks had gone well.",
        "Jan Brabec said rates should stay unchanged. The union agreed, said June Ellis.",
        "In June Lessby Council said no more buses would be cut, and doctors attending Prime Minister Lena Park said "
        "she was well.",
    ))
    assert actors["Tom Reyes"].role == "Lessby Buses managing director"
    assert actors["Ana Ruiz"].role == "Acting chief executive"
    assert actors["Rui Costa"].role == "Foreign Minister"
    assert actors["Lena Park"].role == "Prime Minister"
    assert {"Jan Brabec", "June Ellis", "Lessby Council"} <= set(actors)
    # "Per", which is a preposition too, the same way, but at a sentence's start ("Per Bloomberg, ...").
    customs = who(article("1", "Customs chief Per Lund said the scanners had been upgraded last year.",
                          "Per Bloomberg, the port will reopen on Monday."),
                  article("2", "Lund said the scanners worked, the port said."))
    assert customs["Per Lund"].role == "Customs chief" and "Per Bloomberg" not in customs


def test_a_country_ending_a_bodys_name_is_where_the_body_is_not_its_short_form() -> None:
    actors = who(
        article("1", "South Africa's competition tribunal approved the takeover of Korvel Milling on Wednesday.",
                "The Food Workers Union of South Africa said its members were still worried about their jobs.",
                "South Africa has said it will watch bread prices closely."),
        article("2", "The Food Workers Union of South Africa said the deal must protect jobs at the mills.",
                "The Government of South Africa said the tribunal had acted within its powers."),
    )
    assert {"South Africa", "Food Workers Union of South Africa"} <= set(actors)
    assert "Government of South Africa" in actors["South Africa"].aliases


def test_a_lake_or_a_mountain_named_in_many_sources_is_a_place_not_an_actor() -> None:
    actors = who(
        article("1", "The court in Nakuru ordered a recount of the governor vote on Thursday.",
                "Nakuru, home to the flower farms around Lake Naivasha, is a bellwether county."),
        article("2", "Governor Grace Wanjiru said she would accept the result of the recount.",
                "Voters near Lake Naivasha queued for hours in August."),
        article("3", "Judge Tom Kariuki ordered the recount of ballots from 48 polling stations.",
                "Turnout was highest in the towns on the shores of Lake Naivasha.",
                title="Recount in 48 polling stations around Lake Naivasha"),
    )
    assert "Grace Wanjiru" in actors
    assert "Lake Naivasha" not in actors


def test_a_feature_word_ending_a_name_that_acts_and_a_participle_that_is_a_verb_leave_names_and_roles_alone() -> None:
    actors = who(article(
        "1",
        "Private equity firm Silver Lake has agreed to buy Lessby Software for $2 billion, the companies said.",
        "Police investigating former finance minister Ana Ruiz said they had searched her home.",
        "Between April and June Korvel Air's profit fell 46 percent, and Korvel Air said fuel costs were to blame.",
    ))
    assert {"Silver Lake", "Korvel Air"} <= set(actors)
    assert not any(name.startswith("June") for name in actors)
    assert actors["Ana Ruiz"].role == "former finance minister"


def test_a_day_before_a_name_in_the_possessive_is_no_owner_of_it() -> None:
    actors = who(article(
        "1",
        "Manaslu Airways said it was trying to establish the facts after the crash.",
        "Rescuers recovered three more bodies on Monday, bringing the death toll from Sunday's Manaslu Airways crash "
        "to 21, officials said.",
        "Manaslu Airways said it would help the families.",
    ))
    assert actors["Manaslu Airways"].role is None


def test_an_acronym_the_story_spells_out_in_lower_case_is_a_thing_not_an_actor() -> None:
    actors = who(
        article("1", "The central bank cut its main rate and reactivated a debt-to-income (DTI) limit for mortgages.",
                "The Civil Aviation Authority (CAA) said flights were unaffected.", title="DTI back from April"),
        article("2", "The DTI limit returns in April, the central bank said, and the CAA said it would watch prices.",
                title="DTI limit returns as bank cuts rates"),
    )
    assert "DTI" not in actors
    assert any(name in actors for name in ("CAA", "Civil Aviation Authority"))


def test_a_family_name_that_is_a_lake_or_a_river_is_still_a_person() -> None:
    actors = who(
        article("1", "Police in Lessby are searching for Emma Lake, 34, who was last seen on Friday night.",
                title="Police search for missing Emma Lake"),
        article("2", "Officers searched the woods near the home of Emma Lake on Saturday."),
    )
    assert "Emma Lake" in actors


def test_a_body_spelt_out_in_capitals_by_one_source_acts_whoever_spells_it_in_lower_case() -> None:
    actors = who(
        article("1", "The national disaster management authority (NDMA) warned of more flooding in the valley.",
                "Sheffield Wednesday's Josh Windass said the club would donate the gate receipts."),
        article("2", "The National Disaster Management Authority (NDMA) said 40 villages were cut off.",
                "The NDMA said more rain was expected this week."),
    )
    assert any(name in actors for name in ("NDMA", "National Disaster Management Authority"))
    assert actors["Josh Windass"].role == "Sheffield Wednesday"
    lender = who(
        article("1", "Kestria on Monday agreed an international monetary fund (IMF) loan of $3 billion.",
                "After Sunday's Korvel Air crash, investigators began work, and Korvel Air said it would help."),
        article("2", "The IMF said the loan would be paid out over three years."),
    )
    assert "IMF" in lender and lender["Korvel Air"].role is None
    team = who(
        article("1", "A special investigation team (SIT) probing the stampede has arrested two event organisers.",
                "The SIT said the accused had failed to obtain police permission."),
        article("2", "The SIT said in a statement that the crowd was far larger than declared."),
    )
    assert "SIT" in team


def test_a_body_named_again_by_its_kind_alone_is_named_by_those_sources() -> None:
    people = story(
        article("1", "Lessby City Council voted on Wednesday to charge drivers entering the old town.",
                "Opposition leader Tom Reyes called the charge a tax on nurses."),
        article("2", "Drivers will pay to enter Lessby's old town after the council approved a charge on Wednesday.",
                "Tom Reyes, the opposition leader, said the council had ignored nurses."),
        article("3", "The council said the charge would start in September.",
                "Shop owner Ana Ruiz said the council had not listened to traders."),
    ).who
    council = next(a for a in people if a.name == "Lessby City Council")
    assert council.sources == ["1", "2", "3"]
    # "The council" opening a sentence names it too; "the police" names no force: a story may name two.
    opening = story(
        article("1", "Lessby City Council voted on Wednesday to charge drivers entering the old town."),
        article("2", "The council said on Wednesday that drivers would pay to enter the old town from September."),
    ).who
    assert next(a for a in opening if a.name == "Lessby City Council").sources == ["1", "2"]
    police = story(
        article("1", "The Royal Military Police arrested two soldiers at Lessby barracks on Monday."),
        article("2", "Two soldiers were held at Lessby barracks, and the case has been handed to the police."),
    ).who
    assert all(a.sources == ["1"] for a in police if a.name.endswith("Police"))
    # Two councils in one story: "the council" names neither.
    two = story(
        article("1", "Lessby City Council and Dale County Council agreed to share a ferry on Wednesday."),
        article("2", "The council said the ferry would start in September, and Tom Reyes said it was late."),
    ).who
    assert all(a.sources == ["1"] for a in two if a.name.endswith("Council"))


def test_an_mp_an_age_inside_the_description_or_after_the_name_keep_the_role() -> None:
    people = {a.name: a.role for a in story(article(
        "1", "Ana Ruiz, the Social Democrat MP who steered the bill through committee, told the chamber: \"This law "
             "is not against technology.\"",
        "Tom Reyes, the 17-year-old chair of the Lessby Students' Council, said pupils were not consulted.",
        "\"We will watch how it works,\" said Lena Park, 46, spokeswoman for the Lessby Parents' Forum.",
    )).who}
    assert people["Ana Ruiz"] == "Social Democrat MP"
    assert people["Tom Reyes"] == "chair of the Lessby Students' Council"
    assert people["Lena Park"] == "spokeswoman for the Lessby Parents' Forum"
    assert "MP" not in people


def test_a_regulators_name_is_a_body_and_a_tabloids_compound_is_no_part_of_a_name() -> None:
    names = [(n.text, n.organisation) for s in (
        "The National Drinking Water Regulator said it had opened an investigation.",
        "Mum-of-two Chloe Brannigan, 34, said she had boiled water for days.",
        "The energy regulator Ofgem said prices would rise.",
    ) for n in names_in(tokens_of(s), Lexicon((s,)))]
    assert names == [("National Drinking Water Regulator", True), ("Chloe Brannigan", False), ("Ofgem", False)]


def test_a_building_where_something_happens_is_a_place_not_an_actor() -> None:
    cast = Cast([], [])

    def person(name: str, **facts: int) -> Person:
        found = Person(spellings=Counter({name: 1}), sources={"1", "2"}, mentions=2)
        for fact, value in facts.items():
            setattr(found, fact, value)
        return found

    assert cast.not_an_actor(person("Dunmore Community Hall")) is not None
    assert cast.not_an_actor(person("Kelling Leisure Centre", placed=1)) is not None
    # A family name that is such a word, or a building that speaks, heads the news or acts, is someone; a centre is a
    # body unless a place's kind.
    assert cast.not_an_actor(person("Ana Hall")) is None
    assert cast.not_an_actor(person("Lessby City Hall", speaks=1)) is None
    assert cast.not_an_actor(person("Great Ormond Street Hospital", in_title=1, subject=2)) is None
    assert cast.not_an_actor(person("National Cyber Security Centre")) is None


def test_a_railway_company_is_a_body_even_where_the_story_writes_railways_and_a_shouted_headline_is_none() -> None:
    found = who(
        article("1", "A train run by Lessby Railways derailed near Dunmore on Sunday, killing 14 people.",
                '"This is a black day for our country and for our railways," the transport minister said.',
                "Lessby Railways rejected suggestions that it had neglected the line."),
        article("2", "Lessby Railways said it had set up an information line for relatives.",
                "UNIONS ISSUE NATIONAL SAFETY WARNING FOR LESSBY RAILWAYS",
                "Lessby Railways said it would not comment while the investigation was under way."),
    )
    assert "Lessby Railways" in found
    assert not any(name.isupper() and len(name.split()) > 3 for name in found)


def test_ae_and_o_slash_spellings_are_one_name_and_a_lead_claimant_has_a_role() -> None:
    found = who(
        article("1", "Home Minister Anders Kjærholm said the government would appeal the ruling.",
                "Lead claimant Idris Kaleb said he came to Lessby to be safe."),
        article("2", "Home Minister Anders Kjaerholm said the ruling was wrong.",
                "Lead claimant Idris Kaleb told reporters he was relieved."),
    )
    assert len([name for name in found if "Anders" in name]) == 1
    assert found["Idris Kaleb"].role == "Lead claimant"


def test_the_plural_of_a_role_opening_sentences_is_no_actor() -> None:
    found = who(*(article(str(n), "A crush at the Lessby music festival injured 40 people on Saturday night.",
                          "Organisers said the gates had opened late.", "Paramedics said most injuries were minor.",
                          "Festival director Nils Vang said he was sorry.") for n in range(1, 4)))
    assert "Organisers" not in found and "Paramedics" not in found and "Nils Vang" in found


def test_state_counsel_has_a_role_and_the_department_of_justice_stays_whole() -> None:
    found = who(*(article(str(n), "Judge Aurelia Nyambok granted bail to opposition leader Tobias Mwangale.",
                          "Principal state counsel Ezekiel Tamburi had opposed bail, the court heard.",
                          "The Department of Justice said it would study the ruling.") for n in (1, 2)))
    assert found["Ezekiel Tamburi"].role and "counsel" in found["Ezekiel Tamburi"].role
    assert "Department of Justice" in found


def test_a_plural_possessive_inside_a_bodys_name_keeps_it_whole() -> None:
    lexicon = Lexicon(("The National Farmers' Union and the Farmers' and Villages Union met. The Rovers' coach left.",))
    assert [n.text for n in lexicon.names("The National Farmers' Union said the ban was unfair.")] == [
        "National Farmers' Union"]
    assert [n.text for n in lexicon.names("They offered a coalition to the Farmers' and Villages Union.")] == [
        "Farmers' and Villages Union"]
    assert [n.text for n in lexicon.names("The Rovers' coach said nothing.")] == ["Rovers"]


def test_a_ministry_named_in_lower_case_is_an_actor_named_with_its_owner() -> None:
    told = story(
        article("1", "Norvania will cap the price of insulin at 30 crowns a month from July, the health ministry said.",
                "Norvania's finance ministry said the cap would cost 40 million crowns a year.",
                "The Chilean foreign ministry said it would study the plan."),
        article("2", "The health ministry said the cap would cover every kind of insulin.",
                "\u201cNobody should ration insulin again,\u201d the health ministry said in a statement.",
                "The finance ministry put the cost at 40 million crowns."),
    )
    actors = {a.name: a for a in told.who}
    assert {"health ministry", "Norvania's finance ministry", "Chilean foreign ministry"} <= actors.keys()
    assert "health ministry" in {r.speaker for r in told.reactions}
    # A story that writes a ministry with a capital names ministries so: "the South's foreign ministry" there is no
    # actor of its own, which would take the key of "China's Foreign Ministry" and give China the South's words.
    capitalised = story(
        article("1", "China's Foreign Ministry said it opposed the launch.",
                "The South's foreign ministry said the launch broke the truce."),
        article("2", "China's Foreign Ministry called the launch a provocation.",
                "The ministry said talks would go on."),
    )
    assert not [a.name for a in capitalised.who if "foreign ministry" in a.name]
    assert not [r for r in capitalised.reactions if "truce" in r.text and "Foreign Ministry" in r.speaker]


def test_two_countries_ministries_stay_apart_and_a_building_a_day_or_a_minister_owns_none() -> None:
    """From a reviewer's second reading: two foreign ministries each with its own words; a ministry named as where
    something happened is no actor; "last Friday's health ministry bulletin" and "Pelko's health ministry" (the
    minister's) name the country's health ministry, whose sentences with no capital still count."""
    expelled = told("two_foreign_ministries_c")
    assert {"Norvania's foreign ministry", "Calvane's foreign ministry"} <= {a.name for a in expelled.who}
    assert [r.speaker for r in expelled.reactions if "submarines" in r.text] == ["Norvania's foreign ministry"]
    assert not [a.name for a in told("ministry_landmark").who if "ministry" in a.name.casefold()]
    measles = [a for a in told("ministry_owner_odd").who if "ministry" in a.name]
    assert [(a.name, len(a.sources)) for a in measles] == [("health ministry", 4)]
    # "In Tessa, the foreign ministry called the accusation absurd" is the accused country's, not the accuser's.
    expelled = told("ministry_two_capitals")
    assert not [r for r in expelled.reactions if "absurd" in r.text and r.speaker.startswith("Norvania")]


def test_a_trade_that_is_a_family_name_a_room_and_a_tax_are_no_companies() -> None:
    """From a reviewer's second reading: "Detective Inspector Helen Power" and "Local MP Tom Steel" are people; "the
    Council Chamber" where a council votes is a room; employers' "National Insurance" is a tax."""
    plant = {a.name: a for a in told("trades_power_station").who}
    assert plant["Helen Power"].role == "Detective Inspector" and "Tom Steel" in plant
    assert not [a.name for a in told("chamber_council").who if "Council Chamber" in a.name]
    assert "National Insurance" not in {a.name for a in told("trades_budget").who}


def test_a_confederation_or_a_chamber_of_something_is_one_body_and_a_hall_of_a_place_is_a_persons_name() -> None:
    actors = who(
        article("1", "The Confederation of Lessby Industry said the charge would cost firms dearly.",
                "The Harrowgate Chamber of Commerce called for a delay."),
        article("2", "The Confederation of Lessby Industry warned of job losses.",
                "The Harrowgate Chamber of Commerce said it would ask for talks."),
    )
    assert {"Confederation of Lessby Industry", "Harrowgate Chamber of Commerce"} <= actors.keys()
    hall = who(
        article("1", "Councillor Dana Hall of Lessby ward said the plan was rushed.",
                "Dana Hall of the Green Alliance, who represents Lessby ward, said residents were angry."),
        article("2", "Opposition councillor Dana Hall of Lessby said residents had not been consulted."),
    )
    assert [name for name in hall if "Hall" in name] == ["Dana Hall"] and "Green Alliance" in hall


def test_a_neighbouring_country_is_the_country_and_an_honorific_is_no_part_of_a_title() -> None:
    actors = who(
        article("1", "Chief Medical Officer Dr Hanna Keszler said most of those who died were over 75.",
                "Neighbouring Sabria said it would send two ships to help."),
        article("2", "Hanna Keszler said hospitals were ready.", "Neighbouring Sabria offered help on Tuesday."),
    )
    assert actors["Hanna Keszler"].role == "Chief Medical Officer"
    assert "Sabria" in actors and not [name for name in actors if name.startswith("Neighbouring")]


def test_a_company_named_after_its_trade_is_one_body_and_a_body_is_no_outlets_reporter() -> None:
    """ "Norland Tobacco" opens sentences in a story that writes "tobacco" in lower case; "Grovely and Penmark Foods"
    is two companies. An outlet whose name holds the country's ("brevanianherald.com") makes its reporters no actors,
    never the country's parliament ("Brevania's National Council")."""
    told = story(
        article("1", "Norland Tobacco said the law would hand the market to criminals.",
                "The sale of tobacco to anyone born after 2009 is banned.",
                "Brevania's National Council passed the law by 211 votes to 64.", outlet="brevanianherald.com"),
        article("2", "Norland Tobacco, the largest cigarette maker, said it would challenge the tobacco law.",
                "The National Council backed the law on Wednesday.",
                "Grovely and Penmark Foods said they would cut prices.", outlet="Daily Shout"),
    )
    actors = {a.name for a in told.who}
    assert {"Norland Tobacco", "National Council", "Penmark Foods"} <= actors
    assert "Grovely and Penmark Foods" not in actors


def test_a_team_beaten_at_a_stadium_is_not_employed_there_but_a_parks_keeper_is() -> None:
    actors = who(
        article("1", "Ashbury sacked Tomas Ferro a day after a 3-1 home loss to Port Selwyn at Foundry Stadium.",
                "Club captain Luka Brandt said the players had let the manager down."),
        article("2", "Ferro was dismissed after a 3-1 defeat by Port Selwyn at Foundry Stadium on Saturday.",
                "Brandt said the squad had to look in the mirror."),
    )
    assert "Port Selwyn" not in actors
    assert actors["Luka Brandt"].role == "Club captain"
    keeper = who(article("1", "Head keeper Tom Hale at Brevan Safari Park said the tiger had been found.",
                         "Hale said visitors had never been in danger."),
                 article("2", "Tom Hale said the tiger was back in its enclosure."))
    assert keeper["Tom Hale"].role is not None and "Brevan Safari Park" in keeper["Tom Hale"].role
    surgeon = who(article("1", "Dr Ana Ruiz, a surgeon at Lessby General Hospital, said the ward was full.",
                          "Ruiz said beds had run out."), article("2", "Ana Ruiz said the ward was full."))
    assert surgeon["Ana Ruiz"].role is not None and "Lessby General Hospital" in surgeon["Ana Ruiz"].role


def test_one_ministry_however_spelt_or_named_back_and_a_title_holder_closing_a_bodys_run() -> None:
    """From a third and a fourth reading: "Norvania's defence ministry" and "the defense ministry" after it are one;
    two ministries each placed by its capital ("In Oslo, the foreign ministry said", "In Stockholm, ...") are two, named
    by their capitals, but a month or a province opening the sentence places none; "President of the Chamber of
    Deputies Luis Ferro" is Luis Ferro, President of the Chamber of Deputies."""
    drone = [a.name for a in told("ministry_spellings").who if "ministry" in a.name]
    assert "Norvania's defence ministry" in drone and not [name for name in drone if "defense" in name]
    expulsions = story(
        article("1", "Norway expelled two Swedish diplomats on Tuesday over claims of spying.",
                "In Oslo, the foreign ministry said the two had photographed a naval base.",
                "In Stockholm, the foreign ministry called the accusation absurd."),
        article("2", "In Stockholm, the foreign ministry said it would respond in kind.",
                "In Oslo, the foreign ministry said the diplomats had 72 hours to leave."),
    )
    assert {"foreign ministry in Oslo", "foreign ministry in Stockholm"} <= {a.name for a in expulsions.who}
    assert [r.speaker for r in expulsions.reactions if "absurd" in r.text] in ([], ["foreign ministry in Stockholm"])
    months = story(article("1", "In January, the health ministry said insulin prices had risen by 40 percent.",
                           "The health ministry said pharmacies would be fined."),
                   article("2", "In Halden, the health ministry said it had opened a field hospital."))
    assert [a.name for a in months.who if "ministry" in a.name] == ["health ministry"]
    pensions = {a.name: a for a in told("chamber_confed").who}
    assert pensions["Luis Ferro"].role == "President of the Chamber of Deputies"
    assert not [name for name in pensions if name.endswith("Luis Ferro") and name != "Luis Ferro"]


def test_the_ministry_named_back_is_no_ones_and_a_title_holder_is_no_part_of_a_chamber() -> None:
    """From a fourth and a fifth reading: "The foreign ministry summoned the Norvanian ambassador" in the other side's
    outlet is that country's ministry, not Norvania's, named with its owner elsewhere; "Calvane's health ministry
    introduced a similar ban" leaves the home "health ministry" its own; "Secretary-General of the Confederation of
    Norvanian Trade Unions Marta Oliveira" is hers, while "the General Confederation of Labour" is one body."""
    drone = told("min_bare_other")
    assert [r.speaker for r in drone.reactions if "grave violation" in r.text] == ["foreign ministry"]
    drinks = {a.name for a in told("min_compare").who}
    assert {"health ministry", "Calvane's health ministry"} <= drinks
    unions = {a.name: a for a in told("confed_head").who}
    assert not [name for name in unions if name.endswith(("Marta Oliveira", "Tomas Bek")) and " of " in name]
    strike = who(article("1", "The General Confederation of Labour said it would join the strike on Monday."),
                 article("2", "The General Confederation of Labour called the reform unfair."))
    assert "General Confederation of Labour" in strike


def test_the_other_sides_denial_is_credited_to_no_named_ministry_and_confederations_stay_whole() -> None:
    """From a fifth reading: after "Ukraine's foreign ministry" and Russia's minister, "The foreign ministry said the
    strike had hit only military infrastructure" is Russia's, not Ukraine's; the Houthi ministry in Sanaa is no part of
    Saudi Arabia's; "European Trade Union Confederation" and "General Confederation of Labour" are whole bodies."""
    denial = told("r5_min_ukraine")
    assert not [r for r in denial.reactions if "military infrastructure" in r.text and r.speaker.startswith("Ukraine")]
    assert [a.role for a in told("r5_min_sanaa").who if a.name == "Saudi Arabia's foreign ministry"] == [None]
    unions = {a.name for a in told("r5_confed_fr").who}
    assert {"General Confederation of Labour", "European Trade Union Confederation"} <= unions


def test_a_countrys_trade_is_no_company_and_a_ministry_cited_by_according_to_counts() -> None:
    """From a sixth reading: "Russian Gas still made up about 13% of EU imports" names no company; "according to the
    health ministry in Gaza" cites the ministry, which "to" does not make a building."""
    assert "Russian Gas" not in {a.name for a in told("r6_eu_russian_gas").who}
    toll = [a for a in told("r6_gaza_ministry").who if a.name == "health ministry"]
    assert toll and len(toll[0].sources) >= 2


def test_a_body_whose_name_opens_with_a_quantifier_or_an_ordinal_keeps_it() -> None:
    """Mid-sentence, "All", "First" or "Second" written with a capital opens a body's name; opening a sentence it
    may be the sentence's own word, and the body read without it there is the same body."""
    actors = who(
        article("1", "Passengers on the All Norland Airways flight were told to wait for hours.",
                "All Norland Airways said the passenger had boarded the wrong plane.",
                "The Second Circuit Court of Appeals rejected the airline's appeal on Monday."),
        article("2", "The airline said First Harrowgate Bank would lend it money.",
                "First Harrowgate Bank said the loan was agreed on Friday.",
                "All Norland Airways apologised to passengers.",
                "All Lessby Group staff will be paid, the union said."),
    )
    assert {"All Norland Airways", "Second Circuit Court of Appeals", "First Harrowgate Bank"} <= actors.keys()
    assert "Norland Airways" not in actors and "Harrowgate Bank" not in actors
    assert "Lessby Group" in actors and "All Lessby Group" not in actors


def test_a_team_unit_or_squad_ends_a_bodys_name_after_three_capitalised_words() -> None:
    """ "The zoo's Dangerous Animal Response Team" is a body, all of it, as "Rail Accident Investigation Branch" is;
    "the Dream Team" is two words of a phrase, no body's name."""
    for sentence, name, body in (
            ("The zoo's Dangerous Animal Response Team shot the gorilla on Saturday.",
             "Dangerous Animal Response Team", True),
            ("The house was searched by the Serious Crime Task Unit on Monday.", "Serious Crime Task Unit", True)):
        found = [n for n in names_in(tokens_of(sentence), Lexicon((sentence,)))]
        assert [(n.text, n.organisation) for n in found] == [(name, body)], sentence
    sentence = "They called it the Dream Team after the final."
    assert all(n.organisation is False for n in names_in(tokens_of(sentence), Lexicon((sentence,))))


def test_players_named_by_their_positions_have_them_as_roles() -> None:
    """Positions of American football and baseball head roles as football's do ("midfielder"): "wide receiver",
    "cornerback", "leftfielder", "catcher"."""
    actors = who(
        article("1", "Lessby wide receiver Tom Vale caught two touchdown passes as Lessby beat Tarrow 34-6.",
                "Tarrow cornerback Ben Orr was injured in the second quarter.",
                "Tarrow leftfielder Ana Sorel said the team would be back."),
        article("2", "Tom Vale caught two touchdown passes, and Ben Orr left the game hurt.",
                "Ana Sorel said the loss hurt.", "Catcher Ivo Marsh said nothing after the game."),
    )
    assert {name: actors[name].role for name in ("Tom Vale", "Ben Orr", "Ana Sorel")} == {
        "Tom Vale": "Lessby wide receiver", "Ben Orr": "Tarrow cornerback", "Ana Sorel": "Tarrow leftfielder"}


def test_an_ordinal_before_a_role_word_is_part_of_the_role() -> None:
    """ "First Minister Ana Ruiz", "third baseman Tom Vale": the ordinal belongs to the role; "the first Acme engineer"
    has none to give."""
    actors = who(
        article("1", "First Minister Ana Ruiz said the plan was ready.",
                "Lessby third baseman Tom Vale threw to first base for the last out.",
                "The first Acme engineer Ivo Marsh said the part broke."),
        article("2", "First Minister Ana Ruiz said the plan would be published.", "Tom Vale said the win was huge.",
                "Ivo Marsh said the part broke."),
    )
    assert (actors["Ana Ruiz"].role, actors["Tom Vale"].role, actors["Ivo Marsh"].role) == (
        "First Minister", "Lessby third baseman", "Acme engineer")


def test_an_ethicist_and_a_model_named_before_or_beside_their_names_have_those_roles() -> None:
    """Occupations in "-icist" ("ethicist", "publicist") head roles; "model" does written in lower case before a name
    ("model Mia Holt"), and a capital is a name's ("Model S")."""
    actors = who(
        article("1", "The campaign is led by former Acme design ethicist Ana Ruiz, who said phones were built to hook.",
                "The model Mia Holt was on board the flight, and said she was shocked."),
        article("2", "\u201cWe were on the inside,\u201d said Ana Ruiz, a former in-house ethicist at Acme.",
                "American model Mia Holt tweeted that the flight had turned back."),
    )
    assert "ethicist" in (actors["Ana Ruiz"].role or "")
    assert "model" in (actors["Mia Holt"].role or "")


def test_a_team_named_by_its_city_and_a_peoples_word_is_an_actor_and_a_people_is_not() -> None:
    """"The Lessby Indians" beaten in a final act and head the story as a team; "Bosnian Serbs", a people's adjective
    before the people's word, are no actor's name."""
    actors = who(
        article("1", "The Tarrow Cubs beat the Lessby Indians 8-7 in extra innings to win the title.",
                "The Lessby Indians had led 6-3 in the eighth inning.", title="Cubs defeat Lessby Indians"),
        article("2", "The Lessby Indians lost the deciding game at home on Wednesday night.",
                "Bosnian Serbs watched the game in bars across the city.", title="Cubs beat Lessby Indians in seven"),
    )
    assert "Lessby Indians" in actors and "Bosnian Serbs" not in actors


def test_a_one_word_name_acting_in_four_sources_ranks_with_full_names() -> None:
    """An animal or a one-word firm the story is about ("Koba came to Lessby in 2015") ranks with full names, ahead of
    bystanders one source quotes each; acting in two sources it ranks after them."""
    lead = "A zoo in Lessby shot dead a gorilla that grabbed a boy who had fallen into its enclosure."
    bystanders = [("Ana Ruiz", "Tom Reyes"), ("Mia Holt", "Dan Pryce"), ("Lena Turk", "Ivo Marsh"),
                  ("Eva Lind", "Sam Kerr")]
    articles = [article(str(i), lead, "Koba came to Lessby Zoo in 2015 from a zoo in Tarrow.",
                        "Keepers said Koba dragged the boy through the moat for ten minutes.",
                        f"{one}, a visitor, said she had seen the boy climb the fence.",
                        f"{other}, a parent, said zoos were no place for gorillas.")
                for i, (one, other) in enumerate(bystanders, 1)]
    names = [a.name for a in story(*articles).who]
    assert "Koba" in names and names.index("Koba") < names.index("Ana Ruiz")
    fewer = [*articles[:2], *(article(str(i), lead, f"{one}, a visitor, said the zoo was right.")
                              for i, (one, _) in enumerate(bystanders[2:], 3))]
    names = [a.name for a in story(*fewer).who]
    assert "Koba" not in names or names.index("Koba") > names.index("Ana Ruiz")


def test_a_body_whose_name_is_an_ordinal_and_its_trade_or_kind_is_one() -> None:
    """Past a lower-case word, "First" with a trade or a body's kind after it is a body's whole name ("Parent company
    First Energy said"): it speaks, and is no ordinal before a lone trade."""
    story_ = story(
        article("1", "A Lessby woman was sent an electricity bill of $284 billion.",
                "Parent company First Energy said a decimal point was accidentally moved."),
        article("2", "A Lessby woman was sent an electricity bill of $284 billion.",
                "Parent company First Energy said a decimal point was accidentally moved."),
    )
    assert "First Energy" in {a.name for a in story_.who}
    assert any(r.speaker == "First Energy" and "decimal point" in r.text for r in story_.reactions)


def test_a_solicitor_named_after_the_client_has_the_role() -> None:
    actors = who(
        article("1", "Kerr's solicitor, Hannah Osei, said he would seek compensation.",
                "Hannah Osei said the case was a scandal."),
        article("2", "Hannah Osei said the police had lied."),
    )
    assert actors["Hannah Osei"].role == "Kerr's solicitor"


def test_an_adverb_opening_a_sentence_is_no_speaker_but_a_family_name_may_look_like_one() -> None:
    """ "Once described herself as ..." opens on an adverb; "Soon Kok Wah" (a reviewer's story) on a family name."""
    elected = story(
        article("1", "Ana Ruiz was elected leader of the party on Thursday.",
                "Once described herself as \u201cboring, and proud of it\u201d."),
        article("2", "Ana Ruiz won the party's leadership ballot.", "Tom Reyes said he would serve under her."),
    )
    assert "Once" not in {a.name for a in elected.who} and all(r.speaker != "Once" for r in elected.reactions)
    assert "Soon Kok Wah" in {a.name for a in told("r7_soon").who}


def test_a_bank_named_mid_sentence_is_not_the_longer_bank_its_name_ends_and_a_numeral_joins_no_title() -> None:
    """From a seventh reading: Citizens Bank, the seller, is not First Citizens Bank, the buyer; "Phase III", "Title
    IX" and "Grand Theft Auto VI" end in numerals of no monarch, so no name takes them."""
    sold = told("r7_banks")
    assert "Citizens Bank" in {a.name for a in sold.who}
    assert [r.speaker for r in sold.reactions if "commercial lending" in r.text] == ["Citizens Bank"]
    for name in ("r7_phase3", "r7_titleix", "r7_gta"):
        assert not [a.name for a in told(name).who if " " in a.name and a.name.split()[-1] in ("II", "III", "IX", "VI")]


def test_a_poultry_or_dairy_company_is_one_body() -> None:
    actors = who(
        article("1", "Two of the farms belong to Greyholm Poultry, which said it was devastated.",
                "All poultry in the zone must be housed indoors."),
        article("2", "Greyholm Poultry said it had followed all biosecurity guidance.",
                "Keepers of poultry must register their birds."),
    )
    assert "Greyholm Poultry" in actors and "Greyholm" not in actors


def test_a_family_or_a_town_named_branch_or_xi_stays_a_person_or_a_place() -> None:
    """From an eighth reading: "Debra Branch" and "Long Branch" are a person and a town (a body ends in "Branch" only
    after three capitalised words: "Rail Accident Investigation Branch"); "Xi" is Xiaoxing Xi's family name, no
    numeral."""
    assert any(r.speaker == "Debra Branch" for r in told("r8_branch2").reactions)
    assert "Long Branch" not in {a.name for a in told("r8_longbranch").who}
    physicist = told("r8_xi_physicist")
    assert "Xi" not in {a.name for a in physicist.who} and "Xiaoxing Xi" in {a.name for a in physicist.who}


def test_a_reporting_tag_after_a_name_is_no_appositive() -> None:
    s = story(
        article("1", "Lessmark's Medicines Agency on Tuesday approved Slimora, a weekly weight-loss injection.",
                "Online pharmacies will not be allowed to sell Slimora, the agency said, citing counterfeit drugs.",
                "Health Minister Tomas Wendt, 52, welcomed the decision."),
        article("2", "Slimora has been approved by Lessmark's Medicines Agency.",
                "Only hospital specialists may prescribe Slimora, the agency said.",
                "Ana Ruiz, operations manager at Brannock said the company was delighted."),
    )
    roles = {a.name: a.role for a in s.who}
    assert roles.get("Slimora") is None
    # Counter-example: an unclosed appositive before a verb that goes on still says who someone is.
    assert roles.get("Ana Ruiz") == "operations manager at Brannock"


def test_the_role_a_sentence_gives_before_naming_someone_as_is_theirs() -> None:
    s = story(
        article("1", "Police stormed a bank in Lessby on Friday, ending an eight-hour siege.",
                "The gunman, named in local media as Tom Reyes, 43, was wounded and taken to hospital.",
                "Cashier Ana Ruiz, 27, said she had begged him to let her go."),
        article("2", "An eight-hour siege at a Lessby bank ended when police stormed the building.",
                "Reyes had lost his home to the bank last year, neighbours said.",
                "A 41-year-old man identified by police as Ivo Danek was arrested at the scene."),
    )
    roles = {a.name: a.role for a in s.who}
    assert roles["Tom Reyes"] == "gunman" and roles["Ana Ruiz"] == "Cashier"
    # Counter-example: "a 41-year-old man identified ... as" gives no role ("man" is none).
    assert roles.get("Ivo Danek") is None


def test_a_judge_named_with_her_court_gives_the_court_no_role() -> None:
    actors = who(
        article("1", "Justice Ana Ruiz of the Lessby High Court approved the extradition of Tom Reyes on Tuesday.",
                "The Lessby High Court said Reyes could appeal within 14 days."),
        article("2", "Justice Ana Ruiz of the Lessby High Court ruled that Tom Reyes can be extradited.",
                "The Lessby High Court rejected his claim that he would face torture."),
        article("3", "A court in Lessby approved the extradition of Tom Reyes.",
                "Justice Ana Ruiz said she was satisfied with the assurances."),
    )
    court = next(a for a in actors.values() if a.name.endswith("High Court"))
    assert court.role is None or "Ruiz" not in court.role  # the judge's title, not the court's


def test_a_firm_named_by_one_word_that_speaks_in_two_sources_ranks_with_full_names() -> None:
    lead = "Lessmark will ban plastic cutlery and plates from October 1, Environment Minister Ana Ruiz said on Monday."
    actors = list(who(
        article("1", lead, "Supermarket chain Kornvale said it would stop selling plastic cutlery in all its stores.",
                "Shop owner Tom Reyes, 64, said: \u201cIt is about time.\u201d"),
        article("2", lead, "Kornvale said its 340 stores would stop selling the plates by the end of August."),
        article("3", lead, "Ruiz said the ban would cut waste by a fifth."),
    ))
    # Two outlets' words of a firm rank it above a shop owner one outlet asked.
    assert actors.index("Kornvale") < actors.index("Tom Reyes")


def test_a_guild_is_a_body_and_a_plural_is_no_short_form_of_its_owners_name() -> None:
    actors = who(
        article("1", "The Lessby Photographers' Guild said it would ask the ministry to protect photographers.",
                "Producers say they do not recall her objecting, according to a statement from the Producer's Guild "
                "of America."),
        article("2", "The Lessby Photographers' Guild said the ruling left photographers exposed.",
                "The Producer's Guild of America said it would review its rules."),
    )
    assert "Lessby Photographers' Guild" in actors
    guild = next(a for a in actors.values() if "Guild of America" in a.name)
    assert "Producers" not in guild.aliases



def test_a_tribunal_is_a_body_and_a_tag_naming_its_speaker_after_it_is_no_role_of_it() -> None:
    actors = who(
        article("1", "Ana Ruiz has 30 days to lodge an appeal with the Lessby Sports Tribunal, her lawyer Tom Reyes "
                     "said on Tuesday.",
                "The Lessby Sports Tribunal will hear the case in May, the federation said."),
        article("2", "Ana Ruiz will appeal to the Lessby Sports Tribunal, her lawyer Tom Reyes said.",
                "The ban was imposed by the Lessby Athletics Union, Ana Ruiz said."),
    )
    assert actors["Lessby Sports Tribunal"].role is None
    assert actors["Tom Reyes"].role == "lawyer"


def test_a_places_police_in_lower_case_is_its_police_department_named_in_full() -> None:
    actors = who(
        article("1", "Tom Neu, 67, was arrested on Thursday, according to the Slidell Police Department.",
                "\"Most people laugh at the thought of falling for such a fraud,\" the Slidell police said in a "
                "statement."),
        article("2", "Slidell police said Tom Neu had been charged with 269 counts of wire fraud."),
    )
    assert "Slidell police" not in actors
    assert actors["Slidell Police Department"].sources == ["1", "2"]
    # Beside the force, a union named after it is not what "police" is.
    actors = who(
        article("1", "The Lessby Police Department said on Monday it had arrested two men.",
                "The Lessby Police Federation said officers were exhausted."),
        article("2", "Lessby police said the two men had been charged with arson."),
    )
    assert "Lessby police" in actors["Lessby Police Department"].aliases
    # A union or a charity named after the force is not the force.
    actors = who(
        article("1", "The Lessby Police Federation, which represents 1,400 officers, warned of a staffing crisis.",
                "The Lessby Police Federation said officers were exhausted."),
        article("2", "\"We are doing everything we can with the officers we have,\" the Lessby police said in a "
                     "statement."),
    )
    assert "Lessby police" not in actors["Lessby Police Federation"].aliases


def test_a_title_of_a_body_is_the_persons_not_the_bodys() -> None:
    roles = roles_of(
        article("1", "Ana Ruiz, CEO of Skyforge, said on Friday that the rocket would fly in May.",
                "Skyforge said the launch had been delayed twice."),
        article("2", "Skyforge said on Monday it had delayed the launch of its rocket until May."),
    )
    assert roles["Skyforge"] is None
    assert roles["Ana Ruiz"] == "CEO of Skyforge"


def test_a_body_spelt_out_beside_an_acronym_keeping_its_small_word_is_one_name() -> None:
    actors = who(
        article("1", "A Transport for Lessby spokesman said the trams were running again on Tuesday.",
                "Passengers were asked to check the TfL website before travelling."),
        article("2", "The driver said he would report the incident to Transport for Lessby (TfL) and the police.",
                "TfL said it was aware of the claims."),
    )
    assert list(actors) == ["Transport for Lessby"] and actors["Transport for Lessby"].aliases == ["TfL"]
    # Not a title's letters ("MoT" test of the Minister of Transport), nor a word spelling no small word ("MiG").
    actors = who(
        article("1", "The Minister of Transport, Ana Ruiz, defended changes to the MoT test on Monday.",
                "Marlow Group said it would upgrade the ageing MiG fighters of the air force."),
        article("2", "Minister of Transport Ana Ruiz said the changes to the MoT test would improve safety.",
                "Marlow Group said the MiG fighters would fly until 2030."),
    )
    assert "Minister of Transport" not in actors and "MiG" not in actors["Marlow Group"].aliases


def test_a_title_word_before_a_trade_is_a_company_name_not_a_title() -> None:
    actors = who(
        article("1", "The flight was operated by Envoy Air, a subsidiary of Lessby Airlines Group.",
                "Envoy Air said it was reviewing what happened on the flight.",
                "Envoy Ana Ruiz said the talks on the airport would go on."),
        article("2", "Envoy Air said the two passengers had been moved to other seats before take-off."),
    )
    assert "Envoy Air" in actors and "Air" not in actors
    assert actors["Ana Ruiz"].role == "Envoy"
    # A title's fields joined by "and" name no company.
    actors = who(article("1", "Director Energy and Climate Ben Ortiz said the council had approved the wind farm.",
                         "Ben Ortiz said building would start in May."))
    assert "Director Energy" not in actors


def test_a_committee_named_after_its_party_is_not_the_party_but_a_company_named_after_its_group_is() -> None:
    actors = who(
        article("1", "The Vostra Central Committee voted on Sunday to annex the northern islands of Corvane.",
                "The Vostra Central Committee called on the government to act before the summer."),
        article("2", "Members of the Vostra Central Committee backed the annexation of the islands unanimously.",
                "Tom Reyes, a former minister, called the annexation vote reckless. Vostra dismissed Reyes as a "
                "failed politician seeking attention."),
    )
    assert "Vostra Central Committee" in actors
    assert "Vostra" not in actors["Vostra Central Committee"].aliases
    actors = who(
        article("1", "Acme Group said on Monday it would close the Lessby depot, cutting 300 jobs."),
        article("2", "Acme said 300 jobs would go when the Lessby depot closes."),
    )
    [acme] = actors.values()  # one company, written both ways
    assert {acme.name, *acme.aliases} == {"Acme", "Acme Group"}


def test_a_body_given_with_its_short_form_in_brackets_acts_and_rescuers_and_coastguards_are_bodies() -> None:
    """The agency's director is listed with the agency in his role; the agency is listed too, as it acts itself
    ("The Norvane Space Agency (NSA) said"). A coastguard and a mountain rescue are bodies, though the story writes
    "the coastguard" and "mountain rescue teams" in lower case too."""
    lead = "A Lessby Orbital rocket carrying 14 satellites exploded 71 seconds after lift-off on Thursday."
    actors = who(
        article("1", lead, "The Norvane Space Agency (NSA) said it had suspended Lessby Orbital's launch licence.",
                "The Norvane Coastguard declared a 30-nautical-mile exclusion zone off Cape Dorran.",
                "The coastguard said boats must keep out until Sunday."),
        article("2", lead, "Tom Reyes, director-general of the Norvane Space Agency, said: \u201cWe will find out "
                           "what went wrong.\u201d", "The coastguard said fragments had washed up on two beaches."),
        article("3", lead, "Tom Reyes, director-general of the Norvane Space Agency, said the licence would stay "
                           "suspended.", "The Dorran Mountain Rescue searched the beach, and mountain rescue teams "
                           "from two valleys joined them."),
        article("4", lead, "The Norvane Coastguard said the zone would be lifted on Sunday.",
                "The Dorran Mountain Rescue said no one had been hurt."),
    )
    assert {"Norvane Space Agency", "Norvane Coastguard", "Dorran Mountain Rescue"} <= set(actors)


def test_a_story_with_a_dozen_people_acting_lists_all_twelve() -> None:
    """Twelve ministers, each speaking in two outlets: a story this wide lists every one of them, not the first ten."""
    people = [("Ana", "Ruiz"), ("Tom", "Reyes"), ("Lena", "Park"), ("Ivo", "Marsh"), ("Petra", "Lund"),
              ("Karl", "Vesk"), ("Nora", "Fahl"), ("Emil", "Dorn"), ("Ines", "Tarr"), ("Oskar", "Brem"),
              ("Rita", "Kolm"), ("Jonas", "Hale")]
    lines = [f"{first} {last}, councillor for ward {n + 1} of the Lessby harbour council, said on Monday that "
             f"the ferry pier must stay shut until the divers report." for n, (first, last) in enumerate(people)]
    listed = story(article("1", "The Lessby harbour council closed the ferry pier on Monday.", *lines),
                   article("2", "The Lessby harbour council shut the old ferry pier.", *lines)).who
    assert {a.name for a in listed} == {f"{first} {last}" for first, last in people}


def test_whoever_the_reactions_quote_is_listed_among_the_actors_but_a_bare_first_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide story lists its most central actors first (here only one fits); a speaker its reactions show is listed
    after them, as whoever speaks acts in the story. A woman the story names only as "Michelle" is quoted but not
    listed: a first name alone tells a reader no one."""
    monkeypatch.setattr(actors_module, "MAX_ACTORS", 1)
    shown = story(
        article("1", "Harbour master Lena Park closed the Lessby ferry pier on Monday after divers found cracks.",
                "\u201cWe could not take the risk with passengers on board,\u201d Lena Park said.",
                "\u201cThe repairs will take a month at least,\u201d said Tom Reyes, the board's chief engineer.",
                "\u201cI missed my first shift in ten years,\u201d said Michelle, a commuter from Tarrow."),
        article("2", "Lena Park, the harbour master, shut the Lessby ferry pier after divers found cracks.",
                "Lena Park said the pier would stay shut until the repairs were done."))
    assert {r.speaker for r in shown.reactions} >= {"Lena Park", "Tom Reyes", "Michelle"}
    assert [a.name for a in shown.who] == ["Lena Park", "Tom Reyes"]


def test_a_role_with_another_trade_after_it_and_chemists_of_every_field() -> None:
    """"space analyst and author of a book" is an analyst's role, though "author" alone signs a byline; a byline's word
    before any role ("economics correspondent Jane Roe") is still no role. "biochemist" is a trade as "chemist" is."""
    roles = {a.name: a.role for a in story(article(
        "1", "The Lessby moon probe will launch next year, the space agency said on Monday.",
        "\u201cIt is a technically hard mission,\u201d said Brian Harvey, space analyst and author of a book on the "
        "programme.",
        "\u201cWe turned the samples around in a day,\u201d said Aaron Burton, agency biochemist.",
        "Jane Roe, economics correspondent, said the budget had doubled.")).who}
    assert roles["Brian Harvey"] == "space analyst and author of a book on the programme"
    assert roles["Aaron Burton"] == "agency biochemist"
    assert roles.get("Jane Roe") is None



def test_an_academy_is_a_body_and_named_by_three_sources_it_is_an_actor() -> None:
    """A body called an academy (a recording academy, a film academy) is an organisation like an institute: three
    outlets telling of a letter to it make it an actor of the story, as a person's name acted upon they would not."""
    lead = "Six music executives sent a letter to the Varn Recording Academy calling it out of touch."
    told_ = story(
        article("1", lead, "Singer Tomas Rell said the letter was long overdue."),
        article("2", "The letter urged the Varn Recording Academy to review how it picks nominees.",
                "Tomas Rell, a singer, said the letter was long overdue."),
        article("3", "The letter to the Varn Recording Academy was signed by six executives."),
    )
    assert any("Varn Recording Academy" in a.name for a in told_.who)




def test_a_chain_named_for_a_bowl_is_an_actor() -> None:
    """ "Bowl" ends restaurants' and venues' names as well as games': a noodle chain three outlets quote is an actor."""
    actors = who(
        article("1", "Noodle chain Golden Bowl will close 12 of its 40 restaurants, it said on Monday.",
                "Golden Bowl said rising rents had made the sites unprofitable."),
        article("2", "Golden Bowl said it would close 12 restaurants by the end of the year."),
        article("3", "Golden Bowl will close a dozen of its restaurants, the chain said."),
    )
    assert "Golden Bowl" in actors


def test_a_person_of_a_partners_firm_has_the_whole_firm_for_a_role() -> None:
    actors = who(
        article("1", "\u201cThe structure should allow the aircraft to be registered,\u201d wrote Ana Ruiz of Harwell "
                     "& Dunn, the accounting firm."),
        article("2", "Ana Ruiz of Harwell & Dunn designed the structure, the papers show."),
    )
    assert actors["Ana Ruiz"].role == "Harwell & Dunn"
    winners = who(article("1", "Winners of the award, Jonas Berg of Lessby & Mira Solvik of Varn, each got a bonus."),
                  article("2", "Jonas Berg and Mira Solvik each received a bonus, the firm said."))
    assert (winners["Jonas Berg"].role, winners["Mira Solvik"].role) == ("Lessby", "Varn")
    signed = who(article("1", "Eva Nord of Lessby Bank and Tom Vik of the Lessby Chamber of Commerce welcomed it."),
                 article("2", "Eva Nord and Tom Vik both welcomed the deal, the council said."))
    assert (signed["Eva Nord"].role, signed["Tom Vik"].role) == ("Lessby Bank", "Lessby Chamber of Commerce")


def test_a_tag_naming_a_titled_speaker_after_a_body_is_no_role_of_the_body() -> None:
    """ "..., CEO Tom Reyes said." closes the sentence on who said it: the title is his, not the body's before the
    comma."""
    actors = who(
        article("1", "The rocket was built by Acme Orbital, CEO Tom Reyes said.",
                "Acme Orbital said the rocket was ready."),
        article("2", "Acme Orbital said the launch would go ahead next month."),
    )
    assert actors["Acme Orbital"].role is None and actors["Tom Reyes"].role == "CEO"


def test_a_body_spelt_out_beside_its_acronym_is_one_name_with_the_small_words_inside() -> None:
    actors = who(
        article("1", "The campaign group People for the Fair Treatment of Ponies said the races must stop.",
                "The Centres for Harbour Safety and Prevention said the pier was sound.",
                "The inquiry heard that people had complained for years, and the prevention of accidents was late."),
        article("2", "PFTP said its members would protest outside the track on Sunday.",
                "The pier was sound, the CHS said, and PFTP said the races must stop."),
    )
    ponies = actors["People for the Fair Treatment of Ponies"]
    assert ponies.sources == ["1", "2"] and "PFTP" in ponies.aliases
    assert "Centres for Harbour Safety and Prevention" in actors
    assert not {"People", "Fair Treatment", "Ponies", "Harbour Safety", "Prevention"} & set(actors)


def test_a_spelt_out_body_needs_its_acronym_and_a_bodys_word_and_leaves_the_person_before_it() -> None:
    lexicon = Lexicon(("The RHIS method, the CPS, the PPS, the CCTV, the MSP and the TCAA rules, as people said.",))

    def names(sentence: str) -> list[str]:
        return [n.text for n in names_in(tokens_of(sentence), lexicon)]

    # The person before the body stays a name of its own.
    assert names("Ana Ruiz of the People for Port Safety said so.") == ["Ana Ruiz", "People for Port Safety"]

    # A technique's initials are no body's; a country's body and a body after "and" are two names.
    assert "Rapid Harbour and Image Scaling" not in names("It uses Rapid Harbour and Image Scaling to sharpen photos.")
    assert names("Tesmarra's Civil Aviation Authority fined the airline.") == ["Tesmarra", "Civil Aviation Authority"]
    assert names("The Council for Port Safety and Interpol met.") == ["Council for Port Safety", "Interpol"]
    # Initials of a run's first words only are no name: a council and a police force, whatever the CCTV; nor is a title.
    assert names("Carrow Council and Tarsk Valley Police asked.") == ["Carrow Council", "Tarsk Valley Police"]
    assert "Minister of State for Ports" not in names("Minister of State for Ports Ana Ruiz said so.")
    # Without the acronym in the story, the run is read as before.
    assert "Committee to Protect Divers" not in names("The Committee to Protect Divers said the dive was unsafe.")


def test_a_bodys_acronym_a_headline_makes_speak_acts_though_named_once() -> None:
    paragraphs = ("A gunman killed six people at the Lessby market on Sunday, police chief Ana Ruiz said.",
                  "Ruiz said the gunman, Tom Berg, acted alone.")
    actors = who(article("1", *paragraphs, title="Gunman kills six at Lessby market"),
                 article("2", *paragraphs, "The HBI says the gunman had no links to any group. The KRT said it had no "
                         "record of him.", title="Six killed at Lessby market, HBI says gunman had no links"))
    assert "HBI" in actors and "Ana Ruiz" in actors
    assert "KRT" not in actors  # named once, in the text only: a sentence's capitals may be anything
    # A headline's acronym that speaks nowhere is a virus's or a product's: "KRV spreads to second province".
    virus = who(article("1", "Health Minister Ana Ruiz said on Monday that KRV had spread to Dalmor.",
                        title="KRV spreads to second province"),
                article("2", "Ruiz said hospitals were ready.", title="Virus reaches Dalmor"))
    assert "KRV" not in virus


def test_a_teams_position_and_a_leaker_are_roles_written_in_lower_case() -> None:
    actors = who(article("1", "Harbourton center Jon Frost praised the coach on Twitter.",
                         "Harbourton guard Al Vint and forward Ed Marsh boarded the flight.",
                         "Chinese leaker Frost Echo has tweeted that the phone would be thinner."),
                 article("2", "Vint and Marsh said the coach was great.", "Frost Echo said the phone is thinner."))
    assert actors["Jon Frost"].role == "Harbourton center"
    assert actors["Al Vint"].role == "Harbourton guard" and actors["Ed Marsh"].role == "forward"
    assert actors["Frost Echo"].role == "Chinese leaker"
    # A verb's object, an adverb's or a place's name is no position.
    not_played = who(article("1", "Two officers were assigned to guard Ana Ruiz, the judge, during the trial.",
                             "The Greens put forward Tom Reyes as their candidate on Monday.",
                             "The community center Ivo Marsh has run for 15 years will close."),
                     article("2", "Ruiz said the trial would go on. Reyes said buses must be cleaner.",
                             "Marsh said the center would close."))
    assert not_played["Ana Ruiz"].role == "judge" and not_played["Tom Reyes"].role is None
    assert "Ivo Marsh" not in not_played or not_played["Ivo Marsh"].role is None
    # With a capital, a body's name: "Kennedy Space Center", "Coast Guard".
    centre = who(article("1", "The Kennedy Space Center said the launch was delayed.",
                         "The Lessby Coast Guard said the crew was safe."))
    assert {"Kennedy Space Center", "Lessby Coast Guard"} <= set(centre)


def test_an_appositive_telling_where_or_with_whom_is_no_role() -> None:
    caption = "Acme chief Ana Ruiz speaks in the Blue Room, with President Tom Reyes in the background."
    assert appositive(caption, "Blue Room") is None
    assert appositive("Tom Reyes, president of the harbour board, said the quay would close.", "Tom Reyes") \
        == "president of the harbour board"
    assert appositive("Ana Ruiz, Under Secretary for Harbour Affairs, said the quay would close.", "Ana Ruiz") \
        == "Under Secretary for Harbour Affairs"  # a title, capitalised


def test_a_role_is_whose_relative_someone_is_not_the_relatives_role_nor_a_pronoun() -> None:
    actors = who(article("1", "He had no links to any group, the brother of the gunman, Ivo Berg, said on Monday.",
                         "The gunman, Tom Berg, killed six people at the Lessby market.",
                         "Her cousin, Lena Vos, was among the dead, singer Ana Ruiz wrote."),
                 article("2", "Ivo Berg said his brother gambled for a living. Lena Vos was 19.",
                         "Tom Berg acted alone, police said. Ana Ruiz said she was heartbroken."))
    assert actors["Ivo Berg"].role == "brother of the gunman"
    assert actors["Lena Vos"].role == "cousin"  # whose: a line of its own cannot tell "her"


def test_a_handle_joined_by_underscores_is_one_word_and_no_name_of_its_pieces() -> None:
    sentence = "Weibo user S_AND_YY wrote: “Parents have to take care of their children.”"
    assert "S_AND_YY" in [t.text for t in tokens_of(sentence)]
    assert not {"S", "YY"} & {n.text for n in names_in(tokens_of(sentence), Lexicon((sentence,)))}


def test_a_countrys_spellings_are_one_actor() -> None:
    actors = who(article("1", "The United States condemned the launch on Monday.",
                         "South Korea said the rocket fell into the sea.",
                         "The Democratic People's Republic of Korea said the launch was a success."),
                 article("2", "The US said it would seek new sanctions.",
                         "The Republic of Korea called an emergency meeting.",
                         "North Korea said it would launch more satellites."))
    assert actors["United States"].sources == actors["South Korea"].sources == actors["North Korea"].sources \
        == ["1", "2"]
    assert not {"US", "Republic of Korea", "Democratic People's Republic of Korea"} & set(actors)


def test_a_clubs_or_a_cups_america_and_one_word_spellings_of_two_countries_are_not_merged() -> None:
    actors = who(article("1", "The US said it would send a challenger to the America's Cup in Barcelona.",
                         "Club America signed striker Tom Berg on Monday, America said in a statement.",
                         "Chairman Mao's People's Republic of China never ruled the island, Taiwan said."),
                 article("2", "The United States said Berg would be called up in March.",
                         "China said it would hold drills. America said Berg would wear the number nine shirt."))
    assert "America" in actors and actors["United States"].sources == ["1", "2"]
    assert "China" in actors and "People's Republic of China" not in actors  # the common name shown


def test_a_states_long_form_is_one_name() -> None:
    sentence = "The Republic of Korea said the missile flew 600 kilometres, and the Kingdom of Norway agreed."
    assert [n.text for n in names_in(tokens_of(sentence), Lexicon((sentence,)))][:1] == ["Republic of Korea"]
    assert "State of the Union" not in [n.text for n in names_in(tokens_of("He gave the State of the Union address."),
                                                                 Lexicon(("He gave the State of the Union address.",)))]


def test_the_role_a_sentence_gives_whom_police_identify_or_name_is_theirs() -> None:
    roles = roles_of(
        article("1", "A light aircraft crashed into a field near Lessby on Sunday, killing its pilot.",
                "Police identified the pilot as Tom Reyes.",
                "Farmer Ana Ruiz said she had heard the engine stop."),
        article("2", "A small plane crashed near Lessby on Sunday.",
                "The pilot was later identified as Tom Reyes, a flying instructor.",
                "Police named its owner as Ivo Danek. Danek said the plane had been serviced in May."),
    )
    assert roles["Tom Reyes"] == "pilot"
    # Counter-example: no "the" before the owner, so no role ("its owner" is whose, and says nothing of him).
    assert roles.get("Ivo Danek") is None
    # Counter-examples: the role of a phrase inside the one naming someone is another's.
    roles = roles_of(
        article("1", "A ferry sank off Lessby on Sunday.",
                "The son of the former mayor was named as Ivo Danek, a student.",
                "The passenger who attacked the pilot was identified as Tom Reyes.", "Danek is missing."),
        article("2", "Ivo Danek was on board the ferry that sank off Lessby.",
                "Tom Reyes was arrested on Monday."),
    )
    assert roles["Ivo Danek"] == "student" and roles.get("Tom Reyes") is None
    # A day may stand before the clause: "Police said on Tuesday the gunman was named as ...".
    roles = roles_of(
        article("1", "A gunman shot two guards in Lessby.",
                "Police said on Tuesday the gunman was named as Tom Reyes."),
        article("2", "Two guards were shot in Lessby.", "Tom Reyes, 40, was arrested."),
    )
    assert roles["Tom Reyes"] == "gunman"


def test_a_neighbour_or_a_friend_is_a_role_and_a_job_goes_before_a_relation() -> None:
    roles = roles_of(
        article("1", "Fire destroyed a block of flats in Lessby on Monday.",
                "\u201cIt was awful to watch,\u201d said a neighbour, Tom Reyes.",
                "\u201cShe got everyone out,\u201d said her brother, Ivo Danek."),
        article("2", "A fire gutted a Lessby block of flats on Monday.",
                "\u201cShe was so brave,\u201d said the friend, Ana Ruiz.",
                "\u201cWe are proud of her,\u201d said her brother, Ivo Danek."),
        article("3", "Residents were evacuated from a burning block in Lessby.",
                "Ivo Danek, a firefighter, said the stairwell had filled with smoke."),
    )
    assert (roles["Tom Reyes"], roles["Ana Ruiz"]) == ("neighbour", "friend")
    # A job the articles give goes before whose brother he is, though more of them say "brother".
    assert roles["Ivo Danek"] == "firefighter"
    # Counter-examples: the relation of someone else, of a country, and the title after "a colleague of".
    roles = roles_of(
        article("1", "Ardessa on Monday accused its neighbour Kestova of cutting the river's flow.",
                "Ana Ruiz said a friend Tom Reyes had known since school had tipped her off.",
                "Ivo Danek, a former colleague of council leader Marta Crane, declined to comment."),
        article("2", "Kestova denied cutting the flow. Tom Reyes, an engineer, said the dam was full.",
                "Marta Crane said the council would ask Kestova for the data."),
    )
    assert roles.get("Kestova") is None and roles["Tom Reyes"] == "engineer"
    assert roles["Marta Crane"] == "council leader"
    roles = roles_of(
        article("1", "Talks with neighbour Kestova broke down on Monday.",
                "Police want to speak to the friend Aron Kesk had called after the attack."),
        article("2", "Kestova left the talks. Aron Kesk, 31, was charged with assault on Tuesday."),
    )
    assert roles.get("Kestova") is None and roles.get("Aron Kesk") is None
    # A verb before a relation or a position ends the title; kin after "the" is the person's own.
    roles = roles_of(
        article("1", "Ivo Danek hit neighbour Lars Tamm on the head on Sunday.",
                "The Rovers let right back Jon Berg leave for Lessby.",
                "The widow Agnes Velde said her husband had warned managers."),
        article("2", "Lars Tamm was taken to hospital. Jon Berg signed for Lessby.",
                "Agnes Velde said the quarry was unsafe. Rescuers pulled out the driver, who was named as Karl Brenn."),
    )
    assert (roles["Lars Tamm"], roles["Jon Berg"], roles["Agnes Velde"], roles["Karl Brenn"]) == (
        "neighbour", "right back", "widow", "driver")


def test_a_team_position_of_two_words_is_a_role_and_the_verb_back_is_none() -> None:
    roles = roles_of(
        article("1", "Rovers beat Lessby 28-10 on Sunday.",
                "Rovers running back Tom Reyes ran for two touchdowns.",
                "Party delegates back Ana Ruiz for the chair, Ivo Danek said."),
        article("2", "Rovers won 28-10 at Lessby.", "Reyes scored twice. Ana Ruiz said the win was deserved."),
    )
    assert roles["Tom Reyes"] == "Rovers running back"
    assert roles.get("Ana Ruiz") is None  # "delegates back Ana Ruiz": a verb


def test_a_role_word_that_is_a_verb_after_people_gives_no_role() -> None:
    roles = roles_of(
        article("1", "Acme will unveil its new phone in January, some analysts suspect Acme will say.",
                "Some analysts suspect Acme is about to cut its prices.",
                "Murder suspect Tom Reyes appeared in court in Lessby on Monday."),
        article("2", "Acme said it would unveil a phone in January.",
                "Tom Reyes denied the charge. Acme declined to comment."),
    )
    assert roles.get("Acme") is None
    assert roles["Tom Reyes"] == "Murder suspect"  # after a singular, a role
    witness = roles_of(article("1", "The court heard from police witness Jorun Veldt on Monday.",
                               "Veldt said the boxes held cigarettes."),
                       article("2", "Police witness Jorun Veldt told the court the boxes held cigarettes."))
    assert (witness["Jorun Veldt"] or "").casefold() == "police witness"
    nurse = roles_of(article("1", "Nurse witness Hanna Brisk, 38, said she saw the fall.",
                             "Brisk said the ward was short of staff."),
                     article("2", "Hanna Brisk told the tribunal the ward was short of staff."))
    assert nurse["Hanna Brisk"] == "Nurse witness"  # a singular before "witness"


def test_a_role_cut_by_an_honorifics_full_stop_ends_before_it() -> None:
    assert appositive("Ivo Danek, a close friend of Mr. Reyes, said the deal was fair.", "Ivo Danek") == "close friend"
    assert appositive("Ivo Danek, a former aide to Gov. Ana Ruiz, said so.", "Ivo Danek") == "former aide"


def test_a_name_after_a_place_preposition_opening_the_sentence_takes_no_appositive() -> None:
    sentence = "Beside Krall, a neighbour from the fourth floor carrying her son said she had thought they would die."
    assert appositive(sentence, "Krall") is None


def test_a_person_titled_by_a_body_and_one_whose_age_follows_are_their_clauses_subjects() -> None:
    def subjects(sentence: str) -> list[str]:
        tokens = tokens_of(sentence)
        return [n.text for n in names_in(tokens, Lexicon((sentence,))) if actors_module.subject_here(tokens, n)]

    assert "Tom Reyes" in subjects("Acme chief Tom Reyes resigned on Monday.")
    assert "Tom Reyes" in subjects("Rovers star striker Tom Reyes scored twice.")
    assert subjects("Ana Ruiz, 67, was charged with fraud.") == ["Ana Ruiz"]
    # Counter-examples: the verb after a plural subject ("Rovers head to Lessby"), and numbers in a list.
    assert subjects("Rovers head to Lessby on Sunday.") == ["Rovers"]
    assert subjects("The scores were Acme, 12, and Orrel, 9, in the final.") == []
    assert subjects("The winners were Ana Ruiz, 12, and Tom Reyes, 11, both from Lessby.") == []
    # The body's verb before the title makes the person its object.
    assert subjects("Verano Foods fired chief executive Dario Feld late on Monday.") == ["Verano Foods"]
    assert subjects("Rovers signed striker Kofi Mensal, 24, last summer.") == ["Rovers"]


def test_a_verb_before_a_title_in_lower_case_is_no_part_of_it() -> None:
    roles = roles_of(
        article("1", "Lessby's mayor Ana Ruiz met Acme chief Tom Reyes on Monday to discuss the plant's closure.",
                "A court on Tuesday found former manager Ivo Danek guilty of fraud."),
        article("2", "Acme will close its Lessby plant, Reyes said after the meeting.",
                "Danek, who ran the plant until May, denied the charge."),
    )
    assert roles["Tom Reyes"] == "Acme chief"  # not "Ana Ruiz met Acme chief"
    assert roles["Ivo Danek"] == "former manager"  # not "found former manager"
    # Counter-examples: words of a title that are spelt as verbs stay in it.
    roles = roles_of(
        article("1", "Kestovan shot put champion Ilse Brandt won again in Lessby on Saturday.",
                "Harbour Theatre set designer Nina Kallas said the stage was ruined.",
                "Rovers left back Kaspar Oleg, 27, made his debut."),
        article("2", "Ilse Brandt won the shot put in Lessby.", "Kallas said the flood had ruined the sets.",
                "Kaspar Oleg played the full match."),
    )
    assert (roles["Ilse Brandt"], roles["Nina Kallas"], roles["Kaspar Oleg"]) == (
        "Kestovan shot put champion", "Harbour Theatre set designer", "Rovers left back")
    # Other pasts after a name are its verb.
    roles = roles_of(
        article("1", "Hollin sold striker Tom Reyes to Lessby on Monday.",
                "Ana Ruiz beat world champion Lena Park in the final."),
        article("2", "Tom Reyes joined Lessby for a record fee.", "Lena Park said Ruiz had deserved to win."),
    )
    assert (roles["Tom Reyes"], roles["Lena Park"]) == ("striker", "world champion")


def test_a_description_in_lower_case_elsewhere_opening_a_sentence_titles_the_name_after_it() -> None:
    actors = who(
        article("1", "A tram derailed in Lessby on Monday, injuring 12 people.",
                "Neighbour Ilse Varga said she heard a loud bang.",
                "Passenger Ana Ruiz said the tram had been going too fast.",
                "Fan Bingbing said she had been on the tram too."),
        article("2", "Twelve people were hurt when a tram left the rails in Lessby.",
                "Ana Ruiz, a nurse, helped the injured. Ilse Varga called the police.",
                "Fan Bingbing, an actress, said the tram shook."),
    )
    assert "Neighbour Ilse Varga" not in actors and actors["Ilse Varga"].role == "Neighbour"
    assert actors["Ana Ruiz"].role == "nurse"  # her job before what she was to the story
    # Counter-example: a name of two words opening with such a word is a name, and so is a body's whose next word the
    # story writes in lower case.
    assert actors["Fan Bingbing"].role == "actress"
    bodies = who(
        article("1", "Passenger Rights Kellmark said the airline had ignored the rights of passengers.",
                "The man who police officer Ana Ruiz arrested was released on Monday."),
        article("2", "Passenger Rights Kellmark will take the airline to court.", "Ana Ruiz declined to comment."),
    )
    assert "Passenger Rights Kellmark" in bodies and bodies["Ana Ruiz"].role == "police officer"


def test_a_story_naming_few_actors_lists_the_groups_and_kin_that_act_in_two_sources() -> None:
    actors = who(
        article("1", "A five-year-old boy fell into a well in Lessby on Sunday, police said.",
                "Rescuers have dug 13 metres down beside the shaft, officials said.",
                "The boy's father told local media the boy had been picking cabbages.",
                "Her husband said the family was praying. Chairs were set out for the neighbours.",
                "Parents were urged to keep children away from old wells. The police station stayed open.",
                "Witnesses should call the police hotline on 101.",
                "\u201cThis is a farming village, and farmers have no time for this,\u201d a neighbour said.",
                "Flood waters receded on Monday, and the singer said she was praying."),
        article("2", "Detectives said a boy was trapped in a well in Lessby.",
                "Parents were urged to watch their children. Witnesses can call the police anonymously.",
                "\u201cThis is a farming village, and farmers have no time for this,\u201d one neighbour said.",
                "As rescuers widened the shaft, officials said they had heard his voice.",
                "The boy's father said he had called for help at once.",
                "Her husband said he had not slept. Chairs were handed out to the waiting families.",
                "Flood waters receded overnight."),
    )
    assert {"police", "rescuers", "boy's father"} <= set(actors)  # "Detectives said" is the police
    # Counter-examples: words for anyone, things, kin whose owner does not tell who it is ("her husband" may be two
    # men), a role in the singular (the singer is someone the story names), people only told what to do or what they
    # may do, and a group named inside someone's words.
    assert not {"officials", "waters", "chairs", "husband", "singer", "detectives", "parents", "witnesses",
                "farmers"} & set(actors)


def test_a_story_naming_enough_actors_lists_no_unnamed_ones() -> None:
    actors = who(*(
        article(str(n), "Lessby Rovers beat Ostvale 2-1, police said, after fans of both clubs clashed.",
                "Manager Ana Ruiz praised striker Tom Reyes and goalkeeper Ivo Danek.",
                "Ostvale coach Lena Park said the referee, Karl Obst, had been wrong.")
        for n in (1, 2)))
    assert "police" not in actors and len(actors) >= 4



def test_a_body_named_with_common_words_that_speaks_is_one_actor_and_speaks() -> None:
    briefing = story(
        article("1", "Open Courts Watch on Tuesday condemned the detention of three reporters in Lessby.",
                "\"These arrests are a blatant attempt to silence the press,\" Open Courts Watch said.",
                "The group said open courts in the country had become rare, and its watch list had grown to 40."),
        article("2", "Three reporters were detained in Lessby on Monday, police said.",
                "\"These arrests are a blatant attempt to silence the press,\" Open Courts Watch said.",
                "Open Courts Watch urged the government to free them."),
    )
    assert [a.name for a in briefing.who] == ["Open Courts Watch"]  # not "Watch"
    assert "Open Courts Watch" in [r.speaker for r in briefing.reactions]


_COMMON_WORDS_STORY = (
    "On Monday, Open Courts Watch said the open courts rule and the watch list were a scandal.",
    "The Islamic State group claimed the attack, and the state denied it.",
    "A spokesman for Clean Water Front said the clean water test failed, and the front line held.",
    "The phone's Quiet Mode now mutes alerts at night, and a quiet mode for calls is coming.",
    "Tom Reyes, author of Phones and Us: The Long Quiet Night said the feature was overdue.",
    "Reviewers Praise The New Quiet Mode For Busy Parents",
    "Rich Young, the club's young chairman, said the rich owners would sell.",
    "Young said the sale would close in March.",
    "On Friday, Equal Lives Norway said all lives were equal and Norway must act.",
    "The bill passed the halfway mark, and board members said Mark Douglas told staff he would go.",
    "Douglas said he regretted it.",
    "Ray Mendes, known as Golden Boy, said a golden chance had gone, and according to Golden Boy, the boy will coach.",
    "Police in Dunmore and Cedar Grove said roads by the cedar trees and the grove were shut.",
    "Police said the Highway Code says riders must wear helmets on the highway, and that the code is clear.",
    "With no hope of a deal, Hope Marden said nurses would strike.",
    "Fair Vote Lessby said a fair vote was impossible.",
)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Later, Open Courts Watch urged the government to free them.", "Open Courts Watch"),
    ("On Monday, Islamic State said it carried out the attack.", "Islamic State"),
    ("The report by Clean Water Front came out on Monday.", "Clean Water Front"),
    ("Later, Equal Lives Norway urged calm.", "Equal Lives Norway"),  # a place written alone is no family name
    ("Later, Fair Vote Lessby urged calm.", "Fair Vote Lessby"),  # written as a name where sentences open too
    # A name that never speaks (a feature), a book's title, a heading in title case, a person whose family name
    # the story writes alone: none is a body.
    ("Users can switch Quiet Mode on from the settings.", None),
    ("He wrote Phones and Us: The Long Quiet Night in 2019.", None),
    ("Reviewers Praise The New Quiet Mode For Busy Parents", None),
    ("In March, Rich Young said the sale would close.", None),
    # A person whose family name is also a place, written alone as a speaker; a nickname; a town after another the
    # police serve; a document; a common given name before an uncommon family name.
    ("Later, Mark Douglas said sorry.", None),
    ("Later, Golden Boy said he was done.", None),
    ("Roads in Cedar Grove were open again.", None),
    ("Later, the Highway Code said riders must stop.", None),
    ("Later, Hope Marden said nurses were tired.", None),
])
def test_a_phrase_of_common_words_is_a_body_where_the_story_writes_it_as_one_that_speaks(
        sentence: str, body: str | None) -> None:
    lexicon = Lexicon([*_COMMON_WORDS_STORY, *_COMMON_WORDS_STORY, sentence])
    assert [n.text for n in names_in(tokens_of(sentence), lexicon) if n.organisation] == ([body] if body else [])


def test_the_kind_of_a_body_named_just_before_another_owns_the_role_it_gives() -> None:
    """ "the union's chair" is the union's, though another body was named after it; a kind named by neither stays
    bare."""
    actors = who(article(
        "1",
        "The Lessby Press Union joined the Orrel Holdings board in calling for the reporters' release.",
        "\"No journalist should be jailed for doing their job,\" said Mara Velin, the union's chair.",
        "The Varn Dock Company joined the Orrel Holdings board in calling for calm.",
        "\"We will not close,\" said Ivo Danek, the council's leader.",
    ))
    assert actors["Mara Velin"].role == "chair of Lessby Press Union"
    assert actors["Ivo Danek"].role == "council's leader"
    # Of two unions the article named, whose "the union's" is the reader cannot tell.
    assert who(article(
        "1",
        "Save Lessby Fields said it would seek a judicial review, with help from the Ramblers Union.",
        "Campaigners have also complained to the Varn Rail Union and written to Orrel Holdings.",
        "\"The law is on our side,\" said Piet Kroll, the union's legal officer.",
    ))["Piet Kroll"].role == "union's legal officer"


def test_a_role_never_ends_on_the_relative_pronoun_of_a_clause_cut_after_it() -> None:
    assert appositive("The Harrak Army, the militant group that asserted responsibility for the attacks in Lessby, "
                      "made no claim.", "Harrak Army") == "militant group"
    assert appositive("Ana Ruiz, the lawyer who represented the family, said it would appeal.", "Ana Ruiz") == "lawyer"


def test_a_description_capitalised_only_where_it_opens_a_sentence_shows_as_written_mid_sentence() -> None:
    actors = who(*(article(
        str(n),
        "Council leader Ana Ruiz said the charge would start in May.",
        "Ana Ruiz, the council leader, said drivers had been warned.",
        "Chief Constable Tom Reyes said officers would enforce it.",
        "Tom Reyes, the chief constable, said fines would follow.",
    ) for n in (1, 2)))
    assert actors["Ana Ruiz"].role == "council leader"
    assert actors["Tom Reyes"].role == "Chief Constable"  # a title keeps its capitals


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Another brother, Patrick Lennard II, of Tucson, said they moved often.", ["Patrick Lennard II", "Tucson"]),
    # A war's, a game's or a law's numeral is no one's generation, nor alone any body's acronym.
    ("Veterans returned to college after World War II, the report said.", []),
    ("Fans queued for Final Fantasy VII on Friday.", []),
    ("The judge blocked the new Title IX rule on Monday.", []),
    # A given name written after a monarch's title elsewhere; an honorific is no other given name ("Mr Marlow"), so
    # a trawler named after a grandmother is no one's generation, and a sequel's numeral is none either.
    ("Crowds cheered as Aldric IV waved.", ["Aldric IV"]),
    ("The trawler Agnes Marlow II sank.", []),
    ("Gamers waited for Grand Theft Auto VI.", []),
])
def test_a_roman_numeral_is_a_persons_generation_only_after_a_family_name_the_story_gives_others(
        sentence: str, expected: list[str]) -> None:
    lexicon = Lexicon([sentence, "Eric Lennard said another of his fans, the veterans, had no criminal history.",
                       "King Aldric IV was there, Mr Marlow said the crowds and gamers had cheered for Grand Theft "
                       "Auto V."])
    assert [n.text for n in names_in(tokens_of(sentence), lexicon)] == expected
