from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from typing import Annotated, Any

import jsonschema
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import check_plant, require, sees
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError, not_found
from core.api.models import DbInt, I18nText, In, PlantId, labels_without_html
from core.api.routers.uploads import referenced_upload
from core.storage.base import utcnow
from core.storage.repos import compare_and_set, form_version
from core.storage.tables import User
from core.storage.tables_work import Form, FormVersion, Submission

router = APIRouter(tags=["forms"])
Db = Annotated[Session, Depends(get_db)]
Writer = Annotated[User, Depends(require("forms.write"))]
FormId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,127}$", examples=["plant-a.gas_check"])]
WIDGETS = {"text", "textarea", "number", "choice", "datetime", "photo", "signature", "location", "device", "signal"}
UPLOAD_WIDGETS = {"photo", "signature"}
SCHEMA_EXAMPLE = {"type": "object", "required": ["o2"], "additionalProperties": False, "properties": {
    "o2": {"type": "number", "title": "O2 %vol"}, "ok": {"type": "boolean"}, "photo": {"type": "string"},
    "why": {"type": "string", "maxLength": 500}}}
UI_EXAMPLE = {"o2": {"widget": "number", "unit": "%vol"}, "photo": {"widget": "photo"},
              "why": {"widget": "textarea", "visible_if": {"field": "ok", "equals": False}}}


class FormIn(In):
    id: FormId
    plant: PlantId
    title: I18nText
    schema_: dict[str, Any] = Field(alias="schema", examples=[SCHEMA_EXAMPLE])
    ui_schema: dict[str, Any] = Field(default_factory=dict, examples=[UI_EXAMPLE])


class FormSave(In):
    title: I18nText
    schema_: dict[str, Any] = Field(alias="schema", examples=[SCHEMA_EXAMPLE])
    ui_schema: dict[str, Any] = Field(default_factory=dict, examples=[UI_EXAMPLE])
    base_revision: int = Field(ge=1, le=2**31 - 1, examples=[1])


class SubmissionIn(In):
    version: int = Field(ge=1, le=2**31 - 1, description="the form version the data was filled on")
    data: dict[str, Any] = Field(examples=[{"o2": 20.8, "ok": True}])


class FormOut(BaseModel):
    id: str = Field(examples=["plant-a.gas_check"])
    plant: str = Field(examples=["plant-a"])
    title: dict[str, Any]
    schema_: dict[str, Any] = Field(alias="schema", serialization_alias="schema")
    ui_schema: dict[str, Any]
    revision: int
    published_version: int | None
    updated_at: datetime
    updated_by: str


class FormVersionOut(BaseModel):
    form_id: str = Field(examples=["plant-a.gas_check"])
    version: int = Field(examples=[2])
    title: dict[str, Any]
    schema_: dict[str, Any] = Field(alias="schema", serialization_alias="schema")
    ui_schema: dict[str, Any]
    published_at: datetime
    published_by: str


class SubmissionOut(BaseModel):
    id: int = Field(examples=[311])
    form_id: str = Field(examples=["plant-a.gas_check"])
    form_version: int = Field(examples=[2])
    plant: str
    data: dict[str, Any]
    submitted_by: str
    submitted_at: datetime


def _fout(f: Form) -> FormOut:
    return FormOut(id=f.id, plant=f.plant, title=f.title, schema=f.schema, ui_schema=f.ui_schema, revision=f.revision,
                   published_version=f.published_version, updated_at=f.updated_at, updated_by=f.updated_by)


def _vout(v: FormVersion) -> FormVersionOut:
    return FormVersionOut(form_id=v.form_id, version=v.version, title=v.title, schema=v.schema, ui_schema=v.ui_schema,
                          published_at=v.published_at, published_by=v.published_by)


def form_problems(schema: dict[str, Any], ui: dict[str, Any]) -> list[dict[str, Any]]:
    probs: list[dict[str, Any]] = []

    def p(ptr: str, en: str, zh: str) -> None:
        probs.append({"pointer": ptr, "message": {"en": en, "zh": zh}})

    if schema.get("$schema") not in (None, "https://json-schema.org/draft/2020-12/schema"):
        p("/schema/$schema", "only JSON Schema 2020-12 is supported", "只支持 JSON Schema 2020-12")
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as e:
        p("/schema" + "".join(f"/{x}" for x in e.absolute_path), f"not a valid JSON Schema: {e.message}",
          f"不是合法的 JSON Schema：{e.message}")
    if schema.get("type") != "object" or not isinstance(schema.get("properties"), dict):
        p("/schema/type", "a form schema is an object with properties", "表单 schema 必须是带 properties 的 object")
    raw_props = schema.get("properties")
    props: dict[str, Any] = raw_props if isinstance(raw_props, dict) else {}
    for name, spec in ui.items():
        if name not in props:
            p(f"/ui_schema/{name}", f"UI for unknown field {name!r}", f"界面配置引用了不存在的字段 “{name}”")
            continue
        if not isinstance(spec, dict):
            p(f"/ui_schema/{name}", "a UI entry is an object", "界面配置项必须是对象")
            continue
        if spec.get("widget") not in WIDGETS:
            p(f"/ui_schema/{name}/widget", f"widget must be one of {', '.join(sorted(WIDGETS))}",
              f"控件必须是 {', '.join(sorted(WIDGETS))} 之一")
        cond = spec.get("visible_if")
        if cond is not None and (not isinstance(cond, dict) or cond.get("field") not in props or "equals" not in cond):
            p(f"/ui_schema/{name}/visible_if", "visible_if is {field: <existing field>, equals: <value>}",
              "visible_if 格式为 {field: 已有字段, equals: 值}")
    for ptr, _ in labels_without_html({"schema": schema, "ui_schema": ui}):
        p(ptr, "HTML/markup is not allowed in labels", "标签中不允许 HTML 标记")
    return probs


def _check(schema: dict[str, Any], ui: dict[str, Any]) -> None:
    probs = form_problems(schema, ui)
    if probs:
        raise ApiError(422, "form_invalid", f"{probs[0]['pointer']}: {probs[0]['message']['en']}",
                       f"{probs[0]['pointer']}：{probs[0]['message']['zh']}", where=probs[0]["pointer"],
                       fix_en="fix every listed problem", fix_zh="请修正所列全部问题", problems=probs)


def _get(db: Session, user: User, form_id: str) -> Form:
    f = db.get(Form, form_id)
    if f is None or not sees(user, f.plant):
        raise not_found("form", form_id)
    return f


@router.get("/forms", response_model=list[FormOut], response_model_by_alias=True)
def list_forms(user: Annotated[User, Depends(require("forms.read"))], db: Db, plant: PlantId | None = None) -> list[FormOut]:
    q = select(Form).order_by(Form.id)
    if plant:
        q = q.where(Form.plant == plant)
    return [_fout(f) for f in db.scalars(q) if sees(user, f.plant)]


@router.post("/forms", response_model=FormOut, status_code=201)
def create_form(body: FormIn, user: Writer, db: Db) -> FormOut:
    check_plant(user, body.plant)
    _check(body.schema_, body.ui_schema)
    if db.get(Form, body.id) is not None:
        raise ApiError(409, "exists", f"form {body.id} exists", f"表单 {body.id} 已存在", where="/id")
    f = Form(id=body.id, plant=body.plant, title=body.title.model_dump(), schema=body.schema_, ui_schema=body.ui_schema,
             revision=1, updated_by=user.username)
    db.add(f)
    db.flush()  # column defaults (updated_at) are filled by the flush
    audit(db, user, "form.create", "form", f.id, plant=f.plant, after=_fout(f).model_dump(mode="json", by_alias=True))
    db.commit()
    return _fout(f)


@router.get("/forms/{form_id}", response_model=FormOut)
def get_form(form_id: str, user: Annotated[User, Depends(require("forms.read"))], db: Db) -> FormOut:
    return _fout(_get(db, user, form_id))


@router.put("/forms/{form_id}", response_model=FormOut)
def save_form(form_id: str, body: FormSave, user: Writer, db: Db) -> FormOut:
    f = _get(db, user, form_id)
    _check(body.schema_, body.ui_schema)
    before = _fout(f).model_dump(mode="json", by_alias=True)
    won = body.base_revision == f.revision and compare_and_set(db,
        update(Form).where(Form.id == form_id, Form.revision == body.base_revision)
        .values(title=body.title.model_dump(), schema=body.schema_, ui_schema=body.ui_schema,
                revision=body.base_revision + 1, updated_by=user.username, updated_at=utcnow()))
    if not won:
        db.rollback()
        db.refresh(f)
        raise ApiError(409, "stale_revision", f"the form is at revision {f.revision}; you edited {body.base_revision}",
                       f"表单已更新到第 {f.revision} 版，您基于第 {body.base_revision} 版修改", where=f"form {form_id}",
                       current=_fout(f).model_dump(mode="json", by_alias=True),
                       yours=body.model_dump(mode="json", by_alias=True))
    db.refresh(f)
    audit(db, user, "form.save", "form", f.id, plant=f.plant, before=before,
          after=_fout(f).model_dump(mode="json", by_alias=True))
    db.commit()
    return _fout(f)


@router.post("/forms/{form_id}/publish", response_model=FormVersionOut, status_code=201)
def publish_form(form_id: str, user: Writer, db: Db) -> FormVersionOut:
    f = _get(db, user, form_id)
    v = FormVersion(form_id=f.id, version=(f.published_version or 0) + 1, title=f.title, schema=f.schema,
                    ui_schema=f.ui_schema, published_by=user.username)
    db.add(v)
    f.published_version = v.version
    audit(db, user, "form.publish", "form", f.id, plant=f.plant, after={"version": v.version})
    db.commit()
    return _vout(v)


@router.get("/forms/{form_id}/versions", response_model=list[FormVersionOut])
def form_versions(form_id: str, user: Annotated[User, Depends(require("forms.read"))], db: Db) -> list[FormVersionOut]:
    f = _get(db, user, form_id)
    return [_vout(v) for v in db.scalars(select(FormVersion).where(FormVersion.form_id == f.id).order_by(FormVersion.version))]


@router.get("/forms/{form_id}/versions/{version}", response_model=FormVersionOut)
def get_form_version(form_id: str, version: DbInt, user: Annotated[User, Depends(require("forms.read"))], db: Db) -> FormVersionOut:
    f = _get(db, user, form_id)
    v = form_version(db, f.id, version)
    if v is None:
        raise not_found("form version", f"{form_id}@{version}")
    return _vout(v)


FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    """RFC 3339 date-time with an offset (jsonschema needs an extra package for it; this is the rule)."""
    if not isinstance(value, str):
        return True
    if len(value) < 20 or "T" not in value.upper() or not (value.endswith(("Z", "z")) or value[-6] in "+-"):
        raise ValueError("date-time needs a date, 'T', a time and a zone (Z or +08:00)")
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


def submission_problems(db: Session, v: FormVersion, data: dict[str, Any], user: User, plant: str) -> list[dict[str, Any]]:
    """Everything wrong with the data, as located problems. A file field that names an upload of another of
    the caller's plants is a 403 instead (see routers.uploads.referenced_upload)."""
    probs = []
    validator = jsonschema.Draft202012Validator(v.schema, format_checker=FORMATS)
    for e in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        probs.append({"pointer": "/data" + "".join(f"/{x}" for x in e.absolute_path),
                      "message": {"en": e.message, "zh": f"填写有误：{e.message}"}})
    for name, spec in v.ui_schema.items():
        if not isinstance(spec, dict) or name not in data:
            continue
        cond = spec.get("visible_if")
        if isinstance(cond, dict) and data.get(str(cond.get("field"))) != cond.get("equals"):
            probs.append({"pointer": f"/data/{name}", "message": {"en": f"{name} is hidden by visible_if: leave it out",
                                                                   "zh": f"{name} 在当前条件下不显示，请不要填写"}})
        if spec.get("widget") in UPLOAD_WIDGETS and \
                referenced_upload(db, user, str(data[name]), plant, f"/data/{name}") is None:
            probs.append({"pointer": f"/data/{name}", "message": {
                "en": f"not an uploaded file id (POST /api/uploads?plant={plant} first)",
                "zh": f"不是已上传文件的编号（请先通过 POST /api/uploads?plant={plant} 上传）"}})
    return probs


@router.post("/forms/{form_id}/submissions", response_model=SubmissionOut, status_code=201)
def submit(form_id: str, body: SubmissionIn, user: Annotated[User, Depends(require("submissions.create"))],
           db: Db, svc: Annotated[Services, Depends(services)]) -> SubmissionOut:
    f = _get(db, user, form_id)
    v = form_version(db, f.id, body.version)
    if v is None:
        raise ApiError(422, "unknown_version", f"form {form_id} has no published version {body.version}",
                       f"表单 {form_id} 没有已发布的第 {body.version} 版", where="/version",
                       fix_en="reload the form and fill the published version", fix_zh="请重新加载表单并填写已发布版本")
    probs = submission_problems(db, v, body.data, user, f.plant)
    if probs:
        raise ApiError(422, "submission_invalid", f"{probs[0]['pointer']}: {probs[0]['message']['en']}",
                       f"{probs[0]['pointer']}：{probs[0]['message']['zh']}", where=probs[0]["pointer"], problems=probs)
    # form fields are signals too (form.<form id>.<field>), for the rules that read them
    signals = [(f"form.{f.id}.{name}", value) for name, value in body.data.items()
               if isinstance(value, int | float | str | bool) and svc.runtime.wants(f.plant, f"form.{f.id}.{name}")]
    # a submission a rule reads is stored under the plant's lock, taken before its first write and held to
    # the commit (LiveRuntime.hold); one no rule reads need not wait for the plant's event ingestion
    held: AbstractContextManager[Any] = svc.runtime.hold(db, f.plant) if signals else nullcontext()
    with held:
        s = Submission(form_id=f.id, form_version=v.version, plant=f.plant, data=body.data,
                       submitted_by=user.username)
        db.add(s)
        db.flush()
        audit(db, user, "submission.create", "submission", s.id, plant=f.plant,
              after={"form": f.id, "version": v.version})
        for sig, value in signals:
            svc.runtime.signal(db, f.plant, sig, value)
    db.commit()  # when nothing was held; after a hold there is nothing left to commit
    return SubmissionOut.model_validate(s, from_attributes=True)


@router.get("/forms/{form_id}/submissions", response_model=list[SubmissionOut])
def submissions(form_id: str, user: Annotated[User, Depends(require("submissions.read"))], db: Db) -> list[SubmissionOut]:
    f = _get(db, user, form_id)
    rows = db.scalars(select(Submission).where(Submission.form_id == f.id).order_by(Submission.id.desc()).limit(500))
    return [SubmissionOut.model_validate(s, from_attributes=True) for s in rows]
