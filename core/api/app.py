"""The FastAPI application: settings, database (migrated at start), plugin host, embedded runtime."""

from __future__ import annotations

import logging
import secrets
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import IO

from fastapi import FastAPI
from sqlalchemy import func, select

from core import __version__
from core.api import errors
from core.api.auth import hash_password
from core.api.deps import Services
from core.api.guard import RequestGuard
from core.api.runtime import LiveRuntime
from core.api.throttle import LoginThrottle
from core.api.workflows.notify import Bell
from core.plugins import PluginHost
from core.storage.db import Settings, make_engine, session_factory, upgrade
from core.storage.tables import User

log = logging.getLogger("safeblocks.service")

TAGS = [
    {"name": "health", "description": "liveness"},
    {"name": "auth", "description": "login (Argon2id), tokens, password change"},
    {"name": "users", "description": "users, roles and their plants"},
    {"name": "audit", "description": "who changed what, when, before and after"},
    {"name": "rules", "description": "drafts, validation, immutable versions, rollback, backtest, deploy"},
    {"name": "events", "description": "events in (JSON, CSV) into the embedded runtime"},
    {"name": "decisions", "description": "decisions: query, stream (SSE), verify the hash chain, retention"},
    {"name": "forms", "description": "JSON Schema 2020-12 forms, versions and submissions"},
    {"name": "uploads", "description": "photos and files: size caps, content sniffing"},
    {"name": "hazards", "description": "hazard closed loop: report, assign, rectify, verify, close"},
    {"name": "permits", "description": "permits to work: gas analyses, signatures, suspension, resumption"},
    {"name": "catalog", "description": "blocks, packs, and pack templates to install into a plant"},
    {"name": "notifications", "description": "your notifications (overdue hazards, rule notify actions): list, mark read, live stream"},
]


def bootstrap_admin(services: Services, out: IO[str] | None = None) -> str | None:
    """First start: an admin whose one-time password is printed once (it must be changed at first login)."""
    with services.sessions() as db:
        if db.scalar(select(func.count()).select_from(User)):
            return None
        pw = secrets.token_urlsafe(12)
        db.add(User(username="admin", display_name="Administrator", role="admin", plants=["*"],
                    password_hash=hash_password(pw), must_change_password=True, certificates=[]))
        db.commit()
    stream = out or sys.stdout
    stream.write(f"safeblocks: first start - user 'admin', one-time password: {pw}\n"
                 f"safeblocks: 首次启动 - 管理员账号 admin，一次性密码：{pw}（只显示这一次，首次登录后须修改）\n")
    stream.flush()
    return pw


def create_app(settings: Settings | None = None, host: PluginHost | None = None, *, migrate: bool = True,
               announce: IO[str] | None = None, mount_plugins: bool = True) -> FastAPI:
    """``mount_plugins=False`` leaves out what plugins mount (the builder UI): an API-only service."""
    settings = settings or Settings.from_env()
    settings.home.mkdir(parents=True, exist_ok=True)
    if migrate:
        upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    sessions = session_factory(engine)
    host = host or PluginHost.load()
    runtime = LiveRuntime(host, sessions, reorder_window_s=settings.reorder_window_s)
    services = Services(settings, engine, sessions, host, LoginThrottle(), runtime, {}, Bell())

    from core.api.workflows import install_effects

    install_effects(runtime, services.bell)
    with sessions() as db:
        runtime.load_deployed(db)
        db.commit()  # seeding the engines may have stored state events and decisions
    bootstrap_admin(services, announce)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        # a clean stop keeps every plant's window state: the next start goes on mid-window
        runtime.checkpoint_all()
        engine.dispose()

    app = FastAPI(title="safeblocks", version=__version__, openapi_url="/api/openapi.json", docs_url="/api/docs",
                  redoc_url=None, openapi_tags=TAGS, lifespan=lifespan,
                  description="Low-code industrial safety rules and forms. Every error is "
                              "`{error: {code, message: {en, zh}, where, fix}}`.")
    app.state.services = services
    errors.install(app)
    from core.api.routers import ROUTERS

    for r in ROUTERS:
        app.include_router(r, prefix="/api", responses=errors.ERRORS)
    app.add_middleware(RequestGuard)
    if mount_plugins:
        host.mount_app(app)
    return app
