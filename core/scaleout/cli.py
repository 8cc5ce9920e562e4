"""``safeblocks worker``: one runtime worker of a NATS JetStream deployment.

Register with ``core.cli._extra_commands`` (module ``core.scaleout.cli``); meanwhile
``python -m core.scaleout.cli worker --nats URL --partitions N --index I --rules DIR [--lease S]``.

Exit status: 0 after a clean stop, 1 no usable rules, 2 bad arguments, 3 another live process runs
with the same ``--index`` (core/scaleout/identity.py: the newcomer refuses, or the one that goes).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
from typing import Any


def cmd_worker(args: argparse.Namespace) -> int:
    from core.runtime.session import RuleSet
    from core.scaleout.identity import DuplicateIndex
    from core.scaleout.worker import Worker

    rs = RuleSet.load(args.rules)
    errors = [p for p in rs.problems if p.severity == "error" and p.code not in ("no_manifest",)]
    for p in errors:
        print(p.format(), file=sys.stderr)
    if errors or not rs.rules:
        print("no usable rules: worker not started / 没有可用规则，未启动", file=sys.stderr)
        return 1
    if not args.lease > 0:
        print("--lease must be positive / --lease 必须为正数", file=sys.stderr)
        return 2
    if not args.snapshot_s >= 0:
        print("--snapshot-s must not be negative / --snapshot-s 不能为负数", file=sys.stderr)
        return 2
    worker = Worker(args.nats, rs.rules, args.partitions, args.index, args.workers, lease_s=args.lease,
                    snapshot_s=args.snapshot_s)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, worker.stop)
        task = asyncio.create_task(worker.run())
        ready = asyncio.create_task(worker.ready.wait())
        await asyncio.wait([task, ready], return_when=asyncio.FIRST_COMPLETED)  # run() may fail before READY
        if ready.done():
            print(f"READY partitions={sorted(worker.parts)}", flush=True)
        else:
            ready.cancel()
        await task

    status = 0
    try:
        asyncio.run(main())
    except DuplicateIndex as err:
        print(str(err), file=sys.stderr, flush=True)
        status = 3
    # what this process did, for the drill and the operator: partitions served, takeovers, re-sends
    print("STATS " + json.dumps({"index": args.index, "served": [st.p for st in worker.served],
                                 "processed": sum(st.processed for st in worker.served),
                                 "republished": sum(st.republished for st in worker.served), **worker.stats}), flush=True)
    return status


def add_parser(sub: Any) -> None:
    p = sub.add_parser("worker", help="a runtime worker on NATS JetStream: its preferred partitions, and a dead worker's")
    p.add_argument("--nats", required=True, help="server URL, e.g. nats://127.0.0.1:4222")
    p.add_argument("--partitions", type=int, required=True, help="N of the server's partition(N,1) mapping")
    p.add_argument("--index", type=int, required=True, help="this worker's index")
    p.add_argument("--workers", type=int, default=None, help="number of workers (default N: one partition each)")
    p.add_argument("--lease", type=float, default=3.0,
                   help="seconds a silent worker keeps its partitions before live workers adopt them (default 3)")
    p.add_argument("--snapshot-s", type=float, default=float(os.environ.get("SAFEBLOCKS_SNAPSHOT_S", "10")),
                   help="seconds between engine snapshots of a partition: bounds the stream a takeover replays "
                        "(default 10, or $SAFEBLOCKS_SNAPSHOT_S; 0 = at every checkpoint)")
    p.add_argument("--rules", action="append", required=True, help="rule files, folders or pack ids (repeat)")
    p.set_defaults(fn=cmd_worker)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    ap = argparse.ArgumentParser(prog="safeblocks")
    add_parser(ap.add_subparsers(dest="cmd", required=True))
    args = ap.parse_args(argv)
    return int(args.fn(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
