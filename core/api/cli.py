"""`safeblocks serve`: API + embedded runtime (+ builder UI and simulator when their plugins are installed)."""

from __future__ import annotations

import argparse
import logging
import threading
import time
from typing import Any


def _ticker(app: Any, stop: threading.Event, period_s: float = 1.0) -> None:
    """Live mode: the wall clock advances every plant's engine, so timers fire when a sensor is silent."""
    from core.api.workflows.hazards import escalate_overdue
    from core.api.workflows.notify import deliver
    from core.api.workflows.permits import expire_due
    from core.api.workflows.retention import policy_from_env, prune
    from core.storage.base import utcnow

    svc = app.state.services
    last_sweep = last_prune = 0.0
    while not stop.wait(period_s):
        now = time.time()
        for plant in list(svc.runtime.plants):
            try:
                with svc.sessions() as db:
                    svc.runtime.advance(db, plant, now)
            except Exception as e:  # keep ticking: one plant's trouble must not stop the others' timers
                logging.getLogger("safeblocks.service").warning("tick of %s failed: %r", plant, e)
        if now - last_sweep >= 60:
            last_sweep = now
            with svc.sessions() as db:  # validity timers (each committed under its plant's lock), hazard SLAs
                expire_due(db, svc.runtime)
                escalate_overdue(db, utcnow(), None, lambda plant: True)
                svc.limiter.prune(db, utcnow())  # failed logins past their window count for nothing
                db.commit()
            deliver(svc)  # the new notifications, and any a crash left unsent
        if now - last_prune >= 86400:  # the retention job, daily
            last_prune = now
            low, high = policy_from_env()
            with svc.sessions() as db:
                for p in prune(db, now, low, high, None, lambda plant: True):
                    logging.getLogger("safeblocks.service").info("retention: %s pruned %d decisions", p.plant, p.deleted)
                db.commit()


class PlantSink:
    """The service runtime as a simulator sink: events of the simulated plant go to plant ``sim``,
    stored and chained like any other plant's; actions reach the simulated devices through plugins."""

    def __init__(self, app: Any, plant: str = "sim") -> None:
        self.svc, self.plant = app.state.services, plant

    def submit(self, events: Any) -> list[Any]:
        with self.svc.sessions() as db:
            self.svc.runtime.ingest(db, self.plant, list(events))
        return []

    def tick(self, now: float | None = None) -> list[Any]:
        with self.svc.sessions() as db:
            self.svc.runtime.advance(db, self.plant, time.time() if now is None else now)
        return []


def _simulate(app: Any) -> Any:
    """Start the simulator plugin's connector, if one is installed, with its plant rules deployed."""
    import importlib
    from pathlib import Path

    from core.api.seed import install_rules
    from core.rules.document import load_rule_file, rule_files

    svc = app.state.services
    spec = svc.host.registry.connectors.get("simulator")
    if spec is None:
        print("safeblocks: --simulate: no simulator plugin is installed; starting without it / 未安装模拟器插件")
        return None
    folder = Path(importlib.import_module(spec.factory.__module__).__file__ or ".").parent / "rules"
    docs = [src.doc for f in (rule_files(folder) if folder.is_dir() else []) for src in [load_rule_file(f)[0]] if src]
    for line in install_rules(svc, "sim", docs, "system:simulator"):
        print(f"safeblocks: simulator rule {line}")
    handle = spec.factory(PlantSink(app))
    svc.extra["simulator"] = handle
    print("safeblocks: plant simulator running (plant 'sim') / 装置模拟器已启动（厂区 sim）")
    return handle


def _connectors(app: Any, path: str, plant: str) -> Any:
    """The plant's connectors (MQTT, OPC UA, Modbus, ...) from a configuration file, feeding one plant.
    The runner lives with the connectors plugin; it is found through a registered connector's package
    so the service does not import a plugin by name."""
    import importlib

    svc = app.state.services
    specs = [c for c in svc.host.registry.connectors if c.name != "simulator"]
    if not specs:
        raise SystemExit("safeblocks: --connectors: no connector plugin is installed / 未安装连接器插件")
    home = importlib.import_module(specs[0].factory.__module__)
    package = home.__name__ if hasattr(home, "__path__") else home.__name__.rsplit(".", 1)[0]
    runner = importlib.import_module(package + ".plant")
    sink = PlantSink(app, plant)
    try:
        conns = runner.PlantConnectors(svc.host, sink.submit, runner.load_config(path))
    except (ValueError, OSError) as e:
        raise SystemExit(f"safeblocks: {path}: {e}") from None
    conns.start()
    svc.extra["connectors"] = conns
    print(f"safeblocks: {len(conns.connectors)} connector(s) feeding plant {plant!r} / 连接器已启动")
    return conns


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from core.api.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_app()
    if args.simulate:
        _simulate(app)
    if args.connectors:
        _connectors(app, args.connectors, args.plant)
    stop = threading.Event()
    t = threading.Thread(target=_ticker, args=(app, stop), daemon=True, name="safeblocks-ticker")
    t.start()
    try:
        # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from any local peer (its default
        # FORWARDED_ALLOW_IPS) whatever SAFEBLOCKS_TRUSTED_PROXIES says; the service decides alone, and
        # only for the proxies it is told to trust (core/api/clientaddr.py)
        uvicorn.run(app, host=args.host, port=args.port, log_level="info", proxy_headers=False)
    finally:
        stop.set()
        for key in ("simulator", "connectors"):
            running = app.state.services.extra.get(key)
            if running is not None:
                running.stop()
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    """`safeblocks db upgrade|check`: migrations of the configured database (SAFEBLOCKS_DATABASE_URL)."""
    from alembic import command
    from alembic.util.exc import AutogenerateDiffsDetected

    from core.storage.db import Settings, alembic_config

    cfg = alembic_config(Settings.from_env().database_url)
    if args.action == "upgrade":
        command.upgrade(cfg, "head")
        print("database at the newest migration / 数据库已升级到最新版本")
        return 0
    try:
        command.check(cfg)
    except AutogenerateDiffsDetected as e:
        print(f"the database differs from the models: {e} / 数据库结构与模型不一致")
        return 1
    print("database matches the models / 数据库结构与模型一致")
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    """Recovery when the administrator is locked out: a new one-time password, printed once."""
    import secrets

    from sqlalchemy import select

    from core.api.audit import audit
    from core.api.auth import hash_password
    from core.api.throttle import LoginThrottle
    from core.storage.db import Settings, make_engine, session_factory, upgrade
    from core.storage.tables import Token, User

    settings = Settings.from_env()
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with session_factory(engine)() as db:
            user = db.scalar(select(User).where(User.username == args.username))
            if user is None:
                print(f"no user {args.username!r} / 没有用户 {args.username}")
                return 1
            pw = secrets.token_urlsafe(12)
            user.password_hash, user.must_change_password, user.active = hash_password(pw), True, True
            db.query(Token).filter(Token.user_id == user.id).delete()
            LoginThrottle().unlock(db, user.username)  # a locked-out admin is what this command is for
            audit(db, None, "user.reset_password", "user", user.id, after={"by": "safeblocks reset-password (console)"})
            db.commit()
    finally:
        engine.dispose()
    print(f"user {args.username!r}: one-time password: {pw} (change it at the next login) / 一次性密码：{pw}")
    return 0


def add_parser(sub: Any) -> None:
    p = sub.add_parser("serve", help="API + embedded runtime (+ builder UI and plant simulator when installed)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--simulate", action="store_true", help="start the plant simulator plugin, if one is installed")
    p.add_argument("--connectors", metavar="FILE", help="plant connectors configuration (JSON or TOML)")
    p.add_argument("--plant", default="plant", help="the plant the connectors' events belong to (default: plant)")
    p.set_defaults(fn=cmd_serve)

    p = sub.add_parser("db", help="database migrations: upgrade to the newest, or check that it matches the models")
    p.add_argument("action", choices=["upgrade", "check"])
    p.set_defaults(fn=cmd_db)

    p = sub.add_parser("reset-password", help="give a user a new one-time password (console recovery)")
    p.add_argument("username")
    p.set_defaults(fn=cmd_reset_password)
