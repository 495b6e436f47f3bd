"""Reactions: what each speaker said, one entry per statement, merged across the sources carrying it.

Full quotations are grouped across sources by wording (copies with different punctuation, a dropped
phrase or sentence are one statement, in their most complete wording). A partial quote inside a
reported sentence joins the full quotation it comes from; otherwise the reported sentence stands for
it. Speakers with no quotation are represented by what they were reported as saying.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.explain import Member
from bot.model import Article, Reaction
from bot.rules.fragments import QUOTATION_BOUNDARY_P
from bot.rules.kept import compiled_regex
from bot.rules.places import is_capital, is_country
from bot.rules.speech import ACTS, GIST, MIN_GIST_WORDS, Between
from bot.summary.actors import Cast, names_a_region, not_who_speaks, past_affiliation, verb_after
from bot.summary.dedup import fullest, group_duplicates, says_something
from bot.summary.names import Name, Token, role_plural, role_word, tokens_of
from bot.summary.normalization import fold
from bot.summary.quotes import Attribution, Quote, Speaker, relaying_outlet
from bot.summary.quotes import Verbatim as Verbatim  # re-exported: the summarizer imports it from here
from bot.summary.similarity import content_set
from bot.summary.statements import Statement, paragraphs_of
from bot.summary.vocabulary import REACTION_VERBS, SPEECH_VERBS

MAX_REPEATED = 6
"""Statements of one speaker that several sources carry, shown at most: a central speaker is often quoted
by several outlets on as many points (the plan, the risk, the odds, the outcome), and each such quotation
is one the readers of those outlets have seen, to be shown once citing them all. A speaker's further ones come
after every speaker's first (``select``), so the one-screen briefings still show other speakers first."""
MAX_SPEAKERS = 16
"""Speakers a story's reactions show at most (the chat shows the first few): a story fourteen outlets cover quotes
many, and a government's spokesman or a police chief two of them quote had fallen behind ten others; in one twenty
outlets cover, an alliance's chief two of them quote had fallen behind twelve heads of government and ministers."""
WIDELY_VOICED = 3  # sources reporting a speaker saying something that make it part of the story
MIN_INDIRECT_WORDS = 8
OPENING_WORDS = 10
MAX_QUOTE_WORDS = 16
_STEM = 4  # least letters a country and its adjective share: "Russ(ia)", "Russ(ian)"


@dataclass
class Said:
    """One statement by one speaker, as every source carrying it printed it."""

    speaker: Speaker
    text: str
    quote: bool
    sources: list[str]
    members: list[Member]  # (source, wording, why) merged here
    statements: set[int] = field(default_factory=set)
    reason: str = ""
    named: bool = False  # a reporter's clause next to the words names the speaker as saying them
    cut: bool = False  # shown without sentences another quotation holds: as widely carried as the whole was
    unnamed: bool = False  # reported speech of someone described, not named ("a police spokesperson told ...")


def _speaker_of(quotes: list[Quote], cast: Cast) -> Speaker | None:
    """The speaker most sources name: a person before a body, a body before an unnamed source."""
    speakers = [q.speaker for q in quotes if q.speaker is not None]
    people = [s for s in speakers if s.actor is not None and not cast.people[s.actor].organisation
              and not cast.people[s.actor].single]
    bodies = [s for s in speakers if s.actor is not None]
    pool = people or bodies or speakers
    if len(pool) < 2:
        return pool[0] if pool else None  # most quotations are one source's: no names to count
    key = Counter(s.key for s in pool).most_common(1)[0][0]
    return next(s for s in pool if s.key == key)


def quoted_statements(quotes: list[Quote], verbatim: Verbatim, cast: Cast,
                      order: Callable[[set[str]], list[str]]) -> list[Said]:
    """Full quotations grouped across sources, with partial quotes folded into the quote they cite."""
    full = [q for q in quotes if not q.partial]
    groups, _, _ = group_duplicates([q.text for q in full])
    out: list[Said] = []
    for members in groups:
        qs = [full[i] for i in members]
        speaker = _speaker_of(qs, cast)
        if speaker is None:
            continue
        best = qs[fullest([q.text for q in qs])]
        named = any(q.speaker is not None and q.speaker.key == speaker.key and q.speaker.named for q in qs)
        out.append(Said(speaker, best.text, verbatim(best.text, [best.source]), order({q.source for q in qs}),
                        [(q.source, q.text, "the wording shown" if q is best else "the same quotation")
                         for q in qs], {k for q in qs for k in q.statements},
                        "same quotation" if len(qs) > 1 else "quotation", named))
    index: dict[str, list[int]] = defaultdict(list)  # word -> quotations using it: partial quotes look there
    for i, s in enumerate(out):
        for w in content_set(s.text):
            index[w].append(i)
    for q in quotes:
        if not q.partial or len(q.text.split()) < 3:
            continue
        words = sorted(content_set(q.text), key=lambda w: len(index.get(w, ())))
        nearby = sorted({i for w in words[:2] for i in index.get(w, ())})
        home = _containing(q, [out[i] for i in nearby])
        if home is not None:
            home.members.append((q.source, q.sentence, "quotes part of it"))
            home.sources = order(set(home.sources) | {q.source})
            home.statements.update(q.statements)
            home.reason = "same quotation (one source quotes part of it)"
    return out


def _containing(q: Quote, said: list[Said]) -> Said | None:
    part = fold(q.text)
    for s in said:
        # Five or more words quoted alike are one statement whoever the sentence seems to credit; a
        # shorter fragment must also have the same speaker.
        other_speaker = q.speaker is not None and s.speaker.key != q.speaker.key
        if (other_speaker or (q.speaker is None and not says_something(q.text))) and len(part.split()) < 5:
            continue
        if fuzz.partial_ratio(part, fold(s.text)) >= 92:
            return s
    return None


def reacts_here(cast: Cast, key: int, tokens: Sequence[Token], name: Name) -> bool:
    """The name, one ``cast.names_by_statement`` lists for statement ``key`` (whose ``tokens`` are these), is the
    subject of a verb of saying ("X said") or of reacting: "the ministry denied the report", "the Palace has
    flatly dismissed the claims", "with its chief Ana Ruiz arguing that ..."; not where the name is owned or
    placed ("Ana Ruiz's critics rejected", "officials in Lessby denied"). Whether it says something the cast
    worked out when it recorded the name (``Cast.speaking``)."""
    if (key, name) in cast.speaking:
        return True
    if tokens[name.last].possessive:
        return False
    if not_who_speaks(tokens, name):
        return False
    # The body the name is of, and what it was said in, may stand before a verb of reacting ("Ana Ruiz of Acme in a
    # statement denied ..."); when or where may not: "Calden last year welcomed 3,000 refugees" tells what it did then.
    k = verb_after(tokens, name, past_affiliation(tokens, name.last + 1), phrases=_REACTED_IN)
    return k < len(tokens) and tokens[k].text.casefold() in REACTION_VERBS \
        and not ACTS.matches(" ".join(t.text.casefold() for t in tokens[k:k + 8]))


_REACTED_IN = frozenset({Between.HOW})
"""The ``SAID_BETWEEN`` phrases a verb of reacting may follow: what it was said in, not when or where."""


def reported_statements(cast: Cast, statements: list[Statement], taken: set[int],
                        order: Callable[[set[str]], list[str]]) -> list[Said]:
    """Sentences in which a named actor is the subject of a speech verb, grouped across sources."""
    chosen: list[tuple[Statement, int]] = []
    for st in statements:
        # A sentence naming no actor has no subject to report: its words are not counted nor its tokens read.
        names = cast.names_by_statement.get(st.key)
        if not names or st.key in taken or len(st.text.split()) < MIN_INDIRECT_WORDS:
            continue
        toks = cast.tokens_by_statement[st.key]
        for name, actor in names:
            # An outlet reporting ("Harbor TV accused the police of ...") relays what others said or did.
            if reacts_here(cast, st.key, toks, name) and not cast.relays(cast.people[actor]):
                chosen.append((st, actor))
                break
    groups, _, _ = group_duplicates([st.text for st, _ in chosen])
    out = []
    for members in groups:
        sts = [chosen[i] for i in members]
        actor = Counter(a for _, a in sts).most_common(1)[0][0]
        best = sts[fullest([s.text for s, _ in sts])][0]
        out.append(Said(Speaker(cast.people[actor].shown, actor), best.text, False,
                        order({s.source for s, _ in sts}), [(s.source, s.text) for s, _ in sts],
                        {s.key for s, _ in sts}, "reported speech"))
    return out


def unnamed_statements(attribution: Attribution, statements: list[Statement], taken: set[int],
                       order: Callable[[set[str]], list[str]]) -> list[Said]:
    """Reported sentences whose speaker the articles describe rather than name (``Attribution.unnamed_reporter``),
    grouped across sources: "A police spokesperson told a news agency that none of the injuries was serious"; none of
    ``taken``, the statements shown or said already."""
    chosen: list[tuple[Statement, Speaker]] = []
    for st in statements:
        if st.key in taken or len(st.text.split()) < MIN_INDIRECT_WORDS or _HAS_QUOTATION.search(st.text):
            continue
        speaker = attribution.unnamed_reporter(st.text)
        if speaker is not None:
            chosen.append((st, speaker))
    groups, _, _ = group_duplicates([st.text for st, _ in chosen])
    out = []
    for members in groups:
        sts = [chosen[i] for i in members]
        key = Counter(sp.key for _, sp in sts).most_common(1)[0][0]
        speaker = next(sp for _, sp in sts if sp.key == key)
        best = sts[fullest([s.text for s, _ in sts])][0]
        out.append(Said(speaker, best.text, False, order({s.source for s, _ in sts}),
                        [(s.source, s.text) for s, _ in sts], {s.key for s, _ in sts}, "reported speech, unnamed",
                        unnamed=True))
    return out


_HAS_QUOTATION = compiled_regex(r"[\u201c\u201d\"]")


def partial_statements(quotes: list[Quote], said: list[Said], statements: dict[int, Statement],
                       order: Callable[[set[str]], list[str]]) -> list[Said]:
    """Reported sentences around partial quotes that no full quotation covers ("warned of “...”")."""
    covered = {k for s in said for k in s.statements}
    out: list[Said] = []
    for q in quotes:
        if not q.partial or q.speaker is None or not q.statements or set(q.statements) & covered:
            continue
        st = statements[q.statements[0]]
        out.append(Said(q.speaker, st.text, False, order({q.source}), [(q.source, st.text)], {st.key},
                        "reported speech with a partial quote", q.speaker.named))
        covered.add(st.key)
    return out


def _place_speaks(s: Said, cast: Cast, statements: dict[int, Statement]) -> bool:
    """A speaker that is a place (a country, capital, region, city or venue) is one only where a sentence it is
    credited for makes the place itself say it ("Norway said", "Oslo rejected the report"); otherwise a
    quotation near "Prosecutors in Norway say" or "in Oslo" was pinned on where it happened, and the
    place would take the slot of someone who spoke. A person or another body always passes."""
    actor = s.speaker.actor
    if actor is None or s.named:
        return True  # "..., Lessby said", "“...!” Ana Ruiz wrote via Twitter": the clause makes it speak
    person = cast.people[actor]
    gazetted = is_country(person.name) or is_capital(person.name) or names_a_region(person)
    # A name the articles mostly write as where things happen ("in Lessby", "at the Harbor Gate") is a
    # place the gazetteer does not list: a city, a venue, a landmark. So is a name never made to speak and
    # mostly written as a thing ("the Harbor Gate", "near Lessby Hall"; a body written so, "the Lessby
    # Port Authority denied", is still a body), or a single word mentioned once ("outposts, most recently
    # Lessby."). A person the articles give a role is no place, wherever a sentence puts the name ("the warning
    # from Ana Ruiz, general secretary of the teachers' union").
    placed = (person.placed * 2 >= person.mentions and not (person.roles and not person.organisation)) \
        or (person.speaks == 0 and ((not person.organisation and person.as_thing * 2 >= person.mentions)
                                    or (person.single and person.mentions < 2)))
    if not (gazetted or placed):
        return True
    for key in s.statements:
        st = statements.get(key)
        if st is None:
            continue
        toks = tokens_of(st.text)
        if any(a == actor and reacts_here(cast, key, toks, n) for n, a in cast.names_by_statement.get(key, [])):
            return True
    return False


def _a_group(s: Said, cast: Cast) -> bool:
    """A speaker told by a role's plural opening a sentence ("Analysts said ...", "Officials in Lessby say ..."):
    people the reader cannot tell apart, who come after every speaker the reader can (``select``), and give way to
    them where the speakers are more than ``MAX_SPEAKERS``. Not a team or a body the story capitalises mid-sentence
    ("the Chiefs")."""
    actor = s.speaker.actor
    if actor is None:
        return False
    person = cast.people[actor]
    return person.single and role_plural(person.name) and fold(person.name) not in cast.lexicon.capitals


def _speaks_through(body: str, roles: list[str]) -> bool:
    """One of ``roles`` (other speakers' roles, folded) is held for ``body``: its name stands in it ("director of
    the Harbor Trust"), or for a one-word body or country its stem ("Norvanian" for Norvania, "Ostrian")."""
    name = fold(body)
    if len(name.split()) > 1:
        return any(name in role for role in roles)
    stem = name[:max(_STEM, len(name) - 2)]
    return any(word.startswith(stem) for role in roles for word in role.split())


def voices_of(said: list[Said]) -> dict[str, set[str]]:
    """Speaker key -> the sources reporting that speaker saying anything."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in said:
        out[s.speaker.key].update(s.sources)
    return out


def select(said: list[Said], cast: Cast, statements: dict[int, Statement],
           voices: dict[str, set[str]] | None = None) -> list[Said]:
    """Up to ``MAX_REPEATED`` statements per speaker (quotations and the most carried first), speakers ordered
    by how central they are to the story, each speaker's best statement before any speaker's second; a place
    no sentence makes speak is left out.
    ``voices``: the sources reporting each speaker saying anything, statements shown elsewhere included."""
    voices = voices_of(said) if voices is None else voices
    by_speaker: dict[str, list[Said]] = defaultdict(list)
    for s in said:
        if not _place_speaks(s, cast, statements):
            continue
        by_speaker[s.speaker.key].append(s)
    rank = {f"actor:{i}": n for n, i in enumerate(cast.ranked())}
    listed = {f"actor:{i}" for i in cast.listed()}
    roles = {key: fold(cast.people[ss[0].speaker.actor].role or "") for key, ss in by_speaker.items()
             if ss[0].speaker.actor is not None and not cast.people[ss[0].speaker.actor].organisation}

    def standing(key: str) -> tuple[int, bool, bool, bool, int, int, int]:
        """Speakers who are actors of the story (or whom several sources report speaking) and whose words
        several sources carry first; then those
        with one of the two, the more central first (a bystander two outlets quote does not push out the
        minister one outlet quotes); then the rest, those more sources report speaking first (a body
        speaking in three outlets before a commentator one outlet quotes), then those more sources name,
        and a body or country one of whose people already speaks for it ("Norvanian commerce secretary
        Tom Reyes") after the others. Within each, a person the articles give a role ("an analyst at
        ...") or a body before a bare name: the reader can tell who is talking. People told only by their role's
        plural ("Analysts said ...", ``_a_group``) come after the others of their standing, unless the story lists
        them as actors."""
        theirs = by_speaker[key]
        if all(s.unnamed for s in theirs):
            return 3, False, False, False, 0, 0, 0  # described, not named, and in no quotation: after every other
        group = key not in listed and _a_group(theirs[0], cast)
        repeated = max(len(s.sources) for s in theirs) > 1
        actor = theirs[0].speaker.actor
        person = cast.people[actor] if actor is not None else None
        # An unnamed source is described by what it is ("a company spokesman"): never a bare name.
        roleless = person is not None and person.role is None and not (person.organisation or person.single)
        # Reported speaking by several outlets of their own, a speaker is as much part of the story as its
        # listed actors ("the Palace dismissed ..." in three outlets, each in other words).
        tier = 2 - (key in listed or len(voices.get(key, ())) >= WIDELY_VOICED) - repeated
        central = rank.get(key, len(rank))
        if tier < 2:
            return tier, group, roleless, False, 0, 0, central
        carried = len(voices.get(key, set()) | {source for s in theirs for source in s.sources})
        named = max(carried, len(person.sources)) if person is not None else carried
        spoken_for = person is not None and (person.organisation or person.single) \
            and _speaks_through(person.name, [r for k, r in roles.items() if k != key])
        return tier, group, roleless, spoken_for, -carried, -named, central

    chosen: list[list[Said]] = []
    for key in sorted(by_speaker, key=standing)[:MAX_SPEAKERS]:
        # The most carried first; a line too short to say much after a fuller one; quotations first.
        items = sorted(by_speaker[key], key=lambda s: (-len(s.sources), len(s.text.split()) < MIN_INDIRECT_WORDS,
                                                       not s.quote))
        # A further statement by one speaker earns its place only if several sources carry it: every
        # such one is a quotation the readers of those outlets have seen (up to ``MAX_REPEATED``), or the rest of one
        # whose shared sentence another shows (``Said.cut``).
        repeated = [s for s in items if len(s.sources) > 1 or s.cut]
        chosen.append(repeated[:MAX_REPEATED] or items[:1])
    # Each speaker's best statement, then each one's second, ...: a briefing shown cut to its first few reactions
    # (chat, text) shows as many speakers as it can; the speakers described, not named, after all of those.
    named = [c for c in chosen if not all(s.unnamed for s in c)]
    described = [c for c in chosen if all(s.unnamed for s in c)]
    return [s for group in (named, described) for round_ in itertools.zip_longest(*group) for s in round_
            if s is not None]


def to_reaction(s: Said, cast: Cast, verbatim: Verbatim) -> Reaction:
    """The reaction as shown; ``quote`` only if the words shown stand verbatim in a source."""
    role = cast.people[s.speaker.actor].role if s.speaker.actor is not None else None
    text = opening(_most_carried(s.text, s.sources, verbatim), len(s.sources)) if s.quote \
        else gist(s.text, s.speaker.label)
    quote = s.quote and verbatim(text.removesuffix("\u2026"), s.sources)
    return Reaction(speaker=s.speaker.label, role=role, text=text, quote=quote, sources=s.sources)


_ABBREVIATION_END = compiled_regex(r"(?:^|\s)(?:\p{Lu}\p{Ll}{0,2}|(?:\p{Lu}\.)+\p{Lu})\.$")
"""A part of a quotation ending on a title's or an initial's dot ("Dr.", "St.", "U.S."), where no sentence ends."""
_POINTS_BACK = frozenset({"but", "and", "so", "or", "yet", "nor", "then", "also", "they", "them", "it", "its", "this",
                          "these", "that", "those", "he", "she", "his", "her", "their", "such", "there"})
"""Words opening a sentence that leans on the one before ("But I will not ...", "They mostly help the rich")."""
SHARED_SENTENCE_WORDS = 4
"""The fewest words of a sentence several sources share that a quotation may open on instead of its own opening."""


def _most_carried(quote: str, sources: list[str], verbatim: Verbatim) -> str:
    """The quotation from its first sentence that several of ``sources`` print: where one source alone quotes more
    before the words the others share ("If the kennel club is right, ... Vets are not a conveyor belt." and "Vets
    are not a conveyor belt. We cannot ..."), the shown opening is the shared sentence, which the sources cited
    print."""
    if len(sources) < 2:
        return quote
    parts: list[str] = []
    for part in _SENTENCE.split(quote):
        if parts and _ABBREVIATION_END.search(parts[-1]):
            parts[-1] += " " + part  # "St. Jude's unit", "Dr. Moraw saved": no sentence ends at a title's dot
        else:
            parts.append(part)
    if len(parts) < 2:
        return quote

    def carried(part: str) -> int:
        # As written first (the text each source keeps for the verbatim test), its closing mark kept ("Look." is not
        # "Looking"): most openings are printed alike.
        exact = sum(verbatim(part, [source]) for source in sources)
        return exact if exact > 1 else verbatim.carriers(part, sources)

    if carried(parts[0]) > 1:
        return quote  # a sentence several sources print: a repeated quotation's own opening
    # A few words after a dot may be no sentence ("the U.N. Security Council"): the shared one is a clause at least,
    # and stands alone ("They mostly help the rich" needs the subsidies named before it).
    first = next((i for i in range(1, len(parts))
                  if len(parts[i].split()) >= SHARED_SENTENCE_WORDS and carried(parts[i]) > 1), 0)
    if first == 0 or parts[first].split()[0].casefold().strip("\"'\u2018\u2019\u201c\u201d") in _POINTS_BACK:
        return quote
    if verbatim.retold_by(parts[0], sources, parts[first]) > 1:
        return quote  # the outlets printing the shared words open on the same sentence, a word cut or changed
    return " ".join(parts[first:])


_ACTS = "|".join(sorted(SPEECH_VERBS | {"warned", "accused", "urged", "called", "rejected", "welcomed",
                                         "criticised", "criticized", "condemned", "threatened", "vowed"}))
_CLAUSE_CUT = compiled_regex(r",\s|\s(?=(?:so|and|but|which|because|while|including)\s)")
_SENTENCE = compiled_regex(QUOTATION_BOUNDARY_P)


def opening(quote: str, carried: int = 1) -> str:
    """The first sentences of a long quotation, enough to carry its point: a verbatim prefix, cut at a
    clause ("…") when even one sentence runs long. A quotation several sources repeat (``carried``)
    keeps more: it is the one readers will have seen."""
    least, most = (OPENING_WORDS, MAX_QUOTE_WORDS) if carried < 2 else (2 * OPENING_WORDS, 2 * MAX_QUOTE_WORDS)
    parts = _SENTENCE.split(quote)
    whole = len(quote.split()) <= most  # a quotation that fits is shown whole, not cut after its first sentences
    out: list[str] = []
    for part in parts:
        out.append(part)
        if not whole and len(" ".join(out).split()) >= least:
            break
    text = " ".join(out)
    words = text.split()
    if len(words) <= most:
        return text
    cuts = [(len(text[:m.start()].split()), m.start()) for m in _CLAUSE_CUT.finditer(text)]
    cuts = [c for c in cuts if least <= c[0] <= most + 8 and c[0] < len(words) - 3]
    if not cuts:
        return text
    within = [c for c in cuts if c[0] <= most]
    at = within[-1][1] if within else cuts[0][1]
    return text[:at].rstrip(" ,;") + "\u2026"


_AFTER_NAME = compiled_regex(rf"(?:\s+\S+){{0,3}}?\s+(?=(?:{_ACTS})\b)")
"""Up to three words, then a verb of saying or acting: what follows a speaker's name in "X on Tuesday
warned". Compiled once; only the name changes from speaker to speaker."""


_BOUNDARY = compiled_regex(r"\b")


def _acted_at(surname: str, text: str) -> int | None:
    """Where "<surname> (up to three words) <verb>" starts, the first such place in ``text``: the
    statement keeps its subject ("Reyes on Tuesday warned of ..."), never a bare verb. The surname is looked
    for as written, as a whole word (a word boundary, ``\\b``, at both ends): what a pattern of the escaped
    name between two ``\\b`` finds, without compiling a pattern for every speaker."""
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if _BOUNDARY.match(text, at) and _BOUNDARY.match(text, end) and _AFTER_NAME.match(text, end):
            return at
        at = text.find(surname, at + 1)
    return None


# A quotation closing on a comma right before the speaker (a title may stand between): '“The talks have
# stalled for good,” Reyes said'. Its words are what was said; fewer than four are a scare quote or a
# show's name ('Bemoaning the “phony system,” Reyes accused', 'On “Morning Desk,” Reyes said').
_QUOTED_BEFORE = compiled_regex(r"[“\"]([^“”\"]+),[”\"]\s+(?:[\w.'’\-]+\s+){0,3}$")
MIN_SAID_WORDS = 4


def _said_before(text: str, name: int) -> bool:
    """Whether the speaker's own words stand quoted just before the name at ``name``: cutting the gist at the
    name would leave only the frame ('Reyes said on Wednesday during a visit to the docks')."""
    quoted = _QUOTED_BEFORE.search(text, 0, name)
    return quoted is not None and len(quoted[1].split()) >= MIN_SAID_WORDS


_CLAUSE_VERB = r"(?:was|were|is|are|has|had|have|would|will|could|did)"
# The speaker's name (up to seven words: "the Fire Service and Civil Defence"), the verb and the day it was said
# ("said on Tuesday evening"), then a comma; or, after a whole clause of what was said, a few words of when, where or to
# whom it was said ("told reporters", "said in a statement").
_NAME_SAID = rf"\S+(?:\s+\S+){{0,6}}?\s+(?:{_ACTS})" \
    rf"(?:\s+(?:late\s+|early\s+)?on\s+\p{{Lu}}\p{{Ll}}+(?:\s+(?:morning|afternoon|evening|night))?)?,\s+"
_NAME_SAID_TO = rf"\S+(?:\s+\S+){{0,6}}?\s+(?:{_ACTS})(?:\s+[^\s,\"\u201c\u201d]+){{0,4}}?,\s+"
_ASIDE_END = compiled_regex(rf"[^,\"\u201c\u201d]{{0,120}},\s+{_CLAUSE_VERB}\b"
                            rf"|{_NAME_SAID}(?:\p{{Ll}}+ing|and|but|he|she|they|it|we|I)\b")
# After a whole clause of what was said, the sentence going on with a clause of its own: "..., killing 47 people,
# the agency said, as rescuers dug ...". After a lead-in ("On Tuesday, Ruiz said, while visiting the docks, that
# ..."), the same words stand between the name and what was said.
_TAIL_CLAUSE = compiled_regex(rf"{_NAME_SAID_TO}(?:as|while|when|after|before|because|since"
                              rf"|although|though|amid|during)\b")
_CLAUSE_WORDS = 5
"""Words at least before a speaker's name for them to be a clause of what was said ("The bridge will stay shut"), not
a lead-in ("On Tuesday", "After the vote"): a longer lead-in is told by the "that" after the name."""
_TITLE_WORDS = 4
"""Words at most between the comma and a speaker's name that are the article and title before it (", the council leader
Ana Ruiz said", ", Detective Sergeant Ray Colm said")."""


def _aside(text: str, name: int) -> bool:
    """The name at ``name`` and its verb stand between commas, set into the sentence: inside its clause, whose verb
    comes after them ("These employees, Reyes explained at the hearing, were well paid"), or after what was said,
    the sentence going on with a participle or a new clause ("Ruiz led the talks, Acme announced, adding ...", "...,
    the agency said, as rescuers dug through the rubble"). Cut at the name, the report would lose its subject or say
    nothing but the frame; "After the vote, Reyes called for a recount" and "At a news conference, Ruiz said,
    however, that ..." are cut."""
    before = text[:name].rstrip()
    head, comma, described = before.rpartition(",")
    if comma and len(described.split()) <= _TITLE_WORDS and all(w.islower() or role_word(w) for w in described.split()):
        before = head + comma  # ", the National Civil Protection Agency said, as ...", ", council leader Ana Ruiz said"
    return before.endswith(",") and (_ASIDE_END.match(text, name) is not None or (
        len(before.split()) >= _CLAUSE_WORDS and _TAIL_CLAUSE.match(text, name) is not None
        and _THAT_FOLLOWS.search(text, name) is None))


_THAT_FOLLOWS = compiled_regex(r",\s+that\b")
"""What was said comes after the name after all ("..., Ruiz said, as protesters jeered, that the port would reopen")."""



# A reported clause cut so that it opens on a verb ("was", "told the paper", "pledged") has lost its subject.
_FRAGMENT_START = compiled_regex(
    rf"^(?:{_CLAUSE_VERB}|(?:{_ACTS}))\b|^\p{{Ll}}+ed\b")


def gist(sentence: str, speaker: str = "") -> str:
    """What a reported sentence says, without "X, the minister, said that" around it; a sentence
    telling what the speaker did ("After the vote, X on Friday called for ...") starts at the verb."""
    text = GIST["lead-in"].apply(sentence)
    surname = speaker.split()[-1] if speaker and speaker[:1].isupper() else ""
    if surname and is_country(speaker):
        surname = speaker  # a country's last word is no family name: "South Korea" of "the Republic of Korea said"
    if text == sentence and surname:
        # The whole name where it stands so ("As reported, Iron Vale pledged" keeps "Iron"), else the last
        # word of it ("After the vote, Mayor Reyes on Friday called").
        acted = _acted_at(speaker, text)
        acted = _acted_at(surname, text) if acted is None else acted
        if acted is not None and len(text[acted:].split()) >= MIN_GIST_WORDS and not _said_before(text, acted) \
                and GIST["attribution-tail"].apply(", " + text[acted:]) != "." and not _aside(text, acted):
            # Not where the name and its verb close the sentence (", Reyes wrote in a blog post."): cut there, the
            # frame alone would be left.
            text = text[acted:]
    if _FRAGMENT_START.match(text):
        text = sentence  # "was a stone-throwing assault": a cut that left no subject says less than the sentence
    text = GIST["inverted-tail"].apply(GIST["attribution-tail"].apply(text))
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Attributed:
    """A quotation of one article as ``briefbot quotes`` lists it: the words, whose they are, and the
    speaker's role; ``verbatim`` when the words stand exactly in the article's text. A partial quote
    ("called the plan “a gamble”") is given as what the sentence carrying it reports, like Reactions."""

    text: str
    label: str | None
    role: str | None
    verbatim: bool


def attributed_quotes(article: Article) -> list[Attributed]:
    """Every quotation of one article in reading order, attributed as the summarizer attributes it."""
    paragraphs = paragraphs_of([article])
    cast = Cast([s for p in paragraphs for s in p.statements], [article.source])
    verbatim = Verbatim(paragraphs)
    out = []
    for q in Attribution(cast, paragraphs).quotes():
        label = q.speaker.label if q.speaker is not None else None
        actor = q.speaker.actor if q.speaker is not None else None
        # A partial quote's sentence loses its lead-in only where a speaker stands for it: the lead-in is the line's
        # only credit otherwise ("Lessby warned that it was time to “act”").
        text = (gist(q.sentence, label) if label else q.sentence) if q.partial else q.text
        out.append(Attributed(text, label or relaying_outlet(q.sentence, q.text),
                              cast.people[actor].role if actor is not None else None, verbatim(text, [q.source])))
    return out
