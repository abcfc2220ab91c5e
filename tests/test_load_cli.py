"""`kg load`, `kg db`, `kg query` end to end against real FalkorDB servers started here: the
bundled server's life cycle, idempotent loads, one-line failures, and a server killed mid-load."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from conftest import ROOT
from kg.cli import main
from kg.stores import Counts, connect, server

SUMMARY = re.compile(r"^loaded (\d+) nodes and (\d+) relationships in [\d.]+ s "
                     r"\([\d,]+ elements/s\) into (.+)$", re.M)
LOST = re.compile(r"^kg load: lost the connection to falkordb://127\.0\.0\.1:\d+ \(graph kg\) "
                  r"after (\d+) of (\d+) elements; re-run to complete$")


@pytest.fixture(scope="module")
def graph(seed_graph):
    return seed_graph


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory, graph):
    from kg.exports import write_node_link
    path = tmp_path_factory.mktemp("graph") / "graph.json"
    write_node_link(graph, path)
    return path


@pytest.fixture
def env(tmp_path, monkeypatch):
    """A private bundled-server setup: its own data dir and port, no NEO4J_* settings."""
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    values = {"KG_DATA_DIR": str(tmp_path / "data"), "KG_FALKORDB_PORT": str(server.free_port())}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    yield values
    server.stop(tmp_path / "data")


def kg(*args, **env):
    result = CliRunner().invoke(main, list(args), env=env or None, catch_exceptions=False)
    return result


def run_kg(*args, timeout=120):
    """`python -m kg ...` in a fresh process: what a user sees, tracebacks included."""
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout,
                          env={k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")})


def store_counts(uri, graph_name="kg"):
    store = connect(uri, database=graph_name)
    try:
        return store.counts()
    finally:
        store.close()


def test_bundled_database_life_cycle_and_idempotent_loads(env, graph, graph_file):
    uri = f"falkordb://127.0.0.1:{env['KG_FALKORDB_PORT']}"
    status = kg("db", "status")
    assert status.exit_code == 1 and "not running" in status.output

    first = kg("load", "--graph", str(graph_file))
    assert first.exit_code == 0, first.output
    assert "started the bundled FalkorDB on " + uri in first.stderr
    nodes, rels, target = SUMMARY.search(first.stdout).groups()
    expected = Counts.of_graph(graph)
    assert (int(nodes), int(rels)) == (expected.node_total, expected.relationship_total)
    assert target == f"{uri} (graph kg)"
    assert store_counts(uri) == expected

    again = kg("load", "--graph", str(graph_file), "--batch-size", "500", "--quiet")
    assert again.exit_code == 0 and "started" not in again.output
    assert store_counts(uri) == expected
    replaced = kg("load", "--graph", str(graph_file), "--replace", "--quiet")
    assert replaced.exit_code == 0 and store_counts(uri) == expected

    status = kg("db", "status")
    assert status.exit_code == 0 and uri in status.output
    stopped = kg("db", "stop")
    assert stopped.exit_code == 0 and "stopped" in stopped.output
    assert kg("db", "status").exit_code == 1
    assert "not running" in kg("db", "stop").output

    started = kg("db", "start")
    assert started.exit_code == 0 and started.output.startswith("started FalkorDB")
    assert uri in started.output
    assert "already running" in kg("db", "start").output
    counts = kg("query", "counts", "--format", "json")  # the data survived the restart
    assert counts.exit_code == 0
    assert sum(r["count"] for r in json.loads(counts.stdout) if r["kind"] == "node") \
        == expected.node_total


def test_query_command_formats_and_usage_errors(env, graph_file):
    assert kg("load", "--graph", str(graph_file), "--quiet").exit_code == 0
    board = kg("query", "leaderboard", "--param", "benchmark=GSM8K", "--format", "json")
    assert board.exit_code == 0
    rows = json.loads(board.stdout)
    assert {"name": "OpenMath-CodeLlama-70B", "value": "84.6%"}.items() <= next(
        r for r in rows if r["name"] == "OpenMath-CodeLlama-70B").items()

    table = kg("query", "leaderboard", "-p", "benchmark=gsm8k", "-p", "limit=2")
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["benchmark", "kind", "name"] and len(lines) == 4

    csv_out = kg("query", str(ROOT / "queries" / "counts.cypher"), "--format", "csv")
    assert csv_out.stdout.splitlines()[0] == "kind,name,count"

    empty = kg("query", "alias", "--param", "name=no such thing")
    assert empty.exit_code == 0 and empty.stdout == "" and "(no rows)" in empty.stderr

    missing = kg("query", "leaderboard")
    assert missing.exit_code == 2 and "--param benchmark=VALUE" in missing.output
    unknown = kg("query", "no_such_query")
    assert unknown.exit_code == 2 and "leaderboard" in unknown.output


def test_connection_settings_come_from_the_usual_variables(env, graph, graph_file):
    info, _ = server.start(int(env["KG_FALKORDB_PORT"]), server.data_dir())
    result = kg("load", "--graph", str(graph_file), "--quiet",
                NEO4J_URI=info.uri, NEO4J_DATABASE="from_env")
    assert result.exit_code == 0, result.output
    assert store_counts(info.uri, "from_env") == Counts.of_graph(graph)


@pytest.mark.parametrize("uri,message", [
    ("bolt://127.0.0.1:{port}", "kg load: cannot reach bolt://127.0.0.1:{port}: "),
    ("falkordb://127.0.0.1:{port}", "kg load: cannot reach falkordb://127.0.0.1:{port} "),
    ("http://127.0.0.1:{port}", "kg load: unsupported URI"),
])
def test_an_unreachable_uri_is_one_line_and_exit_1(graph_file, uri, message):
    port = server.free_port()
    result = run_kg("load", "--graph", str(graph_file), "--quiet", "--uri", uri.format(port=port))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(message.format(port=port))


def test_a_wrong_password_is_one_line_and_exit_1(graph_file, tmp_path):
    info, _ = server.start(server.free_port(), tmp_path / "data")
    try:
        result = run_kg("load", "--graph", str(graph_file), "--quiet", "--uri", info.uri,
                        "--password", "wrong")
    finally:
        server.stop(info.data_dir)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"kg load: {info.uri} (graph kg) refused the credentials")


def test_a_server_killed_mid_load_fails_in_one_line_and_a_rerun_completes(graph, graph_file,
                                                                          tmp_path):
    directory, port = tmp_path / "data", server.free_port()
    info, _ = server.start(port, directory)
    try:
        load = subprocess.Popen(
            [sys.executable, "-m", "kg", "load", "--graph", str(graph_file), "--quiet",
             "--batch-size", "2", "--uri", info.uri], cwd=ROOT, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        watcher = connect(info.uri, database="kg")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and load.poll() is None:
            if watcher.counts().node_total >= 200:  # well into the load, far from its end
                os.kill(info.pid, signal.SIGKILL)
                break
            time.sleep(0.02)
        watcher.close()
        stdout, stderr = load.communicate(timeout=60)
        assert load.returncode == 1, (stdout, stderr)
        assert len(stderr.splitlines()) == 1, stderr
        done, total = map(int, LOST.match(stderr.strip()).groups())
        expected = Counts.of_graph(graph)
        assert 200 <= done < total == expected.node_total + expected.relationship_total

        info, started = server.start(port, directory)
        assert started
        rerun = run_kg("load", "--graph", str(graph_file), "--quiet", "--uri", info.uri)
        assert rerun.returncode == 0, rerun.stderr
        clean = run_kg("load", "--graph", str(graph_file), "--quiet", "--uri", info.uri,
                       "--database", "clean")
        assert clean.returncode == 0, clean.stderr
        assert store_counts(info.uri) == store_counts(info.uri, "clean") == expected
    finally:
        server.stop(directory)
