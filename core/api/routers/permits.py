from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import AfterValidator, BaseModel, Field, StringConstraints
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import check_password, check_plant, require, sees
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError, not_found
from core.api.models import In, Label, PlantId, no_html
from core.api.workflows import permits as W
from core.storage.base import utcnow
from core.storage.tables import User
from core.storage.tables_work import GasAnalysis, Permit, Signature

router = APIRouter(tags=["permits"])
Db = Annotated[Session, Depends(get_db)]
Svc = Annotated[Services, Depends(services)]
Manager = Annotated[User, Depends(require("permits.manage"))]
PermitId = Annotated[str, Path(pattern=r"^[A-Z]{2}-[0-9]{4,8}$", examples=["CS-0001"])]
# a person's name as typed on site: surrounding blanks dropped, never only blanks, no markup
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64), AfterValidator(no_html)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500), AfterValidator(no_html)]


class PermitIn(In):
    plant: PlantId
    kind: Literal["hot_work", "confined_space"]
    level: Literal["special", "level1", "level2", "standard"] = Field(examples=["standard"])
    title: Label = Field(examples=["1#储罐内检修"])
    location: Label = Field(examples=["T-101 tank"])
    valid_hours: float = Field(8, gt=0, le=72)
    number: str | None = Field(None, pattern=r"^(HW|CS)-[0-9]{4,8}$", description="pre-printed permit number")


class GasIn(In):
    readings: dict[Literal["o2_pct", "lel_pct", "h2s_ppm", "co_ppm"], float] = Field(
        examples=[{"o2_pct": 20.8, "lel_pct": 0, "h2s_ppm": 0, "co_ppm": 0}])
    sampled_at: datetime | None = Field(
        None, examples=["2026-01-05T08:10:00+08:00"],
        description="when the sample was taken, with its time zone; default: now. At most 2 min ahead of the "
                    "server's clock, not older than the permit's validity window. The 30-minute freshness counts "
                    "from this time.")
    analyst: Name | None = Field(None, examples=["李师傅"],
                                 description="who analysed the sample: a username of this plant or the name of "
                                             "someone without an account; default: you")


class SuspendIn(In):
    reason: Reason = Field(examples=["动火点附近可燃气体报警，撤出作业人员"],
                           description="why the work stops, in Chinese or English as it was said on site")


class SignIn(In):
    meaning: Literal["guardian", "safety", "approver", "plant_manager"] = Field(examples=["approver"])
    password: str = Field(min_length=1, max_length=256, description="re-authentication: the signer's own password")


class SignatureOut(BaseModel):
    username: str = Field(examples=["verifier1"])
    name: str = Field(examples=["王工"])
    meaning: str = Field(examples=["approver"])
    signed_at: datetime
    record_hash: str


class AnalysisOut(BaseModel):
    id: int
    sampled_at: datetime = Field(description="when the sample was taken")
    readings: dict[str, float] = Field(examples=[{"o2_pct": 20.8, "lel_pct": 0, "h2s_ppm": 0, "co_ppm": 0}])
    passing: bool = Field(examples=[True])
    failures: list[dict[str, Any]]
    analyst: str = Field(examples=["李师傅"], description="who analysed it (a username, or a name)")
    recorded_at: datetime = Field(description="when it was entered")
    recorded_by: str = Field(examples=["operator1"], description="who entered it")
    fresh_until: datetime = Field(description="sampled_at + 30 min: the last moment it can start or resume the work")


def _analysis(a: GasAnalysis) -> AnalysisOut:
    return AnalysisOut(id=a.id, sampled_at=a.sampled_at, readings=a.readings, passing=a.passing, failures=a.failures,
                       analyst=a.analyst, recorded_at=a.recorded_at, recorded_by=a.recorded_by,
                       fresh_until=W.fresh_until(a))


class PermitOut(BaseModel):
    id: str = Field(examples=["CS-0001"])
    plant: str = Field(examples=["plant-a"])
    kind: str = Field(examples=["confined_space"])
    level: str = Field(examples=["standard"])
    title: str
    location: str
    status: str = Field(examples=["active"], description="draft active suspended closed expired")
    applicant: str = Field(examples=["operator1"])
    valid_hours: float
    valid_until: datetime | None
    suspended_at: datetime | None
    suspension: dict[str, Any] | None
    history: list[dict[str, Any]]
    signatures: list[SignatureOut]
    missing_signatures: list[str]
    latest_analysis: AnalysisOut | None


def _out(db: Session, p: Permit) -> PermitOut:
    sigs = db.scalars(select(Signature).where(Signature.permit_id == p.id).order_by(Signature.id))
    la = W.latest_analysis(db, p.id)
    return PermitOut(id=p.id, plant=p.plant, kind=p.kind, level=p.level, title=p.title, location=p.location,
                     status=p.status, applicant=p.applicant, valid_hours=p.valid_hours, valid_until=p.valid_until,
                     suspended_at=p.suspended_at, suspension=p.suspension, history=p.history,
                     signatures=[SignatureOut.model_validate(s, from_attributes=True) for s in sigs],
                     missing_signatures=W.missing_signatures(db, p),
                     latest_analysis=_analysis(la) if la else None)


def _get(db: Session, svc: Services, user: User, pid: str) -> Permit:
    p = db.get(Permit, pid)
    if p is None or not sees(user, p.plant):
        raise not_found("permit", pid)
    if W.due(p, utcnow()):
        with svc.runtime.hold(db, p.plant):  # the expiry is written and signalled under the plant's lock
            db.refresh(p)
            W.expire_if_due(db, svc.runtime, p)
    return p


@contextmanager
def _changing(db: Session, svc: Services, user: User, pid: str) -> Iterator[Permit]:
    """The permit, re-read under its plant's lock, for a change the rules see (its status); committed when
    the block ends. Racing changes of one permit (two managers, a person and a rule) see each other."""
    p = _get(db, svc, user, pid)
    with svc.runtime.hold(db, p.plant):
        db.refresh(p)
        yield p


def _state(p: Permit, allowed: tuple[str, ...], verb: str) -> None:
    if p.status not in allowed:
        raise ApiError(409, "wrong_state", f"cannot {verb} a permit that is {p.status}",
                       f"作业票当前状态为 {p.status}，不能{verb}", where=f"permit {p.id}",
                       fix_en=f"allowed from: {', '.join(allowed)}", fix_zh=f"仅在以下状态可操作：{', '.join(allowed)}")


@router.get("/permits", response_model=list[PermitOut])
def list_permits(user: Annotated[User, Depends(require("permits.read"))], db: Db, plant: PlantId | None = None,
                 status: Annotated[str | None, Query(max_length=16)] = None) -> list[PermitOut]:
    q = select(Permit).order_by(Permit.id).limit(500)
    if plant:
        q = q.where(Permit.plant == plant)
    if status:
        q = q.where(Permit.status == status)
    return [_out(db, p) for p in db.scalars(q) if sees(user, p.plant)]


@router.post("/permits", response_model=PermitOut, status_code=201)
def create_permit(body: PermitIn, user: Annotated[User, Depends(require("permits.create"))], db: Db) -> PermitOut:
    check_plant(user, body.plant)
    if body.level not in W.KINDS[body.kind][1]:
        raise ApiError(422, "invalid_level", f"{body.kind} levels are {', '.join(W.KINDS[body.kind][1])}",
                       f"{body.kind} 的级别只能是 {', '.join(W.KINDS[body.kind][1])}", where="/level")
    cap = W.MAX_VALID_HOURS[(body.kind, body.level)]
    if body.valid_hours > cap:
        raise ApiError(422, "too_long", f"a {body.kind}/{body.level} permit is valid at most {cap} h",
                       f"{body.kind}/{body.level} 作业票有效期最长 {cap} 小时", where="/valid_hours")
    pid = body.number or W.next_id(db, body.kind)
    if not pid.startswith(W.KINDS[body.kind][0] + "-"):
        raise ApiError(422, "invalid_number", f"a {body.kind} permit number starts with {W.KINDS[body.kind][0]}-",
                       f"{body.kind} 作业票编号须以 {W.KINDS[body.kind][0]}- 开头", where="/number")
    if db.get(Permit, pid) is not None:
        raise ApiError(409, "exists", f"permit {pid} exists", f"作业票 {pid} 已存在", where="/number")
    p = Permit(id=pid, plant=body.plant, kind=body.kind, level=body.level, title=body.title, location=body.location,
               status="draft", applicant=user.username, valid_hours=body.valid_hours,
               history=[{"at": utcnow().isoformat(), "by": user.username, "status": "draft"}])
    db.add(p)
    audit(db, user, "permit.create", "permit", pid, plant=p.plant, after=W.snapshot(p))
    db.commit()
    return _out(db, p)


@router.get("/permits/{permit_id}", response_model=PermitOut)
def get_permit(permit_id: PermitId, user: Annotated[User, Depends(require("permits.read"))], db: Db, svc: Svc) -> PermitOut:
    return _out(db, _get(db, svc, user, permit_id))


@router.get("/permits/{permit_id}/gas-analyses", response_model=list[AnalysisOut])
def gas_analyses(permit_id: PermitId, user: Annotated[User, Depends(require("permits.read"))], db: Db,
                 svc: Svc) -> list[AnalysisOut]:
    """Every analysis of the permit, newest first (the record an inspector asks for)."""
    p = _get(db, svc, user, permit_id)
    rows = db.scalars(select(GasAnalysis).where(GasAnalysis.permit_id == p.id)
                      .order_by(GasAnalysis.sampled_at.desc(), GasAnalysis.id.desc()))
    return [_analysis(a) for a in rows]


@router.post("/permits/{permit_id}/gas-analyses", response_model=AnalysisOut, status_code=201)
def gas_analysis(permit_id: PermitId, body: GasIn, user: Annotated[User, Depends(require("permits.gas"))], db: Db,
                 svc: Svc) -> AnalysisOut:
    p = _get(db, svc, user, permit_id)
    _state(p, ("draft", "active", "suspended"), "record an analysis for")
    readings = {str(k): float(v) for k, v in body.readings.items()}
    if any(v != v or v in (float("inf"), float("-inf")) or not -1e6 < v < 1e6 for v in readings.values()):
        raise ApiError(422, "invalid_input", "readings must be finite numbers", "读数必须是有限数值", where="/readings")
    now = utcnow()
    sampled = _sampling_time(p, body.sampled_at, now)
    analyst = _analyst(db, p, body.analyst or user.username)
    failures = W.check_gas(p.kind, readings)
    a = GasAnalysis(permit_id=p.id, readings=readings, passing=not failures, failures=failures, sampled_at=sampled,
                    analyst=analyst, recorded_at=now, recorded_by=user.username)
    db.add(a)
    db.flush()
    audit(db, user, "permit.gas_analysis", "permit", p.id, plant=p.plant,
          after={"analysis": a.id, "passing": a.passing, "readings": readings, "sampled_at": sampled.isoformat(),
                 "analyst": analyst})
    db.commit()
    return _analysis(a)


def _sampling_time(p: Permit, given: datetime | None, now: datetime) -> datetime:
    """The sampling time as stored (UTC), or a 422 that says which bound it broke and what to do."""
    if given is None:
        return now
    if given.tzinfo is None or given.utcoffset() is None:
        raise ApiError(422, "time_zone_missing", f"sampled_at {given.isoformat()} has no time zone",
                       f"采样时间 {given.isoformat()} 缺少时区", where="/sampled_at",
                       fix_en="add the offset, e.g. 2026-01-05T08:10:00+08:00, or Z for UTC",
                       fix_zh="请带上时区，例如 2026-01-05T08:10:00+08:00，UTC 时间用 Z 结尾")
    earliest, latest = W.sampling_window(p, now)
    if given > latest:
        raise ApiError(422, "sampled_in_future", f"sampled_at {given.isoformat()} is in the future (server time "
                       f"{now.isoformat(timespec='seconds')}, a device clock may be at most "
                       f"{int(W.CLOCK_SKEW.total_seconds() // 60)} min ahead)",
                       f"采样时间 {given.isoformat()} 晚于当前时间（服务器时间 {now.isoformat(timespec='seconds')}，"
                       f"设备时钟最多允许快 {int(W.CLOCK_SKEW.total_seconds() // 60)} 分钟）", where="/sampled_at",
                       fix_en="enter when the sample was taken, and check the detector's or phone's clock",
                       fix_zh="请填写实际采样时间，并检查检测仪或手机的时钟")
    if given < earliest:
        raise ApiError(422, "sampled_too_early", f"sampled_at {given.isoformat()} is older than the permit's validity "
                       f"window (earliest {earliest.isoformat(timespec='seconds')})",
                       f"采样时间 {given.isoformat()} 早于作业票有效期范围（最早 {earliest.isoformat(timespec='seconds')}）",
                       where="/sampled_at", fix_en="take a new sample: an older one says nothing about this work",
                       fix_zh="请重新采样分析：过早的样品不能代表本次作业的条件")
    return given.astimezone(UTC)


def _analyst(db: Session, p: Permit, name: str) -> str:
    """A name that is an account must be an active person of the permit's plant (a typo naming someone
    else's account would put the result on the wrong person); any other name is someone without an account."""
    who = db.scalar(select(User).where(User.username == name))
    if who is not None and (not who.active or not sees(who, p.plant)):
        raise ApiError(422, "bad_analyst", f"{name!r} is an account, but not an active one of plant {p.plant}",
                       f"“{name}” 是系统账号，但不是厂区 {p.plant} 的在岗人员", where="/analyst",
                       fix_en="name the person who analysed the sample", fix_zh="请填写实际分析人")
    return name


@router.post("/permits/{permit_id}/signatures", response_model=PermitOut, status_code=201)
def sign(permit_id: PermitId, body: SignIn, user: Annotated[User, Depends(require("permits.sign"))], db: Db,
         svc: Svc) -> PermitOut:
    p = _get(db, svc, user, permit_id)
    _state(p, ("draft",), "sign")
    if not check_password(user, body.password):
        raise ApiError(403, "reauth_failed", "signature refused: password is wrong", "签名被拒绝：密码错误",
                       where="/password", fix_en="a signature re-authenticates: enter your own password",
                       fix_zh="签名需要重新验证身份，请输入本人密码")
    if user.username == p.applicant:
        raise ApiError(409, "self_approval", "the applicant cannot sign their own permit", "申请人不能为自己的作业票签字",
                       where="/meaning")
    required = W.REQUIRED_SIGNATURES[(p.kind, p.level)]
    if body.meaning not in required:
        raise ApiError(422, "not_required", f"this permit needs: {', '.join(required)}", f"该作业票需要：{', '.join(required)}",
                       where="/meaning")
    existing = list(db.scalars(select(Signature).where(Signature.permit_id == p.id)))
    if any(s.meaning == body.meaning for s in existing):
        raise ApiError(409, "already_signed", f"{body.meaning} is already signed", f"{body.meaning} 已签字", where="/meaning")
    if any(s.username == user.username for s in existing):
        raise ApiError(409, "one_signature_each", "one person signs one role on a permit (separation of duties)",
                       "同一人只能在一张作业票上签一个角色（职责分离）", where="/meaning")
    s = Signature(permit_id=p.id, username=user.username, name=user.display_name, meaning=body.meaning,
                  record_hash=W.record_hash(p))
    db.add(s)
    audit(db, user, "permit.sign", "permit", p.id, plant=p.plant,
          after={"meaning": body.meaning, "name": user.display_name, "record_hash": s.record_hash})
    db.commit()
    return _out(db, p)


def _fresh_pass(db: Session, p: Permit, after: datetime | None) -> GasAnalysis:
    """The latest analysis by sampling time, if it passed, was sampled at most 30 min ago and (resuming)
    after the suspension; else a 409 saying which of these failed."""
    a = W.latest_analysis(db, p.id)
    now = utcnow()
    if a is None:
        why = ("no gas analysis", "尚无气体分析")
    elif not a.passing:
        why = ("the latest gas analysis failed", "最近一次气体分析不合格")
    elif after is not None and a.sampled_at <= after:
        why = ("the passing analysis was sampled before the suspension", "合格的分析采样于中断之前")
    elif now - a.sampled_at > W.ANALYSIS_FRESH:
        at = a.sampled_at.isoformat(timespec="seconds")
        why = (f"the gas analysis was sampled more than 30 min ago ({at})", f"气体分析采样已超过 30 分钟（{at}）")
    else:
        return a
    raise ApiError(409, "gas_analysis_required", f"{why[0]}: a new passing analysis is required",
                   f"需要新的合格气体分析（{why[1]}）", where=f"permit {p.id}",
                   fix_en="POST /api/permits/{id}/gas-analyses with fresh readings", fix_zh="请重新检测并提交气体分析")


@router.post("/permits/{permit_id}/activate", response_model=PermitOut)
def activate(permit_id: PermitId, user: Manager, db: Db, svc: Svc) -> PermitOut:
    with _changing(db, svc, user, permit_id) as p:
        check_plant(user, p.plant)
        _state(p, ("draft",), "activate")
        missing = W.missing_signatures(db, p)
        if missing:
            raise ApiError(409, "signatures_missing", f"signatures missing: {', '.join(missing)}",
                           f"缺少签字：{', '.join(missing)}", where=f"permit {p.id}", missing=missing)
        a = _fresh_pass(db, p, None)
        before = W.snapshot(p)
        p.valid_until = utcnow() + timedelta(hours=p.valid_hours)
        W.set_status(db, svc.runtime, p, "active", user, {"analysis": a.id}, "permit.activate", before)
    return _out(db, p)


@router.post("/permits/{permit_id}/suspend", response_model=PermitOut, responses={409: {
    "description": "the permit is not active (a draft has not started, a suspended one is stopped already, a "
                   "closed or expired one is over)"}})
def suspend(permit_id: PermitId, body: SuspendIn, user: Annotated[User, Depends(require("permits.suspend"))], db: Db,
            svc: Svc) -> PermitOut:
    """Stop the work now (GB 30871 作业中断): the attendant, the work leader, an engineer or an admin of the plant.
    The permit turns suspended exactly as when a rule suspends it (rules see ``permit.<id>.status =
    suspended``); the reason and who gave it go into the permit's history and suspension. Resuming needs a
    new passing gas analysis sampled after this moment."""
    with _changing(db, svc, user, permit_id) as p:
        check_plant(user, p.plant)
        if not W.suspend_by_person(db, svc.runtime, p, user, body.reason):
            db.refresh(p)  # stopped meanwhile (by a rule or a person): say by whom and since when
            raise _not_active(p)
    return _out(db, p)


def _not_active(p: Permit) -> ApiError:
    since = p.suspended_at.isoformat(timespec="seconds") if p.suspended_at else "?"
    en, zh = {
        "draft": ("it is a draft: the work has not started", "作业票尚未开始作业（草稿）"),
        "suspended": (f"it is suspended already (since {since}): the work is stopped",
                      f"作业票已于 {since} 中断，作业已停止"),
    }.get(p.status, (f"it is {p.status}: the work is over", f"作业票已{'关闭' if p.status == 'closed' else '过期'}，作业已结束"))
    return ApiError(409, "wrong_state", f"cannot suspend permit {p.id}: {en}", f"不能中断作业票 {p.id}：{zh}",
                    where=f"permit {p.id}", fix_en="only an active permit can be suspended; reload to see its state",
                    fix_zh="只有作业中的作业票可以中断，请刷新查看当前状态", current=p.status)


@router.post("/permits/{permit_id}/resume", response_model=PermitOut)
def resume(permit_id: PermitId, user: Manager, db: Db, svc: Svc) -> PermitOut:
    with _changing(db, svc, user, permit_id) as p:
        check_plant(user, p.plant)
        _state(p, ("suspended",), "resume")
        a = _fresh_pass(db, p, p.suspended_at)
        W.set_status(db, svc.runtime, p, "active", user, {"analysis": a.id}, "permit.resume")
    return _out(db, p)


@router.post("/permits/{permit_id}/close", response_model=PermitOut)
def close(permit_id: PermitId, user: Manager, db: Db, svc: Svc) -> PermitOut:
    with _changing(db, svc, user, permit_id) as p:
        check_plant(user, p.plant)
        _state(p, ("draft", "active", "suspended"), "close")
        W.set_status(db, svc.runtime, p, "closed", user, {}, "permit.close")
    return _out(db, p)
