"""Extraction: Paper -> Extraction, through a spaCy pipeline of registered components.

The pipeline is kg's registered tokenizer plus five registered components, one module each:
sentences (kg_sentences), catalogue_matcher (kg_catalogue, which finds cue_words' cues too),
names (kg_names, with its title rules in titles), links (kg_urls) and relations
(kg_relations); candidates holds what they pass along on the Doc. No model is downloaded.
"""
from __future__ import annotations

import gc
import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache

import spacy
from spacy.language import Language

# Importing the component modules registers their factories with spaCy.
from kg.extraction import (catalogue_matcher, links, names, relations,  # noqa: F401
                           sentences, tokenizer)
from kg.extraction.candidates import (BATCH_SIZE, PAPER, TITLE_SEPARATOR, Candidate,
                                      extension, first_in_catalogue, text_of, title_end_of,
                                      unique_by)
from kg.extraction.text import blank_citations, blank_latex, normalise_name, without_accents
from kg.model import (KIND_WORDS, ComparedWith, EvaluatedOn, ExtractedEntity, ExtractedUrl,
                      Extraction, Mention, Paper)

PIPE_NAMES = ("kg_sentences", "kg_catalogue", "kg_names", "kg_urls", "kg_relations")


def build_pipeline(untyped: str | None = None) -> Language:
    """A blank English pipeline with kg's components, in stage order."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers":
                                                           "kg.AbstractTokenizer.v1"}}})
    for name in PIPE_NAMES:
        config = {"untyped": untyped or ""} if name == "kg_names" else {}
        nlp.add_pipe(name, config=config)
    return nlp


@cache
def default_pipeline() -> Language:
    return build_pipeline()


def paper_text(paper: Paper) -> str:
    """What the pipeline reads: title and abstract, LaTeX formatting and the abstract's
    bracketed citations blanked (offsets kept)."""
    return blank_latex(paper.title) + TITLE_SEPARATOR + \
        blank_citations(blank_latex(paper.abstract))


def extract(paper: Paper, nlp: Language | None = None) -> Extraction:
    return next(extract_many([paper], nlp))


def extract_many(papers: Iterable[Paper], nlp: Language | None = None,
                 batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Extractions in the papers' order. Each component runs over `batch_size` Docs before
    the next one starts (BatchedComponent)."""
    nlp = nlp or default_pipeline()
    # Texts in, Docs out in the same order: pairing them here is cheaper than as_tuples,
    # which costs spaCy a context object per Doc.
    for_texts, for_results = itertools.tee(papers)
    docs = nlp.pipe((paper_text(p) for p in for_texts), batch_size=batch_size)
    with _without_cycle_collection():
        for doc, paper in zip(docs, for_results):
            yield extraction_from_doc(doc, paper)


@contextmanager
def _without_cycle_collection():
    """Extraction makes many objects and no reference cycles (a test checks), so the cyclic
    collector would find nothing: it would only rescan the live Docs of the batch each time,
    5-10% of the time in bench/extraction.py. It is paused meanwhile (the caller's code
    between results too), and resumed afterwards, when the generator finishes or is dropped."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ------------------------------------------------------------------ Doc -> Extraction

def extraction_from_doc(doc, paper: Paper) -> Extraction:
    candidates: list[Candidate] = extension(doc, "kg_candidates") or []
    groups = _group_mentions(candidates, extension(doc, "kg_alias_pairs") or [])
    title_end = title_end_of(doc)
    where = _Sentences(doc)
    entities, name_of = [], {}
    for group in groups:
        entity = _entity_from_group(group, where.mentions(group, title_end))
        entities.append(entity)
        for cand in group:
            # (cand.name spelled out: a property's call costs more than its body)
            name_of[normalise_name(cand.lemma or cand.text)] = entity.name
    urls = [ExtractedUrl(url, kind, sentence)
            for _, _, url, kind, sentence in extension(doc, "kg_urls")]

    def resolve(name: str) -> str:
        return name if name == PAPER else name_of.get(normalise_name(name), name)

    # (A pair whose two names resolve to one entity, "STE" and "straight-through estimator
    # (STE)", relates nothing.)
    evaluated = [EvaluatedOn(subject, bench, resolve(m) if m else None, v, sent)
                 for s, b, m, v, sent in extension(doc, "kg_evaluated_on") or []
                 if (subject := resolve(s)) != (bench := resolve(b))]
    compared = [ComparedWith(subject, baseline, sent)
                for s, b, sent in extension(doc, "kg_compared_with") or []
                if (subject := resolve(s)) != (baseline := resolve(b))]
    return Extraction(paper.id, entities, urls, _dedupe_eval(evaluated),
                      unique_by(compared, lambda r: (r.subject, r.baseline)))


# A name followed by a word for its kind is still that name.
SPACED_KIND_WORDS = tuple(" " + word for word in KIND_WORDS)
KIND_WORD_AFTER = re.compile(rf" (?:{'|'.join(KIND_WORDS)})$", re.IGNORECASE)


def _group_mentions(candidates: list[Candidate], alias_pairs) -> list[list[Candidate]]:
    """Mentions of one thing in one paper: same name, same catalogue entry, or acronym pairs."""
    parent = list(range(len(candidates)))  # a union-find forest over the candidates
    first_by_key: dict[tuple[str, str], int] = {}
    for i, cand in enumerate(candidates):
        # (cand.key and cand.name spelled out: a property's call costs more than its body)
        name = cand.lemma or cand.text
        if name.lower().endswith(SPACED_KIND_WORDS):
            name = KIND_WORD_AFTER.sub("", name)  # "the Go-Explore algorithm" is Go-Explore
        first = first_by_key.setdefault((cand.type, normalise_name(cand.canonical or name)), i)
        if first != i:
            _union(parent, i, first)
        if cand.canonical:  # (else its name is its key)
            first = first_by_key.setdefault((cand.type, normalise_name(name)), i)
            if first != i:
                _union(parent, i, first)
    if alias_pairs:
        index = {id(c): i for i, c in enumerate(candidates)}
        for long, short in alias_pairs:
            if id(long) in index and id(short) in index and long.type == short.type:
                _union(parent, index[id(long)], index[id(short)])
    # A task named by a shorter form of a longer one is the same task ("collaborative
    # perception" of "multi-agent collaborative perception"), when the shorter form has two
    # words or more.
    tasks = [(i, " " + c.text.lower()) for i, c in enumerate(candidates) if c.type == "Task"]
    short_forms = [(j, form) for j, form in tasks if " " in form.strip()]
    for i, long_form in tasks:
        for j, short_form in short_forms:
            if len(short_form) < len(long_form) and long_form.endswith(short_form) and \
                    not candidates[j].canonical:
                # (unless the catalogue knows the shorter as a task of its own: "multi-turn
                # code generation" is a kind of code generation, not another name for it)
                _union(parent, j, i)
    groups: dict[int, list[Candidate]] = {}
    for i, cand in enumerate(candidates):
        root = parent[i]  # (the root found inline: most candidates are roots themselves)
        while parent[root] != root:
            root = parent[root]
        if root in groups:
            groups[root].append(cand)
        else:
            groups[root] = [cand]
    return sorted(groups.values(), key=lambda g: g[0].start)


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    parent[_root(parent, i)] = _root(parent, j)


def _entity_from_group(group: list[Candidate], mentions: list[Mention]) -> ExtractedEntity:
    if len(group) == 1:  # most groups: one mention, its name and type the entity's
        cand = group[0]
        name, catalogue_key = cand.name, cand.canonical or None
        aliases = [catalogue_key] if catalogue_key and \
            normalise_name(catalogue_key) != normalise_name(name) else []
        return ExtractedEntity(cand.type, name, aliases, True if cand.proposed else False,
                               catalogue_key, cand.family, mentions)
    # Plain dicts, not Counter: building Counters was a few percent of extraction's time.
    forms: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for cand in group:
        form = cand.name
        if form in forms:
            forms[form] += 1
        else:
            forms[form], first_seen[form] = 1, cand.start
    # The form the text uses most; a tie goes to the long form, then to the first seen.
    name = max(forms, key=lambda f: (forms[f], len(f), -first_seen[f])) if len(forms) > 1 \
        else form
    if name.isascii() and len(forms) > 1:
        # An abstract's Moir\'eNet reads "MoireNet": the title's "MoiréNet" is its spelling.
        name = next((f for f in forms if not f.isascii() and without_accents(f) == name), name)
    aliases, seen = [], {normalise_name(name)}
    for form in forms:
        if (normalised := normalise_name(form)) not in seen:
            seen.add(normalised)
            aliases.append(form)
    catalogue = first_in_catalogue(group)
    if catalogue and normalise_name(catalogue.canonical) not in seen:
        aliases.append(catalogue.canonical)  # the catalogue's own name is one more alias
    if catalogue:
        type_, catalogue_key, family = catalogue.type, catalogue.canonical, catalogue.family
    else:
        # (a version or variant found beside a known name: "Claude 3.5", "Naive RAG")
        type_, catalogue_key = _most_common([c.type for c in group]), None
        family = next((c.family for c in group if c.family), None)
    proposed = any([c.proposed for c in group])
    # (Positional, in the fields' order: keywords cost the call a dict of them.)
    return ExtractedEntity(type_, name, aliases, proposed, catalogue_key, family, mentions)


class _Sentences:
    """A Doc's text and sentences, read once per paper for all its mentions."""

    def __init__(self, doc) -> None:
        data = doc.user_data
        self.text = text_of(doc)
        self.starts, self.bounds = data["kg_sentence_starts"], data["kg_sentences"]

    def mentions(self, group: list[Candidate], title_end: int) -> list[Mention]:
        """The group's mentions, offsets into their field, each with its sentence's text."""
        text, starts, bounds = self.text, self.starts, self.bounds
        body_start = title_end + len(TITLE_SEPARATOR)
        mentions = []
        for cand in group:
            start = cand.start
            # (sentence_of spelled out: a call per mention costs more than the bisect itself.)
            index = bisect_right(starts, start) - 1
            sentence_start, sentence_end = bounds[index if index > 0 else 0]
            if start < title_end:
                mentions.append(Mention(cand.text, "title", start, cand.end,
                                        text[sentence_start:sentence_end]))
            else:
                mentions.append(Mention(cand.text, "abstract", start - body_start,
                                        cand.end - body_start, text[sentence_start:sentence_end]))
        return mentions


def _most_common(values: list[str]) -> str:
    """The value most often in the list; on a tie, the first of them seen."""
    if len(values) == 1:
        return values[0]
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=counts.get)


def _dedupe_eval(rows: list[EvaluatedOn]) -> list[EvaluatedOn]:
    """One pair per (subject, benchmark, metric, value); a stated score beats a bare pair."""
    scored = {(r.subject, r.benchmark) for r in rows if r.value}
    rows = [r for r in rows if r.value or (r.subject, r.benchmark) not in scored]
    return unique_by(rows, lambda r: (r.subject, r.benchmark, r.metric, r.value))
