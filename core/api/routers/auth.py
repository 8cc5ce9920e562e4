from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import CurrentUser, check_password, hash_password, issue_token
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError
from core.api.models import In, Ok
from core.api.routers.users import UserOut, user_out
from core.storage.base import utcnow
from core.storage.tables import Token, User

router = APIRouter(tags=["auth"])


class LoginIn(In):
    username: str = Field(min_length=1, max_length=64, examples=["engineer1"])
    password: str = Field(min_length=1, max_length=256, examples=["correct horse battery staple"])


class TokenOut(BaseModel):
    token: str = Field(examples=["q3J0...Zk"])
    token_type: str = Field("bearer", examples=["bearer"])
    expires_at: str = Field(examples=["2026-01-05T20:00:00Z"])
    must_change_password: bool = False
    user: UserOut


class PasswordIn(In):
    current_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=12, max_length=256, examples=["a long passphrase 2026"])


@router.post("/auth/login", response_model=TokenOut, responses={429: {"description": "too many failed logins"}})
def login(body: LoginIn, request: Request, db: Annotated[Session, Depends(get_db)],
          svc: Annotated[Services, Depends(services)]) -> TokenOut:
    client = request.client.host if request.client else "?"
    wait = svc.limiter.retry_after(client, body.username)
    if wait:
        raise ApiError(429, "too_many_attempts", f"too many failed logins: retry in {wait} s",
                       f"登录失败次数过多，请 {wait} 秒后再试", where="login", headers={"Retry-After": str(wait)},
                       fix_en="wait, or ask an administrator to reset the password", fix_zh="请稍候，或请管理员重置密码")
    user = db.scalar(select(User).where(User.username == body.username))
    if user is None or not user.active or not check_password(user, body.password):
        svc.limiter.failed(client, body.username)
        # evidence of guessing; bounded by the rate limit, so it cannot flood the audit table
        audit(db, None, "auth.login_failed", "user", body.username[:64], after={"client": client})
        db.commit()
        raise ApiError(401, "bad_credentials", "wrong username or password", "用户名或密码错误", where="login",
                       fix_en="check both; after 5 failures wait a minute", fix_zh="请核对；连续失败 5 次需等待一分钟")
    svc.limiter.succeeded(client, body.username)
    db.execute(delete(Token).where(Token.user_id == user.id, Token.expires_at < utcnow()))  # tidy expired ones
    raw, tok = issue_token(db, user)
    audit(db, user, "auth.login", "user", user.id)
    db.commit()
    return TokenOut(token=raw, token_type="bearer", expires_at=tok.expires_at.isoformat().replace("+00:00", "Z"),
                    must_change_password=user.must_change_password, user=user_out(user))


@router.post("/auth/logout", response_model=Ok)
def logout(request: Request, user: CurrentUser, db: Annotated[Session, Depends(get_db)]) -> Ok:
    raw = request.headers.get("authorization", "")[7:].strip()
    db.execute(delete(Token).where(Token.digest == hashlib.sha256(raw.encode()).hexdigest()))
    audit(db, user, "auth.logout", "user", user.id)
    db.commit()
    return Ok(ok=True)


@router.post("/auth/password", response_model=Ok)
def change_password(body: PasswordIn, request: Request, user: CurrentUser,
                    db: Annotated[Session, Depends(get_db)]) -> Ok:
    if not check_password(user, body.current_password):
        raise ApiError(403, "bad_credentials", "current password is wrong", "当前密码错误", where="current_password")
    user.password_hash = hash_password(body.new_password)
    user.must_change_password = False
    # other sessions of this user end: a changed password is often a suspected leak
    current = hashlib.sha256(request.headers.get("authorization", "")[7:].strip().encode()).hexdigest()
    db.execute(delete(Token).where(Token.user_id == user.id, Token.digest != current))
    audit(db, user, "user.password", "user", user.id, before={"must_change_password": True},
          after={"must_change_password": False})
    db.commit()
    return Ok(ok=True)


@router.get("/me", response_model=UserOut)
def me(user: CurrentUser) -> UserOut:
    return user_out(user)
