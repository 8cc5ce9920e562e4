"""A runtime worker on NATS JetStream: ``safeblocks worker --nats URL --partitions N --index I``.

Each owned partition has its own engine (a partition's groups are independent of the others, and
separate engines keep each partition's event-time order intact), a durable pull consumer on
``sb.part.<p>.>`` and a checkpoint in the KV bucket ``sb_workers`` (key ``p<p>``):
``{"seq": last stream sequence applied, "decisions": n, "prev_hash": chain head}``.

Per fetched batch: apply the messages, publish the decisions to ``sb.dec.<p>`` (and each action to
``sb.act.<type>``) with ``Nats-Msg-Id`` = decision id / idempotency key, so JetStream drops a
re-publish after a crash; then write the checkpoint; then ack. A restarted worker rebuilds each
engine by replaying its partition's stream up to the checkpoint (decisions not re-published —
the chain head must match the checkpoint) and continues from the consumer's ack floor, skipping
what the checkpoint already covers. Rebuilding by replay, not by a serialized snapshot, because
engine state lives in block closures (see core/runtime/live.py); the stream is the journal.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import nats
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy, StreamConfig
from nats.js.errors import KeyNotFoundError, NotFoundError

from core.rules.compile import CompiledRule
from core.runtime.decisions import GENESIS, DecisionLog
from core.runtime.engine import Engine
from core.scaleout.partition import (
    DECISIONS_STREAM,
    EVENTS_STREAM,
    KV_BUCKET,
    TICK,
    Partitioner,
    owned,
    partition_of,
)

log = logging.getLogger("safeblocks.worker")


@dataclass
class PartitionState:
    p: int
    engine: Engine
    log: DecisionLog = field(default_factory=DecisionLog)
    seq: int = 0
    decisions: int = 0
    processed: int = 0
    mismatches: int = 0
    first_at: float | None = None  # wall time of the first message processed after (re)start


async def ensure_streams(js: Any) -> Any:
    """Create the streams and the KV bucket if missing (idempotent; every worker may call it)."""
    # decisions and actions are de-duplicated on their ids for an hour: longer than any restart
    for cfg in (StreamConfig(name=EVENTS_STREAM, subjects=["sb.part.>"]),
                StreamConfig(name=DECISIONS_STREAM, subjects=["sb.dec.>", "sb.act.>"], duplicate_window=3600.0)):
        try:
            await js.stream_info(cfg.name)
        except NotFoundError:
            await js.add_stream(cfg)
    try:
        return await js.key_value(KV_BUCKET)
    except Exception:  # nats-py raises BucketNotFoundError (a NotFoundError) or a JS API error
        return await js.create_key_value(bucket=KV_BUCKET, history=1)


class Worker:
    def __init__(self, url: str, rules: Sequence[CompiledRule], partitions: int, index: int,
                 workers: int | None = None, batch: int = 512) -> None:
        self.url, self.n, self.batch = url, partitions, batch
        self.partitioner = Partitioner(rules, partitions)
        self.owned = owned(index, partitions, workers)
        by_p = self.partitioner.rules_for(self.owned)
        self.parts = {p: PartitionState(p, Engine(by_p[p])) for p in self.owned}
        self.ready = asyncio.Event()
        self._stop = asyncio.Event()

    def stop(self) -> None:
        self._stop.set()

    def _apply(self, st: PartitionState, subject: str, data: bytes) -> list[dict[str, Any]]:
        tok = subject.split(".", 3)[3]
        eng = st.engine
        if tok == TICK:
            eng.advance(float(json.loads(data)))
        else:
            if partition_of(tok, self.n) != st.p:
                st.mismatches += 1  # the server's mapping and ours disagree: a configuration error
            ts, signal, value, quality = json.loads(data)
            eng.ingest(float(ts), signal, value, quality)
        out = [st.log.append(d) for d in eng.decisions]  # chain records, JSON-safe
        eng.decisions.clear()
        return out

    async def _restore(self, js: Any, kv: Any, st: PartitionState) -> None:
        try:
            ck = json.loads((await kv.get(f"p{st.p}")).value)
        except KeyNotFoundError:
            return
        target = int(ck["seq"])
        if target > 0:
            sub = await js.pull_subscribe(f"sb.part.{st.p}.>", durable=None, stream=EVENTS_STREAM,
                                          config=ConsumerConfig(ack_policy=AckPolicy.NONE, deliver_policy=DeliverPolicy.ALL))
            try:
                while st.seq < target:
                    for m in await sub.fetch(self.batch, timeout=5):
                        s = m.metadata.sequence.stream
                        if s > target:
                            break
                        st.decisions += len(self._apply(st, m.subject, m.data))
                        st.seq = s
            finally:
                await sub.unsubscribe()
        if st.log.prev_hash != ck.get("prev_hash", GENESIS) or st.decisions != int(ck["decisions"]):
            # the code changed since the checkpoint (an upgrade: wording or semantics). The replayed
            # state is what this code makes of the same events — the best state to go on with; the
            # published chain continues from the checkpoint's head.
            log.warning("partition %d: replay differs from the checkpoint (upgrade?); continuing / 重放与检查点不一致，继续运行", st.p)
            st.log.prev_hash, st.decisions = ck.get("prev_hash", GENESIS), int(ck["decisions"])

    async def _serve(self, js: Any, kv: Any, st: PartitionState) -> None:
        # The durable is re-created at the checkpoint on every start: after a crash, messages the
        # dead worker had received but not acked would only be redelivered after ack_wait, i.e.
        # after newer ones — out of event-time order, so the engine would drop them as late. The
        # checkpoint (written before the ack) is the authority on what was applied.
        durable = f"w-p{st.p}"
        with contextlib.suppress(NotFoundError):
            await js.delete_consumer(EVENTS_STREAM, durable)
        start = ConsumerConfig(deliver_policy=DeliverPolicy.BY_START_SEQUENCE, opt_start_seq=st.seq + 1) if st.seq \
            else ConsumerConfig(deliver_policy=DeliverPolicy.ALL)
        start.ack_policy, start.ack_wait, start.max_ack_pending = AckPolicy.ALL, 30, 200_000
        # A push consumer: the server streams messages in order and the callback applies each one
        # at once (pull fetches cost a round trip per few messages here). flush() then publishes
        # the decisions, writes the checkpoint and acks — in that order.
        outbox: list[dict[str, Any]] = []
        last: list[Any] = [None]
        wake = asyncio.Event()

        async def on_msg(m: Any) -> None:
            s = m.metadata.sequence.stream
            if s <= st.seq:
                return  # already applied before a crash (checkpointed but not acked), or a redelivery
            recs = self._apply(st, m.subject, m.data)
            st.seq = s
            st.processed += 1
            st.decisions += len(recs)
            outbox.extend(recs)
            last[0] = m
            if st.first_at is None:
                st.first_at = time.time()
            wake.set()

        async def flush() -> None:
            if last[0] is None:
                return
            # one consistent snapshot: the callback runs only between our awaits
            recs, outbox[:] = list(outbox), []
            msg, last[0] = last[0], None
            ck = json.dumps({"seq": st.seq, "decisions": st.decisions, "prev_hash": st.log.prev_hash}).encode()
            for rec in recs:
                body = json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode()
                await js.publish(f"sb.dec.{st.p}", body, headers={"Nats-Msg-Id": rec["id"]})
                for a in rec["actions"]:
                    await js.publish(f"sb.act.{a['type']}", json.dumps(a, ensure_ascii=False).encode(),
                                     headers={"Nats-Msg-Id": a["idempotency_key"]})
            await kv.put(f"p{st.p}", ck)
            await msg.ack()

        sub = await js.subscribe(f"sb.part.{st.p}.>", durable=durable, stream=EVENTS_STREAM, config=start, cb=on_msg,
                                 manual_ack=True, flow_control=True, idle_heartbeat=2.0, pending_msgs_limit=1_000_000)
        try:
            while not self._stop.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), 0.5)
                wake.clear()
                await flush()
        finally:
            await sub.unsubscribe()
        await flush()  # a clean stop publishes what was applied (a crash leaves it to the checkpoint)

    async def run(self) -> None:
        nc = await nats.connect(self.url, max_reconnect_attempts=-1, reconnect_time_wait=0.2)
        try:
            js = nc.jetstream()
            kv = await ensure_streams(js)
            for st in self.parts.values():
                await self._restore(js, kv, st)
            self.ready.set()
            tasks = [asyncio.create_task(self._serve(js, kv, st)) for st in self.parts.values()]
            stopper = asyncio.create_task(self._stop.wait())
            done, _ = await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
            self._stop.set()
            await asyncio.gather(*tasks)  # a failed partition loop raises here: the supervisor restarts us
            stopper.cancel()
        finally:
            await nc.close()
