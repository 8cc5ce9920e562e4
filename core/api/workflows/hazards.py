"""Hazard closed loop: report -> assigned -> rectifying -> verifying -> closed (or reopened)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.runtime import LiveRuntime
from core.api.workflows.notify import notify_escalation
from core.storage.base import utcnow
from core.storage.repos import compare_and_set
from core.storage.tables import User
from core.storage.tables_work import Hazard

DUPLICATE_WINDOW = timedelta(minutes=15)
SPAM_COUNT = 3  # the 3rd report of one spot by one person within the window is flagged as spam
SLA_HOURS = {"general": 72.0, "major": 24.0}
POINTS_USEFUL = 10


def snapshot(h: Hazard) -> dict[str, Any]:
    return {"status": h.status, "assignee": h.assignee, "rectifier": h.rectifier, "verifier": h.verifier,
            "after_photo": h.after_photo, "escalation": h.escalation, "duplicate_of": h.duplicate_of, "spam": h.spam}


def transition(db: Session, runtime: LiveRuntime | None, h: Hazard, status: str, who: User | None, action: str,
               **info: Any) -> None:
    before = snapshot(h)
    h.status = status
    h.updated_at = utcnow()
    h.history = [*h.history, {"at": h.updated_at.isoformat(), "by": who.username if who else "system:runtime",
                              "status": status, **info}]
    audit(db, who, action, "hazard", h.id, plant=h.plant, before=before, after=snapshot(h))
    if runtime is not None:
        publish_counts(db, runtime, h.plant, h.area)


def publish_counts(db: Session, runtime: LiveRuntime, plant: str, area: str) -> None:
    """A hazard can feed a rule: the open count of an area is the signal ``hazard.<area>.open``."""
    n = db.scalar(select(func.count()).select_from(Hazard).where(
        Hazard.plant == plant, Hazard.area == area, Hazard.status.not_in(("closed", "duplicate")))) or 0
    runtime.signal(db, plant, f"hazard.{area}.open", float(n))


def hazard_counts(db: Session, plant: str) -> list[tuple[str, Any]]:
    rows = db.execute(select(Hazard.area, func.count()).where(Hazard.plant == plant,
                                                              Hazard.status.not_in(("closed", "duplicate")))
                      .group_by(Hazard.area))
    return [(f"hazard.{area}.open", float(n)) for area, n in rows]


def find_duplicate(db: Session, plant: str, area: str, spot: str, reporter: str | None) -> tuple[Hazard | None, int]:
    """The earliest open hazard of the same spot within the window, and how many of them this reporter filed."""
    since = utcnow() - DUPLICATE_WINDOW
    rows = list(db.scalars(select(Hazard).where(Hazard.plant == plant, Hazard.area == area, Hazard.spot == spot,
                                                Hazard.created_at >= since).order_by(Hazard.id)))
    original = next((h for h in rows if h.duplicate_of is None and h.status != "closed"), None)
    mine = sum(1 for h in rows if reporter is not None and h.reporter == reporter)
    return original, mine


def escalate_overdue(db: Session, now: datetime, who: User | None, visible: Callable[[str], bool]) -> list[Hazard]:
    """Every overdue open hazard goes up one escalation level, gets a new, shorter deadline, and the people of
    its new level are notified (workflows.notify; the caller commits, then calls notify.deliver)."""
    out = []
    # oldest first: without an order PostgreSQL returns heap order, and notifications (and their delivery)
    # would follow whichever hazard row was rewritten last
    overdue = db.scalars(select(Hazard).where(Hazard.status.not_in(("closed", "duplicate")), Hazard.due_at < now)
                         .order_by(Hazard.id))
    for h in list(overdue):
        if not visible(h.plant):
            continue
        level, due = h.escalation + 1, now + timedelta(hours=SLA_HOURS.get(h.severity, 72.0) / 2)
        # compare-and-set on the level: service processes sweeping one database at once escalate (and
        # notify) a hazard once; the loser of the race skips it
        if not compare_and_set(db, update(Hazard).where(Hazard.id == h.id, Hazard.escalation == h.escalation)
                               .values(escalation=level, due_at=due).execution_options(synchronize_session=False)):
            continue
        h.escalation, h.due_at = level, due
        told = notify_escalation(db, h)
        transition(db, None, h, h.status, who, "hazard.escalate", escalation=h.escalation, notified=told)
        out.append(h)
    return out


def open_hazard_from_rule(db: Session, runtime: LiveRuntime, plant: str, action: Mapping[str, Any],
                          rec: Mapping[str, Any]) -> Mapping[str, Any]:
    title = action.get("title") or {}
    text = (title.get("zh") or title.get("en")) if isinstance(title, Mapping) else None
    area = str(action.get("area") or rec.get("rule", "rule"))[:64]
    severity = str(action.get("severity", "general"))
    spot = str(rec.get("rule", ""))[:128]
    # a rule firing again within the window while its hazard is open adds evidence, not a second hazard
    original, _ = find_duplicate(db, plant, area, spot, None)
    h = Hazard(plant=plant, title=(text or str(rec.get("explanation", {}).get("zh", rec.get("rule"))))[:200],
               description=str(rec.get("explanation", {}).get("en", ""))[:4000], area=area,
               spot=spot, severity=severity, status="reported", source="rule",
               duplicate_of=original.id if original else None,
               decision_id=str(rec.get("id")), context={"decision": rec.get("id"), "rule": rec.get("rule"),
                                                        "rule_version": rec.get("rule_version"), "inputs": rec.get("inputs")},
               due_at=utcnow() + timedelta(hours=SLA_HOURS.get(severity, 72.0)), history=[])
    db.add(h)
    db.flush()
    transition(db, runtime, h, "duplicate" if original else "reported", None, "hazard.create_by_rule",
               decision=rec.get("id"), duplicate_of=h.duplicate_of)
    return {"ok": True, "hazard": h.id, "duplicate_of": h.duplicate_of}
