"""The portable openCypher statements every store runs (Neo4j and FalkorDB alike).

Labels and relationship types cannot be parameters in Cypher, so they are written into the
statement text, and only from kg.model's fixed sets; every value travels as a parameter.
"""
from __future__ import annotations

from kg.model import EDGE_TYPES, NODE_LABELS


def _checked(name: str, allowed: tuple[str, ...]) -> str:
    if name not in allowed:
        raise ValueError(f"{name!r} is not one of {', '.join(allowed)}")
    return name


def merge_nodes(label: str) -> str:
    label = _checked(label, NODE_LABELS)
    return f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) SET n += row.props"


def merge_edges(type_: str, start_label: str, end_label: str) -> str:
    type_ = _checked(type_, EDGE_TYPES)
    start_label = _checked(start_label, NODE_LABELS)
    end_label = _checked(end_label, NODE_LABELS)
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{start_label} {{key: row.start}}) MATCH (b:{end_label} {{key: row.end}}) "
            f"MERGE (a)-[r:{type_} {{ekey: row.ekey}}]->(b) SET r += row.props")


def count_nodes(label: str) -> str:
    return f"MATCH (n:{_checked(label, NODE_LABELS)}) RETURN count(n) AS n"


def count_relationships(type_: str) -> str:
    return f"MATCH ()-[r:{_checked(type_, EDGE_TYPES)}]->() RETURN count(r) AS n"


# Deletes kg's nodes (and so their relationships) a slice at a time, so that clearing a large
# Neo4j database does not need one huge transaction; repeat until it returns 0.
DELETE_SLICE = ("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) "
                "WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted")
