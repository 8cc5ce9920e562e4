"""Who serves which partition now: a worker's lease rounds (the protocol is in lease.py).

Every beat (``lease_s / 3``) a worker renews the leases it holds, rewrites its heartbeat, reads
everyone else's heartbeat and every other lease, hands back the partitions whose preferred owner
is alive again, and takes the partitions it is the candidate for — its own when free or left by
its dead predecessor, another's when that lease has lapsed and the rendezvous choice among the
live workers is itself. Between beats, while a handback is pending, the one or two keys it hinges
on are read every ``WATCH_S`` so it does not wait for the next beat: the adopter watches the
owner's heartbeat, the owner watches the lease the adopter will delete.

:class:`LeaseControl` is the worker's base class; the worker supplies ``_takeover`` (restore,
fence, serve) and the state it shares: ``leases``, ``tasks``, ``parts``, ``stats``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

import nats.errors

from core.scaleout.identity import Heartbeat
from core.scaleout.lease import Fenced, Lease, LeaseTable, hb_key, lease_key, read
from core.scaleout.partition import preferred, rendezvous

log = logging.getLogger("safeblocks.worker")
# what a lost connection or a slow server looks like to a lease round: retried at the next beat
TRANSIENT = (nats.errors.Error, TimeoutError, ConnectionError)
WATCH_S = 0.1


class PartitionFailed(RuntimeError):
    """A partition's loop failed (not a lost lease): the worker exits, its supervisor restarts it."""


class LeaseControl:
    n: int
    workers: int
    index: int
    beat_s: float
    table: LeaseTable | None
    heart: Heartbeat | None  # our hb.w<index>; its beat raises DuplicateIndex if another process runs as us
    leases: dict[int, Lease]
    tasks: dict[int, asyncio.Task[None]]
    parts: dict[int, Any]
    stats: dict[str, int]
    _stop: asyncio.Event
    # keys to read between beats while a handback is pending, with the revision last seen
    _watch: dict[str, int]

    async def _takeover(self, js: Any, kv: Any, lease: Lease) -> None:
        raise NotImplementedError

    def _halt(self, lease: Lease) -> None:
        lease.stop.set()
        st = self.parts.get(lease.p)
        if st is not None and st.lease is lease:
            st.wake.set()

    def _lose(self, lease: Lease, why: str) -> None:
        if self.leases.get(lease.p) is lease:
            del self.leases[lease.p]
        if not lease.lost:
            lease.lost = True
            self.stats["fenced"] += 1
            log.warning("worker %d stops serving partition %d: %s / 工作进程 %d 停止处理分区 %d",
                        self.index, lease.p, why, self.index, lease.p)
        self._halt(lease)

    def _candidate(self, p: int) -> int:
        """Who should serve p now, as this worker sees it: its preferred owner if alive, else the
        rendezvous choice among the live workers."""
        assert self.table is not None
        pref = preferred(p, self.n, self.workers)
        if self.table.live(pref):
            return pref
        return rendezvous(p, [w for w in range(self.workers) if self.table.live(w)])

    def _reap(self) -> None:
        for p, task in list(self.tasks.items()):
            if task.done():
                del self.tasks[p]
                exc = None if task.cancelled() else task.exception()
                if exc is not None:
                    raise PartitionFailed(f"partition {p} failed / 分区 {p} 处理失败: {exc!r}") from exc

    async def _hand_back(self, lease: Lease) -> None:
        """Give a partition back to its preferred owner: stop consuming, publish and checkpoint
        what was applied, then delete the lease so the owner can take it."""
        assert self.table is not None
        self._halt(lease)
        task = self.tasks.get(lease.p)
        if task is not None:
            await asyncio.wait([task])
            self._reap()  # raises if it failed
        self.leases.pop(lease.p, None)
        if not lease.lost:
            await self.table.release(lease)
            self.stats["handed_back"] += 1
            log.warning("worker %d hands partition %d back / 工作进程 %d 交还分区 %d", self.index, lease.p, self.index, lease.p)

    async def _round(self, js: Any, kv: Any) -> None:
        """One beat: renew our leases, heartbeat, look at everyone else's, hand back, adopt."""
        t = self.table
        assert t is not None
        self._reap()
        for lease in list(self.leases.values()):  # renewals first: they are what keeps us the owner
            try:
                await t.renew(lease)
            except Fenced as err:
                self._lose(lease, str(err))
            except TRANSIENT as err:
                if not lease.valid():
                    self._lose(lease, f"could not renew / 无法续约: {err!r}")
        assert self.heart is not None
        await self.heart.beat()
        for w in range(self.workers):
            if w != self.index:
                await t.observe(hb_key(w))
        for p in range(self.n):
            if p not in self.leases:
                await t.observe(lease_key(p))
        for p, lease in list(self.leases.items()):
            pref = preferred(p, self.n, self.workers)
            if pref != self.index and t.live(pref):
                await self._hand_back(lease)
        self._watch = {}
        for p in self.leases:  # adopted: is its owner back?
            pref = preferred(p, self.n, self.workers)
            if pref != self.index:
                self._watch[hb_key(pref)] = t.seen[hb_key(pref)].rev
        for p in range(self.n):
            if p in self.leases or self._stop.is_set() or self._candidate(p) != self.index:
                continue
            key = lease_key(p)
            seen = t.seen[key]
            holder = seen.value
            if holder is not None and holder.get("w") != self.index and not t.lapsed(key):
                if preferred(p, self.n, self.workers) == self.index:
                    self._watch[key] = seen.rev  # ours, held by an adopter: when does it let go?
                continue  # held by a live worker (if we prefer p, it hands p back when it sees us)
            if p in self.tasks:  # our last turn with p is still winding down: look again shortly
                self._watch[key] = seen.rev
                continue
            got = await t.acquire(p, seen.rev)
            if got is None:
                continue  # someone else changed it first; look again next beat
            self.leases[p] = got
            self.stats["acquired"] += 1
            if preferred(p, self.n, self.workers) != self.index:
                self.stats["adopted"] += 1
                log.warning("worker %d adopts partition %d (its owner is silent) / 工作进程 %d 接管分区 %d（原工作进程无响应）",
                            self.index, p, self.index, p)
            self.tasks[p] = asyncio.create_task(self._takeover(js, kv, got))

    async def _first_round(self, js: Any, kv: Any, wait_s: float = 15.0) -> None:
        """The first round, retried while JetStream settles: a bucket just created may refuse
        writes for a moment ("no responders"), and a round is safe to repeat."""
        deadline = time.monotonic() + wait_s
        while True:
            try:
                return await self._round(js, kv)
            except TRANSIENT:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.1)

    async def _control(self, js: Any, kv: Any) -> None:
        while not self._stop.is_set():
            await self._between_beats(kv)
            if self._stop.is_set():
                return
            try:
                await self._round(js, kv)
            except TRANSIENT as err:
                log.warning("worker %d: lease round failed, retrying / 租约轮次失败，重试: %r", self.index, err)
                for lease in list(self.leases.values()):
                    if not lease.valid():
                        self._lose(lease, "could not renew / 无法续约")

    async def _between_beats(self, kv: Any) -> None:
        """Sleep until the next beat, or until a watched key moved: a heartbeat with a new
        revision (the owner is back), a lease deleted (handed back to us)."""
        end = time.monotonic() + self.beat_s
        while (left := end - time.monotonic()) > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), min(left, WATCH_S) if self._watch else left)
            if self._stop.is_set():
                return
            for key, rev in self._watch.items():
                with contextlib.suppress(*TRANSIENT):
                    now, value = await read(kv, key)
                    if (value is None) if key.startswith("lease.") else (now != rev):
                        return

    async def _shutdown(self) -> None:
        self._stop.set()
        for lease in self.leases.values():
            self._halt(lease)
        results = await asyncio.gather(*self.tasks.values(), return_exceptions=True)
        self.tasks.clear()
        if self.table is not None:
            for lease in list(self.leases.values()):
                if not lease.lost:
                    with contextlib.suppress(*TRANSIENT):
                        await self.table.release(lease)  # the next owner need not wait for it to lapse
        self.leases.clear()
        for r in results:
            if isinstance(r, Exception):
                raise PartitionFailed(f"worker {self.index}: a partition failed / 分区处理失败: {r!r}") from r
