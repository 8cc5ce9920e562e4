"""Failover of a dead worker's partitions by leases (core/scaleout/lease.py), on a real nats-server
with real worker processes, SIGKILL, SIGSTOP and SIGCONT."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import nats
import pytest

from core.runtime.session import RuleSet
from core.scaleout.drill import FailoverReport, cut_after_tick, failover_drill
from core.scaleout.lease import Fenced, LeaseTable, lease_key, read, write_checkpoint
from core.scaleout.partition import rendezvous
from core.scaleout.streams import ensure_streams
from plugins.simulator.faults import fault_inputs
from tests.plant.conftest import NatsServer
from tests.plant.test_scaleout import SCENARIOS, embedded, strip

LEASE_S = 1.5  # short, to keep the suite quick; the figures are also taken at the default 3 s


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


def check_exactly_once(rep: FailoverReport, rules: list[Any], inputs: list[Any]) -> None:
    # before the victim came back: what the survivors published is exactly the embedded run's decisions
    # over the events published until then (a complete prefix: cut after a tick)
    c2 = cut_after_tick(inputs, 2 * len(inputs) // 3)
    want_mid = {r["id"]: strip(r) for r in embedded(rules, inputs[:c2])}
    got_mid = [r["id"] for r in rep.records_failover]
    assert len(got_mid) == len(set(got_mid))
    assert {r["id"]: strip(r) for r in rep.records_failover} == want_mid
    # at the end: every decision once, identical to the embedded run, chains unbroken per partition
    want = embedded(rules, inputs)
    ids = [r["id"] for r in rep.records]
    assert len(ids) == len(set(ids))  # decisions duplicated: 0
    assert {r["id"]: strip(r) for r in rep.records} == {r["id"]: strip(r) for r in want}  # lost: 0, changed: 0
    assert rep.chains_ok
    keys = [a["idempotency_key"] for a in rep.actions]
    assert len(keys) == len(set(keys))  # actions duplicated: 0
    assert set(keys) == {a["idempotency_key"] for r in want for a in r["actions"]}
    assert rep.checkpoint_regressions == 0


def test_killed_worker_is_adopted_by_the_survivors_then_handed_back(nats3: NatsServer, sim_rules: RuleSet,
                                                                   tmp_path: Path) -> None:
    from plugins.simulator import RULES_DIR

    inputs = fault_inputs(SCENARIOS)
    rep = asyncio.run(failover_drill(nats3.url, sim_rules.rules, str(RULES_DIR), inputs, lease_s=LEASE_S, logs=tmp_path))
    print("failover figures:", rep.figures())
    assert rep.adopter not in (-1, rep.victim)
    check_exactly_once(rep, sim_rules.rules, inputs)
    stats = {s["index"]: s for s in rep.stats}
    assert stats[rep.adopter]["adopted"] >= 1 and stats[rep.adopter]["handed_back"] >= 1
    assert rep.partition in stats[rep.victim]["served"]  # the restarted owner serves it again


def test_paused_worker_is_fenced_and_writes_nothing_over_its_successor(nats3: NatsServer, sim_rules: RuleSet,
                                                                        tmp_path: Path) -> None:
    from plugins.simulator import RULES_DIR

    inputs = fault_inputs(SCENARIOS)
    rep = asyncio.run(failover_drill(nats3.url, sim_rules.rules, str(RULES_DIR), inputs, lease_s=LEASE_S,
                                     pause=True, logs=tmp_path))
    print("zombie figures:", rep.figures())
    assert rep.adopter not in (-1, rep.victim)
    assert rep.zombie_writes == 0  # no checkpoint under its old epoch once the adopter had claimed it
    check_exactly_once(rep, sim_rules.rules, inputs)
    stats = {s["index"]: s for s in rep.stats}
    assert stats[rep.victim]["fenced"] >= 1  # it noticed it had lost the partition
    assert stats[rep.victim]["served"].count(rep.partition) >= 2  # and got it back by the lease, not by writing on
