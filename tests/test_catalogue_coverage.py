"""Every catalogue entry, and every alias of it, is found by the extraction pipeline.

Each spelling is placed mid-sentence in a short abstract of its own sentences (about twenty to
a Doc) and must come back with a mention at exactly the characters where it was written, in an
entity of the entry's type (first test) that is the entry's own entity, ``catalogue_key`` and
all, not a neighbouring entry's (second test). Ambiguous entries are also found at a sentence
start when a confirming word follows. A version and its family (LLaVA-1.5 / LLaVA) named in
one abstract stay two entities, and the version records its family.

Failures are collected and listed in one assertion, so the data or the code can be fixed from
one run; the test is not meant to be weakened to pass.
"""
from __future__ import annotations

from collections import defaultdict

import pytest

from kg.catalogue import load_catalogue
from kg.extraction import build_pipeline, extract_many
from kg.model import Paper

BATCH = 20
TITLE = "Notes on assorted results"
# Mid-sentence, after a preposition that neither proposes nor names the thing. Being mid-
# sentence is itself the confirming context an `ambiguous` entry needs
# (CatalogueMatcher._confirmed accepts any match that does not open a sentence).
TEMPLATE = "We also report results with {} here."
# At a sentence start an ambiguous name needs a confirming follower: "(", ",", ":" or a head
# word whose type the cues know.
OPENING_TEMPLATE = "{}, as configured by the authors, is also included here."
# A one-word, lower-case technique ("dropout", "pruning") counts only where the paper names it
# as one of a list (NameFinder._generic_technique), and so does such a task named once
# (_tasks_named_in_passing): it is placed in one.
LIST_TEMPLATE = "We also report results with AdamW, {} and SGD here."


def _is_generic_technique(entry) -> bool:
    return entry.type in ("Method", "Task") and entry.name.isalpha() and entry.name.islower()


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _forms():
    """(entry, spelling) for every name and alias of every entry, in catalogue order."""
    return [(entry, form) for entry in load_catalogue() for form in entry.names]


def _papers(items, template):
    """Batches of `items` ((entry, form) pairs) as papers; returns (paper, [(entry, form,
    start, end)]) with the character offsets of each form in the abstract."""
    out = []
    for n in range(0, len(items), BATCH):
        parts, placed, offset = [], [], 0
        for entry, form in items[n:n + BATCH]:
            in_list = template == TEMPLATE and _is_generic_technique(entry)
            sentence = (LIST_TEMPLATE if in_list else template).format(form)
            start = offset + sentence.index(form)
            placed.append((entry, form, start, start + len(form)))
            parts.append(sentence)
            offset += len(sentence) + 1
        paper = Paper(id=f"cov-{n}", title=TITLE, abstract=" ".join(parts))
        out.append((paper, placed))
    return out


def _found(batches, nlp):
    """For each placed spelling: (entry, form, {(type, catalogue_key)} of the entities with a
    mention at exactly its characters)."""
    rows = []
    papers = [paper for paper, _ in batches]
    for (paper, placed), extraction in zip(batches, extract_many(papers, nlp)):
        found = defaultdict(set)  # (start, end) -> {(type, catalogue_key)}
        for entity in extraction.entities:
            for mention in entity.mentions:
                if mention.field == "abstract":
                    found[(mention.start, mention.end)].add((entity.type, entity.catalogue_key))
        for entry, form, start, end in placed:
            assert paper.abstract[start:end] == form
            rows.append((entry, form, found[(start, end)]))
    return rows


def _untyped(rows):
    """Spellings with no entity of the entry's type at their characters."""
    return [f"{entry.source} {entry.type} {form!r}: {sorted(got) or 'nothing at that span'}"
            for entry, form, got in rows if entry.type not in {t for t, _ in got}]


def _unlinked(rows):
    """Spellings found with the right type but not as their own entry's entity."""
    return [f"{entry.source} {entry.type} {form!r}: entity of {sorted(k for _, k in got)}"
            for entry, form, got in rows
            if entry.type in {t for t, _ in got} and (entry.type, entry.name) not in got]


def _missing(batches, nlp):
    rows = _found(batches, nlp)
    return _untyped(rows) + _unlinked(rows)


@pytest.fixture(scope="module")
def every_form(nlp):
    forms = _forms()
    return forms, _found(_papers(forms, TEMPLATE), nlp)


def test_template_offsets_are_exact():
    (paper, placed), = _papers([(e, f) for e, f in _forms()[:3]], TEMPLATE)
    for _, form, start, end in placed:
        assert paper.abstract[start:end] == form
        assert f"with {form} here." in paper.abstract or f", {form} and SGD here." in paper.abstract


def test_every_name_and_alias_is_found_with_its_type(every_form):
    forms, rows = every_form
    assert len(forms) >= 1000 and len(rows) == len(forms)
    missing = _untyped(rows)
    assert not missing, (f"{len(missing)} of {len(forms)} catalogue spellings not found:\n"
                         + "\n".join(missing))


def test_every_spelling_is_its_own_entrys_entity(every_form):
    """Found as the entry it belongs to: two entries named in one abstract ("3D object
    detection", "object detection") stay two entities, each with its catalogue_key."""
    forms, rows = every_form
    unlinked = _unlinked(rows)
    assert not unlinked, (f"{len(unlinked)} of {len(forms)} catalogue spellings found as "
                          f"another entry's entity:\n" + "\n".join(unlinked))


def test_ambiguous_entries_found_at_a_sentence_start_when_confirmed(nlp):
    forms = [(e, f) for e, f in _forms() if e.ambiguous]
    assert forms, "the catalogue flags some entries as ambiguous"
    missing = _missing(_papers(forms, OPENING_TEMPLATE), nlp)
    assert not missing, (f"{len(missing)} of {len(forms)} ambiguous spellings not found:\n"
                         + "\n".join(missing))


def test_version_and_family_are_separate_entities(nlp):
    by_name = {(e.type, e.name): e for e in load_catalogue()}
    pairs = [(e, by_name[(e.type, e.family)]) for e in load_catalogue() if e.family]
    assert pairs
    papers, expected = [], []
    for n in range(0, len(pairs), BATCH):
        chunk = pairs[n:n + BATCH]
        abstract = " ".join(f"We compare {version.name} with {family.name} here."
                            for version, family in chunk)
        papers.append(Paper(id=f"fam-{n}", title=TITLE, abstract=abstract))
        expected.append(chunk)
    problems = []
    for extraction, chunk in zip(extract_many(papers, nlp), expected):
        by_key = defaultdict(list)
        for entity in extraction.entities:
            by_key[(entity.type, entity.catalogue_key)].append(entity)
        for version, family in chunk:
            v = by_key.get((version.type, version.name), [])
            f = by_key.get((family.type, family.name), [])
            if len(v) != 1 or len(f) != 1 or v[0] is f[0]:
                problems.append(f"{version.source} {version.name!r} / {family.name!r}: "
                                f"{len(v)} version and {len(f)} family entities")
            elif v[0].family != family.name:
                problems.append(f"{version.source} {version.name!r}: family "
                                f"{v[0].family!r}, expected {family.name!r}")
    assert not problems, f"{len(problems)} of {len(pairs)} pairs:\n" + "\n".join(problems)
