"""Rule lifecycle helpers: the diff between versions and the backtest over stored events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.rules.compile import CompiledRule
from core.runtime.engine import Engine
from core.storage.tables import EventRow
from core.timeutil import format_ts


def _keyed(v: Any, key: str) -> Any:
    """Nodes are compared by id and edges by their wiring, so moving one node is one change, not a shift
    of every later list element."""
    if key == "nodes" and isinstance(v, list) and all(isinstance(n, dict) and "id" in n for n in v):
        return {str(n["id"]): n for n in v}
    if key == "edges" and isinstance(v, list) and all(isinstance(e, dict) for e in v):
        return {f"{e.get('from')}->{e.get('to')}": e for e in v}
    return v


def diff(old: Any, new: Any, path: str = "") -> list[dict[str, Any]]:
    """A list of {op: add|remove|change, path, before?, after?}; position-only node moves are reported
    as ``layout`` so reviewers can tell a canvas tidy-up from a logic change."""
    out: list[dict[str, Any]] = []
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for k in sorted(set(old) | set(new), key=str):
            p = f"{path}/{k}"
            if k not in new:
                out.append({"op": "remove", "path": p, "before": old[k]})
            elif k not in old:
                out.append({"op": "add", "path": p, "after": new[k]})
            else:
                out += diff(_keyed(old[k], str(k)), _keyed(new[k], str(k)), p)
        return out
    if old != new:
        op = "layout" if path.endswith("/position") else "change"
        out.append({"op": op, "path": path, "before": old, "after": new})
    return out


def semantic_diff(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[dict[str, Any]]:
    if old is None:
        return [{"op": "add", "path": "", "after": {"id": new.get("id"), "nodes": len(new.get("nodes", []))}}]
    return [d for d in diff(old, new) if d["path"] != "/version"]


def backtest(db: Session, plant: str, rule: CompiledRule, t0: float, t1: float, limit: int) -> dict[str, Any]:
    """Run one compiled rule over the plant's stored events of [t0, t1], alone in a fresh engine."""
    eng = Engine([rule])
    rows = db.execute(select(EventRow.ts, EventRow.signal, EventRow.value, EventRow.quality)
                      .where(EventRow.plant == plant, EventRow.ts >= t0, EventRow.ts <= t1)
                      .order_by(EventRow.ts, EventRow.id).limit(limit)).all()
    for ts, sig, val, q in rows:
        eng.process(ts, sig, val, q)
    eng.advance(t1)
    timeline = [{"ts": format_ts(d.ts), "state": d.state, "episode": d.episode,
                 "actions": [a.get("type") for a in d.actions]} for d in eng.decisions]
    return {"version": rule.version, "events": len(rows), "fired": sum(1 for d in eng.decisions if d.state == "fired"),
            "unknown": sum(1 for d in eng.decisions if d.state == "unknown"), "timeline": timeline}
