"""The one place where Neo4j and FalkorDB differ: how each makes MERGE on ``key`` fast.

Neo4j: a uniqueness constraint per label (it brings its own index), idempotent through
``IF NOT EXISTS``. FalkorDB rejects every Neo4j form of ``CREATE CONSTRAINT`` and
``CREATE INDEX ... IF NOT EXISTS``, and errors on an index that exists, so it gets a plain range
index per label, created only for the labels ``CALL db.indexes()`` does not list yet. Without
that index a MERGE load into FalkorDB runs ~50x slower.
"""
from __future__ import annotations

from typing import Callable, Iterable

from kg.model import NODE_LABELS

NEO4J = "neo4j"
FALKORDB = "falkordb"

Run = Callable[[str, dict], list[dict]]

FALKORDB_INDEXES = "CALL db.indexes() YIELD label, properties RETURN label, properties"


def _labels(labels: Iterable[str]) -> list[str]:
    labels = list(labels)
    unknown = [label for label in labels if label not in NODE_LABELS]
    if unknown:
        raise ValueError(f"unknown labels: {', '.join(map(repr, unknown))}")
    return labels


def neo4j_statements(labels: Iterable[str] = NODE_LABELS) -> list[str]:
    return [f"CREATE CONSTRAINT kg_{label.lower()}_key IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.key IS UNIQUE" for label in _labels(labels)]


def falkordb_statements(labels: Iterable[str] = NODE_LABELS,
                        indexed: Iterable[str] = ()) -> list[str]:
    indexed = set(indexed)
    return [f"CREATE INDEX FOR (n:{label}) ON (n.key)"
            for label in _labels(labels) if label not in indexed]


def ensure_schema(run: Run, dialect: str, labels: Iterable[str] = NODE_LABELS) -> list[str]:
    """Create what is missing through ``run(cypher, params)``; return the statements run."""
    if dialect == NEO4J:
        statements = neo4j_statements(labels)
    elif dialect == FALKORDB:
        indexed = {row["label"] for row in run(FALKORDB_INDEXES, {})
                   if "key" in (row["properties"] or [])}
        statements = falkordb_statements(labels, indexed)
    else:
        raise ValueError(f"unknown dialect {dialect!r}")
    for statement in statements:
        run(statement, {})
    return statements
