"""Resolution: the entities extracted from each paper -> one node per real-world thing.

Names are the same thing when they are equal after normalisation (case, hyphens, spacing), when
the catalogue says so, or when one paper's acronym definition ties a long form to a short one
and the bridging form is distinctive enough not to collide across papers: six letters or more,
or four with a digit ("SR" is self-retrieval in one paper and super-resolution in another, so a
short acronym alone joins nothing; "GPT4" or a long form does). A paper that names a thing by a
short acronym and spells it out is identified by the long form ("CRS" for Contrastive Rank
Sampling and "CRS" for Causal Risk Scoring are two things); papers that use the short acronym
bare are joined with each other, and with the one long form papers define it as, if only one.
Two catalogue entries are never joined (a paper's mistaken "mathematical reasoning (GSM8K)"
does not make the benchmark a task), nor is a catalogue entry joined through an alias by an
entity of another type.
A family and its versions stay distinct ("LLaVA" and "LLaVA-1.5"); the version records its
family.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

from kg.catalogue import load_catalogue
from kg.extraction.text import acronym_matches, normalise_name
from kg.model import Extraction, Paper

WORD = re.compile(r"[a-z0-9]+")
VERSION_SUFFIX = re.compile(r"^(.+?)[-\s]?(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BbMmKk]|"
                            r"(?:Pro|Plus|Mini|Large|Base|Small|Tiny|XL|Max|Ultra|Instruct|Chat))$")


@dataclass
class ResolvedEntity:
    key: str                       # "<label lower>:<normalised name>"
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    family: str | None = None      # key of the family's node, when it is in the graph
    papers: list[str] = field(default_factory=list)
    proposed_by: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    entities: dict[str, ResolvedEntity]
    # (paper id, normalised form the paper used) -> entity key
    lookup: dict[tuple[str, str], str]

    def key_for(self, paper_id: str, name: str) -> str | None:
        return self.lookup.get((paper_id, normalise_name(name)))


def is_distinctive(form: str) -> bool:
    """Forms that may join two papers' entities: long enough or shaped like a proper name."""
    norm = normalise_name(form)
    if len(norm) >= 6:
        return True
    return any(c.isdigit() for c in norm) and len(norm) >= 4


class _UnionFind:
    """Sets of forms; a set holding a catalogue entry is marked with it (its type and key), and
    two sets marked with different entries are never joined."""

    def __init__(self):
        self.parent: dict[str, str] = {}
        self.entry: dict[str, tuple[str, str]] = {}  # root -> (type, catalogue key)

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def entry_of(self, x: str) -> tuple[str, str] | None:
        return self.entry.get(self.find(x))

    def mark(self, x: str, entry: tuple[str, str]) -> None:
        self.entry.setdefault(self.find(x), entry)

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ea, eb = self.entry.get(ra), self.entry.get(rb)
        if ea and eb and ea != eb:
            return  # two catalogue entries are two things
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.entry.pop(child, None)
        if ea or eb:
            self.entry[root] = ea or eb


def resolve(pairs: list[tuple[Paper, Extraction]]) -> Resolution:
    uf = _UnionFind()
    # Each entity with the form it is known by before resolution and that form's identity.
    found = []
    for paper, extraction in pairs:
        for entity in extraction.entities:
            form = _known_by(entity)
            found.append((paper.id, entity, "form|" + normalise_name(form), form))
    for _, entity, identity, _ in found:
        if entity.catalogue_key:
            uf.mark(identity, (entity.type, entity.catalogue_key))
    # Short acronyms used as a name -> the identities of the long forms they stand for, and
    # those long forms.
    defined: dict[str, dict[str, str]] = defaultdict(dict)
    bare = []
    for _, entity, identity, form in found:
        uf.find(identity)
        name = "form|" + normalise_name(entity.name)
        if identity == name and not is_distinctive(entity.name) and not entity.catalogue_key:
            bare.append(identity)
            continue
        _join_through_forms(uf, entity, identity)
        if name != identity and not is_distinctive(entity.name):
            defined[name][identity] = form
    for name, meanings in defined.items():
        _join_spellings_of_one_meaning(uf, name, meanings)
    for identity in bare:
        roots = {uf.find(long_form) for long_form in defined.get(identity, ())}
        if len(roots) == 1:
            uf.union(identity, roots.pop())
    members: dict[str, list] = defaultdict(list)
    identities: dict[str, Counter] = defaultdict(Counter)
    for paper_id, entity, identity, _ in found:
        root = uf.find(identity)
        members[root].append((paper_id, entity))
        identities[root][identity] += 1
    entities: dict[str, ResolvedEntity] = {}
    identity_of: dict[str, str] = {}  # resolved key -> the identity its papers use most
    lookup: dict[tuple[str, str], str] = {}
    for root, group in members.items():
        resolved = _merge_group(group)
        identity = max(identities[root], key=lambda i: (identities[root][i], i))
        if resolved.key in entities and identity_of[resolved.key] != identity and \
                not is_distinctive(resolved.name):
            # Two things named by one short acronym ("CRS" spelled out two ways): the later
            # one's key says which.
            resolved.key += ":" + identity.split("|", 1)[1]
        if resolved.key in entities:  # two groups that normalise to one key: fold together
            _absorb(entities[resolved.key], resolved)
        else:
            entities[resolved.key] = resolved
            identity_of[resolved.key] = identity
        for paper_id, entity in group:
            for form in [entity.name] + entity.aliases:
                lookup[(paper_id, normalise_name(form))] = resolved.key
    _link_families(entities)
    return Resolution(entities, lookup)


def _join_through_forms(uf: _UnionFind, entity, identity: str) -> None:
    """Join an entity's identity to its distinctive forms (and its own)."""
    entry = _entry_forms(entity.type, entity.catalogue_key) if entity.catalogue_key else None
    for form in [entity.name] + entity.aliases:
        key = "form|" + normalise_name(form)
        if key != identity and not is_distinctive(form):
            continue
        # (A catalogue entry joins through forms that fit it: "Maximum a Posterior (MAP)"
        # read as the metric mAP does not make every MAP estimate that metric.)
        if entry is not None and not entry.admits(form):
            continue
        # (A mistyped alias does not join a catalogue entry of another type.)
        joined = uf.entry_of(key)
        if joined and not entity.catalogue_key and joined[0] != entity.type:
            continue
        uf.union(identity, key)


@dataclass(frozen=True)
class _EntryForms:
    """A catalogue entry's forms, to tell which of a paper's forms for it fit it."""
    normalised: frozenset[str]
    long_forms: tuple[str, ...]             # its forms of several words
    word_stems: tuple[frozenset[str], ...]  # of each of them

    def admits(self, form: str) -> bool:
        """A known form; else not another entry's, unless an acronym of this one's ("SAM"
        for sharpness-aware minimization, not "GSM8K" for mathematical reasoning); else a
        one-word one (an acronym, a spelling), any form of an entry with no form of several
        words ("Differentiable Architecture Search" for DARTS), or one that shares a word with
        one of them ("deformable convolutions"); not "Cloud Optical Thickness" for
        chain-of-thought prompting (CoT)."""
        key = normalise_name(form)
        if key in self.normalised:
            return True
        if key in _catalogue_form_keys():
            return any(acronym_matches(form, long_form) for long_form in self.long_forms)
        if " " not in form.strip() or not self.word_stems:
            return True
        stems = _word_stems(form)
        return any(stems & known for known in self.word_stems)


@cache
def _entry_forms(type_: str, name: str) -> _EntryForms | None:
    entry = _catalogue_entries().get((type_, name))
    if entry is None:
        return None
    long_forms = tuple(n for n in entry.names if " " in n.strip())
    return _EntryForms(frozenset(map(normalise_name, entry.names)), long_forms,
                       tuple(map(_word_stems, long_forms)))


@cache
def _catalogue_entries() -> dict:
    return {(entry.type, entry.name): entry for entry in load_catalogue()}


@cache
def _catalogue_form_keys() -> frozenset[str]:
    """Every catalogue entry's names and aliases, normalised."""
    return frozenset(normalise_name(n) for entry in load_catalogue() for n in entry.names)


def _word_stems(form: str) -> frozenset[str]:
    return frozenset(word[:5] for word in WORD.findall(form.lower())
                     if len(word) > 2 and word not in ("the", "and", "for", "with", "from"))


def _join_spellings_of_one_meaning(uf: _UnionFind, name: str, meanings: dict[str, str]) -> None:
    """The long forms papers give one short acronym are one thing when they share most of
    their words ("Low-Rank Adaption" and "Low-Rank Adaptation", "Small-scale MLLM" and
    "small-scale Multimodal Language Models"; not "Place Recognition" and "Pattern
    Recognition"), and the catalogue's entry of that acronym when they fit it."""
    marked = uf.entry_of(name) if name in uf.parent else None
    entry = _entry_forms(*marked) if marked else None
    items = list(meanings.items())
    for identity, long_form in items:
        if entry is not None and entry.admits(long_form):
            uf.union(identity, name)
    stems = [_word_stems(long_form) for _, long_form in items]
    for (i, (a, _)), (j, (b, _)) in combinations(enumerate(items), 2):
        shared = len(stems[i] & stems[j])
        if shared >= 2 and 2 * shared >= min(len(stems[i]), len(stems[j])):
            uf.union(a, b)


def _known_by(entity) -> str:
    """The form an entity is known by before resolution: its catalogue entry's name, else its
    name, else, for a short acronym it spells out, its first distinctive alias (the long
    form)."""
    if entity.catalogue_key:
        return entity.catalogue_key
    if not is_distinctive(entity.name):
        return next((a for a in entity.aliases if is_distinctive(a)), entity.name)
    return entity.name


def _merge_group(group) -> ResolvedEntity:
    catalogue = next((e for _, e in group if e.catalogue_key), None)
    label = catalogue.type if catalogue else Counter(e.type for _, e in group).most_common(1)[0][0]
    if catalogue:
        name = catalogue.catalogue_key
    else:
        names = Counter(e.name for _, e in group)
        name = max(names, key=lambda n: (names[n], len(n)))
    aliases, seen = [], {normalise_name(name)}
    # A catalogue entry's node lists the papers' forms that fit it (_EntryForms.admits): one
    # paper's own long form for its acronym, "Cloud Optical Thickness (COT)" read as CoT, is
    # another thing's.
    entry = _entry_forms(catalogue.type, catalogue.catalogue_key) if catalogue else None
    for _, entity in group:
        for form in [entity.name] + entity.aliases:
            if entry is not None and not entry.admits(form):
                continue
            if normalise_name(form) not in seen:
                seen.add(normalise_name(form))
                aliases.append(form)
    papers = list(dict.fromkeys(pid for pid, _ in group))
    proposed = list(dict.fromkeys(pid for pid, e in group if e.proposed))
    family_name = catalogue.family if catalogue else \
        next((e.family for _, e in group if e.family), None)
    return ResolvedEntity(key=f"{label.lower()}:{normalise_name(name)}", label=label, name=name,
                          aliases=aliases, family=family_name, papers=papers,
                          proposed_by=proposed)


def _absorb(target: ResolvedEntity, other: ResolvedEntity) -> None:
    seen = {normalise_name(a) for a in target.aliases} | {normalise_name(target.name)}
    target.aliases += [a for a in other.aliases if normalise_name(a) not in seen]
    target.papers += [p for p in other.papers if p not in target.papers]
    target.proposed_by += [p for p in other.proposed_by if p not in target.proposed_by]
    target.family = target.family or other.family


def _link_families(entities: dict[str, ResolvedEntity]) -> None:
    """Point a version at its family node: catalogue families, and 'Name-1.5' -> 'Name'."""
    for entity in entities.values():
        candidates = [entity.family] if entity.family else []
        match = VERSION_SUFFIX.match(entity.name)
        if match:
            candidates.append(match.group(1))
        entity.family = None
        for name in candidates:
            key = f"{entity.label.lower()}:{normalise_name(name)}"
            if key in entities and key != entity.key:
                entity.family = key
                break
