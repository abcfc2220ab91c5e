"""The curated catalogue of well-known ML entities, shipped as data in the package.

Five TSV files, one per entity type, reviewed like code::

    # comment lines start with '#'; blank lines are ignored
    name<TAB>aliases<TAB>family<TAB>flags
    GPT-4V<TAB>GPT-4 Vision | GPT-4V(ision)<TAB>GPT-4<TAB>
    Falcon<TAB><TAB><TAB>ambiguous

* ``aliases`` are other spellings of the same entity, separated by ``|``;
* ``family`` names another entry of the same file (a versioned model's family);
* ``flags`` is empty or a comma-separated list of known flags (``ambiguous``: the name is
  also an ordinary word, so the extractor needs a confirming context; ``proper``: a
  lower-case name that is a proper name, such as a library's, not a generic technique).

:func:`load_catalogue` reads and validates all five files once (cached).
:func:`parse_catalogue_lines` is the parser it uses; any malformed line raises
:class:`CatalogueError` whose message starts with ``"file:line: "``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "CATALOGUE_FILES",
    "HEADER",
    "KNOWN_FLAGS",
    "CatalogueEntry",
    "CatalogueError",
    "load_catalogue",
    "normalise",
    "parse_catalogue_lines",
]

# file name -> entity type (the types of kg.model.ENTITY_TYPES)
CATALOGUE_FILES: dict[str, str] = {
    "models.tsv": "Model",
    "methods.tsv": "Method",
    "benchmarks.tsv": "Benchmark",
    "tasks.tsv": "Task",
    "metrics.tsv": "Metric",
}
HEADER = ("name", "aliases", "family", "flags")
KNOWN_FLAGS = frozenset({"ambiguous", "proper"})
ALIAS_SEPARATOR = "|"
FLAG_SEPARATOR = ","

_NON_ALNUM = re.compile(r"[\W_]+")


class CatalogueError(ValueError):
    """A malformed catalogue line; the message starts with ``"file:line: "``."""


@dataclass(frozen=True)
class CatalogueEntry:
    type: str                    # "Model" | "Method" | "Benchmark" | "Task" | "Metric"
    name: str                    # canonical form
    aliases: tuple[str, ...]     # other spellings of the same entity
    family: str | None           # canonical name of the family entry (same file), if any
    ambiguous: bool              # also an ordinary word: accept only in a confirming context
    source: str                  # "models.tsv:12", for error messages
    proper: bool = False         # lower case, yet a proper name ("fairseq"), not a technique

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


def normalise(text: str) -> str:
    """Comparison key: NFKC, casefolded, letters and digits only ("GPT-4V" -> "gpt4v")."""
    return _NON_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def parse_catalogue_lines(
    lines: Iterable[str], type_: str, filename: str
) -> tuple[CatalogueEntry, ...]:
    """Parse one catalogue file given as lines; raise CatalogueError on the first bad line."""
    if type_ not in CATALOGUE_FILES.values():
        raise ValueError(f"unknown entity type {type_!r}")

    def fail(lineno: int, reason: str) -> CatalogueError:
        return CatalogueError(f"{filename}:{lineno}: {reason}")

    entries: list[CatalogueEntry] = []
    lines_by_name: dict[str, int] = {}
    header_seen = False
    lineno = 0
    for lineno, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = line.split("\t")
        if not header_seen:
            if tuple(c.strip() for c in columns) != HEADER:
                raise fail(lineno, f"expected header {'<TAB>'.join(HEADER)!r}, got {line!r}")
            header_seen = True
            continue
        if len(columns) != len(HEADER):
            raise fail(lineno, f"expected {len(HEADER)} tab-separated columns "
                               f"(name, aliases, family, flags), got {len(columns)}")
        name, alias_field, family, flag_field = (c.strip() for c in columns)
        if not name:
            raise fail(lineno, "empty name")
        if name in lines_by_name:
            raise fail(lineno, f"duplicate name {name!r} (first at line {lines_by_name[name]})")

        aliases: list[str] = []
        if alias_field:
            for alias in (a.strip() for a in alias_field.split(ALIAS_SEPARATOR)):
                if not alias:
                    raise fail(lineno, f"empty alias in {alias_field!r}")
                if alias == name or alias in aliases:
                    raise fail(lineno, f"alias {alias!r} repeated")
                aliases.append(alias)

        flags = [f.strip() for f in flag_field.split(FLAG_SEPARATOR)] if flag_field else []
        for flag in flags:
            if flag not in KNOWN_FLAGS:
                known = ", ".join(sorted(KNOWN_FLAGS))
                raise fail(lineno, f"unknown flag {flag!r} (known: {known})")

        if family == name:
            raise fail(lineno, f"{name!r} is its own family")
        lines_by_name[name] = lineno
        entries.append(CatalogueEntry(
            type=type_,
            name=name,
            aliases=tuple(aliases),
            family=family or None,
            ambiguous="ambiguous" in flags,
            source=f"{filename}:{lineno}",
            proper="proper" in flags,
        ))

    if not header_seen:
        raise fail(max(lineno, 1), f"missing header {'<TAB>'.join(HEADER)!r}")

    by_name = {e.name: e for e in entries}
    for entry in entries:
        if entry.family is None:
            continue
        if entry.family not in by_name:
            raise CatalogueError(
                f"{entry.source}: family {entry.family!r} of {entry.name!r} "
                f"is not an entry of {filename}")
    for entry in entries:
        if entry.family is None:
            continue
        seen = {entry.name}
        current = by_name[entry.family]
        while current.family is not None:  # families form a forest: no cycles
            if current.name in seen:
                raise CatalogueError(f"{entry.source}: family cycle through {current.name!r}")
            seen.add(current.name)
            current = by_name[current.family]
    return tuple(entries)


@functools.cache
def load_catalogue() -> tuple[CatalogueEntry, ...]:
    """All entries of the five packaged files, in file order (read once, then cached)."""
    package = resources.files(__name__)
    entries: list[CatalogueEntry] = []
    for filename, type_ in CATALOGUE_FILES.items():
        text = package.joinpath(filename).read_text(encoding="utf-8")
        entries.extend(parse_catalogue_lines(text.splitlines(), type_, filename))
    return tuple(entries)
