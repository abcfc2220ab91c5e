"""kg.extraction.urls: finding, cleaning and classifying the URLs of abstracts, and url_key."""
from __future__ import annotations

import pytest

from kg.extraction.urls import classify_url, clean_url, find_urls, url_key, with_scheme


def urls(text: str) -> list[str]:
    return [url for _, _, url in find_urls(text)]


# ------------------------------------------------------------------ cleaning

@pytest.mark.parametrize("text, expected", [
    # trailing sentence punctuation
    ("Code: https://github.com/a/b.", "https://github.com/a/b"),
    ("See https://x.org/p, then", "https://x.org/p"),
    ("at https://x.org/p; and", "https://x.org/p"),
    ("Really https://github.com/a/b?!", "https://github.com/a/b"),
    ("in 'https://x.org/p'.", "https://x.org/p"),
    ('in "https://x.org/p".', "https://x.org/p"),
    ("bold **https://github.com/a/b**", "https://github.com/a/b"),
    # closing brackets that close something opened before the URL
    ("(code: https://github.com/a/b).", "https://github.com/a/b"),
    ("[https://x.org/p]", "https://x.org/p"),
    ("<https://github.com/a/b>", "https://github.com/a/b"),
    ("(see https://en.wikipedia.org/wiki/Foo_(bar)).", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    # LaTeX debris
    ("https://github.com/masa-ue/SVDD{https://github.com/masa-ue/SVDD}.",
     "https://github.com/masa-ue/SVDD"),
    ("at \\url{https://x.org/p}.", "https://x.org/p"),
    ("\\href{https://x.org/a}{here}", "https://x.org/a"),
    ("https://a.org/x}.", "https://a.org/x"),
    ("https://github.com/a/b\\\\", "https://github.com/a/b"),
    ("| https://github.com/a/b| table", "https://github.com/a/b"),
    # queries and fragments stay
    ("https://example.com/a?b=c#d!", "https://example.com/a?b=c#d"),
    ("ftp://files.example.org/pub/data.tar.gz.", "ftp://files.example.org/pub/data.tar.gz"),
])
def test_cleaning(text, expected):
    assert urls(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("code at github.com/foo/bar, and more", "github.com/foo/bar"),
    ("see gitlab.com/g/p.", "gitlab.com/g/p"),
    ("data: huggingface.co/datasets/a/b.", "huggingface.co/datasets/a/b"),
    ("visit www.example.com/page;", "www.example.com/page"),
    ("visit WWW.Example.com.", "WWW.Example.com"),
    # a project page's host with a path, written without a scheme
    ("Project page: zaidkhan.me/MutaGReP.", "zaidkhan.me/MutaGReP"),
    ("demo at smartroboticslab.github.io/SuperEvent)", "smartroboticslab.github.io/SuperEvent"),
    ("see osf.io/vjw5e for data", "osf.io/vjw5e"),
    # a Markdown link's target after its text
    ("page: kwanyun.github.io/page](kwanyun.github.io/page)", "kwanyun.github.io/page"),
])
def test_bare_hosts_and_www_are_found_as_written(text, expected):
    assert urls(text) == [expected]
    assert with_scheme(expected) == "https://" + expected
    assert url_key(expected) == url_key("https://" + expected)


@pytest.mark.parametrize("text", [
    "mail me@github.com/x please",   # part of an address, not a URL
    "xgithub.com/a/b",               # not the host github.com
    "the github.com website",        # a host without a path is not a bare URL
    "http://x.y",                    # too short to be a link
    "no links here, just https:// and www",
    "a bare host needs a path: see example.io, e.g. and/or 3.5/4",
])
def test_not_urls(text):
    assert urls(text) == []


def test_clean_url_directly():
    assert clean_url("https://github.com/a/b{https://github.com/a/b}.") == "https://github.com/a/b"
    assert clean_url("github.com/a/b).") == "github.com/a/b"
    assert clean_url("https://x.org/a_(b)") == "https://x.org/a_(b)"


def test_offsets_cover_the_cleaned_url_in_the_text():
    text = ("Code at https://github.com/a/b{https://github.com/a/b}, data at "
            "huggingface.co/datasets/c/d; demo at www.demo.org/x.")
    found = find_urls(text)
    assert [url for _, _, url in found] == [
        "https://github.com/a/b", "huggingface.co/datasets/c/d", "www.demo.org/x"]
    assert [text[s:e] for s, e, _ in found] == [
        "https://github.com/a/b", "huggingface.co/datasets/c/d", "www.demo.org/x"]


def test_several_urls_in_order():
    text = ("Code at https://github.com/a/b, data at https://huggingface.co/datasets/c/d; "
            "demo at https://huggingface.co/spaces/c/e.")
    assert urls(text) == ["https://github.com/a/b", "https://huggingface.co/datasets/c/d",
                          "https://huggingface.co/spaces/c/e"]


# ------------------------------------------------------------------ classification

@pytest.mark.parametrize("url, kind", [
    ("https://github.com/a/b", "code"),
    ("https://github.com/a/b/tree/main/src", "code"),
    ("https://www.github.com/a/b", "code"),
    ("https://gitlab.com/g/p", "code"),
    ("https://bitbucket.org/t/r", "code"),
    ("https://anonymous.4open.science/r/abc-123", "code"),
    ("https://anonymous.4open.science/", "code"),
    ("https://huggingface.co/spaces/org/demo", "code"),
    ("https://huggingface.co/datasets/org/data", "project"),
    ("https://huggingface.co/org/model", "project"),
    ("https://foo.github.io/proj/", "project"),
    ("https://foo.github.io", "project"),
    ("https://github.com", "project"),          # the host alone is not a repository
    ("https://example.com/paper", "project"),
    ("https://sites.google.com/view/demo", "project"),
    ("https://arxiv.org/abs/2401.00001", "project"),
])
def test_classification(url, kind):
    assert classify_url(url) == kind


# ------------------------------------------------------------------ url_key

@pytest.mark.parametrize("a, b", [
    ("https://github.com/Foo/Bar", "http://github.com/foo/bar/"),
    ("https://github.com/foo/bar/tree/main/src", "https://www.github.com/foo/bar.git"),
    ("https://GitLab.com/g/p", "https://gitlab.com/g/p/-/issues"),
    ("https://x.org/a/", "https://x.org/a"),
    ("https://WWW.X.org/a", "http://x.org/a"),
])
def test_url_key_identifies_one_link(a, b):
    assert url_key(a) == url_key(b)


@pytest.mark.parametrize("a, b", [
    ("https://github.com/foo/bar", "https://github.com/foo/baz"),
    ("https://github.com/foo/bar", "https://foo.github.io/bar"),
    ("https://x.org/a", "https://x.org/b"),
    ("https://huggingface.co/datasets/a/b", "https://huggingface.co/spaces/a/b"),
])
def test_url_key_separates_different_links(a, b):
    assert url_key(a) != url_key(b)


def test_url_key_values():
    assert url_key("https://www.github.com/Foo/Bar.git") == "github.com/foo/bar"
    assert url_key("https://foo.github.io/proj/") == "foo.github.io/proj"
    assert url_key("https://x.org/a/") == "x.org/a"


def test_a_bare_url_is_a_followable_link_in_the_graph(tmp_path):
    from kg.build import build_graph
    source = tmp_path / "papers.jsonl"
    source.write_text('{"title": "Kestrel", "abstract": "Code: github.com/foo/kestrel."}\n')
    graph = build_graph([source])
    repo = graph.nodes["repo:github.com/foo/kestrel"]
    assert repo["url"] == "https://github.com/foo/kestrel"
