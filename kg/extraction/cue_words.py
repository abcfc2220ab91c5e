"""kg_cue_words: where the words the rules key on occur (comparison cues, proposal verbs,
comparatives before a measure, task heads, eponymous methods' heads), found in one pass of
spaCy's PhraseMatcher.

A regular expression per cue list scanned every abstract once per list; the matcher looks each
token up once for all of them. The rules then run their patterns only at these positions.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extraction.candidates import set_extensions
from kg.extraction.cues import load_cues

# Kind of cue -> the cue lists (see cues.toml) it is made of.
CUE_KINDS = {"comparison": ("comparison",), "proposal": ("proposal_verbs", "naming_words"),
             "comparative": ("comparatives",), "task_head": ("task_heads",),
             "eponym_head": ("eponym_heads",), "name_head": ("heads_before_names",)}


@Language.factory("kg_cue_words")
def make_cue_words(nlp: Language, name: str):
    return CueWordMatcher(nlp)


class CueWordMatcher:
    """Stores, per kind, the (start, end) character offsets of its cues, in text order and
    without overlaps (the longest cue wins: "better than", not "than")."""

    def __init__(self, nlp: Language):
        cues = load_cues()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind, lists in CUE_KINDS.items():
            phrases = sorted({p for name in lists for p in getattr(cues, name)})
            self.matcher.add(kind, list(nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[tuple[int, int]]] = {kind: [] for kind in CUE_KINDS}
        strings = doc.vocab.strings
        for match_id, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], -m[2])):
            spans = found[strings[match_id]]
            first, last = doc[start], doc[end - 1]
            if spans and first.idx < spans[-1][1]:
                continue  # inside a longer cue of its kind
            spans.append((first.idx, last.idx + len(last)))
        doc.user_data["kg_cue_words"] = found
        set_extensions(doc, kg_cue_words=found)
        return doc
