"""Sources: Daily Papers listings (.txt) and JSON/JSONL records (.json, .jsonl, .gz, folders)
-> Paper records, merged so that one paper seen in several places is one Paper.

Files are read line by line (JSON arrays object by object); a bad record becomes a
SourceProblem naming its file and line and never stops the good ones.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Link, Paper, SourceProblem

LISTING_SUFFIXES = (".txt",)
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")

# Page furniture of the Daily Papers listings; it may stand alone or be glued to a title.
PAGE_FURNITURE = (
    "Get trending papers in your email inbox once a day!",
    "Get trending papers in your email inbox!",
    "byAK and the research community",
    "Daily Papers",
    "Subscribe",
    "new",
)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
LISTING_DATE = re.compile(rf"^{MONTH} \d{{1,2}}(?:, \d{{4}})?$")
AUTHOR_COUNT = re.compile(r"^\s*•\s*(\d+)\s+authors?\s*$")
META_SEPARATOR = "·"
PUBLISHED_LINE = re.compile(rf"^({MONTH}) (\d{{1,2}})(?:, (\d{{4}}))?(?: (\d+))?$")
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
ARXIV_ID = re.compile(r"^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$",
                      re.IGNORECASE)


@dataclass
class RawRecord:
    """One paper as one source states it, before merging."""
    paper: Paper
    where: str


ProblemSink = Callable[[SourceProblem], None]


# ---------------------------------------------------------------- identity

def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def title_id(title: str) -> str:
    return "t-" + hashlib.sha1(normalise_title(title).encode("utf-8")).hexdigest()[:12]


def normalise_arxiv_id(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    match = ARXIV_ID.match(value.strip())
    return match.group(1) if match else None


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Collapse the line breaks and runs of spaces that arXiv metadata carries.

    Control characters and lone surrogates (JSON allows both as escapes) go too: XML and UTF-8
    writers cannot hold them.
    """
    return re.sub(r"\s+", " ", CONTROL_CHARS.sub("", text)).strip()


def _undecodable(text: str) -> bool:
    """Whether a line read with errors="surrogateescape" held bytes that are not UTF-8."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# ---------------------------------------------------------------- files

def iter_files(sources: Iterable[str | Path], problems: ProblemSink) -> Iterator[Path]:
    seen: set[Path] = set()  # a file named twice (itself and its folder) is read once

    def first_time(path: Path) -> bool:
        resolved = path.resolve()
        if resolved in seen:
            return False
        seen.add(resolved)
        return True

    for source in sources:
        path = Path(source)
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.is_file() and _readable_kind(p))
            yield from (child for child in children if first_time(child))
        elif path.is_file():
            if _readable_kind(path):
                if first_time(path):
                    yield path
            else:
                problems(SourceProblem(str(path), "not a listing (.txt) or JSON/JSONL file"))
        else:
            problems(SourceProblem(str(path), "no such file or directory"))


def _base_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _readable_kind(path: Path) -> bool:
    return _base_suffix(path) in LISTING_SUFFIXES + JSON_SUFFIXES


def _open_text(path: Path) -> io.TextIOBase:
    # Bytes that are not UTF-8 survive as lone surrogates, so the readers can skip just the
    # line that holds them (see _undecodable) instead of losing the rest of the file.
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rt", encoding="utf-8-sig", errors="surrogateescape")
    return open(path, encoding="utf-8-sig", errors="surrogateescape")


class _CountingReader:
    """A text handle that counts the lines it hands out, to say where reading broke off."""

    def __init__(self, handle: io.TextIOBase):
        self.handle, self.lines = handle, 0

    def __iter__(self) -> Iterator[str]:
        for line in self.handle:
            self.lines += 1
            yield line

    def readline(self) -> str:
        line = self.handle.readline()
        self.lines += bool(line)
        return line

    def read(self, size: int = -1) -> str:
        chunk = self.handle.read(size)
        self.lines += chunk.count("\n")
        return chunk


def read_file(path: Path, problems: ProblemSink) -> Iterator[RawRecord]:
    """The records of one file; an unreadable file is one problem, not an exception.

    Records read before a file breaks off (a corrupt or truncated .gz) are kept.
    """
    reader = read_listing if _base_suffix(path) in LISTING_SUFFIXES else read_json_records
    counting = None
    try:
        with _open_text(path) as handle:
            counting = _CountingReader(handle)
            yield from reader(counting, str(path), problems)
    except (OSError, UnicodeDecodeError, EOFError, zlib.error) as exc:
        where = f"{path}:{counting.lines + 1}" if counting else str(path)
        problems(SourceProblem(where, f"unreadable: {exc.__class__.__name__}: {exc}"))


# ---------------------------------------------------------------- listings

def _strip_furniture(line: str) -> str:
    """Remove page furniture at the start of a line, where a title can be glued to it."""
    changed = True
    while changed:
        changed = False
        for phrase in PAGE_FURNITURE:
            if line == phrase:
                return ""
            # 'new' is too common a word to strip from a glued title; only whole-line.
            if phrase != "new" and line.startswith(phrase) and len(line) > len(phrase):
                line = line[len(phrase):].lstrip()
                changed = True
    return line


def _looks_like_abstract(line: str) -> bool:
    if len(line) >= 300:
        return True
    return len(line) >= 120 and bool(re.search(r"[.!?][)\]]?$", line)) and ". " in line


def _published(match: re.Match) -> tuple[str, int | None]:
    month, day, year, upvotes = match.groups()
    if year:
        date = f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
    else:
        date = f"{month} {day}"
    return date, int(upvotes) if upvotes else None


def read_listing(lines: Iterable[str], where: str, problems: ProblemSink) -> Iterator[RawRecord]:
    """A Daily Papers listing page saved as text, in any of its layouts.

    Titles and abstracts alternate (blank lines between them or not); the page header may be
    glued to the first title; an entry may be followed by "• N authors / · / date [upvotes]".
    """
    listing_date: str | None = None
    pending_title: tuple[str, int] | None = None
    # The last entry is held back until the author / date lines that follow it are read:
    # once yielded, it may be merged into a paper seen before, and later changes would be lost.
    held: RawRecord | None = None
    started = False  # a listing date only heads the page, before the first entry
    expect_published = False
    for number, raw in enumerate(lines, start=1):
        line = _strip_furniture(raw.strip())
        if not line:
            continue
        if match := AUTHOR_COUNT.match(line):
            if held is not None:
                held.paper.author_count = int(match.group(1))
            expect_published = True
            continue
        if line == META_SEPARATOR:
            continue
        if expect_published and (match := PUBLISHED_LINE.match(line)):
            expect_published = False
            if held is not None:
                held.paper.published, held.paper.upvotes = _published(match)
            continue
        expect_published = False
        if not started and LISTING_DATE.match(line):
            listing_date = line
            continue
        started = True
        if held is not None:
            yield held
            held = None
        if _looks_like_abstract(line):
            if pending_title is None:
                problems(SourceProblem(f"{where}:{number}", "abstract without a title"))
                continue
            title, title_line = pending_title
            pending_title = None
            if bad := next((n for n, text in ((title_line, title), (number, line))
                            if _undecodable(text)), None):
                problems(SourceProblem(f"{where}:{bad}", "not valid UTF-8"))
                continue
            paper = Paper(id=title_id(title), title=clean_text(title), abstract=clean_text(line),
                          listing_dates=[listing_date] if listing_date else [])
            held = RawRecord(paper, f"{where}:{title_line}")
        else:
            if pending_title is not None:
                problems(SourceProblem(f"{where}:{pending_title[1]}",
                                       f"title without an abstract: {pending_title[0][:60]!r}"))
            pending_title = (line, number)
    if held is not None:
        yield held
    if pending_title is not None:
        problems(SourceProblem(f"{where}:{pending_title[1]}",
                               f"title without an abstract: {pending_title[0][:60]!r}"))


# ---------------------------------------------------------------- JSON records

def iter_json_values(handle: io.TextIOBase, where: str,
                     problems: ProblemSink) -> Iterator[tuple[object, str]]:
    """JSON Lines, or a JSON array / single object, one value at a time with its location
    ("path:line", the line the value starts on)."""
    first, number = "", 0
    while not first.strip():
        first = handle.readline()
        number += 1
        if not first:
            return
    if first.lstrip().startswith("[") or first.strip() == "{":  # an array, a pretty object
        yield from _iter_json_document(first, number, handle, where, problems)
        return
    for number, line in enumerate(_chain_first(first, handle), start=number):
        if not line.strip():
            continue
        if _undecodable(line):
            problems(SourceProblem(f"{where}:{number}", "not valid UTF-8"))
            continue
        try:
            yield json.loads(line), f"{where}:{number}"
        except json.JSONDecodeError as exc:
            problems(SourceProblem(f"{where}:{number}", f"malformed JSON: {exc.msg}"))


def _chain_first(first: str, handle: io.TextIOBase) -> Iterator[str]:
    yield first
    yield from handle


def _iter_json_document(start: str, line: int, handle: io.TextIOBase, where: str,
                        problems: ProblemSink) -> Iterator[tuple[object, str]]:
    """Decode the elements of a top-level JSON array (or a JSON object spread over lines)
    without reading the file whole; `line` is the line `start` was read from."""
    decoder = json.JSONDecoder()
    in_array = start.lstrip().startswith("[")
    buffer = start.lstrip()[1:] if in_array else start
    while True:
        rest = buffer.lstrip()
        if in_array:
            rest = rest.lstrip(",").lstrip()
        line += buffer.count("\n", 0, len(buffer) - len(rest))
        buffer = rest
        if in_array and buffer.startswith("]"):
            return
        try:
            value, end = decoder.raw_decode(buffer)
        except json.JSONDecodeError as exc:
            chunk = handle.read(1 << 16)
            if chunk:
                buffer += chunk
                continue
            if buffer or in_array:
                problems(SourceProblem(f"{where}:{line}", f"malformed JSON: {exc.msg}"))
            return
        if _undecodable(buffer[:end]):
            problems(SourceProblem(f"{where}:{line}", "not valid UTF-8"))
        else:
            yield value, f"{where}:{line}"
        line += buffer.count("\n", 0, end)
        buffer = buffer[end:]
        if len(buffer) < 1024:
            buffer += handle.read(1 << 16)


def read_json_records(handle: io.TextIOBase, where: str,
                      problems: ProblemSink) -> Iterator[RawRecord]:
    for value, location in iter_json_values(handle, where, problems):
        try:
            paper = paper_from_record(value)
        except ValueError as exc:
            problems(SourceProblem(location, str(exc)))
            continue
        yield RawRecord(paper, location)


def _text(value: object) -> str:
    return clean_text(value) if isinstance(value, str) else ""


def _split_authors(value: object) -> list[str]:
    if isinstance(value, list):
        names = [a.get("name", "") if isinstance(a, dict) else str(a) for a in value]
        return [clean_text(n) for n in names if n and str(n).strip()]
    if isinstance(value, str) and value.strip():
        parts = re.split(r",\s*|\s+and\s+", clean_text(value))
        return [p for p in parts if p]
    return []


def _date(value: object) -> str | None:
    """An ISO timestamp cut to its date; any other stated date as it is."""
    if not value:
        return None
    text = str(value).strip()
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else text


def paper_from_record(value: object) -> Paper:
    """A Paper from plain {title, abstract}, an arXiv metadata line or a Daily Papers API item."""
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")
    inner = value.get("paper") if isinstance(value.get("paper"), dict) else {}
    record = {**value, **inner}  # the API nests the paper; its own fields win
    title = _text(record.get("title"))
    abstract = _text(record.get("abstract") or record.get("summary"))
    missing = [name for name, text in (("title", title), ("abstract", abstract)) if not text]
    if missing:
        raise ValueError(f"record without {' and '.join(missing)}")
    arxiv_id = normalise_arxiv_id(record.get("id") or record.get("arxiv_id"))
    categories = record.get("categories") or []
    if isinstance(categories, str):
        categories = categories.split()
    links = []
    for key, kind in (("githubRepo", "code"), ("projectPage", "project")):
        url = record.get(key)
        if isinstance(url, str) and url.strip():
            links.append(Link(url.strip(), kind))
    authors = _split_authors(record.get("authors"))
    published = record.get("publishedAt") or record.get("published") or record.get("update_date")
    upvotes = record.get("upvotes")
    return Paper(
        id=arxiv_id or title_id(title),
        title=title,
        abstract=abstract,
        arxiv_id=arxiv_id,
        authors=authors,
        author_count=len(authors) or None,
        published=_date(published),
        upvotes=upvotes if isinstance(upvotes, int) else None,
        categories=[str(c) for c in categories],
        links=links,
    )


# ---------------------------------------------------------------- merging

class PaperIndex:
    """Merges records of the same paper: by arXiv id, else by normalised title."""

    def __init__(self) -> None:
        self.papers: dict[str, Paper] = {}
        self._by_title: dict[str, str] = {}
        self._by_arxiv: dict[str, str] = {}
        self.record_count = 0

    def add(self, record: RawRecord) -> Paper:
        self.record_count += 1
        new = record.paper
        title_key = normalise_title(new.title)
        known_id = (self._by_arxiv.get(new.arxiv_id) if new.arxiv_id else None) \
            or self._by_title.get(title_key)
        if known_id is None:
            new.sources = [record.where]
            self._remember(new, title_key)
            return new
        paper = self.papers[known_id]
        _merge_into(paper, new, record.where)
        if paper.id != known_id:  # an arXiv id arrived for a paper known by its title
            del self.papers[known_id]
        self._remember(paper, title_key)
        return paper

    def _remember(self, paper: Paper, title_key: str) -> None:
        self.papers[paper.id] = paper
        self._by_title[title_key] = paper.id
        self._by_title[normalise_title(paper.title)] = paper.id
        if paper.arxiv_id:
            self._by_arxiv[paper.arxiv_id] = paper.id


def _merge_into(paper: Paper, new: Paper, where: str) -> None:
    paper.sources.append(where)
    if new.arxiv_id and not paper.arxiv_id:
        paper.arxiv_id = new.arxiv_id
        paper.id = new.arxiv_id
    if len(new.abstract) > len(paper.abstract):
        paper.abstract = new.abstract
    for date in new.listing_dates:
        if date not in paper.listing_dates:
            paper.listing_dates.append(date)
    for name in ("author_count", "published", "upvotes"):
        if getattr(paper, name) is None:
            setattr(paper, name, getattr(new, name))
    paper.authors = paper.authors or new.authors
    paper.categories = paper.categories or new.categories
    known = {link.url for link in paper.links}
    paper.links.extend(link for link in new.links if link.url not in known)


def read_papers(sources: Iterable[str | Path], problems: ProblemSink) -> PaperIndex:
    """Every paper in SOURCES, merged across files."""
    index = PaperIndex()
    for path in iter_files(sources, problems):
        for record in read_file(path, problems):
            index.add(record)
    return index
