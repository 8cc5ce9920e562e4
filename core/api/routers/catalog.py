"""What the installed plugins offer: the block catalogue, the packs, and their rule and form templates,
which can be installed into a plant as drafts (an engineer binds the signals, validates and publishes)."""

from __future__ import annotations

import copy
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import check_plant, require
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError, not_found
from core.api.models import In, PlantId
from core.storage.tables import Rule, User
from core.storage.tables_work import Form

router = APIRouter(tags=["catalog"])
Reader = Annotated[User, Depends(require("catalog.read"))]
Db = Annotated[Session, Depends(get_db)]
Svc = Annotated[Services, Depends(services)]


class PackOut(BaseModel):
    id: str = Field(examples=["chemical"])
    version: str = Field(examples=["0.1.0"])
    name: dict[str, str]
    signed_by: str | None
    rules: list[str]
    forms: list[str]
    blocks: list[str]


class TemplateOut(BaseModel):
    id: str
    pack: str | None
    title: dict[str, Any]
    kind: str = Field(examples=["rule"])
    risk_level: str | None = None


class InstallIn(In):
    plant: PlantId = Field(examples=["plant-a"])


class Installed(BaseModel):
    id: str = Field(examples=["plant-a.chemical.confined_space.o2_band"])
    plant: str
    kind: str


BLOCK_EXAMPLE = {"name": "compare.outside", "category": "compare", "title": {"zh": "超出范围", "en": "Outside a band"},
                 "inputs": [{"name": "x", "type": "number"}], "outputs": [{"name": "out", "type": "bool3"}],
                 "params_schema": {"type": "object", "required": ["low", "high"]}, "pack": "builtin.blocks"}


@router.get("/blocks", response_model=list[dict[str, Any]],
            responses={200: {"content": {"application/json": {"example": [BLOCK_EXAMPLE]}}}})
def blocks(_: Reader, svc: Svc) -> list[dict[str, Any]]:
    """The registered blocks with their typed ports and parameter schemas (the canvas palette)."""
    return [b.describe() for b in sorted(svc.host.registry.blocks, key=lambda b: (b.category, b.name))]


@router.get("/packs", response_model=list[PackOut])
def packs(_: Reader, svc: Svc) -> list[PackOut]:
    reg = svc.host.registry
    return [PackOut(id=pid, version=str(lp.manifest.version), name=dict(lp.manifest.name), signed_by=lp.manifest.signed_by,
                    rules=reg.rules.by_owner(pid), forms=reg.forms.by_owner(pid), blocks=reg.blocks.by_owner(pid))
            for pid, lp in sorted(svc.host.packs.items())]


@router.get("/templates", response_model=list[TemplateOut])
def templates(_: Reader, svc: Svc) -> list[TemplateOut]:
    reg = svc.host.registry
    out = []
    for rid in reg.rules.names():
        doc = reg.rules.get(rid) or {}
        out.append(TemplateOut(id=rid, pack=reg.rules.owner(rid), title=dict(doc.get("title") or {}), kind="rule",
                               risk_level=doc.get("risk_level")))
    out += [TemplateOut(id=f.id, pack=f.pack, title=dict(f.title), kind="form") for f in reg.forms]
    return out


@router.post("/templates/{template_id}/install", response_model=Installed, status_code=201)
def install(template_id: str, body: InstallIn, user: Annotated[User, Depends(require("rules.write"))], db: Db,
            svc: Svc) -> Installed:
    """Copy a pack's rule or form into a plant as a draft, under an id prefixed with the plant."""
    check_plant(user, body.plant)
    reg = svc.host.registry
    rule, form = reg.rules.get(template_id), reg.forms.get(template_id)
    new_id = f"{body.plant}.{template_id}"
    if rule is None and form is None:
        raise not_found("template", template_id)
    taken = db.get(Rule, new_id) is not None if rule is not None else db.get(Form, new_id) is not None
    if taken:
        raise ApiError(409, "exists", f"{new_id} is already installed", f"{new_id} 已安装", where=f"plant {body.plant}",
                       fix_en="edit the installed draft instead", fix_zh="请直接编辑已安装的草稿")
    if rule is not None:
        doc = copy.deepcopy(dict(rule))
        doc["id"] = new_id
        db.add(Rule(id=new_id, plant=body.plant, draft=doc, revision=1, updated_by=user.username))
        audit(db, user, "rule.install_template", "rule", new_id, plant=body.plant, after={"template": template_id})
        kind = "rule"
    else:
        assert form is not None
        db.add(Form(id=new_id, plant=body.plant, title=dict(form.title), schema=dict(form.schema),
                    ui_schema=dict(form.ui_schema), revision=1, updated_by=user.username))
        audit(db, user, "form.install_template", "form", new_id, plant=body.plant, after={"template": template_id})
        kind = "form"
    db.commit()
    return Installed(id=new_id, plant=body.plant, kind=kind)
