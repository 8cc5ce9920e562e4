"""The people of one plant, for whoever assigns work there (a hazard's assignee, today).

GET /api/users is the account administration (e-mail-free, but plants, certificates, lockouts, points of
everyone): admins and auditors only. Assigning needs much less: who works in this plant, their name and
role. So this lookup answers only that, and only for a plant the caller belongs to."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.auth import check_plant, require, sees
from core.api.deps import get_db
from core.storage.tables import User

router = APIRouter(tags=["users"])
Role = Literal["admin", "engineer", "operator", "verifier", "auditor", "vendor"]
MAX_PEOPLE = 1000


class PersonOut(BaseModel):
    id: int = Field(examples=[7])
    username: str = Field(examples=["operator1"])
    display_name: str = Field(examples=["张工"])
    role: str = Field(examples=["operator"])


@router.get("/plants/{plant}/people", response_model=list[PersonOut])
def people(plant: Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$", examples=["plant-a"])],
           user: Annotated[User, Depends(require("people.read"))], db: Annotated[Session, Depends(get_db)],
           role: Annotated[list[Role] | None, Query(description="only these roles (repeat: ?role=operator&role=engineer)",
                                                   examples=[["operator"]])] = None) -> list[PersonOut]:
    """The active accounts that belong to ``plant`` (by name, or by ``["*"]``: every plant), sorted by username:
    id, username, display name and role, nothing else. The caller must belong to the plant too."""
    check_plant(user, plant)
    q = select(User).where(User.active.is_(True)).order_by(User.username)
    if role:
        q = q.where(User.role.in_(role))
    # plants is a JSON list: membership is decided here, the same way every plant check is (sees)
    found = [u for u in db.scalars(q) if sees(u, plant)]
    return [PersonOut(id=u.id, username=u.username, display_name=u.display_name, role=u.role)
            for u in found[:MAX_PEOPLE]]
