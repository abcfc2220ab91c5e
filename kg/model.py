"""Plain data objects passed between the stages: sources -> extraction -> resolution -> graph.

Nothing here does work; every stage takes and returns these.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("Model", "Method", "Benchmark", "Task", "Metric")
CORE_TYPES = ("Model", "Method", "Benchmark")
# Words for a kind of thing that may follow a name without making it another ("the Go-Explore
# algorithm", "the MMLU benchmark"): the guideline's trailing type words.
KIND_WORDS = ("benchmark", "dataset", "model", "method", "algorithm", "framework")
NODE_LABELS = ("Paper",) + ENTITY_TYPES + ("Repository", "Webpage")
EDGE_TYPES = (
    "PROPOSES",       # Paper -> entity it introduces
    "USES",           # Paper -> Model/Method/Benchmark/Metric it uses or mentions
    "ADDRESSES",      # Paper -> Task
    "EVALUATED_ON",   # Model/Method (or Paper, for its unnamed approach) -> Benchmark
    "COMPARED_WITH",  # subject -> baseline it beats or is compared against
    "HAS_CODE",       # Paper -> Repository
    "HAS_PAGE",       # Paper -> Webpage
)
PAPER_SUBJECT = "<paper>"  # the paper's own, unnamed approach in a relation


@dataclass
class Link:
    """A URL attached to a paper by its metadata (not found in the text)."""
    url: str
    kind: str  # "code" | "project"


@dataclass
class Paper:
    id: str                      # arXiv id when known, else "t-" + hash of the normalised title
    title: str
    abstract: str
    arxiv_id: str | None = None
    authors: list[str] = field(default_factory=list)
    author_count: int | None = None
    published: str | None = None          # as the source states it (ISO date when known)
    listing_dates: list[str] = field(default_factory=list)  # Daily Papers listing headers
    upvotes: int | None = None
    categories: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)         # "path:line" of every record seen


@dataclass
class SourceProblem:
    """A record or file that was skipped, with where it was."""
    where: str   # "path:line" or "path"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class Mention:
    text: str
    field: str       # "title" | "abstract"
    start: int       # character offsets into that field
    end: int
    sentence: str


@dataclass
class ExtractedEntity:
    type: str                    # one of ENTITY_TYPES
    name: str                    # the form the text uses most
    aliases: list[str] = field(default_factory=list)
    proposed: bool = False
    catalogue_key: str | None = None   # canonical catalogue name when the catalogue knows it
    family: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def evidence(self) -> str:
        return self.mentions[0].sentence if self.mentions else ""


@dataclass
class ExtractedUrl:
    url: str
    kind: str          # "code" | "project"
    sentence: str = ""


@dataclass
class EvaluatedOn:
    subject: str                 # an entity name, or PAPER_SUBJECT
    benchmark: str
    metric: str | None = None
    value: str | None = None
    sentence: str = ""


@dataclass
class ComparedWith:
    subject: str
    baseline: str
    sentence: str = ""


@dataclass
class Extraction:
    paper_id: str
    entities: list[ExtractedEntity] = field(default_factory=list)
    urls: list[ExtractedUrl] = field(default_factory=list)
    evaluated_on: list[EvaluatedOn] = field(default_factory=list)
    compared_with: list[ComparedWith] = field(default_factory=list)
