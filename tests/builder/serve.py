"""Start the builder (``python -m builder_ui.server``) on a free loopback port, and stop it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def builder_server(home: Path, timeout_s: float = 60, service: bool = False) -> Iterator[str]:
    """The builder alone, or (``service=True``) inside the API service with an engineer account."""
    port = free_port()
    env = {**os.environ, "SAFEBLOCKS_HOME": str(home)}
    cmd = (["-m", "tests.builder.service_server", "--home", str(home)] if service else ["-m", "builder_ui.server"])
    proc = subprocess.Popen([sys.executable, *cmd, "--port", str(port)], env=env, cwd=Path(__file__).resolve().parents[2],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                with urllib.request.urlopen(url + "/", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    assert proc.stderr is not None
                    raise RuntimeError("builder server exited: " + proc.stderr.read().decode()[-2000:]) from None
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
