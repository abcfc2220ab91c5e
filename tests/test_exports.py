"""Exports: node-link JSON and GraphML written and read back give the same graph."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.exports import (LIST_ATTRIBUTES, read_graphml, read_node_link, write_graphml,
                        write_node_link)



@pytest.fixture(params=["tiny", "seeds"])
def graph(request, tiny_graph) -> nx.MultiDiGraph:
    return tiny_graph if request.param == "tiny" else request.getfixturevalue("seed_graph")


def json_round_trip(graph, tmp_path):
    path = tmp_path / "graph.json"
    write_node_link(graph, path)
    return read_node_link(path)


def graphml_round_trip(graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    return read_graphml(path)


def assert_same_attributes(expected: dict, actual: dict, where) -> None:
    assert actual == expected, where
    for name, value in expected.items():  # 3 == 3.0 and True == 1: check the types too
        assert type(actual[name]) is type(value), (where, name, actual[name])


def assert_same_graph(expected: nx.MultiDiGraph, actual: nx.MultiDiGraph) -> None:
    assert isinstance(actual, nx.MultiDiGraph) and actual.is_directed()
    assert set(actual.nodes) == set(expected.nodes)
    assert set(actual.edges(keys=True)) == set(expected.edges(keys=True))
    assert actual.number_of_edges() == expected.number_of_edges()
    for node, data in expected.nodes(data=True):
        assert_same_attributes(data, actual.nodes[node], node)
    for u, v, key, data in expected.edges(keys=True, data=True):
        assert_same_attributes(data, actual.edges[u, v, key], (u, v, key))


@pytest.mark.parametrize("round_trip", [json_round_trip, graphml_round_trip],
                         ids=["node-link", "graphml"])
def test_round_trip_gives_the_same_graph(graph, round_trip, tmp_path):
    assert graph.number_of_nodes() and graph.number_of_edges()
    assert_same_graph(graph, round_trip(graph, tmp_path))


def test_seed_graph_has_what_the_round_trip_must_keep(seed_graph):
    # Guards the round-trip test against passing on a graph without the tricky attributes.
    papers = [d for _, d in seed_graph.nodes(data=True) if d["label"] == "Paper"]
    assert any(isinstance(d.get("upvotes"), int) for d in papers)
    assert any(isinstance(d.get("author_count"), int) for d in papers)
    assert any(len(d["sources"]) > 1 for d in papers)
    assert any(d.get("aliases") for _, d in seed_graph.nodes(data=True))
    assert any("metric" in d for _, _, d in seed_graph.edges(data=True))
    assert any(not text.isascii() for _, d in seed_graph.nodes(data=True)
               for text in [d["name"]])


def test_graphml_lists_are_flattened_in_the_file_and_lists_again_on_reading(graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    plain = nx.read_graphml(path, force_multigraph=True)   # what any GraphML tool sees
    back = read_graphml(path)
    seen = set()
    for node, data in graph.nodes(data=True):
        for name in LIST_ATTRIBUTES:
            if name in data:
                seen.add(name)
                assert isinstance(plain.nodes[node][name], str)
                assert json.loads(plain.nodes[node][name]) == data[name]
                assert isinstance(back.nodes[node][name], list)
    assert {"aliases", "sources", "papers"} <= seen


def test_node_link_file_is_plain_networkx_node_link_json(tiny_graph, tmp_path):
    path = tmp_path / "graph.json"
    write_node_link(tiny_graph, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["directed"] is True and data["multigraph"] is True
    assert {n["id"] for n in data["nodes"]} == set(tiny_graph.nodes)
    assert {(e["source"], e["target"], e["key"]) for e in data["edges"]} == \
        set(tiny_graph.edges(keys=True))
    # non-ASCII text is written as itself, not as escapes
    tiny_graph.nodes["model:foo"]["name"] = "Föö-模型"
    write_node_link(tiny_graph, path)
    assert "Föö-模型" in path.read_text(encoding="utf-8")
    assert read_node_link(path).nodes["model:foo"]["name"] == "Föö-模型"


@pytest.mark.parametrize("content", [
    b"", b"not json at all", b"[1, 2, 3]", b'"a string"', b"42", b"null", b'{"a": 1}',
    b'{"nodes": [{"id": "x"}]}', b"\xff\xfe\x00binary", b"<?xml version='1.0'?><graphml/>",
], ids=["empty", "text", "list", "string", "number", "null", "object", "no-edges", "binary",
        "xml"])
def test_read_node_link_on_a_non_graph_file_raises_value_error(tmp_path, content):
    path = tmp_path / "not-a-graph.json"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="not a kg node-link graph"):
        read_node_link(path)


def test_read_node_link_on_the_graphml_export_raises_value_error(tiny_graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(tiny_graph, path)
    with pytest.raises(ValueError):
        read_node_link(path)
