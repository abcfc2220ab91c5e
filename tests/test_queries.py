"""Every query in queries/ runs against the seed graph loaded into a real FalkorDB and returns the
rows the seed abstracts support (checked against the built networkx graph), the same rows over
FalkorDB's Bolt endpoint, and parses as Neo4j Cypher with Neo4j's own parser."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from conftest import ROOT
from kg.cli_store import read_query, query_params
from kg.model import EDGE_TYPES, NODE_LABELS
from kg.stores import Counts, connect, cypher, load_graph, schema, server
from kg.stores.bolt import DETECT

QUERIES = sorted((ROOT / "queries").glob("*.cypher"))


@pytest.fixture(scope="module")
def graph(seed_graph):
    return seed_graph


@pytest.fixture(scope="module")
def falkordb(tmp_path_factory, graph):
    info, _ = server.start(server.free_port(), tmp_path_factory.mktemp("falkordb"))
    try:
        store = connect(info.uri)
        load_graph(store, graph)
        yield store
        store.close()
    finally:
        server.stop(info.data_dir)


def named(graph, text):
    text = text.lower()
    return {n for n, d in graph.nodes(data=True)
            if d["name"].lower() == text or text in (a.lower() for a in d["aliases"])}


def edges(graph, type_, start=None, end=None):
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == type_
            and (start is None or u in start) and (end is None or v in end)]


def name(graph, node):
    return graph.nodes[node]["name"]


def paper_id(node):
    return node.removeprefix("paper:")


# One case per file: the parameters, and a check of the rows against the graph.

def check_leaderboard(rows, g):
    expected = Counter((name(g, u), d.get("value"), d["paper"])
                       for u, v, d in edges(g, "EVALUATED_ON", end=named(g, "GSM8K")))
    assert Counter((r["name"], r["value"], r["paper"]) for r in rows) == expected
    # "OpenMath-CodeLlama-70B ... achieves a score of 84.6% on GSM8K" (a seed abstract)
    assert ("OpenMath-CodeLlama-70B", "84.6%") in [(r["name"], r["value"]) for r in rows]
    numbers = [float(r["value"].rstrip("%").lstrip("+")) for r in rows if r["value"]]
    assert numbers == sorted(numbers, reverse=True)  # best first
    values = [r["value"] for r in rows]
    assert values == sorted(values, key=lambda v: v is None)  # rows without a value last


def check_benchmarks_of(rows, g):
    expected = {(name(g, v), d["paper"]) for u, v, d in
                edges(g, "EVALUATED_ON", start=named(g, "CodeTree"))}
    assert {(r["benchmark"], r["paper"]) for r in rows} == expected
    assert {"HumanEval", "MBPP"} <= {r["benchmark"] for r in rows}


def check_beat_baseline(rows, g):
    expected = {(name(g, u), d["paper"]) for u, v, d in
                edges(g, "COMPARED_WITH", end=named(g, "GPT-4"))}
    assert {(r["name"], r["paper"]) for r in rows} == expected
    assert all("GPT-4" in r["evidence"] for r in rows)
    assert "CoR-Math-7B" in {r["name"] for r in rows}  # "... improvement over GPT-4 ..."


def check_compared_with(rows, g):
    # "... CoR-Math-7B significantly outperforms ... GPT-4 ..."
    assert "GPT-4" in {r["baseline"] for r in rows}
    assert {r["baseline"] for r in rows} == {
        name(g, v) for u, v, d in edges(g, "COMPARED_WITH", start=named(g, "CoR-Math-7B"))}


def check_code_for(rows, g):
    papers = {u for u, v, d in edges(g, "PROPOSES", end=named(g, "LoRA"))
              + edges(g, "USES", end=named(g, "LoRA"))}
    expected = {(paper_id(u), g.nodes[v]["url"]) for u, v, d in
                edges(g, "HAS_CODE", start=papers)}
    assert expected and {(r["paper"], r["repository"]) for r in rows} == expected


def check_top_benchmarks(rows, g):
    papers = Counter()
    for b in (n for n, d in g.nodes(data=True) if d["label"] == "Benchmark"):
        papers[name(g, b)] = len({u for u, v, d in g.in_edges(b, data=True)
                                  if d["type"] in ("USES", "PROPOSES")})
    assert rows[0]["benchmark"] == "ImageNet"
    assert [r["papers"] for r in rows] == sorted((r["papers"] for r in rows), reverse=True)
    assert all(r["papers"] == papers[r["benchmark"]] for r in rows)
    assert len(rows) == 20


def check_new_benchmarks(rows, g):
    proposed = edges(g, "PROPOSES", end={n for n, d in g.nodes(data=True)
                                         if d["label"] == "Benchmark"})
    expected = {(name(g, b), paper_id(p)) for p, b, d in proposed
                if edges(g, "HAS_CODE", start={p})}
    assert {(r["benchmark"], r["paper"]) for r in rows} == expected
    assert all(r["repositories"] for r in rows)
    ape = next(r for r in rows if r["benchmark"] == "Ape210K")  # "We make Ape210K dataset
    assert ape["repositories"] == ["https://github.com/yuantiku/ape210k"]  # publicly available at"


def check_shared_benchmarks(rows, g):
    evaluated = {}
    for u, v, d in edges(g, "EVALUATED_ON"):
        if g.nodes[u]["label"] in ("Model", "Method"):
            evaluated.setdefault(u, set()).add(name(g, v))
    (codetree,) = named(g, "CodeTree")
    expected = {(name(g, other), len(evaluated[codetree] & benchmarks))
                for other, benchmarks in evaluated.items()
                if other != codetree and evaluated[codetree] & benchmarks}
    assert {(r["other"], r["shared"]) for r in rows} == expected
    assert all(r["entity"] == "CodeTree" for r in rows)
    assert rows[0]["shared"] == max(shared for _, shared in expected)


def check_connection(rows, g):
    (lora,), (gsm8k,) = named(g, "LoRA"), named(g, "GSM8K")
    (row,) = rows
    undirected = nx.Graph(g)
    assert row["hops"] == nx.shortest_path_length(undirected, lora, gsm8k)
    assert row["names"][0] == "LoRA" and row["names"][-1] == "GSM8K"
    assert len(row["names"]) == len(row["relationships"]) + 1 == row["hops"] + 1
    assert set(row["relationships"]) <= set(EDGE_TYPES)


def check_papers_without_code(rows, g):
    with_code = {u for u, v, d in edges(g, "HAS_CODE")}
    expected = {paper_id(n) for n, d in g.nodes(data=True)
                if d["label"] == "Paper" and n not in with_code}
    assert {r["paper"] for r in rows} == expected
    upvotes = [r["upvotes"] if r["upvotes"] is not None else -1 for r in rows]
    assert upvotes == sorted(upvotes, reverse=True)


def check_alias(rows, g):
    # "Direct Preference Optimization (DPO)"
    assert ("Method", "DPO") in {(r["label"], r["name"]) for r in rows}
    assert {r["key"] for r in rows} == named(g, "direct preference optimization")


def check_counts(rows, g):
    got = {(r["kind"], r["name"]): r["count"] for r in rows}
    counts = Counts.of_graph(g)
    assert got == {**{("node", k): v for k, v in counts.nodes.items() if v},
                   **{("relationship", k): v for k, v in counts.relationships.items() if v}}


def check_proposed_by(rows, g):
    (paper,) = [n for n, d in g.nodes(data=True) if d.get("title", "").startswith("Ape210K")]
    assert {(r["kind"], r["name"]) for r in rows} == {
        (g.nodes[v]["label"], name(g, v)) for u, v, d in edges(g, "PROPOSES", start={paper})}
    assert ("Benchmark", "Ape210K") in {(r["kind"], r["name"]) for r in rows}


def check_task_papers(rows, g):
    papers = {u for u, v, d in edges(g, "ADDRESSES", end=named(g, "question answering"))}
    assert {r["paper"] for r in rows} == {paper_id(p) for p in papers}
    for row in rows:
        assert set(row["proposes"]) == {name(g, v) for u, v, d in
                                        edges(g, "PROPOSES", start={"paper:" + row["paper"]})}


CASES = {
    "leaderboard": (["benchmark=gsm8k"], check_leaderboard),
    "benchmarks_of": (["entity=CodeTree"], check_benchmarks_of),
    "beat_baseline": (["baseline=GPT-4"], check_beat_baseline),
    "compared_with": (["entity=cor-math-7b"], check_compared_with),
    "code_for": (["entity=LoRA"], check_code_for),
    "top_benchmarks": ([], check_top_benchmarks),
    "new_benchmarks": (["with_code=true"], check_new_benchmarks),
    "shared_benchmarks": (["entity=CodeTree"], check_shared_benchmarks),
    "connection": (["from=LoRA", "to=GSM8K"], check_connection),
    "papers_without_code": (["limit=1000"], check_papers_without_code),
    "alias": (["name=Direct Preference Optimization"], check_alias),
    "counts": ([], check_counts),
    "proposed_by": (["paper=Ape210K: A Large-Scale and Template-Rich Dataset of Math Word "
                     "Problems"], check_proposed_by),
    "task_papers": (["task=Question Answering", "limit=1000"], check_task_papers),
}


def test_the_library_has_a_tested_query_for_each_question():
    assert len(QUERIES) >= 12
    assert sorted(p.stem for p in QUERIES) == sorted(CASES)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_header_says_the_question_and_the_parameters(path):
    query = read_query(path)
    assert len(query.description) > 20
    body = "\n".join(line for line in query.text.splitlines() if not line.startswith("//"))
    used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", body))
    assert used == set(query.params), "every $parameter is declared in the header, and only they"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_returns_what_the_seed_abstracts_support(path, falkordb, graph):
    pairs, check = CASES[path.stem]
    query = read_query(path)
    rows = falkordb.run(query.text, query_params(query, pairs), read_only=True)
    assert rows
    check(rows, graph)


@pytest.fixture(scope="module")
def bolt(tmp_path_factory, graph):
    info, _ = server.start(server.free_port(), tmp_path_factory.mktemp("falkordb-bolt"),
                           bolt_port=server.free_port(below=server.BOLT_PORT_LIMIT))
    try:
        native = connect(info.uri, database="falkordb")  # the graph Bolt clients land in
        load_graph(native, graph)
        native.close()
        store = connect(info.bolt_uri, connect_timeout=2)
        yield store
        store.close()
    finally:
        server.stop(info.data_dir)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_gives_the_same_rows_over_bolt(path, falkordb, bolt):
    query = read_query(path)
    params = query_params(query, CASES[path.stem][0])
    native = falkordb.run(query.text, params, read_only=True, timeout=60)
    over_bolt = bolt.run(query.text, params, read_only=True, timeout=60)  # as `kg query` does
    if path.stem == "counts":  # UNION ALL without ORDER BY: any order
        native, over_bolt = (sorted(tuple(row.items()) for row in rows)
                             for rows in (native, over_bolt))
    assert over_bolt == native


# Neo4j's own Cypher parser (npm @neo4j-cypher/language-support) on every statement a Neo4j
# server would get: no Neo4j server can be installed here, so this is the check of that path.

LINTER = "@neo4j-cypher/language-support@2.0.0-next.38"
LINT_JS = """
const ls = require('@neo4j-cypher/language-support');
const items = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(items.map(({query, params}) =>
  ls.lintCypherQuery(query, {parameters: params}).diagnostics
    .filter(d => d.severity === 1).map(d => d.message))));
"""


@pytest.fixture(scope="module")
def neo4j_lint():
    """A function linting statements with Neo4j's parser; installed once into a cache dir."""
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node and npm are needed for Neo4j's Cypher parser")
    cache = Path(os.environ.get("KG_CYPHER_LINT_DIR")
                 or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
                 / "kg" / "neo4j-cypher-lint")
    if not (cache / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["npm", "install", "--prefix", str(cache), "--no-audit", "--no-fund",
                               "--loglevel=error", LINTER], capture_output=True, text=True,
                              timeout=300)
        if done.returncode != 0:
            pytest.skip(f"could not install {LINTER}: {done.stderr.strip()[-300:]}")

    def lint(items: list[tuple[str, dict]]) -> list[list[str]]:
        done = subprocess.run(["node", "-e", LINT_JS], cwd=cache, capture_output=True, text=True,
                              input=json.dumps([{"query": q, "params": p} for q, p in items]),
                              timeout=120, env={**os.environ,
                                                "NODE_PATH": str(cache / "node_modules")})
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)
    return lint


def test_every_neo4j_statement_parses_with_neo4js_parser(neo4j_lint):
    items = [(s, {}) for s in schema.neo4j_statements()]
    items += [(cypher.merge_nodes(label), {"rows": []}) for label in NODE_LABELS]
    items += [(cypher.merge_edges(t, "Paper", "Model"), {"rows": []}) for t in EDGE_TYPES]
    items += [(cypher.count_nodes("Paper"), {}), (cypher.count_relationships("USES"), {}),
              (cypher.DELETE_SLICE, {"labels": [], "limit": 1}), (DETECT, {})]
    for path in QUERIES:
        query = read_query(path)
        items.append((query.text, {name: None for name in query.params}))
    # the check can fail: FalkorDB's index form is Cypher, Neo4j 4's constraint form is not
    items.append(("CREATE CONSTRAINT ON (n:Paper) ASSERT n.key IS UNIQUE", {}))
    *results, control = neo4j_lint(items)
    assert control, "the parser accepted a statement Neo4j 5 rejects"
    assert {q: errors for (q, _), errors in zip(items, results) if errors} == {}
