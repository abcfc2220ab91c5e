"""URLs in abstracts: found, cleaned of punctuation and LaTeX debris, classified code/project."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from kg.extraction.text import matches_at, occurrences

# Code hosts authors often write without a scheme ("github.com/a/b").
BARE_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "huggingface.co")
# Top-level domains of the bare project pages authors write without a scheme
# ("zaidkhan.me/MutaGReP", "x.github.io/proj"): found only with a path after them.
BARE_DOMAINS = ("io", "me", "ai", "dev", "page", "site", "app", "com", "org", "net", "edu")
# Scheme URLs, bare code hosts, and other bare hosts with a path.
URL_PATTERN = re.compile(
    r"(?:https?://|ftp://|www\.|(?<![\w@/.])(?:" + "|".join(map(re.escape, BARE_CODE_HOSTS)) +
    r")/|(?<![\w@/.\-])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:" + "|".join(BARE_DOMAINS) +
    r")/(?=\w))[^\s<>\"'`]+",
    re.IGNORECASE,
)
# Every URL_PATTERN match starts at one of these (lower case; "://" after its scheme), or
# before a bare domain's ending (".me/"). Found with str.find, they spare the pattern a scan
# of the whole abstract, its slowest part.
URL_HINTS = ("://", "www.") + tuple(host + "/" for host in BARE_CODE_HOSTS)
BARE_DOMAIN_HINTS = tuple(f".{tld}/" for tld in BARE_DOMAINS)
HOST_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
SCHEMES = ("https", "http", "ftp")
CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitee.com",
              "sourceforge.net", "anonymous.4open.science", "git.")
TRAILING = ".,;:!?'\"*`"
SCHEME = re.compile(r"[a-z]+://", re.IGNORECASE)
BRACKETS = {")": "(", "]": "[", "}": "{", ">": "<"}


def clean_url(raw: str) -> str:
    """Strip what the sentence, Markdown or LaTeX glued to a URL; the URL stays as the
    abstract writes it otherwise (a bare `github.com/a/b` keeps no scheme: see `with_scheme`).

    `https://github.com/a/b{https://github.com/a/b}.` -> `https://github.com/a/b`;
    `(see https://x.org/p).` -> `https://x.org/p`; `\\url{https://x.org}` -> `https://x.org`.
    """
    url = raw
    # LaTeX \href{u}{text} / u{u} debris, and a Markdown link's "](u)": keep what comes
    # before the first brace.
    for stop in ("{", "}", "\\", "|", "]("):
        if stop in url:
            url = url.split(stop, 1)[0]
    while url:
        last = url[-1]
        if last in TRAILING:
            url = url[:-1]
        elif last in BRACKETS and url.count(last) > url.count(BRACKETS[last]):
            url = url[:-1]
        else:
            break
    return url


def with_scheme(url: str) -> str:
    """A link to follow: `github.com/a/b` and `www.x.org` -> `https://...`."""
    return url if SCHEME.match(url) else "https://" + url


def classify_url(url: str) -> str:
    """`code` for a source repository, `project` for a page, demo, dataset card or paper."""
    parts = urlsplit(with_scheme(url))
    host = parts.netloc.lower().removeprefix("www.")
    path = [p for p in parts.path.split("/") if p]
    if host == "huggingface.co" or host.endswith(".hf.space"):
        return "code" if path[:1] == ["spaces"] else "project"
    if any(host == h or host.startswith(h) or host.endswith("." + h) for h in CODE_HOSTS):
        # github.io pages are project pages; a bare host without a repository path is not code.
        return "code" if path or host.startswith("anonymous") else "project"
    return "project"


def find_urls(text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, cleaned url) for every URL in text; end covers only the cleaned part.
    `lowered` is text.lower(), when the caller has it already."""
    if lowered is None:
        lowered = text.lower()
    # Every URL holds a slash or starts with "www.": literal tests first, as most abstracts
    # have neither.
    if "/" not in text and "www." not in lowered:
        return []
    found = []
    for match in _url_matches(text, lowered):
        raw = match.group(0)
        cleaned = clean_url(raw)
        if len(with_scheme(cleaned)) <= len("https://x.y"):
            continue
        # The cleaned URL is a prefix of the raw text.
        found.append((match.start(), match.start() + len(cleaned), cleaned))
    return found


def _url_matches(text: str, lowered: str):
    """URL_PATTERN's matches, left to right, as finditer would give them."""
    if len(lowered) != len(text):
        yield from URL_PATTERN.finditer(text)  # lower() moved offsets: scan the slow way
        return
    yield from matches_at(URL_PATTERN, text, _url_starts(lowered))


def _url_starts(lowered: str) -> list[int]:
    starts = set()
    for hint in URL_HINTS:
        for at in occurrences(lowered, hint):
            if hint != "://":
                starts.add(at)
            elif scheme := next((s for s in SCHEMES if at >= len(s) and
                                 lowered.startswith(s, at - len(s))), None):
                starts.add(at - len(scheme))
    for hint in BARE_DOMAIN_HINTS:
        for end in occurrences(lowered, hint):
            at = end
            while at > 0 and lowered[at - 1] in HOST_CHARACTERS:
                at -= 1  # back to the host's first character
            host = lowered[at:end + len(hint) - 1]
            # ("xgithub.com/a/b" is a word glued to a code host, not a host of its own.)
            if not any(host.endswith(h) and host != h and not host.endswith("." + h)
                       for h in BARE_CODE_HOSTS):
                starts.add(at)
    return sorted(starts)


def url_key(url: str) -> str:
    """Identity of a link across papers: host and path, no scheme, case-folded host."""
    parts = urlsplit(with_scheme(url))
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if host in ("github.com", "gitlab.com", "bitbucket.org"):
        # A repository is its owner/name; deeper paths (tree/main/...) are the same repository.
        path = "/" + "/".join(path.strip("/").split("/")[:2]).lower()
        path = path.removesuffix(".git")
    return host + path
