"""A lean tokenizer for abstracts, registered with spaCy's tokenizer registry.

spaCy's English tokenizer spends most of its time on rules an abstract rarely needs
(contractions, emoticons, abbreviation exceptions). Names only have to be tokenised the same
way in the catalogue and in the text, so splitting off brackets, quotes and sentence
punctuation, hyphens between letters, slashes between words, and a possessive 's is enough.
"""
from __future__ import annotations

import re

import spacy
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

PREFIX = re.compile(r"""^[\[\("'“‘«{]""")
SUFFIX = re.compile(r"""(?:[\]\)"'”’»,.;:!?}]|['’]s)$""")
INFIX = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])|(?<=[A-Za-z0-9])/(?=[A-Za-z0-9])")


def abstract_tokenizer(vocab: Vocab) -> Tokenizer:
    return Tokenizer(vocab, rules={}, prefix_search=PREFIX.search, suffix_search=SUFFIX.search,
                     infix_finditer=INFIX.finditer)


@spacy.registry.tokenizers("kg.AbstractTokenizer.v1")
def create_abstract_tokenizer():
    def create(nlp):
        return abstract_tokenizer(nlp.vocab)
    return create
