from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import check_plant, require, sees
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError
from core.api.models import In, PlantId
from core.runtime.events import Event, event_from_obj
from core.storage.tables import EventRow, User
from core.timeutil import format_ts, parse_ts

router = APIRouter(tags=["events"])
Db = Annotated[Session, Depends(get_db)]
Svc = Annotated[Services, Depends(services)]
MAX_BATCH = 50_000
EVENT_SCHEMA = {"type": "object", "additionalProperties": False, "required": ["ts", "signal"], "properties": {
    "ts": {"oneOf": [{"type": "string"}, {"type": "number"}]}, "signal": {"type": "string", "minLength": 1, "maxLength": 200},
    "value": {"oneOf": [{"type": "number"}, {"type": "string"}, {"type": "boolean"}, {"type": "null"}]},
    "quality": {"enum": ["good", "uncertain", "bad"]}}}
BATCH_EXAMPLE = {"events": [{"ts": "2026-01-05T08:00:00Z", "signal": "CS-01.o2", "value": 20.9},
                            {"ts": "2026-01-05T08:00:01Z", "signal": "CS-01.o2", "value": 18.9, "quality": "good"}]}
OPENAPI_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "additionalProperties": False, "required": ["events"],
                                    "properties": {"events": {"type": "array", "items": EVENT_SCHEMA, "maxItems": MAX_BATCH}}},
                         "example": BATCH_EXAMPLE},
    "text/csv": {"schema": {"type": "string"}, "example": "ts,signal,value,quality\n2026-01-05T08:00:00Z,CS-01.o2,20.9,good\n"},
    "application/x-ndjson": {"schema": {"type": "string"},
                             "example": '{"ts": "2026-01-05T08:00:00Z", "signal": "CS-01.o2", "value": 20.9}\n'}}}}


class DecisionBrief(BaseModel):
    seq: int
    id: str
    ts: str
    rule: str
    rule_version: int
    state: str
    actions: list[str]


class IngestOut(BaseModel):
    accepted: int = Field(examples=[2])
    late: int = Field(examples=[0], description="events older than the plant's event time, logged and dropped")
    decisions: list[DecisionBrief]


class EventOut(BaseModel):
    ts: str = Field(examples=["2026-01-05T08:00:01Z"])
    signal: str = Field(examples=["CS-01.o2"])
    value: Any
    quality: str


class AdvanceIn(In):
    plant: PlantId
    to: str | float = Field(examples=["2026-01-05T08:10:00Z"], description="event time to advance the clock to")


MAX_TS = 7_258_118_400.0  # 2200-01-01: past it a timestamp is a unit mistake (ms or µs), not a date


def checked(ev: Event) -> Event:
    if not 0.0 <= ev.ts <= MAX_TS:
        raise ValueError(f"timestamp {ev.ts} is outside 1970..2200 (epoch seconds, not milliseconds)")
    return ev


def _bad(problems: list[dict[str, Any]]) -> ApiError:
    first = problems[0]
    return ApiError(422, "bad_events", f"{len(problems)} bad event(s), first at {first['pointer']}: {first['message']['en']}; "
                    "nothing was stored", f"{len(problems)} 条事件有误，首个位于 {first['pointer']}：{first['message']['zh']}；"
                    "本批未保存", where=first["pointer"], fix_en="fix the listed events and send the batch again",
                    fix_zh="修正所列事件后重新发送整批", problems=problems[:100])


def parse_json_events(raw: bytes) -> list[Event]:
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError) as e:
        raise ApiError(400, "malformed_json", f"the body is not valid JSON: {e}", f"请求体不是合法的 JSON：{e}",
                       where="body", fix_en='send {"events": [{"ts", "signal", "value", "quality"}, ...]}',
                       fix_zh='请发送 {"events": [...]}') from None
    if isinstance(body, dict):
        extra = set(body) - {"events"}
        if extra or not isinstance(body.get("events"), list):
            raise ApiError(422, "invalid_input", 'the body must be {"events": [...]} (no other fields)',
                           '请求体必须是 {"events": [...]}（不允许其他字段）', where="/events")
        items = body["events"]
    elif isinstance(body, list):
        items = body
    else:
        raise ApiError(422, "invalid_input", 'the body must be {"events": [...]}', '请求体必须是 {"events": [...]}', where="/")
    if len(items) > MAX_BATCH:
        raise ApiError(413, "too_many_events", f"at most {MAX_BATCH} events per batch", f"每批最多 {MAX_BATCH} 条事件")
    out, problems = [], []
    for i, obj in enumerate(items):
        try:
            out.append(checked(event_from_obj(obj)))
        except ValueError as e:
            problems.append({"pointer": f"/events/{i}", "message": {"en": str(e), "zh": f"事件不合法：{e}"}})
    if problems:
        raise _bad(problems)
    return out


def parse_ndjson_events(raw: bytes) -> list[Event]:
    """JSON Lines (one event per line), the runtime's file format, as a batch."""
    out, problems = [], []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(checked(event_from_obj(json.loads(line))))
        except (ValueError, RecursionError) as e:
            problems.append({"pointer": f"line {n}", "message": {"en": str(e), "zh": f"第 {n} 行有误：{e}"}})
    if len(out) > MAX_BATCH:
        raise ApiError(413, "too_many_events", f"at most {MAX_BATCH} events per batch", f"每批最多 {MAX_BATCH} 条事件")
    if problems:
        raise _bad(problems)
    return out


def parse_csv_events(raw: bytes) -> list[Event]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ApiError(400, "encoding", f"CSV is not UTF-8 (byte {e.start})", f"CSV 不是 UTF-8 编码（第 {e.start} 字节）") from None
    lines = text.splitlines()
    header = [c.strip() for c in (lines[0].split(",") if lines else [])]
    if header not in (["ts", "signal", "value"], ["ts", "signal", "value", "quality"]):
        raise ApiError(422, "bad_csv_header", "the CSV header must be ts,signal,value[,quality]",
                       "CSV 表头必须是 ts,signal,value[,quality]", where="line 1")
    out, problems = [], []
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        parts = line.split(",")
        try:
            if len(parts) not in (3, 4):
                raise ValueError(f"expected 3 or 4 columns, found {len(parts)}")
            val: Any
            try:
                val = float(parts[2])
            except ValueError:
                val = None if parts[2] == "" else parts[2]
            obj = {"ts": parts[0], "signal": parts[1], "value": val}
            if len(parts) == 4:
                obj["quality"] = parts[3].strip()
            out.append(checked(event_from_obj(obj)))
        except ValueError as e:
            problems.append({"pointer": f"line {n}", "message": {"en": str(e), "zh": f"第 {n} 行有误：{e}"}})
    if len(out) > MAX_BATCH:
        raise ApiError(413, "too_many_events", f"at most {MAX_BATCH} events per batch", f"每批最多 {MAX_BATCH} 条事件")
    if problems:
        raise _bad(problems)
    return out


def _brief(rec: dict[str, Any]) -> DecisionBrief:
    return DecisionBrief(seq=rec["seq"], id=rec["id"], ts=rec["ts"], rule=rec["rule"], rule_version=rec["rule_version"],
                         state=rec["state"], actions=[str(a.get("type")) for a in rec["actions"]])


@router.post("/events", response_model=IngestOut, openapi_extra=OPENAPI_BODY)
async def post_events(request: Request, plant: Annotated[PlantId, Query(examples=["plant-a"])],
                      user: Annotated[User, Depends(require("events.write"))], db: Db, svc: Svc) -> IngestOut:
    check_plant(user, plant)
    raw = await request.body()
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    events = (parse_csv_events(raw) if ctype == "text/csv" else parse_ndjson_events(raw)
              if ctype == "application/x-ndjson" else parse_json_events(raw))
    if events:  # one audit entry per batch, committed with the events (a failed batch leaves neither)
        audit(db, user, "events.ingest", "events", plant, plant=plant, after={
            "count": len(events), "from": format_ts(min(e.ts for e in events)),
            "to": format_ts(max(e.ts for e in events)), "format": {"text/csv": "csv", "application/x-ndjson": "ndjson"}.get(ctype, "json")})
    res = await run_in_threadpool(svc.runtime.ingest, db, plant, events)
    return IngestOut(accepted=res.events, late=res.late, decisions=[_brief(r) for r in res.decisions])


@router.get("/events", response_model=list[EventOut])
def get_events(plant: PlantId, user: Annotated[User, Depends(require("events.read"))], db: Db,
               start: str | None = None, end: str | None = None, signal: Annotated[str | None, Query(max_length=200)] = None,
               limit: Annotated[int, Query(ge=1, le=10_000)] = 1000) -> list[EventOut]:
    if not sees(user, plant):
        return []
    q = select(EventRow).where(EventRow.plant == plant).order_by(EventRow.ts, EventRow.id).limit(limit)
    try:
        if start:
            q = q.where(EventRow.ts >= parse_ts(start))
        if end:
            q = q.where(EventRow.ts <= parse_ts(end))
    except ValueError as e:
        raise ApiError(422, "invalid_input", str(e), f"时间格式错误：{e}", where="start/end") from None
    if signal:
        q = q.where(EventRow.signal == signal)
    return [EventOut(ts=format_ts(e.ts), signal=e.signal, value=e.value, quality=e.quality) for e in db.scalars(q)]


@router.post("/runtime/advance", response_model=IngestOut)
def advance(body: AdvanceIn, user: Annotated[User, Depends(require("runtime.tick"))], db: Db, svc: Svc) -> IngestOut:
    """Move a plant's clock in event time: timers (staleness, sustained, confirmations) fire."""
    check_plant(user, body.plant)
    try:
        to = parse_ts(body.to)
        if not 0.0 <= to <= MAX_TS:
            raise ValueError(f"time {to} is outside 1970..2200 (epoch seconds, not milliseconds)")
    except ValueError as e:
        raise ApiError(422, "invalid_input", str(e), f"时间格式错误：{e}", where="/to") from None
    audit(db, user, "runtime.advance", "runtime", body.plant, plant=body.plant, after={"to": format_ts(to)})
    recs = svc.runtime.advance(db, body.plant, to)
    db.commit()  # the audit entry, also when the clock was already past ``to``
    return IngestOut(accepted=0, late=0, decisions=[_brief(r) for r in recs])
