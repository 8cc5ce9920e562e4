"""The builder's document model and its adapter to core (no UI)."""

from __future__ import annotations

import pytest

from builder_ui.adapter import CATEGORIES, RuleError, three_valued
from builder_ui.draft import Draft, overlay, summary
from tests.builder.rules import T0, events_csv, gas_rule


def test_palette_groups_every_registered_block_by_category(backend, registry):
    groups = backend.palette()
    names = [b["name"] for _, blocks in groups for b in blocks]
    assert sorted(names) == registry.blocks.names()
    order = [c for c, _ in groups]
    assert order == [c for c in CATEGORIES if c in order] + [c for c in order if c not in CATEGORIES]
    assert all(b["icon"] for _, blocks in groups for b in blocks)


def test_port_compatibility_comes_from_core(backend):
    acc = backend.accepts()
    assert "bool3" not in acc["number"] and "number" in acc["number"]
    assert "value" in acc["number"]  # a signal's value feeds a comparison
    assert acc["bool3"] == ["bool3"]


def test_edits_and_ids():
    d = Draft()
    assert d.new_id("compare.gt") == "gt1"
    d.add_node("gt1", "compare.gt", {"x": 1, "y": 2})
    assert d.new_id("compare.gt") == "gt2"
    with pytest.raises(ValueError):
        d.add_node("gt1", "compare.gt")
    d.add_node("s1", "signal")
    assert d.connect("s1.value", "gt1.x") and not d.connect("s1.value", "gt1.x")
    d.set_param("gt1", "value", 25)
    d.set_param("gt1", "unit", "")
    assert d.node("gt1")["params"] == {"value": 25}
    d.remove_nodes(["s1"])
    assert d.edges == [] and [n["id"] for n in d.nodes] == ["gt1"]


def test_problems_land_on_the_nodes_and_edges_they_name(backend):
    doc = gas_rule()
    doc["edges"].append({"from": "long.out", "to": "hi.limit"})  # bool3 into a number port
    doc["nodes"][1]["params"]["unit"] = "ppm"  # %LEL compared with ppm
    d = Draft(doc)
    problems, _ = backend.validate(d.doc)
    codes = {p.code for p in problems}
    assert {"port_type_mismatch", "unit_mismatch"} <= codes
    ov = overlay(d, problems, "en")
    assert "long.out->hi.limit" in ov["edges"]
    assert any("ppm" in m for m in ov["nodes"]["hi"])


def test_a_cycle_is_painted_on_its_nodes_and_edges(backend):
    d = Draft(gas_rule())
    d.add_node("n", "logic.not")
    d.add_node("both", "logic.and")
    d.connect("n.out", "both.a")
    d.connect("both.out", "n.x")
    problems, _ = backend.validate(d.doc)
    ov = overlay(d, problems, "zh")
    assert {"n", "both"} <= set(ov["nodes"])
    assert "n.out->both.a" in ov["edges"] and "both.out->n.x" in ov["edges"]


def test_summaries_show_thresholds_with_units(backend):
    blocks = backend.blocks()
    assert summary(blocks["compare.gt"], {"value": 25}, "%LEL") == "> 25 %LEL"
    assert summary(blocks["time.sustained"], {"duration_s": 60}, None) == "60 s"
    assert summary(blocks["action.actuator"], {"device": "F", "command": "on"}, None) == "F → on"


def test_replay_traces_every_node_and_fires(backend):
    events, bad = backend.read_events("e.csv", events_csv().encode())
    assert not bad and len(events) == 300
    trace = backend.replay(gas_rule(), events)
    fired = [d for d in trace.decisions if d["state"] == "fired"]
    assert [d["t"] for d in fired] == [T0 + 160]
    assert trace.value_at("hi", T0 + 50) == "FALSE" and trace.value_at("hi", T0 + 100) == "TRUE"
    assert trace.value_at("long", T0 + 159) == "FALSE" and trace.value_at("long", T0 + 160) == "TRUE"
    assert trace.value_at("gas", T0 + 120) == 40.0


def test_simulated_events_cross_the_limit(backend):
    trace = backend.replay(gas_rule(), backend.simulate(gas_rule()))
    assert any(d["state"] == "fired" for d in trace.decisions)


def test_a_broken_draft_does_not_run(backend):
    doc = gas_rule()
    doc["edges"].pop()
    with pytest.raises(RuleError) as e:
        backend.replay(doc, [])
    assert any(p.code == "missing_input" for p in e.value.problems)


def test_rule_tests_run_and_drafts_round_trip(backend):
    assert [r.ok for r in backend.run_tests(gas_rule())] == [True]
    backend.save_draft(gas_rule())
    assert backend.list_drafts() == ["test.gas_fan"]
    doc, problems = backend.load_draft("test.gas_fan")
    assert doc == gas_rule() and not problems


def test_three_valued_display():
    assert [three_valued(v) for v in (True, False, None, 1.23456, "active")] == ["TRUE", "FALSE", "UNKNOWN", 1.235, "active"]


def test_rules_without_positions_are_laid_out_by_depth():
    doc = gas_rule()
    for n in doc["nodes"]:
        n.pop("position")
    d = Draft()
    d.replace(doc)
    xs = [d.node(i)["position"]["x"] for i in ("gas", "hi", "long", "fan")]
    assert xs == sorted(xs) and len(set(xs)) == 4


def test_a_versions_diff_names_the_nodes_to_outline():
    from builder_ui.lifecycle import changed_nodes

    diff = [{"op": "change", "path": "/nodes/hi/params/value", "before": 25, "after": 30},
            {"op": "add", "path": "/nodes/both", "after": {"id": "both", "block": "logic.and"}},
            {"op": "add", "path": "/edges/hi.out->both.a", "after": {"from": "hi.out", "to": "both.a"}},
            {"op": "layout", "path": "/nodes/gas/position", "before": {"x": 0, "y": 0}, "after": {"x": 9, "y": 0}},
            {"op": "change", "path": "/title/en", "before": "a", "after": "b"}]
    assert changed_nodes(diff) == {"hi": "changed", "both": "added"}
