"""Partition leases: which worker serves which partition right now, and the fence behind them.

Keys in the KV bucket ``sb_workers``, next to the checkpoints ``p<p>``:

- ``hb.w<i>``  worker i's heartbeat ``{"w", "token", "since"}``, rewritten every beat (``lease_s / 3``)
  by compare-and-set on the revision it last wrote (core/scaleout/identity.py: one process per index);
- ``lease.p<p>``  ``{"w": holder index, "token": holder process}``, rewritten every beat by its
  holder with compare-and-set on the revision (``kv.update(key, value, last=revision)``), taken
  with the same CAS, released by deleting it at the revision the holder last wrote.

Expiry is measured by every *observer* on its own monotonic clock, from the moment it first saw
the key's current revision: a lease (or a heartbeat) lapses when its revision has not changed for
``lease_s``. No wall clocks of two hosts are compared. The *holder* counts its lease valid until
``lease_s`` after it *sent* its last accepted renewal — earlier than any observer can have seen
that renewal — so a holder stops trusting its lease before anyone may take it over (given clocks
that tick at about the same rate). Between a check and a write a process can still be paused:
the checkpoint write is therefore a CAS on the checkpoint's revision too (:func:`write_checkpoint`),
and the new owner's first act is to rewrite the checkpoint it restored from, so the previous
holder's next write is refused and it stops serving the partition (:class:`Fenced`); its decision
publishes are fenced the same way by the server (core/scaleout/fence.py).
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

from nats.js.errors import APIError, KeyNotFoundError, KeyWrongLastSequenceError


def lease_key(p: int) -> str:
    return f"lease.p{p}"


def hb_key(w: int) -> str:
    return f"hb.w{w}"


def checkpoint_key(p: int) -> str:
    return f"p{p}"


class Fenced(Exception):
    """Another worker owns the partition now: this one must stop serving it and write nothing."""


async def read(kv: Any, key: str) -> tuple[int, dict[str, Any] | None]:
    """(revision, value) of a key; value None when it is absent or deleted. The revision of a
    delete marker is returned too: a CAS on it is how a released key is taken."""
    try:
        e = await kv.get(key)
    except KeyNotFoundError as err:
        entry = getattr(err, "entry", None)
        return (int(entry.revision) if entry is not None and entry.revision else 0), None
    return int(e.revision), json.loads(e.value)


async def write_checkpoint(kv: Any, p: int, doc: dict[str, Any], last: int) -> int:
    """Write partition p's checkpoint if its revision is still ``last``; the new revision.
    Raises :class:`Fenced` if someone else wrote it since (a new owner took the partition)."""
    body = json.dumps(doc, separators=(",", ":")).encode()
    try:
        return int(await kv.update(checkpoint_key(p), body, last=last))
    except KeyWrongLastSequenceError as err:
        raise Fenced(f"partition {p}: checkpoint written by another owner / 检查点已被其他工作进程写入") from err


@dataclass
class Lease:
    """A lease this worker holds. ``epoch`` is the revision it was taken at: it names the
    ownership period in the checkpoints written under it."""

    p: int
    rev: int
    deadline: float  # monotonic; past it, nothing is published under this lease until renewed
    epoch: int = 0
    lost: bool = False
    stop: asyncio.Event = field(default_factory=asyncio.Event)  # stop serving (lost, handback, exit)
    started: asyncio.Event = field(default_factory=asyncio.Event)  # consuming, or the takeover ended

    def valid(self) -> bool:
        return not self.lost and time.monotonic() < self.deadline


@dataclass
class Seen:
    rev: int
    value: dict[str, Any] | None
    since: float  # monotonic time this worker first saw this revision


class LeaseTable:
    """One worker's side of the lease protocol: its leases, and what it has seen of everyone
    else's leases and heartbeats (its own heartbeat: core/scaleout/identity.py)."""

    def __init__(self, kv: Any, index: int, token: str, lease_s: float) -> None:
        self.kv, self.index, self.lease_s = kv, index, lease_s
        self.value = json.dumps({"w": index, "token": token}).encode()
        self.seen: dict[str, Seen] = {}

    async def observe(self, key: str) -> Seen:
        rev, value = await read(self.kv, key)
        s = self.seen.get(key)
        if s is None or s.rev != rev:
            s = self.seen[key] = Seen(rev, value, time.monotonic())
        return s

    def lapsed(self, key: str) -> bool:
        """Unchanged for a whole lease period as far as this worker has watched it. A key never
        seen is not lapsed: a worker that just started waits a full period before judging."""
        s = self.seen.get(key)
        return s is not None and time.monotonic() - s.since >= self.lease_s

    def live(self, w: int) -> bool:
        return w == self.index or not self.lapsed(hb_key(w))

    async def acquire(self, p: int, last: int) -> Lease | None:
        """Take partition p's lease if its revision is still ``last`` (0: never written; a delete
        marker's revision: released); None if someone else changed it first."""
        t = time.monotonic()
        try:
            rev = int(await self.kv.update(lease_key(p), self.value, last=last))
        except KeyWrongLastSequenceError:
            return None
        return Lease(p, rev, t + self.lease_s, epoch=rev)

    async def renew(self, lease: Lease) -> None:
        t = time.monotonic()
        try:
            lease.rev = int(await self.kv.update(lease_key(lease.p), self.value, last=lease.rev))
        except KeyWrongLastSequenceError as err:
            raise Fenced(f"partition {lease.p}: lease taken by another worker / 租约已被其他工作进程接管") from err
        lease.deadline = t + self.lease_s

    async def release(self, lease: Lease) -> None:
        """Delete the lease at the revision we last wrote; if someone took it meanwhile, it is
        theirs and stays."""
        lease.lost = True
        try:
            await self.kv.delete(lease_key(lease.p), last=lease.rev)
        except APIError as err:
            if err.err_code not in (10071, 10164):  # wrong last sequence: no longer ours
                raise
