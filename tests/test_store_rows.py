"""Graph -> MERGE rows, the Cypher text around them, and the parts of the store code that need
no server (the query-file header, parameter parsing, FalkorDB's parameter header)."""
from __future__ import annotations

import click
import pytest

from conftest import make_tiny_graph
from kg.cli_store import REQUIRED, format_rows, parse_value, query_params, read_query
from kg.model import EDGE_TYPES, NODE_LABELS
from kg.stores import Counts, display_uri
from kg.stores import cypher as q
from kg.stores.falkor import params_header
from kg.stores.rows import graph_rows
from kg.stores.schema import falkordb_statements, neo4j_statements


def test_node_rows_keep_lists_and_leave_absent_attributes_absent(tiny_graph):
    rows = graph_rows(tiny_graph)
    assert {label: len(r) for label, r in rows.nodes.items()} == {
        "Paper": 2, "Model": 2, "Method": 1, "Benchmark": 1, "Task": 1, "Metric": 1,
        "Repository": 1, "Webpage": 1}
    models = {row["key"]: row["props"] for row in rows.nodes["Model"]}
    assert models["model:gpt4"]["aliases"] == ["GPT4"]
    assert models["model:gpt4"]["papers"] == ["2401.00001", "t-abc123"]
    assert models["model:gpt4"]["family"] == "GPT"
    assert "family" not in models["model:foo"]  # absent stays absent, not null
    assert models["model:foo"]["aliases"] == []
    assert all("label" not in props and "key" not in props for props in models.values())
    paper = next(r for r in rows.nodes["Paper"] if r["key"] == "paper:t-abc123")["props"]
    assert "arxiv_id" not in paper and paper["listing_dates"] == []


def test_edge_rows_are_grouped_by_type_and_labels_and_carry_the_edge_key(tiny_graph):
    rows = graph_rows(tiny_graph)
    assert rows.edge_count == tiny_graph.number_of_edges() == 14
    evaluated = rows.edges[("EVALUATED_ON", "Model", "Benchmark")]
    foo = next(r for r in evaluated if r["start"] == "model:foo")
    assert foo == {"start": "model:foo", "end": "benchmark:mmlu",
                   "ekey": "EVALUATED_ON|2401.00001|0",
                   "props": {"paper": "2401.00001", "metric": "accuracy", "value": "85.3%",
                             "evidence": "Foo reaches 85.3% accuracy on MMLU and outperforms "
                                         "GPT-4."}}
    assert ("EVALUATED_ON", "Method", "Benchmark") in rows.edges
    for (type_, start, end), group in rows.edges.items():
        for row in group:
            assert tiny_graph.nodes[row["start"]]["label"] == start
            assert tiny_graph.nodes[row["end"]]["label"] == end
            assert tiny_graph.edges[row["start"], row["end"], row["ekey"]]["type"] == type_
            assert "type" not in row["props"]


def test_the_same_fact_from_two_papers_is_two_rows():
    graph = make_tiny_graph()
    graph.add_edge("model:foo", "model:gpt4", key="COMPARED_WITH|t-abc123|0",
                   type="COMPARED_WITH", paper="t-abc123", evidence="Foo beats GPT-4 again.")
    compared = graph_rows(graph).edges[("COMPARED_WITH", "Model", "Model")]
    assert sorted(r["ekey"] for r in compared) == ["COMPARED_WITH|2401.00001|0",
                                                   "COMPARED_WITH|t-abc123|0"]


def test_none_values_are_dropped_and_tuples_become_lists():
    graph = make_tiny_graph()
    graph.nodes["model:foo"].update(family=None, aliases=("Foo-1", None))
    props = next(r for r in graph_rows(graph).nodes["Model"] if r["key"] == "model:foo")["props"]
    assert "family" not in props and props["aliases"] == ["Foo-1"]


@pytest.mark.parametrize("label", ["Person", "Paper) DETACH DELETE n //", None])
def test_labels_outside_the_schema_are_refused(label):
    graph = make_tiny_graph()
    graph.nodes["model:foo"]["label"] = label
    with pytest.raises(ValueError, match="not one of"):
        graph_rows(graph)


def test_edge_types_outside_the_schema_are_refused():
    graph = make_tiny_graph()
    graph.add_edge("model:foo", "model:gpt4", key="x", type="LIKES]->() DETACH DELETE a //",
                   paper="p", evidence="")
    with pytest.raises(ValueError, match="not one of"):
        graph_rows(graph)


def test_statements_name_only_schema_labels_and_types():
    assert q.merge_nodes("Paper") == (
        "UNWIND $rows AS row MERGE (n:Paper {key: row.key}) SET n += row.props")
    assert "MERGE (a)-[r:USES {ekey: row.ekey}]->(b) SET r += row.props" in q.merge_edges(
        "USES", "Paper", "Model")
    for bad in ("Paper) DETACH DELETE n //", "paper", ""):
        with pytest.raises(ValueError):
            q.merge_nodes(bad)
        with pytest.raises(ValueError):
            q.merge_edges("USES", "Paper", bad)
    with pytest.raises(ValueError):
        q.count_relationships("USES]->() DELETE r //")


def test_schema_statements_per_dialect():
    neo4j = neo4j_statements()
    assert len(neo4j) == len(NODE_LABELS)
    assert neo4j[0] == ("CREATE CONSTRAINT kg_paper_key IF NOT EXISTS "
                        "FOR (n:Paper) REQUIRE n.key IS UNIQUE")
    assert falkordb_statements(["Paper", "Model"], indexed=["Paper"]) == [
        "CREATE INDEX FOR (n:Model) ON (n.key)"]
    with pytest.raises(ValueError):
        falkordb_statements(["Paper) ON (n.x"])


def test_counts_of_graph(tiny_graph):
    counts = Counts.of_graph(tiny_graph)
    assert set(counts.nodes) == set(NODE_LABELS) and set(counts.relationships) == set(EDGE_TYPES)
    assert counts.node_total == 10 and counts.relationship_total == 14
    assert counts.relationships["USES"] == 5


def test_falkordb_parameter_header_quotes_values_and_refuses_odd_names():
    header = params_header({"rows": [{"key": 'a"b\\', "n": 1, "l": []}], "flag": True})
    assert header == 'CYPHER rows=[{`key`:"a\\"b\\\\",`n`:1,`l`:[]}] flag=True '
    assert "\x00" not in params_header({"s": "a\x00b"})  # NUL would cut the query short
    for name in ("a b", "x=1 MATCH (n) DETACH DELETE n //", "`x`", ""):
        with pytest.raises(Exception, match="invalid parameter name"):
            params_header({name: 1})
    assert params_header({}) == ""


def test_display_uri_hides_credentials():
    assert display_uri("bolt://neo4j:secret@db.example:7687") == "bolt://db.example:7687"
    assert display_uri("falkordb://127.0.0.1:6379") == "falkordb://127.0.0.1:6379"


def test_query_header_gives_description_and_parameters(tmp_path):
    path = tmp_path / "q.cypher"
    path.write_text("// What beat a baseline?\n// param: baseline  its name\n"
                    "// param: limit = 20  most rows\n// param: focus = null  optional\n"
                    "MATCH (n) // not a header line\nRETURN n LIMIT $limit\n")
    query = read_query(path)
    assert query.description == "What beat a baseline?"
    assert query.params == {"baseline": REQUIRED, "limit": 20, "focus": None}
    assert query_params(query, ["baseline=GPT-4", "limit=5"]) == {
        "baseline": "GPT-4", "limit": 5, "focus": None}
    with pytest.raises(click.UsageError, match="--param baseline=VALUE"):
        query_params(query, [])
    with pytest.raises(click.BadParameter):
        query_params(query, ["baseline"])
    with pytest.raises(click.BadParameter):
        query_params(query, ["bad name=1"])


def test_parameter_values_are_json_when_they_parse():
    assert parse_value("10") == 10 and parse_value("2.5") == 2.5 and parse_value("true") is True
    assert parse_value("MMLU") == "MMLU" and parse_value('"10"') == "10"
    assert parse_value("LLaVA-1.5") == "LLaVA-1.5" and parse_value("null") is None


def test_output_formats():
    rows = [{"name": "Foo", "value": 85.3, "aliases": ["F", "Foo-1"], "metric": None}]
    assert format_rows(rows, "csv") == 'name,value,aliases,metric\nFoo,85.3,"[""F"", ""Foo-1""]",'
    table = format_rows(rows, "table").splitlines()
    assert table[0].split() == ["name", "value", "aliases", "metric"]
    assert table[2].split() == ["Foo", "85.3", "F,", "Foo-1"]
    assert format_rows([], "json") == "[]"
