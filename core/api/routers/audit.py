from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.auth import require
from core.api.deps import get_db
from core.storage.tables import AuditEntry, User

router = APIRouter(tags=["audit"])


class AuditOut(BaseModel):
    id: int
    at: datetime
    username: str | None = Field(examples=["engineer1"])
    action: str = Field(examples=["rule.publish"])
    resource: str
    resource_id: str
    plant: str | None
    before: Any
    after: Any


@router.get("/audit", response_model=list[AuditOut])
def list_audit(user: Annotated[User, Depends(require("audit.read"))], db: Annotated[Session, Depends(get_db)],
               resource: Annotated[str | None, Query(max_length=32)] = None,
               resource_id: Annotated[str | None, Query(max_length=128)] = None,
               action: Annotated[str | None, Query(max_length=64)] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[AuditOut]:
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if resource:
        q = q.where(AuditEntry.resource == resource)
    if resource_id:
        q = q.where(AuditEntry.resource_id == resource_id)
    if action:
        q = q.where(AuditEntry.action == action)
    if "*" not in user.plants:
        q = q.where((AuditEntry.plant.is_(None)) | (AuditEntry.plant.in_(user.plants)))
    return [AuditOut.model_validate(a, from_attributes=True) for a in db.scalars(q)]
