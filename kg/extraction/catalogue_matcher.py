"""kg_catalogue: the curated phrase lists in one pass of spaCy's PhraseMatcher: the
catalogue's names and aliases, and the cue words the rules key on (cue_words.py)."""
from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.catalogue import load_catalogue
from kg.extraction.candidates import (BatchedComponent, Candidate, longest_first,
                                      set_extensions, text_of, title_end_of, words_in)
from kg.extraction.cue_words import add_cue_patterns, cue_spans
from kg.extraction.cues import load_cues
from kg.extraction.text import normalise_name

# Match labels: "<what the phrase is>|<its catalogue key or cue kind>".
CASED, UNCASED, CUE = "cased", "uncased", "cue"


@Language.factory("kg_catalogue")
def make_catalogue(nlp: Language, name: str):
    return CatalogueMatcher(nlp)


class CatalogueMatcher(BatchedComponent):
    """Finds catalogue names and aliases, and cue words. Cased names match exact tokens,
    lower-case ones any case; a match must cover whole words ("GPT-4" is not found inside
    "GPT-4V").

    One matcher over lower case holds every phrase: a pass costs a lookup per token whatever
    the number of phrases, and a pass per phrase list cost a fifth of this component's time
    each. A cased name's match is kept when the text has its case too."""

    def __init__(self, nlp: Language):
        self.cues = load_cues()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries = {}
        # Per key, its cased forms: what a cased match's text must read. (Tokens of a match
        # are joined by one space or none, as in the form: other whitespace is a token.)
        self.cased_forms: dict[str, set[str]] = {}
        # Per match id, its label split into (kind, key), split once: the same cues and names
        # match in abstract after abstract.
        self._labels: dict[int, list[str]] = {}
        # Per key, its forms of several words as normalise_name reads them: a match may
        # leave out a form's first word that the text writes joined to the next ("PASCAL
        # VOC2007" holds the alias VOC2007 and reads as "PASCAL VOC 2007").
        self.spaced_forms: dict[str, set[str]] = {}
        cased, uncased = {}, {}
        for entry in load_catalogue():
            for form in (entry.name,) + entry.aliases:
                key = f"{entry.type}|{entry.name}"
                self.entries[key] = entry
                if " " in form:
                    self.spaced_forms.setdefault(key, set()).add(normalise_name(form))
                if not any(c.isupper() for c in form):
                    uncased.setdefault(key, []).extend([form, _plural(form)])
                elif _title_cased_phrase(form) and not entry.ambiguous:
                    # "Bayesian optimization" is also written "Bayesian Optimization".
                    uncased.setdefault(key, []).extend([form, _plural(form)])
                else:
                    cased.setdefault(key, []).append(form)
        for key, forms in cased.items():
            self.cased_forms[key] = set(forms) | {_plainly_capitalised(f) for f in forms}
            self.matcher.add(f"{CASED}|{key}", list(nlp.tokenizer.pipe(forms)))
        for key, forms in uncased.items():
            self.matcher.add(f"{UNCASED}|{key}", list(nlp.tokenizer.pipe(forms)))
        add_cue_patterns(self.matcher, nlp, f"{CUE}|")

    def __call__(self, doc: Doc) -> Doc:
        words = words_in(doc)
        text = text_of(doc)
        labels = self._labels
        # Cased matches first: on equal extent, longest_first keeps the earlier.
        cased, uncased, cues = [], [], []
        for match_id, start, end in self.matcher(doc):
            if (label := labels.get(match_id)) is None:
                label = labels[match_id] = doc.vocab.strings[match_id].split("|", 1)
            kind, key = label
            if kind == CUE:
                cues.append((key, start, end))
                continue
            # Offsets from the two end tokens and the text from the Doc's text: a Span
            # builds Tokens of its own, and Span.text one per token.
            last = doc[end - 1]
            s, e = doc[start].idx, last.idx + len(last)
            if kind == CASED and text[s:e] not in self.cased_forms[key]:
                continue
            if not _in(words.starts, s) or not self._ends_word(text, e, words.ends):
                continue
            entry = self.entries[key]
            if entry.ambiguous and not self._confirmed(doc, doc[start:end]):
                continue
            if key in self.spaced_forms:
                s = self._first_word_of_form(text, words, s, e, key)
            (cased if kind == CASED else uncased).append(
                Candidate(s, e, text[s:e], "catalogue", entry.type, entry.name, entry.family))
        found = cue_spans(doc, cues)
        doc.user_data["kg_cue_words"] = found
        set_extensions(doc, kg_candidates=longest_first(cased + uncased), kg_cue_words=found)
        return doc

    def _first_word_of_form(self, text: str, words, start: int, end: int, key: str) -> int:
        """Where the match starts once the word before it is taken in, if the two read as
        one of the entry's forms ("PASCAL VOC2007"); else where it starts."""
        i = bisect.bisect_left(words.starts, start)
        if not i or words.ends[i - 1] != start - 1 or text[start - 1] != " ":
            return start
        before = words.starts[i - 1]
        # (a word, not a dash or a slash: "- Claude 3.5 Haiku" reads as the name too)
        if text[before].isalnum() and normalise_name(text[before:end]) in self.spaced_forms[key]:
            return before
        return start

    def _ends_word(self, text: str, end: int, ends: list[int]) -> bool:
        if _in(ends, end) or text[end:end + 2] in ("'s", "’s"):
            return True
        # "LLaVA-based": a known name with an attached suffix is still that name.
        match = re.match(r"-([a-z]+)", text[end:end + 20])
        return bool(match) and match.group(1) in self.cues.attached_suffixes

    def _confirmed(self, doc: Doc, span: Span) -> bool:
        """An ambiguous name (Lion, Orca, Accelerate) counts unless it opens a sentence or
        stands in the title (where every word is capitalised) on its own, or labels one of
        a list's items ("(O1) lack of evaluation, (O2) ...")."""
        if _enumeration_label(text_of(doc), span.start_char, span.end_char):
            return False
        if not span[0].is_sent_start and span.start_char >= title_end_of(doc):
            return True
        following = doc[span.end].text if span.end < len(doc) else ""
        return following in ("(", ",", ":") or self.cues.head_type(following) is not None


def _enumeration_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a letter and a digit that the text uses in brackets as
    the label of an item, "(O1)", beside another label of the letter, "(O2)"."""
    label = text[start:end]
    if len(label) != 2 or not label[1].isdigit() or f"({label})" not in text:
        return False
    return any(f"({label[0]}{digit})" in text for digit in "0123456789" if digit != label[1])


def _in(offsets: list[int], offset: int) -> bool:
    """Whether a sorted list holds offset (a set of every word's offsets costs more)."""
    i = bisect.bisect_left(offsets, offset)
    return i < len(offsets) and offsets[i] == offset


def _plainly_capitalised(form: str) -> str:
    """How a CamelCase name is also written: "Deepseek-R1", "Mujoco", "Imagenet". Only words
    of six letters or more with capitals for at most half their letters: "Quality" is a word,
    not QuALITY, and "Record" not ReCoRD."""
    def plain(part: str) -> str:
        letters = [c for c in part if c.isalpha()]
        capitals = sum(c.isupper() for c in letters)
        if len(letters) < 6 or not 2 <= capitals <= len(letters) // 2 or not part[0].isupper():
            return part
        return part[0] + part[1:].lower()
    return "-".join(plain(part) for part in form.split("-"))


def _title_cased_phrase(form: str) -> bool:
    """Several words whose capitals only start words: "Gaussian process", not "BERT"."""
    words = form.split()
    return len(words) > 1 and all(w[1:] == w[1:].lower() for w in words)


SIZE_OR_VERSION = re.compile(r"v?\d+(?:\.\d+)?[BbMmKk]?")


def _plural(form: str) -> str:
    return form + ("es" if form.endswith(("s", "x", "ch", "sh")) else "s")
