"""Window state survives a service restart (on SQLite and PostgreSQL): a gas reading sustained for 200 of
its 300 seconds still fires on time after the restart, a crash never repeats a decision, and the restart
itself is not mistaken for the sensors going silent."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from core.rules.templates import threshold_rule
from core.runtime.snapshot import RestoreReport
from core.storage.tables import DecisionRow, EngineCheckpoint
from tests.api.conftest import PASSWORD, client_at, seed_users, service_process
from tests.api.helpers import readings

T0 = time.time() - 3600  # an hour ago: the readings are history, never "from the future"


def _co_rule(rid: str, sensor: str, sustained_s: float | None) -> dict[str, Any]:
    return threshold_rule(rid, sensor, value=30.0, sustained_s=sustained_s, period_s=10.0, unit="ppm",
                          on_unknown="alert", risk_level="L3")


class Site:
    """One plant on a shared database; services come and go on it."""

    def __init__(self, shared_db: tuple[str, Path]) -> None:
        self.url, self.home = shared_db
        self.plant = f"t-{uuid.uuid4().hex[:8]}"
        self.sensor = f"{self.plant}.CO"
        self.rid = f"{self.plant}.co"

    def start(self) -> Any:
        return service_process(self.url, self.home)

    @staticmethod
    def token(c: TestClient, user: str) -> dict[str, str]:
        r = c.post("/api/auth/login", json={"username": user, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['token']}"}

    def publish(self, c: TestClient, sustained_s: float | None) -> None:
        h = self.token(c, "eng")
        assert c.post("/api/rules", headers=h, json={"plant": self.plant, "doc": _co_rule(self.rid, self.sensor, sustained_s)}
                      ).status_code == 201
        assert c.post(f"/api/rules/{self.rid}/publish", headers=h, json={}).json()["deployed"] is True

    def send(self, c: TestClient, values: list[float], t0: float) -> list[tuple[str, float]]:
        r = c.post(f"/api/events?plant={self.plant}", headers=self.token(c, "op"),
                   json={"events": readings(self.sensor, values, t0, step=10.0)})
        assert r.status_code == 200, r.text
        return [(d["state"], round(_epoch(d["ts"]) - T0)) for d in r.json()["decisions"]]

    def stored(self, app: Any) -> list[tuple[str, str]]:
        with app.state.services.sessions() as db:
            rows = db.scalars(select(DecisionRow).where(DecisionRow.plant == self.plant).order_by(DecisionRow.seq))
            return [(r.decision_id, r.state) for r in rows]


def _epoch(ts: str) -> float:
    from core.timeutil import parse_ts

    return parse_ts(ts)


def test_a_clean_restart_goes_on_mid_window(shared_db: tuple[str, Path]) -> None:
    site = Site(shared_db)
    first = site.start()
    seed_users(first, ("eng", "engineer"), ("op", "operator"))
    with TestClient(first) as c:  # leaving the block is the service's clean shutdown (lifespan)
        site.publish(c, sustained_s=300)
        assert site.send(c, [45.0] * 11, T0) == []  # CO above 30 ppm from T0 (a periodic checkpoint is written)
        # one reading below resets the 300 s; above again from T0+120 (within 10 s: only the shutdown saves it)
        assert site.send(c, [10.0] + [45.0] * 9, T0 + 110) == []
    second = site.start()
    rep = second.state.services.runtime.restored[site.plant]
    assert isinstance(rep, RestoreReport) and rep.restored == [site.rid] and not rep.fresh
    c2 = client_at(second)
    # held since T0+120: fires at T0+420 as if the service had never stopped (a fresh engine would wait
    # till T0+510, the periodic checkpoint alone would say T0+300)
    assert site.send(c2, [45.0] * 22, T0 + 210) == [("fired", 420)]


def test_a_crash_never_repeats_a_decision(shared_db: tuple[str, Path]) -> None:
    site = Site(shared_db)
    first = site.start()
    seed_users(first, ("eng", "engineer"), ("op", "operator"))
    c = client_at(first)  # no lifespan: this service is killed, it never shuts down cleanly
    site.publish(c, sustained_s=None)
    assert site.send(c, [10.0, 10.0], T0) == []  # a periodic checkpoint, before any decision
    assert site.send(c, [45.0, 45.0], T0 + 20) == [("fired", 20)]  # within 10 s: saved because it decided
    with first.state.services.sessions() as db:
        ck = db.get(EngineCheckpoint, site.plant)
        assert ck is not None and ck.decision_seq == 1  # written with the decision, in its transaction
    second = site.start()
    c2 = client_at(second)
    # still the same episode: no second "fired" (with the id of the first), and the clear belongs to it
    assert site.send(c2, [45.0, 10.0], T0 + 40) == [("cleared", 50)]
    ids = [i for i, _ in site.stored(second)]
    assert ids == [f"{site.rid}@1#1:fired", f"{site.rid}@1#1:cleared"] and len(set(ids)) == 2


def test_a_checkpoint_behind_the_chain_is_not_used(shared_db: tuple[str, Path]) -> None:
    site = Site(shared_db)
    first = site.start()
    seed_users(first, ("eng", "engineer"), ("op", "operator"))
    c = client_at(first)
    site.publish(c, sustained_s=None)
    site.send(c, [45.0], T0)
    with first.state.services.sessions() as db:  # as if a decision had been stored after the state was saved
        db.get(EngineCheckpoint, site.plant).decision_seq = 0  # type: ignore[union-attr]
        db.commit()
    second = site.start()
    why = second.state.services.runtime.restored[site.plant]
    assert isinstance(why, str) and "not used" in why and "检查点" in why


def test_the_downtime_is_not_taken_for_silent_sensors(shared_db: tuple[str, Path]) -> None:
    """Down for 5 minutes (sensor period 10 s, stale after 30 s): the first reading after the restart is
    used as it is, no UNKNOWN for the gap; a sensor that then stays silent is UNKNOWN 30 s later."""
    site = Site(shared_db)
    first = site.start()
    seed_users(first, ("eng", "engineer"), ("op", "operator"))
    with TestClient(first) as c:
        site.publish(c, sustained_s=None)
        assert site.send(c, [10.0] * 11, T0) == []
    second = site.start()
    c2 = client_at(second)
    assert site.send(c2, [12.0], T0 + 400) == []  # without resume: UNKNOWN at T0+130, decided here
    rt = second.state.services.runtime
    with second.state.services.sessions() as db:
        recs = rt.advance(db, site.plant, T0 + 440)
    assert [(r["state"], round(_epoch(r["ts"]) - T0)) for r in recs] == [("unknown", 430)]
