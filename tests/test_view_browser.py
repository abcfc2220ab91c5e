"""The HTML view in a real browser: Debian's headless Chromium, network off, file:// URL.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: JSON
messages ending in NUL on file descriptors 3 and 4), so these tests need nothing from PyPI.
The network is off twice over: every host name resolves to nothing
(``--host-resolver-rules``) and the page's network is emulated offline. Any request that is
not ``file:`` or ``data:``, any failed load, console error, uncaught exception or JavaScript
dialog fails the test. Screenshots go to tests/artifacts/ (gitignored).

Chromium missing is a failure, not a skip: the project's test command installs it
(Debian package ``chromium``); KG_CHROMIUM names another binary.
"""
from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from kg.view import write_view
from test_view import make_big_graph

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WIDTH, HEIGHT = 1400, 900
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
    "--no-default-browser-check", "--disable-extensions", "--disable-default-apps",
    "--mute-audio", "--hide-scrollbars", f"--window-size={WIDTH},{HEIGHT}",
    # Network off: no host name resolves (a page that tried a CDN would fail to load it).
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-pipe",
]


_LAUNCHER = """
import fcntl, os, sys
r, w = (fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3])
os.dup2(r, 3)
os.dup2(w, 4)
for fd in {r, w, int(sys.argv[1]), int(sys.argv[2])} - {3, 4}:
    os.close(fd)
os.execv(sys.argv[3], sys.argv[3:])
"""


class CDPError(RuntimeError):
    pass


class Chromium:
    """A headless Chromium and a minimal DevTools-protocol client over its pipe."""

    def __init__(self, binary: str = CHROMIUM, timeout: float = 60.0):
        if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
            pytest.fail(f"Chromium not found at {binary}: the browser tests need Debian's "
                        f"`chromium` (apt-get install -y chromium), which the project's test "
                        f"command installs; or set KG_CHROMIUM to a Chromium binary",
                        pytrace=False)
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        self.log_path = Path(self.profile) / "chromium.log"
        self._log = open(self.log_path, "wb")
        # The browser reads commands on fd 3 and writes replies on fd 4: a small Python
        # launcher moves our pipe ends there, then execs Chromium (no preexec_fn, which is
        # unsafe beside threads; dash cannot redirect file descriptors above 9).
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(to_child_r), str(from_child_w), binary,
             *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            pass_fds=(to_child_r, from_child_w))
        os.close(to_child_r)
        os.close(from_child_w)
        self._next_id = 0
        self._lock = threading.Lock()
        self._replies: dict[int, queue.Queue] = {}
        self.events: list[dict] = []
        self._handlers = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.send("Browser.getVersion")

    def _read(self):
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_child, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                for q in list(self._replies.values()):
                    q.put({"error": {"message": "browser closed the pipe"}})
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    q = self._replies.get(message["id"])
                    if q is not None:
                        q.put(message)
                else:
                    with self._lock:
                        self.events.append(message)
                    for handler in list(self._handlers):
                        handler(message)

    def send_nowait(self, method: str, params: dict | None = None,
                    session: str | None = None) -> queue.Queue:
        with self._lock:
            self._next_id += 1
            msg_id = self._next_id
            q = self._replies[msg_id] = queue.Queue()
        message = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        with self._lock:
            os.write(self._to_child, data)
        return q

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float | None = None) -> dict:
        q = self.send_nowait(method, params, session)
        try:
            reply = q.get(timeout=timeout or self.timeout)
        except queue.Empty:
            raise CDPError(f"{method}: no reply in {timeout or self.timeout}s; "
                           f"browser log: {self.log_tail()}") from None
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}; browser log: {self.log_tail()}")
        return reply.get("result", {})

    def log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except CDPError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One tab, network off, recording requests, console errors, exceptions and dialogs."""

    def __init__(self, browser: Chromium):
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.target = target
        self.session = browser.send("Target.attachToTarget",
                                    {"targetId": target, "flatten": True})["sessionId"]
        self.dialogs: list[str] = []
        browser._handlers.append(self._on_event)
        for method in ("Page.enable", "Runtime.enable", "Log.enable", "Network.enable"):
            self.send(method)
        self.send("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})

    def _on_event(self, message):
        if message.get("sessionId") != self.session:
            return
        if message["method"] == "Page.javascriptDialogOpening":
            self.dialogs.append(message["params"].get("message", ""))
            # Answer from the reader thread so the page is not left blocked on the dialog.
            self.browser.send_nowait("Page.handleJavaScriptDialog", {"accept": True},
                                     self.session)

    def send(self, method, params=None, timeout=None):
        return self.browser.send(method, params, self.session, timeout)

    def my_events(self, *methods):
        with self.browser._lock:
            return [e for e in self.browser.events
                    if e.get("sessionId") == self.session and e["method"] in methods]

    def goto(self, url: str, timeout: float = 30.0):
        self.send("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete'", timeout)

    def eval(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise CDPError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float) -> float:
        started = time.monotonic()
        while True:
            if self.eval(f"!!({expression})"):
                return time.monotonic() - started
            if time.monotonic() - started > timeout:
                raise AssertionError(f"not true after {timeout}s: {expression}")
            time.sleep(0.1)

    def mouse(self, type_: str, x: float, y: float, **extra):
        self.send("Input.dispatchMouseEvent", {"type": type_, "x": x, "y": y, **extra})

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def problems(self) -> list[str]:
        """Everything that went wrong or reached for the network."""
        found = []
        for e in self.my_events("Network.requestWillBeSent"):
            url = e["params"]["request"]["url"]
            if not url.startswith(("file:", "data:", "about:")):
                found.append(f"request: {url}")
        for e in self.my_events("Network.loadingFailed"):
            found.append(f"failed load: {e['params'].get('errorText')} "
                         f"({e['params'].get('type')})")
        for e in self.my_events("Runtime.exceptionThrown"):
            details = e["params"]["exceptionDetails"]
            found.append("exception: " + str(details.get("exception", {}).get("description")
                                            or details.get("text")))
        for e in self.my_events("Runtime.consoleAPICalled"):
            if e["params"]["type"] in ("error", "assert"):
                found.append("console." + e["params"]["type"] + ": " + " ".join(
                    str(a.get("value", a.get("description", ""))) for a in e["params"]["args"]))
        for e in self.my_events("Log.entryAdded"):
            if e["params"]["entry"]["level"] == "error":
                found.append("log: " + e["params"]["entry"]["text"])
        found += [f"dialog: {d}" for d in self.dialogs]
        return found

    def close(self):
        self.browser._handlers.remove(self._on_event)
        self.browser.send("Target.closeTarget", {"targetId": self.target})


@pytest.fixture(scope="module")
def browser():
    chromium = Chromium()
    yield chromium
    chromium.close()


@pytest.fixture
def page(browser):
    p = Page(browser)
    yield p
    p.close()


def hostile_graph():
    """The tiny graph plus text that would run if it were ever parsed as HTML."""
    from conftest import make_tiny_graph

    g = make_tiny_graph()
    g.nodes["paper:t-abc123"]["abstract"] = (
        'Bar <img src=x onerror="window.__kgXss=1;alert(2)"> is evaluated '
        '</script><script>window.__kgXss=2</script> on MMLU.')
    g.add_edge("method:bar", "model:gpt4", key="COMPARED_WITH|t-abc123|0", type="COMPARED_WITH",
               paper="t-abc123", evidence='Bar beats <b onmouseover="alert(3)">GPT-4</b>.')
    return g


def test_missing_chromium_fails_with_a_clear_message(tmp_path):
    with pytest.raises(pytest.fail.Exception, match=r"apt-get install -y chromium"):
        Chromium(binary=str(tmp_path / "no-chromium"))


def test_tiny_graph_offline_in_chromium(page, tmp_path):
    out = tmp_path / "graph.html"
    summary = write_view(hostile_graph(), out)

    page.goto(out.as_uri())
    page.wait_for("document.body.dataset.stabilized === 'true'", timeout=30)

    assert page.eval("network.body.data.nodes.length") == summary.drawn_nodes == 10
    assert page.eval("window.kgView.edges.length") == summary.drawn_edges
    assert page.eval("document.body.dataset.drawnNodes") == str(summary.drawn_nodes)
    assert page.eval("network.physics.physicsEnabled") is False  # physics stopped once stable

    # Hover the paper whose title holds <script>alert(1)</script>: vis shows our tooltip.
    pos = page.eval("""(() => {
        const id = kgView.data.nodes.find(n => n.key === 'paper:2401.00001').id;
        const p = network.canvasToDOM(network.getPosition(id));
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];
    })()""")
    page.mouse("mouseMoved", pos[0], pos[1])
    page.wait_for("[...document.querySelectorAll('div.vis-tooltip')]"
                  ".some(t => t.style.visibility === 'visible')", timeout=10)
    tooltip = page.eval("document.querySelector('div.vis-tooltip').textContent")
    assert "Foo: a model <script>alert(1)</script>" in tooltip
    assert "Paper" in tooltip and "“" in tooltip  # label and evidence
    assert page.eval("document.querySelectorAll('div.vis-tooltip *:is(script, img, b)')"
                     ".length") == 0
    page.screenshot(ARTIFACTS / "graph-tooltip.png")

    # Click it: the info panel shows the same text as text, with its arXiv link.
    page.mouse("mousePressed", pos[0], pos[1], button="left", clickCount=1)
    page.mouse("mouseReleased", pos[0], pos[1], button="left", clickCount=1)
    page.wait_for("document.getElementById('kg-info').textContent.includes('alert(1)')", 10)
    info = page.eval("document.getElementById('kg-info').textContent")
    assert "Foo: a model <script>alert(1)</script>" in info
    assert page.eval("[...document.querySelectorAll('#kg-info a')].map(a => a.href)") \
        == ["https://arxiv.org/abs/2401.00001"]

    # Double-click a repository opens its link (window.open is recorded, not run: offline).
    page.eval("window.__opened = []; window.open = (u) => { window.__opened.push(u); }")
    page.eval("kgView.showNode(0)")  # move the mouse off the paper's tooltip first
    pos = page.eval("""(() => {
        const id = kgView.data.nodes.find(n => n.key === 'repo:github.com/foo/foo').id;
        const p = network.canvasToDOM(network.getPosition(id));
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];
    })()""")
    for count in (1, 2):
        page.mouse("mousePressed", pos[0], pos[1], button="left", clickCount=count)
        page.mouse("mouseReleased", pos[0], pos[1], button="left", clickCount=count)
    page.wait_for("window.__opened.length > 0", timeout=5)
    assert page.eval("window.__opened") == ["https://github.com/foo/foo"]

    # The hostile abstract and evidence: shown as text, never parsed, never run.
    page.eval("kgView.showNode(kgView.data.nodes.find(n => n.key === 'paper:t-abc123').id)")
    info = page.eval("document.getElementById('kg-info').textContent")
    assert '<img src=x onerror="window.__kgXss=1;alert(2)">' in info
    assert "</script><script>window.__kgXss=2</script>" in info
    page.eval("kgView.showNode(kgView.data.nodes.find(n => n.key === 'model:gpt4').id)")
    assert '<b onmouseover="alert(3)">GPT-4</b>' in page.eval(
        "document.getElementById('kg-info').textContent")
    assert page.eval("document.querySelectorAll('#kg-info *:is(script, img, b)').length") == 0
    # Our two scripts, the JSON block and nothing else.
    assert page.eval("document.scripts.length") == 3
    time.sleep(0.3)
    assert page.eval("window.__kgXss === undefined")
    assert page.dialogs == []

    # Search selects and focuses; an alias works; the label filter hides and shows.
    page.eval("document.getElementById('kg-search').value = 'gpt4'; kgView.search()")
    assert page.eval("network.getSelectedNodes().map(id => kgView.data.nodes[id].name)") \
        == ["GPT-4"]
    page.eval("document.getElementById('kg-search').value = 'massive multitask'; "
              "kgView.search()")
    assert page.eval("network.getSelectedNodes().map(id => kgView.data.nodes[id].name)") \
        == ["MMLU"]
    page.eval("document.querySelector('#kg-filters input[value=Paper]').click()")
    assert page.eval("kgView.nodes.get({filter: n => n.hidden}).length") == 2
    page.eval("document.querySelector('#kg-filters input[value=Paper]').click()")
    assert page.eval("kgView.nodes.get({filter: n => n.hidden}).length") == 0
    assert page.eval("document.querySelectorAll('#kg-filters input').length") == 8

    page.mouse("mouseMoved", WIDTH - 5, HEIGHT - 5)  # off the nodes: the tooltip goes
    page.wait_for("[...document.querySelectorAll('div.vis-tooltip')]"
                  ".every(t => t.style.visibility !== 'visible')", timeout=5)
    page.screenshot(ARTIFACTS / "graph.png")
    assert page.problems() == []


def test_focus_view_in_chromium(page, tmp_path):
    out = tmp_path / "focus.html"
    summary = write_view(hostile_graph(), out, focus="MMLU", depth=1)
    page.goto(out.as_uri())
    page.wait_for("document.body.dataset.stabilized === 'true'", timeout=30)
    assert page.eval("network.body.data.nodes.length") == summary.drawn_nodes
    assert page.eval("network.getSelectedNodes().map(id => kgView.data.nodes[id].name)") \
        == ["MMLU"]
    assert "MMLU" in page.eval("document.getElementById('kg-info').textContent")
    page.screenshot(ARTIFACTS / "graph-focus.png")
    assert page.problems() == []


def test_large_graph_is_capped_and_settles_in_bounded_time(page, tmp_path):
    graph = make_big_graph(1500)
    out = tmp_path / "big.html"
    started = time.monotonic()
    summary = write_view(graph, out, max_nodes=400)
    assert summary.drawn_nodes == 400 and summary.total_nodes == graph.number_of_nodes()

    page.goto(out.as_uri(), timeout=30)
    settled = page.wait_for("document.body.dataset.stabilized === 'true'", timeout=60)
    assert page.eval("network.body.data.nodes.length") == 400
    assert page.eval("network.physics.physicsEnabled") is False
    assert "showing 400 of 1,500 nodes: the most connected" in page.eval(
        "document.getElementById('kg-notice').textContent")
    page.screenshot(ARTIFACTS / "graph-large.png")
    assert page.problems() == []
    elapsed = time.monotonic() - started
    print(f"1,500-node graph: 400 drawn, layout settled in {settled:.1f}s, "
          f"{elapsed:.1f}s in all")
    assert elapsed < 90
