"""API test fixtures: a real PostgreSQL server started by the test run, real SQLite files, and the app
on both (every API test runs once per backend)."""

from __future__ import annotations

import io
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from core.api.app import create_app
from core.api.auth import ROLES, hash_password
from core.storage.db import Settings
from core.storage.tables import User
from tests.api.pgserver import PgServer

PASSWORD = "correct horse battery staple"
# real Argon2id, cheaper parameters: the suite logs in and signs hundreds of times (see core.api.auth.hasher)
os.environ.setdefault("SAFEBLOCKS_ARGON2", "1,8192,1")


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    server = PgServer().start()
    try:
        yield server
    finally:
        server.stop()


def database_url(kind: str, tmp: Path, request: pytest.FixtureRequest) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'safeblocks.db'}"
    server: PgServer = request.getfixturevalue("pg")
    return server.create_database(f"sb_{uuid.uuid4().hex[:12]}")


class Api:
    """The TestClient plus one logged-in token per role."""

    def __init__(self, client: TestClient, app: Any, admin_password: str) -> None:
        self.client, self.app, self.admin_password = client, app, admin_password
        self.tokens: dict[str, str] = {}

    def headers(self, role: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"} if role else {}

    def call(self, role: str | None, method: str, url: str, **kw: Any) -> Any:
        headers = {**self.headers(role), **kw.pop("headers", {})}
        return self.client.request(method, url, headers=headers, **kw)

    def get(self, role: str | None, url: str, **kw: Any) -> Any:
        return self.call(role, "GET", url, **kw)

    def post(self, role: str | None, url: str, **kw: Any) -> Any:
        return self.call(role, "POST", url, **kw)

    def put(self, role: str | None, url: str, **kw: Any) -> Any:
        return self.call(role, "PUT", url, **kw)

    def login(self, username: str, password: str = PASSWORD) -> str:
        r = self.client.post("/api/auth/login", json={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return str(r.json()["token"])

    def count(self, table: Any) -> int:
        from sqlalchemy import func, select

        with self.app.state.services.sessions() as db:
            return int(db.scalar(select(func.count()).select_from(table)) or 0)


def make_api(url: str, home: Path, mount_plugins: bool = False) -> Iterator[Api]:
    """The API app (what plugins mount, the builder UI, is left out here: test_serve runs the whole service)."""
    out = io.StringIO()
    app = create_app(Settings.from_env(home=home, database_url=url), announce=out, mount_plugins=mount_plugins)
    pw = re.search(r"one-time password: (\S+)", out.getvalue())
    assert pw, out.getvalue()
    with TestClient(app) as client:
        api = Api(client, app, pw.group(1))
        with app.state.services.sessions() as db:
            for role in ROLES:
                db.add(User(username=role + "1", display_name=f"{role} one", role=role, plants=["*"],
                            password_hash=hash_password(PASSWORD), certificates=["受限空间作业证"] if role == "operator" else []))
            # a second engineer (concurrency), second verifier (verifier != rectifier) and a plant-scoped operator
            db.add(User(username="engineer2", display_name="engineer two", role="engineer", plants=["*"],
                        password_hash=hash_password(PASSWORD)))
            db.add(User(username="verifier2", display_name="verifier two", role="verifier", plants=["*"],
                        password_hash=hash_password(PASSWORD)))
            db.add(User(username="scoped", display_name="plant-b operator", role="operator", plants=["plant-b"],
                        password_hash=hash_password(PASSWORD)))
            db.commit()
        for role in ROLES:
            api.tokens[role] = api.login(role + "1")
        for extra in ("engineer2", "verifier2", "scoped"):
            api.tokens[extra] = api.login(extra)
        yield api


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    home = tmp_path_factory.mktemp(f"home-{request.param}")
    yield from make_api(database_url(request.param, home, request), home)


@pytest.fixture(scope="module")
def own_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """An app on its own SQLite file, for tests that call every endpoint (they may prune, log out, ...)."""
    home = tmp_path_factory.mktemp("home-own")
    yield from make_api(f"sqlite:///{home / 'own.db'}", home)


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_db(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path]:
    """A database (and home folder) of its own, for service processes that come and go on it."""
    return database_url(request.param, tmp_path, request), tmp_path


def service_process(url: str, home: Path) -> Any:
    """One service process on a shared database: an app with its own engine, sessions, limiter and bell
    (nothing but the database is shared, as between two `safeblocks serve` processes)."""
    return create_app(Settings.from_env(home=home, database_url=url), announce=io.StringIO(), mount_plugins=False)


def client_at(app: Any, ip: str | None = None) -> TestClient:
    """A client with an address of its own (per-address login counts must not mix between tests)."""
    n = uuid.uuid4().int
    return TestClient(app, client=(ip or f"10.{n % 250}.{n // 250 % 250}.{n // 62500 % 250 + 1}", 40000))


def seed_users(app: Any, *users: tuple[str, str], password: str = PASSWORD) -> None:
    """(username, role) pairs, of every plant."""
    with app.state.services.sessions() as db:
        for name, role in users:
            db.add(User(username=name, display_name=name, role=role, plants=["*"], password_hash=hash_password(password)))
        db.commit()


@pytest.fixture
def plant() -> str:
    """A fresh plant per test: its own engine and decision chain, so tests do not see each other."""
    return f"t-{uuid.uuid4().hex[:10]}"
