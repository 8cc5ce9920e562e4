"""Fault drill of a NATS deployment: worker processes, one killed with SIGKILL mid-stream and
restarted at once (as a supervisor would), and the checks: decisions lost, decisions duplicated,
time until the killed worker's partition is processed again. Used by the tests and the figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nats
from nats.js.errors import NotFoundError

from core.scaleout.bridge import Input, publish_inputs
from core.scaleout.partition import DECISIONS_STREAM, EVENTS_STREAM, Partitioner


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


def spawn_worker(url: str, rules_dir: str, partitions: int, index: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    cmd = [sys.executable, "-m", "core.scaleout.cli", "worker", "--nats", url, "--partitions", str(partitions),
           "--index", str(index), "--rules", rules_dir]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()  # READY (or '' if it died): bounded by the process itself
    if not line.startswith("READY"):
        proc.kill()
        proc.wait(10)
        raise RuntimeError(f"worker {index} did not start / 工作进程未启动: {line!r}")
    return proc


async def _floor(js: Any, p: int) -> tuple[int, int]:
    try:
        ci = await js.consumer_info(EVENTS_STREAM, f"w-p{p}")
    except NotFoundError:  # a (re)starting worker re-creates its durable at its checkpoint
        return 0, 1
    return ci.ack_floor.stream_seq, ci.num_pending + ci.num_ack_pending


async def drill(url: str, rules: list[Any], rules_dir: str, inputs: list[Input], partitions: int = 3,
                kill_signal: str = "CS-01.o2", kill: bool = True, limit_s: float = 90.0) -> DrillReport:
    rep = DrillReport()
    part = Partitioner(rules, partitions)
    procs = [spawn_worker(url, rules_dir, partitions, i) for i in range(partitions)]
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
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:  # bounded: until every consumer has drained
            states = [await _floor(js, p) for p in range(partitions)]
            stored = (await js.stream_info(EVENTS_STREAM)).state.last_seq
            if all(pending == 0 for _, pending in states) and stored >= rep.messages:
                break
            await asyncio.sleep(0.01)
        rep.drain_s = time.perf_counter() - t0
        rep.throughput_eps = rep.messages / rep.drain_s if rep.drain_s else 0.0
        # (no wait needed: a worker publishes a batch's decisions before it acks the batch)
        info = await js.stream_info(DECISIONS_STREAM)
        for seq in range(info.state.first_seq, info.state.last_seq + 1):
            m = await js.get_msg(DECISIONS_STREAM, seq)
            if m.subject and m.data and m.subject.startswith("sb.dec."):
                rep.records.append(json.loads(m.data))
    finally:
        await nc.close()
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(10)
    ids = [r["id"] for r in rep.records]
    rep.decisions = len(set(ids))
    rep.decisions_duplicated = len(ids) - len(set(ids))
    return rep
