"""`kg load`, `kg db`, `kg query`: the graph-database commands.

Without --uri (or NEO4J_URI) they use the bundled FalkorDB (kg.stores.server), starting it when
needed. Failures print one line, ``kg <command>: <what happened>``, and exit 1.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from kg.stores import StoreError

QUERY_DIRS = (Path("queries"), Path(__file__).resolve().parent.parent / "queries")
PARAM_LINE = re.compile(r"^//\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(\S+))?\s*(.*)$")
PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
REQUIRED = object()


class Failure(click.ClickException):
    """One line on stderr, ``kg <command>: <message>``, exit code 1."""

    def __init__(self, command: str, message: str):
        super().__init__(message)
        self.command = command

    def show(self, file=None) -> None:
        click.echo(f"kg {self.command}: {self.format_message()}", err=True)


CONNECTION_OPTIONS = (
    click.option("--uri", envvar="NEO4J_URI",
                 help="bolt:// or neo4j:// (Neo4j), falkordb:// or redis:// (FalkorDB); "
                      "default: the bundled FalkorDB.  [env: NEO4J_URI]"),
    click.option("--user", envvar="NEO4J_USERNAME", help="[env: NEO4J_USERNAME; default neo4j]"),
    click.option("--password", envvar="NEO4J_PASSWORD", help="[env: NEO4J_PASSWORD]"),
    click.option("--database", envvar="NEO4J_DATABASE",
                 help="Neo4j database, or FalkorDB graph (default kg).  [env: NEO4J_DATABASE]"),
)


def _connection_options(fn):
    for option in reversed(CONNECTION_OPTIONS):
        fn = option(fn)
    return fn


def _open_store(command: str, uri, user, password, database, batch_size=None, quiet=False):
    from kg.stores import connect, server

    try:
        if not uri:
            info, started = server.start()
            if started and not quiet:
                click.echo(f"started the bundled FalkorDB on {info.uri} "
                           f"(data in {info.data_dir}; stop it with `kg db stop`)", err=True)
            uri, user, password = info.uri, None, None
        return connect(uri, user=user, password=password, database=database,
                       batch_size=batch_size)
    except StoreError as exc:
        raise Failure(command, str(exc)) from None


@click.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--graph", "graph_path", type=click.Path(exists=True, dir_okay=False),
              help="Load a built graph.json instead of building SOURCES.")
@_connection_options
@click.option("--batch-size", type=click.IntRange(min=1),
              help="Rows per transaction (default: 10000 FalkorDB, 1000 Neo4j, at most 20 "
                   "over FalkorDB's Bolt endpoint).")
@click.option("--replace", is_flag=True,
              help="First delete what is there: the FalkorDB graph, or in Neo4j the nodes with "
                   "kg's labels.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def load(sources, graph_path, uri, user, password, database, batch_size, replace, quiet):
    """Load the graph into Neo4j or the bundled FalkorDB; loading twice changes nothing."""
    from kg.cli import _graph_from
    from kg.stores import load_graph

    graph = _graph_from(sources, graph_path, quiet)
    store = _open_store("load", uri, user, password, database, batch_size, quiet)
    try:
        result = load_graph(store, graph, replace=replace, progress=not quiet)
    except StoreError as exc:
        raise Failure("load", str(exc)) from None
    finally:
        store.close()
    click.echo(f"loaded {result.nodes} nodes and {result.relationships} relationships in "
               f"{result.seconds:.2f} s ({result.rate:,.0f} elements/s) into {store.target}")


@click.group()
def db():
    """Run the bundled FalkorDB (127.0.0.1 only; data kept across restarts)."""


def _describe(info) -> str:
    return (f"FalkorDB (pid {info.pid}) on {info.uri}, data in {info.data_dir}\n"
            f"  kg load / kg query use it when no --uri or NEO4J_URI is given")


@db.command()
@click.option("--port", type=click.IntRange(1, 65535), envvar="KG_FALKORDB_PORT",
              help="Port on 127.0.0.1 (default 16379).  [env: KG_FALKORDB_PORT]")
def start(port):
    """Start the bundled FalkorDB unless it is running."""
    from kg.stores import server

    try:
        info, started = server.start(port)
    except StoreError as exc:
        raise Failure("db start", str(exc)) from None
    click.echo(("started " if started else "already running: ") + _describe(info))


@db.command()
def stop():
    """Stop the bundled FalkorDB; its data stays for the next start."""
    from kg.stores import server

    try:
        info = server.stop()
    except StoreError as exc:
        raise Failure("db stop", str(exc)) from None
    if info:
        click.echo(f"stopped FalkorDB (pid {info.pid}); data kept in {info.data_dir}")
    else:
        click.echo("FalkorDB is not running")


@db.command()
def status():
    """Tell whether the bundled FalkorDB runs and where (exit 1 when it does not)."""
    from kg.stores import server

    info = server.status()
    if info is None:
        click.echo(f"FalkorDB is not running (data in {server.data_dir()})")
        sys.exit(1)
    click.echo("running: " + _describe(info))


@dataclass
class QueryFile:
    path: Path
    text: str
    description: str
    params: dict = field(default_factory=dict)  # name -> default, or REQUIRED


def read_query(path: Path) -> QueryFile:
    """A .cypher file; its header comment gives the question and ``// param: name [= default]``."""
    text = path.read_text(encoding="utf-8")
    description, params = [], {}
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        match = PARAM_LINE.match(line)
        if match:
            name, default, _ = match.groups()
            params[name] = REQUIRED if default is None else parse_value(default)
        else:
            description.append(line[2:].strip())
    return QueryFile(path, text, " ".join(d for d in description if d), params)


def find_query(name: str) -> Path:
    path = Path(name)
    if path.is_file():
        return path
    for directory in QUERY_DIRS:
        candidate = directory / f"{name}.cypher"
        if candidate.is_file():
            return candidate
    names = sorted({p.stem for d in QUERY_DIRS if d.is_dir() for p in d.glob("*.cypher")})
    raise click.BadParameter(f"no query {name!r}; known: {', '.join(names) or 'none'}",
                             param_hint="NAME|FILE")


def parse_value(text: str):
    """JSON when it parses (numbers, true, lists, quoted strings), else the text itself."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def query_params(query: QueryFile, pairs) -> dict:
    params = {name: default for name, default in query.params.items() if default is not REQUIRED}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not PARAM_NAME.match(name):
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--param")
        params[name] = parse_value(value)
    missing = [name for name, default in query.params.items()
               if default is REQUIRED and name not in params]
    if missing:
        raise click.UsageError(f"{query.path.stem} needs "
                               + " ".join(f"--param {name}=VALUE" for name in missing))
    return params


def _cell(value, limit: int | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        text = ", ".join(_cell(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, default=str)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[:limit - 1] + "…"


def format_rows(rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if columns:
            writer.writerow(columns)
        for row in rows:
            writer.writerow([json.dumps(row[c], ensure_ascii=False, default=str)
                             if isinstance(row[c], (list, dict)) else ("" if row[c] is None
                                                                       else row[c])
                             for c in columns])
        return out.getvalue().rstrip("\n")
    cells = [[_cell(row[c], 80) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


@click.command()
@click.argument("name", metavar="NAME|FILE")
@click.option("--param", "-p", "pairs", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; VALUE is read as JSON when it parses (numbers), "
                   "else as text. Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60,
              show_default=True, help="Seconds before the server abandons the query.")
@_connection_options
def query(name, pairs, fmt, timeout, uri, user, password, database):
    """Run a read-only Cypher query: a name from queries/ (e.g. leaderboard) or a .cypher file."""
    query_file = read_query(find_query(name))
    params = query_params(query_file, pairs)
    store = _open_store("query", uri, user, password, database)
    try:
        rows = store.run(query_file.text, params, read_only=True, timeout=timeout)
    except StoreError as exc:
        raise Failure("query", str(exc)) from None
    finally:
        store.close()
    if rows or fmt == "json":
        click.echo(format_rows(rows, fmt))
    if not rows:
        click.echo("(no rows)", err=True)
