"""What the components pass along on a Doc: the candidate mentions, and the per-Doc state
(text, sentences, words, URLs) that kg_sentences computes once for the others to read.

The Doc._ extensions are the pipeline's public interface; the components themselves read the
state from Doc.user_data, as every access through Doc._ builds an object.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter

from spacy.tokens import Doc, Span
from spacy.util import minibatch

from kg.extraction.text import normalise_name
from kg.extraction.urls import find_urls

TITLE_SEPARATOR = "\n\n"
PAPER = "<paper>"
CORE = ("Model", "Method", "Benchmark")
# Heads a lower-case proposal's name keeps ("a zero-shot loss", "a shared router"): names of a
# part of the paper's approach, not of the approach.
NAMED_PROPOSAL_HEADS = frozenset({"loss", "regularizer", "regularization", "layer", "router",
                                  "gate", "attention", "objective"})
START = attrgetter("start")


# Docs per batch in nlp.pipe: 5% faster than 256 (alternated in one process), for about 85 MB
# of Docs in flight (15 MB at 256).
BATCH_SIZE = 1024


class BatchedComponent:
    """A component whose nlp.pipe runs it over a batch of Docs before the next component
    sees any: each stage's code and data then stay in the CPU's caches for the whole batch,
    instead of being evicted by the other stages after every Doc (12-15% less wall time,
    alternated in one process; the same instructions). Its output per Doc is the same either
    way."""

    def pipe(self, docs, batch_size: int = BATCH_SIZE):
        for batch in minibatch(docs, batch_size):
            self.process_batch(batch)
            yield from batch

    def process_batch(self, docs: list[Doc]) -> None:
        for doc in docs:
            self(doc)


@dataclass(slots=True)
class Candidate:
    """A mention of a possible entity, before the paper's mentions are grouped."""
    start: int
    end: int
    text: str
    source: str                     # the rule that found it: catalogue, acronym, title, ...
    type: str | None = None
    canonical: str | None = None    # catalogue name
    family: str | None = None
    proposed: bool = False
    votes: dict[str, int] = field(default_factory=dict)  # type -> weight of its evidence
    lemma: str | None = None        # the name's base form when the text inflects it
    listed: bool = False            # one of a coordinated list ("A, B and C")

    @property
    def name(self) -> str:
        """The name this mention stands for: its base or expanded form, else its text."""
        return self.lemma or self.text

    @property
    def key(self) -> str:
        # (self.name spelled out: one property call less, on a property read very often)
        return normalise_name(self.canonical or self.lemma or self.text)


EXTENSION_DEFAULTS = {"kg_sentences": None, "kg_words": None, "kg_candidates": None,
                      "kg_alias_pairs": None, "kg_urls": None, "kg_evaluated_on": None,
                      "kg_compared_with": None, "kg_title_end": 0, "kg_cue_words": None}
for _name, _default in EXTENSION_DEFAULTS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
# Where Doc._.<name> keeps its value: Doc.user_data under spaCy's key for a Doc's extension
# (Underscore._get_key). The components write and read them there, as every access through
# Doc._ builds an Underscore object first.
EXTENSION_KEYS = {name: ("._.", name, None, None) for name in EXTENSION_DEFAULTS}


def set_extensions(doc: Doc, **values) -> None:
    """doc._.<name> = value, for each name=value."""
    data = doc.user_data
    for name, value in values.items():
        data[EXTENSION_KEYS[name]] = value


def extension(doc: Doc, name: str):
    """doc._.<name>."""
    return doc.user_data.get(EXTENSION_KEYS[name], EXTENSION_DEFAULTS[name])


def text_of(doc: Doc) -> str:
    """The Doc's text, joined once: Doc.text rebuilds it from the tokens on every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def lowered_text_of(doc: Doc) -> str:
    """The Doc's text in lower case, lowered once for the rules that read it so."""
    lowered = doc.user_data.get("kg_lowered")
    if lowered is None:
        lowered = doc.user_data["kg_lowered"] = text_of(doc).lower()
    return lowered


def lower_case_of(doc: Doc, start: int, end: int | None = None) -> str:
    """text[start:end].lower(): cut from the lowered text when that is the same (ASCII text:
    elsewhere lowering can change a text's length or a letter by what precedes it)."""
    text = text_of(doc)
    if text.isascii():
        return lowered_text_of(doc)[start:end]
    return text[start:end].lower()


# The components read what kg_sentences computed from Doc.user_data: the Doc._ extensions
# are the public interface, but each access through Doc._ builds an object, per call.
def sentence_of(doc: Doc, char: int) -> tuple[int, int]:
    """(start, end) of the sentence holding character `char`."""
    data = doc.user_data
    index = bisect.bisect_right(data["kg_sentence_starts"], char) - 1
    return data["kg_sentences"][max(0, index)]


def cue_words_of(doc: Doc, kind: str) -> list[tuple[int, int]]:
    """(start, end) of each cue word of a kind (see cue_words.CUE_KINDS), in text order."""
    return doc.user_data["kg_cue_words"][kind]


def sentences_of(doc: Doc) -> list[tuple[int, int]]:
    return doc.user_data["kg_sentences"]


def title_end_of(doc: Doc) -> int:
    return doc.user_data["kg_title_end"]


def words_in(doc: Doc):
    return doc.user_data["kg_words"]


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def urls_of(doc: Doc) -> list[tuple[int, int, str]]:
    """The Doc's URLs, found once (names and links both need them)."""
    found = doc.user_data.get("kg_url_spans")
    if found is None:
        found = doc.user_data["kg_url_spans"] = find_urls(text_of(doc), lowered_text_of(doc))
    return found


def first_type(candidates: list[Candidate]) -> str | None:
    """The first type among the candidates. (A loop: a generator that next() stops early is
    costly to close, and this runs per name.)"""
    for cand in candidates:
        if cand.type:
            return cand.type
    return None


def first_in_catalogue(candidates: list[Candidate]) -> Candidate | None:
    """The first candidate the catalogue knows (a loop, as first_type)."""
    for cand in candidates:
        if cand.canonical:
            return cand
    return None


def add_vote(cand: Candidate, type_: str, weight: int) -> None:
    cand.votes[type_] = cand.votes.get(type_, 0) + weight


def added_votes(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    total = dict(a)
    for type_, weight in b.items():
        total[type_] = total.get(type_, 0) + weight
    return total


def best_type(votes: dict[str, int]) -> str | None:
    """The type with the most weight; on a tie, the one that got its votes first."""
    return max(votes, key=votes.get) if votes else None


def longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates overlapping a longer one (ties: the earlier source wins)."""
    if _in_order_apart(candidates):
        # What this returns is such a list, and kg_names often passes one back unchanged.
        return list(candidates)
    # Only candidates that overlap can displace one another: the runs of them, by start, are
    # settled one by one, and most candidates are in a run of their own.
    kept: list[Candidate] = []
    run: list[Candidate] = []
    run_end = -1
    for cand in sorted(candidates, key=START):
        if cand.start == cand.end:
            return _longest_first_of(candidates)  # (an empty one may sit at another's start)
        if cand.start >= run_end and run:
            kept += run if len(run) == 1 else _longest_first_of(run)
            run = []
        run.append(cand)
        if cand.end > run_end:  # (not max(): a builtin's call costs more than the test)
            run_end = cand.end
    kept += run if len(run) == 1 else _longest_first_of(run)
    return kept


def _longest_first_of(candidates: list[Candidate]) -> list[Candidate]:
    """longest_first's choice among candidates, in order of start."""
    # The kept ones never overlap, so sorted by start their ends are sorted too: a new one
    # need only be checked against its neighbours.
    kept: list[Candidate] = []
    starts: list[int] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        i = bisect.bisect_left(starts, cand.start)
        if i and kept[i - 1].end > cand.start:
            continue
        j = i
        while j < len(kept) and kept[j].start < cand.end and _same_expansion(cand, kept[j]):
            j += 1
        if j < len(kept) and kept[j].start < cand.end:
            continue
        at = bisect.bisect_right(starts, cand.start)
        starts.insert(at, cand.start)
        kept.insert(at, cand)
    return kept


def _in_order_apart(candidates: list[Candidate]) -> bool:
    """Whether each candidate ends before the next one starts (longest_first keeps them all,
    in this order)."""
    start = end = -1
    for cand in candidates:
        if cand.start < end or cand.start == start:  # (an empty one before: not in order)
            return False
        start, end = cand.start, cand.end
    return True


def _same_expansion(a: Candidate, b: Candidate) -> bool:
    """Two sizes expanded from one word ("Gemma-2B/7B") share its extent."""
    return a.source == b.source == "expanded" and (a.start, a.end) == (b.start, b.end)


# Which rule's candidate prefer_sources keeps of those of one extent: the lowest rank.
SOURCE_RANKS = {"catalogue": 0, "long-form": 1, "acronym": 1, "title": 2, "title-means": 3,
                "title-lead": 3, "title-whole": 3, "proposal": 3, "baseline": 3, "metric": 3,
                "eponym": 4, "expanded": 4, "shape": 4, "head-name": 4, "component": 4,
                "variant": 4, "task": 5, "list": 6, "repeat": 7, "version": 8}


def prefer_sources(candidates: list[Candidate]) -> list[Candidate]:
    """On equal extent, a catalogue match beats discovery; otherwise keep all for overlap."""
    best: dict[tuple, Candidate] = {}
    for cand in candidates:
        key = (cand.start, cand.end, cand.name if cand.source == "expanded" else None)
        held = best.get(key)
        if held is None:
            best[key] = cand
            continue
        if SOURCE_RANKS[cand.source] < SOURCE_RANKS[held.source]:
            best[key] = cand
        # The title's "Name:" stays the paper's own, whichever rule found it too, with what
        # the subtitle says it is (NameFinder._forget_retitled_names reads that).
        if "title" in (held.source, cand.source):
            best[key].source, best[key].proposed = "title", True
            best[key].votes = added_votes(held.votes, cand.votes)
    return list(best.values())


def unique_by(rows, key):
    """The rows in order, without those whose key an earlier row had."""
    seen, out = set(), []
    for row in rows:
        k = key(row)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out
