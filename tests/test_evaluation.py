"""kg.evaluation: name matching, entity and relation scoring, and the `kg eval` command."""
from __future__ import annotations

import json
from collections import defaultdict

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluation import (KINDS, Counts, _match_entities, evaluate_file, format_scores,
                           score_name, score_paper)
from kg.model import PAPER_SUBJECT


def ent(type_, name, aliases=(), proposed=False, optional=False):
    return {"type": type_, "name": name, "aliases": list(aliases), "proposed": proposed,
            "optional": optional}


def record(entities=(), urls=(), evaluated_on=(), compared_with=(), title="T"):
    return {"title": title, "entities": list(entities), "urls": list(urls),
            "evaluated_on": list(evaluated_on), "compared_with": list(compared_with)}


def score(pred, gold):
    counts, values = defaultdict(Counts), Counts()
    errors = score_paper(pred, gold, counts, values)
    return counts, values, errors


def tpfpfn(c: Counts):
    return (c.tp, c.fp, c.fn)


# ------------------------------------------------------------------ score_name

@pytest.mark.parametrize("a, b", [
    ("MMLU benchmark", "MMLU"),
    ("ImageNet dataset", "imagenet"),
    ("ImageNet datasets", "ImageNet"),
    ("EM algorithm", "EM"),
    ("Tessellate framework", "Tessellate"),
    ("MiniCPM-V method", "MiniCPM-V"),
    ("FooNet model", "FooNet"),
    ("K-Means", "k-means"),
    ("GPT-4", "gpt 4"),
    ("Ｇｐｔ４", "GPT-4"),            # NFKC folds full-width letters and digits
    ("LLaVA 1.5", "llava-1.5"),
])
def test_score_name_equal(a, b):
    assert score_name(a) == score_name(b)


@pytest.mark.parametrize("a, b", [
    ("GPT-4V", "GPT-4"),
    ("LLaVA-1.5", "LLaVA"),
    ("SEED-Bench", "SEED"),        # "bench" is part of a name, not a type word
    ("ResNet-50", "ResNet"),
])
def test_score_name_different(a, b):
    assert score_name(a) != score_name(b)


def test_score_name_values():
    assert score_name("The MMLU Benchmark") == "themmlu"
    assert score_name("Benchmark") == "benchmark"   # a type word alone is not stripped away
    assert score_name("dataset") == "dataset"
    assert score_name("Reward Model") == "reward"
    assert score_name("  GPT-4V. ") == "gpt4v"


# ------------------------------------------------------------------ entity matching

def test_optional_gold_is_neither_hit_nor_false_positive():
    gold = [ent("Method", "contrastive learning", optional=True), ent("Model", "FooNet")]
    counts, fps, misses = _match_entities([ent("Method", "contrastive learning")], gold,
                                          typed=True)
    assert tpfpfn(counts) == (0, 0, 1)
    assert fps == [] and [m["name"] for m in misses] == ["FooNet"]
    # and an optional gold entity left unmatched is not a miss
    counts, _, misses = _match_entities([ent("Model", "FooNet")], gold, typed=True)
    assert tpfpfn(counts) == (1, 0, 0) and misses == []


def test_optional_gold_matches_whatever_the_type():
    gold = [ent("Method", "knowledge distillation", optional=True)]
    counts, fps, _ = _match_entities([ent("Task", "knowledge distillation")], gold, typed=True)
    assert tpfpfn(counts) == (0, 0, 0) and fps == []


def test_typed_needs_the_type_untyped_does_not():
    gold = [ent("Benchmark", "CrackSet-2")]
    pred = [ent("Model", "CrackSet-2")]
    typed, fps, misses = _match_entities(pred, gold, typed=True)
    assert tpfpfn(typed) == (0, 1, 1)
    assert [f["name"] for f in fps] == ["CrackSet-2"]
    untyped, _, _ = _match_entities(pred, gold, typed=False)
    assert tpfpfn(untyped) == (1, 0, 0)


def test_aliases_count_on_both_sides():
    gold = [ent("Method", "Multi-Agent Decoupling Coefficient", ["MADC"])]
    assert tpfpfn(_match_entities([ent("Method", "MADC")], gold, True)[0]) == (1, 0, 0)
    pred = [ent("Method", "Decoupling Coefficient", ["MADC"])]
    assert tpfpfn(_match_entities(pred, gold, True)[0]) == (1, 0, 0)


def test_a_gold_entity_is_matched_at_most_once():
    gold = [ent("Model", "GPT-4")]
    pred = [ent("Model", "GPT-4"), ent("Model", "GPT4")]
    counts, fps, _ = _match_entities(pred, gold, True)
    assert tpfpfn(counts) == (1, 1, 0)
    assert [f["name"] for f in fps] == ["GPT4"]


def test_counts_precision_recall_f1():
    c = Counts(tp=3, fp=1, fn=2)
    assert (c.precision, c.recall) == (0.75, 0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().precision == Counts().recall == Counts().f1 == 0.0
    assert c.as_dict() == {"precision": 0.75, "recall": 0.6, "f1": 0.6667, "tp": 3, "fp": 1,
                           "fn": 2}


# ------------------------------------------------------------------ score_paper

def test_core_kinds_typed_untyped_and_per_type():
    gold = record([ent("Model", "FooNet", proposed=True), ent("Benchmark", "CrackSet-2"),
                   ent("Method", "K-means"), ent("Task", "crack segmentation"),
                   ent("Metric", "accuracy")])
    pred = record([ent("Model", "FooNet", proposed=True), ent("Model", "CrackSet-2"),
                   ent("Method", "crack segmentation"), ent("Metric", "accuracy"),
                   ent("Method", "Adam")])
    counts, _, errors = score(pred, gold)
    assert tpfpfn(counts["core (typed)"]) == (1, 3, 2)      # CrackSet-2 wrong type; 2 FPs
    # untyped: CrackSet-2 hits; "crack segmentation" names a gold Task: neither hit nor FP
    assert tpfpfn(counts["core (untyped)"]) == (2, 1, 1)
    assert tpfpfn(counts["Model"]) == (1, 1, 0)
    assert tpfpfn(counts["Benchmark"]) == (0, 0, 1)
    assert tpfpfn(counts["Method"]) == (0, 2, 1)
    assert tpfpfn(counts["Task"]) == (0, 0, 1)
    assert tpfpfn(counts["Metric"]) == (1, 0, 0)
    assert tpfpfn(counts["proposed"]) == (1, 0, 0)
    assert "Method: Adam" in errors.false_positives
    assert "Benchmark: CrackSet-2" in errors.misses


def test_proposed_scores_only_proposed_entities():
    gold = record([ent("Model", "FooNet", proposed=True), ent("Model", "U-Net")])
    pred = record([ent("Model", "FooNet"), ent("Model", "U-Net", proposed=True)])
    counts, _, errors = score(pred, gold)
    # U-Net is in the gold, but not proposed there: neither hit nor FP; FooNet is missed
    assert tpfpfn(counts["proposed"]) == (0, 0, 1)
    assert "proposed: FooNet" in errors.misses


def test_urls_and_code_urls():
    gold = record(urls=[{"url": "https://github.com/a/b", "kind": "code"},
                        {"url": "https://a.github.io/b", "kind": "project"}])
    pred = record(urls=[{"url": "https://github.com/a/b/", "kind": "code"},
                        {"url": "https://a.github.io/b", "kind": "code"},
                        {"url": "https://x.org", "kind": "project"}])
    counts, _, errors = score(pred, gold)
    assert tpfpfn(counts["urls"]) == (2, 1, 0)             # a trailing slash does not matter
    assert tpfpfn(counts["code urls"]) == (1, 1, 0)
    assert "url: https://x.org" in errors.false_positives


def test_relation_pairs_through_aliases_and_paper_subject():
    gold = record(
        [ent("Method", "Gradient Surgery for Bandits", ["GSB"]), ent("Benchmark", "MMLU"),
         ent("Benchmark", "GSM8K"), ent("Method", "K-means"), ent("Method", "EM")],
        evaluated_on=[{"subject": "GSB", "benchmark": "MMLU", "metric": "accuracy",
                       "value": "85.3"},
                      {"subject": PAPER_SUBJECT, "benchmark": "GSM8K", "metric": None,
                       "value": None}],
        compared_with=[{"subject": "GSB", "baseline": "K-means"},
                       {"subject": "GSB", "baseline": "EM"}])
    pred = record(
        evaluated_on=[{"subject": "Gradient Surgery for Bandits", "benchmark": "MMLU benchmark",
                       "metric": "accuracy", "value": "85.3%"},
                      {"subject": "GSB", "benchmark": "GSM8K", "metric": None, "value": None}],
        compared_with=[{"subject": "gradient surgery for bandits", "baseline": "K-Means"},
                       {"subject": PAPER_SUBJECT, "baseline": "EM"}])
    counts, values, errors = score(pred, gold)
    assert tpfpfn(counts["evaluated_on pairs"]) == (1, 1, 1)   # GSM8K's subject is <paper>
    assert tpfpfn(counts["evaluated_on benchmark"]) == (2, 0, 0)
    assert tpfpfn(counts["compared_with pairs"]) == (1, 1, 1)
    assert tpfpfn(values) == (1, 0, 0)                         # "85.3%" is "85.3"
    assert "evaluated_on: GSB -> GSM8K" in errors.false_positives
    assert "evaluated_on: <paper> -> GSM8K" in errors.misses
    assert "compared_with: <paper> -> EM" in errors.false_positives


def test_wrong_stated_value_is_a_false_positive_and_a_miss():
    gold = record([ent("Benchmark", "MMLU")],
                  evaluated_on=[{"subject": PAPER_SUBJECT, "benchmark": "MMLU",
                                 "metric": "accuracy", "value": "85.3%"}])
    pred = record(evaluated_on=[{"subject": PAPER_SUBJECT, "benchmark": "MMLU",
                                 "metric": "accuracy", "value": "58.3%"}])
    _, values, _ = score(pred, gold)
    assert tpfpfn(values) == (0, 1, 1)


def test_a_value_is_right_when_it_is_any_the_gold_states_for_the_pair():
    stated = [{"subject": "TDX", "benchmark": "MMLU", "metric": m, "value": v}
              for m, v in (("accuracy", "99.10%"), ("recall", "99.15%"))]
    gold = record([ent("Model", "TDX"), ent("Benchmark", "MMLU")], evaluated_on=stated)
    for value, expected in (("99.10%", (1, 0, 0)), ("99.15%", (1, 0, 0)),
                            ("98.0%", (0, 1, 1)), (None, (0, 0, 1))):
        pred = record(evaluated_on=[{"subject": "TDX", "benchmark": "MMLU", "metric": None,
                                     "value": value}])
        assert tpfpfn(score(pred, gold)[1]) == expected, value


# ------------------------------------------------------------------ kg eval

GOLD = [
    {"title": "FooNet: A Compact Network for Crack Segmentation",
     "abstract": "FooNet outperforms U-Net on the CrackSet-2 dataset. Code: "
                 "https://github.com/lab-x/foonet.",
     "entities": [ent("Model", "FooNet", proposed=True), ent("Model", "U-Net"),
                  ent("Benchmark", "CrackSet-2")],
     "urls": [{"url": "https://github.com/lab-x/foonet", "kind": "code"}],
     "evaluated_on": [{"subject": "FooNet", "benchmark": "CrackSet-2", "metric": None,
                       "value": None}],
     "compared_with": [{"subject": "FooNet", "baseline": "U-Net"}]},
    {"title": "Compact Reasoners",
     "abstract": "We distil a small student. Our student achieves 85.3% accuracy on MMLU.",
     "entities": [ent("Benchmark", "MMLU"), ent("Benchmark", "Zyzzyva-QA"),
                  ent("Metric", "accuracy")],
     "evaluated_on": [{"subject": PAPER_SUBJECT, "benchmark": "MMLU", "metric": "accuracy",
                       "value": "85.3"}]},
]


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(r) for r in GOLD] + ['{"title": "a record without its abstract"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_kg_eval_prints_the_score_table(gold_file):
    result = CliRunner().invoke(main, ["eval", str(gold_file)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["kind", "P", "R", "F1", "tp/fp/fn", "(2", "papers)"]
    rows = {}
    for line in lines[1:]:
        kind, p, r, f1, tally = line.rsplit(None, 4)
        rows[kind.strip()] = (float(p), float(r), float(f1), tuple(map(int, tally.split("/"))))
    assert list(rows) == list(KINDS) + ["evaluated_on values"]
    report = evaluate_file(gold_file)
    for kind, counts in report.counts.items():
        assert rows[kind][3] == tpfpfn(counts)
        assert rows[kind][:3] == pytest.approx(
            (counts.precision, counts.recall, counts.f1), abs=5e-4)
    assert result.stdout.strip() == format_scores(report)
    # "Zyzzyva-QA" is named nowhere in the abstract: at least that one is missed
    assert rows["Benchmark"][3][2] >= 1
    assert "skipped" in result.stderr and ":3:" in result.stderr


def test_kg_eval_json_and_errors(gold_file):
    result = CliRunner().invoke(main, ["eval", str(gold_file), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["papers"] == 2
    assert set(scores) == set(KINDS) | {"evaluated_on values", "papers"}
    assert set(scores["core (typed)"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    errors = CliRunner().invoke(main, ["eval", str(gold_file), "--errors"])
    assert errors.exit_code == 0
    assert "## Compact Reasoners" in errors.stdout
    assert "  MISS Benchmark: Zyzzyva-QA" in errors.stdout


def test_kg_eval_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
