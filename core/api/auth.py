"""Users, Argon2id passwords, bearer tokens, roles and plant scoping (the login rate limit: core.api.throttle)."""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable
from datetime import timedelta
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.deps import get_db
from core.api.errors import ApiError
from core.storage.base import utcnow
from core.storage.tables import Token, User

ROLES = ("admin", "engineer", "operator", "verifier", "auditor", "vendor")
TOKEN_TTL = timedelta(hours=12)
_ALL_STAFF = {"admin", "engineer", "operator", "verifier", "auditor"}

# The policy: which roles may do what. Routers name a permission, never a role.
PERMISSIONS: dict[str, set[str]] = {
    "catalog.read": _ALL_STAFF | {"vendor"},
    "users.read": {"admin", "auditor"},
    "users.write": {"admin"},
    # the people of a plant (id, name, role), for whoever assigns work in it: hazards.assign
    "people.read": {"admin", "engineer"},
    "audit.read": {"admin", "auditor"},
    "rules.read": {"admin", "engineer", "verifier", "auditor", "vendor"},
    "rules.write": {"admin", "engineer"},
    "events.write": {"admin", "engineer", "operator"},
    "events.read": {"admin", "engineer", "auditor"},
    "decisions.read": set(_ALL_STAFF),
    "decisions.verify": {"admin", "engineer", "auditor"},
    "retention.run": {"admin"},
    "runtime.tick": {"admin", "engineer"},
    "forms.read": _ALL_STAFF | {"vendor"},
    "forms.write": {"admin", "engineer"},
    "submissions.create": {"admin", "engineer", "operator", "verifier"},
    "submissions.read": {"admin", "engineer", "verifier", "auditor"},
    "uploads.create": {"admin", "engineer", "operator", "verifier"},
    "uploads.read": set(_ALL_STAFF),
    "hazards.report": {"admin", "engineer", "operator", "verifier"},
    "hazards.read": set(_ALL_STAFF),
    "hazards.assign": {"admin", "engineer"},
    "hazards.rectify": {"admin", "engineer", "operator"},
    "hazards.verify": {"admin", "verifier"},
    "hazards.sla": {"admin", "engineer"},
    "permits.create": {"admin", "engineer", "operator"},
    "permits.read": set(_ALL_STAFF),
    "permits.gas": {"admin", "engineer", "operator", "verifier"},
    "permits.sign": {"admin", "engineer", "verifier"},
    "permits.manage": {"admin", "engineer", "operator"},
    # GB 30871 作业中断: whoever is on site for the work must be able to stop it at once, not only a rule.
    # The attendant (监护人) signs "guardian", which verifiers and engineers may sign; the work leader
    # (作业负责人) is the operator who applies for and manages the permit; engineers and admins stand for
    # the plant. Resuming stays with permits.manage, after a new passing gas analysis. Auditors only read,
    # vendors are not plant staff.
    "permits.suspend": {"admin", "engineer", "operator", "verifier"},
}


def permissions_of(role: str) -> list[str]:
    """The operations the policy grants ``role``, sorted: what GET /api/me tells a client, so pages
    offer exactly what the API would allow (the API still decides every request)."""
    return sorted(name for name, roles in PERMISSIONS.items() if role in roles)


def hasher() -> PasswordHasher:
    """Argon2id (the library's default type) with RFC 9106's second recommended option: 64 MiB, t=3.
    SAFEBLOCKS_ARGON2="t,m_kib,p" may change the cost (a slow plant box, or the test suite); hashes carry
    their own parameters, so old hashes keep verifying after a change."""
    raw = os.environ.get("SAFEBLOCKS_ARGON2", "3,65536,2")
    try:
        t, m, p = (int(x) for x in raw.split(","))
    except ValueError:
        raise RuntimeError(f"SAFEBLOCKS_ARGON2={raw!r}: expected 'time_cost,memory_kib,parallelism' like 3,65536,2") from None
    return PasswordHasher(time_cost=t, memory_cost=m, parallelism=p)


def hash_password(pw: str) -> str:
    return hasher().hash(pw)


def check_password(user: User, pw: str) -> bool:
    try:
        return hasher().verify(user.password_hash, pw)
    except (VerificationError, InvalidHashError):
        return False


def issue_token(db: Session, user: User) -> tuple[str, Token]:
    raw = secrets.token_urlsafe(32)
    tok = Token(digest=hashlib.sha256(raw.encode()).hexdigest(), user_id=user.id, expires_at=utcnow() + TOKEN_TTL)
    db.add(tok)
    return raw, tok


def _unauth(en: str, zh: str) -> ApiError:
    return ApiError(401, "unauthenticated", en, zh, where="Authorization header",
                    fix_en="log in with POST /api/auth/login and send 'Authorization: Bearer <token>'",
                    fix_zh="先调用 POST /api/auth/login 登录，并携带 “Authorization: Bearer <token>”",
                    headers={"WWW-Authenticate": "Bearer"})


def current_user(request: Request, db: Annotated[Session, Depends(get_db)]) -> User:
    auth = request.headers.get("authorization", "")
    raw = auth[7:].strip() if auth.lower().startswith("bearer ") else None
    if raw is None and request.url.path in ("/api/decisions/stream", "/api/notifications/stream"):
        # a browser's EventSource cannot send headers: the streams alone accept ?access_token=
        raw = request.query_params.get("access_token")
    if not raw:
        raise _unauth("not logged in", "未登录")
    digest = hashlib.sha256(raw.encode()).hexdigest()
    row = db.execute(select(Token, User).join(User, User.id == Token.user_id).where(Token.digest == digest)).first()
    if row is None or row[0].expires_at < utcnow() or not row[1].active:
        raise _unauth("token unknown, expired or revoked", "令牌无效、已过期或已注销")
    user: User = row[1]
    if user.must_change_password and not request.url.path.startswith(("/api/auth/", "/api/me")):
        raise ApiError(403, "password_change_required", "change the one-time password first", "请先修改一次性密码",
                       where="account", fix_en="POST /api/auth/password", fix_zh="调用 POST /api/auth/password")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require(permission: str) -> Callable[[User], User]:
    roles = PERMISSIONS[permission]

    def dep(user: CurrentUser) -> User:
        if user.role not in roles:
            raise ApiError(403, "forbidden", f"role {user.role!r} may not {permission}",
                           f"角色 “{user.role}” 无权执行 {permission}", where=permission,
                           fix_en=f"ask an administrator; allowed roles: {', '.join(sorted(roles))}",
                           fix_zh=f"请联系管理员；允许的角色：{', '.join(sorted(roles))}")
        return user

    dep.__name__ = f"require_{permission.replace('.', '_')}"
    return dep


def sees(user: User, plant: str) -> bool:
    return "*" in user.plants or plant in user.plants


def check_plant(user: User, plant: str) -> None:
    """Writes into a plant the user does not belong to are refused (reads just do not show it)."""
    if not sees(user, plant):
        raise ApiError(403, "plant_forbidden", f"you are not assigned to plant {plant!r}", f"您不属于厂区 “{plant}”",
                       where="plant", fix_en="ask an administrator to add the plant to your account",
                       fix_zh="请管理员为您的账号添加该厂区")
