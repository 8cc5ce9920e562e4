"""Who can be assigned in a plant (GET /api/plants/{plant}/people), and what GET /api/me says the caller
may do (so a client never needs the service's role table)."""

from __future__ import annotations

from typing import Any

import pytest

from core.api.auth import PERMISSIONS
from tests.api.conftest import PASSWORD, Api


def _user(api: Api, username: str, role: str, plants: list[str], display: str = "") -> int:
    r = api.post("admin", "/api/users", json={"username": username, "display_name": display or username, "role": role,
                                              "plants": plants, "password": PASSWORD, "certificates": ["高处作业证"]})
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


def test_the_people_of_a_plant_by_role_and_nothing_more(api: Api, plant: str) -> None:
    other = f"{plant}-x"
    _user(api, f"op.{plant}", "operator", [plant], "孙师傅")
    _user(api, f"op2.{plant}", "operator", [other, plant])
    _user(api, f"eng.{plant}", "engineer", [plant])
    _user(api, f"op.{other}", "operator", [other])
    gone = _user(api, f"gone.{plant}", "operator", [plant])
    assert api.call("admin", "PATCH", f"/api/users/{gone}", json={"active": False}).status_code == 200

    r = api.get("engineer", f"/api/plants/{plant}/people?role=operator")
    assert r.status_code == 200, r.text
    people = r.json()
    names = [p["username"] for p in people]
    assert f"op.{plant}" in names and f"op2.{plant}" in names and "operator1" in names  # "*": every plant
    assert f"op.{other}" not in names and "scoped" not in names  # people of other plants only
    assert f"gone.{plant}" not in names  # blocked accounts are nobody's assignee
    assert {p["role"] for p in people} == {"operator"} and names == sorted(names)
    assert all(set(p) == {"id", "username", "display_name", "role"} for p in people)  # no plants, certificates, ...
    mine = next(p for p in people if p["username"] == f"op.{plant}")
    assert mine["display_name"] == "孙师傅"

    both = api.get("admin", f"/api/plants/{plant}/people?role=operator&role=engineer").json()
    assert {p["role"] for p in both} == {"operator", "engineer"} and f"eng.{plant}" in [p["username"] for p in both]
    everyone = api.get("engineer", f"/api/plants/{plant}/people").json()
    assert {"verifier1", "auditor1", f"eng.{plant}"} <= {p["username"] for p in everyone}


def test_only_assigners_of_the_plant_may_look(api: Api, plant: str) -> None:
    _user(api, f"eng.{plant}-y", "engineer", [f"{plant}-y"])
    token = api.login(f"eng.{plant}-y")
    r = api.client.get(f"/api/plants/{plant}/people", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "plant_forbidden"
    assert r.json()["error"]["message"]["zh"] and r.json()["error"]["fix"]["en"]
    for role in ("operator", "verifier", "auditor", "vendor"):
        r = api.get(role, f"/api/plants/{plant}/people")
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden", role
    assert api.get(None, f"/api/plants/{plant}/people").status_code == 401


@pytest.mark.parametrize("url,pointer", [
    ("/api/plants/{plant}/people?role=boss", "/query/role/0"),
    ("/api/plants/Plant%20A/people", "/path/plant"),
])
def test_bad_lookups_are_422(api: Api, plant: str, url: str, pointer: str) -> None:
    r = api.get("engineer", url.format(plant=plant))
    assert r.status_code == 422 and r.json()["problems"][0]["pointer"] == pointer


EXPECTED_SOME: dict[str, tuple[set[str], set[str]]] = {
    # role: (must have, must not have), written down apart from the role table
    "verifier": ({"permits.suspend", "permits.sign", "permits.gas", "hazards.verify"},
                 {"permits.manage", "people.read", "hazards.assign", "users.read"}),
    "operator": ({"permits.suspend", "permits.manage", "hazards.rectify"}, {"people.read", "permits.sign"}),
    "engineer": ({"people.read", "hazards.assign", "permits.suspend", "rules.write"}, {"users.write", "hazards.verify"}),
    "auditor": ({"audit.read", "permits.read"}, {"permits.suspend", "people.read", "permits.gas"}),
    "vendor": ({"catalog.read"}, {"permits.read", "permits.suspend"}),
    "admin": (set(PERMISSIONS), set()),
}


@pytest.mark.parametrize("role", sorted(EXPECTED_SOME))
def test_me_names_the_permissions_and_plants(api: Api, role: str) -> None:
    r = api.get(role, "/api/me")
    assert r.status_code == 200
    me: dict[str, Any] = r.json()
    assert me["username"] == f"{role}1" and me["role"] == role and me["plants"] == ["*"]
    has, lacks = EXPECTED_SOME[role]
    perms = me["permissions"]
    assert has <= set(perms) and not lacks & set(perms) and perms == sorted(perms)
    assert set(perms) == {name for name, roles in PERMISSIONS.items() if role in roles}
    r = api.get("scoped", "/api/me")
    assert r.json()["plants"] == ["plant-b"] and "permits.suspend" in r.json()["permissions"]
