"""One story's articles in, one ``Story`` out: who, what, restrictions, reactions, conflicts.

Order matters: quotations are attributed first (a quote belongs to Reactions, never also to What),
then the core event, rules, reported speech and further facts take what is left, so no statement
appears in two sections. A last pass drops any item that repeats another.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import chain

from rapidfuzz import fuzz

from bot.explain import Explanation
from bot.model import Article, Item, Reaction, Story
from bot.partition import Partition
from bot.rules.fragments import QUOTATION_BOUNDARY_P
from bot.rules.kept import compiled_regex
from bot.stories.profile import publication_day
from bot.summary.actors import Cast
from bot.summary.conflicts import (
    age_conflicts,
    chance_conflicts,
    day_conflicts,
    distinct_conflicts,
    name_conflicts,
    place_conflicts,
    quantity_conflicts,
    span_conflicts,
    stage_conflicts,
    term_conflicts,
    time_conflicts,
    unnamed_age_conflicts,
    vote_conflicts,
)
from bot.summary.dedup import (
    CLOSE,
    MAX_BLOCK,
    Carriers,
    Paraphrases,
    Postings,
    grams_asked,
    grams_held,
    group_duplicates,
    named_in,
    one_report,
    share_a_telling_run,
    shared_runs,
)
from bot.summary.events import Event, core_event, further_events
from bot.summary.normalization import STOPWORDS, facts_of, spaced_words, words
from bot.summary.quotes import Attribution, Verbatim
from bot.summary.reactions import (
    Said,
    partial_statements,
    quoted_statements,
    reported_statements,
    select,
    to_reaction,
    unnamed_statements,
    voices_of,
)
from bot.summary.restrictions import MAX_RESTRICTIONS, Rule, about_a_measure, restrictions_of, rule_ids
from bot.summary.similarity import Weights, content_of, content_set, overlap, spread
from bot.summary.statements import Statement, is_prose, paragraphs_of
from bot.summary.vocabulary import REPORTING_FRAME, SPEECH_VERBS
from bot.text.sentences import quotations_paired, split_sentences

REDUNDANT = 90.0
SAME_REPORT_RUN = 5
MIN_REPORT_WORDS = 2
HEADLINE_WORDS = 4


def story_id(articles: list[Article]) -> str:
    """Stable for the same set of sources: a hash of where they came from."""
    keys = sorted(a.source.url or a.source.path or a.source.title for a in articles)
    return hashlib.sha1("\n".join(keys).encode()).hexdigest()[:12]


def _source_order(articles: list[Article]) -> Callable[[set[str]], list[str]]:
    rank = {a.source.id: i for i, a in enumerate(articles)}
    return lambda ids: sorted(ids, key=lambda s: rank.get(s, len(rank)))


def _headline(articles: list[Article], core: str | None) -> str:
    """The title closest to the core event: the one that best says what the story is."""
    titles = [a.source.title for a in articles if a.source.title and len(a.source.title.split()) >= HEADLINE_WORDS]
    if not titles:
        return articles[0].source.title
    if core is None:
        return titles[0]
    # Closest to the core event, and made of words the other titles use (a centroid: linear in titles);
    # a headline that opens with a quotation introduces a feature, not the news.
    used = spread(titles)

    def fit(t: str) -> float:
        ws = content_set(t)
        shared = sum(used[w] - 1 for w in ws) / (len(titles) * max(len(ws), 1))
        return overlap(t, core) + shared - 0.5 * t.lstrip().startswith(("\u2018", "\u201c", "'", '"'))

    return max(titles, key=fit)


def _topic(articles: list[Article]) -> frozenset[str]:
    """The content words at least two headlines use (all of one headline's when there is only one), and
    those at least half the articles (two or more) use: the story's own vocabulary, which a headline may
    not name ("offshore" in a story about leaked files). Titles too short to be headlines (a file name,
    "Story 1") say nothing."""
    titles = [a.source.title for a in articles if a.source.title and len(a.source.title.split()) >= HEADLINE_WORDS]
    in_titles = spread(titles)
    shared = frozenset(w for w, n in in_titles.items() if n >= 2) or frozenset(in_titles)
    # An article's content words are those of its distinct words: each is looked at once, not once per use.
    used = Counter(chain.from_iterable(content_of(set().union(*map(words, a.paragraphs))) for a in articles))
    least = max(2, len(articles) / 2)
    return shared | frozenset(w for w, n in used.items() if n >= least)


def _sorted_words(text: str) -> str:
    return " ".join(sorted(set(words(text))))


def summarize(articles: list[Article], explanation: Explanation | None = None) -> Story:
    """The briefing of one story: every statement used once, every item citing all its carriers."""
    order = _source_order(articles)
    sid = story_id(articles)
    paragraphs = paragraphs_of(articles)
    statements: list[Statement] = [s for p in paragraphs for s in p.statements]
    by_key = {s.key: s for s in statements}
    cast = Cast(statements, [a.source for a in articles])

    attribution = Attribution(cast, paragraphs)
    quotes = attribution.quotes()
    verbatim = Verbatim(paragraphs)
    said = quoted_statements(quotes, verbatim, cast, order)
    partial = partial_statements(quotes, said, by_key, order)
    said += partial
    in_quotations = {k for q in quotes if not q.partial for k in q.statements}
    taken = in_quotations | {k for s in said for k in s.statements}
    # A sentence quoting a word or two ('a "significant" fee if regulators block the deal') may state a
    # condition: restrictions may take it from reported speech, also where another source prints the whole
    # quotation it quotes from (the reporter's sentence is folded into that quotation's reaction).
    quoted_in_part = {k for q in quotes if q.partial for k in q.statements} - in_quotations

    core = core_event(statements, taken, {a.source.id: a.source.title for a in articles}, order,
                      {a.source.id: publication_day(a.source.published) for a in articles})
    if core is not None:
        taken |= core.statements

    texts = [s.text for s in statements]
    used = spread(texts)  # the statements' document frequencies: grouping, word weights and conflicts read them
    weights = Weights(texts, used)
    groups_idx, _, apart = group_duplicates(texts, used)
    groups = [[statements[i] for i in g] for g in groups_idx]
    core_text = core.text if core else ""
    rules: list[Rule] = []
    weaker_rules: list[Rule] = []
    measure = about_a_measure(core_text, [a.source.title for a in articles])
    rules, weaker_rules = restrictions_of(groups, taken - quoted_in_part, core_text, weights, order,
                                          scope_only=not measure, topic=lambda: _topic(articles))
    for r in rules:
        taken |= r.statements
    # Where each speaker is reported saying something, whatever section shows it: a ranking of speakers by
    # how many sources report them counts a denial shown as a limit of the story too.
    voiced = list(said)
    in_rules = {k for r in rules for k in r.statements}
    said = [s for s in said if not (s.statements & in_rules)]

    said += reported_statements(cast, statements, taken, order)
    said += unnamed_statements(attribution, statements, taken | {k for s in said for k in s.statements}, order)
    # Every source carrying a statement's words counts for it, copies cut or retouched included, so a
    # quote several outlets repeat is preferred over one outlet's line and cites them all.
    carriers = Carriers([(a.source.id, p) for a in articles for p in a.paragraphs])
    for s in said:
        s.sources = order(set(s.sources) | _carrying(s, carriers))
    said = _one_per_statement(said, order)
    paraphrases = Paraphrases([(s.source, s.text) for s in statements])
    said = _one_per_report(said, paraphrases, order)
    said = _one_per_quotation(said, order)
    said = _without_shared_sentences(said, carriers, order)
    voices = voices_of([*voiced, *said])
    # No further fact is someone's words (a reaction's), a limit the restrictions left out, or what another source
    # tells otherwise (a figure, a negation). A report by someone described, not named, may be one: "The fire service
    # says nine bodies have been recovered" is the story's fact as other outlets tell it.
    not_facts = {k for s in (*voiced, *said) if not s.unnamed for k in s.statements} \
        | {k for r in weaker_rules for k in r.statements}
    retellings: dict[int, list[Statement]] = defaultdict(list)  # a statement's key -> other sources' retellings
    for pair in apart:
        x, y = statements[pair.a], statements[pair.b]
        if x.source != y.source:
            if pair.agree:
                retellings[x.key].append(y)
                retellings[y.key].append(x)
            else:
                not_facts |= {x.key, y.key}

    def retold(st: Statement) -> list[Statement]:
        """The sentences of other sources telling ``st`` in other words, if it and they may be a fact: asked of the few
        sentences reached (``further_events``), so the run they share is looked for here."""
        if st.key in not_facts or st.key not in retellings:
            return []
        tellings = [o for o in retellings[st.key] if share_a_telling_run(st.text, o.text)]
        return [] if any(o.key in not_facts for o in tellings) else tellings

    # The leads agreeing with the core event's tell it again: none is a further fact told in other words.
    agreeing = {(m[0], m[1]) for m in core.members} if core is not None else set()
    core_leads = frozenset(s.key for s in statements if (s.source, s.text) in agreeing)
    taken_before_said = taken
    repeated_said: list[tuple[Said, Reaction]] = []  # reactions left out as repeats, with their statements
    while True:
        # A reaction repeating the lead, a rule, a further fact or an earlier reaction is left out and the choice
        # made again, so the speaker's next statement (or the next speaker) takes its place instead of the
        # briefing showing one reaction fewer. Most stories have none: one pass.
        chosen_said = select(said, cast, by_key, voices)
        # Someone described, not named, reporting a fact several sources carry ("The fire service says nine bodies
        # have been recovered"): the fact is shown, not the report of it.
        taken = taken_before_said | {k for s in chosen_said if not s.unnamed for k in s.statements}
        what: list[Item] = []
        extras = []
        if core is not None:
            what.append(Item(core.text, core.sources))
            extras = further_events(groups, taken, [core.text, *(r.text for r in rules)], order, retold, core_leads,
                                    not_facts)
            what += [Item(e.text, e.sources) for e in extras]
        restrictions = [Item(r.text, r.sources) for r in rules]
        reactions = [to_reaction(s, cast, verbatim) for s in chosen_said]
        fresh = _without_repeats(what, restrictions, reactions)
        kept = {id(r) for r in fresh[2]}
        if len(kept) == len(reactions):
            break
        repeated_said += [(s, r) for s, r in zip(chosen_said, reactions, strict=True) if id(r) not in kept]
        gone = {id(s) for s, _ in repeated_said}
        said = [s for s in said if id(s) not in gone]
    # A reaction showing its statement's words as they were, quoted as they were, cites all their carriers
    # already: every statement said was given them above, and its sources only grew since.
    as_said = {id(r) for r, s in zip(reactions, chosen_said, strict=True) if r.text == s.text and r.quote == s.quote}
    shown = {t for t in (*(i.text for i in what), *(r.text for r in rules), *(s.text for s in chosen_said))}
    conflicts = quantity_conflicts(statements, order, shown, cast, core.text if core is not None else None) \
        + place_conflicts(statements, order, shown, used) + stage_conflicts(statements, order, shown, used) \
        + chance_conflicts(statements, order, shown) + vote_conflicts(statements, order, shown) \
        + term_conflicts(statements, order, shown) + day_conflicts(statements, order, shown, used) \
        + span_conflicts(statements, order, shown, used) + time_conflicts(statements, order, shown) \
        + age_conflicts(cast, statements, order, shown) \
        + unnamed_age_conflicts(statements, order, shown) \
        + name_conflicts(cast, order)
    conflicts = distinct_conflicts(conflicts)

    what, restrictions, reactions, repeats = fresh
    repeats = [("reactions", r.text, r.sources) for _, r in repeated_said] + repeats
    cited: list[Item | Reaction] = [*what, *restrictions, *reactions]
    for shown_item in cited:
        quoted = isinstance(shown_item, Reaction) and shown_item.quote
        # A quotation is cited by the sources printing its words; a sentence also by those telling it otherwise.
        speaker = shown_item.speaker if isinstance(shown_item, Reaction) else ""
        told = set() if quoted else paraphrases.of(shown_item.text, speaker)
        carried = set() if id(shown_item) in as_said else carriers.of(shown_item.text, quoted=quoted)
        shown_item.sources = order(set(shown_item.sources) | carried | told)
    if explanation is not None:
        _explain(explanation, sid, core, extras, rules, chosen_said, said, articles)
        for item in weaker_rules:
            explanation.leave_out("restrictions", item.text, item.sources,
                                  f"rule language ({', '.join(sorted(item.families))}) but it repeats a rule "
                                  f"shown, or {MAX_RESTRICTIONS} rules carried more widely, more rule-like or "
                                  "less repetitive came first",
                                  story=sid)
        for section, text, sources in repeats:
            explanation.leave_out(section, text, sources, "repeats an item already in the briefing", story=sid)
        for i in cast.listed():
            person = cast.people[i]
            explanation.actor(person.name, {k: order(v) for k, v in person.spelling_sources.items()},
                              person.evidence(), story=sid)
    # A sentence taken out of a quotation several sentences long leaves it open, or closes it unopened: shown alone,
    # it is paired. A quotation's own words stay as they stand (``Reaction.quote``); the renderers pair them.
    for shown_item in cited:
        if not (isinstance(shown_item, Reaction) and shown_item.quote):
            shown_item.text = quotations_paired(shown_item.text)
    return Story(
        id=sid,
        headline=_headline(articles, core.text if core else None),
        sources=[a.source.id for a in articles],
        who=cast.actors(s.speaker.actor for s in chosen_said if s.speaker.actor is not None),
        what=what,
        restrictions=restrictions,
        reactions=reactions,
        conflicts=conflicts,
    )


def _one_per_statement(said: list[Said], order: Callable[[set[str]], list[str]]) -> list[Said]:
    """One of two statements when one carries the other's words (a quote split into two copies, a
    sentence quoting part of a quotation): the fuller, else the one carried more widely, a quotation before
    a reporter's sentence, someone named before someone described, with the other's sources joined to it."""
    kept: list[Said] = []
    # Each statement has a ``Carriers`` of its own, made when it is first compared (one holding all of them
    # would answer for every statement sharing a common phrase, which costs more in a big story).
    carriers: dict[int, Carriers] = {}

    def carrier(s: Said) -> Carriers:
        if id(s) not in carriers:
            carriers[id(s)] = Carriers([("", s.text)], asked=True)
        return carriers[id(s)]

    # Only texts sharing a word gram (or a quoted one) can carry each other: each statement asks the kept
    # ones indexed under its grams, in kept order, not every kept one (all pairs grew with the square).
    asking = Postings()  # a gram a kept text looks up -> its slots
    holding = Postings()  # a gram a kept text holds -> its slots
    for s in sorted(said, key=lambda s: (-len(s.sources), not s.quote, s.unnamed, -len(s.text))):
        asks = grams_asked(s.text, quoted=s.quote)
        holds = grams_held(s.text) if s.quote else asks  # not a quotation itself: it asks for what it holds
        near = sorted(holding.under(asks) | asking.under(holds))
        slot = next((k for k in near if carrier(kept[k]).of(s.text, quoted=s.quote)
                     or carrier(s).of(kept[k].text, quoted=kept[k].quote)
                     or _same_report(s, kept[k])), None)
        if slot is None:
            slot = len(kept)
            kept.append(s)
        else:
            home = kept[slot]
            # Nor does someone described stand in for someone named saying the same.
            if not ((s.quote or not home.quote) and len(s.text) > len(home.text) and (home.unnamed or not s.unnamed)
                    and carrier(s).of(home.text, quoted=home.quote)):
                home.sources = order(set(home.sources) | set(s.sources))
                continue
            # The other holds the kept one's words and more (the full quotation a sentence quoted part of):
            # it is shown instead, citing both; a reporter's sentence never stands in for the quotation.
            s.sources = order(set(home.sources) | set(s.sources))
            kept[slot] = s
        asking.add(asks, slot)
        holding.add(holds, slot)
    chosen = {id(s) for s in kept}
    return [s for s in said if id(s) in chosen]


def _one_per_report(said: list[Said], paraphrases: Paraphrases, order: Callable[[set[str]], list[str]]) -> list[Said]:
    """One of a speaker's reported statements that outlets tell in other words ("Acme said it would appeal
    the ruling", "Acme said its lawyers would appeal the verdict": ``Paraphrases``): the more widely carried, then
    the longer, citing all. Only reports of one speaker sharing a telling run with a rare word are compared."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(said):
        # Only a sentence naming its speaker where a report does (``named_in``): one given the speaker by a
        # pronoun or a name further in may be another's words.
        if not s.quote and named_in(s.speaker.label, s.text):
            for run, rare in paraphrases.telling_runs(s.text, s.speaker.label).items():
                if rare:
                    blocks[(s.speaker.key, run)].append(i)
    groups = Partition(len(said))
    for members in blocks.values():
        for x, i in enumerate(members[:MAX_BLOCK]):
            for j in members[x + 1:MAX_BLOCK]:
                if groups.find(i) != groups.find(j) and one_report(said[i].text, said[j].text, said[i].speaker.label):
                    groups.union(i, j)
    return _one_per_group(said, groups, order)


QUOTED_ALIKE = 0.7
QUOTED_ALIKE_WORDS = 5


def _one_per_quotation(said: list[Said], order: Callable[[set[str]], list[str]]) -> list[Said]:
    """One of a speaker's quotations that outlets print in other words, as two translations of one remark ("The entire
    mainland of the US is within the range of our nuclear weapons and the nuclear button is always on the desk of my
    office", "The entire United States is within range of our nuclear weapons, and a nuclear button is always on my
    desk"): where ``QUOTED_ALIKE`` of the shorter's content words, and ``QUOTED_ALIKE_WORDS`` at least, are the other's,
    and their facts agree (``Facts.compatible``: both deny or neither does, and one's figures are the other's). Two
    remarks of one speaker sharing a topic share far fewer ("We will appeal", "The ruling is a disgrace"); two framed
    alike say two things ("We will close the Harwick plant, and the jobs of the 900 workers will go", "We will not close
    the Lessby plant, and the jobs of the 1,200 workers will not go")."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(said):
        if s.quote and s.speaker.key:
            by_speaker[s.speaker.key].append(i)
    groups = Partition(len(said))
    for members in by_speaker.values():
        for x, i in enumerate(members[:MAX_BLOCK]):
            mine = content_set(said[i].text)
            for j in members[x + 1:MAX_BLOCK]:
                shared = len(mine & (theirs := content_set(said[j].text)))
                if shared >= QUOTED_ALIKE_WORDS and shared >= QUOTED_ALIKE * min(len(mine), len(theirs)) \
                        and facts_of(said[i].text).compatible(facts_of(said[j].text)):
                    groups.union(i, j)
    return _one_per_group(said, groups, order)


def _one_per_group(said: list[Said], groups: Partition, order: Callable[[set[str]], list[str]]) -> list[Said]:
    """``said`` with each group of statements of one report in its more widely carried, then longer, member, which
    cites them all."""
    dropped: set[int] = set()
    for members in groups.groups():
        if len(members) < 2:
            continue
        home = said[max(members, key=lambda i: (len(said[i].sources), len(said[i].text), -i))]
        for i in members:
            other = said[i]
            if other is not home:
                home.sources = order(set(home.sources) | set(other.sources))
                home.statements |= other.statements
                home.members = [*home.members, *other.members]
                dropped.add(i)
    return [s for i, s in enumerate(said) if i not in dropped]


def _carrying(s: Said, carriers: Carriers) -> set[str]:
    """The sources carrying ``s``'s words: the whole statement, or for a quotation of several sentences, any sentence of
    it long enough to be shared (``SHARED_SENTENCE_WORDS``) printed whole as the speaker's, in a paragraph of the source
    (``Carriers.texts_of``) naming them: their own quotation or reported speech ('Whitlow said nobody should come to a
    football match and leave in an ambulance'). A source telling the same words as its own narration, or as another's
    ("the company said it was cooperating fully with investigators"), does not carry the speaker's quotation."""
    found = carriers.of(s.text, quoted=s.quote)
    if not s.quote or not s.speaker.label:
        return found
    sentences = split_sentences(s.text)
    if len(sentences) < 2:
        return found  # most quotations: one sentence, asked of the sources whole above
    name = s.speaker.label.split()[-1]  # a person's family name, a body's last word
    # Only a source naming the speaker somewhere can print a sentence as theirs: most name none the text lacks.
    if not any(name in p for source in carriers.sources() if source not in found for p in carriers.texts_of(source)):
        return found
    for sentence in sentences:
        if len(words(sentence)) < SHARED_SENTENCE_WORDS:
            continue
        extra = carriers.of(sentence, quoted=True) - found
        if extra:
            told = content_set(sentence)
            found |= {source for source in extra if any(
                name in p and len(told & content_set(p)) >= SAME_SENTENCE_SHARE * len(told)
                for p in carriers.texts_of(source))}
    return found


SAME_SENTENCE_SHARE = 0.7
"""Share of a quoted sentence's content words the paragraph carrying it holds: the paragraph that tells it."""


def _without_shared_sentences(said: list[Said], carriers: Carriers, order: Callable[[set[str]], list[str]]
                              ) -> list[Said]:
    """A speaker's quotation opening or closing on sentences that another of the speaker's quotations holds whole,
    shown without them (``SHARED_SENTENCE_WORDS``): outlets cut one statement at different places ("Inflation is
    falling, and we will not stop until the job is done" in one, "We will not stop until the job is done. If that
    means rates stay higher ..." in another), and the sentence both hold is shown once. The quotations least carried
    give way first, each to the others as they then stand, so a sentence two quotations share stays in one of them.
    What is left of one (``MIN_HELD_WORDS`` words or more, whole sentences of it, so still its words as printed) cites
    the sources carrying it, and is still shown as a statement several sources carried (``Said.cut``). A quotation
    no sentence of which another holds, or held whole by another, is as it was.
    Outlets also print one sentence a little differently ("I'll miss coming out of the locker room hearing the anthem
    because it still gets to me" and "... locker room and hearing the anthem because it still gets me"): a long
    sentence (``NEAR_COPY_WORDS``) is held too by a near-verbatim copy (``CLOSE``) in a quotation carried at least as
    widely, and a quotation every sentence of which one quotation whose sources include all of its own holds so is
    left out ("The great Michael Sheen and I consciously uncoupled over Christmas." in four outlets, seven of which
    print "The great @michaelsheen & I consciously uncoupled over Christmas. I mean ...")."""
    by_speaker: dict[str, list[Said]] = defaultdict(list)
    for s in said:
        if s.quote:
            by_speaker[s.speaker.key].append(s)
    repeated: set[int] = set()
    for quotations in by_speaker.values():
        if len(quotations) < 2:
            continue  # most speakers: one quotation
        spaced = {id(s): spaced_words(s.text) for s in quotations}
        told = {id(s): split_sentences(s.text) for s in quotations}  # each quotation's sentences as printed
        for s in sorted(quotations, key=lambda s: (len(s.sources), len(s.text))):
            sentences = split_sentences(s.text)
            ends = [spaced_words(sentence) for sentence in sentences]
            wider = [o for o in quotations if o is not s and id(o) not in repeated and len(o.sources) >= len(s.sources)]
            if any(set(o.sources) >= set(s.sources)
                   and all(end in spaced[id(o)] or _near_copy(sentence, told[id(o)])
                           for end, sentence in zip(ends, sentences, strict=True))
                   for o in wider):
                repeated.add(id(s))
                del spaced[id(s)], told[id(s)]
                continue
            if len(sentences) < 2:
                continue
            others = [text for key, text in spaced.items() if key != id(s)]
            copies = [sentence for o in wider for sentence in told[id(o)]]
            first, last = 0, len(sentences)
            while first < last and _held_elsewhere(ends[first], sentences[first], others, copies):
                first += 1
            while last > first and _held_elsewhere(ends[last - 1], sentences[last - 1], others, copies):
                last -= 1
            rest = " ".join(sentences[first:last])
            if (first or last < len(sentences)) and len(words(rest)) >= MIN_HELD_WORDS and rest in s.text:
                s.text, s.cut = rest, len(s.sources) > 1
                s.sources = order(carriers.of(rest, quoted=True)
                                  | {member[0] for member in s.members if rest in member[1]})
                spaced[id(s)] = spaced_words(rest)
                told[id(s)] = sentences[first:last]
    return [s for s in said if id(s) not in repeated]


SHARED_SENTENCE_WORDS = 6
"""Words at least of a sentence one quotation shares with another of the speaker's for it to be shown once: a shorter
one ("Three times I asked.") may open another sentence ("Three times I asked for the money.") without being it."""


def _held_elsewhere(spaced: str, sentence: str, others: list[str], copies: list[str]) -> bool:
    """``sentence`` (``spaced``: its words spaced) is long enough to be shared and stands whole in one of ``others``
    (spaced alike) or is a near-verbatim copy of one of the sentences ``copies`` (as printed)."""
    return spaced.count(" ") - 1 >= SHARED_SENTENCE_WORDS and (
        any(_held_whole(spaced, other) for other in others) or _near_copy(sentence, copies))


def _near_copy(sentence: str, copies: list[str]) -> bool:
    """``sentence`` is long enough (``NEAR_COPY_WORDS``) to be the same as a near-verbatim copy among ``copies`` (all as
    printed) whose facts agree with its own (``Facts.compatible``) and which names whom it names (``_same_names``): "We
    will close the Harwick plant, and the jobs of its 900 workers will go" is no copy of "We will not close the Lessby
    plant, and the jobs of its 1,200 workers will not go", nor "We will close the Harwick plant at the end of the
    year" of "We will close the Lessby plant at the end of the summer"."""
    mine = spaced_words(sentence)
    return mine.count(" ") - 1 >= NEAR_COPY_WORDS and any(
        fuzz.ratio(mine, spaced_words(copy), score_cutoff=CLOSE) and facts_of(sentence).compatible(facts_of(copy))
        and _same_names(sentence, copy) for copy in copies)


_CAPITALISED = compiled_regex(r"(?<!^)(?<![.!?]\s)\b\p{Lu}[\p{L}'\u2019-]*")
"""A capitalised word not opening its sentence: a name, most often."""
_NOT_LETTERS = compiled_regex(r"[^\p{L}]+")


def _same_names(a: str, b: str) -> bool:
    """Every capitalised word of each sentence but its first is written in the other, if only run together in a
    handle ("Michael Sheen" in "The great @michaelsheen & I ...")."""
    squeezed = [_NOT_LETTERS.sub("", a).casefold(), _NOT_LETTERS.sub("", b).casefold()]
    return all(_NOT_LETTERS.sub("", word).casefold() in squeezed[1 - i]
               for i, text in enumerate((a, b)) for word in _CAPITALISED.findall(text))


NEAR_COPY_WORDS = 8
"""Words at least of a sentence a near-verbatim copy of which is the same sentence ("It's a sticking plaster on a broken
system" and "This cap is a sticking plaster on a broken system"): shorter ones differ by the word that tells them apart
("Three times they said next year" and "Three times they told me next year" are two transcriptions, each of which its
own quotation keeps)."""


def _same_report(s: Said, other: Said) -> bool:
    """Two outlets' reports of what one speaker said, repeating ``SAME_REPORT_RUN`` of its words in a row with
    the same figures ("France would observe three days of national mourning" and "the country will observe
    three days of national mourning"): one statement, however each outlet framed it. The words repeated
    must say something besides the frame: "In a statement, Prime Minister Ilsa Varn said" (names and titles
    are capitalised) is how two different things begin."""
    if s.speaker.key != other.speaker.key or s.quote or other.quote:
        return False
    content = {w for t in s.text.split() if t[:1].islower() for w in words(t)} - SPEECH_VERBS - STOPWORDS \
        - REPORTING_FRAME
    return facts_of(s.text).compatible(facts_of(other.text)) and any(
        len(content.intersection(run)) >= MIN_REPORT_WORDS for run in shared_runs(s.text, other.text, SAME_REPORT_RUN))


def _without_repeats(what: list[Item], restrictions: list[Item], reactions: list[Reaction]
                     ) -> tuple[list[Item], list[Item], list[Reaction], list[tuple[str, str, list[str]]]]:
    """Drops an item whose words are (almost) all those of an earlier item, or that repeats a long stretch
    of one (a quote shown as a fact and again as a reaction), keeping the first; a reaction another reaction of the
    same speaker holds whole gives way to it, even to a later one (``_held_whole``). Returns what was dropped.
    Conflict claims stay: they may repeat what happened, but show a disagreement."""
    items = [("what", i.text, i.sources) for i in what] + [("restrictions", i.text, i.sources) for i in restrictions] \
        + [("reactions", r.text, r.sources) for r in reactions]
    # One ``Carriers`` holds every item, each its own source: the items carrying a text are found once for it.
    carriers = Carriers([(str(i), text) for i, (_, text, _) in enumerate(items)], asked=True)
    carrying: dict[int, set[str]] = {}

    def carried(i: int) -> set[str]:
        if i not in carrying:
            carrying[i] = carriers.of(items[i][1])
        return carrying[i]

    seen: list[str] = []
    shown: list[int] = []
    repeats: list[tuple[str, str, list[str]]] = []
    fresh: set[int] = set()
    # Each item's words between spaces: a short one ("This is very cool science.") too short for ``Carriers`` is
    # still a repeat where another item holds all its words in a row.
    spaced = [spaced_words(text) for _, text, _ in items]
    # Who says a reaction: one speaker's words quoted by another ("The mayor keeps telling people we will rebuild
    # this town, but ...") are no repeat of the first's own.
    said_by: list[str | None] = [None] * (len(what) + len(restrictions)) + [r.speaker for r in reactions]

    def held(short: int, long: int) -> bool:
        return _held_whole(spaced[short], spaced[long]) and (
            said_by[short] is None or said_by[long] is None or said_by[short] == said_by[long])

    sentence_words: dict[int, list[list[str]]] = {}  # a reaction's sentences' words, made when first asked

    def sentences(i: int) -> list[list[str]]:
        if i not in sentence_words:
            sentence_words[i] = [list(words(x)) for x in _SENTENCE_END.split(items[i][1])]
        return sentence_words[i]

    def said_again(i: int, k: int) -> bool:
        """One speaker's two quotations sharing a clause word for word: one said twice, told on ("This cap is a
        sticking plaster on a broken system. A bill ..." and "It's a sticking plaster on a broken system. Millions
        ...")."""
        return said_by[i] is not None and said_by[i] == said_by[k] and _share_a_run(sentences(i), sentences(k))

    for i, (section, text, sources) in enumerate(items):
        key = _sorted_words(text)
        if any(fuzz.ratio(key, other) >= REDUNDANT for other in seen) \
                or any(str(k) in carried(i) for k in shown) or any(str(i) in carried(k) for k in shown) \
                or any(held(i, k) or said_again(i, k) for k in shown):
            repeats.append((section, text, sources))
            continue
        for k in [k for k in shown if items[k][0] == section == "reactions" and held(k, i)]:
            shown.remove(k)  # the longer reaction says it all: the shorter one shown before it goes
            fresh.discard(k)
            repeats.append(items[k])
        seen.append(key)
        shown.append(i)
        fresh.add(i)
    first = len(what) + len(restrictions)
    return ([x for i, x in enumerate(what) if i in fresh],
            [x for i, x in enumerate(restrictions, len(what)) if i in fresh],
            [x for i, x in enumerate(reactions, first) if i in fresh], repeats)


MIN_HELD_WORDS = 4
"""Words of an item that another holds whole, in a row, for it to be a repeat: fewer ("the port reopened") are
phrases many items share."""


SAID_AGAIN_WORDS = 7
"""Words in a row two quotations of one speaker share that make them one statement told twice."""


def _share_a_run(a: list[list[str]], b: list[list[str]]) -> bool:
    """``a`` and ``b`` (two texts' sentences, as words) hold a sentence each that share ``SAID_AGAIN_WORDS`` words in a
    row or more, half of the shorter at least: one sentence told twice, cut or not, not a slogan two statements repeat
    ("a fair deal for working families across the country" in a point on tax and another on fuel)."""
    for xs in a:
        for ys in b:
            if min(len(xs), len(ys)) >= SAID_AGAIN_WORDS:
                run = _longest_run(xs, ys)
                if run >= SAID_AGAIN_WORDS and 2 * run >= min(len(xs), len(ys)):
                    return True
    return False


def _longest_run(xs: list[str], ys: list[str]) -> int:
    """The most words in a row ``xs`` and ``ys`` share, 0 below ``SAID_AGAIN_WORDS``: each run is followed from where
    it starts, found through its first ``SAID_AGAIN_WORDS`` words (most sentence pairs share none)."""
    n = SAID_AGAIN_WORDS
    starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(ys) - n + 1):
        starts[tuple(ys[j:j + n])].append(j)
    best = 0
    for i in range(len(xs) - n + 1):
        for j in starts.get(tuple(xs[i:i + n]), ()):
            k = n
            while i + k < len(xs) and j + k < len(ys) and xs[i + k] == ys[j + k]:
                k += 1
            best = max(best, k)
    return best


_SENTENCE_END = compiled_regex(QUOTATION_BOUNDARY_P)  # where a quotation's sentences meet, as ``opening`` cuts them


def _held_whole(short: str, long: str) -> bool:
    """``short``'s words stand in a row in ``long``'s, and are enough to be an item: both are an item's words
    joined by single spaces and padded with one at each end, so a word is found only whole."""
    return short != long and short.count(" ") - 1 >= MIN_HELD_WORDS and short in long


def _explain(explanation: Explanation, sid: str, core: Event | None, extras: list[Event], rules: list[Rule],
             chosen: list[Said], said: list[Said], articles: list[Article]) -> None:
    """Each item with the sentences merged into it and why; statements and lines left out, and why."""
    if core is not None:
        explanation.merge("what", core.text, core.members, f"core event: {core.reason}", story=sid)
    for e in extras:
        explanation.merge("what", e.text, e.members, e.reason, story=sid)
    for r in rules:
        explanation.merge("restrictions", r.text, r.members,
                          f"rule language: {', '.join(sorted(r.families))} (rules {', '.join(rule_ids(r.text))})",
                          story=sid)
    for s in chosen:
        explanation.merge("reactions", s.text, s.members, f"{s.reason}, speaker {s.speaker.label}", story=sid)
    kept = {id(s) for s in chosen}  # a reaction left out as a repeat is no longer in ``said``: explained as one
    for s in said:
        if id(s) not in kept:
            explanation.leave_out("reactions", s.text, s.sources,
                                  f"{s.speaker.label}: more widely carried statements, or more central "
                                  "speakers, came first", story=sid)
    for article in articles:
        for paragraph in article.paragraphs:
            if not is_prose(paragraph) and len(paragraph.split()) >= 3 and "\n" not in paragraph:
                explanation.drop(article.source.id, paragraph, "summary: not a reported sentence")
