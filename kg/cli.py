"""The `kg` command line. Exit codes: 0 ok, 1 failure, 2 bad usage (click's own)."""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import click

from kg.cli_store import db, load, query

DEFAULT_SOURCES = ("seeds",)
DEFAULT_OUT = "out"


def _echo_problems(problems, quiet: bool) -> None:
    # One line per skipped record, on stderr, so stdout stays clean for data.
    if not quiet:
        for problem in problems:
            click.echo(f"skipped {problem}", err=True)


def _sources_or_default(sources: tuple[str, ...]) -> list[str]:
    sources = sources or DEFAULT_SOURCES
    missing = [s for s in sources if not Path(s).exists()]
    if missing:
        raise click.BadParameter(f"no such file or directory: {', '.join(missing)}",
                                 param_hint="SOURCES")
    return list(sources)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main():
    """kg: a typed knowledge graph of machine-learning research from paper abstracts."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(),
              help="Directory for graph.json, graph.graphml and graph.html.")
@click.option("--max-view-nodes", default=400, show_default=True, type=click.IntRange(min=1),
              help="Cap on the nodes drawn in graph.html (the most connected are kept).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no skipped-record lines.")
def build(sources, out_dir, max_view_nodes, quiet):
    """Build the graph from SOURCES (listings, .json/.jsonl[.gz], directories; default seeds/)."""
    from kg.build import build as run_build
    from kg.exports import write_graphml, write_node_link
    from kg.view import write_view

    started = time.perf_counter()
    result = run_build(_sources_or_default(sources), progress=not quiet)
    _echo_problems(result.problems, quiet)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_node_link(result.graph, out / "graph.json")
        write_graphml(result.graph, out / "graph.graphml")
        view = write_view(result.graph, out / "graph.html", max_nodes=max_view_nodes)
    except OSError as exc:
        raise click.ClickException(f"cannot write to {out}: {exc}") from None
    elapsed = time.perf_counter() - started
    _print_summary(result, elapsed)
    click.echo(f"wrote {out / 'graph.json'}, {out / 'graph.graphml'}, {out / 'graph.html'}"
               f" ({view.drawn_nodes} of {view.total_nodes} nodes drawn)")


def _print_summary(result, elapsed: float) -> None:
    g = result.graph
    labels = Counter(data["label"] for _, data in g.nodes(data=True))
    types = Counter(data["type"] for _, _, data in g.edges(data=True))
    click.echo(f"papers: {result.paper_count} from {result.record_count} records "
               f"({len(result.problems)} skipped) in {elapsed:.2f}s")
    click.echo("nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    click.echo("edges: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(), help="Write JSON lines here (default stdout).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no skipped-record lines.")
def extract(sources, output, quiet):
    """Extract entities, links and relations: one JSON line per paper, in the gold format."""
    from kg.build import extract_papers
    from kg.evaluation import extraction_to_gold_record

    sources = _sources_or_default(sources)  # bad usage before the output file is made
    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc}") from None
    try:
        problems = []
        for paper, extraction in extract_papers(sources,
                                                progress=not quiet and bool(output),
                                                problems=problems):
            record = extraction_to_gold_record(paper, extraction)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    _echo_problems(problems, quiet)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--errors", is_flag=True, help="List false positives and misses per paper.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold, errors, as_json):
    """Score the extractor against a hand-labelled GOLD.jsonl (see GUIDELINE.md)."""
    from kg.evaluation import evaluate_file, format_errors, format_scores

    try:
        report = evaluate_file(Path(gold))
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {gold}: {exc}") from None
    for problem in report.problems:
        click.echo(f"skipped {problem}", err=True)
    if as_json:
        click.echo(json.dumps(report.scores, indent=2))
    else:
        click.echo(format_scores(report))
    if errors:
        click.echo(format_errors(report))


@main.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--graph", "graph_path", type=click.Path(exists=True, dir_okay=False),
              help="Read a built graph.json instead of SOURCES.")
@click.option("--focus", help="Draw only this entity's neighbourhood (name or alias).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0),
              help="Hops around --focus.")
@click.option("--max-nodes", default=400, show_default=True, type=click.IntRange(min=1),
              help="Cap on drawn nodes.")
@click.option("-o", "--output", default=f"{DEFAULT_OUT}/view.html", show_default=True,
              type=click.Path())
@click.option("--quiet", "-q", is_flag=True)
def view(sources, graph_path, focus, depth, max_nodes, output, quiet):
    """Write an offline HTML view of the whole graph or of one entity's neighbourhood."""
    from kg.view import FocusNotFound, write_view

    graph = _graph_from(sources, graph_path, quiet)
    try:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        summary = write_view(graph, Path(output), focus=focus, depth=depth, max_nodes=max_nodes)
    except FocusNotFound as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc}") from None
    click.echo(f"wrote {output} ({summary.drawn_nodes} of {summary.total_nodes} nodes drawn)")


def _graph_from(sources, graph_path, quiet):
    """The graph a command works on: a built graph.json, or a fresh build of SOURCES."""
    from kg.build import build as run_build
    from kg.exports import read_node_link

    if not graph_path and not sources and Path(DEFAULT_OUT, "graph.json").exists():
        graph_path = str(Path(DEFAULT_OUT, "graph.json"))
        if not quiet:  # say so: a stale build would otherwise pass for the current one
            click.echo(f"using {graph_path} (from the last kg build; give SOURCES to rebuild)",
                       err=True)
    if graph_path:
        try:
            return read_node_link(Path(graph_path))
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"{graph_path}: {exc}") from None
    result = run_build(_sources_or_default(sources), progress=not quiet)
    _echo_problems(result.problems, quiet)
    return result.graph


main.add_command(load)
main.add_command(db)
main.add_command(query)
