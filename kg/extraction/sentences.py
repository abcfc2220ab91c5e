"""kg_sentences: sentence bounds (the title is the first sentence) and the words of a Doc."""
from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.candidates import (TITLE_SEPARATOR, BatchedComponent, set_extensions,
                                      text_of)
from kg.extraction.text import sentence_bounds, words_of

NOT_A_START = numpy.uint64(2**64 - 1)  # -1 as from_array's uint64


@Language.factory("kg_sentences")
def make_sentences(nlp: Language, name: str):
    return SentenceSplitter()


class SentenceSplitter(BatchedComponent):
    """Rule-based sentences: the title, then the abstract split at sentence punctuation."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        cut = text.find(TITLE_SEPARATOR)
        if cut < 0:
            bounds, title_end = sentence_bounds(text), 0
        else:
            title_end = cut
            body = cut + len(TITLE_SEPARATOR)
            bounds = [(0, cut)] + [(s + body, e + body) for s, e in sentence_bounds(text[body:])]
        words = words_of(text)
        starts = [s for s, _ in bounds]
        doc.user_data.update(kg_title_end=title_end, kg_sentences=bounds, kg_words=words,
                             kg_sentence_starts=starts)
        set_extensions(doc, kg_title_end=title_end, kg_sentences=bounds, kg_words=words)
        # Token sentence starts in one array write (per-token writes re-check the Doc's
        # annotation state each time and cost more than the rest of this component), built
        # as from_array takes it: a column of uint64, -1 (not a start) wrapped around.
        if len(doc):
            # (A list of one attribute: to_array(IDX) itself squeezes a column, for a third more.)
            firsts = doc.to_array([IDX]).ravel().searchsorted(starts)
            flags = numpy.full((len(doc), 1), NOT_A_START, dtype=numpy.uint64)
            flags[numpy.minimum(firsts, len(doc) - 1)] = 1
            doc.from_array([SENT_START], flags)
        return doc
