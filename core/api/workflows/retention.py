"""Decision retention: L1-L2 decisions after ``keep_days_low``, L3-L4 never before 180 days. Each run
leaves a prune record per plant with a tombstone (seq, prev_hash, hash, rule, version, risk, ts, state) for
every deleted decision, so the remaining chain still verifies across the gap and the deletion is evidenced."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.storage.tables import DecisionRow, PruneRecord, User
from core.timeutil import format_ts

DAY = 86400.0
HIGH_RISK = ("L3", "L4")
MIN_HIGH_DAYS = 180  # high-risk decisions are evidence: kept at least this long whatever a caller asks


@dataclass
class Pruned:
    plant: str
    deleted: int
    cutoff_low: str
    cutoff_high: str
    by: str


def policy_from_env() -> tuple[float, float]:
    """SAFEBLOCKS_RETENTION_DAYS="low,high" for the daily job of `serve` (default 365,1095 days)."""
    raw = os.environ.get("SAFEBLOCKS_RETENTION_DAYS", "365,1095")
    try:
        low, high = (float(x) for x in raw.split(","))
    except ValueError:
        raise RuntimeError(f"SAFEBLOCKS_RETENTION_DAYS={raw!r}: expected 'low_days,high_days' like 365,1095") from None
    return low, max(high, MIN_HIGH_DAYS)


def prune(db: Session, now: float, keep_days_low: float, keep_days_high: float, who: User | None,
          visible: Callable[[str], bool]) -> list[Pruned]:
    low, high = now - keep_days_low * DAY, now - max(keep_days_high, MIN_HIGH_DAYS) * DAY
    cond = or_((DecisionRow.risk_level.in_(HIGH_RISK)) & (DecisionRow.ts < high),
               (DecisionRow.risk_level.not_in(HIGH_RISK)) & (DecisionRow.ts < low))
    by = who.username if who else "system:retention"
    out = []
    for plant in sorted({p for p in db.scalars(select(DecisionRow.plant).where(cond).distinct()) if visible(p)}):
        rows = db.execute(select(DecisionRow.seq, DecisionRow.prev_hash, DecisionRow.hash, DecisionRow.rule_id,
                                 DecisionRow.rule_version, DecisionRow.risk_level, DecisionRow.ts, DecisionRow.state)
                          .where(DecisionRow.plant == plant, cond).order_by(DecisionRow.seq)).all()
        stones = [list(r) for r in rows]
        db.execute(delete(DecisionRow).where(DecisionRow.plant == plant, cond))
        db.add(PruneRecord(by=by, plant=plant, cutoff_low=low, cutoff_high=high, deleted=len(stones), tombstones=stones))
        audit(db, who, "decisions.prune", "decisions", plant, plant=plant,
              after={"deleted": len(stones), "cutoff_low": format_ts(low), "cutoff_high": format_ts(high)})
        out.append(Pruned(plant, len(stones), format_ts(low), format_ts(high), by))
    return out
