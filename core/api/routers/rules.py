from __future__ import annotations

import copy
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import check_plant, require, sees
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError, not_found
from core.api.models import DbInt, In, PlantId, labels_without_html
from core.api.ruleops import backtest, semantic_diff
from core.rules.problems import RuleError
from core.rules.validate import validate
from core.storage.base import utcnow
from core.storage.repos import compare_and_set, rule_version
from core.storage.tables import Rule, RuleVersion, User
from core.timeutil import parse_ts

router = APIRouter(tags=["rules"])
Reader = Annotated[User, Depends(require("rules.read"))]
Writer = Annotated[User, Depends(require("rules.write"))]
Db = Annotated[Session, Depends(get_db)]
Svc = Annotated[Services, Depends(services)]
RULE_EXAMPLE = {"schema": "safeblocks.rule/1", "id": "plant.cs.o2_low", "version": 1,
                "title": {"zh": "受限空间氧含量低", "en": "Confined space O2 low"}, "risk_level": "L3",
                "nodes": [{"id": "o2", "block": "signal", "params": {"signal": "CS-01.o2", "unit": "%vol", "period_s": 1}},
                          {"id": "low", "block": "compare.lt", "params": {"value": 19.5, "unit": "%vol"}},
                          {"id": "alert", "block": "action.alert", "params": {"level": "alarm"}}],
                "edges": [{"from": "o2.value", "to": "low.x"}, {"from": "low.out", "to": "alert.when"}]}
RuleDoc = Annotated[dict[str, Any], Field(examples=[RULE_EXAMPLE], description="a safeblocks.rule/1 document")]


class RuleCreate(In):
    plant: PlantId = Field(examples=["plant-a"])
    doc: RuleDoc


class DraftSave(In):
    doc: RuleDoc
    base_revision: int = Field(ge=1, le=2**31 - 1, examples=[1], description="the revision you loaded; stale -> 409")


class PublishIn(In):
    base_revision: int | None = Field(None, ge=1, le=2**31 - 1, examples=[3], description="publish only if the draft is still this revision")
    note: str = Field("", max_length=2000)
    deploy: bool = Field(True, description="load the new version into the plant's engine at once")


class RollbackIn(In):
    to_version: int = Field(ge=1, le=2**31 - 1, examples=[1])
    note: str = Field("", max_length=2000)
    deploy: bool = True


class DeployIn(In):
    version: int | None = Field(None, ge=1, le=2**31 - 1, examples=[2], description="default: the published version")


class BacktestIn(In):
    start: str | float = Field(examples=["2026-01-05T08:00:00Z"])
    end: str | float = Field(examples=["2026-01-05T09:00:00Z"])
    max_events: int = Field(200_000, ge=1, le=1_000_000)


class RuleOut(BaseModel):
    id: str = Field(examples=["plant.cs.o2_low"])
    plant: str = Field(examples=["plant-a"])
    revision: int = Field(examples=[3], description="draft revision: send it back as base_revision")
    published_version: int | None
    deployed_version: int | None
    updated_at: datetime
    updated_by: str
    draft: dict[str, Any]


class VersionOut(BaseModel):
    rule_id: str = Field(examples=["plant.cs.o2_low"])
    version: int = Field(examples=[2])
    hash: str
    diff: list[dict[str, Any]] = Field(examples=[[{"op": "change", "path": "/nodes/low/params/value", "before": 19.5,
                                                   "after": 19.0}]])
    note: str
    rollback_of: int | None
    published_at: datetime
    published_by: str
    doc: dict[str, Any]
    deployed: bool = False


class ValidationOut(BaseModel):
    ok: bool
    problems: list[dict[str, Any]] = Field(examples=[[{"code": "cycle", "severity": "error", "path": ["n3", "n5"],
                                                       "message": {"en": "cycle", "zh": "环路"}}]])


class BacktestOut(BaseModel):
    start: str = Field(examples=["2026-01-05T08:00:00Z"])
    end: str = Field(examples=["2026-01-05T09:00:00Z"])
    draft: dict[str, Any]
    published: dict[str, Any] | None


def _out(r: Rule) -> RuleOut:
    return RuleOut.model_validate(r, from_attributes=True)


def _vout(v: RuleVersion, deployed: int | None) -> VersionOut:
    out = VersionOut.model_validate(v, from_attributes=True)
    out.deployed = v.version == deployed
    return out


def _get(db: Session, user: User, rule_id: str) -> Rule:
    r = db.get(Rule, rule_id)
    if r is None or not sees(user, r.plant):
        raise not_found("rule", rule_id)
    return r


def _check_doc(doc: dict[str, Any], rule_id: str | None = None) -> None:
    rid = doc.get("id")
    if not isinstance(rid, str) or not rid or len(rid) > 128:
        raise ApiError(422, "invalid_input", "the rule document needs an 'id' (text, at most 128 characters)",
                       "规则文档需要 id（文本，最多 128 个字符）", where="/doc/id")
    if rule_id is not None and rid != rule_id:
        raise ApiError(422, "id_mismatch", f"document id {rid!r} differs from the URL's {rule_id!r}",
                       f"文档 id “{rid}” 与地址中的 “{rule_id}” 不一致", where="/doc/id",
                       fix_en="create a new rule to change its id", fix_zh="如需改 id，请新建规则")
    bad = labels_without_html(doc, "/doc")
    if bad:
        raise ApiError(422, "html_in_text", f"HTML/markup is not allowed in labels ({bad[0][0]})",
                       f"标签中不允许 HTML 标记（{bad[0][0]}）", where=bad[0][0], fix_en="remove the '<...>' markup",
                       fix_zh="删除 “<...>” 标记", problems=[{"pointer": p, "code": "html_in_text"} for p, _ in bad])


def _problems(svc: Services, doc: dict[str, Any]) -> list[dict[str, Any]]:
    caps = {pid: lp.manifest.capabilities for pid, lp in svc.host.packs.items()}
    probs, _ = validate(doc, svc.host.registry, caps)
    return [p.to_json() for p in probs]


@router.get("/rules", response_model=list[RuleOut])
def list_rules(user: Reader, db: Db, plant: Annotated[PlantId | None, Query()] = None) -> list[RuleOut]:
    q = select(Rule).order_by(Rule.id)
    if plant:
        q = q.where(Rule.plant == plant)
    return [_out(r) for r in db.scalars(q) if sees(user, r.plant)]


@router.post("/rules", response_model=RuleOut, status_code=201)
def create_rule(body: RuleCreate, user: Writer, db: Db) -> RuleOut:
    check_plant(user, body.plant)
    _check_doc(body.doc)
    rid = body.doc["id"]
    if db.get(Rule, rid) is not None:
        raise ApiError(409, "exists", f"rule {rid!r} exists", f"规则 “{rid}” 已存在", where="/doc/id",
                       fix_en="edit its draft with PUT /api/rules/{id}/draft", fix_zh="请通过 PUT 修改其草稿")
    r = Rule(id=rid, plant=body.plant, draft=body.doc, revision=1, updated_by=user.username)
    db.add(r)
    audit(db, user, "rule.create", "rule", rid, plant=body.plant, after={"draft": body.doc})
    db.commit()
    return _out(r)


@router.get("/rules/{rule_id}", response_model=RuleOut)
def get_rule(rule_id: str, user: Reader, db: Db) -> RuleOut:
    return _out(_get(db, user, rule_id))


@router.put("/rules/{rule_id}/draft", response_model=RuleOut, responses={409: {"description": "stale base revision"}})
def save_draft(rule_id: str, body: DraftSave, user: Writer, db: Db) -> RuleOut:
    r = _get(db, user, rule_id)
    _check_doc(body.doc, rule_id)
    before = {"revision": r.revision, "draft": r.draft}
    # compare-and-set in one statement: two saves over the same revision cannot both win
    won = body.base_revision == r.revision and compare_and_set(db,
        update(Rule).where(Rule.id == rule_id, Rule.revision == body.base_revision)
        .values(draft=body.doc, revision=body.base_revision + 1, updated_at=utcnow(), updated_by=user.username))
    if not won:
        db.rollback()
        db.refresh(r)
        raise ApiError(409, "stale_revision",
                       f"the draft is at revision {r.revision} (by {r.updated_by}); you edited revision {body.base_revision}",
                       f"草稿已被 {r.updated_by} 更新到第 {r.revision} 版，您基于第 {body.base_revision} 版修改",
                       where=f"/api/rules/{rule_id}/draft", fix_en="merge your change into the current draft and save "
                       "with its revision", fix_zh="请将修改合并到当前草稿，并以当前版本号保存",
                       current={"revision": r.revision, "updated_by": r.updated_by, "doc": r.draft},
                       yours={"base_revision": body.base_revision, "doc": body.doc})
    audit(db, user, "rule.save_draft", "rule", rule_id, plant=r.plant, before=before,
          after={"revision": body.base_revision + 1, "draft": body.doc})
    db.commit()
    db.refresh(r)
    return _out(r)


@router.post("/rules/{rule_id}/validate", response_model=ValidationOut)
def validate_draft(rule_id: str, user: Reader, db: Db, svc: Svc) -> ValidationOut:
    probs = _problems(svc, _get(db, user, rule_id).draft)
    return ValidationOut(ok=not any(p["severity"] == "error" for p in probs), problems=probs)


def _new_version(db: Session, svc: Svc, user: User, r: Rule, doc: dict[str, Any], note: str, deploy: bool,
                 rollback_of: int | None = None) -> VersionOut:
    probs = _problems(svc, doc)
    if any(p["severity"] == "error" for p in probs):
        raise ApiError(422, "rule_invalid", "the rule has errors: nothing was published", "规则有错误，未发布",
                       where=f"rule {r.id}", fix_en="fix the problems (each has a pointer) and publish again",
                       fix_zh="按 problems 中的位置修正后重新发布", problems=probs)
    prev = rule_version(db, r.id, r.published_version)
    version = (r.published_version or 0) + 1
    doc = copy.deepcopy(doc)
    doc["version"] = version  # the decision names this number (rule_version)
    compiled = svc.runtime.compile(doc)
    v = RuleVersion(rule_id=r.id, version=version, doc=doc, hash=compiled.hash,
                    diff=semantic_diff(prev.doc if prev else None, doc), note=note, rollback_of=rollback_of,
                    published_by=user.username)
    db.add(v)
    before = {"published_version": r.published_version, "deployed_version": r.deployed_version}
    r.published_version = version
    audit(db, user, "rule.rollback" if rollback_of else "rule.publish", "rule", r.id, plant=r.plant, before=before,
          after={"published_version": version, "hash": compiled.hash, "diff": v.diff})
    db.commit()  # a concurrent publish of the same number fails here (unique rule_id+version) -> 409
    if deploy:  # only a stored version is ever deployed
        # seeding the rule stores state events (and decisions): under the plant's lock, held to the commit
        with svc.runtime.hold(db, r.plant):
            svc.runtime.deploy(db, r.plant, compiled)
            r.deployed_version = version
            audit(db, user, "rule.deploy", "rule", r.id, plant=r.plant, after={"deployed_version": version})
    return _vout(v, r.deployed_version)


@router.post("/rules/{rule_id}/publish", response_model=VersionOut, status_code=201)
def publish(rule_id: str, body: PublishIn, user: Writer, db: Db, svc: Svc) -> VersionOut:
    r = _get(db, user, rule_id)
    if body.base_revision is not None and body.base_revision != r.revision:
        raise ApiError(409, "stale_revision", f"the draft moved to revision {r.revision}", f"草稿已更新到第 {r.revision} 版",
                       where=f"/api/rules/{rule_id}/publish", fix_en="review the current draft, then publish it",
                       fix_zh="请先查看当前草稿再发布", current={"revision": r.revision, "doc": r.draft},
                       yours={"base_revision": body.base_revision})
    return _new_version(db, svc, user, r, r.draft, body.note, body.deploy)


@router.post("/rules/{rule_id}/rollback", response_model=VersionOut, status_code=201)
def rollback(rule_id: str, body: RollbackIn, user: Writer, db: Db, svc: Svc) -> VersionOut:
    r = _get(db, user, rule_id)
    old = rule_version(db, r.id, body.to_version)
    if old is None:
        raise not_found("rule version", f"{rule_id}@{body.to_version}")
    r.draft, r.revision, r.updated_by, r.updated_at = old.doc, r.revision + 1, user.username, utcnow()
    return _new_version(db, svc, user, r, old.doc, body.note or f"rollback to {body.to_version}", body.deploy,
                        rollback_of=body.to_version)


@router.get("/rules/{rule_id}/versions", response_model=list[VersionOut])
def versions(rule_id: str, user: Reader, db: Db) -> list[VersionOut]:
    r = _get(db, user, rule_id)
    rows = db.scalars(select(RuleVersion).where(RuleVersion.rule_id == r.id).order_by(RuleVersion.version))
    return [_vout(v, r.deployed_version) for v in rows]


@router.get("/rules/{rule_id}/versions/{version}", response_model=VersionOut)
def get_version(rule_id: str, version: DbInt, user: Reader, db: Db) -> VersionOut:
    r = _get(db, user, rule_id)
    v = rule_version(db, r.id, version)
    if v is None:
        raise not_found("rule version", f"{rule_id}@{version}")
    return _vout(v, r.deployed_version)


@router.post("/rules/{rule_id}/deploy", response_model=RuleOut)
def deploy(rule_id: str, body: DeployIn, user: Writer, db: Db, svc: Svc) -> RuleOut:
    r = _get(db, user, rule_id)
    want = body.version or r.published_version
    v = db.scalar(select(RuleVersion).where(RuleVersion.rule_id == r.id, RuleVersion.version == want)) if want else None
    if v is None:
        raise ApiError(409, "not_published", "nothing to deploy: publish a version first", "没有可部署的版本，请先发布",
                       where=f"rule {rule_id}")
    try:
        compiled = svc.runtime.compile(v.doc)
    except RuleError as e:
        raise ApiError(422, "rule_invalid", "this version no longer compiles", "该版本已无法编译",
                       problems=[p.to_json() for p in e.problems]) from None
    # seeding the rule stores state events (and decisions): under the plant's lock, held to the commit
    with svc.runtime.hold(db, r.plant):
        svc.runtime.deploy(db, r.plant, compiled)
        before = r.deployed_version
        r.deployed_version = v.version
        audit(db, user, "rule.deploy", "rule", r.id, plant=r.plant, before={"deployed_version": before},
              after={"deployed_version": v.version})
    return _out(r)


@router.post("/rules/{rule_id}/undeploy", response_model=RuleOut)
def undeploy(rule_id: str, user: Writer, db: Db, svc: Svc) -> RuleOut:
    r = _get(db, user, rule_id)
    svc.runtime.undeploy(db, r.plant, r.id)
    before, r.deployed_version = r.deployed_version, None
    audit(db, user, "rule.undeploy", "rule", r.id, plant=r.plant, before={"deployed_version": before},
          after={"deployed_version": None})
    db.commit()
    return _out(r)


@router.post("/rules/{rule_id}/backtest", response_model=BacktestOut)
def run_backtest(rule_id: str, body: BacktestIn, user: Writer, db: Db, svc: Svc) -> BacktestOut:
    r = _get(db, user, rule_id)
    try:
        t0, t1 = parse_ts(body.start), parse_ts(body.end)
        if not (0.0 <= t0 <= 7_258_118_400 and 0.0 <= t1 <= 7_258_118_400):
            raise ValueError("times must be within 1970..2200 (epoch seconds, not milliseconds)")
    except ValueError as e:
        raise ApiError(422, "invalid_input", str(e), f"时间格式错误：{e}", where="/start") from None
    if t1 < t0:
        raise ApiError(422, "invalid_input", "end is before start", "结束时间早于开始时间", where="/end")
    doc = copy.deepcopy(r.draft)
    doc["version"] = (r.published_version or 0) + 1
    try:
        draft = svc.runtime.compile(doc)
    except RuleError as e:
        raise ApiError(422, "rule_invalid", "the draft has errors", "草稿有错误",
                       problems=[p.to_json() for p in e.problems]) from None
    pub = None
    if r.published_version:
        v = rule_version(db, r.id, r.published_version)
        if v is not None:
            pub = backtest(db, r.plant, svc.runtime.compile(v.doc), t0, t1, body.max_events)
    return BacktestOut(start=str(body.start), end=str(body.end), draft=backtest(db, r.plant, draft, t0, t1, body.max_events),
                       published=pub)
