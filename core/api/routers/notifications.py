"""The caller's own notifications (who gets which: core/api/workflows/notify.py for overdue hazards,
core/api/workflows/rule_notify.py for rules' notify actions). Nobody reads or marks anybody else's: another
user's notification id answers like an unknown one."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import CurrentUser
from core.api.deps import Services, get_db, services
from core.api.errors import not_found
from core.api.models import DbInt
from core.api.workflows.notify import pending_since
from core.storage.base import utcnow
from core.storage.tables_work import Notification

router = APIRouter(tags=["notifications"])
Db = Annotated[Session, Depends(get_db)]
POLL_S = 2.0  # how soon a stream sees a notification another service process made
KEEP_ALIVE_S = 15.0
TITLE = {"zh": "隐患 #42 已超期，升级至第 2 级", "en": "Hazard #42 is overdue: escalated to level 2"}
BODY = {"zh": "梯子护栏松动（plant-a · tank-farm · T-101 ladder）。状态：已指派；责任人：operator1；新期限："
              "2026-01-07 08:00 UTC。您收到此通知的身份：厂区工程师。",
        "en": "Loose ladder guard (plant-a · tank-farm · T-101 ladder). Status: assigned; assignee: operator1; "
              "new deadline: 2026-01-07 08:00 UTC. You are told as an engineer of the plant."}


class NotificationOut(BaseModel):
    id: int = Field(examples=[17])
    kind: str = Field(examples=["hazard.escalation"], description="hazard.escalation | rule.notify")
    plant: str = Field(examples=["plant-a"])
    resource: str = Field(examples=["hazard"])
    resource_id: str = Field(examples=["42"])
    title: dict[str, str] = Field(examples=[TITLE])
    body: dict[str, str] = Field(examples=[BODY])
    data: dict[str, Any] = Field(examples=[{"hazard": 42, "level": 2, "reason": "engineer", "status": "assigned",
                                            "due_at": "2026-01-07T08:00:00+00:00"}])
    created_at: datetime
    read_at: datetime | None = Field(examples=[None])


class NotificationPage(BaseModel):
    items: list[NotificationOut]
    total: int = Field(examples=[3], description="how many match the filter")
    unread: int = Field(examples=[1], description="the caller's unread notifications (the badge)")
    limit: int = Field(examples=[50])
    offset: int = Field(examples=[0])


class ReadAllOut(BaseModel):
    marked: int = Field(examples=[3], description="notifications that were unread and are read now")


def _out(n: Notification) -> NotificationOut:
    return NotificationOut.model_validate(n, from_attributes=True)


def _unread(user_id: int) -> Any:
    return (Notification.user_id == user_id) & Notification.read_at.is_(None)


@router.get("/notifications", response_model=NotificationPage)
def list_notifications(user: CurrentUser, db: Db, unread: bool = False,
                       limit: Annotated[int, Query(ge=1, le=200)] = 50,
                       offset: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0) -> NotificationPage:
    """Newest first; ``unread=true`` leaves out those already read."""
    cond = _unread(user.id) if unread else Notification.user_id == user.id
    total = db.scalar(select(func.count()).select_from(Notification).where(cond)) or 0
    badge = db.scalar(select(func.count()).select_from(Notification).where(_unread(user.id))) or 0
    rows = db.scalars(select(Notification).where(cond).order_by(Notification.id.desc()).limit(limit).offset(offset))
    return NotificationPage(items=[_out(n) for n in rows], total=total, unread=badge, limit=limit, offset=offset)


@router.post("/notifications/{notification_id}/read", response_model=NotificationOut)
def mark_read(notification_id: DbInt, user: CurrentUser, db: Db) -> NotificationOut:
    n = db.get(Notification, notification_id)
    if n is None or n.user_id != user.id:
        raise not_found("notification", notification_id)
    if n.read_at is None:  # reading it twice keeps the first time
        n.read_at = utcnow()
        audit(db, user, "notification.read", "notification", n.id, plant=n.plant)
        db.commit()
    return _out(n)


@router.post("/notifications/read-all", response_model=ReadAllOut)
def mark_all_read(user: CurrentUser, db: Db) -> ReadAllOut:
    ids = list(db.scalars(select(Notification.id).where(_unread(user.id))))
    if ids:
        db.execute(update(Notification).where(Notification.id.in_(ids), Notification.read_at.is_(None))
                   .values(read_at=utcnow()))
        audit(db, user, "notification.read_all", "notification", "*", after={"ids": ids})
        db.commit()
    return ReadAllOut(marked=len(ids))


@router.get("/notifications/stream", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
                             "description": "Server-Sent Events: one `notification` event per notification"}})
async def stream(user: CurrentUser, db: Db, svc: Annotated[Services, Depends(services)],
                 since_id: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
                 max_events: Annotated[int, Query(ge=1, le=100_000)] = 100_000,
                 idle_s: Annotated[float, Query(gt=0, le=3600)] = 3600,
                 access_token: Annotated[str | None, Query(max_length=200, description=(
                     "for EventSource clients, which cannot send an Authorization header"))] = None) -> StreamingResponse:
    """The caller's notifications after ``since_id`` (stored ones first), then new ones as they are made.
    Ends after ``max_events`` or ``idle_s`` seconds without one; a client reconnects with the last id it got."""
    uid = user.id
    # the request's session (the one that authenticated the caller) would hold a pooled connection for as long
    # as the stream is open, and a few dozen open browser tabs would starve the pool: give it back now
    db.close()
    bell = svc.bell.subscribe(uid)

    def fetch(after: int) -> list[dict[str, Any]]:
        with svc.sessions() as db:
            return [_out(n).model_dump(mode="json") for n in pending_since(db, uid, after)]

    async def gen() -> AsyncIterator[str]:
        last, sent = since_id, 0
        active = alive = time.monotonic()
        try:
            while sent < max_events:
                for d in await asyncio.to_thread(fetch, last):
                    last, sent, active = d["id"], sent + 1, time.monotonic()
                    yield f"id: {d['id']}\nevent: notification\ndata: {json.dumps(d, ensure_ascii=False)}\n\n"
                    if sent >= max_events:
                        return
                left = idle_s - (time.monotonic() - active)
                if left <= 0:
                    return
                # woken by this process's bell, or polling for another process's notifications
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(bell.get(), timeout=min(POLL_S, left))
                if time.monotonic() - max(active, alive) >= KEEP_ALIVE_S:
                    alive = time.monotonic()
                    yield ": keep-alive\n\n"
        finally:
            svc.bell.unsubscribe(bell)

    return StreamingResponse(gen(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
