from __future__ import annotations

import hashlib
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import CurrentUser, check_password, hash_password, issue_token, permissions_of
from core.api.clientaddr import client_address
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError
from core.api.models import In, Ok
from core.api.routers.users import UserOut, user_out
from core.api.throttle import ACCOUNT
from core.storage.base import utcnow
from core.storage.tables import Token, User

router = APIRouter(tags=["auth"])
log = logging.getLogger("safeblocks.service")


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


def _too_many(wait: int, scope: str | None) -> ApiError:
    who_en, who_zh = ("this account", "该账号") if scope == ACCOUNT else ("this address", "该地址")
    return ApiError(429, "too_many_attempts", f"too many failed logins for {who_en}: retry in {wait} s",
                    f"{who_zh}登录失败次数过多，请 {wait} 秒后再试", where="login", headers={"Retry-After": str(wait)},
                    fix_en="wait (each further lockout doubles), or ask an administrator to unlock the account",
                    fix_zh="请稍候（再次被锁定时等待时间加倍），或请管理员解锁账号")


@router.post("/auth/login", response_model=TokenOut, responses={429: {
    "description": "too many failed logins: the account or the client address is locked for Retry-After seconds"}})
def login(body: LoginIn, request: Request, db: Annotated[Session, Depends(get_db)],
          svc: Annotated[Services, Depends(services)]) -> TokenOut:
    client = client_address(request)  # behind a trusted reverse proxy: the client it forwarded for
    limits = svc.limiter
    wait, scope = limits.retry_after(db, body.username, client, utcnow())
    if wait:
        raise _too_many(wait, scope)
    attempt = limits.begin(db, body.username, client, utcnow())
    db.commit()  # counted before the slow password check, where racing requests on other processes see it
    now = utcnow()
    user = None
    checked = not limits.refused(db, attempt, now)
    if checked:
        user = db.scalar(select(User).where(User.username == body.username))
        if user is not None and (not user.active or not check_password(user, body.password)):
            user = None
    else:
        log.info("login of %r from %s refused unchecked: locked meanwhile, or more attempts in flight than allowed",
                 body.username, client)
    if user is None:
        # evidence of guessing; bounded by the rate limit, so it cannot flood the audit table
        audit(db, None, "auth.login_failed", "user", body.username[:64], after={"client": client})
        for lock in limits.failed(db, attempt, now):
            audit(db, None, "auth.lockout", "user" if lock.scope == ACCOUNT else "client", lock.key,
                  after={"scope": lock.scope, "locked_until": lock.locked_until.isoformat(), "level": lock.level,
                         "failures": lock.failures, "client": client})
        db.commit()
        if not checked:  # locked by now (by a racing request, or by this one's count): say for how long
            wait, scope = limits.retry_after(db, body.username, client, now)
            raise _too_many(max(wait, 1), scope)
        cap, minutes = limits.policy.account_cap, int(limits.policy.window.total_seconds() // 60)
        raise ApiError(401, "bad_credentials", "wrong username or password", "用户名或密码错误", where="login",
                       fix_en=f"check both; {cap} failures within {minutes} minutes lock the account for a while",
                       fix_zh=f"请核对；{minutes} 分钟内失败 {cap} 次，账号将被暂时锁定")
    limits.succeeded(db, attempt)
    db.execute(delete(Token).where(Token.user_id == user.id, Token.expires_at < utcnow()))  # tidy expired ones
    raw, tok = issue_token(db, user)
    audit(db, user, "auth.login", "user", user.id, after={"client": client})
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


class MeOut(UserOut):
    permissions: list[str] = Field(examples=[["hazards.read", "hazards.report", "permits.gas", "permits.suspend"]],
                                   description="the operations the role table grants your role, by name")


@router.get("/me", response_model=MeOut)
def me(user: CurrentUser) -> MeOut:
    """Who you are, your plants (``["*"]``: every plant) and what your role may do. A client shows only the
    actions named in ``permissions``; the API still checks every request (plant, state, separation of duties)."""
    return MeOut(**user_out(user).model_dump(), permissions=permissions_of(user.role))
