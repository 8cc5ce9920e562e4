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

    rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite")
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
