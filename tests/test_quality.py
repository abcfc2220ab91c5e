"""Extraction quality on hand-labelled abstracts, scored as ../shared/gold/GUIDELINE.md says.

A regression guard, not a tuning target: the floors sit a little under what the extractor
scores today, so a change that costs recall or precision somewhere fails here first.
eval/heldout*.jsonl are seed papers outside the development set, labelled without looking at
the extractor's output; they are scored together (each set is 20-60 papers, too few for a
stable score of the relations on its own) and each set on its own for the core kinds only.
dev.jsonl is the shared development set (skipped when absent).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluation import evaluate_records, read_gold

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"
HELD_OUT = sorted((ROOT / "eval").glob("heldout*.jsonl"))


def evaluate(*paths):
    records = [record for path in paths for record in read_gold(path, [])]
    return evaluate_records(records)


def f1(report, kind: str) -> float:
    return report.counts[kind].f1


# F1 floors by kind ("core precision" is the typed core kinds' precision).
HELD_OUT_FLOORS = {"core (typed)": 0.80, "core precision": 0.82, "urls": 1.0, "proposed": 0.83,
                   "evaluated_on benchmark": 0.86, "evaluated_on pairs": 0.76,
                   "compared_with pairs": 0.66, "Task": 0.63, "Metric": 0.69,
                   "evaluated_on values": 0.85}
EACH_SET_FLOORS = {"core (typed)": 0.78, "urls": 1.0}
# Sets H-K, labelled blind last, score under the others (0.670, 0.644, 0.677 and 0.734 core
# typed at their first scores): their own floors, so the others keep theirs.
SET_CORE_FLOORS = {"heldout_h.jsonl": 0.70, "heldout_i.jsonl": 0.73, "heldout_j.jsonl": 0.74,
                   "heldout_k.jsonl": 0.74}
# The issue's targets on the development set.
DEV_TARGETS = {"core (typed)": 0.85, "core precision": 0.85, "code urls": 1.0, "proposed": 0.85,
               "evaluated_on benchmark": 0.75, "evaluated_on pairs": 0.65,
               "compared_with pairs": 0.65, "Task": 0.60, "Metric": 0.70}


def below(report, floors: dict[str, float]) -> list[str]:
    """The kinds scoring under their floor, with score and floor (all of them, in one list)."""
    def score(kind):
        if kind == "core precision":
            return report.counts["core (typed)"].precision
        if kind == "evaluated_on values":  # (the stated values on matched pairs)
            return report.values.f1
        return f1(report, kind)
    return [f"{kind} {score(kind):.3f} < {floor}" for kind, floor in floors.items()
            if score(kind) < floor]


@pytest.fixture(scope="module")
def held_out():
    return evaluate(*HELD_OUT)


def test_there_are_held_out_sets():
    assert len(HELD_OUT) >= 4


def test_held_out_abstracts_together(held_out):
    assert held_out.papers >= 150
    assert below(held_out, HELD_OUT_FLOORS) == []


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_each_held_out_set(path):
    report = evaluate(path)
    assert report.papers >= 20
    floors = EACH_SET_FLOORS | {"core (typed)": SET_CORE_FLOORS.get(
        path.name, EACH_SET_FLOORS["core (typed)"])}
    assert below(report, floors) == []


@pytest.mark.skipif(not DEV.exists(), reason="../shared/gold/dev.jsonl not present")
def test_development_set_meets_the_issue_targets():
    assert below(evaluate(DEV), DEV_TARGETS) == []
