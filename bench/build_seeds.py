"""How long `kg build seeds/` takes: wall clock of fresh processes, and the split by stage.

    python bench/build_seeds.py [--runs 3]

Prints figures only (no assertions). The wall-clock runs start a new `python -m kg build`
each time, so interpreter start-up and imports (spaCy, networkx) count. The stage split is
measured in this process, cold: the spaCy pipeline is built during the extract stage.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def wall_clock(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", out,
                            "--quiet"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - started)
    return times


def stages() -> tuple[dict[str, float], int, int, int]:
    timings: dict[str, float] = {}

    def timed(name, fn):
        started = time.perf_counter()
        value = fn()
        timings[name] = time.perf_counter() - started
        return value

    started = time.perf_counter()
    from kg.exports import write_graphml, write_node_link
    from kg.extraction import default_pipeline, extract_many
    from kg.graph import build_graph
    from kg.resolution import resolve
    from kg.sources import read_papers
    from kg.view import write_view
    timings["import"] = time.perf_counter() - started

    problems = []
    index = timed("read", lambda: read_papers([SEEDS], problems.append))
    papers = list(index.papers.values())
    timed("  (pipeline load)", default_pipeline)
    extractions = timed("extract", lambda: list(extract_many(papers)))
    timings["extract"] += timings["  (pipeline load)"]
    pairs = list(zip(papers, extractions))
    graph = timed("resolve+graph", lambda: build_graph(pairs, resolve(pairs)))

    def write():
        with tempfile.TemporaryDirectory() as out:
            write_node_link(graph, Path(out, "graph.json"))
            write_graphml(graph, Path(out, "graph.graphml"))
            write_view(graph, Path(out, "graph.html"))
    timed("write", write)
    return timings, len(papers), graph.number_of_nodes(), graph.number_of_edges()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    times = wall_clock(args.runs)
    print(f"kg build seeds/ (fresh process, {args.runs} runs): "
          + ", ".join(f"{t:.2f}s" for t in times)
          + f"  | best {min(times):.2f}s, mean {statistics.mean(times):.2f}s")

    timings, papers, nodes, edges = stages()
    total = sum(v for k, v in timings.items() if not k.startswith(" "))
    print(f"stages in-process ({papers} papers -> {nodes} nodes, {edges} edges):")
    for name in ("import", "read", "extract", "  (pipeline load)", "resolve+graph", "write"):
        print(f"  {name:<18} {timings[name]:6.3f}s")
    print(f"  {'total':<18} {total:6.3f}s")


if __name__ == "__main__":
    main()
