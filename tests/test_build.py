"""The seed graph as a whole: paper count against an independent count, schema, provenance.

The listings are parsed here with deliberately different, simpler logic than kg.sources
(an abstract is a line of 40 words or more; its title is the line before it), so the
expectations do not come from the code under test.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from kg.build import build
from kg.model import EDGE_TYPES, NODE_LABELS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

LABELS = {"Paper", "Model", "Method", "Benchmark", "Task", "Metric", "Repository", "Webpage"}
TYPES = {"PROPOSES", "USES", "EVALUATED_ON", "COMPARED_WITH", "HAS_CODE", "HAS_PAGE",
         "ADDRESSES"}
HEADER_GLUE = ("Subscribe",)


def key(title: str) -> str:
    return re.sub(r"[\W_]+", "", title.casefold())


def listing_entries(path: Path) -> list[dict]:
    """Each entry of one listing: its title and, when the page shows them, its author lines."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    entries = []
    for i, line in enumerate(lines):
        if len(line.split()) < 40:
            continue
        title = lines[i - 1]
        for glue in HEADER_GLUE:
            if title.startswith(glue) and title != glue:
                title = title[len(glue):]
        entry = {"title": title, "key": key(title)}
        if i + 2 < len(lines) and (m := re.fullmatch(r"• (\d+) authors?", lines[i + 1])):
            entry["author_count"] = int(m.group(1))
        entries.append(entry)
    return entries


def header_date(path: Path) -> str | None:
    for line in path.read_text(encoding="utf-8").splitlines()[:15]:
        if re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", line.strip()):
            return line.strip()
    return None


@pytest.fixture(scope="module")
def result():
    return build([SEEDS])


@pytest.fixture(scope="module")
def graph(result) -> nx.MultiDiGraph:
    return result.graph


@pytest.fixture(scope="module")
def paper_nodes(graph) -> dict[str, dict]:
    """Paper nodes by the key of their title."""
    return {key(d["title"]): d for _, d in graph.nodes(data=True) if d["label"] == "Paper"}


def test_paper_count_equals_an_independent_count_of_distinct_listing_papers(result, graph,
                                                                            paper_nodes):
    distinct = {entry["key"] for path in SEED_FILES for entry in listing_entries(path)}
    all_entries = sum(len(listing_entries(path)) for path in SEED_FILES)
    assert all_entries > len(distinct)          # the seeds do repeat papers
    assert result.paper_count == len(distinct)
    assert sum(1 for _, d in graph.nodes(data=True) if d["label"] == "Paper") == len(distinct)
    assert set(paper_nodes) == distinct
    assert result.record_count == all_entries
    assert result.problems == []


def test_every_label_and_edge_type_is_present(graph):
    assert LABELS == set(NODE_LABELS) and TYPES == set(EDGE_TYPES)
    labels = Counter(d["label"] for _, d in graph.nodes(data=True))
    types = Counter(d["type"] for _, _, d in graph.edges(data=True))
    assert set(labels) == LABELS
    assert set(types) == TYPES


def test_every_edge_has_its_paper_and_evidence(graph):
    for u, v, k, d in graph.edges(keys=True, data=True):
        assert isinstance(d.get("evidence"), str) and d["evidence"].strip(), (u, v, k)
        assert isinstance(d.get("paper"), str) and d["paper"], (u, v, k)
        assert graph.nodes[f"paper:{d['paper']}"]["label"] == "Paper"
        type_, paper, n = k.split("|")
        assert (type_, paper) == (d["type"], d["paper"]) and n.isdigit()


def test_edges_join_the_labels_the_schema_says(graph):
    ends = {
        "PROPOSES": ({"Paper"}, {"Model", "Method", "Benchmark", "Metric"}),
        "USES": ({"Paper"}, {"Model", "Method", "Benchmark", "Metric"}),
        "ADDRESSES": ({"Paper"}, {"Task"}),
        "EVALUATED_ON": ({"Model", "Method", "Paper"}, {"Benchmark"}),
        "COMPARED_WITH": ({"Model", "Method", "Paper"}, {"Model", "Method"}),
        "HAS_CODE": ({"Paper"}, {"Repository"}),
        "HAS_PAGE": ({"Paper"}, {"Webpage"}),
    }
    for u, v, d in graph.edges(data=True):
        sources, targets = ends[d["type"]]
        assert graph.nodes[u]["label"] in sources, (u, v, d["type"])
        assert graph.nodes[v]["label"] in targets, (u, v, d["type"])
    evaluated = [v for _, v, d in graph.edges(data=True) if d["type"] == "EVALUATED_ON"]
    assert evaluated and all(graph.nodes[v]["label"] == "Benchmark" for v in evaluated)


def test_an_entity_resolved_to_a_task_is_addressed_not_used():
    from kg.graph import build_graph
    from kg.model import ExtractedEntity, Extraction, Mention, Paper
    from kg.resolution import resolve

    def paper_with(pid: str, type_: str):
        sentence = "We study maximum likelihood estimation."
        entity = ExtractedEntity(type_, "maximum likelihood estimation", mentions=[
            Mention("maximum likelihood estimation", "abstract", 9, 38, sentence)])
        return Paper(pid, f"Paper {pid}", sentence), Extraction(pid, [entity])

    # Two papers call it a Task, one a Method: it resolves to one Task node.
    pairs = [paper_with("a", "Task"), paper_with("b", "Task"), paper_with("c", "Method")]
    graph = build_graph(pairs, resolve(pairs))
    (task,) = [n for n, d in graph.nodes(data=True) if d["label"] == "Task"]
    assert {d["type"] for _, _, d in graph.in_edges(task, data=True)} == {"ADDRESSES"}


def test_nodes_carry_key_label_name_aliases_and_no_none(graph):
    for node, d in graph.nodes(data=True):
        assert d["key"] == node and d["label"] in LABELS and d["name"]
        assert isinstance(d["aliases"], list)
        assert None not in d.values(), node
    for u, v, d in graph.edges(data=True):
        assert None not in d.values(), (u, v)


def test_a_paper_in_several_seed_files_lists_all_of_them(paper_nodes):
    files_of: dict[str, set[str]] = {}
    for path in SEED_FILES:
        for entry in listing_entries(path):
            files_of.setdefault(entry["key"], set()).add(path.name)
    repeated = {k: files for k, files in files_of.items() if len(files) > 1}
    assert repeated
    for title_key, files in repeated.items():
        node = paper_nodes[title_key]
        assert {Path(s.rsplit(":", 1)[0]).name for s in node["sources"]} == files
        dates = {header_date(SEEDS / name) for name in files} - {None}
        assert set(node.get("listing_dates", [])) == dates


def test_author_lines_survive_merging_with_an_earlier_file(paper_nodes):
    later = SEEDS / "002_fa3845e3e36f2e0c.txt"
    earlier = {entry["key"] for path in SEED_FILES if path.name < later.name
               for entry in listing_entries(path)}
    with_authors = [e for e in listing_entries(later) if "author_count" in e]
    assert any(e["key"] in earlier for e in with_authors)
    for entry in with_authors:
        assert paper_nodes[entry["key"]].get("author_count") == entry["author_count"], \
            entry["title"]
        assert "published" in paper_nodes[entry["key"]]


def test_an_arxiv_record_and_a_listing_of_the_same_paper_make_one_node(tmp_path):
    abstract = ("We propose Omicron, a transformer model for long documents. Omicron reaches "
                "strong accuracy on SQuAD and outperforms BERT while using less memory. Code "
                "is available at https://github.com/omi/omicron. We also study its limits.")
    (tmp_path / "page.txt").write_text(f"Mar 18\n\nOmicron: Long Documents\n\n{abstract}\n")
    (tmp_path / "meta.jsonl").write_text(json.dumps({
        "id": "2401.00001v3", "title": "Omicron:  Long\n Documents", "abstract": abstract,
        "authors": "Ann Lee and Bo Chen", "categories": "cs.CL",
        "update_date": "2024-01-05"}) + "\n")
    graph = build([tmp_path]).graph
    papers = [n for n, d in graph.nodes(data=True) if d["label"] == "Paper"]
    assert papers == ["paper:2401.00001"]
    node = graph.nodes["paper:2401.00001"]
    assert node["url"] == "https://arxiv.org/abs/2401.00001"
    assert node["authors"] == ["Ann Lee", "Bo Chen"] and node["listing_dates"] == ["Mar 18"]
    assert len(node["sources"]) == 2
    assert all(d["paper"] == "2401.00001" for _, _, d in graph.edges(data=True))
