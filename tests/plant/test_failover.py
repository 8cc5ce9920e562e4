"""Failover of a dead worker's partitions by leases (core/scaleout/lease.py), on a real nats-server
with real worker processes, SIGKILL, SIGSTOP and SIGCONT."""

from __future__ import annotations

import asyncio
import json

import nats
import pytest

from core.scaleout.lease import Fenced, LeaseTable, lease_key, read, write_checkpoint
from core.scaleout.partition import rendezvous
from core.scaleout.worker import ensure_streams
from tests.plant.conftest import NatsServer


def test_rendezvous_agrees_and_moves_only_the_leavers_partitions() -> None:
    live = [0, 1, 2, 3]
    choice = {p: rendezvous(p, live) for p in range(64)}
    assert choice == {p: rendezvous(p, list(reversed(live))) for p in range(64)}  # order of the view does not matter
    assert set(choice.values()) == set(live)  # spread over every worker
    without_2 = {p: rendezvous(p, [0, 1, 3]) for p in range(64)}
    assert {p for p in choice if choice[p] != without_2[p]} == {p for p in choice if choice[p] == 2}


def test_lease_and_checkpoint_compare_and_set(nats3: NatsServer) -> None:
    async def main() -> None:
        nc = await nats.connect(nats3.url)
        try:
            kv = await ensure_streams(nc.jetstream())
            a, b = LeaseTable(kv, 0, "a", 0.5), LeaseTable(kv, 1, "b", 0.5)
            la = await a.acquire(7, 0)
            assert la is not None
            assert await b.acquire(7, 0) is None  # taken: a CAS on "never written" fails
            seen = await b.observe(lease_key(7))
            assert seen.value == {"w": 0, "token": "a"} and not b.lapsed(lease_key(7)) and b.live(0)
            await a.renew(la)
            assert await b.acquire(7, seen.rev) is None  # renewed since b looked
            seen = await b.observe(lease_key(7))
            await asyncio.sleep(0.6)  # a goes silent for longer than the lease
            assert b.lapsed(lease_key(7)) and not la.valid()
            lb = await b.acquire(7, seen.rev)
            assert lb is not None and lb.epoch > la.epoch
            with pytest.raises(Fenced):
                await a.renew(la)  # a comes back: its lease is gone
            await a.release(la)  # and releasing it does not delete b's
            assert (await read(kv, lease_key(7)))[1] == {"w": 1, "token": "b"}
            await b.release(lb)
            rev, value = await read(kv, lease_key(7))
            assert value is None and rev > lb.rev  # released: a delete marker, taken by a CAS on it
            assert await a.acquire(7, rev) is not None
            # the checkpoint fence: a write from a stale revision is refused
            r1 = await write_checkpoint(kv, 7, {"seq": 10}, 0)
            r2 = await write_checkpoint(kv, 7, {"seq": 12}, r1)  # the new owner's claim
            with pytest.raises(Fenced):
                await write_checkpoint(kv, 7, {"seq": 11}, r1)  # the old owner, late
            assert json.loads((await kv.get("p7")).value) == {"seq": 12} and r2 > r1
        finally:
            await nc.close()

    asyncio.run(main())
