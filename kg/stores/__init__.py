"""Graph databases: load a kg graph idempotently and run Cypher, on Neo4j or FalkorDB.

Two stores behind one small interface (GraphStore):
  - FalkorStore (kg.stores.falkor): FalkorDB's own client, ``falkordb://``/``redis://`` URIs and
    the bundled server (kg.stores.server). Fast: rows travel inline in FalkorDB's CYPHER
    parameter header.
  - BoltStore (kg.stores.bolt): the official neo4j driver, ``bolt://``/``neo4j://`` URIs. Neo4j,
    or FalkorDB's experimental Bolt endpoint (detected; then batches stay tiny).
Every write is ``UNWIND $rows ... MERGE`` on stable keys (kg.stores.cypher), so loading twice
changes nothing and a load cut short completes when re-run.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Protocol
from urllib.parse import urlsplit, urlunsplit

import networkx as nx

from kg.model import EDGE_TYPES, NODE_LABELS
from kg.stores import cypher as q
from kg.stores.rows import GraphRows, graph_rows

BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
FALKOR_SCHEMES = ("falkordb", "falkor", "redis")
DEFAULT_GRAPH = "kg"  # FalkorDB graph name when no --database is given


class StoreError(Exception):
    """A failure worth one line to the user (no traceback)."""


class StoreUnavailable(StoreError):
    """The server cannot be reached, or the connection dropped and retries did not bring it back."""


class StoreAuthError(StoreError):
    """The server refused the credentials."""


class LoadInterrupted(StoreError):
    def __init__(self, target: str, done: int, total: int):
        self.target, self.done, self.total = target, done, total
        super().__init__(f"lost the connection to {target} after {done} of {total} elements; "
                         f"re-run to complete")


@dataclass
class Counts:
    nodes: dict[str, int] = field(default_factory=dict)          # per label
    relationships: dict[str, int] = field(default_factory=dict)  # per type

    @property
    def node_total(self) -> int:
        return sum(self.nodes.values())

    @property
    def relationship_total(self) -> int:
        return sum(self.relationships.values())

    @classmethod
    def of_graph(cls, graph: nx.MultiDiGraph) -> "Counts":
        nodes = {label: 0 for label in NODE_LABELS}
        rels = {type_: 0 for type_ in EDGE_TYPES}
        for _, data in graph.nodes(data=True):
            nodes[data["label"]] += 1
        for _, _, data in graph.edges(data=True):
            rels[data["type"]] += 1
        return cls(nodes, rels)


class GraphStore(Protocol):
    target: str  # where the data goes, for messages (never carries a password)

    def ensure_schema(self, labels: Iterable[str]) -> None: ...
    def batches(self, rows: list[dict]) -> Iterator[list[dict]]: ...
    # one write transaction, in two steps so that load_graph can prepare (render) a batch
    # while the one before it is in flight: send(prepare("UNWIND $rows ...", rows))
    def prepare(self, cypher: str, rows: list[dict]) -> object: ...
    def send(self, prepared: object) -> None: ...
    def clear(self) -> None: ...
    def counts(self) -> Counts: ...
    def run(self, cypher: str, params: dict | None = None, *, read_only: bool = False,
            timeout: float | None = None) -> list[dict]: ...
    def close(self) -> None: ...


def chunks(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def count_with(run) -> Counts:
    """Counts per label and type through a store's ``run``."""
    return Counts({label: run(q.count_nodes(label), {})[0]["n"] for label in NODE_LABELS},
                  {type_: run(q.count_relationships(type_), {})[0]["n"] for type_ in EDGE_TYPES})


@dataclass
class LoadResult:
    nodes: int
    relationships: int
    seconds: float
    node_seconds: float = 0.0  # of which writing the nodes (the rest: schema, relationships)

    @property
    def rate(self) -> float:
        return (self.nodes + self.relationships) / self.seconds if self.seconds > 0 else 0.0


def load_graph(store: GraphStore, graph: nx.MultiDiGraph | GraphRows, *, replace: bool = False,
               progress: bool = False) -> LoadResult:
    """Write every node, then every relationship, in MERGE batches (one transaction each).

    One batch is in flight at a time, on a worker thread, while this thread prepares the next
    (for FalkorDB that rendering is ~30% of a load). Only confirmed batches count as done.
    """
    from concurrent.futures import ThreadPoolExecutor

    from tqdm import tqdm

    rows = graph if isinstance(graph, GraphRows) else graph_rows(graph)
    phases = ([(q.merge_nodes(label), r) for label, r in rows.nodes.items()],
              [(q.merge_edges(*group), r) for group, r in rows.edges.items()])
    total = rows.node_count + rows.edge_count
    started = time.perf_counter()
    done, ends = 0, []
    in_flight = None  # (future, rows in it)

    def confirm():
        nonlocal done, in_flight
        if in_flight:
            (future, size), in_flight = in_flight, None
            future.result()
            done += size
            bar.update(size)

    with tqdm(total=total, disable=not progress, unit="el", unit_scale=True, file=sys.stderr,
              desc="loading", leave=False) as bar, ThreadPoolExecutor(max_workers=1) as sender:
        try:
            if replace:
                store.clear()
            store.ensure_schema(NODE_LABELS)
            for statements in phases:
                for statement, statement_rows in statements:
                    for batch in store.batches(statement_rows):
                        prepared = store.prepare(statement, batch)
                        confirm()
                        in_flight = (sender.submit(store.send, prepared), len(batch))
                confirm()
                ends.append(time.perf_counter())
        except StoreUnavailable as exc:
            raise LoadInterrupted(store.target, done, total) from exc
    return LoadResult(rows.node_count, rows.edge_count, ends[-1] - started, ends[0] - started)


def display_uri(uri: str) -> str:
    """The URI without user and password."""
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def connect(uri: str, *, user: str | None = None, password: str | None = None,
            database: str | None = None, batch_size: int | None = None,
            connect_timeout: float | None = None) -> GraphStore:
    """A store for URI; raises StoreError (one line) when it cannot connect."""
    scheme = urlsplit(uri).scheme.lower()
    if scheme in BOLT_SCHEMES:
        from kg.stores.bolt import BoltStore
        return BoltStore(uri, user=user, password=password, database=database,
                         batch_size=batch_size, connect_timeout=connect_timeout)
    if scheme in FALKOR_SCHEMES:
        from kg.stores.falkor import FalkorStore
        return FalkorStore.from_uri(uri, user=user, password=password,
                                    graph=database or DEFAULT_GRAPH, batch_size=batch_size,
                                    connect_timeout=connect_timeout)
    raise StoreError(f"unsupported URI {display_uri(uri)!r}: use bolt://, neo4j:// (Neo4j), "
                     f"or falkordb://, redis:// (FalkorDB's own protocol)")
