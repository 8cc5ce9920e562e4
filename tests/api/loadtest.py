"""Loopback load test of a real `safeblocks serve` (SQLite in a temp home): event ingestion and form
submission throughput, each run for a bounded time. Not a test (no timing is asserted anywhere):

    .venv/bin/python -m tests.api.loadtest [--seconds 10] [--clients 4] [--batch 1000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from tests.api.helpers import o2_low_rule
from tests.api.pgserver import free_port

ROOT = Path(__file__).resolve().parents[2]


def _serve(home: Path, port: int, url: str | None) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "SAFEBLOCKS_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    if url:
        env["SAFEBLOCKS_DATABASE_URL"] = url
    proc = subprocess.Popen([sys.executable, "-m", "core.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    pw = ""
    for line in proc.stdout:
        m = re.search(r"one-time password: (\S+)", line)
        if m:
            pw = m.group(1)
        if "Uvicorn running" in line or "Application startup complete" in line:
            break
    threading.Thread(target=lambda: [None for _ in proc.stdout or []], daemon=True).start()  # drain the log
    return proc, pw


def _run(base: str, seconds: float, clients: int, work: Any) -> tuple[int, int, float]:
    """Each client repeats work(client) until the time is up; returns (requests, items, elapsed)."""
    stop = time.monotonic() + seconds
    counts = [[0, 0] for _ in range(clients)]

    def loop(i: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            while time.monotonic() < stop:
                counts[i][1] += work(c, i)
                counts[i][0] += 1

    t0 = time.monotonic()
    threads = [threading.Thread(target=loop, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(c[0] for c in counts), sum(c[1] for c in counts), time.monotonic() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--database-url")
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="sb-load-"))
    port = free_port()
    proc, pw = _serve(home, port, args.database_url)
    base = f"http://127.0.0.1:{port}/api"
    try:
        c = httpx.Client(base_url=base, timeout=60)
        tok = c.post("/auth/login", json={"username": "admin", "password": pw}).json()["token"]
        h = {"Authorization": f"Bearer {tok}"}
        c.post("/auth/password", headers=h, json={"current_password": pw, "new_password": "load test passphrase"})
        c.post("/forms", headers=h, json={"id": "load.check", "plant": "load", "title": {"zh": "巡检", "en": "Round"},
                                          "schema": {"type": "object", "required": ["o2"], "properties": {
                                              "o2": {"type": "number"}, "note": {"type": "string"}}}, "ui_schema": {}})
        c.post("/forms/load.check/publish", headers=h)
        clock = [1_767_600_000.0 + k * 1e7 for k in range(args.clients)]  # each client its own plant time line

        def ingest(cl: httpx.Client, i: int) -> int:
            t = clock[i]
            evs = [{"ts": t + k * 0.01, "signal": f"area{k % 20}.o2", "value": 20.9 if k % 97 else 18.0}
                   for k in range(args.batch)]
            clock[i] = t + args.batch * 0.01
            r = cl.post(f"/events?plant=load{i}", headers=h, json={"events": evs})
            assert r.status_code == 200, r.text[:300]
            return args.batch

        def submit(cl: httpx.Client, i: int) -> int:
            r = cl.post("/forms/load.check/submissions", headers=h, json={"version": 1, "data": {"o2": 20.9, "note": "ok"}})
            assert r.status_code == 201, r.text[:300]
            return 1

        # every client ingests into its own plant (own engine, own chain), like plants sharing one server;
        # 20 deployed rules per plant over the signals being sent
        for i in range(args.clients):
            for j in range(20):
                rid = f"load{i}.o2_{j}"
                c.post("/rules", headers=h, json={"plant": f"load{i}", "doc": o2_low_rule(rid, 19.5, f"area{j}.o2")})
                c.post(f"/rules/{rid}/publish", headers=h, json={})
        req, n, el = _run(base, args.seconds, args.clients, ingest)
        ev = {"requests": req, "events": n, "seconds": round(el, 2), "events_per_s": round(n / el),
              "requests_per_s": round(req / el, 1), "batch": args.batch}
        req, n, el = _run(base, args.seconds, args.clients, submit)
        fs = {"requests": req, "seconds": round(el, 2), "submissions_per_s": round(n / el, 1)}
        verify = [c.get(f"/decisions/verify?plant=load{i}", headers=h).json() for i in range(args.clients)]
        print(json.dumps({"database": c.get("/health").json()["database"], "clients": args.clients,
                          "event_ingestion": ev, "form_submission": fs,
                          "chains_ok": all(v["ok"] for v in verify), "decisions": sum(v["records"] for v in verify)},
                         indent=2))
    finally:
        proc.terminate()
        proc.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
