"""Permits to work (GB 30871 special operations): levels, gas analyses, signatures, suspension.

The limits below are the commonly used GB 30871-2022 figures, simplified for the platform; an industry
pack that knows its gases better can tighten them (a permit can only ever be stricter, never looser).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.runtime import LiveRuntime
from core.storage.base import utcnow
from core.storage.repos import compare_and_set
from core.storage.tables import User
from core.storage.tables_work import GasAnalysis, Permit, Signature

KINDS = {"hot_work": ("HW", ("special", "level1", "level2")), "confined_space": ("CS", ("standard",))}
# which signatures (meaning) a permit needs before it can be activated
REQUIRED_SIGNATURES: dict[tuple[str, str], tuple[str, ...]] = {
    ("hot_work", "special"): ("guardian", "safety", "approver", "plant_manager"),
    ("hot_work", "level1"): ("guardian", "safety", "approver"),
    ("hot_work", "level2"): ("guardian", "approver"),
    ("confined_space", "standard"): ("guardian", "approver"),
}
MAX_VALID_HOURS = {("hot_work", "special"): 8, ("hot_work", "level1"): 8, ("hot_work", "level2"): 72,
                   ("confined_space", "standard"): 24}
# (low, high) per reading; None = no bound on that side
GAS_LIMITS: dict[str, dict[str, tuple[float | None, float | None]]] = {
    "confined_space": {"o2_pct": (19.5, 21.0), "lel_pct": (None, 10.0), "h2s_ppm": (None, 10.0), "co_ppm": (None, 24.0)},
    "hot_work": {"o2_pct": (19.5, 23.5), "lel_pct": (None, 10.0)},
}
# GB 30871: the gas analysis is at most 30 min older than the start of the work (hot work may relax this to
# 60 min where the site cannot do better; the platform keeps the stricter figure for every kind). Counted
# from the sampling time, never from when the result was typed in.
ANALYSIS_FRESH = timedelta(minutes=30)
# how far ahead of the server a handheld detector's or a phone's clock may run before a sampling time
# "in the future" is refused as a mistake
CLOCK_SKEW = timedelta(minutes=2)


def check_gas(kind: str, readings: Mapping[str, float]) -> list[dict[str, Any]]:
    failures: list[dict[str, Any]] = []
    for name, (lo, hi) in GAS_LIMITS[kind].items():
        v = readings.get(name)
        if v is None:
            failures.append({"reading": name, "problem": "missing", "message": {
                "en": f"{name} was not measured", "zh": f"未检测 {name}"}})
        elif (lo is not None and v < lo) or (hi is not None and v > hi):
            failures.append({"reading": name, "value": v, "low": lo, "high": hi, "message": {
                "en": f"{name} = {v} outside [{lo}, {hi}]", "zh": f"{name} = {v} 超出范围 [{lo}, {hi}]"}})
    return failures


def record_hash(p: Permit) -> str:
    """What a signature is bound to: the permit's identity and terms (not its live status)."""
    terms = {"id": p.id, "plant": p.plant, "kind": p.kind, "level": p.level, "title": p.title,
             "location": p.location, "applicant": p.applicant, "valid_hours": p.valid_hours}
    return hashlib.sha256(json.dumps(terms, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def sampling_window(p: Permit, now: datetime) -> tuple[datetime, datetime]:
    """The sampling times an analysis of ``p`` may carry: no later than now plus the clock skew, no older
    than the permit's validity window. An activated permit's window opened at its activation, and the
    analysis that opened it was sampled at most ANALYSIS_FRESH before that. A draft has no window yet: its
    length (valid_hours) back from now bounds it; a sample older than that says nothing about this work."""
    if p.valid_until is not None:
        earliest = p.valid_until - timedelta(hours=p.valid_hours) - ANALYSIS_FRESH
    else:
        earliest = now - timedelta(hours=p.valid_hours)
    return earliest, now + CLOCK_SKEW


def fresh_until(a: GasAnalysis) -> datetime:
    """The last moment ``a`` can open or resume the work: its sampling time plus ANALYSIS_FRESH."""
    return a.sampled_at + ANALYSIS_FRESH


def snapshot(p: Permit) -> dict[str, Any]:
    return {"status": p.status, "valid_until": p.valid_until.isoformat() if p.valid_until else None,
            "suspension": p.suspension}


def next_id(db: Session, kind: str) -> str:
    prefix = KINDS[kind][0]
    ids = db.scalars(select(Permit.id).where(Permit.id.like(f"{prefix}-%"))).all()
    nums = [int(i.split("-", 1)[1]) for i in ids if i.split("-", 1)[1].isdigit()]
    return f"{prefix}-{max(nums, default=0) + 1:04d}"


def set_status(db: Session, runtime: LiveRuntime, p: Permit, status: str, who: User | None, why: dict[str, Any],
               action: str, before: dict[str, Any] | None = None) -> None:
    """``before``: the snapshot taken before the caller changed other fields of ``p`` (validity, suspension),
    so the audit entry shows those changes too."""
    before = before if before is not None else snapshot(p)
    p.status = status
    p.history = [*p.history, {"at": utcnow().isoformat(), "by": who.username if who else "system:runtime",
                              "status": status, **why}]
    audit(db, who, action, "permit", p.id, plant=p.plant, before=before, after=snapshot(p))
    # everything is a signal: rules see "permit.CS-0001.status" change
    runtime.signal(db, p.plant, f"permit.{p.id}.status", status)


def due(p: Permit, now: datetime) -> bool:
    """Its validity has ended while the work is on (active or suspended): it expires."""
    return p.status in ("active", "suspended") and p.valid_until is not None and now >= p.valid_until


def expire_if_due(db: Session, runtime: LiveRuntime, p: Permit, now: datetime | None = None) -> bool:
    """The caller holds the permit's plant (LiveRuntime.hold): the expiry is written, then signalled."""
    if due(p, now or utcnow()):
        set_status(db, runtime, p, "expired", None, {"reason": "validity ended"}, "permit.expire")
        return True
    return False


def expire_due(db: Session, runtime: LiveRuntime, now: datetime | None = None) -> list[str]:
    """The periodic sweep: every permit whose validity ended expires, each in a transaction of its own
    under its plant's lock (one transaction over several plants would hold one plant's writes while
    waiting for another plant's lock). Returns the ids expired."""
    now = now or utcnow()
    rows = db.execute(select(Permit.id, Permit.plant).where(Permit.status.in_(("active", "suspended")),
                                                            Permit.valid_until <= now).order_by(Permit.id)).all()
    out = []
    for pid, plant in rows:
        with runtime.hold(db, plant):
            p = db.get(Permit, pid, populate_existing=True)  # as committed now: a person may have closed it
            if p is not None and expire_if_due(db, runtime, p, now):
                out.append(pid)
    return out


def latest_analysis(db: Session, permit_id: str) -> GasAnalysis | None:
    return db.scalar(select(GasAnalysis).where(GasAnalysis.permit_id == permit_id)
                     .order_by(GasAnalysis.sampled_at.desc(), GasAnalysis.id.desc()).limit(1))


def missing_signatures(db: Session, p: Permit) -> list[str]:
    have = {s.meaning for s in db.scalars(select(Signature).where(Signature.permit_id == p.id,
                                                                  Signature.record_hash == record_hash(p)))}
    return [m for m in REQUIRED_SIGNATURES[(p.kind, p.level)] if m not in have]


def permit_states(db: Session, plant: str) -> list[tuple[str, Any]]:
    rows = db.execute(select(Permit.id, Permit.status).where(Permit.plant == plant,
                                                             Permit.status.in_(("active", "suspended"))))
    return [(f"permit.{pid}.status", status) for pid, status in rows]


def suspend_by_rule(db: Session, runtime: LiveRuntime, plant: str, action: Mapping[str, Any],
                    rec: Mapping[str, Any]) -> Mapping[str, Any]:
    pid = str(action.get("permit", ""))
    p = db.get(Permit, pid)
    if p is None or p.plant != plant:
        return {"ok": False, "reason": f"no permit {pid} in plant {plant}"}
    if p.status != "active":
        return {"ok": True, "noop": f"permit is {p.status}"}
    before = snapshot(p)
    if not _claim_suspension(db, p):
        return {"ok": True, "noop": "suspended meanwhile"}
    p.suspended_at = utcnow()
    p.suspension = {"decision": rec.get("id"), "rule": rec.get("rule"), "rule_version": rec.get("rule_version"),
                    "reason": action.get("reason"), "explanation": rec.get("explanation")}
    set_status(db, runtime, p, "suspended", None, {"decision": rec.get("id")}, "permit.suspend", before)
    return {"ok": True, "permit": pid, "status": "suspended"}


def _claim_suspension(db: Session, p: Permit) -> bool:
    """active -> suspended in one statement. A person and a rule stop the work at the same moment (the gas
    alarm that makes the attendant press the button also fires the rule): the first wins, the other changes
    nothing, instead of both writing history and the second overwriting the first's suspension."""
    return compare_and_set(db, update(Permit).where(Permit.id == p.id, Permit.status == "active")
                           .values(status="suspended").execution_options(synchronize_session=False))


def suspend_by_person(db: Session, runtime: LiveRuntime, p: Permit, who: User, reason: str) -> bool:
    """作业中断 by someone on site: the same state, signal and audit action as a rule's suspension, so a rule
    watching ``permit.<id>.status`` cannot tell who stopped the work, and resuming asks the same (a passing
    analysis sampled after ``suspended_at``). False when it was not active (any more): nothing changed.

    Under the plant's runtime lock, taken before the row is written: a rule's suspension writes the row
    while holding that lock, so taking them in the other order could deadlock the two. The router holds it
    to the commit (LiveRuntime.hold); taking it here too keeps any other caller safe (it is re-entrant)."""
    with runtime.plant(db, p.plant).lock:  # re-entrant: the status signal below takes it again
        before = snapshot(p)
        if p.status != "active" or not _claim_suspension(db, p):
            return False
        p.suspended_at = utcnow()
        p.suspension = {"by": who.username, "name": who.display_name, "reason": reason,
                        "at": p.suspended_at.isoformat()}
        set_status(db, runtime, p, "suspended", who, {"reason": reason}, "permit.suspend", before)
        return True
