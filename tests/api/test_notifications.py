"""SLA escalation tells people: the assignee at level 1, the plant's engineers from level 2, its administrators
from level 3; once per person and level however often (or however concurrently) the escalation runs; visible
over the API, streamed live (also to a client of another service process), and offered to plugins as a
``notify`` action."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.api.workflows.hazards import escalate_overdue
from core.api.workflows.notify import deliver
from core.hookspecs import hookimpl
from core.storage.tables import User
from core.storage.tables_work import Notification
from tests.api.conftest import PASSWORD, Api, client_at, seed_users, service_process

HOUR = 3600.0


class Plant:
    """A plant of the test's own, its assignee and an engineer who runs the SLA for that plant only (so the
    run escalates none of the other tests' hazards)."""

    def __init__(self, api: Api, plant: str) -> None:
        self.api, self.plant, self.t0 = api, plant, time.time()
        self.assignee, self.runner = self._user("operator"), self._user("engineer")

    def _user(self, role: str) -> str:
        name = f"{role[:3]}-{uuid.uuid4().hex[:8]}"
        r = self.api.post("admin", "/api/users", json={"username": name, "display_name": f"{role} of {self.plant}",
                                                       "role": role, "plants": [self.plant], "password": PASSWORD})
        assert r.status_code == 201, r.text
        self.api.tokens[name] = self.api.login(name)
        return name

    def hazard(self, assign: bool = True) -> dict[str, Any]:
        r = self.api.post("operator", "/api/hazards", json={"plant": self.plant, "title": "梯子护栏松动", "area": "tank-farm",
                                                            "spot": f"ladder {uuid.uuid4().hex[:6]}"})
        assert r.status_code == 201, r.text
        if assign:
            r = self.api.post("engineer", f"/api/hazards/{r.json()['id']}/assign", json={"assignee": self.assignee})
            assert r.status_code == 200, r.text
        return dict(r.json())

    def sla(self, hours: float) -> list[dict[str, Any]]:
        r = self.api.post(self.runner, "/api/hazards/sla/run", json={"now": self.t0 + hours * HOUR})
        assert r.status_code == 200, r.text
        return list(r.json())

    def of_plant(self, role: str) -> set[str]:
        users = self.api.get("admin", "/api/users").json()
        return {u["username"] for u in users if u["role"] == role and u["active"]
                and ("*" in u["plants"] or self.plant in u["plants"])}

    def told(self, hid: int, level: int) -> set[str]:
        with self.api.app.state.services.sessions() as db:
            return set(db.scalars(select(User.username).join(Notification, Notification.user_id == User.id)
                                  .where(Notification.key == f"hazard:{hid}:escalation:{level}")))

    def mine(self, who: str, hid: int, **params: Any) -> list[dict[str, Any]]:
        page = self.api.get(who, "/api/notifications", params={"limit": 200, **params}).json()
        return [n for n in page["items"] if n["resource_id"] == str(hid)]


@pytest.fixture
def p(api: Api, plant: str) -> Plant:
    return Plant(api, plant)


def test_levels_tell_the_assignee_then_engineers_then_admins_once_each(p: Plant) -> None:
    h = p.hazard()  # general: 72 h to rectify
    assert p.sla(71) == []  # not overdue yet: nobody told
    assert p.told(h["id"], 1) == set()
    (esc,) = p.sla(73)
    assert esc["escalation"] == 1
    assert p.told(h["id"], 1) == {p.assignee}  # level 1: the assignee alone
    (n,) = p.mine(p.assignee, h["id"])
    assert n["kind"] == "hazard.escalation" and n["plant"] == p.plant and n["read_at"] is None
    assert n["data"] == {"hazard": h["id"], "level": 1, "reason": "assignee", "status": "assigned",
                         "due_at": esc["due_at"].replace("Z", "+00:00")}
    assert f"#{h['id']}" in n["title"]["zh"] and f"#{h['id']}" in n["title"]["en"]
    assert "责任人" in n["body"]["zh"] and "the assignee" in n["body"]["en"] and h["title"] in n["body"]["zh"]

    assert p.sla(73) == []  # the same run again: the new deadline is not due, nobody is told twice
    (esc,) = p.sla(73 + 37)  # the halved deadline (36 h) passed: level 2
    assert esc["escalation"] == 2
    engineers = p.of_plant("engineer")
    assert p.runner in engineers and "engineer1" in engineers
    assert p.told(h["id"], 2) == {p.assignee} | engineers
    (esc,) = p.sla(73 + 37 * 2)  # level 3: the plant's administrators too
    assert p.told(h["id"], 3) == {p.assignee} | engineers | p.of_plant("admin")
    assert p.told(h["id"], 1) == {p.assignee}  # earlier levels untouched
    assert [n["data"]["level"] for n in p.mine("engineer2", h["id"])] == [3, 2]  # newest first
    assert {n["data"]["reason"] for n in p.mine("admin", h["id"])} == {"admin"}
    notified = [e.get("notified") for e in esc["history"] if "escalation" in e]
    assert [set(x) for x in notified] == [{p.assignee}, {p.assignee} | engineers,
                                          {p.assignee} | engineers | p.of_plant("admin")]


def test_an_unassigned_hazard_tells_the_engineers_who_assign(p: Plant) -> None:
    h = p.hazard(assign=False)
    p.sla(73)
    assert p.told(h["id"], 1) == p.of_plant("engineer")
    assert p.mine(p.assignee, h["id"]) == [] and p.mine("operator", h["id"]) == []  # the reporter is not told


def test_own_notifications_paged_unread_filter_mark_read(p: Plant) -> None:
    hazards = [p.hazard() for _ in range(3)]
    p.sla(73)
    me = p.assignee
    page = p.api.get(me, "/api/notifications?limit=2").json()
    assert page["total"] == 3 and page["unread"] == 3 and page["limit"] == 2 and len(page["items"]) == 2
    rest = p.api.get(me, "/api/notifications?limit=2&offset=2").json()["items"]
    ids = [n["id"] for n in page["items"] + rest]
    assert ids == sorted(ids, reverse=True) and {n["resource_id"] for n in page["items"] + rest} == {
        str(h["id"]) for h in hazards}

    # somebody else's notification is not there for anybody else, not even an admin
    for other in ("engineer2", "admin"):
        r = p.api.post(other, f"/api/notifications/{ids[0]}/read")
        assert r.status_code == 404 and r.json()["error"]["message"]["zh"]
    r = p.api.post(me, f"/api/notifications/{ids[0]}/read")
    assert r.status_code == 200 and r.json()["read_at"]
    first = r.json()["read_at"]
    assert p.api.post(me, f"/api/notifications/{ids[0]}/read").json()["read_at"] == first  # the first reading stays
    unread = p.api.get(me, "/api/notifications?unread=true").json()
    assert unread["total"] == 2 and unread["unread"] == 2 and ids[0] not in {n["id"] for n in unread["items"]}
    assert p.api.post(me, "/api/notifications/read-all").json() == {"marked": 2}
    assert p.api.get(me, "/api/notifications").json()["unread"] == 0
    assert p.api.post(me, "/api/notifications/read-all").json() == {"marked": 0}
    reads = p.api.get("auditor", "/api/audit?resource=notification&limit=1000").json()
    assert {(a["action"], a["resource_id"]) for a in reads if a["username"] == me} == {
        ("notification.read", str(ids[0])), ("notification.read_all", "*")}


def _sse(text: str) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in text.splitlines() if line.startswith("data: ")]


def test_streamed_live_to_the_recipient(p: Plant, monkeypatch: pytest.MonkeyPatch) -> None:
    # polling slower than the test may wait: in this process the bell alone can bring the new one in time
    monkeypatch.setattr("core.api.routers.notifications.POLL_S", 300.0)
    old = p.hazard()
    p.sla(73)
    bell = p.api.app.state.services.bell
    uid = p.api.get(p.assignee, "/api/me").json()["id"]
    got: list[Any] = []
    url = "/api/notifications/stream?max_events=2&idle_s=60"
    listener = threading.Thread(target=lambda: got.append(p.api.get(p.assignee, url)))
    listener.start()
    while bell.listeners(uid) == 0 and listener.is_alive():  # subscribed: no timing assumption
        time.sleep(0.01)
    pool, deadline = p.api.app.state.services.engine.pool, time.monotonic() + 10
    while pool.checkedout() and time.monotonic() < deadline:  # its first read of the stored ones may still run
        time.sleep(0.01)
    assert pool.checkedout() == 0  # an open stream holds no database connection
    new = p.hazard()
    p.api.post(p.runner, "/api/hazards/sla/run", json={"now": time.time() + 73 * HOUR})
    listener.join(30)
    assert not listener.is_alive(), "the stream was not woken"
    r = got[0]
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    items = _sse(r.text)
    # the stored one first, then the new one live
    assert [(n["resource_id"], n["data"]["level"]) for n in items] == [(str(old["id"]), 1), (str(new["id"]), 1)]
    token = p.api.tokens[p.assignee]
    r = p.api.client.get(f"/api/notifications/stream?max_events=1&access_token={token}")
    assert r.status_code == 200 and len(_sse(r.text)) == 1  # an EventSource passes the token in the URL
    assert p.api.client.get("/api/notifications?access_token=" + token).status_code == 401  # the list does not


class Recorder:
    """A plugin that sends notify actions outward (an SMS gateway would), recording them; registered on the
    app's real plugin host for one test."""

    def __init__(self, plant: str) -> None:
        self.plant = plant
        self.sent: list[tuple[dict[str, Any], Any]] = []

    @hookimpl
    def execute_action(self, action: Any, decision: Any) -> Any:
        if action.get("type") != "notify" or action.get("plant") != self.plant:
            return None  # not ours: other plants, other actions
        self.sent.append((dict(action), decision))
        return {"ok": True, "via": "recorder"}


@pytest.fixture
def recorder(p: Plant) -> Iterator[Recorder]:
    rec = Recorder(p.plant)
    pm = p.api.app.state.services.host.pm
    pm.register(rec, name=f"test.recorder.{p.plant}")
    try:
        yield rec
    finally:
        pm.unregister(name=f"test.recorder.{p.plant}")


def test_offered_to_plugins_once_per_level_and_retried_after_a_crash(p: Plant, recorder: Recorder) -> None:
    h = p.hazard()
    p.sla(73)
    ((action, decision),) = recorder.sent
    assert decision is None  # the platform's escalation, not a rule's decision
    assert action["type"] == "notify" and action["to"] == [p.assignee] and action["source"] == "hazard.escalation"
    assert action["idempotency_key"] == f"hazard:{h['id']}:escalation:1" and action["resource_id"] == str(h["id"])
    assert f"#{h['id']}" in action["message"]["zh"] and f"#{h['id']}" in action["message"]["en"]
    assert action["recipients"] == [{"username": p.assignee, "display_name": f"operator of {p.plant}",
                                     "role": "operator", "reason": "assignee"}]
    svc = p.api.app.state.services
    deliver(svc)
    assert len(recorder.sent) == 1  # offered once: a second delivery finds nothing new
    with svc.sessions() as db:
        (n,) = db.scalars(select(Notification).where(Notification.resource_id == str(h["id"])))
        assert n.outward_at is not None and n.outward == {"ok": True, "via": "recorder"}

    # the process dies between committing level 2 and offering it: the next sweep's delivery offers it
    with svc.sessions() as db:
        runner = db.scalar(select(User).where(User.username == p.runner))
        escalate_overdue(db, datetime.fromtimestamp(p.t0 + (73 + 37) * HOUR, UTC), runner,
                         lambda plant: plant == p.plant)
        db.commit()
    assert len(recorder.sent) == 1
    deliver(svc)
    assert [(a["idempotency_key"], set(a["to"])) for a, _ in recorder.sent[1:]] == [
        (f"hazard:{h['id']}:escalation:2", {p.assignee} | p.of_plant("engineer"))]


def test_a_delivery_batch_offers_whole_events(p: Plant, recorder: Recorder) -> None:
    """A batch limit never splits an event: its one action names all its recipients."""
    hazards = [p.hazard(assign=False) for _ in range(2)]  # unassigned: the plant's engineers are told
    svc = p.api.app.state.services
    with svc.sessions() as db:
        runner = db.scalar(select(User).where(User.username == p.runner))
        escalate_overdue(db, datetime.fromtimestamp(p.t0 + 73 * HOUR, UTC), runner, lambda plant: plant == p.plant)
        db.commit()
    engineers = p.of_plant("engineer")
    assert len(engineers) >= 3
    assert deliver(svc, limit=1) == 1 and deliver(svc, limit=1) == 1
    assert [(a["resource_id"], set(a["to"])) for a, _ in recorder.sent] == [(str(h["id"]), engineers) for h in hazards]


def test_concurrent_escalation_runs_escalate_and_tell_once(p: Plant) -> None:
    h = p.hazard()
    barrier, codes = threading.Barrier(4), []

    def run() -> None:
        barrier.wait()
        codes.append(p.api.post(p.runner, "/api/hazards/sla/run", json={"now": p.t0 + 73 * HOUR}).status_code)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert codes == [200] * 4
    after = p.api.get("engineer", f"/api/hazards/{h['id']}").json()
    assert after["escalation"] == 1 and sum("escalation" in e for e in after["history"]) == 1
    audits = p.api.get("auditor", f"/api/audit?resource=hazard&resource_id={h['id']}&action=hazard.escalate").json()
    assert len(audits) == 1  # one run escalated it; the others found it escalated already
    assert len(p.mine(p.assignee, h["id"])) == 1


def test_a_stream_on_another_process_gets_the_notification(shared_db: tuple[str, Path]) -> None:
    url, home = shared_db
    a, b = service_process(url, home), service_process(url, home)
    seed_users(a, ("boss", "engineer"), ("fixer", "operator"))
    ca, cb = client_at(a), client_at(b)
    boss = {"Authorization": f"Bearer {_token(ca, 'boss')}"}
    fixer = {"Authorization": f"Bearer {_token(cb, 'fixer')}"}
    r = ca.post("/api/hazards", headers=boss, json={"plant": "p1", "title": "漏油", "area": "a", "spot": "s"})
    hid = r.json()["id"]
    assert ca.post(f"/api/hazards/{hid}/assign", headers=boss, json={"assignee": "fixer"}).status_code == 200
    uid = cb.get("/api/me", headers=fixer).json()["id"]
    got: list[Any] = []
    listener = threading.Thread(target=lambda: got.append(
        cb.get("/api/notifications/stream?max_events=1&idle_s=30", headers=fixer)))
    listener.start()
    while b.state.services.bell.listeners(uid) == 0 and listener.is_alive():
        time.sleep(0.01)
    assert ca.post("/api/hazards/sla/run", headers=boss, json={"now": time.time() + 73 * HOUR}).status_code == 200
    started = time.monotonic()
    listener.join(30)
    (n,) = _sse(got[0].text)  # made by process a, seen by process b's stream (by its poll: no bell rang there)
    assert n["resource_id"] == str(hid) and n["data"]["reason"] == "assignee"
    assert time.monotonic() - started < 10


def _token(c: Any, who: str) -> str:
    r = c.post("/api/auth/login", json={"username": who, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return str(r.json()["token"])
