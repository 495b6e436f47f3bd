"""Names in a sentence: runs of capitalised words split into a title ("US President") and a name.

Whether a capitalised word is an ordinary word is learnt from the story itself: a word the articles
also write in lower case ("president", "region", "compact") is a common word, not part of a name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, compress, repeat, takewhile
from operator import attrgetter, itemgetter
from typing import NamedTuple

from bot.rules.fragments import MONTH_NAMES, OPENING_QUOTATION
from bot.rules.kept import compiled, compiled_regex
from bot.rules.pages import NAME_SMALL_WORDS
from bot.rules.places import (
    COMPASS_WORDS,
    STATE_FORMS,
    is_articled_demonym_noun,
    is_capital,
    is_country,
    is_demonym,
    is_demonym_noun,
    is_region,
)
from bot.rules.roles import BODY_KINDS, OCCUPATION_ENDINGS, TITLE_ABBREVIATIONS, title_abbreviation
from bot.rules.speech import nickname_spans
from bot.rules.twins import is_plain, twins
from bot.rules.words import NUMBER_WORDS, STATEMENT_STOPWORDS, word_set
from bot.summary.normalization import fold
from bot.summary.vocabulary import (
    ADVERBS,
    ARTICLE_PARTICLES,
    ARTICLES,
    BEFORE_THE_VERB,
    BODIES_BEFORE_OF,
    BUILDING_PREPOSITIONS,
    BYLINE_ROLES,
    CALENDAR,
    CAPITAL_ROLE_HEADS,
    COMPANY_TRADES,
    CONNECTORS,
    DOCUMENT_NOUNS,
    FAMILY_NAME_ROLES,
    FEATURE_ENDS,
    GIVEN_NAME_LEADS,
    GIVEN_NAME_MONTHS,
    GIVEN_NAME_WORDS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    LONG_BODY_ENDS,
    LOWER_ROLE_HEADS,
    LY_NOUNS,
    MEASURE_ACRONYMS,
    MEMBERS_BODY_ENDS,
    MEMBERS_OPENINGS,
    MINISTRY_FIELDS,
    NAME_OPENING_QUANTIFIERS,
    NAME_PARTICLES,
    NOT_NAME_ENDS,
    NOT_NAMES,
    OPENING_ADVERBS,
    ORG_SUFFIXES,
    PLACE_NOUNS,
    REGNAL_TITLES,
    ROLE_HEADS,
    SPEECH_VERBS,
    SPELLED_OUT_JOINS,
    TITLE_WORDS,
    VENUE_ENDS,
)

# A word: letters, marks and digits joined by apostrophes, hyphens and dots, ending in no hyphen or dot ("U.S",
# "e-bike", "Rovers'"); else one mark of punctuation. The word is written as runs, not as "any of them, then
# backtrack to a letter": the same tokens, found without stepping back over every word.
# Each run is possessive: what follows it never starts with a character it takes, so giving one back could
# never help, and the engines keep no state to try.
_TOKEN, _PLAIN_TOKEN = twins(r"{word}{inner}*+(?:[\-._]++{inner}++)*+|{mark}", word=r"\p{L}\p{M}\p{N}",
                              inner=r"\p{L}\p{M}\p{N}'\u2019", mark=r"^\s\p{L}\p{N}")
_PLAIN_TOKENS = compiled(f"({_PLAIN_TOKEN.pattern})")  # split at the tokens: the spaces and the tokens in turn
_APOSTROPHE_S = ("'s", "\u2019s")
_S_APOSTROPHE = ("s'", "s\u2019")
_POSSESSIVE_ENDS = _APOSTROPHE_S + _S_APOSTROPHE  # "Norway's", "the Rovers'"


class Token(NamedTuple):
    """A word or punctuation mark and where it stands in its sentence."""

    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without a possessive ending ("Norway's" -> "Norway")."""
        return _unpossessive(self.text)

    @property
    def possessive(self) -> bool:
        return self.text.endswith(_POSSESSIVE_ENDS)  # asked of most words near a name: one test, not three

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


# Quoted words and editors' [insertions]: a name inside them is spoken about, never the speaker.
_QUOTED_SPAN = compiled_regex(r"\u201c[^\u201c\u201d]*\u201d|\"[^\"]*\"|\[[^\[\]]*\]")


def unquoted(text: str) -> str:
    """``text`` with every quotation and [bracketed insertion] blanked out, same length."""
    if "\u201c" not in text and '"' not in text and "[" not in text:
        return text  # each span opens with one of these marks, which most sentences do not hold
    return str(_QUOTED_SPAN.sub(lambda m: " " * len(m.group()), text))


def blanked(blank: str, token: Token) -> bool:
    """The token stands inside quotes or brackets: ``blank``, its sentence as ``unquoted`` leaves it, blanked it.
    Only the tokens opening a name are asked, not every token of the sentence."""
    return blank[token.start:token.end] != token.text


@lru_cache(maxsize=8192)
def tokens_of(sentence: str) -> tuple[Token, ...]:
    """The sentence's tokens with their places. Every character but white space belongs to a token, and the
    regex engine hands back every token's text and place at once: no Python step per token but making it a
    ``Token``."""
    places = _plain_tokens(sentence) if is_plain(sentence) else _regex_tokens(sentence)
    nicknames = nickname_spans(sentence)
    if nicknames:  # 'Ramon "El Toro" Vargas': the nickname and its marks are no tokens of the name (``NICKNAMES``)
        places = [p for p in places if not any(start <= p[1] < end for start, end in nicknames)]
    # Token's own constructor is a Python function: too slow for every word of a story.
    return tuple(map(tuple.__new__, repeat(Token), places))


_Places = Iterable[tuple[str, int, int]]


def _plain_tokens(sentence: str) -> _Places:
    """The text, start and end of each of a plain sentence's tokens (``is_plain``). Split at its tokens, the
    sentence is the spaces before each token, the tokens and the spaces after the last, in turn: their lengths
    add up to where each token starts and ends, which the zip takes two by two beside each token's text (it
    asks its iterators in turn; the end of the trailing spaces is left over)."""
    parts = _PLAIN_TOKENS.split(sentence)
    bounds = accumulate(map(len, parts))
    return zip(parts[1::2], bounds, bounds, strict=False)


def _regex_tokens(sentence: str) -> _Places:
    """The text, start and end of each of any sentence's tokens: one match of "white space, then a token",
    repeated, captures them all."""
    found = _TOKENS.match(sentence)
    spans = found.spans(1) if found else []
    if not found or not spans:
        return ()
    starts, ends = zip(*spans, strict=True)
    return zip(found.captures(1), starts, ends, strict=True)


_TOKENS = compiled_regex(r"(?:\s*+(" + _TOKEN.pattern + r"))*+")


def _unpossessive(words: str) -> str:
    """Tokens without the possessive ending of the last ("Acme Freight's" -> "Acme Freight", "the Rovers'"
    -> "the Rovers"): an apostrophe and s, or an apostrophe after an s."""
    if not words.endswith(_POSSESSIVE_ENDS):
        return words  # most words: one test, not two
    return words[:-2] if words.endswith(_APOSTROPHE_S) else words[:-1]


def _name_text(words: str) -> str:
    """A name as it stands in the text, without a possessive ending nor the closing mark of a quotation glued to
    its last word ("the ‘Pro Enhanced’ label" names "Pro Enhanced"; "the Rovers’ coach" names "the Rovers")."""
    return _unpossessive(words).rstrip("\u2019'")


class Name(NamedTuple):
    """A name found in a sentence: ``first``..``last`` are token indices of the name itself,
    ``run_start`` the first token of its capitalised run (a title may sit between the two). A tuple: the cast
    makes and hashes one for every name of every sentence."""

    text: str
    first: int
    last: int
    run_start: int
    organisation: bool = False

    @property
    def words(self) -> list[str]:
        return self.text.split()


# "Republican-led", "Paris-based", "Moscow-backed": a capitalised adjective, never a name word; nor a tabloid's
# compound before a name ("Mum-of-two Chloe Brannigan", "Father-of-three").
# A web address ("Example.com") is a credit, not a name either; a contraction ("We're", "It'll") neither;
# nor a US party-and-state tag ("Ana Ruiz (D-Ore.)").
_NOT_A_NAME_WORD = compiled_regex(
    r"^\p{Lu}[\p{L}.]*(?:-\p{Ll}+)+$|^[DRI]-\p{Lu}|\w\.(?:com|org|net|co\.uk)$|['\u2019](?:re|ve|ll|m|d)$")


def _not_a_name_word(word: str) -> bool:
    """``_NOT_A_NAME_WORD``: each of its forms holds a hyphen, a dot or an apostrophe, so a word of letters and
    digits alone ("Ruiz", most words) is answered without a regex call, which costs far more than the test."""
    return not word.isalnum() and _NOT_A_NAME_WORD.search(word) is not None and not _given_name(word)


# A romanised Korean or Chinese given name: a short capitalised syllable, a hyphen and a short lower-case one
# ("Min-jae" of "Seo Min-jae", "Wen-hsu" of "Lai Wen-hsu", "Da-eun" of "Kwon Da-eun"), the name's last word. A
# capitalised compound of that shape is none: its tail is a participle ("Arab-backed", "Oscar-winning") or one of
# the words that make such adjectives (``_COMPOUND_TAILS``: "Reyes-era", "Year-end", "Lessby-led"), or its head
# one that opens them (``_COMPOUND_HEADS``: "Co-owner", "Far-right"). A compound that opens a sentence ("Sit-in")
# is taken for no name either: a given name follows the family name.
_GIVEN_NAME = compiled_regex(r"^\p{Lu}\p{Ll}{1,4}-(\p{Ll}{1,6})$")
_COMPOUND_TAILS = word_set("""
era style like type wide born run made held bound free only size long term time end day year old age led war
""")
# Words that open compounds ("Co-owner", "Far-right", "All-star", "Semi-final", "Pro-choice", "Vice-chair").
_COMPOUND_HEADS = word_set("""
co far all semi pro anti non ex self mid post pre vice half well full long short top multi sub over under
""")


GENERATIONS = frozenset({"jr", "sr"})
"""What may follow a family name as a word ("Tom Reyes Jr"); Roman numerals are read by ``generation``."""
_ORDINAL_NUMERAL = compiled(r"x{0,3}(?:ix|iv|v?i{0,3})")


def _generation_here(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """The run's last word is a generation of the name before it: "Jr" or "Sr" ("Tom Reyes Jr"), or a Roman numeral
    after a monarch's or pope's title (``REGNAL_TITLES``: "King Charles III", "Pope Leo XIV") or after a given and a
    family name, two uncommon words, the story writing the family name after another given name too ("Eric Lennard
    said ... another brother, Patrick Lennard II, said"), or after a given name the story writes after a title
    elsewhere ("Aldric IV told crowds" beside "King Aldric IV"); not a phase's, a war's or a game's numeral ("Phase
    III", "World War II", "Final Fantasy VII")."""
    word = tokens[end].text
    if word.islower() or not generation(word):
        return False
    return word.rstrip(".").casefold() in GENERATIONS or tokens[start].text.casefold() in REGNAL_TITLES \
        or (start > 0 and tokens[start - 1].text.casefold() in REGNAL_TITLES) \
        or (end - start >= 2 and _name_word(tokens[end - 2], lexicon) and _name_word(tokens[end - 1], lexicon)
            and lexicon.family_of_another(tokens[end - 2].text, tokens[end - 1].text)) \
        or (end - start >= 1 and _name_word(tokens[end - 1], lexicon)
            and lexicon.reigns(f"{tokens[end - 1].text} {word}"))


def generation(word: str) -> bool:
    """What may follow a family name or a monarch's or pope's given name: "Jr" and "Sr" ("Tom Reyes Jr"), a Roman
    numeral of two letters or more ("Ana Sorel II", "King Charles III", "Pope Leo XIV"); never a name itself. A single
    letter is no numeral here ("Ana Ruiz and I", "Malcolm X"), nor "Xi", a family name ("Xiaoxing Xi")."""
    low = word.rstrip(".").casefold()
    return low in GENERATIONS or (len(low) >= 2 and low != "xi" and _ORDINAL_NUMERAL.fullmatch(low) is not None)


def family_name(name: str) -> str:
    """The family name of a person's ``name``: its last word before a generation ("Reyes" of "Tom Reyes
    Jr"), or its first when the name ends in a romanised given name ("Seo" of "Seo Min-jae"). Asked of a name as
    written: a folded key ("seo minjae") has lost the hyphen that tells a given name."""
    words = name.split()
    while len(words) > 1 and generation(words[-1]):
        words.pop()
    return words[0] if _given_name(words[-1]) else words[-1]


@lru_cache(maxsize=8192)
def family_key(name: str) -> str:
    """The folded family name a surname alone is matched by: ``family_name`` of the name's key, the article of a
    family name left out ("hadid" of "Karim al-Hadid" and of "Al-Hadid"), which folding would glue on. Cached: the
    cast asks it of every name filed under a surname each time a name or a surname is looked up there."""
    return family_name(name_key(_without_article(name)))


def _without_article(name: str) -> str:
    """The name without the article glued to its last word ("Karim Hadid" of "Karim al-Hadid", "Hadid" of
    "Al-Hadid"); not a syllable of a romanised given name ("Kim Al-la")."""
    last = name.rpartition(" ")[2]
    rest = _after_article(last)
    return name if rest is None else name[:len(name) - len(last)] + rest


def _after_article(word: str) -> str | None:
    """The name word after an article glued to it, in either case ("Assad" of "al-Assad" and of "Al-Assad"), or None:
    ``ARTICLE_PARTICLES``, then a hyphen and a capital."""
    article, hyphen, rest = word.partition("-")
    return rest if hyphen and rest[:1].isupper() and article.casefold() in ARTICLE_PARTICLES else None


def articled_family_name(name: str) -> bool:
    """The name's family name is written with its article ("Karim al-Hadid", "Al-Hadid")."""
    return _without_article(name) is not name


def _articled(word: str) -> bool:
    """ "al-Assad", "el-Sisi": an article in lower case glued to a capitalised name word (``_after_article``)."""
    return word[:1].islower() and _after_article(word) is not None


_ARTICLED = compiled(r"\b(?:" + "|".join(sorted(ARTICLE_PARTICLES)) + r")-[^\W\d_]")
"""Where a sentence may hold an ``_articled`` word: a test in C before its words are asked one by one."""


def _given_name(word: str) -> bool:
    """The word is a romanised given name (``_GIVEN_NAME``); it names someone only after the family name, so a
    name never opens with it (``_segment``): "Year-end" or "Anti-war" opening a sentence names no one."""
    m = _GIVEN_NAME.match(word) if "-" in word else None  # most words hold no hyphen: no regex call
    if m is None:
        return False
    tail = m.group(1)
    return not (tail.endswith(("ed", "ing")) or tail in _COMPOUND_TAILS
                or word[:word.index("-")].casefold() in _COMPOUND_HEADS)


# A word after a lower-case word or a comma, where a capital shows a name rather than a sentence's start. The
# look-behind is asked only at white space: a pattern opening with it would be tried at every character.
_MID_WORD, _PLAIN_MID_WORD = twins(r"(?<={after}){space}({initial}{letter}+)", after=r"\p{Ll},;:", space=r"\s",
                                     initial=r"\p{Ll}\p{Lu}", letter=r"\p{L}\-")
_LOWER_INITIAL = compiled_regex(r"\p{Ll}")


def _lower_initial(word: str) -> bool:
    """The word opens with a lower-case letter as the patterns' Unicode tables have it; an ASCII letter is
    asked of Python, which agrees there and answers without a regex call."""
    return word[0].islower() if word[0] < "\x80" else _LOWER_INITIAL.match(word) is not None


_BRACKETED_ACRONYM = compiled(r"\(([A-Z]{2,6})\)")
_SPELT_OUT_WORDS = 6
_BODY_ENDS = frozenset({"nations", "states", "forces", "force", "programme", "program", "organisation", "organization",
                        "team", "squad", "unit", "panel", "tribunal", "taskforce"})


def _concept_acronyms(story: str) -> set[str]:
    """Acronyms the story spells out in lower case, folded: "a debt-to-income (DTI) limit", "gross domestic product
    (GDP)" name a thing. Not a body's: spelt out in capitals anywhere ("National Disaster Management Authority (NDMA)")
    or after "the" ("the national health service (NHS)"). Found from each bracketed acronym back over the words before
    it, not by a search trying every word of the story."""
    found: set[str] = set()
    bodies: set[str] = set()
    for m in _BRACKETED_ACRONYM.finditer(story):
        acronym = m.group(1)
        words = story[max(0, m.start() - 80):m.start()].split()[-_SPELT_OUT_WORDS:]
        if words and words[-1][:1].isupper():
            bodies.add(acronym)
            continue
        run = list(takewhile(lambda w: w.islower() and (w.isalpha() or "-" in w), reversed(words)))[::-1]
        before = words[-len(run) - 1] if len(run) < len(words) else ""
        for at in range(len(run)):
            if run[at] in NAME_SMALL_WORDS:
                continue  # the spelt-out name opens on a word of its own: "the [national health service] (NHS)"
            parts = [p for w in run[at:] for p in w.split("-") if p]
            if "".join(p[0] for p in parts).upper() == acronym \
                    or "".join(p[0] for p in parts if p not in NAME_SMALL_WORDS).upper() == acronym:
                # A body's name ends on a word of bodies however written ("an international monetary fund (IMF) loan",
                # "united nations", "european union") or follows "the".
                body = (run[at - 1] if at else before).casefold() == "the" or run[-1] in ORG_SUFFIXES \
                    or run[-1] in _BODY_ENDS
                (bodies if body else found).add(acronym)
                break
    return {a.casefold() for a in found - bodies}


class Lexicon:
    """What the story writes in lower case: those words are common, not names."""

    def __init__(self, texts: Iterable[str]) -> None:
        # One pass over the story for both cases. Most spellings (five in six) are ASCII in lower case: each is
        # its own key and its count is as spelt, and C code files them (``filter``); only the others are folded
        # and sorted by case here. Plain dicts: a Counter answers a missing word through a Python method.
        story = "\n".join(texts)
        spelt = Counter((_PLAIN_MID_WORD if is_plain(story) else _MID_WORD).findall(story))
        plain_lower = set(filter(str.islower, filter(str.isascii, spelt)))
        other_lower: dict[str, int] = {}
        capital: dict[str, int] = {}
        others = spelt.keys() - plain_lower
        for word in others:
            counts = other_lower if _lower_initial(word) else capital
            key = word.casefold()
            counts[key] = counts.get(key, 0) + spelt[word]
        # A word mostly written in lower case is common; "Young" capitalised five times out of six is a name.
        # Its lower-case uses are counted only for the capital words, which are few, not filed for every word.
        lower = plain_lower | other_lower.keys()
        lower -= {w for w, n in capital.items()
                  if ((spelt[w] if w in plain_lower else 0) + other_lower.get(w, 0)) * 4 < n}
        if "(" in story:
            lower |= _concept_acronyms(story)
        self.lower = frozenset(lower)
        self.capitals = frozenset(capital)  # the capitalised words, folded
        # Words in capitals the story writes mid-sentence: a body's acronym, the initials of a name it spells out.
        self.small_word_acronyms = frozenset(filter(name_is_small_word_acronym, others))
        self.acronyms = frozenset(w for w in others if _ACRONYM_LETTERS[0] <= len(w) <= _ACRONYM_LETTERS[1]
                                  and w.isupper() and "-" not in w) \
            | {"".join(filter(str.isupper, w)) for w in self.small_word_acronyms}
        # A story that capitalises a ministry ("China's Foreign Ministry said") names ministries that way: one
        # written in lower case there ("the South's foreign ministry") would take the capitalised one's key.
        self.lower_case_ministries = "ministry" in story and _CAPITALISED_MINISTRY.search(story) is None
        self._story = story  # the kept lexicons' key holds it anyway (``_kept_lexicon``)
        self._common: dict[str, bool] = {}  # each word of the story judged once
        self._names: dict[str, tuple[Name, ...]] = {}
        self._phrases: dict[str, bool] = {}  # ``writes_as_a_name``, each phrase judged once

    def names(self, sentence: str) -> tuple[Name, ...]:
        """``names_in`` the sentence, found once per distinct sentence of the story: copies across sources are
        common, and a story briefed again gets the same lexicon (``lexicon_of``)."""
        found = self._names.get(sentence)
        if found is None:
            articled = "-" in sentence and _ARTICLED.search(sentence) is not None
            toks = tokens_of(sentence)
            named = names_in(toks, self, articled=articled)
            if "ministry" in sentence and self.lower_case_ministries:  # most sentences name none
                named = _with_ministries(named, ministries_in_lower_case(toks))
            found = self._names[sentence] = tuple(named)
        return found

    def writes_as_a_name(self, phrase: str) -> bool:
        """The story writes the capitalised ``phrase`` (``_common_words_name``) at least ``NAME_PHRASE_USES`` times
        (where a sentence opens too: its words after the first are capitalised by choice), never in lower case nor as a
        nickname, and once at least as one who speaks (``_acts_somewhere``): "Human Rights Watch", "Islamic State",
        "Black Lives Matter" are bodies' names, though each of their words is common. A product's, a place's or a
        campaign's ("Quick Menu", "Milky Way", "Great Leap Forward") says nothing."""
        found = self._phrases.get(phrase)
        if found is None:
            story = self._story
            uses = story.count(" " + phrase) + story.count("\n" + phrase) + story.startswith(phrase)
            found = self._phrases[phrase] = uses >= NAME_PHRASE_USES \
                and not _written_in_lower_case(story, phrase.casefold()) \
                and not any(f"{cue} {phrase}" in story for cue in _NICKNAME_CUES) and _acts_somewhere(story, phrase)
        return found

    def writes_alone(self, word: str, name: str) -> bool:
        """The story writes ``word``, the last of ``name``, without the rest of the name, as a family name stands:
        "Gates said" after "Bill Gates"."""
        story = self._story
        return story.count(" " + word) + story.count("\n" + word) > story.count(" " + name) + story.count("\n" + name) \
            + story.startswith(name) - story.startswith(word)

    def speaks_alone(self, word: str) -> bool:
        """The story writes ``word`` alone, not after another capitalised word, right before a verb of saying, as a
        family name stands: "Douglas said he regretted it"."""
        story = self._story
        for verb in _SAID_ALONE:
            said = f"{word} {verb}"
            at = story.find(said)
            while at >= 0:
                if not _word_before(story, at)[:1].isupper():
                    return True
                at = story.find(said, at + 1)
        return False

    def family_of_another(self, given: str, family: str) -> bool:
        """The story writes ``family`` after another given name, an uncommon capitalised word, as another person's
        family name ("Eric Lennard" beside "Patrick Lennard II"; not "Mr Lennard", "Skipper Lennard"). The same name
        with another numeral tells nothing: a game's sequel is written so ("Grand Theft Auto V" beside "... VI")."""
        story = self._story
        at = story.find(" " + family)
        while at >= 0:
            word = _word_before(story, at)
            if word != given and word[:1].isupper() and word.isalpha() and not self.common(word) \
                    and not role_word(word) and word.casefold() not in HONORIFICS:
                return True
            at = story.find(" " + family, at + 1)
        return False

    def reigns(self, name: str) -> bool:
        """The story writes ``name``, a given name and a numeral, after a monarch's or a pope's title ("King Aldric
        IV")."""
        return any(f"{title} {name}" in self._story for title in _REGNAL_WRITTEN)

    def spells_out(self, acronym: str) -> bool:
        """The story gives the acronym's long form in brackets, before or after it: "STILL (Stop The Incinerator at
        Lessby Lane)", "Stop The Incinerator at Lessby Lane (STILL)"."""
        return f"{acronym} (" in self._story or f"({acronym})" in self._story

    def has_its_people(self, word: str) -> bool:
        """The story writes the word's people or adjective ("Almarian" beside "Almaria", "Kestrian" beside "Kestria"):
        the word is a place, known to no gazetteer or not."""
        w = word.casefold()
        return any(form in self.capitals for form in (w + "n", w + "an", w + "ian", w[:-1] + "an", w[:-1] + "ian",
                                                        w + "ese", w[:-1] + "ese"))

    def common(self, word: str) -> bool:
        found = self._common.get(word)
        if found is None:
            found = self._common[word] = self._judged_common(word)
        return found

    def role_as_family_name(self, word: str, before: str) -> bool:
        """ "Dean" of "Howard Dean", "King" of "Charlie King": a role word that is also a family name
        (``FAMILY_NAME_ROLES``) ending a name after an uncommon capitalised word (``before``) that names no
        people or country, in a story that never writes the role in lower case. Where the story does ("the
        judge said"), "Lessby Judge" is a title; "Federal Judge" has a common word before it, "German Judge" a
        people's."""
        return self.lone_family_name(word) and before[:1].isupper() and before.isalpha() \
            and not self.common(before) and not is_demonym(before) and not is_country(before)

    def lone_family_name(self, word: str) -> bool:
        """A role that is also a family name (``FAMILY_NAME_ROLES``), standing alone in a story that never writes
        the role in lower case: "Dean" of "Dean, a former chairman, said" after "Howard Dean"."""
        w = _unpossessive(word).casefold()
        return w in FAMILY_NAME_ROLES and w not in self.lower

    def opens_with_a_verb(self, word: str) -> bool:
        """A sentence's first word is the -ing form of a verb whose past the story writes in lower case ("Advancing"
        of "Advancing Norvania's space programme is a priority", where the story writes "advanced"): the name after
        it starts past it. A name in -ing ("Irving", "Downing Street", "Sporting Lisbon") is no verb's."""
        w = word.casefold()
        if len(w) < 6 or not w.endswith("ing") or not w.isalpha():
            return False
        return w[:-3] + "ed" in self.lower  # its past: "advanced"; not "down" of "Downing", "sport" of "Sporting"

    def listed_common(self, word: str) -> bool:
        """Common for what the word is (a role, a title, a time, a word names do not end in...), whatever the story
        writes: ``common`` without the story's own lower-case words."""
        w = _unpossessive(word).casefold()
        return (role_word(word) or w in TITLE_ABBREVIATIONS or w in BYLINE_ROLES or w in NOT_NAMES
                or w in CALENDAR or w in ORG_SUFFIXES or w in TITLE_WORDS or w in NOT_NAME_ENDS
                or _not_a_name_word(word))

    def _judged_common(self, word: str) -> bool:
        # "al-Assad" opens in lower case, and its lower-case spelling is its only one.
        return (_unpossessive(word).casefold() in self.lower and not _articled(word)) or self.listed_common(word)


_SAID_ALONE = ("said", "says", "told")
"""Verbs a family name written alone stands before (``Lexicon.speaks_alone``)."""
_NICKNAME_CUES = ("known as", "nicknamed", "dubbed", "called")
"""Words before a nickname ("Ray Mendes, known as Golden Boy"): a person's, no body's name."""
_WORD_REACH = 30
"""Characters back a word before a family name is looked for (``Lexicon.family_of_another``, ``speaks_alone``)."""


def _word_before(story: str, at: int) -> str:
    """The word right before ``at`` on its line ("Eric" of "Eric Lennard"), or nothing where a line opens there."""
    line = story[max(0, at - _WORD_REACH):at].rpartition("\n")[2].split()
    return line[-1] if line else ""


_REGNAL_WRITTEN = tuple(sorted(t.capitalize() for t in REGNAL_TITLES))
"""Monarchs' and popes' titles as written before a name ("King", "Pope"): ``Lexicon.reigns``."""


KEPT_LEXICONS = 32
KEPT_LEXICON_CHARS = 250_000
"""A story longer than this (about fifty articles) gets a lexicon of its own each time: the kept ones hold
their story's text and names, and a long-running bot must not keep dozens of its biggest stories alive."""


def lexicon_of(story: str) -> Lexicon:
    """The lexicon of a story's sentences joined by new lines, built once however often the story is briefed
    (up to ``KEPT_LEXICON_CHARS``)."""
    return _kept_lexicon(story) if len(story) <= KEPT_LEXICON_CHARS else Lexicon((story,))


@lru_cache(maxsize=KEPT_LEXICONS)
def _kept_lexicon(story: str) -> Lexicon:
    return Lexicon((story,))


INITIALS = compiled_regex(r"^(?:\p{Lu}\.)*\p{Lu}$")  # "J", "G.K" (its last dot is a token of its own)


def _initial(word: str) -> bool:
    return INITIALS.match(word) is not None


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and not _initial(word)


def names_in(tokens: Sequence[Token], lexicon: Lexicon, *, articled: bool = False) -> list[Name]:
    """Person-like names (one to three uncommon capitalised words) and organisations in ``tokens``; ``articled``
    where a word may open with an article glued to a name word ("al-Assad", ``ARTICLE_PARTICLES``)."""
    out: list[Name] = []
    texts = list(map(_TEXT, tokens))
    caps = list(map(str.isupper, map(_FIRST, texts)))  # a capital implies a word, not punctuation
    if articled:
        caps = [cap or _articled(text) for cap, text in zip(caps, texts, strict=True)]
    i = 0
    n = len(tokens)
    # Runs open only at capitals: the loop visits those, not every word of the sentence.
    for start in compress(range(n), caps):
        if start < i:
            continue  # inside the run before
        j = start
        # Extend the run over capitalised words, and over connectors/particles followed by one.
        while j + 1 < n:
            nxt = texts[j + 1]
            if texts[j].endswith(_POSSESSIVE_ENDS) and not _office_of_a_title(tokens, j, lexicon) \
                    and not _members_of_a_body(texts, j, caps):
                break
            if caps[j + 1]:
                j += 1
            elif nxt == "." and (_initial(texts[j]) or title_abbreviation(texts[j], texts[j - 1] if j else "")) \
                    and j + 2 < n and caps[j + 2]:
                j += 2  # "Tom K. Berg", "Ana M. Ruiz", "Sen. Ana Ruiz"
            elif (nxt in CONNECTORS or nxt in NAME_PARTICLES) and j + 2 < n and caps[j + 2]:
                j += 2
            elif nxt in NAME_PARTICLES and j + 3 < n and texts[j + 2] in NAME_PARTICLES and caps[j + 3]:
                j += 3  # "Ursula von der Leyen", "Ana de la Cruz"
            elif nxt == "&" and j + 2 < n and caps[j + 2] and _partners(texts, start, j, n, caps):
                j += 2  # "Ernst & Young", "Moor Insights & Strategies"; not "Q&A" nor "S&P"
            elif nxt in ("of", "for") and j + 3 < n and texts[j + 2] == "the" and caps[j + 3]:
                j += 3  # "Director of the Hollin Glass Works Mara Tesch"
            else:
                break
        if lexicon.acronyms and ((j + 1 < n and texts[j + 1] in SPELLED_OUT_JOINS) or not _RUN_JOINS.isdisjoint(
                texts[start:j + 1]) or texts[j].endswith(_POSSESSIVE_ENDS)):
            spelt = _spelled_out(tokens, texts, caps, start, j, lexicon)
            if spelt is not None:
                first, last = spelt
                head = first - 1  # "Lisa Lange of the People for ...": the names before the body's
                while head >= start and texts[head] in SPELLED_OUT_JOINS:
                    head -= 1
                if head >= start and caps[head]:
                    out.extend(_run_names(tokens, texts, start, head, lexicon))
                text = " ".join(texts[first:last + 1])
                out.append(Name(_name_text(text), first, last, start, organisation=True))
                i = last + 1
                continue
        if ((texts[j].endswith(_POSSESSIVE_ENDS) and j + 1 < n and caps[j + 1])
                or texts[min(j, start + (texts[start].casefold() in ARTICLES))].casefold() in STATE_FORMS) \
                and (country := _country_spelt_out(texts, caps, start, j)) is not None:
            # "the Democratic People's Republic of Korea", "the Republic of Korea": a state's long form, one name (a
            # body's, so that "China" or "Korea" is no family name of it; the cast merges the country's spellings).
            first, last = country
            out.append(Name(_name_text(" ".join(texts[first:last + 1])), first, last, start, organisation=True))
            i = last + 1
            continue
        out.extend(_run_names(tokens, texts, start, j, lexicon))
        i = j + 1
    return out


_COUNTRY_WORDS = 8
"""Words at most of a country's long name ("Democratic People's Republic of Korea")."""


def _country_spelt_out(texts: list[str], caps: list[bool], start: int, j: int) -> tuple[int, int] | None:
    """The first and last token of a state's long name (``is_country``, three words at least) from the run at
    ``start`` (past "The"): over the possessive at ``j`` ("People's Republic of China"), the longest, or the whole run
    ending at ``j`` ("the Republic of Korea"); None where there is none."""
    first = start + 1 if texts[start].casefold() in ARTICLES else start
    possessive = texts[j].endswith(_POSSESSIVE_ENDS)
    past = j + 1 if possessive else j
    last = None
    for k in range(first, min(len(texts), first + _COUNTRY_WORDS)):
        if not caps[k] and texts[k] not in CONNECTORS:
            break
        if caps[k] and k >= past and k - first >= 2 and is_country(" ".join(texts[first:k + 1])) \
                and any(t.casefold() in STATE_FORMS for t in texts[first:k + 1]):
            last = k  # a state's long form ("Republic of ..."), not a dependency's name ("Isle of Man")
    return (first, last) if last is not None and (possessive or last == j) else None


def _run_names(tokens: Sequence[Token], texts: list[str], start: int, j: int, lexicon: Lexicon) -> list[Name]:
    """The names in the capitalised run ``start``..``j``."""
    if j == start:
        # A common word alone ("The", "He") names no one, but for a family name ("Mr. King"); nor does a number
        # opening a sentence ("Ten years ago, ..."; not "Ten Hag said" nor "Nine Entertainment said").
        if (start > 0 or texts[0].casefold() not in _NUMBER_WORDS) \
                and (not lexicon.common(texts[start]) or _family_name_here(tokens, start, start, lexicon)):
            return _segment(tokens, start, j, start, lexicon)
        return []
    if _RUN_JOINS.isdisjoint(texts[start:j + 1]):
        # No "of", "for" or "and" to split at (most runs): the run is one segment.
        return _segment(tokens, start, j, start, lexicon)
    return _split_run(tokens, start, j, lexicon)


def _shouted_word(word: str) -> bool:
    """A function word of five letters or more written in capitals for stress, as tabloids do ("the heat has
    ALREADY claimed 21 lives"): no body's acronym unless the story spells it out (``Lexicon.spells_out``). Shorter
    ones often are ("US", "WHO", "IT")."""
    w = word.casefold()
    return len(w) >= 5 and (w in _FUNCTION_WORDS or w in STATEMENT_STOPWORDS)


def role_plural(word: str) -> bool:
    """The plural of a role's head ("Officials", "Analysts", "Deputies", "Spokesmen"): people told by what they do."""
    w = word.casefold()
    if len(w) < 4 or not w.endswith(("s", "men")):
        return False
    return role_word(w[:-3] + "y") if w.endswith("ies") else role_word(w[:-3] + "man") if w.endswith("men") \
        else role_word(w[:-1])


def _a_body_spelt_out(words: list[str]) -> bool:
    """A name spelt out beside its acronym is a body's: a body's word stands in it ("Committee to Protect
    Journalists", "Centers for Disease Control", "Democratic People's Republic of Korea"), or it opens on the people
    it is of ("People for the Ethical Treatment of Animals", "Physicians for Human Rights"); not a technique's
    ("Rapid and Accurate Image Super Resolution", RAISR) nor a weapon's, nor a title ("Minister of State for Ports",
    MSP)."""
    if role_word(words[0]) and not _plural_trade(words[0]):
        return False  # a title: "Minister of State for Ports"
    return _plural_trade(words[0]) or _unpossessive(words[0]).casefold() in MEMBERS_OPENINGS or any(
        w in ORG_SUFFIXES or w in STATE_FORMS or (w.endswith("s") and w[:-1] in ORG_SUFFIXES)
        for w in map(str.casefold, map(_unpossessive, words)))


_FIELD_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity")
"""Endings of an abstract noun, a field a body's name may end in ("and Prevention", "and Development"), never of a
body's own name ("and Interpol", "and Congress")."""
_SPELLED_REACH = 12
"""Words at most in a body's name spelt out beside its acronym (``SPELLED_OUT_JOINS``)."""
_ACRONYM_LETTERS = (3, 6)
"""Letters of an acronym a spelt-out name is matched against: two ("UN", "EU") would match too many runs by chance."""


_SMALL_WORD_ACRONYM = compiled(r"[A-Z](?:[a-z][A-Z]){1,2}")
"""An acronym keeping a small word's letter in lower case ("TfL", "DfE", "BoE"): its capitals are the initials of the
name it stands for ("Transport for London", "Department for Education", "Bank of England")."""


def name_is_small_word_acronym(name: str) -> bool:
    """ "TfL", "DfE", "BoE": an acronym keeping a small word's letter in lower case (``_SMALL_WORD_ACRONYM``)."""
    return _SMALL_WORD_ACRONYM.fullmatch(name) is not None


def _spelled_out(tokens: Sequence[Token], texts: list[str], caps: list[bool], start: int, j: int,
                 lexicon: Lexicon) -> tuple[int, int] | None:
    """The first and last token of a body's name spelt out in the run from ``start`` (up to ``j`` or on past
    small words, ``SPELLED_OUT_JOINS``), its capitals' initials an acronym the story writes: "People for the Ethical
    Treatment of Animals" (PETA), "the Democratic People's Republic of Korea" (DPRK), "Lisa Lange of People for
    the ..." (the body after "of"). The longest such name from the earliest word; a plain run of capitals needs no
    acronym to be whole. After an acronym of its first words, a last "and" and one common word stay in the name, as
    a body renamed keeps its acronym: "Centers for Disease Control and Prevention" (CDC); not "... and Congress"."""
    n = len(texts)
    for first in range(start, j + 1):
        if not caps[first] or texts[first].casefold() in ARTICLES or (
                first > start and texts[first - 1] not in SPELLED_OUT_JOINS
                and not (first == start + 1 and texts[start].casefold() in ARTICLES)):
            continue  # a body's name opens the run, follows its article ("The") or a small word
        letters, joined, last = "", False, None
        for k in range(first, min(n, first + _SPELLED_REACH)):
            text = texts[k]
            if caps[k]:
                letters += text[0]
                if len(letters) > _ACRONYM_LETTERS[1]:
                    break
                if joined and letters in lexicon.acronyms:
                    last = k
                if text.endswith(_POSSESSIVE_ENDS):
                    # A people's or a common word's possessive is inside the name ("People's Republic"); a name's
                    # owns the body ("Norvania's Civil Aviation Authority": a country and its body, two names).
                    if not (lexicon.common(text) or _unpossessive(text).casefold() in MEMBERS_OPENINGS):
                        break
                    joined = True
            elif text in SPELLED_OUT_JOINS and k > first:
                joined = True
            else:
                break
        if last is not None and last + 1 < n and caps[last + 1] and not role_word(texts[last + 1]):
            last = None  # initials of a run's first words only ("Varland Airlines and Tarsk" of "... Tarsk Air")
        # An acronym keeping its small word ("TfL" of "Transport for London") is a body's, whatever its words, but for
        # a title's ("MoT" of "Minister of Transport").
        if last is not None and (_a_body_spelt_out(texts[first:last + 1]) or (
                "".join(w[0] for w in texts[first:last + 1]) in lexicon.small_word_acronyms
                and not role_word(texts[first]))):
            if last + 2 < n and texts[last + 1] == "and" and caps[last + 2] \
                    and (last + 3 == n or not caps[last + 3]) and texts[last + 2].casefold() not in ORG_SUFFIXES \
                    and (lexicon.common(texts[last + 2]) or texts[last + 2].endswith(_FIELD_ENDINGS)):
                last += 2
            return first, last
    return None


def ministries_in_lower_case(tokens: Sequence[Token]) -> list[Name]:
    """Ministries named by their field in lower case ("the health ministry said", "Norvania's finance ministry"):
    bodies, as "the Health Ministry" is. An owner's name or a people's adjective before one is part of its name
    ("Norvania's foreign ministry", "the German foreign ministry": two countries' ministries are two bodies); after
    "the" or an owner in lower case ("the country's") it is named by its field alone, or by the place the sentence puts
    it in (``_placed``). Not "the ministry" alone (a body named back), a field that is no ministry's ("the deputy
    ministry"), nor the building ("outside the health ministry", ``BUILDING_PREPOSITIONS``)."""
    out = []
    for i in range(2, len(tokens)):
        if tokens[i - 1].text not in MINISTRY_FIELDS or _unpossessive(tokens[i].text) != "ministry":
            continue
        before = tokens[i - 2]
        start = i - 2  # where the phrase opens: "the", the owner, the people's adjective ...
        if start > 0 and tokens[start - 1].text.casefold() == "the":
            start -= 1  # ... or the "the" before them: "the country's", "the German"
        if start > 0 and tokens[start - 1].text.casefold() in BUILDING_PREPOSITIONS \
                and not (start > 1 and tokens[start - 2].text.casefold() == "according"):
            continue  # "outside the health ministry"; not "according to the health ministry"
        field = _FIELD_SPELLINGS.get(tokens[i - 1].text, tokens[i - 1].text)  # one ministry however spelt
        dated = before.bare.casefold() in CALENDAR  # "last Friday's health ministry bulletin": no owner's
        if before.capitalised and before.possessive and not dated:
            out.append(Name(f"{before.bare}'s {field} ministry", i - 2, i, i - 2, True))
        elif before.capitalised and is_demonym(before.text):
            out.append(Name(f"{before.text} {field} ministry", i - 2, i, i - 2, True))
        elif before.text.casefold() == "the" or (before.possessive and (not before.capitalised or dated)):
            out.append(_placed(tokens, i, field))
    return out


def _placed(tokens: Sequence[Token], i: int, field: str) -> Name:
    """A ministry named without an owner before it, but by a capital or a country (the gazetteer's) after it or opening
    the sentence ("the foreign ministry in Moscow", "In Moscow, the foreign ministry said", "the foreign ministry of
    Chile"): named so, as another country's than the one the story names with an owner; else by its field alone ("In
    January, the health ministry said", "In Halden, the health ministry said": a month, a province)."""
    if i + 2 < len(tokens) and tokens[i + 1].text == "in" and is_capital(tokens[i + 2].text):
        return Name(f"{field} ministry in {tokens[i + 2].text}", i - 1, i + 2, i - 1, True)
    if i + 2 < len(tokens) and tokens[i + 1].text == "of" and is_country(tokens[i + 2].text):
        return Name(f"{tokens[i + 2].text}'s {field} ministry", i - 1, i + 2, i - 1, True)
    if len(tokens) > 2 and tokens[0].text.casefold() == "in" and is_capital(tokens[1].text) and tokens[2].text == ",":
        return Name(f"{field} ministry in {tokens[1].text}", i - 1, i, i - 1, True)
    return Name(f"{field} ministry", i - 1, i, i - 1, True)


def _with_ministries(names: list[Name], ministries: list[Name]) -> list[Name]:
    """``names`` with ``ministries`` in their places. A name ending where a ministry opens is its owner or people's
    adjective, and becomes part of it ("South Korea" of "South Korea's defence ministry")."""
    if not ministries:
        return names
    owners = {n.last: n for n in names}
    merged = []
    for m in ministries:
        owner = owners.get(m.first)
        if owner is not None and owner.first < m.first:
            m = Name(owner.text + m.text[len(m.text.split(" ", 1)[0].removesuffix("'s")):], owner.first, m.last,
                     owner.run_start, True)
        merged.append(m)
    taken = {k for m in merged for k in range(m.first, m.last + 1)}
    return sorted([n for n in names if n.first not in taken] + merged, key=_FIRST_TOKEN)


_FIELD_SPELLINGS = {"defense": "defence", "labor": "labour"}
_CAPITALISED_MINISTRY = compiled_regex(r"\b\p{Lu}\p{Ll}+ Ministry\b|\bMinistry of\b")
_FIRST_TOKEN = attrgetter("first")


_KIND_OPENERS = BODY_KINDS - {"company", "firm", "agency", "bureau", "group", "charity", "carrier", "operator", "maker",
                               "organisation", "organization", "utility"}
"""Kinds of body that open a sentence before the body's name ("Chipmaker Arvix said"), never its first word; not those
that are also names' first words ("Carrier Global", "Charity Wright", "Utility Warehouse", "Group Lotus")."""
_NUMBER_WORDS = frozenset(NUMBER_WORDS) | {"sixty", "seventy", "eighty", "ninety"}
_TEXT = itemgetter(0)  # a token's text
_FIRST = itemgetter(0)  # a text's first character (no token is empty)
_RUN_JOINS = frozenset({"of", "for", "and"})


_FIRM_WORDS = 6
"""Words at most before a firm's last "&" ("Bed Bath & Beyond"): a page of capitalised words joined by "&" is no
one firm's name, and a name's length costs the merging of short forms."""


def _partners(texts: list[str], start: int, j: int, n: int, caps: list[bool]) -> bool:
    """The words around the "&" after ``j`` may be partners in a firm's name: words (not letters, as in "Q&A" or
    "S&P"), neither a day or month ("Monday & Tuesday") nor a country ("Russia & Ukraine"), no honorific after it
    ("Mr. Reyes & Mrs. Ruiz"), and not a full name on both sides ("Ana Ruiz & Tom Reyes", a title-case headline's
    "Ana Ruiz Quits & Tom Reyes Takes Over"): "Ernst & Young", "Moor Insights & Strategies". ``caps`` says which
    of the run's ``n`` texts are capitalised."""
    left, right = texts[j], texts[j + 2]
    return j - start < _FIRM_WORDS and left[1:2].islower() and right[1:2].islower() \
        and right.casefold() not in HONORIFICS and left.casefold() not in CALENDAR \
        and right.casefold() not in CALENDAR and not is_country(left) and not is_country(right) \
        and not (j > start and j + 3 < n and caps[j + 3])


_BODY_REACH = 3
"""Capitalised words after a plural possessive within which a body's word ends the name ("Farmers' and Villages
Union")."""


def _members_before(word: str, lexicon: Lexicon) -> bool:
    """The word before a guild names its members or their trade: a plural possessive ("Photographers'"), or a word the
    story writes in lower case ("Actors" beside "actors", "Pharmacy" beside "pharmacies"); not a given name ("Rachel
    Guild", "James Guild")."""
    if word.endswith(("s'", "s\u2019")):
        return True
    forms = (word, word[:-1]) if word.endswith("s") else (word, word + "s", word[:-1] + "ies")
    return any(lexicon.common(form) for form in forms)  # "Actors" beside "actors", "Pharmacy" beside "pharmacies"


def _members_of_a_body(texts: list[str], j: int, caps: list[bool]) -> bool:
    """ "National Farmers' Union", "Dock Workers' Federation": a plural possessive inside a body's name, the body's word
    (``ORG_SUFFIXES``) a few capitalised words on; not "the Rovers' coach" nor "the Smiths' house"."""
    if not texts[j].endswith(("s'", "s\u2019")) or j + 2 >= len(texts) \
            or not (caps[j + 1] or (texts[j + 1] in CONNECTORS and caps[j + 2])) \
            or is_country(texts[j][:-1]) or is_region(texts[j][:-1]):
        return False  # "The Netherlands' Foreign Ministry", "Texas' Department of Public Safety": a place's body
    for k in range(j + 1, min(len(texts), j + 1 + _BODY_REACH)):
        if texts[k].casefold() in ORG_SUFFIXES or texts[k].casefold() in MEMBERS_BODY_ENDS:
            return True
        if not caps[k] and texts[k] not in CONNECTORS:
            return False
    return False


def _office_of_a_title(tokens: Sequence[Token], j: int, lexicon: Lexicon) -> bool:
    """ "Harbour Commissioner's Office", "Attorney General's Department": a possessive common word (a
    title, not a name) before an organisation word is part of the body's name; "Norway's Foreign Ministry"
    is a country's ministry, two names."""
    return j + 1 < len(tokens) and tokens[j + 1].capitalised and tokens[j + 1].text.casefold() in ORG_SUFFIXES \
        and lexicon.common(tokens[j].bare)


def _split_run(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> list[Name]:
    """A run is split at "of"/"for" ("Harbour Master Ann Berg of the Dale Port Authority"
    holds a person and an organisation); each part yields an organisation or a person-like name."""
    out: list[Name] = []
    seg = start
    for k in range(start, end + 2):
        if k < end + 1 and tokens[k].text in ("of", "for") and k > seg and _kind_before(tokens, start, k, lexicon) \
                and _body_follows(tokens, k, end):
            # "International Alliance of the Harbour Rescue", "Ministry of Defence": one body, whole; a body or an
            # acronym before "and" ("IAHR and Center for ...") is a body of its own, and so is a name before "and"
            # where the body's kind opens the rest ("JPMorgan Chase and Bank of America"): an "and" inside a body's
            # name stands after its "of" ("Department of Health and Human Services").
            first = seg
            joins = [a for a in range(seg + 1, k - 1) if tokens[a].text == "and"
                     and (_is_acronym(tokens[a - 1].bare) or tokens[a - 1].bare.casefold() in ORG_SUFFIXES
                          or a == k - 2)]
            if joins:
                out.extend(_and_parts(tokens, seg, joins[-1] - 1, start, lexicon))
                first = joins[-1] + 1
            while first < k - 1 and (tokens[first].text.casefold() in NOT_NAMES or tokens[first].text in CONNECTORS):
                first += 1
            if first > start and _quantifier_opens(tokens, first - 1):
                first -= 1  # "The Second Circuit Court of Appeals"
            text = " ".join(t.text for t in tokens[first:end + 1]).replace(" .", ".")  # "U.N. Security Council"
            out.append(Name(_name_text(text), first, end, start, organisation=True))
            return out
        if k == end + 1 or tokens[k].text in ("of", "for"):
            if seg <= k - 1:
                out.extend(_and_parts(tokens, seg, k - 1, start, lexicon))
            seg = k + 1
    return out


def _kind_before(tokens: Sequence[Token], start: int, k: int, lexicon: Lexicon) -> bool:
    """The word before "of"/"for" at ``k`` is a body's kind that takes the rest of the run into its name
    (``ORG_SUFFIXES``: "Ministry of Defence"); one of ``BODIES_BEFORE_OF`` only before "of" and where no title opens
    the run before it ("Chamber of Commerce", not "President of the Chamber of Deputies Luis Ferro")."""
    kind = tokens[k - 1].bare.casefold()
    if kind in BODIES_BEFORE_OF:
        return tokens[k].text == "of" and not any(role_word(t.text) for t in tokens[start:k - 2])
    # "Pharmacy Guild of Varnland": a guild before "of" where no title opens the run ("Detective Inspector James Guild
    # of the Serious Fraud Office" is a person).
    return kind in ORG_SUFFIXES or (kind in MEMBERS_BODY_ENDS and k >= 2 and (
        _members_before(tokens[k - 2].text, lexicon) or not any(role_word(t.text) for t in tokens[start:k - 1])))


def _named_after_a_trade(tokens: Sequence[Token], first: int, end: int, lexicon: Lexicon) -> bool:
    """A company's name ending in its trade (``COMPANY_TRADES``) after a word of its own ("Norland Tobacco"), which no
    title opens ("National Insurance" is a tax), no people's adjective alone ("Russian Gas", "Kazakh Oil" are a
    country's trade) and no role word stands in, but for a title alone before the trade, which names no one there
    ("Envoy Air", "General Electric")."""
    if tokens[end].bare.casefold() not in COMPANY_TRADES:
        return False
    if end == first + 1 and role_word(tokens[first].text) and tokens[first].text[:1].isupper():
        return not _joined(tokens, first, end)
    return any(not lexicon.common(t.text) and t.text.casefold() not in TITLE_WORDS and not is_demonym(t.text)
               for t in tokens[first:end]) and not any(role_word(t.text) for t in tokens[first:end])


def _joined(tokens: Sequence[Token], first: int, end: int) -> bool:
    """The words ``first``..``end`` are one part of a run joined by "and": "Director Energy" of "Director Energy and
    Climate Ben Ortiz", "Chief Oil" of "Chief Oil and Gas Inspector", a title's fields."""
    return (first > 0 and tokens[first - 1].text == "and") or (end + 1 < len(tokens) and tokens[end + 1].text == "and")


def _body_follows(tokens: Sequence[Token], k: int, end: int) -> bool:
    """After "of" in "Alliance of the Harbour Rescue", the rest of the run is the body's, not a person's: no
    role word stands in it ("Ministry of Defence spokesman Tom Reyes" keeps its name apart), but for a trade in the
    plural, the members a body is of ("Royal College of Physicians", "Society of Radiographers")."""
    return not any(role_word(t.text) and not _plural_trade(t.text) for t in tokens[k + 1:end + 1])


def _plural_trade(word: str) -> bool:
    """ "Physicians", "Gynecologists": a role word's plural, not a title ("Boss", "Actress" end in s too)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and role_word(word[:-1])


def _and_parts(tokens: Sequence[Token], start: int, end: int, run_start: int, lexicon: Lexicon) -> list[Name]:
    """ "Ana M. Ruiz and Tom K. Berg" is two names; "Dale Port and Harbour Board" is one body, but "Dale Port
    Authority and Harbour Board" two: each part ends in an organisation word."""
    if tokens[end].bare.casefold() in ORG_SUFFIXES and not any(
            tokens[k].text == "and" and tokens[k - 1].bare.casefold() in ORG_SUFFIXES for k in range(start + 1, end)):
        return _segment(tokens, start, end, run_start, lexicon)
    out: list[Name] = []
    seg = start
    for k in range(start, end + 2):
        if k == end + 1 or tokens[k].text == "and":
            if seg <= k - 1:
                out.extend(_segment(tokens, seg, k - 1, run_start if seg == start else seg, lexicon))
            seg = k + 1
    return out


def _month_as_surname(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """ "Edwina May said", "Ronan May's band", "Ajmal Jan, a shopkeeper": a month name, or a month's short form that is
    a name too (``GIVEN_NAME_MONTHS``) after one given name, after an uncommon capitalised word is a surname unless a
    day number follows ("Acme Freight May 5", "Reuters Jan 5") or another capitalised word does (a headline's "Acme
    May Pay Fine"); a month alone ("in May") never is."""
    month = tokens[end].bare.casefold()
    if end == start or (month not in MONTH_NAMES
                        and (month not in GIVEN_NAME_MONTHS or not _short_month_as_surname(tokens, start, end))):
        return False
    before = tokens[end - 1]
    after = tokens[end + 1].text if end + 1 < len(tokens) else ""
    return before.capitalised and before.word and not before.possessive and not lexicon.common(before.text) \
        and not _is_acronym(before.bare) and not after[:1].isdigit() and not after[:1].isupper()


def _short_month_as_surname(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A month's short form that is a name (``GIVEN_NAME_MONTHS``: "Jan", the caller has asked) is a family name only
    as the second of two words, without its dot, after a word no participle ("Updated Jan figures"), and before a mark
    of punctuation or a verb of saying ("Ajmal Jan, a shopkeeper", "Ali Jan said"), not before a noun ("Posted Jan
    figures showed")."""
    short = tokens[end]
    if end != start + 1 or short.text != short.bare or tokens[start].text.endswith("ed"):
        return False
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    return after is None or not after.word or after.text.casefold() in SPEECH_VERBS


def _month_as_given_name(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """ "Jan Brabec said", "board member June Ellis": a month that is a given name (``GIVEN_NAME_MONTHS``) opening a run
    of two words, the second uncommon, where a name stands (the sentence's start, after a role word or
    ``GIVEN_NAME_LEADS``), is a given name; not "in June Lessby", "the April Brexit deadline", "June Sales Soar"."""
    if end != start + 1 or tokens[start].bare.casefold() not in GIVEN_NAME_MONTHS:
        return False
    return _given_name_here(tokens, start, end, lexicon)


def _given_name_here(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """The run's first word, a common word that is also a given name (a month's, ``GIVEN_NAME_MONTHS``, or another,
    ``GIVEN_NAME_WORDS``: "Fire chief Per Vik said"), is a given name: the run is of two words, the second uncommon,
    where a name stands (the sentence's start, after a role word or ``GIVEN_NAME_LEADS``)."""
    last, before = tokens[end], tokens[start - 1].text.casefold() if start > 0 else ""
    return (not before or before in GIVEN_NAME_LEADS or before in ROLE_HEADS) and last.word \
        and last.text.casefold() not in CALENDAR and not lexicon.common(last.text) and not _is_acronym(last.bare)


_SHOUTED_WORDS = 4
"""Words in capitals at least, from a run's first to its organisation word, that make it a headline in capitals
("NAACP ISSUES NATIONAL TRAVEL ADVISORY FOR AMERICAN AIRLINES"), not a body's name."""


def _shouted(tokens: Sequence[Token], first: int, end: int) -> bool:
    words = [t.text for t in tokens[first:end + 1] if t.word]
    return len(words) >= _SHOUTED_WORDS and all(w.isupper() for w in words)


def _segment(tokens: Sequence[Token], start: int, end: int, run_start: int, lexicon: Lexicon) -> list[Name]:
    surname_month = end > start and _month_as_surname(tokens, start, end, lexicon)
    # Most runs open on no month: the test is inlined before the call.
    given_month = end == start + 1 and tokens[start].bare.casefold() in GIVEN_NAME_MONTHS \
        and _month_as_given_name(tokens, start, end, lexicon)
    given_word = end == start + 1 and start > 0 and tokens[start].bare.casefold() in GIVEN_NAME_WORDS \
        and _given_name_here(tokens, start, end, lexicon)  # "Per Bloomberg, ..." opens on the preposition
    # "Ana Bishop Jr": before a generation stands the family name, however common a word it is.
    generation_last = end > start and _generation_here(tokens, start, end, lexicon)
    while end > start and tokens[end].text.casefold() in CALENDAR and not surname_month:
        end -= 1
    first = start
    while first < end and ((tokens[first].text.casefold() in NOT_NAMES and not given_word)
                           or tokens[first].text in CONNECTORS
                           or (tokens[first].text.casefold() in CALENDAR and not given_month)
                           or _not_a_name_word(tokens[first].text)):
        first += 1
    head = first
    # A body: its last word says so ("Harbor Data Authority"), or partners' names joined by "&" make a firm's, whatever
    # common words they hold ("Ernst & Young"). Most names are of two words, with no room for an "&" inside.
    # A one-word segment (most) is no body by its kind, but for a quantifier's one word after it.
    kind = tokens[end].bare.casefold() if end > first or first > start else ""
    # A quantifier opening a body's name may leave one word of it, the body's kind or trade: "Parent company First
    # Energy said", "the First Group"; not "First, Energy Secretary ..." (a sentence's own first word).
    opened_one = end == first > start and (kind in ORG_SUFFIXES or kind in COMPANY_TRADES) \
        and _quantifier_opens(tokens, first - 1)
    a_body = opened_one or (end > first and (
        kind in ORG_SUFFIXES or (kind in LONG_BODY_ENDS and end - first >= 3)
        or (kind in MEMBERS_BODY_ENDS and _members_before(tokens[end - 1].text, lexicon))
        or _named_after_a_trade(tokens, first, end, lexicon)
        or (end - first >= 2 and "&" in map(_TEXT, tokens[first + 1:end]))))
    if a_body and not _shouted(tokens, first, end):
        if first > start and _quantifier_opens(tokens, first - 1):
            first -= 1  # "the All Nippon Airways flight"
        if first == 0 and tokens[0].text.casefold() in _KIND_OPENERS:
            first = 1  # "Carmaker Brenco Motors is to close ...": the kind is no part of the name
        text = " ".join(t.text for t in tokens[first:end + 1]).replace(" .", ".")
        return [Name(_name_text(text), first, end, run_start, organisation=True)]
    # The name is the longest tail of uncommon words (particles allowed inside), at most four words; a kind of body
    # opening the sentence is no part of it ("Chipmaker Arvix said", "Retailer Brenco Stores reported").
    lowest = start + 1 if start == 0 < end and tokens[0].text.casefold() in _KIND_OPENERS else start
    k = end
    count = 0
    while k >= lowest:
        text = tokens[k].text
        if text in NAME_PARTICLES and start < k < end:
            k -= 1
            continue
        if text == "." and k > start and _initial(tokens[k - 1].text):
            k -= 1
            continue
        low = text.casefold()
        if low in HONORIFICS or (is_demonym_noun(text) and (k < end or k == start)) \
                or (k == end and start <= k <= start + 1 and k > 0 and tokens[k - 1].text.casefold() in ARTICLES
                    and is_articled_demonym_noun(text)) \
                or (k == 0 and (lexicon.opens_with_a_verb(text) or _describes_who_follows(tokens, end, lexicon))) or (
                low in OPENING_ADVERBS and (k == 0 or (k == 1 and tokens[0].text in OPENING_QUOTATION))):
            # "Mr Lenz": the honorific is a title, the name is the surname; "Frenchman Tom Reyes" (but "Lena Turk");
            # "Advancing Norvania's ..."; "Now Ana"; "Neighbour Ilse Varga said"
            break
        if text == "New" and count and count < 4:
            count += 1  # "New York", "New Zealand": "New" before a name word is part of it
            k -= 1
            continue
        # The cheap tests first: most words of a run pass them all.
        if count >= 4 or (not text[:1].isupper() and not _articled(text)) or text in CONNECTORS \
                or (k < end and text.endswith(_POSSESSIVE_ENDS)) or (k < end and _given_name(text)) \
                or (not text.isalpha() and any(c.isdigit() for c in text)) \
                or (lexicon.common(text) and not (k == end and surname_month) and not (k == end - 1 and generation_last)
                    and not (k == start and (given_month or given_word))
                    and not (k == end and _family_name_here(tokens, k, start, lexicon))
                    and not (k < end and _title_word_of_a_body(tokens, k, lexicon))) \
                or (not text[1:2].islower() and _is_acronym(tokens[k].bare) and not (k == end and generation_last)):
            # "Acme's" has a small second letter; "Charles III" ends in a numeral, no acronym
            break
        count += 1
        k -= 1
    if k >= head and (phrase := _common_words_name(tokens, head, k, end, lexicon)) is not None:
        return [Name(_name_text(" ".join(map(_TEXT, tokens[phrase:end + 1]))), phrase, end, run_start, True)]
    first = k + 1
    if start == run_start and start <= k and end - k == 1 and k > 0 and tokens[k - 1].word \
            and _plain_capitalised(tokens[k], lexicon) and not _continues_a_name(tokens, start):
        first = _whole_run_start(tokens, start, k, end, lexicon)
    elif k == end and start == run_start and _named_place_of(tokens, start, end, lexicon):
        # "the Cincinnati Zoo": a body, written with "the" as bodies are.
        return [Name(_name_text(f"{tokens[end - 1].text} {tokens[end].text}"), end - 1, end, run_start, True)]
    while first <= end and tokens[first].text in NAME_PARTICLES:
        first += 1
    if first <= end and _given_name(tokens[first].text):
        first += 1
    if first > end:
        last = tokens[end]
        if _is_acronym(last.bare) and last.bare.isalpha() and not lexicon.common(last.text) \
                and last.bare.casefold() not in MEASURE_ACRONYMS and not generation(last.bare) \
                and not (_shouted_word(last.bare) and not lexicon.spells_out(last.bare)) \
                and not (is_country(last.bare) and end > 0 and tokens[end - 1].text.casefold() in ("a", "an")):
            # "NASA said", "the retired NASA historian": an acronym the story does not write as a common word
            # ("CEO", "READ MORE") names a body; a longer name never takes it in ("NASA Administrator Ana Ruiz"). A
            # Roman numeral ends a war's or a game's name ("World War II", "Final Fantasy VII"): no body's.
            # A country's after "a" ("a US official said") qualifies an unnamed speaker, as "a French" would.
            return [Name(last.bare, end, end, run_start)]
        return []
    half = (end - first + 1) // 2
    if half >= 2 and (end - first + 1) % 2 == 0 \
            and list(map(_TEXT, tokens[first:first + half])) == list(map(_TEXT, tokens[first + half:end + 1])):
        first += half  # "Gemma Pryor Gemma Pryor told ...": a caption's name run into the text's
    text = " ".join(map(_TEXT, tokens[first:end + 1])).replace(" .", ".")
    # Name's own constructor is a Python function, and a story makes thousands of names.
    return [tuple.__new__(Name, (_name_text(text), first, end, run_start, False))]


NAME_PHRASE_USES = 2
"""Times at least a story writes a phrase of common words capitalised for it to be a name."""
_HEADING_WORDS = 4
"""Words at least of a line in title case that is a heading's (``_written_as_a_heading``): its capitals tell no name."""
_BODY_SPEECH = word_set("""
said says told tells added adds stated urged urges condemned condemns denied denies rejected rejects accused accuses
criticised criticises criticized criticizes insisted insists
""")
"""Verbs by which a body speaks and nothing else does: not "claimed" ("Dark Waters claimed the top prize"), "welcomed"
("the show welcomed 40,000 visitors"), "warned" ("Lane Assist warned the driver") nor "promised" (a plan's grants)."""
_ACTS_AFTER = compiled(r"(?:\s+\([^()\n]{1,60}\))?(?:\s+(?:group|movement|campaign|organi[sz]ation))?"
                       r"(?:\s+(?:" + "|".join(sorted(BEFORE_THE_VERB)) + r"))*"
                       r"\s+(?:(?:" + "|".join(sorted(_BODY_SPEECH)) + r")\b|claim(?:ed|s)?\s+responsibility\b)")
"""What follows a body's name where it speaks: "Human Rights Watch said", "Islamic State (IS) has claimed
responsibility", "the Islamic State group denied"."""
_SPEAKING_FOR = compiled(r"(?:according\s+to|spokes(?:man|woman|person)\s+for|statement\s+(?:from|by))\s+(?:the\s+)?$")
"""What stands before a body's name whose words are reported: "according to Human Rights Watch", "a spokesman for the
Red Cross"."""
_SPEAKING_REACH = 40
_PLACED_BEFORE = compiled(r"\b(?:in|at|near|from|of|outside|inside|across|to|into|on|for|with)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'\u2019-]*\s+){0,3}?(?:(?:and|or)\s+(?:the\s+)?)?$")
"""Before a name, a preposition placing or serving what comes before it, maybe with another place between ("Police in
Stony Point said", "Police in Dunmore and Cedar Grove said", "Lawyers for Little Falls said"): the speaker is
another."""
_WORK_TITLE_BEFORE = compiled(r"(?::[ \t]+|[^\n][ \t]+The[ \t]+)$")
"""Before a name, what makes it a work's title: a colon ("China in Space: The Great Leap Forward"), or "The" written
with a capital mid-sentence ("author of The Great Leap Forward")."""


def _written_in_lower_case(story: str, phrase: str) -> bool:
    """The story writes ``phrase`` (in lower case) as words of their own, not inside others ("unsafe roads" is no "safe
    roads")."""
    return story.startswith(phrase) or f" {phrase}" in story or f"\n{phrase}" in story


def _acts_somewhere(story: str, name: str) -> bool:
    """The story writes ``name`` once at least as a speaker's (``_ACTS_AFTER``, ``_SPEAKING_FOR``): neither placing
    another speaker ("Police in Stony Point said", ``_PLACED_BEFORE``) nor a work's title (``_WORK_TITLE_BEFORE``) nor
    owning the one reported ("according to Good Hope's operator")."""
    at = story.find(name)
    while at >= 0:
        after = at + len(name)
        reach = max(0, at - _SPEAKING_REACH)
        if not _WORK_TITLE_BEFORE.search(story, max(0, at - 6), at) and (
                (_ACTS_AFTER.match(story, after) and not _PLACED_BEFORE.search(story, reach, at))
                or (_SPEAKING_FOR.search(story, reach, at) and not story.startswith(_POSSESSIVE_ENDS, after))):
            return True
        at = story.find(name, after)
    return False


def _common_words_name(tokens: Sequence[Token], head: int, k: int, end: int, lexicon: Lexicon) -> int | None:
    """Where a body's name made of common words starts, which the run ``head``..``end`` ends with, the word at ``k``
    having stopped the walk back over uncommon words: capitalised words, one of them common at least, which the story
    writes as one name (``Lexicon.writes_as_a_name``): "Human Rights Watch said", "the Islamic State group", "Black
    Lives Matter". A demonym may open it ("Islamic State"). Not a place ("West Bank", "Middle East": a compass word, a
    place's kind), a title ("Prime Minister"), a time ("Good Friday"), an event ("World Series", "Harvest Festival"), a
    document ("the Online Safety Bill"), a heading's capitals ("Scenes of Carnage at the Concert Hall") nor a person's
    name: one whose family name the story writes alone ("Sarah Jane Price ... Price said"), or a common given name
    before an uncommon word ("Hope Marden said"). A body's last word is common, or a place after a common word ("Equal
    Lives Carvenia"), or an uncommon one after two common words ("Free Speech Watch").
    None where there is no such name."""
    last = tokens[end].text
    low = last.casefold()
    if not _plain_word(last) or low in _NOT_BODY_ENDS or low in NOT_NAME_ENDS or low in HONORIFICS \
            or low in _FUNCTION_WORDS or low in STATEMENT_STOPWORDS or role_word(last):
        return None
    last_common = lexicon.common(last)
    plain = 0  # the common words before the last
    first = end
    while first > head:
        token = tokens[first - 1]
        if not _plain_word(token.text):
            break
        if _plain_capitalised(token, lexicon):
            plain += 1
        elif not _name_word(token, lexicon) and not (first - 1 == head and is_demonym(token.text)):
            break
        first -= 1
    if first > k or first == end or end - first >= _NAME_PHRASE_WORDS:
        return None
    if not (last_common or plain >= 2 or (plain and _place_word(last, lexicon))):
        return None  # "Hope Marden said": one common word, a given name, before an uncommon family name
    phrase = " ".join(map(_TEXT, tokens[first:end + 1]))
    # The story's word first (kept per phrase, and most phrases fail it), then this line's.
    if not lexicon.writes_as_a_name(phrase) or _written_as_a_heading(tokens):
        return None
    if first > 0 and (tokens[first - 1].text == ":" or (tokens[first - 1].text == "The" and first > 1)):
        return None  # a work's title ("China in Space: The Great Leap Forward")
    if not is_demonym(tokens[first].text) and not lexicon.listed_common(last) \
            and not (_place_word(last, lexicon) and not lexicon.speaks_alone(last)) \
            and lexicon.writes_alone(last, phrase):
        return None  # "Bill Gates" where the story writes "a bill": "Gates said" makes it a person's name
    return first


def _place_word(word: str, lexicon: Lexicon) -> bool:
    """A country's or a capital's name, or one whose people the story names ("Carvenia" beside "Carvenian"): a body's
    name may end on it ("Equal Lives Carvenia"), which the story also writes alone. A family name may be one too
    ("Mark Douglas"): written alone, it speaks (``Lexicon.speaks_alone``: "Douglas said"), which a place seldom does."""
    return is_country(word) or is_capital(word) or lexicon.has_its_people(word)


def _plain_word(text: str) -> bool:
    """A word of letters written with a capital and small letters ("Watch"; not "NSW", "Al-Shabaab", "North")."""
    return text.isalpha() and text[:1].isupper() and text[1:].islower() and text.casefold() not in _REGION_WORDS


_NAME_PHRASE_WORDS = 5
"""Words a body's name of common words holds at most (``_common_words_name``)."""
_NOT_BODY_ENDS = (PLACE_NOUNS - {"state", "states"}) | FEATURE_ENDS | VENUE_ENDS | CALENDAR | DOCUMENT_NOUNS \
    | word_set("""bill bills plan plans index scheme programme program strategy policy law treaty agreement accord code
    book guide charter act rules handbook manual constitution declaration directive regulation regulations""")
"""The last words of a place's, a time's or a document's name ("the Online Safety Bill", "the Warm Homes Plan"), not a
body's; a state may be one ("Islamic State")."""
_REGION_WORDS = COMPASS_WORDS | {"middle"}
"""Words of a region's name ("Middle East", "West Bank"), never of a body's name of common words."""


def _written_as_a_heading(tokens: Sequence[Token]) -> bool:
    """A line of four words or more written in title case, as a heading is: every word capitalised but the small ones
    names also hold ("Scenes of Carnage at a Concert", "Reviewers Praise The New Quiet Mode For Busy Parents"); not a
    sentence naming much ("Later, Equal Lives Norway urged calm.")."""
    words = [t.text for t in tokens if t.word and t.text[:1].isalpha()]
    return len(words) >= _HEADING_WORDS and all(w[:1].isupper() or w in NAME_SMALL_WORDS for w in words)


def _quantifier_opens(tokens: Sequence[Token], at: int) -> bool:
    """The capitalised word at ``at`` is a quantifier or an ordinal opening a body's name
    (``NAME_OPENING_QUANTIFIERS``): right after a lower-case word or "The" ("at First Republic Bank", "The Second
    Circuit Court of Appeals ruled"), not opening a sentence ("First Republic Bank said", "All Acme Group staff") nor
    after a name ("Acme's First Avenue")."""
    if at == 0 or tokens[at].text.casefold() not in NAME_OPENING_QUANTIFIERS:
        return False
    before = tokens[at - 1].text
    return tokens[at - 1].word and (before[:1].islower() or before == "The")


def _describes_who_follows(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """The run opening the sentence and ending at ``end`` opens with a description written in lower case elsewhere
    (``LOWER_ROLE_HEADS``) before a name of two words or more: "Neighbour Ilse Varga said", "Passenger Ana Ruiz said";
    not a name of two words ("Fan Bingbing said") nor a body's whose next word the story writes in lower case
    ("Passenger Rights Kellmark said the airline had ignored passengers' rights")."""
    return end >= 2 and tokens[0].text.casefold() in LOWER_ROLE_HEADS and not lexicon.common(tokens[1].text)


def _title_word_of_a_body(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """A role word written with a capital right after "the", opening a run of names: a body's or a place's name ("the
    Teacher Retirement System", "the Priest Lake Water District"), where a person's title before a name is written
    without "the" ("Teacher Ana Ruiz") or in lower case ("the teacher Ana Ruiz")."""
    text = tokens[k].text
    return k > 0 and tokens[k - 1].text.casefold() == "the" and text[:1].isupper() and role_word(text) \
        and text.casefold() not in lexicon.lower


def _plain_capitalised(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word that is common only because the story also writes it in lower case, and is no title, no
    time and no function word: "Air" of "Delta Air Lines", "Bill" of "Bill Gates"; not "Chief", "General",
    "Monday", "Series" (``Lexicon.listed_common``) nor "Later"."""
    text = token.text
    low = text.casefold()
    return text[:1].isupper() and text.isalpha() and not text.isupper() and low in lexicon.lower \
        and not lexicon.listed_common(text) and not role_word(text) and low not in HONORIFICS \
        and low not in _FUNCTION_WORDS and low not in STATEMENT_STOPWORDS and not low.endswith(_ADVERB_ENDS) \
        and not is_demonym(text) and not is_country(text)


_FUNCTION_WORDS = word_set("""
later earlier instead still now then again also even only just here there thus hence yet already soon once
""")
_ADVERB_ENDS = ("ly", "ing", "ed")


def _whole_run_start(tokens: Sequence[Token], start: int, k: int, end: int, lexicon: Lexicon) -> int:
    """Where a name starts that a plain capitalised word at ``k`` (``_plain_capitalised``) did not end: mid-sentence,
    such a word right before the run's last word, an uncommon one, is part of the name ("Spirit Airlines", "Delta
    Air Lines", "Bill Gates", "Mark Carney"), and so are the run's other capitalised words before it. A run ending in
    a common word ("Bastille Day", "World Series") is never read so. ``k + 1`` when it is not so."""
    j = k
    while j > start and (_plain_capitalised(tokens[j - 1], lexicon) or _name_word(tokens[j - 1], lexicon)):
        j -= 1
    # Opened by a word of its own ("Delta Air Lines") or by the plain word alone ("Bill Gates"): "Show Hide Bitcoin",
    # a page's buttons glued to a name, opens with a plain word before another.
    if j != k and not _name_word(tokens[j], lexicon):
        return k + 1
    if j > start and tokens[j - 1].text == "New" and _name_word(tokens[j], lexicon):
        j -= 1  # "New York Stock Exchange"
    # Only a title or the run's start may stand before it: after another capitalised word ("Democratic
    # African-American Women Caucus") or a word joining two ("Commission on Presidential Debates") the words are
    # the end of a longer name.
    before = tokens[j - 1].text if j > start else ""
    if before and (before[:1].islower() or not (lexicon.listed_common(before) or role_word(before))):
        return k + 1
    return j


def _named_place_of(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """The run ``start``..``end`` is an article or nothing, then an uncommon name and a kind of institution
    (``INSTITUTION_NOUNS``) the story also writes in lower case, past the sentence's first word or after "the": "at the
    Cincinnati Zoo", "The Lessby Zoo said". Not a country's or a people's ("Japan Museum" is no name), nor a product's
    ("Google Camera", "Snapchat Stories")."""
    name, noun = tokens[end - 1], tokens[end]
    if end == start or noun.text.casefold() not in INSTITUTION_NOUNS:
        return False  # most runs: the set look-up answers before anything else is read
    lead = start + 1 if tokens[start].text.casefold() in ("the", "a", "an") else start
    return lead == end - 1 and (lead > start or (start > 0 and tokens[start - 1].word)) \
        and _plain_capitalised(noun, lexicon) \
        and _name_word(name, lexicon) and not is_country(name.text) and not is_demonym(name.text) \
        and not _continues_a_name(tokens, start)


def _continues_a_name(tokens: Sequence[Token], start: int) -> bool:
    """The run at ``start`` follows a capitalised word and a preposition, as the end of a body's name does:
    "Commission on Presidential Debates", "Festival of Lights"."""
    return start >= 2 and tokens[start - 1].text in ("on", "of", "for", "against", "to") \
        and tokens[start - 2].capitalised and tokens[start - 2].word


def _name_word(token: Token, lexicon: Lexicon) -> bool:
    """An uncommon capitalised word that may open a name with plain words after it: "Delta" of "Delta Air Lines"."""
    text = token.text
    return text[:1].isupper() and text.isalpha() and not lexicon.common(text) and not role_word(text) \
        and text.casefold() not in HONORIFICS


_NOT_BEFORE_A_NAME = ARTICLES | {"as", "named", "appointed", "elected", "made", "became", "become", "crowned"}
"""Words before a lone role that make it the role ("the Dean", "named Dean", "sworn in as Judge"), not a family name."""


def _family_name_here(tokens: Sequence[Token], k: int, start: int, lexicon: Lexicon) -> bool:
    """The common word at ``k``, ending a name whose run opens at ``start``, is a family name there: right after an
    honorific ("King" of "Mr. King", "Young" of "Ms Young"), unless it is a role only ("Mr. President"; "Bishop"
    of "Mrs Bishop", a role that is also a family name (``FAMILY_NAME_ROLES``), is one); or a role that is also a
    family name after another word of the run (``Lexicon.role_as_family_name``: "Howard Dean"), or alone with no
    article before it ("Dean, a former party chairman, said": "the Dean" is a title) in a story that never writes
    the role in lower case."""
    j = k - 2 if k > 1 and tokens[k - 1].text == "." else k - 1
    if j >= 0 and tokens[j].text.casefold() in HONORIFICS and not tokens[j].text.isupper():  # "MS" is no "Ms"
        return not role_word(tokens[k].text) or tokens[k].bare.casefold() in FAMILY_NAME_ROLES
    if k == start:
        return lexicon.lone_family_name(tokens[k].text) \
            and not (j >= 0 and tokens[j].text.casefold() in _NOT_BEFORE_A_NAME) \
            and not (k + 1 < len(tokens) and tokens[k + 1].text == "of")  # "Dean of Admissions Ada Moss": the title
    return lexicon.role_as_family_name(tokens[k].text, tokens[k - 1].text)


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Folded form used to compare spellings: "Dvořák" and "Dvorak" share one key. Cached: a story asks for
    the keys of its few hundred names and words tens of thousands of times."""
    return fold(name).replace("'", "")


def adverb(word: str) -> bool:
    """ "also", "then", "openly": a word that stands between a subject and its verb (``ADVERBS``, or lower case in -ly
    but for a noun, ``LY_NOUNS``)."""
    w = word.casefold()
    return w in ADVERBS or (word.islower() and w.endswith("ly") and len(w) > 4 and w not in LY_NOUNS)


@lru_cache(maxsize=8192)
def role_word(word: str) -> bool:
    """ "minister", "Director-General", "CEO": a word that heads a role. Cached: asked of the words around
    every name."""
    w = _unpossessive(word).casefold()
    return w in ROLE_HEADS or w.split("-")[-1] in ROLE_HEADS or (w in CAPITAL_ROLE_HEADS and word[:1].isupper()) \
        or (w in LOWER_ROLE_HEADS and word.islower()) \
        or (len(w) > 7 and w.endswith(_OCCUPATION_TAILS) and w not in BYLINE_ROLES  # a photographer signs a picture
            and OCCUPATION_ENDINGS.matches(w))


_OCCUPATION_TAILS = ("ist", "ists", "ician", "icians", "grapher", "graphers")
"""How every word ``OCCUPATION_ENDINGS`` takes ends: a test in C before the table is asked."""


def role_tokens_ok(words: list[str]) -> bool:
    """A role phrase names a role ("trade minister") and is not a byline ("economics correspondent"): the first word
    naming either says which. A byline's word after the role is the person's other trade ("space analyst and author of
    a book on China's space programme")."""
    for w in words:
        if _unpossessive(w).casefold() in BYLINE_ROLES:
            return False
        if role_word(w):
            return True
    return False

