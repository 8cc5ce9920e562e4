"""``safeblocks simulate``: run a plant scenario (module ``plugins.simulator.cli``, ``add_parser``).

Embedded (default): the closed loop through a live runtime — decisions as JSON Lines on stdout,
actions answered by the simulated plant. ``--mqtt HOST:PORT``: publish the scenario's events to a
broker instead (commands received back on ``<prefix>/cmd/#`` are executed by the plant).
Until registered in ``core.cli``: ``python -m plugins.simulator.cli simulate gas_leak``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any


def cmd_simulate(args: argparse.Namespace) -> int:
    from plugins.simulator.plant import RULES_DIR, load_scenario, scenario_names

    if args.list or not args.scenario:
        for name in scenario_names():
            doc = load_scenario(name)
            print(f"{name:<18} {doc['title']['zh']} / {doc['title']['en']}")
        return 0
    from plugins.simulator.run import plant_for, publish_mqtt, run_closed_loop

    try:
        plant = plant_for(args.scenario)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.mqtt:
        host, _, port = args.mqtt.rpartition(":")
        n = asyncio.run(publish_mqtt(plant, host or "127.0.0.1", int(port), prefix=args.prefix, speed=args.speed))
        print(f"{n} events published / 已发布 {n} 个事件", file=sys.stderr)
        return 0
    from core.runtime.live import LiveRuntime
    from core.runtime.session import RuleSet

    rs = RuleSet.load(args.rules or [str(RULES_DIR)])
    errors = [p for p in rs.problems if p.severity == "error" and p.code != "no_manifest"]
    for p in errors:
        print(p.format(), file=sys.stderr)
    if errors:
        return 1
    rt = LiveRuntime(rs.rules, args.journal)
    res = run_closed_loop(rt, plant)
    for d in res.decisions:
        rec = d.record() | {"prev_hash": d.prev_hash, "hash": d.hash}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":"), default=str) + "\n")
    print(f"{res.events} events, {len(res.decisions)} decisions, {len(plant.executed)} actions executed by the plant"
          f" / {res.events} 个事件，{len(res.decisions)} 条决策", file=sys.stderr)
    rt.close()
    return 0


def add_parser(sub: Any) -> None:
    p = sub.add_parser("simulate", help="run a plant scenario (closed loop, or publish over MQTT)")
    p.add_argument("scenario", nargs="?", help="scenario name or file (omit or --list to list them)")
    p.add_argument("--list", action="store_true")
    p.add_argument("--rules", action="append", help="rule files, folders or pack ids (default: the simulator's demo rules)")
    p.add_argument("--journal", help="journal the run in this SQLite file")
    p.add_argument("--mqtt", help="HOST:PORT: publish the events to this broker instead")
    p.add_argument("--prefix", default="safeblocks/sim", help="MQTT topic prefix")
    p.add_argument("--speed", type=float, default=0.0, help="x real time for --mqtt (0: as fast as possible)")
    p.set_defaults(fn=cmd_simulate)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(prog="safeblocks")
    add_parser(ap.add_subparsers(dest="cmd", required=True))
    a = ap.parse_args()
    sys.exit(int(a.fn(a) or 0))
