"""A lean tokenizer for abstracts, registered with spaCy's tokenizer registry.

spaCy's English tokenizer spends most of its time on rules an abstract rarely needs
(contractions, emoticons, abbreviation exceptions). Names only have to be tokenised the same
way in the catalogue and in the text, so splitting off brackets, quotes and sentence
punctuation, dashes, hyphens between letters, slashes between words, and a possessive 's is
enough.
"""
from __future__ import annotations

import re

import spacy
from spacy.attrs import LOWER
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from kg.extraction.cues import load_cues

PREFIX = re.compile(r"""^[\[\("'“‘«{]""")
SUFFIX = re.compile(r"""(?:[\]\)"'”’»,.;:!?}]|['’]s)$""")
# A dash pair or an em dash between words ("generation--particularly"), a hyphen between
# letters, a hyphen between a version and a suffix attached to the name ("Llama-2-based",
# cues.toml's attached_suffixes), a slash between words. The literal first lets the scan jump
# from one to the next; a leading lookbehind would be tried at every character.
INFIX = re.compile(r"--+|—|-(?<=[A-Za-z]-)(?=[A-Za-z])|-(?<=[0-9]-)(?=(?:" +
                   "|".join(sorted(load_cues().attached_suffixes)) + r")\b)"
                   r"|/(?<=[A-Za-z0-9]/)(?=[A-Za-z0-9])")
# Chunks (whitespace-delimited strings) whose tokens the tokenizer remembers. spaCy's default,
# 10,000, is full after the catalogue and a few hundred abstracts: then a quarter of the chunks
# of new text miss it and go through the affix rules again; at 200,000, 7% do (and the
# tokenizer takes a tenth less time).
CHUNK_CACHE_SIZE = 200_000


# A chunk the cache does not know goes through the affix rules, again after each prefix or
# suffix split off. Most chunks have none: a test of a character or two says so for less than
# starting a regex match (or a finditer that finds nothing), a tenth of the tokenizer's time on
# new text. Each rule keeps its regex's pattern where spaCy looks for it when it serialises
# the tokenizer (the function's __self__.pattern); a tokenizer loaded back uses the regexes.
OPENERS = "[(\"'“‘«{"
CLOSERS = "])\"'”’»,.;:!?}"


class PrefixRule:
    pattern = PREFIX.pattern

    def match(self, chunk: str) -> re.Match | None:
        return PREFIX.match(chunk) if chunk[:1] in OPENERS else None


class SuffixRule:
    pattern = SUFFIX.pattern

    def search(self, chunk: str) -> re.Match | None:
        # (From two characters before the end: a suffix is one or two characters, and a
        # search from the start would try the pattern at every character.)
        if chunk[-1:] in CLOSERS or chunk.endswith(("'s", "’s")):
            return SUFFIX.search(chunk, len(chunk) - 2)
        return None


class InfixRule:
    pattern = INFIX.pattern

    def finditer(self, chunk: str):
        if "-" in chunk or "/" in chunk or "—" in chunk:
            return INFIX.finditer(chunk)
        return ()


def abstract_tokenizer(vocab: Vocab) -> Tokenizer:
    return Tokenizer(vocab, rules={}, prefix_search=PrefixRule().match,
                     suffix_search=SuffixRule().search, infix_finditer=InfixRule().finditer,
                     max_cache_size=CHUNK_CACHE_SIZE)


class TextKeepingTokenizer:
    """Keeps the input text on the Doc (user_data["kg_text"]): Doc.text rebuilds it from every
    token on each access, and the components read it many times."""

    def __init__(self, inner: Tokenizer):
        self.inner = inner

    def __call__(self, text: str):
        doc = self.inner(text)
        doc.user_data["kg_text"] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self.inner, name)


@spacy.registry.tokenizers("kg.AbstractTokenizer.v1")
def create_abstract_tokenizer():
    def create(nlp):
        # Every new word becomes a lexeme; computing its twenty-odd attributes (shape, flags,
        # norm) cost a fifth of the pipeline. The matchers read only ORTH and LOWER.
        nlp.vocab.lex_attr_getters = {LOWER: nlp.vocab.lex_attr_getters[LOWER]}
        return TextKeepingTokenizer(abstract_tokenizer(nlp.vocab))
    return create
