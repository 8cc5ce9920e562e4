"""Users, roles, Argon2id, tokens, the first-start admin, rate-limited login, plant scoping, audit."""

from __future__ import annotations

from sqlalchemy import select

from core.storage.tables import User
from tests.api.conftest import PASSWORD, Api
from tests.api.helpers import o2_low_rule


def test_first_start_admin_must_change_one_time_password(api: Api) -> None:
    r = api.client.post("/api/auth/login", json={"username": "admin", "password": api.admin_password})
    assert r.status_code == 200 and r.json()["must_change_password"] is True
    tok = {"Authorization": f"Bearer {r.json()['token']}"}
    r = api.client.get("/api/users", headers=tok)
    assert r.status_code == 403 and r.json()["error"]["code"] == "password_change_required"
    r = api.client.post("/api/auth/password", headers=tok, json={"current_password": api.admin_password,
                                                                 "new_password": "short"})
    assert r.status_code == 422
    r = api.client.post("/api/auth/password", headers=tok, json={"current_password": api.admin_password,
                                                                 "new_password": "a much longer passphrase"})
    assert r.status_code == 200
    assert api.client.get("/api/users", headers=tok).status_code == 200
    with api.app.state.services.sessions() as db:
        h = db.scalar(select(User.password_hash).where(User.username == "admin"))
    assert h is not None and h.startswith("$argon2id$")


def test_login_failures_are_rate_limited(api: Api) -> None:
    for _ in range(5):
        r = api.client.post("/api/auth/login", json={"username": "auditor1", "password": "nope"})
        assert r.status_code == 401 and r.json()["error"]["message"]["zh"]
    r = api.client.post("/api/auth/login", json={"username": "auditor1", "password": PASSWORD})
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    uid = next(u["id"] for u in api.get("admin", "/api/users").json() if u["username"] == "auditor1")
    assert api.post("admin", f"/api/users/{uid}/unlock").status_code == 200  # let later tests log in
    failed = api.get("auditor", "/api/audit?action=auth.login_failed&resource_id=auditor1").json()
    assert len(failed) == 5 and failed[0]["after"] == {"client": "testclient"}


def test_tokens_logout_and_unknown_token(api: Api) -> None:
    tok = api.login("vendor1")
    h = {"Authorization": f"Bearer {tok}"}
    assert api.client.get("/api/me", headers=h).json()["role"] == "vendor"
    assert api.client.post("/api/auth/logout", headers=h).status_code == 200
    r = api.client.get("/api/me", headers=h)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert api.client.get("/api/me").status_code == 401


def test_users_admin_and_audit_before_after(api: Api) -> None:
    r = api.post("admin", "/api/users", json={"username": "op-new", "display_name": "new operator", "role": "operator",
                                              "plants": ["plant-a"], "password": "twelve chars!"})
    assert r.status_code == 201, r.text
    uid = r.json()["id"]
    r = api.call("admin", "PATCH", f"/api/users/{uid}", json={"role": "verifier", "plants": ["plant-a", "plant-b"]})
    assert r.status_code == 200 and r.json()["role"] == "verifier"
    entry = api.get("auditor", f"/api/audit?resource=user&resource_id={uid}").json()[0]
    assert entry["action"] == "user.update" and entry["username"] == "admin1"
    assert entry["before"]["role"] == "operator" and entry["after"]["role"] == "verifier"
    assert entry["after"]["plants"] == ["plant-a", "plant-b"]
    assert "password_hash" not in entry["after"]
    # a role change ends the user's sessions
    tok = api.login("op-new", "twelve chars!")
    assert api.client.get("/api/me", headers={"Authorization": f"Bearer {tok}"}).status_code == 200
    api.call("admin", "PATCH", f"/api/users/{uid}", json={"role": "operator"})
    assert api.client.get("/api/me", headers={"Authorization": f"Bearer {tok}"}).status_code == 401


def test_plant_scoping(api: Api, plant: str) -> None:
    rid = f"{plant}.scoped"
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": o2_low_rule(rid)})
    # "scoped" is an operator of plant-b only: it neither sees nor writes into other plants
    assert api.get("scoped", f"/api/hazards?plant={plant}").json() == []
    r = api.post("scoped", "/api/hazards", json={"plant": plant, "title": "x", "area": "a", "spot": "s"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "plant_forbidden"
    r = api.post("scoped", f"/api/events?plant={plant}", json={"events": []})
    assert r.status_code == 403
    r = api.post("scoped", "/api/hazards", json={"plant": "plant-b", "title": "油污", "area": "a", "spot": "s"})
    assert r.status_code == 201
    hid = r.json()["id"]
    assert api.get("scoped", f"/api/hazards/{hid}").status_code == 200
    api.post("operator", "/api/permits", json={"plant": plant, "kind": "hot_work", "level": "level2", "title": "焊接",
                                               "location": "pipe rack"})
    assert all(p["plant"] == "plant-b" for p in api.get("scoped", "/api/permits").json())
