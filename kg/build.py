"""The whole flow in one place: sources -> extraction -> resolution -> graph."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from kg.extraction import extract_many
from kg.graph import build_graph as graph_from
from kg.model import Extraction, Paper, SourceProblem
from kg.resolution import resolve
from kg.sources import read_papers


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    papers: list[Paper]
    extractions: list[Extraction]
    record_count: int
    problems: list[SourceProblem] = field(default_factory=list)

    @property
    def paper_count(self) -> int:
        return len(self.papers)


def _extract_with_progress(papers: list[Paper], progress: bool) -> Iterator[Extraction]:
    bar = tqdm(total=len(papers), desc="extracting", unit="paper", disable=not progress,
               leave=False)
    with bar:
        for extraction in extract_many(papers):
            bar.update()
            yield extraction


def extract_papers(sources: Iterable[str | Path], progress: bool = False,
                   problems: list[SourceProblem] | None = None
                   ) -> Iterator[tuple[Paper, Extraction]]:
    problems = problems if problems is not None else []
    papers = list(read_papers(sources, problems.append).papers.values())
    yield from zip(papers, _extract_with_progress(papers, progress))


def build(sources: Iterable[str | Path], progress: bool = False) -> BuildResult:
    problems: list[SourceProblem] = []
    index = read_papers(sources, problems.append)
    papers = list(index.papers.values())
    extractions = list(_extract_with_progress(papers, progress))
    pairs = list(zip(papers, extractions))
    graph = graph_from(pairs, resolve(pairs))
    return BuildResult(graph, papers, extractions, index.record_count, problems)


def build_graph(sources: Iterable[str | Path]) -> nx.MultiDiGraph:
    """The knowledge graph of every paper in SOURCES (files or folders)."""
    return build(sources).graph
