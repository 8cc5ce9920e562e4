from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.auth import require, sees
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError
from core.api.models import In, PlantId
from core.api.workflows.retention import MIN_HIGH_DAYS, prune
from core.runtime.decisions import GENESIS, verify_chain
from core.storage.tables import DecisionRow, PruneRecord, User
from core.timeutil import format_ts, parse_ts

router = APIRouter(tags=["decisions"])
Db = Annotated[Session, Depends(get_db)]
Reader = Annotated[User, Depends(require("decisions.read"))]


class DecisionOut(BaseModel):
    seq: int = Field(examples=[17])
    plant: str = Field(examples=["plant-a"])
    ts: str = Field(examples=["2026-01-05T08:00:01Z"])
    rule: str = Field(examples=["plant.cs.o2_low"])
    rule_version: int = Field(examples=[2])
    risk_level: str
    state: str
    record: dict[str, Any] = Field(description="the hash-chained record (ARCHITECTURE §4 Decisions)")


class VerifyOut(BaseModel):
    plant: str = Field(examples=["plant-a"])
    ok: bool = Field(examples=[True])
    records: int
    pruned: int
    first_bad_seq: int | None = None
    reason: str = ""


class RetentionIn(In):
    now: str | float | None = Field(None, description="event time the ages are measured from; default: wall clock")
    keep_days_low: float = Field(30, ge=1, le=36500, examples=[90], description="L1-L2 decisions")
    keep_days_high: float = Field(MIN_HIGH_DAYS, ge=MIN_HIGH_DAYS, le=36500, description="L3-L4 decisions, at least 180")


class PruneOut(BaseModel):
    plant: str = Field(examples=["plant-a"])
    deleted: int = Field(examples=[1204])
    cutoff_low: str
    cutoff_high: str
    by: str


def _out(r: DecisionRow) -> DecisionOut:
    return DecisionOut(seq=r.seq, plant=r.plant, ts=format_ts(r.ts), rule=r.rule_id, rule_version=r.rule_version,
                       risk_level=r.risk_level, state=r.state, record=r.record)


@router.get("/decisions", response_model=list[DecisionOut])
def list_decisions(user: Reader, db: Db, plant: PlantId, rule: Annotated[str | None, Query(max_length=128)] = None,
                   state: Annotated[str | None, Query(pattern="^(fired|cleared|unknown)$")] = None,
                   since_seq: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0, start: str | None = None, end: str | None = None,
                   limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[DecisionOut]:
    if not sees(user, plant):
        return []
    q = select(DecisionRow).where(DecisionRow.plant == plant, DecisionRow.seq > since_seq)
    try:
        if start:
            q = q.where(DecisionRow.ts >= parse_ts(start))
        if end:
            q = q.where(DecisionRow.ts <= parse_ts(end))
    except ValueError as e:
        raise ApiError(422, "invalid_input", str(e), f"时间格式错误：{e}", where="start/end") from None
    if rule:
        q = q.where(DecisionRow.rule_id == rule)
    if state:
        q = q.where(DecisionRow.state == state)
    return [_out(r) for r in db.scalars(q.order_by(DecisionRow.seq).limit(limit))]


@router.get("/decisions/stream", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
                             "description": "Server-Sent Events: one `decision` event per decision"}})
async def stream(request: Request, user: Reader, db: Db, plant: PlantId, svc: Annotated[Services, Depends(services)],
                 since_seq: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0, max_events: Annotated[int, Query(ge=1, le=100_000)] = 100_000,
                 idle_s: Annotated[float, Query(gt=0, le=3600)] = 3600,
                 access_token: Annotated[str | None, Query(max_length=200, description=(
                     "for EventSource clients, which cannot send an Authorization header"))] = None) -> StreamingResponse:
    """Stored decisions after ``since_seq`` first, then live ones. Ends after ``max_events`` or ``idle_s``
    seconds without a decision (clients reconnect with the last seq: nothing is lost in between)."""
    if not sees(user, plant):
        raise ApiError(403, "plant_forbidden", f"you are not assigned to plant {plant!r}", f"您不属于厂区 “{plant}”")
    # the session that authenticated the caller would otherwise hold a pooled connection for the whole life of
    # the stream (up to an hour): a few dozen open dashboards would starve the pool
    db.close()
    q = svc.runtime.subscribe(frozenset([plant]))
    with svc.sessions() as backlog_db:
        backlog = [_out(r).model_dump() for r in backlog_db.scalars(
            select(DecisionRow).where(DecisionRow.plant == plant, DecisionRow.seq > since_seq)
            .order_by(DecisionRow.seq).limit(max_events))]

    async def gen() -> AsyncIterator[str]:
        sent, last, idle = 0, since_seq, 0.0
        try:
            for d in backlog:
                last = d["seq"]
                sent += 1
                yield f"id: {d['seq']}\nevent: decision\ndata: {json.dumps(d, ensure_ascii=False)}\n\n"
            while sent < max_events:
                try:
                    wait = min(idle_s - idle, 15.0)
                    rec = await asyncio.wait_for(q.get(), timeout=wait)
                except TimeoutError:
                    idle += wait
                    if idle >= idle_s:
                        return
                    yield ": keep-alive\n\n"
                    continue
                idle = 0.0
                if rec["seq"] <= last:
                    continue
                last = rec["seq"]
                sent += 1
                d = {"seq": rec["seq"], "plant": plant, "ts": rec["ts"], "rule": rec["rule"],
                     "rule_version": rec["rule_version"], "risk_level": rec["risk_level"], "state": rec["state"],
                     "record": {k: v for k, v in rec.items() if k not in ("seq", "plant", "action_results")}}
                yield f"id: {d['seq']}\nevent: decision\ndata: {json.dumps(d, ensure_ascii=False)}\n\n"
        finally:
            svc.runtime.unsubscribe(q)

    return StreamingResponse(gen(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


@router.get("/decisions/verify", response_model=VerifyOut)
def verify(plant: PlantId, user: Annotated[User, Depends(require("decisions.verify"))], db: Db) -> VerifyOut:
    """Recompute the plant's hash chain; pruned stretches are crossed by their tombstones."""
    if not sees(user, plant):
        return VerifyOut(plant=plant, ok=True, records=0, pruned=0)
    stones = {t[0]: t for p in db.scalars(select(PruneRecord).where(PruneRecord.plant == plant)) for t in p.tombstones}
    prev, expect, n = GENESIS, 1, 0
    rows = db.scalars(select(DecisionRow).where(DecisionRow.plant == plant).order_by(DecisionRow.seq))
    for r in rows:
        while expect < r.seq and expect in stones:
            t = stones[expect]
            if t[1] != prev:
                return VerifyOut(plant=plant, ok=False, records=n, pruned=len(stones), first_bad_seq=expect,
                                 reason="pruned record does not link to the previous one")
            prev, expect = t[2], expect + 1
        if r.seq != expect:
            return VerifyOut(plant=plant, ok=False, records=n, pruned=len(stones), first_bad_seq=expect,
                             reason="records missing without a prune record")
        res = verify_chain([r.record], prev)
        if not res.ok:
            return VerifyOut(plant=plant, ok=False, records=n, pruned=len(stones), first_bad_seq=r.seq, reason=res.reason)
        prev, expect, n = r.hash, expect + 1, n + 1
    return VerifyOut(plant=plant, ok=True, records=n, pruned=len(stones))


@router.post("/retention/run", response_model=list[PruneOut])
def retention(body: RetentionIn, user: Annotated[User, Depends(require("retention.run"))], db: Db) -> list[PruneOut]:
    import time

    try:
        now = parse_ts(body.now) if body.now is not None else time.time()
    except ValueError as e:
        raise ApiError(422, "invalid_input", str(e), f"时间格式错误：{e}", where="/now") from None
    if not 0 <= now <= 7_258_118_400:
        raise ApiError(422, "invalid_input", "now must be between 1970 and 2200", "now 必须在 1970 到 2200 年之间", where="/now")
    out = [PruneOut(plant=p.plant, deleted=p.deleted, cutoff_low=p.cutoff_low, cutoff_high=p.cutoff_high, by=p.by)
           for p in prune(db, now, body.keep_days_low, body.keep_days_high, user, lambda plant: sees(user, plant))]
    db.commit()
    return out
