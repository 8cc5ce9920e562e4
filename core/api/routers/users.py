from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import hash_password, require
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError, not_found
from core.api.models import DbInt, In, Label
from core.storage.base import utcnow
from core.storage.tables import Token, User

router = APIRouter(tags=["users"])
Role = Literal["admin", "engineer", "operator", "verifier", "auditor", "vendor"]
PlantOrAll = Annotated[str, Field(pattern=r"^(\*|[a-z0-9][a-z0-9_-]{0,63})$")]
Username = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]{2,64}$", examples=["engineer1"])]


class UserOut(BaseModel):
    id: int = Field(examples=[7])
    username: str = Field(examples=["operator1"])
    display_name: str
    role: str
    plants: list[str]
    active: bool
    certificates: list[str]
    shift_task: str | None
    points: int
    must_change_password: bool


class UserIn(In):
    username: Username
    display_name: Label
    role: Role
    plants: list[PlantOrAll] = Field(min_length=1, max_length=100, examples=[["plant-a"]])
    password: str = Field(min_length=12, max_length=256)
    certificates: list[Label] = Field(default_factory=list, max_length=50, examples=[["受限空间作业证"]])
    shift_task: Label | None = None


class UserPatch(In):
    display_name: Label | None = None
    role: Role | None = Field(None, examples=["verifier"])
    plants: list[PlantOrAll] | None = Field(None, min_length=1, max_length=100)
    active: bool | None = None
    certificates: list[Label] | None = Field(None, max_length=50)
    shift_task: Label | None = None
    password: str | None = Field(None, min_length=12, max_length=256, description="reset: must be changed at next login")


def user_out(u: User) -> UserOut:
    return UserOut(id=u.id, username=u.username, display_name=u.display_name, role=u.role, plants=list(u.plants),
                   active=u.active, certificates=list(u.certificates or []), shift_task=u.shift_task,
                   points=u.points, must_change_password=u.must_change_password)


def _snap(u: User) -> dict[str, object]:
    return user_out(u).model_dump()


@router.get("/users", response_model=list[UserOut])
def list_users(_: Annotated[User, Depends(require("users.read"))], db: Annotated[Session, Depends(get_db)]) -> list[UserOut]:
    return [user_out(u) for u in db.scalars(select(User).order_by(User.id))]


@router.post("/users", response_model=UserOut, status_code=201)
def create_user(body: UserIn, me: Annotated[User, Depends(require("users.write"))],
                db: Annotated[Session, Depends(get_db)]) -> UserOut:
    if db.scalar(select(User).where(User.username == body.username)):
        raise ApiError(409, "exists", f"username {body.username!r} is taken", f"用户名 “{body.username}” 已存在",
                       where="/username", fix_en="choose another username", fix_zh="请换一个用户名")
    u = User(username=body.username, display_name=body.display_name, role=body.role, plants=body.plants,
             password_hash=hash_password(body.password), must_change_password=False,
             certificates=body.certificates, shift_task=body.shift_task, points=0, active=True)
    db.add(u)
    db.flush()
    audit(db, me, "user.create", "user", u.id, after=_snap(u))
    db.commit()
    return user_out(u)


@router.get("/users/{user_id}", response_model=UserOut)
def get_user(user_id: DbInt, _: Annotated[User, Depends(require("users.read"))],
             db: Annotated[Session, Depends(get_db)]) -> UserOut:
    u = db.get(User, user_id)
    if u is None:
        raise not_found("user", user_id)
    return user_out(u)


@router.patch("/users/{user_id}", response_model=UserOut)
def patch_user(user_id: DbInt, body: UserPatch, me: Annotated[User, Depends(require("users.write"))],
               db: Annotated[Session, Depends(get_db)]) -> UserOut:
    u = db.get(User, user_id)
    if u is None:
        raise not_found("user", user_id)
    before = _snap(u)
    for k, v in body.model_dump(exclude_unset=True, exclude={"password"}).items():
        if v is not None:
            setattr(u, k, v)
    if body.password:
        u.password_hash = hash_password(body.password)
        u.must_change_password = True
    if body.password or body.active is False or body.role is not None:
        db.execute(delete(Token).where(Token.user_id == u.id))  # a reset, a block or a new role ends the sessions
    audit(db, me, "user.update", "user", u.id, before=before, after=_snap(u))
    db.commit()
    return user_out(u)


class UnlockOut(BaseModel):
    user: UserOut
    was_locked_until: str | None = Field(examples=["2026-01-05T08:02:00+00:00"],
                                         description="the lockout that was lifted; null when none was running")
    failures_cleared: int = Field(examples=[5], description="failed logins of the counting window, forgotten")


@router.post("/users/{user_id}/unlock", response_model=UnlockOut)
def unlock_user(user_id: DbInt, me: Annotated[User, Depends(require("users.write"))],
                db: Annotated[Session, Depends(get_db)], svc: Annotated[Services, Depends(services)]) -> UnlockOut:
    """Lift the login lockout of an account and forget its failed logins (a lockout of the client address, if
    any, stays: that one protects every account)."""
    u = db.get(User, user_id)
    if u is None:
        raise not_found("user", user_id)
    before = svc.limiter.state(db, u.username, utcnow())
    cleared = svc.limiter.unlock(db, u.username)
    audit(db, me, "user.unlock", "user", u.id, before=before, after={"locked_until": None, "failures": 0})
    db.commit()
    return UnlockOut(user=user_out(u), was_locked_until=before["locked_until"], failures_cleared=cleared)
