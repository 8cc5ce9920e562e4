"""The client address behind a reverse proxy (SAFEBLOCKS_TRUSTED_PROXIES): what the login limit counts and the
audit records, on SQLite and PostgreSQL. X-Forwarded-For is believed only from a trusted proxy, read from the
right, and anything odd in it falls back to the peer."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from core.api.app import create_app
from core.storage.db import Settings
from core.storage.tables import AuditEntry, LoginFailure
from tests.api.conftest import PASSWORD, Api, client_at, database_url, seed_users

TRUSTED = "127.0.0.1, 10.0.0.0/8, 2001:db8:ff::/48"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def proxied(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A service configured as behind proxies, through the environment as `serve` reads it."""
    home = tmp_path_factory.mktemp(f"proxied-{request.param}")
    url = database_url(request.param, home, request)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SAFEBLOCKS_TRUSTED_PROXIES", TRUSTED)
        settings = Settings.from_env(home=home, database_url=url)
    app = create_app(settings, announce=io.StringIO(), mount_plugins=False)
    seed_users(app, ("proxied-user", "operator"))
    yield app
    app.state.services.engine.dispose()


def _rand(prefix: str) -> str:
    n = uuid.uuid4().int
    return f"{prefix}.{n % 254 + 1}.{n // 254 % 254 + 1}"


def _client() -> str:
    return _rand("198.18")  # a benchmark range: never one of the trusted networks


def _proxy() -> str:
    return _rand("10.77")


def _fail(app: Any, peer: str, forwarded: list[str] | None = None) -> tuple[Any, str]:
    """A failed login (an unknown name, so no account's count interferes); the name, to find its audit."""
    name = f"x{uuid.uuid4().hex[:12]}"
    headers = [("X-Forwarded-For", v) for v in forwarded or []]
    r = client_at(app, peer).post("/api/auth/login", json={"username": name, "password": "wrong"}, headers=headers)
    return r, name


def _counted(app: Any, key: str) -> int:
    with app.state.services.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(LoginFailure)
                             .where(LoginFailure.scope == "client", LoginFailure.key == key)) or 0)


def _audited(app: Any, action: str, resource_id: str) -> list[Any]:
    with app.state.services.sessions() as db:
        return [e.after for e in db.scalars(select(AuditEntry).where(AuditEntry.action == action,
                                                                     AuditEntry.resource_id == resource_id))]


def test_no_proxy_is_trusted_by_default(api: Api) -> None:
    forged = _client()
    r, name = _fail(api.app, "127.0.0.1", [forged])  # not even a local peer's header, unless configured
    assert r.status_code == 401
    assert _audited(api.app, "auth.login_failed", name) == [{"client": "127.0.0.1"}]
    assert _counted(api.app, forged) == 0


def test_a_forged_header_from_an_untrusted_peer_is_ignored(proxied: Any) -> None:
    peer, forged = _client(), _client()
    for _ in range(3):
        r, name = _fail(proxied, peer, [forged])
        assert r.status_code == 401
    assert _counted(proxied, peer) == 3 and _counted(proxied, forged) == 0
    assert _audited(proxied, "auth.login_failed", name) == [{"client": peer}]


def test_a_trusted_proxy_forwards_the_real_client(proxied: Any) -> None:
    proxy, client = _proxy(), _client()
    r, name = _fail(proxied, proxy, [client])
    assert r.status_code == 401
    assert _counted(proxied, client) == 1 and _counted(proxied, proxy) == 0
    assert _audited(proxied, "auth.login_failed", name) == [{"client": client}]
    # a successful login records where it came from too
    r = client_at(proxied, proxy).post("/api/auth/login", json={"username": "proxied-user", "password": PASSWORD},
                                       headers={"X-Forwarded-For": client})
    assert r.status_code == 200, r.text
    uid = str(r.json()["user"]["id"])
    assert {"client": client} in _audited(proxied, "auth.login", uid)


def test_two_clients_behind_one_proxy_are_limited_separately(proxied: Any) -> None:
    proxy, guesser, bystander = _proxy(), _client(), _client()
    cap = proxied.state.services.limiter.policy.client_cap
    for _ in range(cap):
        r, _name = _fail(proxied, proxy, [guesser])
        assert r.status_code == 401, r.text
    r, _name = _fail(proxied, proxy, [guesser])
    assert r.status_code == 429 and "address" in r.json()["error"]["message"]["en"]
    assert "地址" in r.json()["error"]["message"]["zh"]
    locks = _audited(proxied, "auth.lockout", guesser)
    assert len(locks) == 1 and locks[0]["scope"] == "client" and locks[0]["client"] == guesser
    # the same proxy, another client: not locked out with the guesser
    r, _name = _fail(proxied, proxy, [bystander])
    assert r.status_code == 401
    r = client_at(proxied, proxy).post("/api/auth/login", json={"username": "proxied-user", "password": PASSWORD},
                                       headers={"X-Forwarded-For": bystander})
    assert r.status_code == 200, r.text


def test_a_chain_of_proxies(proxied: Any) -> None:
    outer, client, forged = _proxy(), _client(), _client()
    # the client wrote a header of its own (the left part); the outer proxy appended the client, the inner
    # proxy (trusted) appended the outer one, on a second header line
    r, name = _fail(proxied, "127.0.0.1", [f"{forged}, {client}", outer])
    assert r.status_code == 401
    assert _audited(proxied, "auth.login_failed", name) == [{"client": client}]
    assert _counted(proxied, forged) == 0
    # IPv6 proxies, a port on an entry, and the IPv4-mapped form of an IPv4 client
    r, name = _fail(proxied, "2001:db8:ff::2", [f"::ffff:{client}, [2001:db8:ff::9]:8443"])
    assert _audited(proxied, "auth.login_failed", name) == [{"client": client}]
    r, name = _fail(proxied, "2001:db8:ff::2", ["2001:DB8:1::5"])
    assert _audited(proxied, "auth.login_failed", name) == [{"client": "2001:db8:1::5"}]
    # every hop trusted: the request began at one of them (the left-most)
    inner = _proxy()
    r, name = _fail(proxied, "127.0.0.1", [f"{inner}, 10.0.0.1"])
    assert _audited(proxied, "auth.login_failed", name) == [{"client": inner}]
    # an untrusted hop in the middle of the chain is the client: what lies left of it is not believed
    r, name = _fail(proxied, "127.0.0.1", [f"{_proxy()}, {client}, 10.0.0.1"])
    assert _audited(proxied, "auth.login_failed", name) == [{"client": client}]


@pytest.mark.parametrize("header", [
    "", " ", ",", "unknown", "_hidden", "203.0.113.5, garbage", "203.0.113.5,", "1.2.3.4.5", "999.1.1.1",
    "[2001:db8::1", "[2001:db8::1]x", "203.0.113.5:http", "2001:db8::1]:80", "203.0.113.5 203.0.113.6",
    ", ".join(["10.0.0.1"] * 40),  # more hops than any real chain
])
def test_a_malformed_header_falls_back_to_the_peer(proxied: Any, header: str) -> None:
    proxy = _proxy()
    r, name = _fail(proxied, proxy, [header])
    assert r.status_code == 401, r.text
    assert _audited(proxied, "auth.login_failed", name) == [{"client": proxy}]
    assert _counted(proxied, proxy) == 1


def test_bytes_that_are_no_text_fall_back_to_the_peer(proxied: Any) -> None:
    proxy = _proxy()
    c = client_at(proxied, proxy)
    for raw in (b"\xff\xfe203.0.113.5", "２０３.0.113.5".encode(), b"203.0.113.5\x0b"):
        r = c.post("/api/auth/login", json={"username": "nobody-here", "password": "wrong"},
                   headers=[(b"X-Forwarded-For", raw)])
        assert r.status_code == 401, r.text
    assert _counted(proxied, proxy) == 3


def test_a_bad_setting_stops_the_start_with_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    for bad in ("10.0.0.1/8", "proxy.local", "10.0.0.0/33"):
        monkeypatch.setenv("SAFEBLOCKS_TRUSTED_PROXIES", f"127.0.0.1,{bad}")
        with pytest.raises(ValueError) as e:
            Settings.from_env(home="/tmp/unused", database_url="sqlite://")
        assert repr(bad) in str(e.value) and "SAFEBLOCKS_TRUSTED_PROXIES" in str(e.value)
        assert "不是 IP 地址或网段" in str(e.value)
    monkeypatch.setenv("SAFEBLOCKS_TRUSTED_PROXIES", " ,")
    assert Settings.from_env(home="/tmp/unused", database_url="sqlite://").trusted_proxies == ()
