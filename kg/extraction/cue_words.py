"""Cue words: where the words the rules key on occur (comparison cues, proposal verbs,
comparatives before a measure, verbs before a stated result, task heads, eponymous methods'
heads, words for data or for a method's part after a name). kg_catalogue finds them in the
same PhraseMatcher pass as the catalogue's names.

A regular expression per cue list scanned every abstract once per list; the matcher looks each
token up once for all of them. The rules then run their patterns only at these positions.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extraction.cues import load_cues

# Kind of cue -> the cue lists (see cues.toml) it is made of.
CUE_KINDS = {"comparison": ("comparison",), "improving": ("improving_verbs",),
             "proposal": ("proposal_verbs", "naming_words"),
             "comparative": ("comparatives",), "attaining": ("attaining_verbs",),
             "task_head": ("task_heads",), "eponym_head": ("eponym_heads",),
             "name_head": ("heads_before_names",),
             "benchmark_head": ("benchmark_heads_after_names",),
             "component_head": ("component_heads",), "measure_head": ("named_metric_heads",)}


def add_cue_patterns(matcher: PhraseMatcher, nlp: Language, label_prefix: str) -> None:
    """The cue lists as patterns of a lower-case PhraseMatcher, labelled prefix + kind."""
    cues = load_cues()
    for kind, lists in CUE_KINDS.items():
        phrases = sorted({p for name in lists for p in getattr(cues, name)})
        matcher.add(label_prefix + kind, list(nlp.tokenizer.pipe(phrases)))


def cue_spans(doc: Doc, matches: list[tuple[str, int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Per kind, the (start, end) character offsets of its cues from (kind, first token, end
    token) matches, in text order and without overlaps (the longest cue wins: "better than",
    not "than")."""
    found: dict[str, list[tuple[int, int]]] = {kind: [] for kind in CUE_KINDS}
    for kind, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
        spans = found[kind]
        first, last = doc[start], doc[end - 1]
        if spans and first.idx < spans[-1][1]:
            continue  # inside a longer cue of its kind
        spans.append((first.idx, last.idx + len(last)))
    return found
