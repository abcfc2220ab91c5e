"""Exports: the graph as networkx node-link JSON and as GraphML, and reading them back.

GraphML holds only scalars, so list attributes (aliases, papers, sources...) are written as
JSON text and turned back into lists on reading; the attribute name says which ones they are.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

LIST_ATTRIBUTES = ("aliases", "papers", "proposed_by", "authors", "listing_dates",
                   "categories", "sources")


def write_node_link(graph: nx.MultiDiGraph, path: Path) -> None:
    data = nx.node_link_data(graph, edges="edges")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)


def read_node_link(path: Path) -> nx.MultiDiGraph:
    """A graph written by write_node_link; ValueError when the file is not one."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if not isinstance(data, dict):
            raise TypeError(f"a JSON {type(data).__name__}, not an object")
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise ValueError(f"not a kg node-link graph ({exc.__class__.__name__}: {exc})") from None
    return graph


def _flatten(attrs: dict) -> dict:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
            for k, v in attrs.items() if v is not None}


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    flat = nx.MultiDiGraph()
    flat.add_nodes_from((n, _flatten(d)) for n, d in graph.nodes(data=True))
    flat.add_edges_from((u, v, k, _flatten(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    nx.write_graphml(flat, path, encoding="utf-8")


def read_graphml(path: Path) -> nx.MultiDiGraph:
    graph = nx.read_graphml(path, force_multigraph=True)
    for _, data in graph.nodes(data=True):
        for name in LIST_ATTRIBUTES:
            if isinstance(data.get(name), str):
                data[name] = json.loads(data[name])
    return graph
