"""`safeblocks serve` for real: a first start creates the database and prints the admin's one-time password
once; the simulator (when installed) feeds plant 'sim'; a restart keeps users and deployed rules."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tests.api.pgserver import free_port

ROOT = Path(__file__).resolve().parents[2]


def _start(home: Path, port: int, *extra: str) -> tuple[subprocess.Popen[str], list[str]]:
    env = {**os.environ, "SAFEBLOCKS_HOME": str(home), "PYTHONUNBUFFERED": "1", "SAFEBLOCKS_ARGON2": "1,8192,1"}
    env.pop("SAFEBLOCKS_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "core.cli", "serve", "--port", str(port), *extra], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            if proc.poll() is not None:
                raise AssertionError("serve exited:\n" + (proc.stdout.read() if proc.stdout else "")) from None
            time.sleep(0.2)
    return proc, lines


def _stop(proc: subprocess.Popen[str]) -> str:
    proc.terminate()
    out, _ = proc.communicate(timeout=60)
    return out


def _wait_for(fn: Any, what: str, limit_s: float = 60) -> Any:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        got = fn()
        if got:
            return got
        time.sleep(0.5)
    raise AssertionError(f"never happened: {what}")


def test_first_start_simulator_and_restart(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/api"
    proc, _ = _start(tmp_path, port, "--simulate")
    try:
        assert (tmp_path / "safeblocks.db").is_file()  # SQLite in SAFEBLOCKS_HOME
        assert httpx.get(f"{base}/openapi.json").json()["info"]["title"] == "safeblocks"
        assert httpx.get(f"{base}/docs").status_code == 200
        r = httpx.post(f"{base}/auth/login", json={"username": "admin", "password": "wrong"})
        assert r.status_code == 401
    finally:
        out = _stop(proc)
    pw = re.findall(r"one-time password: (\S+)", out)
    assert len(pw) == 1, out
    sim_running = "plant simulator running" in out

    proc, _ = _start(tmp_path, port, "--simulate")
    try:
        r = httpx.post(f"{base}/auth/login", json={"username": "admin", "password": pw[0]})
        assert r.status_code == 200 and r.json()["must_change_password"] is True
        h = {"Authorization": f"Bearer {r.json()['token']}"}
        assert httpx.post(f"{base}/auth/password", headers=h, json={"current_password": pw[0],
                                                                    "new_password": "plant box passphrase"}).status_code == 200
        if sim_running:
            deployed = httpx.get(f"{base}/health").json()["plants"].get("sim", {})
            assert deployed and all(v == 1 for v in deployed.values())
            _wait_for(lambda: httpx.get(f"{base}/events?plant=sim&limit=5", headers=h).json(), "simulated events stored")
    finally:
        out2 = _stop(proc)
    assert "one-time password" not in out2  # printed once, on the first start only
