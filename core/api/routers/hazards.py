from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.auth import check_plant, require, sees
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError, not_found
from core.api.models import DbInt, In, Label, LongText, PlantId
from core.api.routers.uploads import ID_PATTERN, referenced_upload
from core.api.workflows import hazards as W
from core.api.workflows.notify import deliver
from core.storage.base import utcnow
from core.storage.tables import User
from core.storage.tables_work import Hazard, Permit
from core.timeutil import parse_ts

router = APIRouter(tags=["hazards"])
Db = Annotated[Session, Depends(get_db)]
Svc = Annotated[Services, Depends(services)]
UploadId = Annotated[str, Field(pattern=ID_PATTERN)]


class HazardIn(In):
    plant: PlantId
    title: Label = Field(examples=["储罐区消防通道被占用"])
    description: LongText = ""
    area: Label = Field(examples=["tank-farm"])
    spot: Label = Field(examples=["T-101 east ladder"])
    severity: Literal["general", "major"] = "general"
    photo: UploadId | None = None


class AssignIn(In):
    assignee: str = Field(min_length=1, max_length=64, examples=["operator1"])
    due_hours: float | None = Field(None, gt=0, le=24 * 90)


class RectifyIn(In):
    after_photo: UploadId = Field(examples=["3f2a9c0d4b5e6f708192a3b4c5d6e7f8"])
    note: LongText = ""


class VerifyIn(In):
    accept: bool = Field(examples=[True], description="true closes the hazard, false sends it back to rectifying")
    note: LongText = ""


class NoteIn(In):
    note: LongText = Field("", examples=["护栏再次松动"])


class SlaIn(In):
    now: str | float | None = Field(None, examples=["2026-01-07T08:00:00Z"],
                                    description="the time overdue is measured at; default: now")


class HazardOut(BaseModel):
    id: int = Field(examples=[42])
    plant: str = Field(examples=["plant-a"])
    title: str = Field(examples=["储罐区消防通道被占用"])
    description: str
    area: str
    spot: str
    severity: str
    status: str = Field(examples=["verifying"], description="reported assigned rectifying verifying closed duplicate")
    source: str = Field(examples=["report"], description="report (a person) or rule (a decision)")
    decision_id: str | None
    reporter: str | None
    assignee: str | None
    rectifier: str | None
    verifier: str | None
    photo: str | None
    after_photo: str | None
    context: dict[str, Any]
    duplicate_of: int | None
    spam: bool
    due_at: datetime | None
    escalation: int
    points: int
    history: list[dict[str, Any]]


def _out(h: Hazard) -> HazardOut:
    return HazardOut.model_validate(h, from_attributes=True)


def _get(db: Session, user: User, hid: int) -> Hazard:
    h = db.get(Hazard, hid)
    if h is None or not sees(user, h.plant):
        raise not_found("hazard", hid)
    return h


@contextmanager
def _changing(db: Session, svc: Services, user: User, hid: int) -> Iterator[Hazard]:
    """The hazard, re-read under its plant's lock (the open count its change sends to the rules is then
    counted after every earlier change committed; two racing changes see each other's state); the change
    is committed when the block ends."""
    h = _get(db, user, hid)
    with svc.runtime.hold(db, h.plant):
        db.refresh(h)
        yield h


def _state(h: Hazard, allowed: tuple[str, ...], verb: str) -> None:
    if h.status not in allowed:
        raise ApiError(409, "wrong_state", f"cannot {verb} a hazard that is {h.status}", f"隐患当前为 {h.status}，不能{verb}",
                       where=f"hazard {h.id}", fix_en=f"allowed from: {', '.join(allowed)}",
                       fix_zh=f"仅在以下状态可操作：{', '.join(allowed)}")


def _photo(db: Session, user: User, upload_id: str, plant: str, where: str) -> None:
    u = referenced_upload(db, user, upload_id, plant, where)
    if u is None:
        raise ApiError(422, "photo_missing", f"upload {upload_id} does not exist", f"照片 {upload_id} 不存在", where=where,
                       fix_en=f"upload the photo first with POST /api/uploads?plant={plant}",
                       fix_zh=f"请先通过 POST /api/uploads?plant={plant} 上传照片")
    if not u.content_type.startswith("image/"):
        raise ApiError(422, "not_a_photo", "the upload is not a photo", "上传的文件不是照片", where=where)


@router.get("/hazards", response_model=list[HazardOut])
def list_hazards(user: Annotated[User, Depends(require("hazards.read"))], db: Db, plant: PlantId | None = None,
                 status: Annotated[str | None, Query(max_length=16)] = None, mine: bool = False) -> list[HazardOut]:
    q = select(Hazard).order_by(Hazard.id.desc()).limit(500)
    if plant:
        q = q.where(Hazard.plant == plant)
    if status:
        q = q.where(Hazard.status == status)
    if mine:
        q = q.where(Hazard.reporter == user.username)
    return [_out(h) for h in db.scalars(q) if sees(user, h.plant)]


@router.post("/hazards", response_model=HazardOut, status_code=201)
def report(body: HazardIn, user: Annotated[User, Depends(require("hazards.report"))], db: Db, svc: Svc) -> HazardOut:
    check_plant(user, body.plant)
    if body.photo:
        _photo(db, user, body.photo, body.plant, "/photo")
    permit = db.scalar(select(Permit.id).where(Permit.plant == body.plant, Permit.applicant == user.username,
                                               Permit.status == "active").order_by(Permit.created_at.desc()).limit(1))
    # under the plant's lock before the first write, to the commit: the open count sent to the rules then
    # includes every report committed before, and two reports of one spot see each other (duplicates)
    with svc.runtime.hold(db, body.plant):
        original, mine = W.find_duplicate(db, body.plant, body.area, body.spot, user.username)
        h = Hazard(plant=body.plant, title=body.title, description=body.description, area=body.area, spot=body.spot,
                   severity=body.severity, status="reported", source="report", reporter=user.username,
                   photo=body.photo, context={"certificates": list(user.certificates or []), "permit": permit,
                                              "shift_task": user.shift_task},
                   duplicate_of=original.id if original else None, spam=mine + 1 >= W.SPAM_COUNT,
                   due_at=utcnow() + timedelta(hours=W.SLA_HOURS[body.severity]), history=[])
        db.add(h)
        db.flush()
        # a duplicate is kept (it is evidence) but linked, not counted and never awarded points
        W.transition(db, svc.runtime, h, "duplicate" if original else "reported", user, "hazard.report",
                     duplicate_of=h.duplicate_of, spam=h.spam)
    return _out(h)


@router.get("/hazards/{hazard_id}", response_model=HazardOut)
def get_hazard(hazard_id: DbInt, user: Annotated[User, Depends(require("hazards.read"))], db: Db) -> HazardOut:
    return _out(_get(db, user, hazard_id))


@router.post("/hazards/{hazard_id}/assign", response_model=HazardOut)
def assign(hazard_id: DbInt, body: AssignIn, user: Annotated[User, Depends(require("hazards.assign"))], db: Db,
           svc: Svc) -> HazardOut:
    with _changing(db, svc, user, hazard_id) as h:
        _state(h, ("reported", "assigned"), "assign")
        who = db.scalar(select(User).where(User.username == body.assignee, User.active.is_(True)))
        if who is None or not sees(who, h.plant) or who.role not in ("operator", "engineer", "admin"):
            raise ApiError(422, "bad_assignee", f"{body.assignee!r} is not an active operator/engineer of plant {h.plant}",
                           f"“{body.assignee}” 不是厂区 {h.plant} 的在岗操作员或工程师", where="/assignee")
        h.assignee = who.username
        h.due_at = utcnow() + timedelta(hours=body.due_hours or W.SLA_HOURS.get(h.severity, 72.0))
        W.transition(db, svc.runtime, h, "assigned", user, "hazard.assign", assignee=who.username)
    return _out(h)


def _is_assignee(h: Hazard, user: User) -> None:
    if user.username != h.assignee and user.role != "admin":
        raise ApiError(403, "not_assignee", f"only the assignee ({h.assignee}) can rectify", f"只有责任人（{h.assignee}）可以整改",
                       where=f"hazard {h.id}")


@router.post("/hazards/{hazard_id}/start", response_model=HazardOut)
def start(hazard_id: DbInt, user: Annotated[User, Depends(require("hazards.rectify"))], db: Db, svc: Svc) -> HazardOut:
    with _changing(db, svc, user, hazard_id) as h:
        _state(h, ("assigned",), "start rectifying")
        _is_assignee(h, user)
        W.transition(db, svc.runtime, h, "rectifying", user, "hazard.start")
    return _out(h)


@router.post("/hazards/{hazard_id}/rectify", response_model=HazardOut)
def rectify(hazard_id: DbInt, body: RectifyIn, user: Annotated[User, Depends(require("hazards.rectify"))], db: Db,
            svc: Svc) -> HazardOut:
    with _changing(db, svc, user, hazard_id) as h:
        _state(h, ("assigned", "rectifying"), "rectify")
        _is_assignee(h, user)
        _photo(db, user, body.after_photo, h.plant, "/after_photo")
        h.after_photo, h.rectifier = body.after_photo, user.username
        W.transition(db, svc.runtime, h, "verifying", user, "hazard.rectify", after_photo=body.after_photo,
                     note=body.note)
    return _out(h)


@router.post("/hazards/{hazard_id}/verify", response_model=HazardOut)
def verify(hazard_id: DbInt, body: VerifyIn, user: Annotated[User, Depends(require("hazards.verify"))], db: Db,
           svc: Svc) -> HazardOut:
    with _changing(db, svc, user, hazard_id) as h:
        _state(h, ("verifying",), "verify")
        if user.username == h.rectifier:
            raise ApiError(409, "verifier_is_rectifier", "the verifier must not be the person who rectified",
                           "验收人不能是整改人", where=f"hazard {h.id}", fix_en="ask another verifier",
                           fix_zh="请由其他验收人验收")
        h.verifier = user.username
        if body.accept:
            if h.source == "report" and h.duplicate_of is None and not h.spam and h.reporter:
                h.points = W.POINTS_USEFUL
                reporter = db.scalar(select(User).where(User.username == h.reporter))
                if reporter is not None:
                    reporter.points += W.POINTS_USEFUL
            W.transition(db, svc.runtime, h, "closed", user, "hazard.close", note=body.note, points=h.points)
        else:
            W.transition(db, svc.runtime, h, "rectifying", user, "hazard.reject", note=body.note)
    return _out(h)


@router.post("/hazards/{hazard_id}/reopen", response_model=HazardOut)
def reopen(hazard_id: DbInt, body: NoteIn, user: Annotated[User, Depends(require("hazards.verify"))], db: Db,
           svc: Svc) -> HazardOut:
    with _changing(db, svc, user, hazard_id) as h:
        _state(h, ("closed",), "reopen")
        W.transition(db, svc.runtime, h, "assigned" if h.assignee else "reported", user, "hazard.reopen",
                     note=body.note)
    return _out(h)


@router.post("/hazards/sla/run", response_model=list[HazardOut])
def run_sla(body: SlaIn, user: Annotated[User, Depends(require("hazards.sla"))], db: Db, svc: Svc) -> list[HazardOut]:
    """Escalate every overdue open hazard one level, give it a new, shorter deadline, and notify the people
    of its new level (the assignee; engineers from level 2; administrators from level 3)."""
    try:
        now = datetime.fromtimestamp(parse_ts(body.now), UTC) if body.now is not None else utcnow()
    except (ValueError, OverflowError, OSError) as e:
        raise ApiError(422, "invalid_input", f"bad time: {e}", f"时间格式错误：{e}", where="/now") from None
    out = [_out(h) for h in W.escalate_overdue(db, now, user, lambda plant: sees(user, plant))]
    db.commit()
    deliver(svc)  # after the commit: streams and plugins never hear of a notification that was not stored
    return out
