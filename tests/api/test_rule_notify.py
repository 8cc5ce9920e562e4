"""A rule's notify action reaches people in the app: one notification per recipient user of the decision's plant
(glossary roles resolved to platform roles and to the people of the permit at hand), listed and streamed,
never to another plant, never twice for one decision; the plugins still get the action (SMS); a recipient
nobody answers to is reported, logged and audited."""

from __future__ import annotations

import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from core.api.auth import ROLES
from core.api.workflows.notify import deliver
from core.hookspecs import hookimpl
from core.runtime.events import Event
from core.storage.tables_work import Notification
from tests.api.conftest import PASSWORD, Api
from tests.api.helpers import readings

MSG = {"zh": "硫化氢超标，立即撤离", "en": "H2S high: evacuate"}


def notify_rule(rule_id: str, sensor: str, *notify: dict[str, Any], permit: str | None = None) -> dict[str, Any]:
    """H2S above 10 ppm (while the permit is active, if one is given) -> the given notify actions."""
    nodes: list[dict[str, Any]] = [
        {"id": "h2s", "block": "signal", "params": {"signal": sensor, "unit": "ppm", "period_s": 1}},
        {"id": "high", "block": "compare.gt", "params": {"value": 10, "unit": "ppm"}}]
    edges = [{"from": "h2s.value", "to": "high.x"}]
    cond = "high.out"
    if permit:
        nodes += [{"id": "permit", "block": "signal", "params": {"signal": f"permit.{permit}.status", "kind": "categorical"}},
                  {"id": "active", "block": "compare.equals", "params": {"value": "active"}},
                  {"id": "both", "block": "logic.and"}]
        edges += [{"from": "permit.value", "to": "active.x"}, {"from": "high.out", "to": "both.a"},
                  {"from": "active.out", "to": "both.b"}]
        cond = "both.out"
    for i, params in enumerate(notify):
        nodes.append({"id": f"tell{i}", "block": "action.notify", "params": params})
        edges.append({"from": cond, "to": f"tell{i}.when"})
    return {"schema": "safeblocks.rule/1", "id": rule_id, "version": 1, "risk_level": "L3", "on_unknown": "hold",
            "title": {"zh": "硫化氢浓度超过10ppm时短信通知安全员", "en": "H2S above 10 ppm: text the safety officer"},
            "nodes": nodes, "edges": edges}


class Site:
    """A plant of the test's own, with its own people (and one of another plant), and its rule."""

    def __init__(self, api: Api, plant: str) -> None:
        self.api, self.plant, self.t0 = api, plant, time.time() + 1
        self.sensor, self.rule = f"{plant}.GD-2.h2s", f"{plant}.h2s.notify"
        self.engineer, self.verifier = self.user("engineer"), self.user("verifier")
        self.operator = self.user("operator")
        self.outsider = self.user("engineer", plants=[f"x{plant}"])  # a safety engineer of another plant

    def user(self, role: str, plants: list[str] | None = None) -> str:
        name = f"{role[:3]}-{uuid.uuid4().hex[:8]}"
        r = self.api.post("admin", "/api/users", json={"username": name, "display_name": f"{role} {name}", "role": role,
                                                       "plants": plants or [self.plant], "password": PASSWORD})
        assert r.status_code == 201, r.text
        self.api.tokens[name] = self.api.login(name)
        return name

    def publish(self, doc: dict[str, Any]) -> None:
        r = self.api.post("engineer", "/api/rules", json={"plant": self.plant, "doc": doc})
        assert r.status_code == 201, r.text
        r = self.api.post("engineer", f"/api/rules/{doc['id']}/publish", json={"note": "notify"})
        assert r.status_code == 201 and r.json()["deployed"] is True, r.text

    def feed(self, values: list[float], at: float) -> list[dict[str, Any]]:
        r = self.api.post("operator", f"/api/events?plant={self.plant}",
                          json={"events": readings(self.sensor, values, self.t0 + at)})
        assert r.status_code == 200, r.text
        return list(r.json()["decisions"])

    def of_plant(self, *roles: str) -> set[str]:
        users = self.api.get("admin", "/api/users").json()
        return {u["username"] for u in users if u["role"] in roles and u["active"]
                and ("*" in u["plants"] or self.plant in u["plants"])}

    def token_key(self, username: str) -> str | None:
        """The fixture logs ``engineer1`` in under "engineer"; the others under their names."""
        if username in self.api.tokens:
            return username
        role = username[:-1] if username.endswith("1") else None
        return role if role in ROLES and role in self.api.tokens else None

    def everyone(self) -> set[str]:
        """Every user whose notifications the test can read (all but the bootstrap admin)."""
        return {u["username"] for u in self.api.get("admin", "/api/users").json() if self.token_key(u["username"])}

    def told(self, who: str, decision: str | None = None) -> list[dict[str, Any]]:
        key = self.token_key(who)
        assert key is not None, who
        page = self.api.get(key, "/api/notifications", params={"limit": 200}).json()
        return [n for n in page["items"] if n["kind"] == "rule.notify" and n["plant"] == self.plant
                and (decision is None or n["data"]["decision"] == decision)]

    def rows(self) -> int:
        with self.api.app.state.services.sessions() as db:
            return int(db.scalar(select(func.count()).select_from(Notification).where(
                Notification.plant == self.plant, Notification.kind == "rule.notify")) or 0)


@pytest.fixture
def site(api: Api, plant: str) -> Site:
    return Site(api, plant)


class Sms:
    """An SMS gateway plugin, registered on the app's real plugin host for one test: what it was handed."""

    def __init__(self, plant: str, rule: str) -> None:
        self.plant, self.rule = plant, rule
        self.sent: list[tuple[dict[str, Any], Any]] = []

    @hookimpl
    def execute_action(self, action: Any, decision: Any) -> Any:
        ours = decision.rule.id == self.rule if decision is not None else action.get("plant") == self.plant
        if action.get("type") != "notify" or not ours:
            return None  # other tests' rules and escalations
        self.sent.append((dict(action), decision))
        return {"ok": True, "via": "sms-test"}


@pytest.fixture
def sms(site: Site) -> Iterator[Sms]:
    plugin, name = Sms(site.plant, site.rule), f"test.sms.{site.plant}"
    pm = site.api.app.state.services.host.pm
    pm.register(plugin, name=name)
    try:
        yield plugin
    finally:
        pm.unregister(name=name)


def _sse(text: str) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in text.splitlines() if line.startswith("data: ")]


def test_the_safety_officers_of_the_plant_are_told_listed_and_streamed(site: Site, sms: Sms) -> None:
    site.publish(notify_rule(site.rule, site.sensor, {"channel": "sms", "to": ["role:safety_officer"], "message": MSG}))
    # a stream of one of them, open before the rule fires: the notification arrives live
    got: list[Any] = []
    uid = site.api.get(site.engineer, "/api/me").json()["id"]
    listener = threading.Thread(target=lambda: got.append(
        site.api.get(site.engineer, "/api/notifications/stream?max_events=1&idle_s=30")))
    listener.start()
    bell = site.api.app.state.services.bell
    while bell.listeners(uid) == 0 and listener.is_alive():
        time.sleep(0.01)

    (fired,) = [d for d in site.feed([2.0, 12.5], 0) if d["state"] == "fired"]
    assert fired["actions"] == ["notify"]
    officers = site.of_plant("engineer", "verifier")  # 安全员: the plant's engineers and verifiers
    assert {site.engineer, site.verifier, "engineer1", "verifier2"} <= officers and site.outsider not in officers
    assert officers & site.everyone() == officers - {"admin"}
    for who in officers & site.everyone():
        (n,) = site.told(who)
        assert n["resource"] == "decision" and n["resource_id"] == str(fired["seq"]) and n["read_at"] is None
        assert n["data"]["decision"] == fired["id"] and n["data"]["channels"] == ["sms"]
        assert n["data"]["reason"] == [["安全员", "safety officer"]]
        assert n["title"] == {"zh": "[L3] 硫化氢浓度超过10ppm时短信通知安全员：触发",
                              "en": "[L3] H2S above 10 ppm: text the safety officer: fired"}
        assert n["body"]["zh"].startswith("硫化氢超标，立即撤离。[L3]") and "您收到此通知的身份：安全员" in n["body"]["zh"]
        assert n["body"]["en"].startswith("H2S high: evacuate. [L3]") and "You are told as safety officer" in n["body"]["en"]
        assert "12.5" in n["body"]["en"]  # the decision's explanation: the reading that fired it
    # nobody else: not the plant's operator, not the other plant's engineer, not the auditor
    for who in site.everyone() - officers:
        assert site.told(who) == [], who
    assert site.rows() == len(officers)

    # the link leads to the decision
    link = site.told(site.engineer)[0]["data"]["link"]
    (d,) = site.api.get("auditor", link).json()
    assert d["seq"] == fired["seq"] and d["record"]["id"] == fired["id"]

    listener.join(30)
    assert not listener.is_alive(), "the stream did not get the notification"
    (streamed,) = _sse(got[0].text)
    assert streamed["kind"] == "rule.notify" and streamed["data"]["decision"] == fired["id"]

    # the SMS still goes out through the plugins, once, as the rule's own action; delivery does not offer it again
    ((action, decision),) = sms.sent
    assert action["channel"] == "sms" and action["to"] == ["role:safety_officer"] and decision.id == fired["id"]
    deliver(site.api.app.state.services)
    assert len(sms.sent) == 1


def test_a_replay_of_the_decision_tells_nobody_twice_a_reused_id_is_told(site: Site) -> None:
    site.publish(notify_rule(site.rule, site.sensor, {"to": ["role:safety_engineer"]}))
    (fired,) = [d for d in site.feed([2.0, 12.5], 0) if d["state"] == "fired"]
    engineers = site.of_plant("engineer")
    assert site.rows() == len(engineers) and len(site.told(site.engineer)) == 1

    # the same decision dispatched again (a retry): the stored record and its action, through the registered effect
    svc = site.api.app.state.services
    (stored,) = [d for d in site.api.get("engineer", f"/api/decisions?plant={site.plant}&state=fired").json()]
    (action,) = stored["record"]["actions"]
    with svc.sessions() as db:
        res = svc.runtime.effects["notify"](db, site.plant, action, stored["record"])
        db.commit()
    assert res["notified"] == [] and set(res["already_told"]) == engineers and res["ok"] is True
    assert site.rows() == len(engineers) and len(site.told(site.engineer)) == 1

    # redeployed, the rule's episodes count from 1 again: a new alarm with the same decision id is a new event
    assert [d["state"] for d in site.feed([3.0], 2)] == ["cleared"]
    r = site.api.post("engineer", f"/api/rules/{site.rule}/deploy", json={})
    assert r.status_code == 200, r.text
    (again,) = [d for d in site.feed([2.0, 13.0], 3) if d["state"] == "fired"]
    assert again["id"] == fired["id"] and again["seq"] > fired["seq"]
    assert [n["data"]["seq"] for n in site.told(site.engineer)] == [again["seq"], fired["seq"]]
    assert site.rows() == 2 * len(engineers)


def _permit(site: Site, guardian: str) -> str:
    """An active confined-space permit: operator1 applies, ``guardian`` signs as 监护人, verifier1 approves."""
    pid = f"CS-{random.randint(10_000, 99_999_999):08d}"
    r = site.api.post("operator", "/api/permits", json={"plant": site.plant, "kind": "confined_space", "level": "standard",
                                                       "title": "2#储罐清罐", "location": "T-102", "valid_hours": 8,
                                                       "number": pid})
    assert r.status_code == 201, r.text
    for who, meaning in ((guardian, "guardian"), ("verifier", "approver")):
        r = site.api.post(who, f"/api/permits/{pid}/signatures", json={"meaning": meaning, "password": PASSWORD})
        assert r.status_code == 201, r.text
    r = site.api.post("operator", f"/api/permits/{pid}/gas-analyses",
                      json={"readings": {"o2_pct": 20.8, "lel_pct": 0, "h2s_ppm": 0, "co_ppm": 0}})
    assert r.status_code == 201, r.text
    assert site.api.post("operator", f"/api/permits/{pid}/activate").json()["status"] == "active"
    return pid


def test_the_permits_attendant_and_work_leader_and_named_users_one_notification_each(site: Site) -> None:
    pid = _permit(site, guardian=site.engineer)
    site.publish(notify_rule(
        site.rule, site.sensor,
        {"channel": "sms", "to": ["role:attendant", "role:work_leader"], "message": MSG},
        {"channel": "app", "to": ["监护人", f"user:{site.operator}", site.verifier, f"user:{site.outsider}"],
         "message": {"zh": "停止作业", "en": "stop work"}},
        permit=pid))
    (fired,) = [d for d in site.feed([2.0, 12.5], 0) if d["state"] == "fired"]
    assert fired["actions"] == ["notify", "notify"]
    # the attendant is the permit's guardian alone (not every engineer), the work leader its applicant
    told = {who for who in site.everyone() if site.told(who)}
    assert told == {site.engineer, "operator1", site.operator, site.verifier}
    (g,) = site.told(site.engineer)  # named by both actions: one notification with both messages
    assert g["data"]["channels"] == ["app", "sms"] and [m["en"] for m in g["data"]["messages"]] == ["H2S high: evacuate",
                                                                                                     "stop work"]
    assert g["data"]["reason"] == [[f"监护人（作业票 {pid}）", f"attendant (permit {pid})"]]
    assert g["body"]["zh"].startswith("硫化氢超标，立即撤离。停止作业。")
    (w,) = site.told("operator1")
    assert w["data"]["reason"] == [[f"作业负责人（作业票 {pid}）", f"work leader (permit {pid})"]]
    (o,) = site.told(site.operator)
    assert o["data"]["reason"] == [["规则指定的接收人", "a recipient the rule names"]]
    assert site.told(site.outsider) == []  # named, but of another plant
    assert site.rows() == 4
    audits = site.api.get("auditor", f"/api/audit?action=notification.rule&resource=decision&resource_id={fired['seq']}")
    entries = [a for a in audits.json() if a["plant"] == site.plant]
    assert sorted(map(len, (a["after"]["notified"] for a in entries))) == [2, 3]
    assert [a["after"]["unmatched"] for a in entries if a["after"]["unmatched"]] == [[f"user:{site.outsider}"]]


def test_nobody_to_tell_is_reported_logged_and_audited_and_the_sms_still_goes(
        site: Site, sms: Sms, caplog: pytest.LogCaptureFixture) -> None:
    to = ["13800138000", "user:scoped", "role:site_director"]  # a phone number, a user of plant-b, no such role
    site.publish(notify_rule(site.rule, site.sensor, {"channel": "sms", "to": to, "message": MSG}))
    svc = site.api.app.state.services
    events = [Event(site.t0 + i, site.sensor, v) for i, v in enumerate([2.0, 12.5])]
    with caplog.at_level(logging.WARNING, logger="safeblocks.service"), svc.sessions() as db:
        res = svc.runtime.ingest(db, site.plant, events)
    (fired,) = [d for d in res.decisions if d["state"] == "fired"]
    ((result,),) = [[r["result"] for r in fired["action_results"] if r["type"] == "notify"]]
    assert result["ok"] is False and result["notified"] == [] and result["unmatched"] == to
    assert site.plant in result["message"]["zh"] and "nobody" in result["message"]["en"]
    assert result["plugin"] == {"ok": True, "via": "sms-test"} and len(sms.sent) == 1
    (warning,) = [r.getMessage() for r in caplog.records if "rule notify" in r.getMessage()]
    assert "没有与" in warning and "13800138000" in warning and site.plant in warning
    assert site.rows() == 0
    audits = site.api.get("auditor", "/api/audit?action=notification.rule&limit=1000").json()
    (entry,) = [a for a in audits if a["plant"] == site.plant]
    assert entry["after"]["notified"] == [] and entry["after"]["unmatched"] == to
    assert entry["resource_id"] == str(fired["seq"]) and entry["username"] == "system:runtime"


def test_a_rule_id_of_the_longest_kind_still_notifies(site: Site) -> None:
    """Its decision id is longer than a notification key may be (128): the key is its hash, the row is stored
    (PostgreSQL would refuse the whole batch of events otherwise)."""
    rule = f"{site.plant}.{'x' * (127 - len(site.plant))}"
    assert len(rule) == 128
    site.publish(notify_rule(rule, site.sensor, {"to": [f"user:{site.operator}"]}))
    (fired,) = [d for d in site.feed([2.0, 12.5], 0) if d["state"] == "fired"]
    (n,) = site.told(site.operator, fired["id"])
    assert n["resource_id"] == str(fired["seq"])
    with site.api.app.state.services.sessions() as db:
        (key,) = db.scalars(select(Notification.key).where(Notification.plant == site.plant))
    assert key.startswith("rule:sha256:") and len(key) <= 128


def test_the_recipients_streams_are_woken_after_the_commit(site: Site) -> None:
    """The bell rings for exactly the users told, once their rows are committed (a stream woken by it reads
    them at once; without it, a stream would find them only at its next database poll)."""
    import asyncio

    from core.storage.tables import User

    site.publish(notify_rule(site.rule, site.sensor, {"to": ["role:verifier"], "channel": "app", "message": MSG}))
    bell = site.api.app.state.services.bell
    with site.api.app.state.services.sessions() as db:
        ids = {db.scalar(select(User.id).where(User.username == name)) for name in (site.verifier, site.engineer)}
    rung: dict[int, bool] = {}

    async def watch() -> None:
        queues = {uid: bell.subscribe(uid) for uid in ids}
        done = threading.Event()

        def fire() -> None:
            site.feed([1.0, 25.0], 0)
            done.set()

        threading.Thread(target=fire).start()
        while not done.is_set():
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.2)  # the ring is a call_soon_threadsafe onto this loop
        for uid, q in queues.items():
            rung[uid] = not q.empty()
            bell.unsubscribe(q)

    asyncio.run(watch())
    with site.api.app.state.services.sessions() as db:
        verifier_id = db.scalar(select(User.id).where(User.username == site.verifier))
        engineer_id = db.scalar(select(User.id).where(User.username == site.engineer))
    assert rung == {verifier_id: True, engineer_id: False}
