"""Scoring extraction against hand-labelled gold, exactly as ../shared/gold/GUIDELINE.md says.

Names are compared after NFKC folding, case folding and removal of everything but letters and
digits, with a trailing type word ignored; any alias counts. A prediction matching an optional
gold entity is neither a hit nor a false positive. Gold entities are matched at most once.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.extraction import extract_many
from kg.model import (CORE_TYPES, ENTITY_TYPES, KIND_WORDS, PAPER_SUBJECT, Extraction, Paper,
                      SourceProblem)
from kg.sources import iter_json_values, title_id

def score_name(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    for word in KIND_WORDS:
        stripped = re.sub(rf"[\s\-_]*\b{word}s?$", "", text)
        if stripped and stripped != text:
            text = stripped
            break
    return "".join(ch for ch in text if ch.isalnum())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class PaperErrors:
    title: str
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    counts: dict[str, Counts]
    errors: list[PaperErrors]
    problems: list[SourceProblem]
    papers: int
    values: Counts  # stated values on matched evaluated_on pairs

    @property
    def scores(self) -> dict:
        scores = {kind: c.as_dict() for kind, c in self.counts.items()}
        scores["evaluated_on values"] = self.values.as_dict()
        scores["papers"] = self.papers
        return scores


def _forms(entity: dict) -> set[str]:
    forms = {score_name(entity["name"])} | {score_name(a) for a in entity.get("aliases") or []}
    return {f for f in forms if f}


def _match_entities(predicted: list[dict], gold: list[dict], typed: bool,
                    counted_types=ENTITY_TYPES) -> tuple[Counts, list[dict], list[dict]]:
    """Greedy one-to-one matching of predictions to gold entities.

    Returns counts, false positives and misses; misses are the required gold entities of
    `counted_types` no prediction matched. With `typed`, a hit needs the same type (an optional
    gold entity matches whatever the type, since its type may be the unclear part).
    """
    used, hits, fps = set(), 0, []
    for pred in predicted:
        pforms = _forms(pred)
        match = None
        for i, g in enumerate(gold):
            if i in used or not (pforms & _forms(g)):
                continue
            if typed and g["type"] != pred["type"] and not g.get("optional"):
                continue
            match = i
            break
        if match is None:
            if any(pforms & _forms(g) for g in gold if g.get("optional")):
                continue
            fps.append(pred)
            continue
        used.add(match)
        if not gold[match].get("optional"):
            hits += 1
    misses = [g for i, g in enumerate(gold) if i not in used and not g.get("optional")
              and g["type"] in counted_types]
    return Counts(hits, len(fps), len(misses)), fps, misses


def _canonical(name: str, gold_entities: list[dict]) -> str:
    """A relation argument as the gold entity it names (so aliases match), else its form."""
    if name == PAPER_SUBJECT:
        return PAPER_SUBJECT
    form = score_name(name)
    for i, g in enumerate(gold_entities):
        if form in _forms(g):
            return f"#{i}"
    return form


def _pair_counts(pred_pairs: set, gold_pairs: set) -> Counts:
    return Counts(len(pred_pairs & gold_pairs), len(pred_pairs - gold_pairs),
                  len(gold_pairs - pred_pairs))


def _value(text: str | None) -> str | None:
    return re.sub(r"[^\d.]", "", text) if text else None


def score_paper(pred: dict, gold: dict, counts: dict[str, Counts], values: Counts) -> PaperErrors:
    errors = PaperErrors(gold["title"])
    p_ents, g_ents = pred["entities"], gold["entities"]

    def by_type(ents, types):
        return [e for e in ents if e["type"] in types]

    for type_ in ENTITY_TYPES:
        c, fps, misses = _match_entities(by_type(p_ents, {type_}), g_ents, True, {type_})
        counts[type_].add(c)
        errors.false_positives += [f"{e['type']}: {e['name']}" for e in fps]
        errors.misses += [f"{e['type']}: {e['name']}" for e in misses]
    core_p = by_type(p_ents, CORE_TYPES)
    counts["core (typed)"].add(_match_entities(core_p, g_ents, True, CORE_TYPES)[0])
    # Untyped: a core prediction naming a gold Task or Metric is neither hit nor error.
    untyped_gold = [g if g["type"] in CORE_TYPES else dict(g, optional=True) for g in g_ents]
    counts["core (untyped)"].add(_match_entities(core_p, untyped_gold, False, CORE_TYPES)[0])
    proposed_p = [e for e in p_ents if e.get("proposed")]
    proposed_g = [e if e.get("proposed") else dict(e, optional=True) for e in g_ents]
    c, fps, misses = _match_entities(proposed_p, proposed_g, False)
    counts["proposed"].add(c)
    errors.false_positives += [f"proposed: {e['name']}" for e in fps]
    errors.misses += [f"proposed: {e['name']}" for e in misses]

    def url_set(record, kind=None):
        return {u["url"].rstrip("/") for u in record["urls"] if kind is None or u["kind"] == kind}

    counts["urls"].add(_pair_counts(url_set(pred), url_set(gold)))
    counts["code urls"].add(_pair_counts(url_set(pred, "code"), url_set(gold, "code")))
    for url in url_set(pred) - url_set(gold):
        errors.false_positives.append(f"url: {url}")
    for url in url_set(gold) - url_set(pred):
        errors.misses.append(f"url: {url}")

    def canon(name):
        return _canonical(name, g_ents)

    p_eval = {(canon(r["subject"]), canon(r["benchmark"])): r for r in pred["evaluated_on"]}
    g_eval = {(canon(r["subject"]), canon(r["benchmark"])): r for r in gold["evaluated_on"]}
    counts["evaluated_on benchmark"].add(_pair_counts({b for _, b in p_eval},
                                                      {b for _, b in g_eval}))
    counts["evaluated_on pairs"].add(_pair_counts(set(p_eval), set(g_eval)))
    # A pair's gold may state several values (one per metric: "an accuracy of 99.10%,
    # precision of 99.27%, ..."); the predicted value is right when it is one of them.
    gold_values: dict[tuple, set[str]] = {}
    for r in gold["evaluated_on"]:
        if value := _value(r["value"]):
            gold_values.setdefault((canon(r["subject"]), canon(r["benchmark"])), set()).add(value)
    for key in set(g_eval) & set(p_eval):
        stated, pred_value = gold_values.get(key, set()), _value(p_eval[key].get("value"))
        if stated or pred_value:
            right = pred_value in stated
            values.add(Counts(int(right), int(bool(pred_value) and not right),
                              int(bool(stated) and not right)))
    p_cmp = {(canon(r["subject"]), canon(r["baseline"])) for r in pred["compared_with"]}
    g_cmp = {(canon(r["subject"]), canon(r["baseline"])) for r in gold["compared_with"]}
    counts["compared_with pairs"].add(_pair_counts(p_cmp, g_cmp))

    def show(rows, keys, a, b):
        return [f"{label}: {rows[k][a]} -> {rows[k][b]}" for k in keys
                for label in [("evaluated_on" if b == "benchmark" else "compared_with")]]

    errors.false_positives += show(p_eval, set(p_eval) - set(g_eval), "subject", "benchmark")
    errors.misses += show(g_eval, set(g_eval) - set(p_eval), "subject", "benchmark")
    p_cmp_rows = {(canon(r["subject"]), canon(r["baseline"])): r for r in pred["compared_with"]}
    g_cmp_rows = {(canon(r["subject"]), canon(r["baseline"])): r for r in gold["compared_with"]}
    errors.false_positives += show(p_cmp_rows, set(p_cmp_rows) - set(g_cmp_rows), "subject",
                                   "baseline")
    errors.misses += show(g_cmp_rows, set(g_cmp_rows) - set(p_cmp_rows), "subject", "baseline")
    return errors


KINDS = ("core (typed)", "core (untyped)") + ENTITY_TYPES + (
    "proposed", "urls", "code urls", "evaluated_on benchmark", "evaluated_on pairs",
    "compared_with pairs")


def extraction_to_gold_record(paper: Paper, extraction: Extraction) -> dict:
    """One paper's extraction in the gold file's format, plus id and evidence."""
    return {
        "id": paper.id,
        "title": paper.title,
        "entities": [{"type": e.type, "name": e.name, "aliases": e.aliases,
                      "proposed": e.proposed, "optional": False, "evidence": e.evidence}
                     for e in extraction.entities],
        "urls": [{"url": u.url, "kind": u.kind} for u in extraction.urls],
        "evaluated_on": [{"subject": r.subject, "benchmark": r.benchmark, "metric": r.metric,
                          "value": r.value, "evidence": r.sentence}
                         for r in extraction.evaluated_on],
        "compared_with": [{"subject": r.subject, "baseline": r.baseline, "evidence": r.sentence}
                          for r in extraction.compared_with],
    }


def read_gold(path: Path, problems: list[SourceProblem]) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for value, where in iter_json_values(handle, str(path), problems.append):
            if not isinstance(value, dict) or not value.get("title") or not value.get("abstract"):
                problems.append(SourceProblem(where, "gold record without title/abstract"))
                continue
            for key in ("entities", "urls", "evaluated_on", "compared_with"):
                value.setdefault(key, [])
            records.append(value)
    return records


def evaluate_records(gold_records: list[dict]) -> EvalReport:
    papers = [Paper(id=title_id(g["title"]), title=g["title"], abstract=g["abstract"])
              for g in gold_records]
    counts = defaultdict(Counts)
    values = Counts()
    errors = []
    for paper, gold, extraction in zip(papers, gold_records, extract_many(papers)):
        predicted = extraction_to_gold_record(paper, extraction)
        errors.append(score_paper(predicted, gold, counts, values))
    return EvalReport({k: counts[k] for k in KINDS}, errors, [], len(papers), values)


def evaluate_file(path: Path) -> EvalReport:
    problems: list[SourceProblem] = []
    report = evaluate_records(read_gold(path, problems))
    report.problems = problems
    return report


def format_scores(report: EvalReport) -> str:
    lines = [f"{'kind':<24} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn   ({report.papers} papers)"]
    for kind, c in list(report.counts.items()) + [("evaluated_on values", report.values)]:
        lines.append(f"{kind:<24} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   "
                     f"{c.tp}/{c.fp}/{c.fn}")
    return "\n".join(lines)


def format_errors(report: EvalReport) -> str:
    lines = []
    for paper in report.errors:
        if not paper.false_positives and not paper.misses:
            continue
        lines.append(f"## {paper.title}")
        lines += [f"  FP   {x}" for x in paper.false_positives]
        lines += [f"  MISS {x}" for x in paper.misses]
    return "\n".join(lines)

