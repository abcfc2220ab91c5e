"""A kg graph (see kg/graph.py) as rows for ``UNWIND $rows ... MERGE``.

Node rows are grouped by label: ``{"key": node key, "props": {...}}``. Edge rows are grouped by
(type, start label, end label), because a Cypher statement names its labels and type literally:
``{"start": key, "end": key, "ekey": MultiDiGraph edge key, "props": {...}}``. The edge key is
``<TYPE>|<paper>|<n>``, so MERGE on (start, end, type, ekey) is idempotent and the same fact
stated by two papers stays two relationships.

Lists stay lists; attributes that are absent (or None) stay absent; ``label`` and ``type`` become
the node label and relationship type instead of properties. Labels and types outside
kg.model's fixed sets are refused here, since they end up in Cypher text.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from kg.model import EDGE_TYPES, NODE_LABELS

EdgeGroup = tuple[str, str, str]  # (relationship type, start label, end label)


@dataclass
class GraphRows:
    nodes: dict[str, list[dict]] = field(default_factory=dict)
    edges: dict[EdgeGroup, list[dict]] = field(default_factory=dict)

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def edge_count(self) -> int:
        return sum(len(rows) for rows in self.edges.values())


def _value(value):
    """A property value both databases store: a scalar, or a list of scalars without nulls."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [item for item in value if item is not None]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    return str(value)


def _props(data: dict, drop: tuple[str, ...]) -> dict:
    return {name: _value(value) for name, value in data.items()
            if name not in drop and value is not None}


def graph_rows(graph: nx.MultiDiGraph) -> GraphRows:
    nodes: dict[str, list[dict]] = defaultdict(list)
    labels: dict[str, str] = {}
    for key, data in graph.nodes(data=True):
        label = data.get("label")
        if label not in NODE_LABELS:
            raise ValueError(f"node {key!r} has label {label!r}, "
                             f"not one of {', '.join(NODE_LABELS)}")
        labels[key] = label
        nodes[label].append({"key": str(key), "props": _props(data, ("key", "label"))})

    edges: dict[EdgeGroup, list[dict]] = defaultdict(list)
    for start, end, ekey, data in graph.edges(keys=True, data=True):
        type_ = data.get("type")
        if type_ not in EDGE_TYPES:
            raise ValueError(f"edge {start!r} -> {end!r} ({ekey!r}) has type {type_!r}, "
                             f"not one of {', '.join(EDGE_TYPES)}")
        edges[(type_, labels[start], labels[end])].append(
            {"start": str(start), "end": str(end), "ekey": str(ekey),
             "props": _props(data, ("type",))})
    return GraphRows(dict(nodes), dict(edges))
