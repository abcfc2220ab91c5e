"""BoltStore: any Bolt server through the official neo4j driver (no APOC, no plugin).

Neo4j gets 1,000-row batches and uniqueness constraints. FalkorDB's experimental Bolt endpoint
(it introduces itself as Neo4j, so it is recognised by failing ``dbms.components()``) gets the
FalkorDB index statements and tiny batches: there a query's parameters must stay under ~4 KB,
beyond which the server crashes (see ../shared/notes/falkordb.md), and the database name is
ignored, so none is sent.
"""
from __future__ import annotations

import logging
import socket
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from kg.model import NODE_LABELS
from kg.stores import (Counts, StoreAuthError, StoreError, StoreUnavailable, chunks, count_with,
                       display_uri)
from kg.stores import cypher as q
from kg.stores.schema import FALKORDB, NEO4J, ensure_schema

NEO4J_BATCH = 1_000
FALKORDB_BATCH = 20          # rows at most, and
FALKORDB_PARAM_BYTES = 3_500  # their rendered size at most (the server crashes past ~4,050)
CONNECT_TIMEOUT = 15.0
RETRY_SECONDS = 15.0
DETECT = "CALL dbms.components() YIELD name RETURN name"

# The driver logs each retry as a warning; without a handler Python would print them to stderr,
# next to the one line a failure gets. An application that configures logging still sees them.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def falkordb_escape(value):
    """Make a parameter survive FalkorDB 4.16's Bolt endpoint, which pastes string parameters
    between single quotes without escaping them (measured: a quote in a value ended the string
    and the rest ran as Cypher). Escaped like this, every string reads back unchanged."""
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'").replace("\x00", "\ufffd")
    if isinstance(value, list):
        return [falkordb_escape(item) for item in value]
    if isinstance(value, dict):
        return {name: falkordb_escape(item) for name, item in value.items()}
    return value


def _rendered_size(row: dict) -> int:
    from falkordb.helpers import stringify_param_value
    return len(stringify_param_value(falkordb_escape(row)).encode("utf-8")) + 1


class BoltStore:
    def __init__(self, uri: str, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, batch_size: int | None = None,
                 connect_timeout: float | None = None):
        import neo4j

        timeout = connect_timeout or CONNECT_TIMEOUT
        auth = (user or "neo4j", password) if password is not None else None
        self.target = display_uri(uri) + (f" (database {database})" if database else "")
        self.database = database
        self.falkordb = False
        self._probe(uri, timeout)
        try:
            self.driver = neo4j.GraphDatabase.driver(
                uri, auth=auth, connection_timeout=timeout,
                connection_acquisition_timeout=timeout, max_transaction_retry_time=RETRY_SECONDS)
        except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
            raise StoreError(f"bad URI {display_uri(uri)!r}: {exc}") from None
        try:
            self.falkordb = self._is_falkordb()
        except BaseException:
            self.driver.close()
            raise
        if self.falkordb:
            self.database = None
            self.batch_size = min(batch_size or FALKORDB_BATCH, FALKORDB_BATCH)
        else:
            self.batch_size = batch_size or NEO4J_BATCH
        self.dialect = FALKORDB if self.falkordb else NEO4J

    def _probe(self, uri: str, timeout: float) -> None:
        """Open and close a plain TCP connection first. An unreachable server fails here at once
        instead of after the driver's retries; and FalkorDB's Bolt endpoint, which stalls the
        first connection made after a Bolt client has left, hands that stall to this socket."""
        parts = urlsplit(uri)
        try:
            port = parts.port or 7687
            socket.create_connection((parts.hostname or "localhost", port), timeout=timeout).close()
        except ValueError:
            raise StoreError(f"bad port in {display_uri(uri)!r}") from None
        except OSError as exc:
            raise StoreUnavailable(f"cannot reach {self.target}: {exc.strerror or exc}") from None

    def _is_falkordb(self) -> bool:
        import neo4j

        try:
            rows = self._execute(DETECT, {}, write=False, database=None)
        except StoreError as exc:
            if isinstance(exc.__cause__, neo4j.exceptions.Neo4jError):
                return True  # every Neo4j server has dbms.components(); FalkorDB has not
            raise
        return not any(str(row.get("name", "")).startswith("Neo4j") for row in rows)

    def _execute(self, cypher: str, params: dict, *, write: bool, database: str | None = None,
                 result: bool = True, timeout: float | None = None):
        from neo4j import exceptions as nx
        from neo4j import unit_of_work

        if self.falkordb:
            params = falkordb_escape(params)

        @unit_of_work(timeout=timeout)
        def work(tx):
            res = tx.run(cypher, params)
            return res.data() if result else res.consume()

        try:
            with self.driver.session(database=database) as session:
                return (session.execute_write if write else session.execute_read)(work)
        except nx.AuthError as exc:
            raise StoreAuthError(f"{self.target} refused the credentials: {exc.message}") \
                from None
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.ConnectionAcquisitionTimeoutError,
                OSError) as exc:
            raise StoreUnavailable(f"cannot reach {self.target}: {exc}") from exc
        except nx.Neo4jError as exc:
            raise StoreError(f"{exc.code}: {exc.message}") from exc
        except nx.DriverError as exc:
            raise StoreError(f"{type(exc).__name__}: {exc}") from exc

    def run(self, cypher: str, params: dict | None = None, *, read_only: bool = False,
            timeout: float | None = None) -> list[dict]:
        return self._execute(cypher, params or {}, write=not read_only, database=self.database,
                             timeout=timeout)

    def ensure_schema(self, labels: Iterable[str]) -> None:
        ensure_schema(lambda cypher, params: self.run(cypher, params), self.dialect, labels)

    def batches(self, rows: list[dict]) -> Iterator[list[dict]]:
        if not self.falkordb:
            yield from chunks(rows, self.batch_size)
            return
        header = len("CYPHER rows=[] ")
        batch, size = [], header
        for row in rows:
            row_size = _rendered_size(row)
            if header + row_size > FALKORDB_PARAM_BYTES:
                raise StoreError(f"{row.get('key') or row.get('ekey')} is too large for "
                                 f"FalkorDB's Bolt endpoint ({row_size} bytes; it crashes past "
                                 f"~4 KB of parameters): load through falkordb:// instead")
            if batch and (len(batch) >= self.batch_size or size + row_size > FALKORDB_PARAM_BYTES):
                yield batch
                batch, size = [], header
            batch.append(row)
            size += row_size
        if batch:
            yield batch

    def prepare(self, cypher: str, rows: list[dict]) -> tuple[str, dict]:
        return cypher, {"rows": rows}

    def send(self, prepared: tuple[str, dict]) -> None:
        cypher, params = prepared
        self._execute(cypher, params, write=True, database=self.database, result=False)

    def clear(self) -> None:
        params = {"labels": list(NODE_LABELS), "limit": 10_000}
        while self.run(q.DELETE_SLICE, params)[0]["deleted"]:
            pass

    def counts(self) -> Counts:
        return count_with(lambda cypher, params: self.run(cypher, params, read_only=True))

    def close(self) -> None:
        self.driver.close()
