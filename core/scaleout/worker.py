"""A runtime worker on NATS JetStream: ``safeblocks worker --nats URL --partitions N --index I``.

Each partition a worker serves has its own engine (a partition's groups are independent of the
others, and separate engines keep each partition's event-time order intact), a durable push
consumer ``w-p<p>`` on ``sb.part.<p>.>`` and a checkpoint in the KV bucket ``sb_workers`` (key
``p<p>``), a JSON object: ``{"seq": last stream sequence applied, "decisions": n, "prev_hash":
chain head, "owner": worker index, "epoch": lease revision, "snapshot": ..., "dec_seq": sequence of
the last of those decisions in the decisions stream}`` (more fields may join it).

Which partitions: worker I *prefers* the static set ``owned(I, N, W)`` and serves a partition
while it holds the partition's lease (core/scaleout/lease.py), renewed every ``lease_s / 3`` by
its lease rounds (core/scaleout/control.py).
When a worker has been silent for ``lease_s`` its leases lapse and, per partition, one live
worker adopts it — the preferred owner if alive, else the rendezvous choice among the live ones;
the lease CAS settles any race. When the preferred owner is back, the adopter hands the
partition back: stops its consumer, publishes and checkpoints what it applied, deletes the lease;
the owner takes it and resumes from the checkpoint. A clean stop releases every lease.

Per flush of applied messages: publish the decisions to ``sb.dec.<p>``, each conditional on the
subject's last sequence (core/scaleout/fence.py: a server-side fence, so a worker that lost the
partition cannot append however late its publish arrives), and each action to ``sb.act.<type>``,
with ``Nats-Msg-Id`` = decision id / idempotency key; then write the checkpoint with a CAS on its
revision; then ack. Nothing is published while the lease is not known to be ours, and a refused
publish or checkpoint write (someone took the partition while we were paused or cut off) stops
serving it at once.

Taking a partition — at start, after a crash, or by adoption — is one path: :meth:`Worker._restore`
restores the engine from the snapshot the checkpoint names (``Engine.snapshot()`` in the object
store, written at most every ``snapshot_s``; core/scaleout/snapshots.py) and replays the partition's
stream from there up to the checkpoint (decisions not re-published; the chain head must match the
checkpoint) — the whole stream when there is no usable snapshot; the new owner rewrites the
checkpoint to move its revision (the fence), claims ``sb.dec.<p>`` (a marker at its end, the fence
of the decisions; what the previous owner appended after its checkpoint is not appended again),
and :meth:`Worker._serve` re-creates the durable at the next sequence. The stream is the journal;
the snapshot bounds how much of it a takeover replays.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import nats
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from nats.js.errors import KeyNotFoundError, NotFoundError

from core.rules.compile import CompiledRule
from core.runtime.decisions import GENESIS, DecisionLog
from core.runtime.engine import Engine
from core.runtime.snapshot import SnapshotError
from core.scaleout import fence, identity, snapshots
from core.scaleout.control import TRANSIENT, LeaseControl
from core.scaleout.lease import Fenced, Lease, LeaseTable, checkpoint_key, write_checkpoint
from core.scaleout.partition import (
    EVENTS_STREAM,
    TICK,
    Partitioner,
    owned,
    partition_of,
)
from core.scaleout.streams import ensure_streams

log = logging.getLogger("safeblocks.worker")


@dataclass
class PartitionState:
    p: int
    engine: Engine
    lease: Lease
    log: DecisionLog = field(default_factory=DecisionLog)
    seq: int = 0
    decisions: int = 0
    processed: int = 0
    mismatches: int = 0
    republished: int = 0  # decisions and actions the stream already had: found by the claim, or de-duplicated
    ck_rev: int = 0  # revision of the checkpoint this state continues: the CAS fence
    first_at: float | None = None  # wall time of the first message processed after taking it
    snap_ref: dict[str, Any] | None = None  # the snapshot the checkpoint names (core/scaleout/snapshots.py)
    snap_at: float = 0.0  # monotonic time it was taken
    dec_seq: int = 0  # the end of sb.dec.<p> as we know it: the condition of our next append (fence.py)
    dec_at: int | None = None  # sequence of the last decision counted in `decisions` (None: not known)
    ahead: dict[str, int] = field(default_factory=dict)  # decisions the previous owner appended after its checkpoint
    sent: set[str] = field(default_factory=set)  # actions of theirs already in the stream
    wake: asyncio.Event = field(default_factory=asyncio.Event)


class Worker(LeaseControl):
    def __init__(self, url: str, rules: Sequence[CompiledRule], partitions: int, index: int,
                 workers: int | None = None, batch: int = 512, lease_s: float = 3.0, snapshot_s: float = 10.0) -> None:
        self.url, self.n, self.batch, self.index = url, partitions, batch, index
        self.snapshot_s = snapshot_s  # how much stream a takeover replays at most, in time
        self.obs: Any = None  # the snapshots' object store, once connected
        self.workers = workers or partitions
        self.lease_s, self.beat_s = lease_s, lease_s / 3
        self.partitioner = Partitioner(rules, partitions)
        self.owned = owned(index, partitions, workers)  # preferred; served while alive
        self.rules_by_p = self.partitioner.rules_for(range(partitions))
        # tells this process from an earlier one of the same index in the KV (for the operator)
        self.token = uuid.uuid4().hex
        self.leases: dict[int, Lease] = {}
        self.tasks: dict[int, asyncio.Task[None]] = {}
        self.parts: dict[int, PartitionState] = {}  # being served now
        self.served: list[PartitionState] = []  # every partition state served since start
        self.stats = {"acquired": 0, "adopted": 0, "handed_back": 0, "fenced": 0, "snapshots": 0,
                      "restored_from_snapshot": 0, "replayed": 0, "refused": 0}
        self.table: LeaseTable | None = None
        self.heart: identity.Heartbeat | None = None
        self._watch: dict[str, int] = {}
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

    def _checkpoint(self, st: PartitionState) -> dict[str, Any]:
        """The checkpoint document, the one place it is built (a dict: more fields may join)."""
        return {"seq": st.seq, "decisions": st.decisions, "prev_hash": st.log.prev_hash,
                "owner": self.index, "epoch": st.lease.epoch, "snapshot": st.snap_ref, "dec_seq": st.dec_at}

    async def _restore(self, js: Any, kv: Any, st: PartitionState) -> None:
        try:
            entry = await kv.get(checkpoint_key(st.p))
        except KeyNotFoundError:
            return
        st.ck_rev = int(entry.revision)
        ck = json.loads(entry.value)
        st.dec_at = ck.get("dec_seq")
        target = int(ck["seq"])
        ref = ck.get("snapshot")
        if ref and self.obs is not None and int(ref["seq"]) <= target:
            snap = await snapshots.load(self.obs, ref)
            try:
                if snap is not None:
                    st.engine.restore(snap)
                    st.seq, st.decisions, st.log.prev_hash = int(ref["seq"]), int(ref["decisions"]), str(ref["prev_hash"])
                    st.snap_ref, st.snap_at = ref, time.monotonic()
                    self.stats["restored_from_snapshot"] += 1
            except SnapshotError as err:
                log.warning("partition %d: snapshot not restored (%s): replaying the stream / 快照未恢复，重放", st.p, err)
                st.engine = Engine(self.rules_by_p[st.p])  # a failed restore may have changed it halfway
        if target > st.seq:
            self.stats["replayed"] += target - st.seq
            start = ConsumerConfig(ack_policy=AckPolicy.NONE, deliver_policy=DeliverPolicy.BY_START_SEQUENCE,
                                   opt_start_seq=st.seq + 1) if st.seq else \
                ConsumerConfig(ack_policy=AckPolicy.NONE, deliver_policy=DeliverPolicy.ALL)
            sub = await js.pull_subscribe(f"sb.part.{st.p}.>", durable=None, stream=EVENTS_STREAM, config=start)
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
        lease = st.lease
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

        async def on_msg(m: Any) -> None:
            s = m.metadata.sequence.stream
            if s <= st.seq or lease.stop.is_set():
                # already applied before a crash (checkpointed but not acked), or a redelivery; or
                # the partition is being let go: this state is about to be dropped
                return
            recs = self._apply(st, m.subject, m.data)
            st.seq = s
            st.processed += 1
            st.decisions += len(recs)
            outbox.extend(recs)
            last[0] = m
            if st.first_at is None:
                st.first_at = time.time()
            st.wake.set()

        async def flush(final: bool = False) -> None:
            # Not while the lease is unconfirmed (a pause, a lost connection): what was applied
            # waits here, and is dropped if the lease turns out lost — the next owner redoes it.
            if not lease.valid():
                return
            # the last flush of a handback or a clean stop also saves the state when nothing new came
            behind = final and self.obs is not None and st.seq > 0 and (st.snap_ref or {}).get("seq") != st.seq
            if last[0] is None and not behind:
                return
            # one consistent snapshot: the callback runs only between our awaits
            recs, outbox[:] = list(outbox), []
            msg, last[0] = last[0], None
            doc = self._checkpoint(st)
            # the engine's state at exactly this checkpoint's position (before any await lets the callback
            # apply more), at most every snapshot_s: it bounds the replay of whoever takes the partition next
            snap: bytes | None = None
            at = (st.seq, st.decisions, st.log.prev_hash)
            if self.obs is not None and (final or time.monotonic() - st.snap_at >= self.snapshot_s):
                snap = json.dumps(st.engine.snapshot(), allow_nan=False, separators=(",", ":")).encode()
            for rec in recs:
                if rec["id"] in st.ahead:  # the previous owner appended it after its checkpoint
                    st.dec_at = st.ahead.pop(rec["id"])
                    st.republished += 1
                else:  # Refused if someone else appended since: the partition is lost
                    seq, dup = await fence.publish(js, st.p, rec, st.dec_seq)
                    st.dec_at, st.republished = seq, st.republished + dup
                    if not dup:
                        st.dec_seq = seq
                # after its decision: a stale owner refused above publishes none of them
                for a in rec["actions"]:
                    if a["idempotency_key"] in st.sent:
                        st.sent.discard(a["idempotency_key"])
                        st.republished += 1
                        continue
                    ack = await js.publish(f"sb.act.{a['type']}", json.dumps(a, ensure_ascii=False).encode(),
                                           headers={"Nats-Msg-Id": a["idempotency_key"]})
                    st.republished += bool(ack.duplicate)
            doc["dec_seq"] = st.dec_at  # where the decisions of this checkpoint end in the stream
            old = st.snap_ref
            if snap is not None:
                doc["snapshot"] = await snapshots.save(self.obs, st.p, lease.epoch, *at, snap)
            try:
                st.ck_rev = await write_checkpoint(kv, st.p, doc, st.ck_rev)  # Fenced if someone took over
            except Fenced:
                if snap is not None:
                    await snapshots.drop(self.obs, doc["snapshot"]["name"])  # ours, named by no checkpoint
                raise
            if snap is not None:
                st.snap_ref, st.snap_at = doc["snapshot"], time.monotonic()
                self.stats["snapshots"] += 1
                if old is not None and old["name"] != st.snap_ref["name"]:
                    await snapshots.drop(self.obs, old["name"])
            if msg is not None:
                await msg.ack()

        sub = await js.subscribe(f"sb.part.{st.p}.>", durable=durable, stream=EVENTS_STREAM, config=start, cb=on_msg,
                                 manual_ack=True, flow_control=True, idle_heartbeat=2.0, pending_msgs_limit=1_000_000)
        lease.started.set()
        try:
            try:
                while not lease.stop.is_set():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(st.wake.wait(), 0.5)
                    st.wake.clear()
                    await flush()
            finally:
                await sub.unsubscribe()
            # a clean stop or a handback publishes what was applied, with a snapshot: the next owner replays
            # nothing (a crash leaves it to the last checkpoint)
            await flush(final=True)
        except Fenced as err:
            self.stats["refused"] += isinstance(err, fence.Refused)
            self._lose(lease, str(err))
        except TRANSIENT as err:
            # e.g. a publish that timed out while we were paused: what was applied but not
            # checkpointed is dropped; whoever takes the partition next (maybe us) restores it
            self._lose(lease, f"publishing failed / 发布失败: {err!r}")

    async def _takeover(self, js: Any, kv: Any, lease: Lease) -> None:
        """Take partition ``lease.p`` the way a restarted owner does — restore from the checkpoint,
        fence, serve — until the lease is lost, handed back or the worker stops."""
        try:
            for _ in range(3):
                st = PartitionState(lease.p, Engine(self.rules_by_p[lease.p]), lease)
                await self._restore(js, kv, st)
                if lease.stop.is_set():
                    return  # handed back, lost or stopping meanwhile: whoever stopped it cleans up
                if not lease.valid():
                    self._lose(lease, "lease expired during the restore / 恢复期间租约过期")
                    return
                try:
                    # the claim: rewriting the checkpoint we restored from moves its revision, so a
                    # previous holder that is only paused can no longer write its older state
                    st.ck_rev = await write_checkpoint(kv, st.p, self._checkpoint(st), st.ck_rev)
                    # ours now: objects of the partition no checkpoint names (a zombie's late writes) go
                    await snapshots.prune(self.obs, st.p, st.snap_ref["name"] if st.snap_ref else None)
                    break
                except Fenced:
                    # the previous holder's last write landed after our read: restore again
                    log.warning("partition %d: checkpoint moved during restore; restoring again / 恢复期间检查点变化，重新恢复", lease.p)
            else:
                self._lose(lease, "checkpoint kept moving / 检查点持续变化")
                return
            # and the decisions: a marker at the end of sb.dec.<p> refuses any earlier owner's append from now on
            try:
                got = await fence.claim(js, st.p, st.dec_at, self.index, lease.epoch)
            except fence.Refused as err:
                self._lose(lease, str(err))
                return
            st.dec_seq, st.ahead, st.sent = got.seq, got.ahead, got.sent
            self.parts[st.p] = st
            self.served.append(st)
            try:
                await self._serve(js, kv, st)
            finally:
                del self.parts[st.p]
        except TRANSIENT as err:  # the restore or the consumer could not be set up: let it go, retry later
            self._lose(lease, f"could not take it / 无法接管: {err!r}")
        finally:
            lease.started.set()

    async def run(self) -> None:
        nc = await nats.connect(self.url, max_reconnect_attempts=-1, reconnect_time_wait=0.2)
        try:
            js = nc.jetstream()
            kv = await ensure_streams(js)
            self.obs = await snapshots.ensure_object_store(js)
            # before taking anything: no other live process may run as this index (DuplicateIndex)
            rev = await identity.check_index(nc, kv, self.index, self.token, self.lease_s)
            self.heart = identity.Heartbeat(kv, self.index, self.token, self.lease_s, rev)
            await identity.answer_pings(nc, self.index, self.token)
            self.table = LeaseTable(kv, self.index, self.token, self.lease_s)
            await self._first_round(js, kv)  # the free preferred partitions (and our predecessor's) are taken here
            ctl = asyncio.create_task(self._control(js, kv))
            starting: asyncio.Future[Any] = asyncio.ensure_future(
                asyncio.gather(*(lease.started.wait() for lease in self.leases.values())))
            await asyncio.wait([ctl, starting], return_when=asyncio.FIRST_COMPLETED)
            starting.cancel()
            self.ready.set()
            await ctl
        finally:
            await self._shutdown()
            await nc.close()
