"""Notifications: who hears of an overdue hazard, the message (zh and en), and its three ways out. (A rule's
``notify`` action makes notifications too: core/api/workflows/rule_notify.py; they share the table, the list
and the stream, but go outward with the rule's own action.)

Who, by the hazard's escalation level (each level adds to the one before; "the plant's" means active users
whose plants include the hazard's plant or are ``["*"]``):

- level 1: the assignee, who owns the deadline. A hazard nobody was assigned yet goes to the plant's
  engineers instead: they are the ones who assign.
- level 2: also the plant's engineers (they can reassign, extend the deadline or help).
- level 3 and up: also the plant's administrators.

Each recipient gets one row per (hazard, level): an escalation run that finds the level already told adds
nothing. The ways out: the notification list (``GET /api/notifications``), the live stream of the
recipient's browser (``GET /api/notifications/stream``, woken by :class:`Bell` in this process and polled
across processes), and the plugins' ``execute_action`` hook as a ``{"type": "notify", ...}`` action, so a
pack or connector can send SMS or WeCom. That action goes out after the notifications are committed, at
least once: ``idempotency_key`` is the same on every retry (the hook's contract), and ``decision`` is None,
since an SLA escalation is the platform's doing, not a rule's.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.storage.base import utcnow
from core.storage.tables import User
from core.storage.tables_work import Hazard, Notification

if TYPE_CHECKING:
    from core.api.deps import Services

log = logging.getLogger("safeblocks.service")
ESCALATION = "hazard.escalation"
# the roles told at each escalation level, beyond the assignee (level 3 stands for every level above)
LEVEL_ROLES: dict[int, tuple[str, ...]] = {1: (), 2: ("engineer",), 3: ("engineer", "admin")}
REASON = {"assignee": ("责任人", "the assignee"), "engineer": ("厂区工程师", "an engineer of the plant"),
          "admin": ("厂区管理员", "an administrator of the plant")}
STATUS_ZH = {"reported": "已上报", "assigned": "已指派", "rectifying": "整改中", "verifying": "待验收"}


def of_plant(u: User, plant: str) -> bool:
    return u.active and ("*" in u.plants or plant in u.plants)


def recipients(db: Session, h: Hazard) -> list[tuple[User, str]]:
    """(user, why) for the hazard's current escalation level, each user once, the assignee first."""
    roles = LEVEL_ROLES[min(max(h.escalation, 1), 3)]
    if h.assignee is None and "engineer" not in roles:
        roles = ("engineer",)  # nobody to own the deadline yet: those who assign hear of it
    out: list[tuple[User, str]] = []
    if h.assignee is not None:
        who = db.scalar(select(User).where(User.username == h.assignee))
        if who is not None and of_plant(who, h.plant):
            out.append((who, "assignee"))
    if roles:
        for u in db.scalars(select(User).where(User.role.in_(roles)).order_by(User.id)):
            if of_plant(u, h.plant) and all(u.id != seen.id for seen, _ in out):
                out.append((u, u.role))
    return out


def _texts(h: Hazard, why: str) -> tuple[dict[str, str], dict[str, str]]:
    due = h.due_at.strftime("%Y-%m-%d %H:%M UTC") if h.due_at else "-"
    where = f"{h.plant} · {h.area} · {h.spot}" if h.spot else f"{h.plant} · {h.area}"
    title = {"zh": f"隐患 #{h.id} 已超期，升级至第 {h.escalation} 级",
             "en": f"Hazard #{h.id} is overdue: escalated to level {h.escalation}"}
    body = {"zh": f"{h.title}（{where}）。状态：{STATUS_ZH.get(h.status, h.status)}；责任人：{h.assignee or '未指派'}；"
                  f"新期限：{due}。您收到此通知的身份：{REASON[why][0]}。",
            "en": f"{h.title} ({where}). Status: {h.status}; assignee: {h.assignee or 'nobody yet'}; "
                  f"new deadline: {due}. You are told as {REASON[why][1]}."}
    return title, body


def notify_escalation(db: Session, h: Hazard) -> list[str]:
    """Add the notifications of the hazard's current escalation level that do not exist yet (the caller
    commits, then calls :func:`deliver`). Returns the usernames told now."""
    key = f"hazard:{h.id}:escalation:{h.escalation}"
    told = set(db.scalars(select(Notification.user_id).where(Notification.key == key)))
    made = []
    for user, why in recipients(db, h):
        if user.id in told:
            continue
        title, body = _texts(h, why)
        n = Notification(user_id=user.id, plant=h.plant, kind=ESCALATION, key=key, resource="hazard",
                         resource_id=str(h.id), title=title, body=body,
                         data={"hazard": h.id, "level": h.escalation, "reason": why, "status": h.status,
                               "due_at": h.due_at.isoformat() if h.due_at else None})
        db.add(n)
        made.append(user.username)
    return made


def deliver(svc: Services, limit: int = 200) -> int:
    """After the commit: wake the recipients' streams and offer every event not yet offered to the plugins
    (one ``notify`` action per event, listing all its recipients). Also the sweep's retry after a crash.
    Returns the number of events offered (at most ``limit``; the next sweep takes the rest)."""
    with svc.sessions() as db:
        # whole events, never part of one: the plugins see one action per idempotency key, with everybody
        keys = list(db.scalars(select(Notification.key).where(Notification.outward_at.is_(None))
                               .group_by(Notification.key).order_by(func.min(Notification.id)).limit(limit)))
        if not keys:
            return 0
        rows = db.execute(select(Notification, User).join(User, User.id == Notification.user_id)
                          .where(Notification.key.in_(keys), Notification.outward_at.is_(None))
                          .order_by(Notification.id)).all()
        svc.bell.ring(n.user_id for n, _ in rows)
        events: dict[str, list[tuple[Notification, User]]] = {}
        for n, u in rows:
            events.setdefault(n.key, []).append((n, u))
        for key, told in events.items():
            first = told[0][0]
            action: dict[str, Any] = {
                "type": "notify", "channel": "app", "source": first.kind, "idempotency_key": key, "plant": first.plant,
                "to": [u.username for _, u in told],
                "recipients": [{"username": u.username, "display_name": u.display_name, "role": u.role,
                                "reason": n.data.get("reason")} for n, u in told],
                "message": {"zh": f"{first.title['zh']}：{first.body['zh']}",
                            "en": f"{first.title['en']}: {first.body['en']}"},
                "resource": first.resource, "resource_id": first.resource_id, "data": dict(first.data)}
            result = svc.host.execute_action(action, None)
            db.execute(update(Notification).where(Notification.key == key, Notification.outward_at.is_(None))
                       .values(outward_at=utcnow(), outward=dict(result) if result else {"handled": False}))
            if result is None:
                log.info("notify %s: no plugin sends it outward (in-app only)", key)
        db.commit()
        return len(events)


class Bell:
    """Wakes the notification streams of users in this process. Streams also poll the database, so a
    notification made by another process reaches them too, a poll interval later."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subs: list[tuple[asyncio.AbstractEventLoop, asyncio.Queue[None], int]] = []

    def subscribe(self, user_id: int) -> asyncio.Queue[None]:
        q: asyncio.Queue[None] = asyncio.Queue(maxsize=1)
        with self._lock:
            self._subs.append((asyncio.get_running_loop(), q, user_id))
        return q

    def unsubscribe(self, q: asyncio.Queue[None]) -> None:
        with self._lock:
            self._subs = [s for s in self._subs if s[1] is not q]

    def listeners(self, user_id: int) -> int:
        with self._lock:
            return sum(1 for s in self._subs if s[2] == user_id)

    def ring(self, user_ids: Iterable[int]) -> None:
        wanted = set(user_ids)
        with self._lock:
            subs = [s for s in self._subs if s[2] in wanted]
        for loop, q, _ in subs:
            try:
                loop.call_soon_threadsafe(_wake, q)
            except RuntimeError:  # the stream's loop is gone: the client left
                self.unsubscribe(q)


def _wake(q: asyncio.Queue[None]) -> None:
    if not q.full():  # one pending wake-up is enough: the stream reads everything new when it wakes
        q.put_nowait(None)


def pending_since(db: Session, user_id: int, after_id: int, limit: int = 100) -> list[Notification]:
    return list(db.scalars(select(Notification).where(Notification.user_id == user_id, Notification.id > after_id)
                           .order_by(Notification.id).limit(limit)))
