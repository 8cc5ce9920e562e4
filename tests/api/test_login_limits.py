"""The login rate limit lives in the database: per account and per client address, a sliding window, lockouts
that double, reset by a successful login, lifted by an administrator, audited; shared by two service
processes on one database and kept across a restart (on SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from core.api.throttle import ACCOUNT, LoginThrottle
from core.storage.base import utcnow
from core.storage.tables import LoginFailure, LoginLockout
from tests.api.conftest import Api, client_at, seed_users, service_process

PW = "a long enough password"
MIN = 60


def _ip() -> str:
    n = uuid.uuid4().int
    return f"10.{n % 250}.{n // 250 % 250}.{n // 62500 % 250 + 1}"


def _login(c: TestClient, name: str, pw: str) -> Any:
    return c.post("/api/auth/login", json={"username": name, "password": pw})


def _user(api: Api) -> tuple[int, str]:
    name = f"u{uuid.uuid4().hex[:10]}"
    r = api.post("admin", "/api/users", json={"username": name, "display_name": name, "role": "operator",
                                              "plants": ["plant-a"], "password": PW})
    assert r.status_code == 201, r.text
    return int(r.json()["id"]), name


def _travel(sessions: Any, key: str, seconds: float) -> None:
    """Time passes for one account: its counted failures and its lockout move into the past."""
    with sessions() as db:
        for f in db.scalars(select(LoginFailure).where(LoginFailure.key == key)):
            f.at -= timedelta(seconds=seconds)
        for lock in db.scalars(select(LoginLockout).where(LoginLockout.key == key)):
            lock.locked_until -= timedelta(seconds=seconds)
        db.commit()


def _locked(r: Any, low: int, high: int) -> None:
    assert r.status_code == 429, r.text
    assert low < int(r.headers["retry-after"]) <= high, r.headers["retry-after"]
    err = r.json()["error"]
    assert err["code"] == "too_many_attempts" and err["where"] == "login"
    assert r.headers["retry-after"] in err["message"]["en"] and r.headers["retry-after"] in err["message"]["zh"]
    assert err["fix"]["en"] and err["fix"]["zh"]


def test_account_lockout_doubles_a_success_resets_and_an_admin_unlocks(api: Api) -> None:
    uid, name = _user(api)
    c = client_at(api.app)
    sessions = api.app.state.services.sessions
    for _ in range(4):
        assert _login(c, name, "wrong").status_code == 401
    assert _login(c, name, PW).status_code == 200  # a success resets the account's count...
    for _ in range(4):
        assert _login(c, name, "wrong").status_code == 401  # ...so four more do not lock it
    assert _login(c, name, "wrong").status_code == 401  # the fifth in the window does
    _locked(_login(c, name, PW), 0, 1 * MIN)  # even the right password waits
    for minutes in (2, 4):  # each lockout that follows is twice as long
        _travel(sessions, name, minutes * MIN / 2 + 1)  # the previous lockout is over
        for _ in range(5):
            assert _login(c, name, "wrong").status_code == 401
        _locked(_login(c, name, PW), minutes * MIN / 2, minutes * MIN)
    locks = api.get("auditor", f"/api/audit?action=auth.lockout&resource_id={name}").json()
    assert [(e["after"]["level"], e["after"]["scope"], e["after"]["failures"]) for e in locks] == [
        (2, "account", 5), (1, "account", 5), (0, "account", 5)]

    r = api.post("admin", f"/api/users/{uid}/unlock")
    assert r.status_code == 200 and r.json()["was_locked_until"] and r.json()["failures_cleared"] == 15
    assert _login(c, name, PW).status_code == 200
    entry = api.get("auditor", f"/api/audit?action=user.unlock&resource_id={uid}").json()
    assert entry[0]["username"] == "admin1" and entry[0]["before"]["locked_until"] and entry[0]["before"]["level"] == 2
    again = api.post("admin", f"/api/users/{uid}/unlock").json()  # nothing to lift: says so
    assert again["was_locked_until"] is None and again["failures_cleared"] == 0
    assert api.post("admin", "/api/users/999999/unlock").status_code == 404


def test_an_address_guessing_many_names_is_locked_for_every_account(api: Api) -> None:
    uid, name = _user(api)
    ip = _ip()
    c = client_at(api.app, ip)
    for i in range(30):  # one failure per name: no account reaches its cap, the address does
        assert _login(c, f"nobody-{uuid.uuid4().hex[:8]}-{i}", "x").status_code == 401
    r = _login(c, name, PW)
    _locked(r, 0, 1 * MIN)
    assert "address" in r.json()["error"]["message"]["en"] and "地址" in r.json()["error"]["message"]["zh"]
    assert _login(client_at(api.app), name, PW).status_code == 200  # the account itself is not locked
    api.post("admin", f"/api/users/{uid}/unlock")
    assert _login(c, name, PW).status_code == 429  # unlocking an account does not free a guessing address
    entry = api.get("auditor", f"/api/audit?action=auth.lockout&resource=client&resource_id={ip}").json()
    assert [(e["after"]["scope"], e["after"]["failures"]) for e in entry] == [("client", 30)]


def test_back_off_doubles_up_to_an_hour_and_is_forgotten_after_a_day(api: Api) -> None:
    """The policy over simulated days, through the real tables (no request is faster than a clock)."""
    limits, key, ip = LoginThrottle(), f"ghost-{uuid.uuid4().hex[:8]}", _ip()
    now = utcnow()
    durations = []
    with api.app.state.services.sessions() as db:
        for _ in range(9):
            for _ in range(5):
                lock = [lk for lk in limits.failed(db, limits.begin(db, key, ip, now), now) if lk.scope == ACCOUNT]
            assert limits.retry_after(db, key, ip, now)[0] > 0
            durations.append((lock[0].locked_until - now) // timedelta(minutes=1))
            now = lock[0].locked_until + (timedelta(days=1, minutes=1) if len(durations) == 8 else timedelta(seconds=1))
        limits.prune(db, now + timedelta(days=2))
        assert db.scalars(select(LoginFailure).where(LoginFailure.key == key)).all() == []
        db.rollback()
    assert durations == [1, 2, 4, 8, 16, 32, 60, 60, 1]


def test_two_processes_share_the_limit_and_a_restart_keeps_it(shared_db: tuple[str, Path]) -> None:
    url, home = shared_db
    a, b = service_process(url, home), service_process(url, home)
    seed_users(a, ("worker", "operator"), ("boss", "admin"), password=PW)
    ca, cb = client_at(a), client_at(b)
    for c in (ca, ca, ca, cb, cb):  # three failures on one process, two on the other: five for the account
        assert _login(c, "worker", "wrong").status_code == 401
    _locked(_login(ca, "worker", PW), 0, MIN)
    _locked(_login(cb, "worker", PW), 0, MIN)

    a.state.services.engine.dispose()  # process a stops; a new one starts on the same database
    restarted = client_at(service_process(url, home))
    _locked(_login(restarted, "worker", PW), 0, MIN)

    boss = {"Authorization": f"Bearer {_login(cb, 'boss', PW).json()['token']}"}
    uid = next(u["id"] for u in cb.get("/api/users", headers=boss).json() if u["username"] == "worker")
    assert cb.post(f"/api/users/{uid}/unlock", headers=boss).status_code == 200  # unlocked on process b...
    assert _login(restarted, "worker", PW).status_code == 200  # ...lets the user in on the restarted one


def test_racing_guesses_on_two_processes_get_no_more_checks_than_the_cap(shared_db: tuple[str, Path]) -> None:
    url, home = shared_db
    apps = [service_process(url, home), service_process(url, home)]
    seed_users(apps[0], ("target", "operator"), password=PW)
    clients = [client_at(apps[i % 2]) for i in range(12)]
    barrier, codes = threading.Barrier(len(clients)), [0] * len(clients)

    def guess(i: int) -> None:
        barrier.wait()
        codes[i] = _login(clients[i], "target", "wrong").status_code

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert set(codes) <= {401, 429} and codes.count(401) <= 5 and codes.count(429) >= 7, codes
    with apps[1].state.services.sessions() as db:
        locks = db.scalars(select(LoginLockout).where(LoginLockout.key == "target")).all()
    assert [(lk.scope, lk.level) for lk in locks] == [("account", 0)]  # locked once, not once per process
