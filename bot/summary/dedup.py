"""Near-duplicate grouping: copies of one sentence or quote across sources become one group.

Cost stays near-linear: each text is only compared with texts that share one of its rarest words
(a blocking key); a key carried by too many texts is not rare and opens no comparisons. Two texts
merge when their folded wordings are close (punctuation, quotes, hyphens and contractions are
already folded away), or when the shorter one is almost wholly inside the longer (a dropped phrase, a
different lead-in) — and never when they assert different facts (a number, a negation).
"""

from __future__ import annotations

import string
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from bot.partition import Partition
from bot.rules.kept import compiled_regex
from bot.summary.normalization import STOPWORDS, Facts, facts_of, fold, may_hold_figures, spaced_words, words
from bot.summary.similarity import content_of, content_set
from bot.summary.vocabulary import CALENDAR, ORG_SUFFIXES, REPORTING_FRAME, SPEECH_VERBS

KEYS_PER_TEXT = 4
MAX_BLOCK = 64
CLOSE = 86.0
CONTAINED = 90.0
MIN_CONTAINED_WORDS = 5
SHARED = 0.6
GRAM = 4
MIN_RUN = 6
MIN_COVER = 0.5
QUOTED_RUN = 3
LONG_QUOTED_RUN = 5
MAX_PHRASE = 8
MIN_PHRASE_CONTENT = 2
TELLING_RUN = 3
PARAPHRASE_SHARE = 0.55
MIN_PARAPHRASE_WORDS = 3
MIN_REPORT_WORDS = 2
RARE_SHARE = 0.05
MIN_RARE = 3
SUBJECT_WORDS = 6
SAID_WORDS = 3
_FRAME = SPEECH_VERBS | REPORTING_FRAME | CALENDAR

# Words between quotation marks: curly or straight doubles (a quotation running on past the paragraph's end
# has no closing mark), or singles opening before a letter and closing after one ("'It's over,' he said"),
# an apostrophe inside a word ("doesn't") staying inside the quotation.
_QUOTATION = compiled_regex(
    r"\u201c([^\u201c\u201d]+)(?:\u201d|$)|\"([^\"]+)(?:\"|$)"
    r"|(?<![\p{L}\p{N}])[\u2018'](?=\p{L})((?:[^'\u2018\u2019\n]|(?<=\p{L})['\u2019](?=\p{L}))+?)['\u2019](?![\p{L}\p{N}])",
)
_ASCII_LETTERS = frozenset(string.ascii_letters)


@dataclass(frozen=True)
class Match:
    """Why two texts were merged, for ``--explain``."""

    a: int
    b: int
    reason: str


def candidate_pairs(vocab: Sequence[frozenset[str]], used: Counter[str] | None = None) -> set[tuple[int, int]]:
    """Pairs of texts sharing one of their rarest content words (each text's ``KEYS_PER_TEXT``), from each text's
    content words (``vocab``: ``content_set``, which the caller also reads). ``used``: the texts' document
    frequencies (``similarity.spread``), when the caller already counted them."""
    # Each text's keys are sorted by (df, word) below: a total order.
    df = Counter(chain.from_iterable(vocab)) if used is None else used
    # Each shared word's place in that order, ranked once for the story rather than once per text using it
    # (sorted by word, then stably by frequency: no key tuple made per word).
    rank = {w: k for k, w in enumerate(sorted(sorted(w for w, n in df.items() if 1 < n <= MAX_BLOCK),
                                              key=df.__getitem__))}
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(vocab):
        for w in sorted(rank.keys() & ws, key=rank.__getitem__)[:KEYS_PER_TEXT]:
            blocks[w].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():  # each block's members in increasing order: every pair is (i, j), i < j
        pairs.update(combinations(members, 2))
    return pairs


def _same_wording(a: str, b: str) -> str | None:
    """Why the folded wordings of ``a`` and ``b`` are one ("near-verbatim", "contained"), or None."""
    x, y = fold(a), fold(b)
    if fuzz.ratio(x, y, score_cutoff=CLOSE):
        return "near-verbatim"
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if len(short.split()) >= MIN_CONTAINED_WORDS and _may_contain(short, long_) \
            and fuzz.partial_ratio(short, long_, score_cutoff=CONTAINED):
        return "contained"
    return None


def _may_contain(short: str, long_: str) -> bool:
    """Whether ``fuzz.partial_ratio(short, long_)`` may reach ``CONTAINED``: one longest-common-subsequence count
    instead of the ratio of every window of ``long_`` (most pairs tried fall short). ``partial_ratio`` is the best
    ``fuzz.ratio`` of ``short`` and a stretch ``w`` of ``long_``, 200 * LCS(short, w) / (len(short) + len(w)); no
    stretch has a longer common subsequence with ``short`` than all of ``long_`` has (``lcs``), nor one longer than
    itself, so none scores above 200 * lcs / (len(short) + lcs). False only when that bound falls short of
    ``CONTAINED`` by more than any rounding."""
    lcs = LCSseq.similarity(short, long_)
    return 200 * lcs - CONTAINED * (len(short) + lcs) > -1.0


@dataclass(frozen=True)
class Pair:
    """Two texts left apart that share most of their content words: one thing told in other words, giving the same
    facts (``agree``: "The night before, the coach slipped on a wet floor" and "The coach had slipped on a wet floor
    the night before and ...", if they also ``share_a_telling_run``), or two tellings of it that disagree, in a figure
    or a negation ("Investigators believe the fire was started deliberately" and "There was no evidence that the fire
    had been started deliberately")."""

    a: int
    b: int
    agree: bool


def group_duplicates(texts: Sequence[str], used: Counter[str] | None = None
                     ) -> tuple[list[list[int]], list[Match], list[Pair]]:
    """Indices of ``texts`` grouped by statement (each group in input order), the merges made, and the pairs of
    texts sharing most of their words left apart (``Pair``); ``used`` as in ``candidate_pairs``."""
    groups = Partition(len(texts))
    # By root, for a group of several: the facts every member agrees with, so merges never chain 47 ~ 52. A text
    # alone is its own root and its facts are its own, read only for a pair sharing enough words (a third of the
    # texts): the test is a filter like the others, so passing it first leaves every merge as it was.
    merged: dict[int, Facts] = {}
    matches: list[Match] = []
    apart: list[Pair] = []
    # Enough content words in common to be one statement (``SHARED`` of the fewer): seven pairs in eight have too
    # few. The test reads only the two texts, so it is made of every pair before the pairs are sorted and their
    # groups looked up: a pair failing it was skipped before anything changed, and the others keep their order.
    # (Both sets hold the key that paired them.)
    vocab = [content_set(t) for t in texts]
    sharing = [(i, j) for i, j in candidate_pairs(vocab, used)
               if len(vocab[i] & vocab[j]) >= SHARED * min(len(vocab[i]), len(vocab[j]))]
    for i, j in sorted(sharing):
        ri, rj = groups.find(i), groups.find(j)
        if ri == rj:
            continue
        fi = merged[ri] if ri in merged else facts_of(texts[ri])
        fj = merged[rj] if rj in merged else facts_of(texts[rj])
        if not facts_of(texts[i]).compatible(facts_of(texts[j])):
            apart.append(Pair(i, j, agree=False))
            continue
        if not fi.compatible(fj):
            continue
        reason = _same_wording(texts[i], texts[j])
        if reason is not None:
            groups.union(i, j)
            merged[groups.find(i)] = Facts(fi.numbers | fj.numbers, fi.negated)
            matches.append(Match(i, j, reason))
        else:
            apart.append(Pair(i, j, agree=True))
    return groups.groups(), matches, apart


def share_a_telling_run(a: str, b: str) -> bool:
    """``a`` and ``b`` share ``TELLING_RUN`` words in a row, one of them a content word: their common words tell one
    thing ("slipped on a wet floor"), not a topic two facts share ("the bank", "customers", "the disruption" of an
    apology and of a refund)."""
    runs = set(spans_of(words(a), TELLING_RUN)).intersection(spans_of(words(b), TELLING_RUN))
    return any(w not in STOPWORDS for run in runs for w in run.split(" "))


def fullest(texts: Sequence[str]) -> int:
    """Index of the most complete wording: most words, then the most common form, then first."""
    if len(texts) == 1:
        return 0  # most groups: nothing to weigh, and no forms to count
    counts = Counter(fold(t) for t in texts)
    return max(range(len(texts)), key=lambda i: (len(fold(texts[i]).split()), counts[fold(texts[i])], -i))


def quotations(text: str) -> list[str]:
    """The quoted stretches of ``text``, in order."""
    # Every quotation _QUOTATION finds opens with one of these marks, or with an apostrophe after no letter or
    # digit: most paragraphs hold none, or only apostrophes inside words ("it's").
    if "\u201c" not in text and '"' not in text and "\u2018" not in text and not _may_open_quotation(text):
        return []
    return [next(g for g in m.groups() if g is not None) for m in _QUOTATION.finditer(text)]


def _may_open_quotation(text: str) -> bool:
    """Whether a straight apostrophe in ``text`` may open a quotation: one after a letter or a digit never does
    (``_QUOTATION``), and most follow an ASCII letter ("it's", "don't"), looked at one by one in place of a
    search of the whole text."""
    at = text.find("'")
    while at != -1:
        if at == 0 or text[at - 1] not in _ASCII_LETTERS:
            return True
        at = text.find("'", at + 1)
    return False


ASKED_CACHE = 1024
"""Texts whose grams and quotations are kept for ``Carriers.of``, ``grams_asked`` and ``grams_held``: the
story's candidate items. ``_one_per_statement`` indexes each by the grams it asks and holds, then asks it of the
carriers of the items sharing one; ``_without_repeats`` asks each of one ``Carriers`` holding them all."""


@lru_cache(maxsize=ASKED_CACHE)
def _asked(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word grams and the quotations of ``text``."""
    return tuple(grams_of(words(text))), tuple(quotations(text))


@lru_cache(maxsize=ASKED_CACHE)
def _quoted_runs(quoted: str) -> tuple[str, ...]:
    """The ``QUOTED_RUN``-word runs of ``quoted`` (``spans_of``): a statement's quotation is looked up in the
    ``Carriers`` of every kept statement it is compared with, and indexed by ``grams_asked`` and ``grams_held``."""
    return tuple(spans_of(words(quoted), QUOTED_RUN))


class Carriers:
    """Which sources carry a shown text, copied or cut: a briefing item cites every one of them.

    A source carries a text when one stretch of its words repeats at least ``MIN_RUN`` words of the text
    in order and at least ``MIN_COVER`` of all of them (a quote with its end cut, a wire sentence with
    one word changed, "U.S." for "US": words are folded first), and gives every figure of it (700,000 is
    not carried by a source that says 400,000). Compared as word ``GRAM``-grams, so the cost is linear in
    the words of the story.

    Quoted words are held to a looser measure, because they are the speaker's own: a source quoting
    ``LONG_QUOTED_RUN`` words of the text's quotation in a row, or a phrase (``QUOTED_RUN`` to
    ``MAX_PHRASE`` words, ``MIN_PHRASE_CONTENT`` of them content words) that one of the two quotes whole
    and the other quotes too (a "first and last" warning two outlets put in quotes, one adding "warning"), quotes
    the same words, whatever it says around them.
    """

    def __init__(self, texts: Sequence[tuple[str, str]], *, asked: bool = False) -> None:
        """``asked``: the texts are candidate items already asked about (``of``, ``grams_asked``, ``grams_held``),
        whose grams and quoted runs are kept (``_asked``, ``_quoted_runs``) rather than made again."""
        self._texts: dict[str, list[str]] = defaultdict(list)  # source -> its texts (``texts_of``, ``_figures_of``)
        self._figures: dict[str, set[str]] = {}
        self._phrases: dict[str, set[str]] = defaultdict(set)  # a short quotation, whole
        held: dict[str, set[str]] = defaultdict(set)  # source -> the grams it holds
        quoted: dict[str, set[str]] = defaultdict(set)  # source -> the QUOTED_RUN words it quotes, as grams
        for source, text in texts:
            self._texts[source].append(text)
            grams, quoting = _asked(text) if asked else (grams_of(words(text)), quotations(text))
            held[source].update(grams)
            for quotation in quoting:
                qs = words(quotation)
                if QUOTED_RUN <= len(qs) <= MAX_PHRASE and says_something(quotation):
                    self._phrases[" ".join(qs)].add(source)
                quoted[source].update(_quoted_runs(quotation) if asked else spans_of(qs, QUOTED_RUN))
        self._held = dict(held)
        self._quoted = dict(quoted)

    def of(self, text: str, *, quoted: bool = False) -> set[str]:
        """The sources carrying ``text`` (a quotation itself when ``quoted``, else the quotations in it)."""
        grams, quoting = _asked(text)
        found = set().union(*(self._quoting(q) for q in ([text] if quoted else quoting)))
        ws = words(text)
        if len(ws) < MIN_RUN:
            return found
        runs = _positions(grams, self._held)  # source -> item positions whose gram it holds
        need = max(MIN_RUN, MIN_COVER * len(ws))
        # A source holding too few of the grams cannot hold a run long enough: most share a phrase or two.
        long_runs = [source for source, at in runs.items() if len(at) + GRAM - 1 >= need
                     and _longest_run(at) + GRAM - 1 >= need]
        if not long_runs:  # most texts: no source to test for figures, so the text's are not read
            return found
        figures = {w for w in ws if w[:1].isdigit()} if may_hold_figures(text) else set()
        return found | {source for source in long_runs if not figures or figures <= self._figures_of(source)}

    def sources(self) -> list[str]:
        """The sources the texts came from."""
        return list(self._texts)

    def texts_of(self, source: str) -> list[str]:
        """The texts ``source`` was given with (an article's paragraphs)."""
        return self._texts.get(source, [])

    def _figures_of(self, source: str) -> set[str]:
        """The figures ``source`` gives: read only of a source carrying a long run of a text with figures."""
        found = self._figures.get(source)
        if found is None:
            found = self._figures[source] = {w for text in self._texts[source] if may_hold_figures(text)
                                             for w in words(text) if w[:1].isdigit()}
        return found

    def _quoting(self, quoted: str) -> set[str]:
        """Sources quoting ``LONG_QUOTED_RUN`` words of ``quoted`` in a row (all of it, when it is a short
        phrase), or a short quotation of theirs that stands whole in it."""
        ws = words(quoted)
        runs = _positions(_quoted_runs(quoted), self._quoted)
        # Five words in a row, or all of a short quotation (a phrase both quote, one of them a word longer).
        need = min(LONG_QUOTED_RUN, len(ws)) if len(ws) <= MAX_PHRASE and says_something(quoted) else LONG_QUOTED_RUN
        found = {source for source, at in runs.items()
                 if len(at) + QUOTED_RUN - 1 >= need and _longest_run(at) + QUOTED_RUN - 1 >= need}
        phrased: dict[int, set[str]] = {}  # position -> sources with a short quotation starting there
        for source, at in runs.items():
            if source in found:
                continue
            for i in at:
                if i not in phrased:
                    phrased[i] = set().union(*(self._phrases.get(" ".join(ws[i:i + n]), ())
                                               for n in range(QUOTED_RUN, MAX_PHRASE + 1)))
                if source in phrased[i]:
                    found.add(source)
                    break
        return found


def _positions(grams: Sequence[str], held: dict[str, set[str]]) -> dict[str, list[int]]:
    """Source -> the positions of ``grams`` whose gram it holds, in increasing order, for each source holding one.
    Asked of each source's own set (a test in C for the many holding none of a text's few grams), not of an
    index of every gram of the story: most grams of a story are never asked about, and hashing each into one
    more table cost more than all the look-ups ever made."""
    runs: dict[str, list[int]] = {}
    for source, mine in held.items():
        if not mine.isdisjoint(grams):
            runs[source] = [i for i, gram in enumerate(grams) if gram in mine]
    return runs


def grams_held(text: str) -> set[str]:
    """The word grams (``GRAM`` long, and ``QUOTED_RUN`` long inside quotes) ``Carriers`` holds of ``text``."""
    grams, quoting = _asked(text)
    return {*grams, *(gram for q in quoting for gram in _quoted_runs(q))}


def grams_asked(text: str, *, quoted: bool = False) -> set[str]:
    """The grams ``Carriers.of(text)`` looks up: it finds no source holding none of them."""
    grams, quoting = _asked(text)
    asks: set[str] = set(grams)
    for q in [text] if quoted else quoting:
        asks.update(_quoted_runs(q))
    return asks


class Postings:
    """Keys (word grams, runs) -> the numbers (texts, slots) filed under them, in the order filed. Most keys of a
    story are one text's own: they map to it, filed in one dict update per text rather than one step per key,
    and only a key several texts hold gets the list of them (a list per key cost more to make than the rest of
    an index)."""

    def __init__(self) -> None:
        self._one: dict[str, int] = {}  # key -> the last number filed under it (the only one, unless in _many)
        self._many: dict[str, list[int]] = {}  # key -> every number filed under it, if several

    def add(self, keys: Iterable[str], number: int) -> None:
        """File ``number`` under each of ``keys`` (a key given twice is filed once). The keys are one dict that
        overwrites the index's own: a key filed before keeps its numbers in ``_many``
        (the last one filed, met here, is the only earlier one until it has a list), so no set of the keys not
        yet filed is made to spare their first numbers."""
        one, many = self._one, self._many
        mine = dict.fromkeys(keys, number)
        for key in one.keys() & mine.keys():  # keys already filed: few, so looked at one by one
            filed = many.get(key)
            if filed is None:
                if one[key] != number:
                    many[key] = [one[key], number]
            elif filed[-1] != number:
                filed.append(number)
        one.update(mine)

    def of(self, key: str) -> Sequence[int]:
        """The numbers filed under ``key``."""
        filed = self._many.get(key)
        if filed is not None:
            return filed
        number = self._one.get(key)
        return () if number is None else (number,)

    def under(self, keys: set[str]) -> set[int]:
        """The numbers filed under any of ``keys``."""
        found = {self._one[key] for key in self._one.keys() & keys}
        for key in self._many.keys() & keys:
            found.update(self._many[key])
        return found


class Paraphrases:
    """Which sentences of the story tell a text in other words than its own.

    Outlets retell one fact in their own words, keeping only a short stretch of the wording ("a depot stocked
    by the Harbor Guild" and "a supply depot on the quay stocked by the Harbor Guild"; "said it would appeal
    the ruling" and "said its lawyers would appeal the verdict"), too short for ``Carriers``. A sentence
    tells a text when they share a *telling run*: ``TELLING_RUN`` words in a row holding a lower-case word of
    the text that is neither a stopword nor the frame of reported speech ("said", "statement", "Monday"),
    and either a word rare in the story (used by at most ``RARE_SHARE`` of its sentences, or ``MIN_RARE``:
    the act reported, "appeal", not the topic, "ruling") or a run at most half the sources hold (not the
    story's refrain, "the rocket lifted off"); the sentence gives every figure of the text and the same
    negation; and besides

    - they share ``MIN_PARAPHRASE_WORDS`` content words or more, at least ``PARAPHRASE_SHARE`` of the
      shorter's: one sentence in other words; or
    - the sentence reports the words of the speaker of the text (``named_in``), the run holds a word rare in
      the story, and they share ``MIN_REPORT_WORDS`` content words besides the speaker's name: one
      speaker's statement as two outlets reported it.

    A run is looked for only among the sentences using its content word that the fewest sentences use (a
    sentence holding the run uses each of its words), and a run more than ``MAX_BLOCK`` sentences hold opens no
    comparison. The story's sentences are indexed by their content words, which ``spread`` read already:
    indexing every word trigram of the story cost more than all the runs ever asked of it.
    """

    def __init__(self, sentences: Sequence[tuple[str, str]]) -> None:
        self._sentences = list(sentences)
        # Each sentence's words between spaces, words holding none: a run (or a word) is in the sentence where
        # it stands in this string between two spaces.
        self._spaced = [spaced_words(text) for _, text in self._sentences]
        self._using: dict[str, list[int]] = defaultdict(list)  # content word -> the sentences using it, in order
        for i, (_, text) in enumerate(self._sentences):
            for word in content_set(text):
                self._using[word].append(i)
        self._rare = max(MIN_RARE, RARE_SHARE * len(self._sentences))
        self._held: dict[str, list[int]] = {}  # run -> the sentences holding it, found when first asked
        self._holders: dict[str, int] = {}  # run -> sources holding it, counted when first asked
        self._rarity: dict[str, bool] = {}  # word -> whether it is rare in the story, counted when first asked
        self._sources = len({source for source, _ in self._sentences})

    def _holding(self, run: str) -> list[int]:
        """The sentences holding ``run``, in order: those, among the sentences using the run's least used content
        word, in whose words it stands."""
        found = self._held.get(run)
        if found is None:
            among: Sequence[int] = min((self._using.get(word, ()) for word in content_of(run.split(" "))),
                                       key=len, default=range(len(self._sentences)))
            spaced = f" {run} "
            found = self._held[run] = [i for i in among if spaced in self._spaced[i]]
        return found

    def _is_rare(self, word: str) -> bool:
        """Whether at most ``_rare`` of the story's sentences use ``word``, a content word: at once when few enough
        use its content form (``content_of``: "appeals" is "appeal"), else those holding it (``_holding``)."""
        rare = self._rarity.get(word)
        if rare is None:
            (form,) = content_of((word,))
            rare = self._rarity[word] = len(self._using.get(form, ())) <= self._rare \
                or len(self._holding(word)) <= self._rare
        return rare

    def _sources_holding(self, run: str) -> int:
        """How many sources hold ``run``: asked of few of the story's runs, so counted on demand."""
        found = self._holders.get(run)
        if found is None:
            found = self._holders[run] = len({self._sentences[i][0] for i in self._holding(run)})
        return found

    def telling_runs(self, text: str, speaker: str = "") -> dict[str, bool]:
        """The telling runs of ``text`` (see the class), each with whether it holds a word rare in the story."""
        told = _told(text) - content_set(speaker)
        out: dict[str, bool] = {}
        ws = words(text)
        for run, run_words in zip(spans_of(ws, TELLING_RUN), runs_of(ws, TELLING_RUN), strict=True):
            said = told.intersection(run_words)
            rare = any(self._is_rare(w) for w in said)
            if said and (rare or 2 * self._sources_holding(run) <= self._sources):
                out[run] = out.get(run, False) or rare
        return out

    def of(self, text: str, speaker: str = "") -> set[str]:
        """The sources with a sentence telling ``text`` (the words of ``speaker``, when given) in other words."""
        candidates: dict[int, bool] = {}
        for run, rare in self.telling_runs(text, speaker).items():
            holders = self._holding(run)
            if len(holders) <= MAX_BLOCK:  # a run that many sentences hold is a phrase of the story, no key
                for i in holders:
                    candidates[i] = candidates.get(i, False) or rare
        facts = facts_of(text)
        found: set[str] = set()
        for i, rare in candidates.items():
            source, other = self._sentences[i]
            theirs = facts_of(other)
            # The source must give every figure of the text (the firefighters' count is not told by "avoid
            # the area"), the same negation, and for a report no figure the text lacks either.
            if source in found or facts.negated != theirs.negated or not facts.numbers <= theirs.numbers:
                continue
            if one_sentence(text, other) or (rare and named_in(speaker, other) and one_report(text, other, speaker)):
                found.add(source)
        return found


def _told(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` that say something: no stopword, no frame of reported speech."""
    return frozenset(w for t in text.split() if t[:1].islower() for w in words(t)
                     if w not in STOPWORDS and w not in _FRAME and len(w) > 1)


def _content(text: str) -> frozenset[str]:
    return content_set(text) - _FRAME


def one_sentence(a: str, b: str) -> bool:
    """``a`` and ``b`` share most of their content words and the same facts (see ``Paraphrases``)."""
    x, y = _content(a), _content(b)
    shared = len(x & y)
    return shared >= MIN_PARAPHRASE_WORDS and shared >= PARAPHRASE_SHARE * min(len(x), len(y)) \
        and facts_of(a).compatible(facts_of(b))


def named_in(speaker: str, text: str) -> bool:
    """``text`` is a report of ``speaker``'s words: every capitalised word of the name other than "Inc" or
    "Police" stands among its first ``SUBJECT_WORDS`` words or its last ``SAID_WORDS`` ("Acme responded
    that ...", "..., Acme said"), where the one whose words are reported is named; a name met further in
    ("after the Acme newspaper reported that ...") is another's report."""
    name = {w for t in speaker.split() if t[:1].isupper() for w in words(t)} - ORG_SUFFIXES
    ws = words(text)
    return bool(name) and (name <= set(ws[:SUBJECT_WORDS]) or name <= set(ws[-SAID_WORDS:]))


def one_report(a: str, b: str, speaker: str) -> bool:
    """Two reports of ``speaker``'s words sharing ``MIN_REPORT_WORDS`` content words besides the name, with
    the very same figures and negation: one report giving a figure the other lacks ("threatened to fire four
    missiles") tells another statement (the telling run is checked by the caller)."""
    shared = (_content(a) & _content(b)) - content_set(speaker)
    return len(shared) >= MIN_REPORT_WORDS and facts_of(a) == facts_of(b)


def shared_runs(a: str, b: str, run: int) -> list[tuple[str, ...]]:
    """The stretches of at least ``run`` words (``run`` at least ``GRAM``) that ``a`` and ``b`` both hold, in
    ``a``'s order, each as long as it goes."""
    wa, theirs = words(a), set(grams_of(words(b)))
    out: list[tuple[str, ...]] = []
    start = None
    for i, gram in enumerate([*grams_of(wa), None]):
        if gram is not None and gram in theirs:
            start = i if start is None else start
        elif start is not None:
            if i - start + GRAM - 1 >= run:
                out.append(wa[start:i + GRAM - 1])
            start = None
    return out


def says_something(phrase: str) -> bool:
    """A phrase, not a name or a run of small words: ``MIN_PHRASE_CONTENT`` content words, a small word,
    and a content word in lower case after the first ("first and last", not "the United Nations")."""
    ws = words(phrase)
    content = [w for w in ws if w not in STOPWORDS and len(w) > 1]
    lower = any(t[:1].islower() and fold(t) not in STOPWORDS for t in phrase.split()[1:])
    return len(content) >= MIN_PHRASE_CONTENT and len(content) < len(ws) and lower


def grams_of(ws: Sequence[str]) -> list[str]:
    """The word ``GRAM``-grams of ``ws``, in order, each one string (``spans_of``)."""
    return spans_of(ws, GRAM)


def spans_of(ws: Sequence[str], n: int) -> list[str]:
    """The runs of ``n`` words of ``ws``, in order, each joined by spaces (no word holds one, so two runs are
    equal as strings when they are as words). A string keeps its hash for the many look-ups of a gram and is
    no object for the garbage collector to walk: tuples were millions of them on a big feed, and the
    collections they set off cost more the more articles the run holds. (``zip`` reuses its tuple.)"""
    shifted: Iterator[tuple[str, ...]]
    # The shifted copies are spelt out for the runs asked most (grams, quoted and telling runs): on a sentence's
    # few words, building them with a generator cost more than the joins.
    if n == 4:
        shifted = zip(ws, ws[1:], ws[2:], ws[3:], strict=False)
    elif n == 3:
        shifted = zip(ws, ws[1:], ws[2:], strict=False)
    else:
        shifted = zip(*[ws[k:] for k in range(n)], strict=False)
    return list(map(" ".join, shifted))


def runs_of(ws: Sequence[str], n: int) -> list[tuple[str, ...]]:
    """The runs of ``n`` words of ``ws``, in order."""
    return list(zip(*(ws[k:] for k in range(n)), strict=False))


def _longest_run(positions: list[int]) -> int:
    """The longest stretch of consecutive positions (given in increasing order)."""
    best = run = 0
    last = -2
    for p in positions:
        run = run + 1 if p == last + 1 else 1
        if run > best:  # a comparison, not a call of max: this runs for every position of every source
            best = run
        last = p
    return best
