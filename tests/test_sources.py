"""Sources: every listing layout, the JSON/JSONL record shapes, merging, and bad input.

The seed listings are read for real; each layout is also written here in miniature, so the
expected values come from the text the test itself wrote.
"""
from __future__ import annotations

import gzip
import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from kg.model import Paper, SourceProblem
from kg.sources import clean_text, normalise_title, read_papers, title_id

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

BLANK_HEADER = ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "",
                "byAK and the research community", ""]


def abstract(topic: str) -> str:
    """An abstract-length paragraph about `topic` (several sentences, well over 300 chars)."""
    return (f"We study {topic} in depth. Prior work on {topic} leaves open how the approach "
            "scales to realistic settings with noisy data. We introduce a simple procedure and "
            "analyse its behaviour under several assumptions. Experiments on standard data "
            f"show consistent gains for {topic} over strong baselines at modest cost.")


def read(*sources) -> tuple[dict[str, Paper], list[SourceProblem]]:
    problems: list[SourceProblem] = []
    index = read_papers([str(s) for s in sources], problems.append)
    return index.papers, problems


def by_title(papers: dict[str, Paper]) -> dict[str, Paper]:
    return {p.title: p for p in papers.values()}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_jsonl(path: Path, records: list) -> Path:
    return write_lines(path, [r if isinstance(r, str) else json.dumps(r) for r in records])


# ---------------------------------------------------------------- the seed listings

def _long_lines(path: Path) -> list[str]:
    # Different rule from kg.sources on purpose: an abstract is a line of 40 words or more.
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if len(line.split()) >= 40]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_each_seed_file_reads_one_record_per_abstract_without_problems(path):
    problems: list[SourceProblem] = []
    index = read_papers([path], problems.append)
    assert problems == []
    abstracts = {clean_text(a) for a in _long_lines(path)}
    assert index.record_count == len(_long_lines(path))
    for paper in index.papers.values():
        assert paper.title and paper.abstract
        assert not paper.title.startswith(("Subscribe", "Get trending", "Daily Papers", "byAK"))
        assert all(src.startswith(f"{path}:") for src in paper.sources)
        assert paper.abstract in abstracts


def test_seed_blank_line_layout_carries_the_listing_date():
    path = SEEDS / "000_107c67db6112c826.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    date = next(line for line in lines if re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", line))
    first_title = next(line for i, line in enumerate(lines)
                       if i + 2 < len(lines) and len(lines[i + 2].split()) >= 40)
    papers, problems = read(path)
    assert problems == []
    assert {tuple(p.listing_dates) for p in papers.values()} == {(date,)}
    first = by_title(papers)[first_title]
    assert first.sources == [f"{path}:{lines.index(first_title) + 1}"]
    assert first.author_count is None and first.published is None


def test_seed_glued_header_layout_strips_subscribe_from_the_first_title():
    path = SEEDS / "004_b516c7d33c3a2095.txt"
    glued = next(line for line in path.read_text(encoding="utf-8").splitlines()
                 if line.startswith("Subscribe") and line != "Subscribe")
    papers, problems = read(path)
    assert problems == []
    titles = by_title(papers)
    assert glued.removeprefix("Subscribe") in titles
    assert glued not in titles
    assert all(p.listing_dates == [] for p in papers.values())


def _entries_with_author_lines(path: Path) -> list[tuple[str, int, str]]:
    """(title, author count, date line) for each entry followed by its author lines."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    found = []
    for i, line in enumerate(lines):
        match = re.fullmatch(r"• (\d+) authors?", line)
        if match:
            assert lines[i + 1] == "·"
            found.append((lines[i - 2], int(match.group(1)), lines[i + 2]))
    return found


def _expected_date(text: str) -> tuple[str, int | None]:
    words = text.split()
    upvotes = None
    if len(words) == 4 or (len(words) == 3 and not words[1].endswith(",")):
        upvotes = int(words[-1])
        words = words[:-1]
    if len(words) == 3:
        return datetime.strptime(" ".join(words), "%b %d, %Y").date().isoformat(), upvotes
    return " ".join(words), upvotes


def test_seed_author_layout_carries_author_count_date_and_upvotes():
    path = SEEDS / "002_fa3845e3e36f2e0c.txt"
    entries = _entries_with_author_lines(path)
    assert len(entries) > 10
    assert any(len(date.split()) == 4 for _, _, date in entries)      # some with upvotes
    assert any(len(date.split()) == 2 for _, _, date in entries)      # some without a year
    papers, problems = read(path)
    assert problems == []
    titles = by_title(papers)
    for title, count, date in entries:
        paper = titles[title]
        assert paper.author_count == count, title
        assert (paper.published, paper.upvotes) == _expected_date(date), title
    with_meta = {title for title, _, _ in entries}
    for paper in papers.values():
        if paper.title not in with_meta:
            assert (paper.author_count, paper.published, paper.upvotes) == (None, None, None)


def test_same_paper_in_several_seed_files_is_one_paper_with_all_sources():
    counts: dict[str, set[str]] = {}
    for path in SEED_FILES:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line.removeprefix("Subscribe") for line in lines if line]
        for i, line in enumerate(lines[1:], start=1):
            if len(line.split()) >= 40:
                counts.setdefault(normalise_title(lines[i - 1]), set()).add(path.name)
    repeated = {key: files for key, files in counts.items() if len(files) > 1}
    assert repeated, "the seeds repeat papers across files"
    papers, _ = read(SEEDS)
    keyed = {normalise_title(p.title): p for p in papers.values()}
    assert len(keyed) == len(papers) == len(counts)
    for key, files in repeated.items():
        assert {Path(s.rsplit(":", 1)[0]).name for s in keyed[key].sources} == files


# ---------------------------------------------------------------- each layout, written here

def test_blank_line_layout(tmp_path):
    path = write_lines(tmp_path / "blank.txt", BLANK_HEADER + [
        "Mar 18", "",
        "Alpha Nets for Graphs", "", abstract("alpha nets"), "",
        "Beta Search: Fast Retrieval", "", abstract("beta search"), "",
    ])
    papers, problems = read(path)
    assert problems == []
    titles = by_title(papers)
    assert set(titles) == {"Alpha Nets for Graphs", "Beta Search: Fast Retrieval"}
    alpha = titles["Alpha Nets for Graphs"]
    assert alpha.abstract == abstract("alpha nets")
    assert alpha.listing_dates == ["Mar 18"]
    assert alpha.sources == [f"{path}:11"]
    assert alpha.id == title_id("Alpha Nets for Graphs") and alpha.arxiv_id is None
    assert titles["Beta Search: Fast Retrieval"].sources == [f"{path}:15"]


def test_daily_papers_layout_with_author_date_and_upvote_lines(tmp_path):
    path = write_lines(tmp_path / "daily.txt", BLANK_HEADER[:6] + [
        "Daily Papers", "", "byAK and the research community", "", "Dec 12", "",
        "Gamma Flows", "", abstract("gamma flows"), "",
        "  • 3 authors", "·", "Sep 4, 2024", "",
        "Delta Agents", "", abstract("delta agents"), "",
        "  • 8 authors", "·", "Jul 12, 2024 2", "",
        "Epsilon Without Metadata", "", abstract("epsilon"), "",
        "Zeta Recent", "", abstract("zeta"), "",
        "  • 1 authors", "·", "Oct 2", "",
    ])
    papers, problems = read(path)
    assert problems == []
    t = by_title(papers)
    assert (t["Gamma Flows"].author_count, t["Gamma Flows"].published,
            t["Gamma Flows"].upvotes) == (3, "2024-09-04", None)
    assert (t["Delta Agents"].author_count, t["Delta Agents"].published,
            t["Delta Agents"].upvotes) == (8, "2024-07-12", 2)
    assert (t["Epsilon Without Metadata"].author_count, t["Epsilon Without Metadata"].published,
            t["Epsilon Without Metadata"].upvotes) == (None, None, None)
    assert (t["Zeta Recent"].author_count, t["Zeta Recent"].published,
            t["Zeta Recent"].upvotes) == (1, "Oct 2", None)
    assert all(p.listing_dates == ["Dec 12"] for p in papers.values())


def test_consecutive_lines_layout_with_header_glued_to_the_first_title(tmp_path):
    path = write_lines(tmp_path / "glued.txt", [
        "Get trending papers in your email inbox once a day!",
        "Get trending papers in your email inbox!",
        "SubscribeSample-Efficient Eta: An Optimization Perspective",
        abstract("eta"),
        "Theta for LLMs",
        abstract("theta"),
        "New Directions in Iota",   # a title that starts with a furniture word keeps it
        abstract("iota"),
    ])
    papers, problems = read(path)
    assert problems == []
    assert set(by_title(papers)) == {"Sample-Efficient Eta: An Optimization Perspective",
                                     "Theta for LLMs", "New Directions in Iota"}
    assert by_title(papers)["Theta for LLMs"].sources == [f"{path}:5"]
    assert all(p.listing_dates == [] for p in papers.values())


def test_author_lines_after_a_skipped_entry_do_not_land_on_the_previous_paper(tmp_path):
    path = write_lines(tmp_path / "orphan.txt", [
        "Kappa Models", "", abstract("kappa"), "", "  • 2 authors", "·", "May 3, 2023", "",
        "", abstract("an entry whose title is missing"), "",
        "  • 9 authors", "·", "Apr 7, 2024 5", "",
    ])
    papers, problems = read(path)
    assert [p.where for p in problems] == [f"{path}:10"]
    kappa = by_title(papers)["Kappa Models"]
    assert (kappa.author_count, kappa.published, kappa.upvotes) == (2, "2023-05-03", None)


def test_listing_title_without_abstract_is_one_problem(tmp_path):
    path = write_lines(tmp_path / "missing.txt", [
        "Lambda One", abstract("lambda one"),
        "Lambda Two Has No Abstract",
        "Lambda Three", abstract("lambda three"),
    ])
    papers, problems = read(path)
    assert set(by_title(papers)) == {"Lambda One", "Lambda Three"}
    assert len(problems) == 1 and problems[0].where == f"{path}:3"
    assert "Lambda Two" in problems[0].reason


# ---------------------------------------------------------------- merging and identity

def test_duplicates_across_files_merge_into_one_paper_with_all_sources(tmp_path):
    a = write_lines(tmp_path / "a.txt", ["Mar 18", "Mu Nets: Deep Sets", abstract("mu"),
                                         "Nu Only Here", abstract("nu")])
    b = write_lines(tmp_path / "b.txt", ["Dec 12", "", "mu nets - deep sets", "",
                                         abstract("mu"), "", "  • 4 authors", "·",
                                         "Feb 12, 2023"])
    papers, problems = read(a, b)
    assert problems == []
    assert len(papers) == 2
    mu = by_title(papers)["Mu Nets: Deep Sets"]
    assert mu.sources == [f"{a}:2", f"{b}:3"]
    assert mu.listing_dates == ["Mar 18", "Dec 12"]
    assert (mu.author_count, mu.published) == (4, "2023-02-12")
    assert mu.id == title_id("mu nets - deep sets") == title_id("Mu Nets: Deep Sets")


def test_the_same_file_named_twice_is_read_once(tmp_path):
    path = write_lines(tmp_path / "a.txt", ["Xi Once", abstract("xi")])
    papers, problems = read(tmp_path, path)
    assert problems == []
    assert [p.sources for p in papers.values()] == [[f"{path}:1"]]


@pytest.mark.parametrize("listing_first", [True, False])
def test_arxiv_record_merges_with_the_same_title_from_a_listing(tmp_path, listing_first):
    listing = write_lines(tmp_path / "list.txt", ["Mar 18", "Omicron: A Study of Things",
                                                  abstract("omicron")])
    jsonl = write_jsonl(tmp_path / "meta.jsonl", [
        {"id": "2401.00001v2", "title": "Omicron:  a study\n of things",
         "abstract": "Short.", "authors": "Ann Lee, Bo Chen and Cy Dan",
         "categories": "cs.LG stat.ML", "update_date": "2024-01-09"}])
    order = (listing, jsonl) if listing_first else (jsonl, listing)
    papers, problems = read(*order)
    assert problems == []
    assert list(papers) == ["2401.00001"]
    paper = papers["2401.00001"]
    assert paper.arxiv_id == "2401.00001"
    assert sorted(paper.sources) == sorted([f"{listing}:2", f"{jsonl}:1"])
    assert paper.abstract == abstract("omicron")           # the fuller text is kept
    assert paper.listing_dates == ["Mar 18"]
    assert paper.authors == ["Ann Lee", "Bo Chen", "Cy Dan"] and paper.author_count == 3


def test_title_ids_are_stable_and_ignore_case_and_punctuation(tmp_path):
    one = write_jsonl(tmp_path / "one.jsonl", [{"title": "Pi-Former: Attention!",
                                                "abstract": "x"}])
    two = write_jsonl(tmp_path / "two.jsonl", [{"title": "pi former  attention",
                                                "abstract": "y"}])
    first, _ = read(one)
    again, _ = read(one)
    both, _ = read(one, two)
    assert list(first) == list(again) == list(both)
    assert list(first)[0].startswith("t-")
    assert title_id("Pi-Former: Attention!") != title_id("Pi-Former: Attention 2")


# ---------------------------------------------------------------- JSON / JSONL shapes

def test_plain_records(tmp_path):
    path = write_jsonl(tmp_path / "plain.jsonl", [
        {"title": "Rho Models", "abstract": "We propose Rho.\nIt  works."},
        {"title": "Sigma Models", "abstract": "We propose Sigma."}])
    papers, problems = read(path)
    assert problems == []
    rho = by_title(papers)["Rho Models"]
    assert rho.abstract == "We propose Rho. It works."
    assert rho.id == title_id("Rho Models") and rho.arxiv_id is None
    assert rho.sources == [f"{path}:1"] and rho.links == []


def test_arxiv_metadata_snapshot_lines(tmp_path):
    path = write_jsonl(tmp_path / "arxiv.jsonl", [
        {"id": "2401.00001v2", "submitter": "Ann Lee", "authors": "Ann Lee, Bo Chen and Cy Dan",
         "title": "Tau Transformers for\n  Long Inputs", "abstract": "  We study tau.\n",
         "categories": "cs.LG cs.CL", "versions": [{"version": "v1"}, {"version": "v2"}],
         "update_date": "2024-01-09"},
        {"id": "math/0309136v1", "authors": "D. Old", "title": "Old Style Ids",
         "abstract": "Old.", "categories": "math.GT", "update_date": "2003-09-08"}])
    papers, problems = read(path)
    assert problems == []
    assert list(papers) == ["2401.00001", "math/0309136"]
    tau = papers["2401.00001"]
    assert tau.title == "Tau Transformers for Long Inputs"
    assert tau.abstract == "We study tau."
    assert tau.arxiv_id == "2401.00001"
    assert tau.authors == ["Ann Lee", "Bo Chen", "Cy Dan"] and tau.author_count == 3
    assert tau.categories == ["cs.LG", "cs.CL"]
    assert tau.published == "2024-01-09"


def test_daily_papers_api_shape_with_links(tmp_path):
    record = {
        "paper": {"id": "2402.12345", "title": "Upsilon: Video Models",
                  "summary": "We present Upsilon.", "publishedAt": "2024-02-19T18:59:00.000Z",
                  "authors": [{"name": "Ann Lee"}, {"name": "Bo Chen"}], "upvotes": 12,
                  "githubRepo": "https://github.com/ups/upsilon",
                  "projectPage": "https://ups.github.io/upsilon/"},
        "publishedAt": "2024-02-20T00:00:00.000Z", "title": "Upsilon: Video Models",
        "numComments": 3,
    }
    no_links = {"paper": {"id": "2402.99999", "title": "Phi", "summary": "Phi text.",
                          "githubRepo": None, "projectPage": ""}}
    path = write_jsonl(tmp_path / "hf.jsonl", [record, no_links])
    papers, problems = read(path)
    assert problems == []
    ups = papers["2402.12345"]
    assert ups.abstract == "We present Upsilon."
    assert ups.published == "2024-02-19"
    assert ups.authors == ["Ann Lee", "Bo Chen"] and ups.author_count == 2
    assert ups.upvotes == 12
    assert [(link.url, link.kind) for link in ups.links] == [
        ("https://github.com/ups/upsilon", "code"), ("https://ups.github.io/upsilon/", "project")]
    assert papers["2402.99999"].links == []


def test_api_links_become_graph_nodes(tmp_path):
    from kg.build import build

    path = write_jsonl(tmp_path / "hf.jsonl", [{"paper": {
        "id": "2402.12345", "title": "Upsilon: Video Models", "summary": "We present Upsilon.",
        "githubRepo": "https://github.com/Ups/Upsilon", "projectPage": "https://ups.github.io/"}}])
    graph = build([path]).graph
    links = {(v, d["type"], d["evidence"]) for _, v, d in graph.out_edges("paper:2402.12345",
                                                                          data=True)}
    repo = [v for v, t, _ in links if t == "HAS_CODE"]
    page = [v for v, t, _ in links if t == "HAS_PAGE"]
    assert len(repo) == 1 and graph.nodes[repo[0]]["label"] == "Repository"
    assert graph.nodes[repo[0]]["url"] == "https://github.com/Ups/Upsilon"
    assert len(page) == 1 and graph.nodes[page[0]]["label"] == "Webpage"


@pytest.mark.parametrize("indent", [None, 2], ids=["compact", "pretty"])
def test_json_array_files(tmp_path, indent):
    records = [{"title": "Chi One", "abstract": "One."}, {"paper": {
        "id": "2403.00001", "title": "Chi Two", "summary": "Two."}}, {"title": "Chi Three",
                                                                      "abstract": "Three."}]
    path = tmp_path / "papers.json"
    path.write_text(json.dumps(records, indent=indent), encoding="utf-8")
    papers, problems = read(path)
    assert problems == []
    assert set(by_title(papers)) == {"Chi One", "Chi Two", "Chi Three"}
    assert "2403.00001" in papers
    if indent:  # each record is located at the line it starts on
        lines = path.read_text(encoding="utf-8").splitlines()
        starts = [i + 1 for i, line in enumerate(lines) if line == "  {"]
        assert [p.sources[0] for p in papers.values()] == [f"{path}:{n}" for n in starts]


def test_a_single_pretty_printed_object_file(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": "Psi Alone", "abstract": "Alone."}, indent=2))
    papers, problems = read(path)
    assert problems == []
    assert set(by_title(papers)) == {"Psi Alone"}


def test_gzip_files_of_each_kind(tmp_path):
    jsonl = tmp_path / "records.jsonl.gz"
    with gzip.open(jsonl, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"title": "Omega Gz", "abstract": "Gz."}) + "\n")
    listing = tmp_path / "page.txt.gz"
    with gzip.open(listing, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(["Mar 18", "Omega Listing Gz", abstract("omega")]) + "\n")
    papers, problems = read(jsonl, listing)
    assert problems == []
    t = by_title(papers)
    assert set(t) == {"Omega Gz", "Omega Listing Gz"}
    assert t["Omega Gz"].sources == [f"{jsonl}:1"]
    assert t["Omega Listing Gz"].listing_dates == ["Mar 18"]


def test_directories_are_read_recursively_and_only_known_kinds(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    write_lines(tmp_path / "sub" / "a.txt", ["Alpha Dir", abstract("alpha dir")])
    write_jsonl(tmp_path / "sub" / "deeper" / "b.jsonl", [{"title": "Beta Dir", "abstract": "B."}])
    with gzip.open(tmp_path / "c.json.gz", "wt", encoding="utf-8") as handle:
        json.dump([{"title": "Gamma Dir", "abstract": "C."}], handle)
    (tmp_path / "notes.csv").write_text("title,abstract\nNot Read,No\n")
    (tmp_path / "README.md").write_text("Not a source\n")
    papers, problems = read(tmp_path)
    assert problems == []
    assert set(by_title(papers)) == {"Alpha Dir", "Beta Dir", "Gamma Dir"}


def test_text_is_cleaned_of_control_characters_and_byte_order_marks(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes("\ufeff".encode() + json.dumps(
        {"title": "Ctrl\u0001 Title\ud800", "abstract": "Line\u0007 one.\n\tTwo."}).encode())
    papers, problems = read(path)
    assert problems == []
    (paper,) = papers.values()
    assert (paper.title, paper.abstract) == ("Ctrl Title", "Line one. Two.")


# ---------------------------------------------------------------- bad input

GOOD_BEFORE = {"title": "Good Before", "abstract": "Fine."}
GOOD_AFTER = {"title": "Good After", "abstract": "Also fine."}


@pytest.mark.parametrize("bad, reason", [
    ('{"title": "Broken", "abstract": ', "malformed JSON"),
    ('{"abstract": "No title here."}', "without title"),
    ('{"title": "No abstract here"}', "without abstract"),
    ('{"title": "   ", "abstract": ""}', "without title and abstract"),
    ('[1, 2, 3]', "expected a JSON object"),
    ('"just a string"', "expected a JSON object"),
], ids=["malformed", "no-title", "no-abstract", "blank-fields", "array-line", "string-line"])
def test_a_bad_line_is_one_problem_and_the_good_lines_still_come_through(tmp_path, bad, reason):
    path = write_jsonl(tmp_path / "mixed.jsonl", ["", GOOD_BEFORE, bad, GOOD_AFTER])
    papers, problems = read(path)
    assert set(by_title(papers)) == {"Good Before", "Good After"}
    assert len(problems) == 1
    assert problems[0].where == f"{path}:3"
    assert reason in problems[0].reason
    assert str(problems[0]).startswith(f"{path}:3: ")


def test_invalid_utf8_line_is_one_problem(tmp_path):
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(json.dumps(GOOD_BEFORE).encode() + b"\n"
                     + b'{"title": "Bad \xff\xfe bytes", "abstract": "x"}\n'
                     + json.dumps(GOOD_AFTER).encode() + b"\n")
    papers, problems = read(path)
    assert set(by_title(papers)) == {"Good Before", "Good After"}
    assert [p.where for p in problems] == [f"{path}:2"]
    assert "UTF-8" in problems[0].reason


def test_invalid_utf8_in_a_listing_drops_only_that_entry(tmp_path):
    path = tmp_path / "bytes.txt"
    path.write_bytes("\n".join(["Good One", abstract("one"), "Bad \udcff Title",
                                abstract("bad"), "Good Two", abstract("two")])
                     .encode("utf-8", "surrogateescape") + b"\n")
    papers, problems = read(path)
    assert set(by_title(papers)) == {"Good One", "Good Two"}
    assert [p.where for p in problems] == [f"{path}:3"]


def test_corrupt_gzip_is_one_problem_and_keeps_what_came_before(tmp_path):
    records = [json.dumps({"title": f"Record {i}", "abstract": f"Text {i} " * 20})
               for i in range(3000)]
    whole = gzip.compress(("\n".join(records) + "\n").encode())
    truncated = tmp_path / "truncated.jsonl.gz"
    truncated.write_bytes(whole[: len(whole) // 2])
    not_gzip = tmp_path / "fake.jsonl.gz"
    not_gzip.write_bytes(b"this is not gzip at all\n")
    good = write_jsonl(tmp_path / "good.jsonl", [GOOD_AFTER])
    papers, problems = read(truncated, not_gzip, good)
    titles = set(by_title(papers))
    assert "Good After" in titles
    kept = titles - {"Good After"}
    assert 0 < len(kept) < 3000
    assert kept == {f"Record {i}" for i in range(len(kept))}
    assert len(problems) == 2
    cut, fake = problems
    assert cut.where.startswith(f"{truncated}:") and "unreadable" in cut.reason
    assert int(cut.where.rsplit(":", 1)[1]) > len(kept)
    assert fake.where == f"{not_gzip}:1" and "unreadable" in fake.reason


def test_corrupt_gzip_data_is_one_problem_not_a_crash(tmp_path):
    data = bytearray(gzip.compress(b"".join(
        json.dumps({"title": f"R{i}", "abstract": "x" * 40}).encode() + b"\n"
        for i in range(500))))
    for i in range(30, 60):
        data[i] ^= 0xFF
    path = tmp_path / "scrambled.jsonl.gz"
    path.write_bytes(bytes(data))
    good = write_jsonl(tmp_path / "good.jsonl", [GOOD_AFTER])
    papers, problems = read(path, good)
    assert "Good After" in by_title(papers)
    assert len(problems) == 1 and problems[0].where.startswith(f"{path}:")
    assert "unreadable" in problems[0].reason


def test_missing_and_unsupported_paths_are_one_problem_each(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", [GOOD_BEFORE])
    missing = tmp_path / "nope.jsonl"
    other = tmp_path / "table.csv"
    other.write_text("a,b\n")
    papers, problems = read(missing, good, other)
    assert set(by_title(papers)) == {"Good Before"}
    assert [p.where for p in problems] == [str(missing), str(other)]
    assert "no such file" in problems[0].reason


def test_malformed_json_array_keeps_the_records_before_it(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[\n{"title": "Arr One", "abstract": "1."},\n{"title": oops},\n'
                    '{"title": "Arr Three", "abstract": "3."}\n]\n')
    papers, problems = read(path)
    assert "Arr One" in by_title(papers)
    assert [p.where for p in problems] == [f"{path}:3"]
    assert "malformed JSON" in problems[0].reason
