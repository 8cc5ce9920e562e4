"""Database settings, engines and migrations (ARCHITECTURE §4 "Service and configuration")."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

REPO_ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS = REPO_ROOT / "migrations"
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    # seconds of out-of-order tolerance of the live engines (ARCHITECTURE §5); 0 = events apply at once
    reorder_window_s: float = 0.0
    # reverse proxies whose X-Forwarded-For is believed (core/api/clientaddr.py); none = the TCP peer is the client
    trusted_proxies: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_env(cls, home: str | Path | None = None, database_url: str | None = None) -> Settings:
        h = Path(home or os.environ.get("SAFEBLOCKS_HOME") or "./var").resolve()
        url = database_url or os.environ.get("SAFEBLOCKS_DATABASE_URL") or f"sqlite:///{h / 'safeblocks.db'}"
        raw = os.environ.get("SAFEBLOCKS_REORDER_WINDOW_S", "0")
        try:
            window = float(raw)
        except ValueError:
            raise ValueError(f"SAFEBLOCKS_REORDER_WINDOW_S={raw!r} is not a number of seconds") from None
        proxies = trusted_proxies(os.environ.get("SAFEBLOCKS_TRUSTED_PROXIES", ""))
        return cls(h, url, max(0.0, window), proxies)

    @property
    def uploads(self) -> Path:
        return self.home / "uploads"


def trusted_proxies(raw: str) -> tuple[IPNetwork, ...]:
    """``127.0.0.1,10.0.0.0/8,::1``: addresses and networks, comma-separated. A network with host bits
    (``10.0.0.1/8``) is refused rather than widened: it is more likely a typo than a meant /8."""
    out = []
    for item in (x.strip() for x in raw.split(",")):
        if not item:
            continue
        try:
            out.append(ipaddress.ip_network(item))
        except ValueError as e:
            raise ValueError(f"SAFEBLOCKS_TRUSTED_PROXIES: {item!r} is not an IP address or network ({e}); "
                             f"expected e.g. 127.0.0.1,10.0.0.0/8 / SAFEBLOCKS_TRUSTED_PROXIES 中的 {item!r} "
                             f"不是 IP 地址或网段，示例：127.0.0.1,10.0.0.0/8") from None
    return tuple(out)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets readers (SSE, queries) run beside the one writer; busy_timeout makes a second writer
    # wait instead of failing with "database is locked"; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        eng = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(eng, "connect", _sqlite_pragmas)
        return eng
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config(str(REPO_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["quiet"] = True  # the service configures logging itself
    # '%' is ConfigParser interpolation syntax; URL-encoded passwords contain it
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str) -> None:
    """Bring the database to the newest migration (a first start creates every table)."""
    from alembic import command

    command.upgrade(alembic_config(url), "head")
