"""The two fences beyond the leases, on a real nats-server: one live process per worker index
(core/scaleout/identity.py), and decisions appended only by the partition's owner however late a
stale writer's publish arrives (core/scaleout/fence.py) — with real worker processes, SIGKILL,
SIGSTOP, and a relay that holds a worker's bytes in flight."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import signal
import time
from pathlib import Path
from typing import Any

import nats
import pytest
from nats.js.api import StreamConfig

from core.runtime.decisions import verify_chain
from core.runtime.session import RuleSet
from core.scaleout import fence
from core.scaleout.bridge import publish_inputs
from core.scaleout.drill import (
    cut_after_tick,
    drain,
    read_stream,
    spawn_worker,
    spawn_workers,
    start_worker,
    stop_workers,
    wait_ready,
)
from core.scaleout.identity import DuplicateIndex, Heartbeat, answer_pings, check_index, ping_subject
from core.scaleout.lease import checkpoint_key, hb_key, read
from core.scaleout.partition import DECISIONS_STREAM, KV_BUCKET, Partitioner, preferred
from core.scaleout.streams import ensure_streams
from plugins.simulator.faults import fault_inputs
from tests.plant.conftest import NatsServer
from tests.plant.test_scaleout import SCENARIOS, embedded, strip

LEASE_S = 1.5
WINDOW_S = 0.3  # the decisions stream's de-duplication window in the zombie test: every late publish is past it
LIMIT_S = 60.0


def _dec(i: int, *actions: str) -> dict[str, Any]:
    return {"id": f"r@{i}", "actions": [{"type": "notify", "idempotency_key": f"k{i}{a}"} for a in actions]}


def test_decision_fence_refuses_a_stale_writer_past_the_dedup_window(nats3: NatsServer) -> None:
    async def main() -> None:
        nc = await nats.connect(nats3.url)
        try:
            js = nc.jetstream()
            await js.add_stream(StreamConfig(name=DECISIONS_STREAM, subjects=["sb.dec.>", "sb.act.>"],
                                             duplicate_window=WINDOW_S))
            a = await fence.claim(js, 5, 0, owner=0, epoch=1)  # the first owner: an empty subject
            assert a.ahead == {} and a.sent == set()
            s1, _ = await fence.publish(js, 5, _dec(1), a.seq)  # covered by a's last checkpoint
            s2, _ = await fence.publish(js, 5, _dec(2, "x"), s1)  # published after it ...
            await js.publish("sb.act.notify", b"{}", headers={"Nats-Msg-Id": "k2x"})
            s3, _ = await fence.publish(js, 5, _dec(3, "y", "z"), s2)
            await js.publish("sb.act.notify", b"{}", headers={"Nats-Msg-Id": "k3y"})  # ... and a stopped before k3z
            await js.publish("sb.act.notify", b"{}", headers={"Nats-Msg-Id": "k9q"})  # another partition's action
            # b takes the partition over from a's checkpoint (covering r@1): it learns what a appended after it
            b = await fence.claim(js, 5, s1, owner=1, epoch=2)
            assert b.ahead == {"r@2": s2, "r@3": s3} and b.sent == {"k2x", "k3y"} and b.seq > s3
            # a, resumed, appends its next decision: refused, although b has appended no decision yet (the marker)
            with pytest.raises(fence.Refused):
                await fence.publish(js, 5, _dec(4), s3)
            s4, dup = await fence.publish(js, 5, _dec(4), b.seq)
            assert not dup
            # within the window, a's re-publish of r@4 is a duplicate (JetStream checks the id first): not appended
            assert await fence.publish(js, 5, _dec(4), s3) == (s4, True)
            await asyncio.sleep(2 * WINDOW_S)  # JetStream forgets r@4's id
            with pytest.raises(fence.Refused):
                await fence.publish(js, 5, _dec(4), s3)  # past the window: only the fence stops it
            with pytest.raises(fence.Refused):
                await fence.publish(js, 5, _dec(4), b.seq)  # b's own stale position too
            got = [rec["id"] for _, rec in await read_stream(js, "sb.dec.5")]
            assert got == ["r@1", "r@2", "r@3", "r@4"]  # the markers have no body
        finally:
            await nc.close()

    asyncio.run(main())


def test_one_live_process_per_worker_index(nats3: NatsServer) -> None:
    lease = 1.0

    async def main() -> None:
        nc1, nc2 = await nats.connect(nats3.url), await nats.connect(nats3.url)
        try:
            kv = await ensure_streams(nc1.jetstream())
            kv2 = await nc2.jetstream().key_value(KV_BUCKET)
            elder = Heartbeat(kv, 4, "elder", lease, await check_index(nc1, kv, 4, "elder", lease))
            await elder.beat()
            await elder.beat()
            pings = await answer_pings(nc1, 4, "elder")
            with pytest.raises(DuplicateIndex, match="拒绝启动"):  # it answers: a live twin is refused at start
                await check_index(nc2, kv2, 4, "twin", lease)
            # two that passed the start check together: the heartbeat's CAS tells them apart, the younger goes
            twin = Heartbeat(kv2, 4, "twin", lease, (await read(kv2, hb_key(4)))[0])
            await twin.beat()
            await elder.beat()  # sees the twin's write; older and live: writes on
            with pytest.raises(DuplicateIndex, match="本进程退出"):
                await twin.beat()
            await elder.beat()
            # the elder is paused (connected, silent): a newcomer is refused if its heartbeat moves ...
            await pings.unsubscribe()
            mute = await nc1.subscribe(ping_subject(4))  # a connection that never answers
            newcomer = asyncio.create_task(check_index(nc2, kv2, 4, "newcomer", lease))
            await asyncio.sleep(lease / 3)
            await elder.beat()
            with pytest.raises(DuplicateIndex):
                await newcomer
            # ... and goes on once it has lapsed: a dead predecessor
            t = time.monotonic()
            rev = await check_index(nc2, kv2, 4, "newcomer", lease)
            print(f"start behind a silent predecessor waited {time.monotonic() - t:.2f} s (lease {lease} s)")
            newer = Heartbeat(kv2, 4, "newcomer", lease, rev)
            await newer.beat()
            with pytest.raises(DuplicateIndex, match="silent"):  # the paused elder resumes: it was replaced, it goes
                await elder.beat()
            await newer.beat()
            # the newcomer's process dies (no connection answers any more): a restart goes on at once
            await mute.unsubscribe()
            t = time.monotonic()
            assert await check_index(nc1, kv, 4, "restart", lease) == newer.rev
            print(f"restart after a dead predecessor waited {time.monotonic() - t:.3f} s")
        finally:
            await nc1.close()
            await nc2.close()

    asyncio.run(main())


def _check_exact(records: list[tuple[str, dict[str, Any]]], actions: list[dict[str, Any]], rules: list[Any],
                 inputs: list[Any]) -> None:
    want = embedded(rules, inputs)
    ids = [r["id"] for _, r in records]
    assert len(ids) == len(set(ids))  # decisions duplicated: 0
    assert {r["id"]: strip(r) for _, r in records} == {r["id"]: strip(r) for r in want}  # lost or changed: 0
    assert all(verify_chain([r for s, r in records if s == f"sb.dec.{q}"]).ok for q in range(3))
    keys = [a["idempotency_key"] for a in actions]
    assert len(keys) == len(set(keys)) and set(keys) == {a["idempotency_key"] for r in want for a in r["actions"]}


def test_second_process_with_the_same_index_is_refused_and_a_restart_after_kill_is_not(
        nats3: NatsServer, sim_rules: RuleSet, tmp_path: Path) -> None:
    from plugins.simulator import RULES_DIR

    inputs = fault_inputs(SCENARIOS)
    part = Partitioner(sim_rules.rules, 3)
    p = part.partition("CS-01.o2")
    v = preferred(p, 3)
    c1, c2 = cut_after_tick(inputs, len(inputs) // 3), cut_after_tick(inputs, 2 * len(inputs) // 3)
    out: dict[str, Any] = {}

    async def main() -> None:
        nc = await nats.connect(nats3.url)
        procs = []
        try:
            js = nc.jetstream()
            kv = await ensure_streams(js)
            procs = await asyncio.to_thread(spawn_workers, nats3.url, str(RULES_DIR), 3, LEASE_S, tmp_path)
            sent = await publish_inputs(nc, part, inputs[:c1])
            assert await drain(js, 3, sent, LIMIT_S)
            out["before"] = json.loads((await kv.get(checkpoint_key(p))).value)
            twin = await asyncio.to_thread(start_worker, nats3.url, str(RULES_DIR), 3, v, LEASE_S, tmp_path / "twin.log")
            out["twin_stdout"], _ = await asyncio.to_thread(twin.communicate, None, LIMIT_S)
            out["twin_rc"] = twin.returncode
            sent += await publish_inputs(nc, part, inputs[c1:c2])
            assert await drain(js, 3, sent, LIMIT_S)
            out["after"] = json.loads((await kv.get(checkpoint_key(p))).value)
            procs[v].kill()  # SIGKILL, and a supervisor's restart of the same index
            procs[v].wait(10)
            t = time.monotonic()
            procs[v] = await asyncio.to_thread(spawn_worker, nats3.url, str(RULES_DIR), 3, v, LEASE_S,
                                               tmp_path / "restart.log")
            out["restart_ready_s"] = time.monotonic() - t
            sent += await publish_inputs(nc, part, inputs[c2:])
            assert await drain(js, 3, sent, LIMIT_S)
            out["records"] = await read_stream(js, "sb.dec.")
            out["actions"] = [a for _, a in await read_stream(js, "sb.act.")]
        finally:
            out["stats"] = await asyncio.to_thread(stop_workers, procs)
            await nc.close()

    asyncio.run(main())
    twin_err = (tmp_path / "twin.log").read_text()
    print("duplicate index:", {k: out[k] for k in ("twin_rc", "restart_ready_s", "before", "after")}, twin_err.strip()[-300:])
    assert out["twin_rc"] == 3 and "READY" not in out["twin_stdout"]
    assert f"another live process already runs as worker {v}" in twin_err and "拒绝启动" in twin_err
    # the first process kept its lease and served on: same epoch, no fencing between the two
    before, after = out["before"], out["after"]
    assert after["owner"] == before["owner"] == v and after["epoch"] == before["epoch"] and after["seq"] > before["seq"]
    assert "拒绝启动" not in (tmp_path / "restart.log").read_text()  # the restart after the kill was not refused
    stats = {s["index"]: s for s in out["stats"]}
    assert p in stats[v]["served"] and stats[v]["adopted"] == 0
    _check_exact(out["records"], out["actions"], sim_rules.rules, inputs)


def _commands(buf: bytes) -> tuple[list[bytes], bytes]:
    """Complete NATS protocol commands at the front of ``buf``, and the rest."""
    out, i = [], 0
    while (j := buf.find(b"\r\n", i)) >= 0:
        head, end = buf[i:j].split(), j + 2
        if head and head[0].upper() in (b"PUB", b"HPUB", b"MSG", b"HMSG"):
            end += int(head[-1]) + 2  # the body and its CRLF
            if end > len(buf):
                break
        out.append(buf[i:end])
        i = end
    return out, buf[i:]


class HoldingRelay:
    """A TCP relay between one worker and nats-server that, once armed, holds everything the worker
    sends from its next command starting with ``trigger`` on — its bytes in flight, as if the process
    had stopped mid-publish or a network sat on them — until :meth:`release`; and notes what the
    server answers to the held publish."""

    def __init__(self, upstream: int, trigger: bytes) -> None:
        self.upstream, self.trigger = upstream, trigger
        self.armed, self.caught = False, b""
        self.held: list[bytes] | None = None  # None: not holding
        self.holding, self.answered = asyncio.Event(), asyncio.Event()
        self.answer: dict[str, Any] = {}
        self._up: Any = None
        self._server: Any = None
        self._tasks: list[asyncio.Task[Any]] = []

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        return f"nats://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def _client(self, cr: asyncio.StreamReader, cw: asyncio.StreamWriter) -> None:
        ur, uw = await asyncio.open_connection("127.0.0.1", self.upstream)
        self._up = uw
        self._tasks += [asyncio.create_task(self._outbound(cr, uw)), asyncio.create_task(self._inbound(ur, cw))]

    async def _outbound(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        rest = b""
        while data := await r.read(65536):
            cmds, rest = _commands(rest + data)
            for c in cmds:
                if self.armed and not self.caught and c.startswith(self.trigger):
                    self.caught, self.held = c, []
                    self.holding.set()
                if self.held is not None:
                    self.held.append(c)
                else:
                    w.write(c)
            await w.drain()

    async def _inbound(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        rest = b""
        while data := await r.read(65536):
            w.write(data)  # passed on as it comes; parsed on the side
            cmds, rest = _commands(rest + data)
            reply = self.caught.split(b"\r\n", 1)[0].split()[2] if self.caught else None
            for c in cmds:
                head, _, body = c.partition(b"\r\n")
                parts = head.split()
                if reply is not None and parts[0] in (b"MSG", b"HMSG") and parts[1] == reply:
                    hdr = int(parts[-2]) if parts[0] == b"HMSG" else 0
                    self.answer = json.loads(body[hdr:-2])
                    self.answered.set()
            await w.drain()

    def release(self) -> None:
        held, self.held = self.held or [], None
        self._up.write(b"".join(held))

    async def close(self) -> None:
        for t in self._tasks:
            t.cancel()
        if self._server is not None:
            self._server.close()


def test_paused_worker_resumed_past_the_dedup_window_cannot_append_a_decision(
        nats3: NatsServer, sim_rules: RuleSet, tmp_path: Path) -> None:
    """Worker v is stopped with its first decision of partition p in flight (held by a relay, then
    SIGSTOP); a survivor adopts p and publishes that decision; JetStream forgets its id; then v's
    publish reaches the server and v is continued. The server refuses it: one copy in the stream."""
    from plugins.simulator import RULES_DIR

    inputs = fault_inputs(SCENARIOS)
    part = Partitioner(sim_rules.rules, 3)
    p = part.partition("CS-01.o2")
    v = preferred(p, 3)
    out: dict[str, Any] = {}

    async def main() -> None:
        nc = await nats.connect(nats3.url)
        relay = HoldingRelay(nats3.port, f"HPUB sb.dec.{p} ".encode())
        procs = []
        try:
            js = nc.jetstream()
            await js.add_stream(StreamConfig(name=DECISIONS_STREAM, subjects=["sb.dec.>", "sb.act.>"],
                                             duplicate_window=WINDOW_S))
            via = await relay.start()
            started = [start_worker(via if i == v else nats3.url, str(RULES_DIR), 3, i, LEASE_S,
                                    tmp_path / f"worker{i}.log") for i in range(3)]
            procs = started
            procs = await asyncio.to_thread(lambda: [wait_ready(w, i) for i, w in enumerate(started)])
            relay.armed = True  # after v's claim (its marker): the next publish to sb.dec.<p> is a decision
            sent, i = 0, 0
            while not relay.holding.is_set() and i < len(inputs):
                sent += await publish_inputs(nc, part, inputs[i:i + 300])
                i += 300
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(relay.holding.wait(), 0.1)
            assert relay.holding.is_set(), "v published no decision of its partition"
            procs[v].send_signal(signal.SIGSTOP)
            m = re.search(rb"Nats-Msg-Id: ([^\r]+)", relay.caught)
            assert m is not None
            out["held"] = held = m.group(1).decode()
            deadline = time.monotonic() + LIMIT_S
            while held not in [r["id"] for _, r in await read_stream(js, f"sb.dec.{p}")]:  # the successor's
                assert time.monotonic() < deadline, "no survivor published the decision"
                await asyncio.sleep(0.05)
            await asyncio.sleep(2 * WINDOW_S)  # JetStream forgets the decision's id
            relay.release()  # v's publish arrives, late
            await asyncio.wait_for(relay.answered.wait(), LIMIT_S)
            out["answer"] = relay.answer
            procs[v].send_signal(signal.SIGCONT)
            sent += await publish_inputs(nc, part, inputs[i:])
            assert await drain(js, 3, sent, LIMIT_S)
            out["records"] = await read_stream(js, "sb.dec.")
            out["actions"] = [a for _, a in await read_stream(js, "sb.act.")]
        finally:
            out["stats"] = await asyncio.to_thread(stop_workers, procs)
            await relay.close()
            await nc.close()

    asyncio.run(main())
    print("zombie past the window:", {k: out[k] for k in ("held", "answer")}, out["stats"])
    assert out["answer"].get("error", {}).get("err_code") in fence.WRONG_LAST  # refused by the server
    assert [r["id"] for s, r in out["records"] if s == f"sb.dec.{p}"].count(out["held"]) == 1
    stats = {s["index"]: s for s in out["stats"]}
    assert stats[v]["fenced"] >= 1 and any(stats[w]["adopted"] >= 1 for w in stats if w != v)
    _check_exact(out["records"], out["actions"], sim_rules.rules, inputs)
