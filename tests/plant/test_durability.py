"""kill -9 of the runtime process 20 times during a full-speed scenario replay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.runtime.live import JournalMismatch, LiveRuntime
from core.runtime.session import RuleSet
from plugins.simulator.faults import fault_inputs, kill_test


def test_kill_9_twenty_times_loses_nothing_and_duplicates_no_action(tmp_path: Path) -> None:
    rep = kill_test(tmp_path, kills=20)
    print("kill -9 figures:", json.dumps(rep.summary()))  # reported in the closing note, not asserted as time
    assert rep.kills == 20 and rep.reference_decisions > 40  # 49 since same-instant UNKNOWN flaps are gone
    assert rep.decisions_lost == 0 and rep.acknowledged_lost == 0
    assert rep.records_identical and rep.chain_ok
    assert rep.actions_missing == 0 and rep.duplicate_actions == 0
    assert rep.from_checkpoint >= 1  # restarts restored a checkpoint and replayed only the tail


def test_journal_of_another_rule_set_is_refused(sim_rules: RuleSet, tmp_path: Path) -> None:
    rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite")
    rt.submit_inputs(fault_inputs(("o2_depletion",))[:200])
    rt.close()
    with pytest.raises(JournalMismatch):
        LiveRuntime(sim_rules.rules[:1], tmp_path / "j.sqlite", on_mismatch="raise")


def test_kill_9_of_a_runtime_consuming_mqtt_loses_no_event(tmp_path: Path) -> None:
    """Acks after the journal commit + a persistent session: the broker redelivers what a killed
    runtime had received but not committed; exact duplicates are dropped by the engine."""
    from plugins.simulator.faults import mqtt_kill_test

    rep = mqtt_kill_test(tmp_path, kills=5)
    print("kill -9 over MQTT:", json.dumps(rep))
    assert rep["events_lost"] == 0 and rep["decisions_identical"] and rep["decisions"] >= 4


def test_publishing_a_rule_rotates_the_journal_and_continues_the_chain(sim_rules: RuleSet, tmp_path: Path) -> None:
    from core.runtime.decisions import verify_chain

    inputs = fault_inputs(("o2_depletion",))
    rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite")
    rt.submit_inputs(inputs[:2000])
    old = rt.records()
    rt.close()
    assert old
    o2 = [r for r in sim_rules.rules if r.id == "sim.cs01.o2_band"]
    rt = LiveRuntime(o2, tmp_path / "j.sqlite", on_mismatch="rotate")
    assert rt.rotated_to is not None and rt.rotated_to.exists()
    rt.submit_inputs(fault_inputs(("sensor_dropout",))[:2000])
    new = rt.records()
    rt.close()
    assert new and new[0]["prev_hash"] == old[-1]["hash"] and verify_chain(old + new).ok
    again = LiveRuntime(o2, tmp_path / "j.sqlite")  # the new journal replays with its chain head
    assert [r["hash"] for r in again.records()] == [r["hash"] for r in new] and again.prev_hash == new[-1]["hash"]
    again.close()


def test_an_upgrade_that_rewords_explanations_still_recovers(sim_rules: RuleSet, tmp_path: Path) -> None:
    """Journalled records written by an older wording: same decision ids, other hashes."""
    import sqlite3

    # a journal replayed whole (written without checkpoints, as before they existed)
    rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite", checkpoint_every=None)
    rt.submit_inputs(fault_inputs(("o2_depletion",)))
    rt.close()
    db = sqlite3.connect(str(tmp_path / "j.sqlite"))
    db.execute("UPDATE decisions SET hash = 'old-' || substr(hash, 5)")  # as if the older code had said it otherwise
    db.commit()
    last = db.execute("SELECT hash FROM decisions ORDER BY n DESC LIMIT 1").fetchone()[0]
    db.close()
    again = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite")
    assert again.format_changed and again.rotated_to is None and again.prev_hash == last
    again.close()


def test_live_mode_refuses_events_from_a_clock_far_ahead(sim_rules: RuleSet, tmp_path: Path) -> None:
    import time

    from core.runtime.events import Event

    rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite", max_future_s=60)
    now = time.time()
    rt.submit([Event(now, "CS-01.o2", 20.9), Event(now + 86400 * 365, "CS-01.lel", 0.4), Event(now + 1, "CS-01.o2", 20.8)])
    assert rt.future_rejected == 1 and rt.seq == 2 and rt.engine.stats.late == 0
    rt.close()


def _reference_ids(rules: list, inputs: list) -> list[str]:  # type: ignore[type-arg]
    ref = LiveRuntime(rules, None)
    ids = [d.id for d in ref.submit_inputs(inputs)]
    ref.close()
    return ids


def test_checkpoints_bound_the_journal_and_a_crash_replays_only_the_tail(sim_rules: RuleSet, tmp_path: Path) -> None:
    import sqlite3

    inputs = fault_inputs()
    rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite", checkpoint_every=2000)
    got = []
    for i in range(0, 20_500, 500):
        got += [d.id for d in rt.submit_inputs(inputs[i:i + 500])]
    assert rt.checkpoints == 10
    rt._close()  # a crash: no closing checkpoint, 500 inputs after the last one
    db = sqlite3.connect(str(tmp_path / "j.sqlite"))
    assert db.execute("SELECT COUNT(*) FROM inputs").fetchone()[0] == 500  # the journal holds the tail only
    db.close()
    again = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite", checkpoint_every=2000)
    assert again.recovered_inputs == 500 and again.seq == 20_500
    got += [d.id for d in again.submit_inputs(inputs[20_500:])]
    records = again.records()
    again.close()
    from core.runtime.decisions import verify_chain

    want = _reference_ids(sim_rules.rules, inputs)
    assert len(want) > 20 and got == want and [r["id"] for r in records] == want
    assert verify_chain(records).ok


def test_a_damaged_checkpoint_rotates_the_journal_and_keeps_the_chain(sim_rules: RuleSet, tmp_path: Path) -> None:
    import sqlite3

    rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite")
    rt.submit_inputs(fault_inputs(("o2_depletion",))[:3000])
    head = rt.prev_hash
    rt.close()
    db = sqlite3.connect(str(tmp_path / "j.sqlite"))
    db.execute("UPDATE checkpoint SET snapshot = '{\"format\": \"nope\"}'")
    db.commit()
    db.close()
    again = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite")
    assert again.rotated_to is not None and again.prev_hash == head and again.carried is None
    again.close()


def test_publishing_a_rule_keeps_the_window_state_of_the_others(host, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Stop, publish a new version of one rule, start: the other rules go on mid-window (a gas reading
    sustained for 4 of its 5 minutes still fires on time), the changed one starts fresh."""
    from core.rules.templates import threshold_rule
    from tests.runtime.helpers import compiled

    def rules(v2: bool) -> list:  # type: ignore[type-arg]
        co = threshold_rule("co", "CO", value=30.0, sustained_s=300.0, period_s=10.0)
        h2s = threshold_rule("h2s", "H2S", value=20.0 if v2 else 10.0, sustained_s=60.0, period_s=10.0)
        h2s["version"] = 2 if v2 else 1
        return [compiled(co, host.registry), compiled(h2s, host.registry)]

    def readings(t0: int, t1: int) -> list[tuple[int, float, str, float, str]]:
        return [(0, float(t), sig, v, "good") for t in range(t0, t1, 10) for sig, v in (("CO", 45.0), ("H2S", 15.0))]

    rt = LiveRuntime(rules(False), tmp_path / "j.sqlite")
    before = rt.submit_inputs(readings(0, 240))
    assert [(d.rule.id, d.state) for d in before] == [("h2s", "fired")]
    rt.close()
    rt = LiveRuntime(rules(True), tmp_path / "j.sqlite")
    assert rt.rotated_to is not None and rt.carried is not None
    assert rt.carried.restored == ["co"] and set(rt.carried.fresh) == {"h2s"}
    after = rt.submit_inputs(readings(240, 400))
    rt.close()
    # CO above 30 ppm since t=0: fires at t=300 as if nothing had happened; H2S v2 (limit 20) stays quiet
    assert [(d.rule.id, d.state, d.ts) for d in after] == [("co", "fired", 300.0)]
    again = LiveRuntime(rules(True), tmp_path / "j.sqlite")  # and the rotated journal recovers from its checkpoint
    assert again.rotated_to is None and again.seq == 32
    again.close()


def test_a_live_restart_is_not_taken_for_silent_sensors_and_replays_alike(host, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Down from t=10 to t=300 (sensor period 1 s): after resume() the first readings are used as they are —
    no UNKNOWN (and no safe-state actions) for the runtime's own downtime; the resume is journalled, so a
    crash right after it recovers to the very same records."""
    from core.rules.templates import threshold_rule
    from core.runtime.events import Event
    from tests.runtime.helpers import compiled

    rules = [compiled(threshold_rule("co", "CO", value=30.0, period_s=1.0), host.registry)]

    def readings(t0: int, t1: int) -> list[Event]:
        return [Event(float(t), "CO", 5.0) for t in range(t0, t1)]

    rt = LiveRuntime(rules, tmp_path / "j.sqlite")
    assert rt.submit(readings(0, 11)) == []
    rt.close()
    plain = LiveRuntime(rules, tmp_path / "other.sqlite")
    plain.submit(readings(0, 11))
    # without resume: the gap reads as the sensor silent since t=10, UNKNOWN (safe state) at t=13
    assert [(d.state, d.ts) for d in plain.submit(readings(300, 306))] == [("unknown", 13.0), ("cleared", 300.0)]
    plain.close()

    rt = LiveRuntime(rules, tmp_path / "j.sqlite")
    rt.resume()
    assert rt.submit(readings(300, 306)) == []
    assert [(d.state, d.ts) for d in rt.tick(320.0)] == [("unknown", 308.0)]  # silent after the restart: 3 s
    records = rt.records()
    rt._close()  # killed
    again = LiveRuntime(rules, tmp_path / "j.sqlite")
    assert again.rotated_to is None and again.records() == records and again.recovered_inputs > 0
    again.close()
