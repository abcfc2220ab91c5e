"""Resolution: the entities extracted from each paper -> one node per real-world thing.

Names are the same thing when they are equal after normalisation (case, hyphens, spacing), when
the catalogue says so, or when one paper's acronym definition ties a long form to a short one
and the bridging form is distinctive enough not to collide across papers: six letters or more,
or four with a digit ("SR" is self-retrieval in one paper and super-resolution in another, so a
short acronym alone joins nothing; "GPT4" or a long form does). Two papers that use the same
short acronym as their main name are still joined by that name.
A family and its versions stay distinct ("LLaVA" and "LLaVA-1.5"); the version records its
family.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.extraction.text import normalise_name
from kg.model import Extraction, Paper

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
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(pairs: list[tuple[Paper, Extraction]]) -> Resolution:
    uf = _UnionFind()
    # Identity of one paper's entity before resolution: its primary form.
    for _, extraction in pairs:
        for entity in extraction.entities:
            primary = _primary(entity)
            uf.find(primary)
            forms = [entity.name] + entity.aliases
            for form in forms:
                if is_distinctive(form) or normalise_name(form) == primary.split("|", 1)[1]:
                    uf.union(primary, "form|" + normalise_name(form))
    members: dict[str, list] = defaultdict(list)
    for paper, extraction in pairs:
        for entity in extraction.entities:
            members[uf.find(_primary(entity))].append((paper.id, entity))
    entities: dict[str, ResolvedEntity] = {}
    lookup: dict[tuple[str, str], str] = {}
    for group in members.values():
        resolved = _merge_group(group)
        if resolved.key in entities:  # two groups that normalise to one key: fold together
            _absorb(entities[resolved.key], resolved)
        else:
            entities[resolved.key] = resolved
        for paper_id, entity in group:
            for form in [entity.name] + entity.aliases:
                lookup[(paper_id, normalise_name(form))] = resolved.key
    _link_families(entities)
    return Resolution(entities, lookup)


def _primary(entity) -> str:
    if entity.catalogue_key:
        return "form|" + normalise_name(entity.catalogue_key)
    return "form|" + normalise_name(entity.name)


def _merge_group(group) -> ResolvedEntity:
    catalogue = next((e for _, e in group if e.catalogue_key), None)
    label = catalogue.type if catalogue else Counter(e.type for _, e in group).most_common(1)[0][0]
    if catalogue:
        name = catalogue.catalogue_key
    else:
        names = Counter(e.name for _, e in group)
        name = max(names, key=lambda n: (names[n], len(n)))
    aliases, seen = [], {normalise_name(name)}
    for _, entity in group:
        for form in [entity.name] + entity.aliases:
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
