"""Shared fixtures: a tiny hand-made graph that follows kg.graph's schema, and the seed graph."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "dev.jsonl"


def make_tiny_graph() -> nx.MultiDiGraph:
    """Two papers, a benchmark both evaluate on, a baseline, code and a page."""
    g = nx.MultiDiGraph()

    def node(key, label, name, **attrs):
        g.add_node(key, key=key, label=label, name=name, aliases=attrs.pop("aliases", []), **attrs)

    node("paper:2401.00001", "Paper", "Foo: a model <script>alert(1)</script>",
         title="Foo: a model <script>alert(1)</script>", abstract="We propose Foo.",
         arxiv_id="2401.00001", url="https://arxiv.org/abs/2401.00001",
         listing_dates=["Mar 18"], sources=["seeds/x.txt:3"], authors=[], categories=[])
    node("paper:t-abc123", "Paper", "Bar beats baselines", title="Bar beats baselines",
         abstract="Bar is evaluated on MMLU.", sources=["seeds/y.txt:9"], listing_dates=[],
         authors=[], categories=[])
    node("model:foo", "Model", "Foo", papers=["2401.00001"], proposed_by=["2401.00001"])
    node("model:gpt4", "Model", "GPT-4", aliases=["GPT4"], family="GPT",
         papers=["2401.00001", "t-abc123"], proposed_by=[])
    node("method:bar", "Method", "Bar", papers=["t-abc123"], proposed_by=["t-abc123"])
    node("benchmark:mmlu", "Benchmark", "MMLU",
         aliases=["Massive Multitask Language Understanding"],
         papers=["2401.00001", "t-abc123"], proposed_by=[])
    node("task:questionanswering", "Task", "question answering", papers=["t-abc123"],
         proposed_by=[])
    node("metric:accuracy", "Metric", "accuracy", papers=["2401.00001"], proposed_by=[])
    node("repo:github.com/foo/foo", "Repository", "foo/foo", url="https://github.com/foo/foo",
         host="github.com")
    node("page:foo.github.io", "Webpage", "foo.github.io", url="https://foo.github.io",
         host="foo.github.io")

    def edge(u, v, type_, paper, evidence, n=0, **attrs):
        g.add_edge(u, v, key=f"{type_}|{paper}|{n}", type=type_, paper=paper,
                   evidence=evidence, **attrs)

    s1 = "Foo reaches 85.3% accuracy on MMLU and outperforms GPT-4."
    edge("paper:2401.00001", "model:foo", "PROPOSES", "2401.00001", "We propose Foo.")
    edge("paper:2401.00001", "model:gpt4", "USES", "2401.00001", s1)
    edge("paper:2401.00001", "benchmark:mmlu", "USES", "2401.00001", s1)
    edge("paper:2401.00001", "metric:accuracy", "USES", "2401.00001", s1)
    edge("model:foo", "benchmark:mmlu", "EVALUATED_ON", "2401.00001", s1,
         metric="accuracy", value="85.3%")
    edge("model:foo", "model:gpt4", "COMPARED_WITH", "2401.00001", s1)
    edge("paper:2401.00001", "repo:github.com/foo/foo", "HAS_CODE", "2401.00001",
         "Code: https://github.com/foo/foo")
    edge("paper:2401.00001", "page:foo.github.io", "HAS_PAGE", "2401.00001",
         "See https://foo.github.io")
    s2 = "Bar is evaluated on MMLU for question answering."
    edge("paper:t-abc123", "method:bar", "PROPOSES", "t-abc123", s2)
    edge("paper:t-abc123", "benchmark:mmlu", "USES", "t-abc123", s2)
    edge("paper:t-abc123", "model:gpt4", "USES", "t-abc123", s2)
    edge("paper:t-abc123", "task:questionanswering", "ADDRESSES", "t-abc123", s2)
    edge("method:bar", "benchmark:mmlu", "EVALUATED_ON", "t-abc123", s2)
    edge("model:gpt4", "benchmark:mmlu", "EVALUATED_ON", "t-abc123", s2, metric="accuracy",
         value="80.1%")
    return g


@pytest.fixture
def tiny_graph() -> nx.MultiDiGraph:
    return make_tiny_graph()


@pytest.fixture(scope="session")
def seed_graph() -> nx.MultiDiGraph:
    """The graph of seeds/, built once for every test that only reads it."""
    from kg.build import build
    return build([str(SEEDS)]).graph
