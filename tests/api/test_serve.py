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


def _start(home: Path, port: int, *extra: str, **settings: str) -> tuple[subprocess.Popen[str], list[str]]:
    env = {**os.environ, "SAFEBLOCKS_HOME": str(home), "PYTHONUNBUFFERED": "1", "SAFEBLOCKS_ARGON2": "1,8192,1"}
    env.pop("SAFEBLOCKS_DATABASE_URL", None)
    env.pop("SAFEBLOCKS_TRUSTED_PROXIES", None)
    env.update(settings)
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


def test_serve_believes_forwarded_for_only_from_the_configured_proxies(tmp_path: Path) -> None:
    """The real server (uvicorn) on loopback: by default a local peer's X-Forwarded-For is not believed
    (uvicorn on its own would), and with SAFEBLOCKS_TRUSTED_PROXIES=127.0.0.1 the forwarded client is
    what the login limit counts and the audit records."""
    from sqlalchemy import select

    from core.storage.db import make_engine, session_factory
    from core.storage.tables import AuditEntry

    def failed_login_from(forwarded: str, **settings: str) -> Any:
        port = free_port()
        proc, _ = _start(tmp_path, port, **settings)
        try:
            name = f"nobody{port}"
            r = httpx.post(f"http://127.0.0.1:{port}/api/auth/login", json={"username": name, "password": "x"},
                           headers={"X-Forwarded-For": forwarded})
            assert r.status_code == 401, r.text
        finally:
            _stop(proc)
        eng = make_engine(f"sqlite:///{tmp_path / 'safeblocks.db'}")
        try:
            with session_factory(eng)() as db:
                return db.scalar(select(AuditEntry.after).where(AuditEntry.action == "auth.login_failed",
                                                                AuditEntry.resource_id == name))
        finally:
            eng.dispose()

    assert failed_login_from("203.0.113.77") == {"client": "127.0.0.1"}
    assert failed_login_from("198.51.100.1, 203.0.113.77", SAFEBLOCKS_TRUSTED_PROXIES="127.0.0.1,::1") == \
        {"client": "203.0.113.77"}


def test_serve_with_mqtt_connectors_into_a_plant(tmp_path: Path) -> None:
    """A real mosquitto on loopback; `serve --connectors` subscribes and the events land in the plant."""
    import asyncio
    import json

    import aiomqtt

    from plugins.simulator.brokers import Mosquitto

    broker = Mosquitto(tmp_path)
    broker.start()
    cfg = tmp_path / "connectors.json"
    cfg.write_text(json.dumps({"connectors": [{"type": "mqtt", "name": "unit3", "port": broker.port,
                                               "topics": ["safeblocks/unit3/ev/#"], "keepalive_s": 30}]}))
    port = free_port()
    base = f"http://127.0.0.1:{port}/api"
    proc, _ = _start(tmp_path / "home", port, "--connectors", str(cfg), "--plant", "unit3")
    try:
        r = httpx.post(f"{base}/auth/login", json={"username": "admin", "password": "x"})
        assert r.status_code == 401
        from core.api.auth import (
            hash_password,  # an engineer straight into the database, as an admin would add one
        )
        from core.storage.db import Settings, make_engine, session_factory
        from core.storage.tables import User

        eng = make_engine(Settings.from_env(home=tmp_path / "home").database_url)
        with session_factory(eng)() as db:
            db.add(User(username="eng", display_name="eng", role="engineer", plants=["*"],
                        password_hash=hash_password("engineer passphrase")))
            db.commit()
        eng.dispose()
        tok = httpx.post(f"{base}/auth/login", json={"username": "eng", "password": "engineer passphrase"}).json()["token"]
        h = {"Authorization": f"Bearer {tok}"}

        async def publish() -> None:
            async with aiomqtt.Client("127.0.0.1", broker.port) as c:
                await c.publish("safeblocks/unit3/ev/CS-01.o2", json.dumps({"ts": time.time(), "value": 20.4}), qos=1)

        def arrived() -> Any:
            asyncio.run(publish())  # repeated until the connector has subscribed
            return httpx.get(f"{base}/events?plant=unit3&signal=CS-01.o2", headers=h).json()

        got = _wait_for(arrived, "an MQTT event stored in plant unit3")
        assert got[0]["value"] == 20.4
    finally:
        out = _stop(proc)
        broker.stop()
    assert "1 connector(s) feeding plant 'unit3'" in out


def test_db_verbs_and_console_password_reset(tmp_path: Path, capsys: Any, monkeypatch: Any) -> None:
    from core.cli import main

    monkeypatch.setenv("SAFEBLOCKS_HOME", str(tmp_path))
    monkeypatch.delenv("SAFEBLOCKS_DATABASE_URL", raising=False)
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "check"]) == 0
    assert main(["reset-password", "nobody"]) == 1
    import io

    from fastapi.testclient import TestClient

    from core.api.app import create_app
    from core.storage.db import Settings

    app = create_app(Settings.from_env(), announce=io.StringIO(), mount_plugins=False)  # creates admin
    with TestClient(app) as c:  # the admin guessed wrong until locked out
        codes = [c.post("/api/auth/login", json={"username": "admin", "password": "wrong"}).status_code
                 for _ in range(6)]
    assert codes == [401] * 5 + [429]
    capsys.readouterr()
    assert main(["reset-password", "admin"]) == 0  # lifts the lockout too
    pw = re.search(r"one-time password: (\S+)", capsys.readouterr().out)
    assert pw
    with TestClient(app) as c:
        r = c.post("/api/auth/login", json={"username": "admin", "password": pw.group(1)})
        assert r.status_code == 200 and r.json()["must_change_password"] is True
