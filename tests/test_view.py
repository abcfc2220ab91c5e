"""The HTML view without a browser: what the page holds (test_view_browser.py runs it)."""
from __future__ import annotations

import json
import random
import re

import networkx as nx
import pytest

from kg.view import FocusNotFound, ViewSummary, write_view

LABELS = ("Model", "Method", "Benchmark", "Task", "Metric")


def make_big_graph(n_nodes: int = 1500, seed: int = 7) -> nx.MultiDiGraph:
    """A schema-shaped graph of exactly ``n_nodes``: papers (a third) linked to entities."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    n_papers = n_nodes // 3
    papers = [f"2401.{i:05d}" for i in range(n_papers)]
    for pid in papers:
        key = f"paper:{pid}"
        g.add_node(key, key=key, label="Paper", name=f"Paper {pid} <i>on things</i>",
                   title=f"Paper {pid}", abstract=f"We study {pid}.", arxiv_id=pid,
                   url=f"https://arxiv.org/abs/{pid}", authors=[], categories=[],
                   listing_dates=[], sources=[])
    entities = []
    for i in range(n_nodes - n_papers):
        label = LABELS[i % len(LABELS)]
        key = f"{label.lower()}:e{i}"
        g.add_node(key, key=key, label=label, name=f"{label} {i}", aliases=[], papers=[],
                   proposed_by=[])
        entities.append(key)
    # Preferential attachment: a few hubs, a long tail, every entity used at least once.
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(entities))]
    for i, key in enumerate(entities):
        pid = papers[i % n_papers]
        g.add_edge(f"paper:{pid}", key, key=f"USES|{pid}|0", type="USES", paper=pid,
                   evidence=f"{pid} uses {key}.")
        g.nodes[key]["papers"].append(pid)
    for pid in papers:
        for j, key in enumerate(rng.choices(entities, weights=weights, k=3)):
            g.add_edge(f"paper:{pid}", key, key=f"USES|{pid}|{j + 1}", type="USES",
                       paper=pid, evidence=f"{pid} also uses {key}.")
    return g


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html,
                      re.S)
    assert match, "no data block in the page"
    return json.loads(match.group(1))


def test_writes_a_self_contained_page(tiny_graph, tmp_path):
    out = tmp_path / "sub" / "graph.html"
    summary = write_view(tiny_graph, out)
    assert summary == ViewSummary(drawn_nodes=10, total_nodes=10, drawn_edges=14, left_out=0)
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    # vis-network is inlined; nothing is loaded from anywhere.
    assert "vis.Network" in html and "function" in html[:600_000]
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "cdn" not in html.lower().replace("cdnjs", "")  # not even a commented-out CDN
    assert 'data-drawn-nodes="10"' in html
    assert "showing all 10 nodes" in html


def test_data_is_escaped_inside_the_script(tiny_graph, tmp_path):
    out = tmp_path / "graph.html"
    write_view(tiny_graph, out)
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html
    # Exactly our own <script> elements: vis-network, the JSON block and the page's code
    # (vis-network's source holds the string "<script>", which does not end or open one).
    assert len(re.findall(r"^<script\b", html, re.M)) == 3
    assert len(re.findall(r"</script>", html)) == 3
    data = page_data(html)
    paper = next(n for n in data["nodes"] if n["key"] == "paper:2401.00001")
    assert paper["name"] == "Foo: a model <script>alert(1)</script>"
    assert paper["url"] == "https://arxiv.org/abs/2401.00001"
    # Outside the data, every URL is a data one (links to papers, repositories and pages).
    urls = {n["url"] for n in data["nodes"] if "url" in n}
    assert urls == {"https://arxiv.org/abs/2401.00001", "https://github.com/foo/foo",
                    "https://foo.github.io"}


def test_heading_and_notice_are_html_escaped(tiny_graph, tmp_path):
    tiny_graph.nodes["model:foo"]["name"] = "Foo <b>bold</b>"
    out = tmp_path / "graph.html"
    write_view(tiny_graph, out, focus="model:foo")
    html = out.read_text(encoding="utf-8")
    assert "<b>bold</b>" not in html
    assert "Foo &lt;b&gt;bold&lt;/b&gt;" in html


def test_unsafe_urls_are_dropped(tiny_graph, tmp_path):
    tiny_graph.nodes["repo:github.com/foo/foo"]["url"] = "javascript:alert(1)"
    out = tmp_path / "graph.html"
    write_view(tiny_graph, out)
    data = page_data(out.read_text(encoding="utf-8"))
    repo = next(n for n in data["nodes"] if n["key"] == "repo:github.com/foo/foo")
    assert "url" not in repo


def test_tooltip_data_has_label_papers_and_evidence(tiny_graph, tmp_path):
    out = tmp_path / "graph.html"
    write_view(tiny_graph, out)
    data = page_data(out.read_text(encoding="utf-8"))
    mmlu = next(n for n in data["nodes"] if n["key"] == "benchmark:mmlu")
    assert mmlu["label"] == "Benchmark"
    assert mmlu["aliases"] == ["Massive Multitask Language Understanding"]
    assert [p[0] for p in mmlu["papers"]] == ["2401.00001", "t-abc123"]
    assert mmlu["papers"][1][1] == "Bar beats baselines"
    assert any("85.3%" in e[1] for e in mmlu["evidence"])
    colours = {n["label"]: n["color"] for n in data["nodes"]}
    assert len(set(colours.values())) == len(colours) == 8  # one colour per label
    assert [entry["label"] for entry in data["legend"]] == [
        "Paper", "Model", "Method", "Benchmark", "Task", "Metric", "Repository", "Webpage"]
    evaluated = next(e for e in data["edges"] if e["type"] == "EVALUATED_ON"
                     and data["nodes"][e["from"]]["key"] == "model:foo")
    assert evaluated["results"] == [["accuracy", "85.3%", "2401.00001"]]


def test_parallel_edges_are_drawn_once_with_all_papers(tiny_graph, tmp_path):
    tiny_graph.add_edge("model:foo", "benchmark:mmlu", key="EVALUATED_ON|t-abc123|0",
                        type="EVALUATED_ON", paper="t-abc123", evidence="Foo is run on MMLU.")
    out = tmp_path / "graph.html"
    summary = write_view(tiny_graph, out)
    assert summary.drawn_edges == 14  # 15 edges in the graph, two of them the same fact
    data = page_data(out.read_text(encoding="utf-8"))
    merged = [e for e in data["edges"] if e["type"] == "EVALUATED_ON"
              and data["nodes"][e["from"]]["key"] == "model:foo"]
    assert len(merged) == 1
    assert merged[0]["papers"] == ["2401.00001", "t-abc123"]
    assert len(merged[0]["evidence"]) == 2


@pytest.mark.parametrize("focus", ["GPT-4", "gpt4", "GPT 4", "  Gpt-4. ", "model:gpt4"])
def test_focus_by_name_alias_or_key(tiny_graph, tmp_path, focus):
    out = tmp_path / "graph.html"
    summary = write_view(tiny_graph, out, focus=focus, depth=1)
    data = page_data(out.read_text(encoding="utf-8"))
    keys = {n["key"] for n in data["nodes"]}
    assert keys == {"model:gpt4", "paper:2401.00001", "paper:t-abc123", "model:foo",
                    "benchmark:mmlu"}
    assert summary == ViewSummary(drawn_nodes=5, total_nodes=10, drawn_edges=8, left_out=5)
    assert [data["nodes"][i]["key"] for i in data["focus"]] == ["model:gpt4"]
    assert "neighbourhood of GPT-4 within 1 hop" in out.read_text(encoding="utf-8")


def test_focus_by_alias_and_depth(tiny_graph, tmp_path):
    out = tmp_path / "graph.html"
    near = write_view(tiny_graph, out, focus="massive multitask language understanding",
                      depth=0)
    assert near.drawn_nodes == 1
    far = write_view(tiny_graph, out, focus="Massive Multitask Language Understanding",
                     depth=2)
    assert far.drawn_nodes == 10


def test_focus_not_found_suggests_close_names(tiny_graph, tmp_path):
    with pytest.raises(FocusNotFound) as err:
        write_view(tiny_graph, tmp_path / "graph.html", focus="GPT-5")
    message = str(err.value)
    assert "GPT-5" in message and "GPT-4" in message
    assert not (tmp_path / "graph.html").exists()
    with pytest.raises(LookupError, match="no close names"):
        write_view(tiny_graph, tmp_path / "graph.html", focus="zzzzqqq")


def test_large_graph_is_capped_to_the_most_connected(tmp_path):
    graph = make_big_graph(1500)
    assert graph.number_of_nodes() == 1500
    out = tmp_path / "graph.html"
    summary = write_view(graph, out, max_nodes=400)
    assert summary.drawn_nodes == 400
    assert summary.total_nodes == 1500
    assert summary.left_out == 1100
    html = out.read_text(encoding="utf-8")
    assert "showing 400 of 1,500 nodes: the most connected; use kg view --focus NAME" in html
    assert 'data-drawn-nodes="400"' in html
    data = page_data(html)
    assert len(data["nodes"]) == 400
    drawn = {n["key"] for n in data["nodes"]}
    degree = {n: len(set(graph.successors(n)) | set(graph.predecessors(n))) for n in graph}
    # The 200 with the most neighbours are drawn (nothing left out has more) ...
    by_degree = sorted(graph, key=lambda k: (-degree[k], k))
    assert set(by_degree[:200]) <= drawn
    assert max(degree[k] for k in graph if k not in drawn) <= degree[by_degree[199]]
    # ... and the rest are what links them: the drawing is not 400 unconnected dots.
    linked = {k for e in data["edges"] for k in (data["nodes"][e["from"]]["key"],
                                                 data["nodes"][e["to"]]["key"])}
    assert len(linked) >= 0.95 * 400
    assert sum(entry["left_out"] for entry in data["legend"]) == 1100
    left_out = {lab: sum(1 for k in graph if k not in drawn and graph.nodes[k]["label"] == lab)
                for lab in ("Paper", "Model")}
    assert f"Left out: Paper {left_out['Paper']}, Model {left_out['Model']}, " in html
    # Every drawn edge joins two drawn nodes.
    assert all(0 <= e["from"] < 400 and 0 <= e["to"] < 400 for e in data["edges"])
    assert summary.drawn_edges == len(data["edges"])
    assert len(html) < 2_000_000


def test_cap_draws_hubs_and_the_papers_between_them(tmp_path):
    # 13,334 entities that meet only through papers: ranking by degree alone would draw
    # 400 entities and no edge at all.
    graph = make_big_graph(20_000)
    summary = write_view(graph, tmp_path / "graph.html", max_nodes=400)
    assert summary.drawn_nodes == 400 and summary.left_out == 19_600
    assert summary.drawn_edges >= 400
    data = page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    labels = {n["label"] for n in data["nodes"]}
    assert "Paper" in labels and "Model" in labels
    assert data["nodes"][0]["key"] == "model:e0"  # the biggest hub


def test_focus_neighbourhood_is_capped_too(tmp_path):
    graph = make_big_graph(1500)
    hub = max(graph, key=graph.in_degree)
    summary = write_view(graph, tmp_path / "graph.html", focus=hub, depth=2, max_nodes=50)
    assert summary.drawn_nodes == 50
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "showing 50 of its" in html
    data = page_data(html)
    assert data["nodes"][data["focus"][0]]["key"] == hub


def test_empty_graph(tmp_path):
    summary = write_view(nx.MultiDiGraph(), tmp_path / "graph.html")
    assert summary == ViewSummary(drawn_nodes=0, total_nodes=0, drawn_edges=0, left_out=0)
