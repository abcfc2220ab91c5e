"""The `kg` command line, driven through click's CliRunner and once as a real process."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.exports import read_node_link

ROOT = Path(__file__).resolve().parent.parent

FOO_TITLE = "FooNet: Fast Image Classification"
FOO_ABSTRACT = ("We propose FooNet, a convolutional network for image classification. FooNet "
                "reaches 85.3% top-1 accuracy on ImageNet and outperforms ResNet-50 and "
                "ViT-B/16 while using half the compute of previous models on standard "
                "hardware. Code is available at https://github.com/foo/foonet.")
BAR_TITLE = "BarQA: Retrieval for Question Answering"
BAR_ABSTRACT = ("We introduce BarQA, a retrieval-augmented method for open-domain question "
                "answering. BarQA is evaluated on Natural Questions and TriviaQA, where it "
                "improves exact match over BERT and T5 baselines by a wide margin. We release "
                "models and data at https://barqa.github.io to support further research work.")
GOOD_JSON = {"title": "BazLM: Small Language Models", "abstract": (
    "We present BazLM, a small language model trained on curated web text. BazLM matches "
    "GPT-3 on MMLU with far fewer parameters, and we study its scaling behaviour in detail.")}
GOLD_KEYS = {"title", "entities", "urls", "evaluated_on", "compared_with"}


def run(*args: str):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def inputs(tmp_path) -> dict[str, Path]:
    """A listing with two papers, and a JSONL file whose second line is broken."""
    listing = tmp_path / "in" / "page.txt"
    listing.parent.mkdir()
    listing.write_text("\n\n".join(["Subscribe", "Mar 18", FOO_TITLE, FOO_ABSTRACT, BAR_TITLE,
                                    BAR_ABSTRACT]) + "\n", encoding="utf-8")
    jsonl = tmp_path / "in" / "more.jsonl"
    jsonl.write_text(json.dumps(GOOD_JSON) + "\n" + '{"title": "Broken", \n', encoding="utf-8")
    return {"listing": listing, "jsonl": jsonl, "dir": listing.parent}


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def skipped_lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("skipped ")]


# ---------------------------------------------------------------- build

def test_build_writes_the_three_files_prints_counts_and_reports_the_bad_line(inputs, tmp_path):
    out = tmp_path / "out"
    result = run("build", inputs["dir"], "--out", out)
    assert result.exit_code == 0
    for name in ("graph.json", "graph.graphml", "graph.html"):
        assert (out / name).stat().st_size > 0
    graph = read_node_link(out / "graph.json")
    titles = {d["title"] for _, d in graph.nodes(data=True) if d["label"] == "Paper"}
    assert titles == {FOO_TITLE, BAR_TITLE, GOOD_JSON["title"]}

    assert skipped_lines(result) == [line for line in stderr_lines(result)
                                     if line.startswith("skipped")]
    (skipped,) = skipped_lines(result)
    assert skipped.startswith(f"skipped {inputs['jsonl']}:2: malformed JSON")
    assert skipped_lines(result) == [line for line in result.stderr.splitlines()
                                     if "skipped " in line]

    labels = Counter(d["label"] for _, d in graph.nodes(data=True))
    types = Counter(d["type"] for _, _, d in graph.edges(data=True))
    assert "papers: 3 from 3 records (1 skipped)" in result.stdout
    assert "nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())) in result.stdout
    assert "edges: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())) in result.stdout


def test_build_shows_progress_unless_quiet(inputs, tmp_path):
    loud = run("build", inputs["dir"], "--out", tmp_path / "loud")
    assert "extracting" in loud.stderr
    quiet = run("build", inputs["dir"], "--out", tmp_path / "quiet", "--quiet")
    assert quiet.exit_code == 0
    assert quiet.stderr == ""
    assert skipped_lines(quiet) == [] and "extracting" not in quiet.output
    assert "papers: 3 from 3 records (1 skipped)" in quiet.stdout
    assert (tmp_path / "quiet" / "graph.json").exists()


def test_build_bad_usage_exits_2(inputs, tmp_path):
    missing = run("build", tmp_path / "nope", "--out", tmp_path / "out")
    assert missing.exit_code == 2
    assert "no such file or directory" in missing.stderr
    assert not (tmp_path / "out").exists()
    assert run("build", inputs["dir"], "--max-view-nodes", "0").exit_code == 2
    assert run("build", "--no-such-option").exit_code == 2


def test_build_into_an_unwritable_place_exits_1_with_one_line(inputs, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run("build", inputs["listing"], "--out", blocker, "-q")
    assert result.exit_code == 1
    assert stderr_lines(result) == [line for line in stderr_lines(result)
                                    if line.startswith("Error: ")]
    assert len(stderr_lines(result)) == 1


def test_build_as_a_real_process_on_the_default_seeds(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg", "build", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    graph = read_node_link(out / "graph.json")
    assert (out / "graph.graphml").exists() and (out / "graph.html").exists()
    papers = sum(1 for _, d in graph.nodes(data=True) if d["label"] == "Paper")
    counts = dict(re.findall(r"(\w+) (\d+)", proc.stdout.splitlines()[1]))
    assert proc.stdout.startswith(f"papers: {papers} from ")
    assert counts == {k: str(v) for k, v in
                      Counter(d["label"] for _, d in graph.nodes(data=True)).items()}
    assert all(d["sources"][0].startswith("seeds/") for _, d in graph.nodes(data=True)
               if d["label"] == "Paper")
    assert "skipped" not in proc.stderr


# ---------------------------------------------------------------- extract

def test_extract_writes_one_gold_format_line_per_paper(inputs, tmp_path):
    output = tmp_path / "pred.jsonl"
    result = run("extract", inputs["listing"], inputs["jsonl"], "-o", output)
    assert result.exit_code == 0
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["title"] for r in records] == [FOO_TITLE, BAR_TITLE, GOOD_JSON["title"]]
    for record in records:
        assert GOLD_KEYS <= set(record)
        for entity in record["entities"]:
            assert {"type", "name", "aliases", "proposed"} <= set(entity)
            assert entity["type"] in ("Model", "Method", "Benchmark", "Task", "Metric")
        for url in record["urls"]:
            assert set(url) == {"url", "kind"} and url["kind"] in ("code", "project")
        assert all({"subject", "benchmark"} <= set(r) for r in record["evaluated_on"])
        assert all({"subject", "baseline"} <= set(r) for r in record["compared_with"])
    foo = records[0]
    assert {"url": "https://github.com/foo/foonet", "kind": "code"} in foo["urls"]
    assert any(e["name"] == "FooNet" and e["proposed"] for e in foo["entities"])
    (skipped,) = skipped_lines(result)
    assert skipped.startswith(f"skipped {inputs['jsonl']}:2: ")


def test_extract_to_stdout_keeps_stdout_for_data(inputs):
    result = run("extract", inputs["jsonl"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["title"] == GOOD_JSON["title"]
    assert skipped_lines(result) == stderr_lines(result) and len(stderr_lines(result)) == 1
    assert run("extract", inputs["jsonl"], "-q").stderr == ""


def test_extract_bad_usage_exits_2_and_writes_nothing(tmp_path):
    output = tmp_path / "pred.jsonl"
    assert run("extract", tmp_path / "nope.jsonl", "-o", output).exit_code == 2
    assert not output.exists()
    assert run("extract").exit_code == 2


# ---------------------------------------------------------------- eval

def _predicted(tmp_path) -> dict:
    paper = tmp_path / "paper.jsonl"
    paper.write_text(json.dumps({"title": FOO_TITLE, "abstract": FOO_ABSTRACT}) + "\n")
    result = run("extract", paper, "-q")
    return json.loads(result.stdout)


def _row(text: str, kind: str) -> tuple[float, float, float, str]:
    match = re.search(rf"^{re.escape(kind)}\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+/\d+/\d+)$",
                      text, re.MULTILINE)
    assert match, (kind, text)
    p, r, f, counts = match.groups()
    return float(p), float(r), float(f), counts


def test_eval_prints_precision_recall_f1_and_lists_errors(tmp_path):
    predicted = _predicted(tmp_path)
    models = [e for e in predicted["entities"] if e["type"] == "Model"]
    benchmarks = [e for e in predicted["entities"] if e["type"] == "Benchmark"]
    assert models and benchmarks, "the example must yield a Model and a Benchmark"
    dropped = benchmarks[0]
    # Gold: what the extractor predicts, minus one benchmark (an FP), plus a model it cannot
    # find because the text never names it (a miss).
    gold = dict(predicted, abstract=FOO_ABSTRACT,
                entities=[e for e in predicted["entities"] if e is not dropped]
                + [{"type": "Model", "name": "ZetaNet", "aliases": [], "proposed": False}])
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold) + "\n" + "{not json\n", encoding="utf-8")

    result = run("eval", gold_path)
    assert result.exit_code == 0
    assert re.search(r"^kind\s+P\s+R\s+F1\b", result.stdout, re.MULTILINE)
    n = len(models)
    assert _row(result.stdout, "Model") == (1.0, round(n / (n + 1), 3),
                                            round(2 * n / (2 * n + 1), 3), f"{n}/0/1")
    b = len(benchmarks)
    assert _row(result.stdout, "Benchmark")[3] == f"{b - 1}/1/0"
    assert "FP" not in result.stdout and "MISS" not in result.stdout
    assert skipped_lines(result) == [f"skipped {gold_path}:2: malformed JSON: "
                                     "Expecting property name enclosed in double quotes"]

    errors = run("eval", gold_path, "--errors")
    assert errors.exit_code == 0
    error_lines = [line.strip() for line in errors.stdout.splitlines()
                   if line.strip().startswith(("FP", "MISS"))]
    assert error_lines == [f"FP   Benchmark: {dropped['name']}", "MISS Model: ZetaNet"]
    assert f"## {FOO_TITLE}" in errors.stdout


def test_eval_json_and_bad_usage(tmp_path):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({"title": FOO_TITLE, "abstract": FOO_ABSTRACT}) + "\n")
    scores = json.loads(run("eval", gold_path, "--json").stdout)
    assert scores["papers"] == 1 and {"precision", "recall", "f1"} <= set(scores["Model"])
    assert run("eval", tmp_path / "missing.jsonl").exit_code == 2
    assert run("eval").exit_code == 2


# ---------------------------------------------------------------- view

@pytest.fixture
def built(inputs, tmp_path) -> Path:
    out = tmp_path / "built"
    assert run("build", inputs["listing"], "--out", out, "-q").exit_code == 0
    return out / "graph.json"


def test_view_focus_writes_the_neighbourhood(built, tmp_path):
    output = tmp_path / "view" / "foo.html"
    result = run("view", "--graph", built, "--focus", FOO_TITLE, "--depth", "1", "-o", output)
    assert result.exit_code == 0, result.output
    assert output.stat().st_size > 0
    assert re.fullmatch(rf"wrote {re.escape(str(output))} \(\d+ of \d+ nodes drawn\)\n",
                        result.stdout)


def test_view_unknown_focus_exits_1_with_one_line(built, tmp_path):
    output = tmp_path / "v.html"
    result = run("view", "--graph", built, "--focus", "Qwxyzzy-9000", "-o", output)
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = stderr_lines(result)
    assert line.startswith("Error: ") and "Qwxyzzy-9000" in line
    assert not output.exists()


@pytest.mark.parametrize("args", [["--depth", "-1"], ["--max-nodes", "0"],
                                  ["--depth", "two"]])
def test_view_bad_numbers_are_bad_usage(built, tmp_path, args):
    result = run("view", "--graph", built, "--focus", FOO_TITLE, "-o", tmp_path / "v.html",
                 *args)
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr


def test_view_bad_sources_and_graph_files(tmp_path):
    assert run("view", tmp_path / "nope", "-o", tmp_path / "v.html").exit_code == 2
    assert run("view", "--graph", tmp_path / "nope.json").exit_code == 2
    not_graph = tmp_path / "list.json"
    not_graph.write_text("[1, 2, 3]")
    result = run("view", "--graph", not_graph, "-o", tmp_path / "v.html")
    assert result.exit_code == 1
    (line,) = stderr_lines(result)
    assert line.startswith(f"Error: {not_graph}: not a kg node-link graph")
