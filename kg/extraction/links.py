"""kg_urls: every URL of a Doc, cleaned and classified, with its sentence."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.candidates import (BatchedComponent, sentence_of, set_extensions, text_of,
                                      urls_of)
from kg.extraction.urls import classify_url

@Language.factory("kg_urls")
def make_urls(nlp: Language, name: str):
    return UrlFinder()




class UrlFinder(BatchedComponent):
    def __call__(self, doc: Doc) -> Doc:
        urls = []
        for start, end, url in urls_of(doc):
            s, e = sentence_of(doc, start)
            urls.append((start, end, url, classify_url(url), text_of(doc)[s:e]))
        set_extensions(doc, kg_urls=urls)
        return doc
