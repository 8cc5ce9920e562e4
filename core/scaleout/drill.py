"""Fault drills of a NATS deployment, with real worker processes and real signals, and the checks:
decisions lost, decisions and actions duplicated, how long a partition stood still.

- :func:`drill`: one worker killed with SIGKILL mid-stream and restarted at once, as a supervisor
  would (its lease is its predecessor's: it takes it back without waiting).
- :func:`failover_drill`: one worker killed with SIGKILL and *not* restarted — the survivors adopt
  its partition once its lease lapses — then restarted, and the partition handed back; or
  (``pause=True``) one worker stopped with SIGSTOP past its lease and continued with SIGCONT, a
  zombie that must notice it lost the partition and write nothing over the adopter's checkpoints.

``python -m core.scaleout.drill [RUNS [LEASE_S [kill|pause]]]`` prints the failover figures of several
runs as JSON.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nats
from nats.js.errors import NotFoundError

from core.runtime.decisions import verify_chain
from core.runtime.live import TICK
from core.scaleout.bridge import Input, publish_inputs
from core.scaleout.lease import checkpoint_key, lease_key
from core.scaleout.partition import DECISIONS_STREAM, EVENTS_STREAM, Partitioner, preferred


@dataclass
class DrillReport:
    messages: int = 0
    decisions: int = 0
    decisions_lost: int = 0
    decisions_duplicated: int = 0
    killed_partition: int = -1
    resume_s: float = 0.0  # SIGKILL -> the partition's ack floor moves again (restart included)
    drain_s: float = 0.0  # publishing start -> every consumer has nothing pending
    throughput_eps: float = 0.0  # messages / drain_s
    records: list[dict[str, Any]] = field(default_factory=list)
    stats: list[dict[str, Any]] = field(default_factory=list)  # the workers' STATS lines at their clean exit


def start_worker(url: str, rules_dir: str, partitions: int, index: int, lease_s: float | None,
           log: Path | None) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    cmd = [sys.executable, "-m", "core.scaleout.cli", "worker", "--nats", url, "--partitions", str(partitions),
           "--index", str(index), "--rules", rules_dir]
    cmd += ["--lease", str(lease_s)] if lease_s is not None else []
    # the child keeps its own copy of the log file; ours is closed once it has started
    with open(log, "a") if log is not None else contextlib.nullcontext(subprocess.DEVNULL) as err:
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=env)


def wait_ready(proc: subprocess.Popen[str], index: int) -> subprocess.Popen[str]:
    assert proc.stdout is not None
    line = proc.stdout.readline()  # READY (or '' if it died): bounded by the process itself
    if not line.startswith("READY"):
        proc.kill()
        proc.wait(10)
        raise RuntimeError(f"worker {index} did not start / 工作进程未启动: {line!r}")
    return proc


def spawn_worker(url: str, rules_dir: str, partitions: int, index: int, lease_s: float | None = None,
                 log: Path | None = None) -> subprocess.Popen[str]:
    return wait_ready(start_worker(url, rules_dir, partitions, index, lease_s, log), index)


def spawn_workers(url: str, rules_dir: str, partitions: int, lease_s: float | None = None,
                  logs: Path | None = None) -> list[subprocess.Popen[str]]:
    """All workers started at once (their start-up is mostly imports), each waited for READY."""
    procs = [start_worker(url, rules_dir, partitions, i, lease_s, logs / f"worker{i}.log" if logs else None)
             for i in range(partitions)]
    try:
        return [wait_ready(p, i) for i, p in enumerate(procs)]
    except BaseException:
        stop_workers(procs)
        raise


def stop_workers(procs: list[subprocess.Popen[str]]) -> list[dict[str, Any]]:
    """SIGTERM (SIGCONT first: a stopped process cannot act on it), wait, SIGKILL if need be;
    the STATS line each clean exit printed."""
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGCONT)
            p.terminate()
    stats = []
    for p in procs:
        try:
            p.wait(15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(10)
        if p.stdout is not None:
            stats += [json.loads(line[6:]) for line in p.stdout.read().splitlines() if line.startswith("STATS ")]
            p.stdout.close()
    return stats


async def _floor(js: Any, p: int) -> tuple[int, int]:
    try:
        ci = await js.consumer_info(EVENTS_STREAM, f"w-p{p}")
    except NotFoundError:  # a (re)starting worker re-creates its durable at its checkpoint
        return 0, 1
    return ci.ack_floor.stream_seq, ci.num_pending + ci.num_ack_pending


async def drain(js: Any, partitions: int, messages: int, limit_s: float) -> bool:
    """Until every partition's consumer has applied and acked everything stored (bounded)."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        states = [await _floor(js, p) for p in range(partitions)]
        stored = (await js.stream_info(EVENTS_STREAM)).state.last_seq
        if all(pending == 0 for _, pending in states) and stored >= messages:
            return True
        await asyncio.sleep(0.01)
    return False


async def read_stream(js: Any, prefix: str) -> list[tuple[str, dict[str, Any]]]:
    info = await js.stream_info(DECISIONS_STREAM)
    out = []
    for seq in range(info.state.first_seq, info.state.last_seq + 1):
        m = await js.get_msg(DECISIONS_STREAM, seq)
        if m.subject and m.data and m.subject.startswith(prefix):  # no body: an owner's fence marker
            out.append((m.subject, json.loads(m.data)))
    return out


async def drill(url: str, rules: list[Any], rules_dir: str, inputs: list[Input], partitions: int = 3,
                kill_signal: str = "CS-01.o2", kill: bool = True, limit_s: float = 90.0) -> DrillReport:
    rep = DrillReport()
    part = Partitioner(rules, partitions)
    procs = await asyncio.to_thread(spawn_workers, url, rules_dir, partitions)
    victim = part.partition(kill_signal)
    rep.killed_partition = victim
    nc = await nats.connect(url)
    try:
        js = nc.jetstream()
        t0 = time.perf_counter()
        cut = len(inputs) // 3
        rep.messages = await publish_inputs(nc, part, inputs[:cut])
        if kill:
            deadline = time.monotonic() + limit_s
            while (await _floor(js, victim))[0] == 0 and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            procs[victim].send_signal(signal.SIGKILL)
            t_kill = time.perf_counter()
            procs[victim].wait(10)
            floor_at_kill = (await _floor(js, victim))[0]
            rep.messages += await publish_inputs(nc, part, inputs[cut:])
            procs[victim] = await asyncio.to_thread(spawn_worker, url, rules_dir, partitions, victim)
            while (await _floor(js, victim))[0] <= floor_at_kill and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            rep.resume_s = time.perf_counter() - t_kill
        else:
            rep.messages += await publish_inputs(nc, part, inputs[cut:])
        await drain(js, partitions, rep.messages, limit_s)
        rep.drain_s = time.perf_counter() - t0
        rep.throughput_eps = rep.messages / rep.drain_s if rep.drain_s else 0.0
        # (no wait needed: a worker publishes a batch's decisions before it acks the batch)
        rep.records = [rec for _, rec in await read_stream(js, "sb.dec.")]
    finally:
        await nc.close()
        rep.stats = await asyncio.to_thread(stop_workers, procs)
    ids = [r["id"] for r in rep.records]
    rep.decisions = len(set(ids))
    rep.decisions_duplicated = len(ids) - len(set(ids))
    return rep


class KvLog:
    """Every write to the workers' KV bucket in the order the server stored it, as an ordered
    consumer delivered it, stamped with the drill's clock on arrival."""

    def __init__(self) -> None:
        self.entries: list[tuple[float, str, int, dict[str, Any] | None]] = []
        self._watcher: Any = None
        self._task: asyncio.Task[None] | None = None

    async def start(self, js: Any) -> None:
        from core.scaleout.streams import ensure_streams

        kv = await ensure_streams(js)
        self._watcher = await kv.watch(">")
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        async for e in self._watcher:
            if e is not None:
                doc = json.loads(e.value) if e.value and e.operation is None else None
                self.entries.append((time.perf_counter(), e.key, int(e.revision), doc))

    async def stop(self) -> None:
        if self._watcher is not None:
            await self._watcher.stop()
        if self._task is not None:
            await self._task

    def checkpoints(self, p: int) -> list[tuple[float, dict[str, Any]]]:
        return [(t, doc) for t, k, _, doc in self.entries if k == checkpoint_key(p) and doc is not None]

    def find(self, p: int, pred: Callable[[dict[str, Any]], bool], after: float) -> tuple[float, dict[str, Any]] | None:
        """The first checkpoint of p that arrived after ``after`` and satisfies ``pred``."""
        return next(((t, doc) for t, doc in self.checkpoints(p) if t >= after and pred(doc)), None)

    async def wait(self, p: int, pred: Callable[[dict[str, Any]], bool], after: float, limit_s: float) -> tuple[float, dict[str, Any]]:
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            if (hit := self.find(p, pred, after)) is not None:
                return hit
            await asyncio.sleep(0.005)
        raise TimeoutError(f"partition {p}: no such checkpoint within {limit_s} s / 未等到检查点")

    def released(self, p: int, after: float) -> float | None:
        """When partition p's lease was last deleted (handed back) after ``after``."""
        times = [t for t, k, _, doc in self.entries if k == lease_key(p) and doc is None and t >= after]
        return times[-1] if times else None

    def regressions(self) -> int:
        """Checkpoint writes that went back — in applied sequence or in ownership epoch — after a
        later one: what a zombie writing over its successor would leave."""
        last: dict[str, tuple[int, int]] = {}
        bad = 0
        for _, key, _, doc in self.entries:
            if doc is None or "seq" not in doc:
                continue
            now = (int(doc["seq"]), int(doc.get("epoch", 0)))
            prev = last.get(key, (0, 0))
            bad += now[0] < prev[0] or now[1] < prev[1]
            last[key] = (max(now[0], prev[0]), max(now[1], prev[1]))
        return bad


@dataclass
class FailoverReport:
    messages: int = 0
    victim: int = -1  # the worker killed (or paused); it prefers partition `partition`
    partition: int = -1
    adopter: int = -1
    adopted_s: float = 0.0  # SIGKILL/SIGSTOP -> an adopter restored the partition and consumes it (its claim)
    resume_s: float = 0.0  # SIGKILL/SIGSTOP -> the partition's checkpoint moves again (processed again)
    handback_s: float = 0.0  # restarted worker READY (or SIGCONT) -> it restored its partition and consumes it
    handback_resume_s: float = 0.0  # ... -> its checkpoint of the partition moves again
    handback_gap_s: float = 0.0  # the adopter deleted the lease -> the owner restored and consumes (the stall)
    drain_s: float = 0.0
    chains_ok: bool = False  # every partition's published decisions form one unbroken hash chain
    checkpoint_regressions: int = 0
    zombie_writes: int = 0  # checkpoints the paused worker wrote under its old epoch after the adopter's claim
    records_failover: list[dict[str, Any]] = field(default_factory=list)  # decisions before the victim returned
    records: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    stats: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in self.__dict__.items()
                if not isinstance(v, list)} | {"stats": self.stats}


def cut_after_tick(inputs: list[Input], at: int) -> int:
    """The first cut at or after ``at`` that ends an instant (after a tick), so a prefix of the
    inputs is a complete run on its own."""
    while at < len(inputs) and inputs[at - 1][0] != TICK:
        at += 1
    return at


async def failover_drill(url: str, rules: list[Any], rules_dir: str, inputs: list[Input], partitions: int = 3,
                         lease_s: float = 1.5, kill_signal: str = "CS-01.o2", pause: bool = False,
                         logs: Path | None = None, limit_s: float = 60.0) -> FailoverReport:
    rep = FailoverReport()
    part = Partitioner(rules, partitions)
    p = rep.partition = part.partition(kill_signal)
    v = rep.victim = preferred(p, partitions)
    c1, c2 = cut_after_tick(inputs, len(inputs) // 3), cut_after_tick(inputs, 2 * len(inputs) // 3)
    nc = await nats.connect(url)
    kvlog = KvLog()
    procs: list[subprocess.Popen[str]] = []
    try:
        js = nc.jetstream()
        await kvlog.start(js)
        procs = await asyncio.to_thread(spawn_workers, url, rules_dir, partitions, lease_s, logs)
        t0 = time.perf_counter()
        rep.messages = await publish_inputs(nc, part, inputs[:c1])
        _, first = await kvlog.wait(p, lambda d: d["seq"] > 0 and d.get("owner") == v, t0, limit_s)  # the victim works
        procs[v].send_signal(signal.SIGSTOP if pause else signal.SIGKILL)
        t_kill = time.perf_counter()
        if not pause:
            procs[v].wait(10)
        rep.messages += await publish_inputs(nc, part, inputs[c1:c2])
        t_adopt, claim = await kvlog.wait(p, lambda d: d.get("owner", v) != v, t_kill, limit_s)
        rep.adopter, rep.adopted_s = int(claim["owner"]), t_adopt - t_kill
        t_res, _ = await kvlog.wait(p, lambda d: d["owner"] != v and d["seq"] > claim["seq"], t_kill, limit_s)
        rep.resume_s = t_res - t_kill
        if not await drain(js, partitions, rep.messages, limit_s):
            raise TimeoutError("the survivors did not drain the stream / 存活工作进程未处理完")
        rep.records_failover = [rec for _, rec in await read_stream(js, "sb.dec.")]
        if pause:
            procs[v].send_signal(signal.SIGCONT)
        else:
            procs[v] = await asyncio.to_thread(spawn_worker, url, rules_dir, partitions, v, lease_s,
                                               logs / f"worker{v}.log" if logs else None)
        t_back = time.perf_counter()

        def back(d: dict[str, Any]) -> bool:
            return bool(d["owner"] == v and d["epoch"] > claim["epoch"])

        # the rest trickles in while the partition changes hands (events in flight during the
        # handback); a quarter is held back for after it, so the owner has new events to process
        i, reserve = c2, (len(inputs) - c2) // 4
        while i < len(inputs) - reserve and kvlog.find(p, back, t_back) is None:
            rep.messages += await publish_inputs(nc, part, inputs[i:i + 200])
            i += 200
            await asyncio.sleep(0.1)
        t_hb, own = await kvlog.wait(p, back, t_back, limit_s)
        rep.messages += await publish_inputs(nc, part, inputs[i:])
        rep.handback_s = t_hb - t_back
        t_rel = kvlog.released(p, t_back)
        rep.handback_gap_s = t_hb - t_rel if t_rel is not None else float("nan")
        t_hr, _ = await kvlog.wait(p, lambda d: back(d) and d["epoch"] == own["epoch"] and d["seq"] > own["seq"],
                                   t_back, limit_s)
        rep.handback_resume_s = t_hr - t_back
        if not await drain(js, partitions, rep.messages, limit_s):
            raise TimeoutError("the stream was not drained after the handback / 交还后未处理完")
        rep.drain_s = time.perf_counter() - t0
        decided = await read_stream(js, "sb.dec.")
        rep.records = [rec for _, rec in decided]
        rep.chains_ok = all(verify_chain([r for s, r in decided if s == f"sb.dec.{q}"]).ok for q in range(partitions))
        rep.actions = [rec for _, rec in await read_stream(js, "sb.act.")]
    finally:
        rep.stats = await asyncio.to_thread(stop_workers, procs)
        await kvlog.stop()
        await nc.close()
    rep.checkpoint_regressions = kvlog.regressions()
    rep.zombie_writes = sum(1 for t, d in kvlog.checkpoints(p)
                            if t > t_adopt and d["owner"] == v and d["epoch"] == first["epoch"])
    return rep


def main(argv: list[str]) -> int:
    """``[RUNS [LEASE_S [kill|pause]]]``: failover figures over several runs, each on its own
    nats-server (loopback, temporary folder), checked against the embedded runtime."""
    import tempfile

    from plugins.simulator import RULES_DIR
    from plugins.simulator.brokers import NatsServer
    from plugins.simulator.faults import fault_inputs, load_rules, reference

    runs = int(argv[0]) if argv else 5
    lease_s = float(argv[1]) if len(argv) > 1 else 3.0
    pause = len(argv) > 2 and argv[2] == "pause"
    rules, inputs = load_rules(), fault_inputs(("gas_leak", "sensor_dropout", "o2_depletion", "permit_lifecycle"))
    want = {d.id for d in reference(rules, inputs)}
    reports = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as d:
            srv = NatsServer(Path(d), 3)
            srv.start()
            try:
                reports.append(asyncio.run(failover_drill(srv.url, rules, str(RULES_DIR), inputs, lease_s=lease_s, pause=pause)))
            finally:
                srv.stop()

    def spread(name: str) -> dict[str, float]:
        xs = [getattr(r, name) for r in reports]
        return {"min": round(min(xs), 3), "median": round(statistics.median(xs), 3), "max": round(max(xs), 3)}

    def dups(xs: list[str]) -> int:
        return len(xs) - len(set(xs))

    times = ("adopted_s", "resume_s", "handback_s", "handback_resume_s", "handback_gap_s")
    print(json.dumps({"runs": runs, "lease_s": lease_s, "mode": "SIGSTOP/SIGCONT" if pause else "SIGKILL, restarted later",
                      **{k: spread(k) for k in times},
                      "decisions_lost": sum(len(want - {x["id"] for x in r.records}) for r in reports),
                      "decisions_duplicated": sum(dups([x["id"] for x in r.records]) for r in reports),
                      "actions_duplicated": sum(dups([a["idempotency_key"] for a in r.actions]) for r in reports),
                      "chains_ok": all(r.chains_ok for r in reports),
                      "checkpoint_regressions": sum(r.checkpoint_regressions for r in reports),
                      "zombie_checkpoint_writes": sum(r.zombie_writes for r in reports),
                      "republished_dropped_by_dedup": sum(s["republished"] for r in reports for s in r.stats),
                      "decision_publishes_refused": sum(s.get("refused", 0) for r in reports for s in r.stats)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
