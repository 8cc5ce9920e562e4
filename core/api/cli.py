"""`safeblocks serve`: API + embedded runtime (+ builder UI and simulator when their plugins are installed)."""

from __future__ import annotations

import argparse
import logging
import threading
import time
from typing import Any


def _ticker(app: Any, stop: threading.Event, period_s: float = 1.0) -> None:
    """Live mode: the wall clock advances every plant's engine, so timers fire when a sensor is silent."""
    from core.api.workflows.permits import expire_if_due
    from core.storage.tables_work import Permit

    svc = app.state.services
    last_sweep = 0.0
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
            with svc.sessions() as db:
                for p in db.query(Permit).filter(Permit.status.in_(("active", "suspended"))).all():
                    expire_if_due(db, svc.runtime, p)
                db.commit()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from core.api.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_app()
    if args.simulate:
        connectors = app.state.services.host.registry.connectors
        sim = next((c for c in connectors if "sim" in getattr(c, "name", "")), None)
        if sim is None:
            print("safeblocks: --simulate: no simulator plugin is installed; starting without it")
        else:
            app.state.services.extra["simulator"] = sim
            print(f"safeblocks: simulator plugin {sim.name} registered (started by its plugin)")
    stop = threading.Event()
    t = threading.Thread(target=_ticker, args=(app, stop), daemon=True, name="safeblocks-ticker")
    t.start()
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    finally:
        stop.set()
    return 0


def add_parser(sub: Any) -> None:
    p = sub.add_parser("serve", help="API + embedded runtime (+ builder UI and plant simulator when installed)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--simulate", action="store_true", help="start the plant simulator plugin, if one is installed")
    p.set_defaults(fn=cmd_serve)
