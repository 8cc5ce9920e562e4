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

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.runtime import LiveRuntime
from core.storage.base import utcnow
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
ANALYSIS_FRESH = timedelta(minutes=30)  # an analysis older than this before work starts must be repeated


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


def snapshot(p: Permit) -> dict[str, Any]:
    return {"status": p.status, "valid_until": p.valid_until.isoformat() if p.valid_until else None,
            "suspension": p.suspension}


def next_id(db: Session, kind: str) -> str:
    prefix = KINDS[kind][0]
    ids = db.scalars(select(Permit.id).where(Permit.id.like(f"{prefix}-%"))).all()
    nums = [int(i.split("-", 1)[1]) for i in ids if i.split("-", 1)[1].isdigit()]
    return f"{prefix}-{max(nums, default=0) + 1:04d}"


def set_status(db: Session, runtime: LiveRuntime, p: Permit, status: str, who: User | None, why: dict[str, Any],
               action: str) -> None:
    before = snapshot(p)
    p.status = status
    p.history = [*p.history, {"at": utcnow().isoformat(), "by": who.username if who else "system:runtime",
                              "status": status, **why}]
    audit(db, who, action, "permit", p.id, plant=p.plant, before=before, after=snapshot(p))
    # everything is a signal: rules see "permit.CS-0001.status" change
    runtime.signal(db, p.plant, f"permit.{p.id}.status", status)


def expire_if_due(db: Session, runtime: LiveRuntime, p: Permit, now: datetime | None = None) -> bool:
    now = now or utcnow()
    if p.status in ("active", "suspended") and p.valid_until is not None and now >= p.valid_until:
        set_status(db, runtime, p, "expired", None, {"reason": "validity ended"}, "permit.expire")
        return True
    return False


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
    p.suspended_at = utcnow()
    p.suspension = {"decision": rec.get("id"), "rule": rec.get("rule"), "rule_version": rec.get("rule_version"),
                    "reason": action.get("reason"), "explanation": rec.get("explanation")}
    set_status(db, runtime, p, "suspended", None, {"decision": rec.get("id")}, "permit.suspend")
    return {"ok": True, "permit": pid, "status": "suspended"}
