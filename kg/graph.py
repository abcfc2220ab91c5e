"""Resolved papers and entities -> one networkx.MultiDiGraph.

Schema (the contract the exporters, the HTML view and the database stores rely on):

Nodes, keyed by a stable string id that is also stored as the attribute ``key``:
  - ``paper:<paper id>``             label "Paper": name (= title), title, abstract, arxiv_id,
                                     url (arXiv abstract page when known), published, upvotes,
                                     author_count, authors [list], listing_dates [list],
                                     categories [list], sources [list]
  - ``<label lower>:<norm name>``    label "Model" | "Method" | "Benchmark" | "Task" | "Metric":
                                     name, aliases [list], family (or absent), papers [list of
                                     paper ids], proposed_by [list of paper ids]
  - ``repo:<host/path>``             label "Repository": name, url, host
  - ``page:<host/path>``             label "Webpage": name, url, host
Every node has ``key``, ``label``, ``name`` and ``aliases`` (possibly empty).
Attributes that are unknown are absent, never None.

Edges (MultiDiGraph keys are ``<TYPE>|<paper id>|<n>`` so a fact stated by two papers is two
edges): attribute ``type`` in model.EDGE_TYPES, ``paper`` (paper id) and ``evidence`` (the
sentence) on every edge; EVALUATED_ON also has ``metric`` and ``value`` when stated.
  Paper -PROPOSES-> entity, Paper -USES-> entity, Paper -ADDRESSES-> Task,
  Model/Method/Paper -EVALUATED_ON-> Benchmark, Model/Method/Paper -COMPARED_WITH-> Model/Method,
  Paper -HAS_CODE-> Repository, Paper -HAS_PAGE-> Webpage.
"""
from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import networkx as nx

from kg.extraction.urls import url_key, with_scheme
from kg.model import PAPER_SUBJECT, Extraction, Paper
from kg.resolution import Resolution

ENTITY_EDGE = {"Task": "ADDRESSES"}  # the rest: PROPOSES when proposed, else USES
METADATA_EVIDENCE = "paper metadata"


def paper_key(paper_id: str) -> str:
    return f"paper:{paper_id}"


def _present(**attrs) -> dict:
    """Attributes that are known: absent, never None."""
    return {k: v for k, v in attrs.items() if v is not None}


def build_graph(pairs: list[tuple[Paper, Extraction]], resolution: Resolution) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for entity in resolution.entities.values():
        graph.add_node(entity.key, **_present(
            key=entity.key, label=entity.label, name=entity.name, aliases=entity.aliases,
            family=entity.family, papers=entity.papers, proposed_by=entity.proposed_by))
    for paper, extraction in pairs:
        _add_paper(graph, paper)
        _add_paper_edges(graph, paper, extraction, resolution)
    return graph


def _add_paper(graph: nx.MultiDiGraph, paper: Paper) -> None:
    key = paper_key(paper.id)
    graph.add_node(key, **_present(
        key=key, label="Paper", name=paper.title, aliases=[], title=paper.title,
        abstract=paper.abstract, arxiv_id=paper.arxiv_id,
        url=f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else None,
        published=paper.published, upvotes=paper.upvotes, author_count=paper.author_count,
        authors=paper.authors, listing_dates=paper.listing_dates, categories=paper.categories,
        sources=paper.sources))


class _EdgeWriter:
    """Adds one paper's edges with keys "<TYPE>|<paper>|<n>", n counting repeats."""

    def __init__(self, graph: nx.MultiDiGraph, paper_id: str):
        self.graph, self.paper_id = graph, paper_id
        self.seen: set[tuple] = set()
        self.repeats: Counter = Counter()

    def add(self, u: str, v: str, type_: str, evidence: str, **attrs) -> None:
        signature = (u, v, type_, attrs.get("metric"), attrs.get("value"))
        if signature in self.seen:
            return
        self.seen.add(signature)
        n = self.repeats[(u, v, type_)]
        self.repeats[(u, v, type_)] += 1
        self.graph.add_edge(u, v, key=f"{type_}|{self.paper_id}|{n}", type=type_,
                            paper=self.paper_id, evidence=evidence, **_present(**attrs))


def _add_paper_edges(graph, paper: Paper, extraction: Extraction, resolution: Resolution):
    pkey = paper_key(paper.id)
    edges = _EdgeWriter(graph, paper.id)
    for entity in extraction.entities:
        key = resolution.key_for(paper.id, entity.name)
        if key is None:
            continue
        # The node's resolved label decides, not this paper's own typing of the name.
        type_ = ENTITY_EDGE.get(graph.nodes[key]["label"]) or (
            "PROPOSES" if entity.proposed else "USES")
        edges.add(pkey, key, type_, entity.evidence)

    def node_for(name: str, labels: tuple[str, ...]) -> str | None:
        if name == PAPER_SUBJECT:
            return pkey
        key = resolution.key_for(paper.id, name)
        return key if key and graph.nodes[key]["label"] in labels else None

    for rel in extraction.evaluated_on:
        subject = node_for(rel.subject, ("Model", "Method"))
        bench = node_for(rel.benchmark, ("Benchmark",))
        if subject and bench:
            edges.add(subject, bench, "EVALUATED_ON", rel.sentence, metric=rel.metric,
                      value=rel.value)
    for rel in extraction.compared_with:
        subject = node_for(rel.subject, ("Model", "Method"))
        baseline = node_for(rel.baseline, ("Model", "Method"))
        if subject and baseline and subject != baseline:
            edges.add(subject, baseline, "COMPARED_WITH", rel.sentence)
    links = [(u.url, u.kind, u.sentence) for u in extraction.urls]
    links += [(link.url, link.kind, METADATA_EVIDENCE) for link in paper.links]
    for url, kind, evidence in links:
        node = _add_link_node(graph, url, kind)
        edges.add(pkey, node, "HAS_CODE" if kind == "code" else "HAS_PAGE", evidence)


def _add_link_node(graph: nx.MultiDiGraph, url: str, kind: str) -> str:
    ident = url_key(url)
    label = "Repository" if kind == "code" else "Webpage"
    key = f"{'repo' if kind == 'code' else 'page'}:{ident}"
    if key not in graph:
        url = with_scheme(url)
        host = urlsplit(url).netloc.lower().removeprefix("www.")
        path = ident[len(host):].strip("/")
        name = path if label == "Repository" and host in ("github.com", "gitlab.com") else ident
        graph.add_node(key, key=key, label=label, name=name or host, aliases=[], url=url,
                       host=host)
    return key
