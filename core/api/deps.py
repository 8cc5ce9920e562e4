"""The service container on ``app.state`` and the per-request database session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from core.storage.db import Settings

if TYPE_CHECKING:
    from core.api.runtime import LiveRuntime
    from core.api.throttle import LoginThrottle
    from core.api.workflows.notify import Bell
    from core.plugins import PluginHost


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    host: PluginHost
    limiter: LoginThrottle
    runtime: LiveRuntime
    extra: dict[str, Any]
    bell: Bell  # wakes this process's notification streams


def services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc


def get_db(request: Request) -> Iterator[Session]:
    svc = services(request)
    chained = svc.runtime.chained
    with svc.sessions() as db:
        try:
            yield db
        except Exception:
            # a request that fails after the runtime chained decisions into this session leaves them
            # unstored: the plants' chains continue from what the database really holds
            db.rollback()
            if svc.runtime.chained != chained:
                svc.runtime.resync()
            raise
