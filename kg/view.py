"""The interactive HTML view of the graph: one self-contained, offline page.

The page is rendered from our own Jinja template (``kg/templates/view.html``) with the
vis-network library that pyvis ships inlined into it, so it needs no network at all: pyvis's
own page template links Bootstrap from a CDN, ours links nothing (see shared/notes/pyvis.md).

All data (names, titles, abstracts, evidence) travels as one JSON document inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` written as ``\\u003c``
etc., and the page's JavaScript builds tooltips and the info panel with ``textContent``: a
title such as ``<script>alert(1)</script>`` shows as text and is never parsed as markup.

Large graphs are capped (``max_nodes``): the most connected nodes are drawn and the page says
how many of each label were left out. Physics lays the graph out, then is switched off.
"""
from __future__ import annotations

import difflib
import heapq
import importlib.util
import json
import re
import unicodedata
from collections import Counter, deque
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup

from kg.model import NODE_LABELS

TEMPLATE = "view.html"
VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")  # inside the pyvis package

# One colour per label (colour-blind-friendly palette); unknown labels get grey.
LABEL_COLORS = {
    "Paper": "#4e79a7",
    "Model": "#e15759",
    "Method": "#f28e2b",
    "Benchmark": "#59a14f",
    "Task": "#b07aa1",
    "Metric": "#edc948",
    "Repository": "#76b7b2",
    "Webpage": "#9c755f",
}
OTHER_COLOR = "#bab0ac"

# Per-node limits on what goes into the page (the page stays small for 400 nodes).
MAX_ABSTRACT = 1500
MAX_EVIDENCE = 4
MAX_EVIDENCE_CHARS = 400
MAX_PAPERS = 12
MAX_EDGE_EVIDENCE = 3
_URL_OK = re.compile(r"^https?://", re.IGNORECASE)


@dataclass
class ViewSummary:
    drawn_nodes: int
    total_nodes: int
    drawn_edges: int   # edges drawn: parallel edges of one type between two nodes count once
    left_out: int      # nodes of the graph not drawn


class FocusNotFound(LookupError):
    """No node has the focus as its name, one of its aliases or its key."""

    def __init__(self, focus: str, suggestions: list[str]):
        self.focus = focus
        self.suggestions = suggestions
        hint = ("; close names: " + ", ".join(suggestions)) if suggestions else \
            "; no close names either"
        super().__init__(f"no node named {focus!r} (name, alias or key){hint}")

    def __str__(self) -> str:  # LookupError's str() would quote the whole message
        return self.args[0]


def write_view(graph: nx.MultiDiGraph, path: Path, *, focus: str | None = None,
               depth: int = 1, max_nodes: int = 400) -> ViewSummary:
    """Write the offline HTML view of ``graph`` (or of ``focus``'s neighbourhood) to ``path``."""
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    total = graph.number_of_nodes()
    neighbours = {n: _neighbours(graph, n) for n in graph.nodes}
    degree = {n: len(neighbours[n]) for n in graph.nodes}

    centres: list[str] = []
    if focus is not None:
        centres = find_nodes(graph, focus)
        if not centres:
            raise FocusNotFound(focus, suggest_names(graph, focus))
        distance = _distances(graph, centres, depth)
        ranked = sorted(distance, key=lambda n: (distance[n], -degree[n], str(n)))
        candidates = len(ranked)
    else:
        distance = {}
        ranked = _most_connected(neighbours, degree, max_nodes)
        candidates = total
    drawn = ranked[:max_nodes]
    drawn_set = set(drawn)

    nodes, ids = _node_records(graph, drawn, degree, set(centres), distance)
    edges = _edge_records(graph, drawn_set, ids)
    left_out_labels = Counter(graph.nodes[n].get("label", "?") for n in graph.nodes
                              if n not in drawn_set)
    notice = _notice(graph, focus, centres, depth, len(drawn), total, candidates,
                     left_out_labels)
    drawn_labels = Counter(graph.nodes[n].get("label", "?") for n in drawn)
    labels = [lab for lab in NODE_LABELS if lab in drawn_labels] + \
        sorted(lab for lab in drawn_labels if lab not in NODE_LABELS)
    data = {
        "nodes": nodes,
        "edges": edges,
        "legend": [{"label": lab, "color": LABEL_COLORS.get(lab, OTHER_COLOR),
                    "drawn": drawn_labels[lab], "left_out": left_out_labels.get(lab, 0)}
                   for lab in labels],
        "focus": [ids[c] for c in centres if c in ids],
        "total_nodes": total,
    }
    heading = "Knowledge graph" if focus is None else \
        f"Neighbourhood of {', '.join(str(graph.nodes[c].get('name', c)) for c in centres)}"
    page = _template().render(
        title=f"kg: {heading}",
        heading=heading,
        notice=notice,
        drawn_nodes=len(nodes),
        drawn_edges=len(edges),
        total_nodes=total,
        vis_js=Markup(_vis_js()),
        data_json=Markup(_script_json(data)),
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return ViewSummary(drawn_nodes=len(nodes), total_nodes=total, drawn_edges=len(edges),
                       left_out=total - len(nodes))


# --- finding the focus ---------------------------------------------------------------------

def normalise(text: str) -> str:
    """Case-folded letters and digits only: 'GPT-4' == 'gpt 4' == 'GPT4'."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def find_nodes(graph: nx.MultiDiGraph, focus: str) -> list[str]:
    """Nodes whose key, name or an alias is ``focus`` (case and punctuation ignored)."""
    wanted_key = focus.strip().casefold()
    by_key = [n for n in graph.nodes if str(n).casefold() == wanted_key]
    if by_key:
        return by_key
    wanted = normalise(focus)
    if not wanted:
        return []
    found = []
    for n, data in graph.nodes(data=True):
        names = [data.get("name", "")] + _as_list(data.get("aliases"))
        if any(normalise(name) == wanted for name in names):
            found.append(n)
    return sorted(found, key=str)


def suggest_names(graph: nx.MultiDiGraph, focus: str, limit: int = 5) -> list[str]:
    """Names (or aliases) close to ``focus``, for the FocusNotFound message."""
    wanted = normalise(focus)
    names: dict[str, str] = {}
    for _, data in graph.nodes(data=True):
        for name in [data.get("name", "")] + _as_list(data.get("aliases")):
            if name and normalise(name):
                names.setdefault(normalise(name), name)
    if not wanted:
        return []
    close = difflib.get_close_matches(wanted, list(names), n=limit, cutoff=0.6)
    if len(close) < limit and len(wanted) >= 3:
        close += sorted((k for k in names if wanted in k and k not in close),
                        key=len)[: limit - len(close)]
    return [names[k] for k in close]


def _as_list(value) -> list:
    """A list attribute as a list, even if a reader left a single string or None."""
    if value is None or value == "":
        return []
    if isinstance(value, (str, bytes)):
        return [value]
    return list(value)


def _neighbours(graph: nx.MultiDiGraph, n) -> set:
    return (set(graph.successors(n)) | set(graph.predecessors(n))) - {n}


def _most_connected(neighbours: dict, degree: dict, limit: int) -> list:
    """Up to ``limit`` nodes: the most connected half, then what links the drawn nodes most.

    Ranking by degree alone draws hubs with nothing between them (entities meet through
    papers), so after the first half by degree we grow the selection greedily: next is the
    node with the most neighbours already drawn (ties: higher degree, then key).
    """
    by_degree = sorted(neighbours, key=lambda n: (-degree[n], str(n)))
    if len(by_degree) <= limit:
        return by_degree
    chosen = by_degree[: max(1, limit // 2)]
    drawn = set(chosen)
    links: Counter = Counter()
    for n in chosen:
        for m in neighbours[n]:
            if m not in drawn:
                links[m] += 1
    heap = [(-count, -degree[m], str(m), m) for m, count in links.items()]
    heapq.heapify(heap)
    while heap and len(chosen) < limit:
        count, _, _, n = heapq.heappop(heap)
        if n in drawn or -count != links[n]:
            continue  # already drawn, or a stale entry (its count has grown since)
        chosen.append(n)
        drawn.add(n)
        for m in neighbours[n]:
            if m not in drawn:
                links[m] += 1
                heapq.heappush(heap, (-links[m], -degree[m], str(m), m))
    for n in by_degree:  # nothing left that touches the drawing: the most connected rest
        if len(chosen) >= limit:
            break
        if n not in drawn:
            chosen.append(n)
            drawn.add(n)
    return chosen


def _distances(graph: nx.MultiDiGraph, centres: list[str], depth: int) -> dict:
    """Hops from the nearest centre, ignoring edge direction, up to ``depth``."""
    distance = {c: 0 for c in centres}
    queue = deque(centres)
    while queue:
        n = queue.popleft()
        if distance[n] >= depth:
            continue
        for m in _neighbours(graph, n):
            if m not in distance:
                distance[m] = distance[n] + 1
                queue.append(m)
    return distance


# --- what the page is told -----------------------------------------------------------------

def _node_records(graph, drawn, degree, centres, distance):
    ids = {n: i for i, n in enumerate(drawn)}
    titles = {str(n).split(":", 1)[1]: data.get("name", "")
              for n, data in graph.nodes(data=True)
              if data.get("label") == "Paper" and ":" in str(n)}
    records = []
    for n in drawn:
        data = graph.nodes[n]
        label = data.get("label", "?")
        record = {
            "id": ids[n],
            "key": str(n),
            "name": str(data.get("name") or n),
            "label": label,
            "color": LABEL_COLORS.get(label, OTHER_COLOR),
            "degree": degree[n],
        }
        aliases = [str(a) for a in _as_list(data.get("aliases")) if str(a)]
        if aliases:
            record["aliases"] = aliases
        url = data.get("url")
        if isinstance(url, str) and _URL_OK.match(url):
            record["url"] = url
        if n in centres:
            record["focus"] = True
        if n in distance:
            record["hops"] = distance[n]
        facts = []
        for attr, text in (("family", "family"), ("arxiv_id", "arXiv"),
                           ("published", "published"), ("upvotes", "upvotes"),
                           ("author_count", "authors"), ("host", "host")):
            if data.get(attr) not in (None, "", []):
                facts.append([text, str(data[attr])])
        if _as_list(data.get("categories")):
            facts.append(["categories", ", ".join(map(str, _as_list(data["categories"])))])
        if facts:
            record["facts"] = facts
        if label == "Paper":
            abstract = str(data.get("abstract") or "")
            if abstract:
                record["abstract"] = _clip(abstract, MAX_ABSTRACT)
            paper_ids = []
        else:
            paper_ids = [str(p) for p in _as_list(data.get("papers"))]
        evidence, edge_papers = _node_evidence(graph, n)
        for pid in edge_papers:
            if pid not in paper_ids and label != "Paper":
                paper_ids.append(pid)
        if paper_ids:
            record["papers"] = [[str(p), str(titles.get(p, ""))] for p in paper_ids[:MAX_PAPERS]]
            if len(paper_ids) > MAX_PAPERS:
                record["more_papers"] = len(paper_ids) - MAX_PAPERS
        proposed_by = [str(p) for p in _as_list(data.get("proposed_by"))]
        if proposed_by:
            record["proposed_by"] = proposed_by
        if evidence:
            record["evidence"] = evidence
        records.append(record)
    return records, ids


def _node_evidence(graph, n):
    """A few distinct evidence sentences of the node's edges, and the papers of its edges."""
    seen, evidence, papers = set(), [], []
    for u, v, data in list(graph.in_edges(n, data=True)) + list(graph.out_edges(n, data=True)):
        paper = str(data.get("paper", ""))
        if paper and paper not in papers:
            papers.append(paper)
        text = str(data.get("evidence") or "").strip()
        if text and text not in seen and len(evidence) < MAX_EVIDENCE:
            seen.add(text)
            evidence.append([paper, _clip(text, MAX_EVIDENCE_CHARS)])
    return evidence, papers


def _edge_records(graph, drawn_set, ids):
    """One drawn edge per (source, target, type); its papers and evidence are merged."""
    merged: dict[tuple, dict] = {}
    for u, v, data in graph.edges(data=True):
        if u not in drawn_set or v not in drawn_set:
            continue
        type_ = str(data.get("type", ""))
        record = merged.get((u, v, type_))
        if record is None:
            record = merged[(u, v, type_)] = {
                "id": len(merged), "from": ids[u], "to": ids[v], "type": type_,
                "papers": [], "evidence": []}
        paper = str(data.get("paper", ""))
        if paper and paper not in record["papers"]:
            record["papers"].append(paper)
        text = str(data.get("evidence") or "").strip()
        if text and len(record["evidence"]) < MAX_EDGE_EVIDENCE and \
                text not in [e[1] for e in record["evidence"]]:
            record["evidence"].append([paper, _clip(text, MAX_EVIDENCE_CHARS)])
        if data.get("metric") or data.get("value"):
            record.setdefault("results", []).append(
                [str(data.get("metric", "")), str(data.get("value", "")), paper])
    return list(merged.values())


def _notice(graph, focus, centres, depth, drawn, total, candidates, left_out_labels) -> str:
    if focus is None:
        if drawn < total:
            return (f"showing {drawn:,} of {total:,} nodes: the most connected; "
                    f"use kg view --focus NAME to see one entity's neighbourhood. "
                    f"Drawn: the {max(1, drawn // 2):,} nodes with the most neighbours, then "
                    f"the nodes that link most of them. "
                    f"Left out: {_label_counts(left_out_labels)}.")
        return f"showing all {total:,} nodes"
    names = ", ".join(str(graph.nodes[c].get("name", c)) for c in centres)
    hops = "hop" if depth == 1 else "hops"
    text = f"neighbourhood of {names} within {depth} {hops}: "
    if drawn < candidates:
        text += (f"showing {drawn:,} of its {candidates:,} nodes (the closest, then the most "
                 f"connected); try a smaller --depth or a higher --max-nodes. ")
    else:
        text += f"{drawn:,} nodes. "
    return text + f"The whole graph has {total:,} nodes."


def _label_counts(counts: Counter) -> str:
    order = {lab: i for i, lab in enumerate(NODE_LABELS)}
    items = sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    return ", ".join(f"{lab} {count:,}" for lab, count in items)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _script_json(data) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' can end or open anything."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network as pyvis 0.3.2 ships it (no network needed to get it)."""
    # Located without importing pyvis (which would import IPython: a quarter of a second).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: the HTML view inlines its vis-network")
    js = Path(list(spec.submodule_search_locations)[0], *VIS_JS).read_text(encoding="utf-8")
    if "</script" in js.lower():  # would end the inline <script> early
        js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    return js


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True, undefined=jinja2.StrictUndefined)
    return env.get_template(TEMPLATE)
