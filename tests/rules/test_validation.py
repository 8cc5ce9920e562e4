"""Every bad rule document gets every problem, located (JSON pointer, node, file:line), and loads nothing."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.rules.compile import compile_rules
from core.rules.document import RuleSource, parse_rule_text
from core.rules.validate import validate

GOOD = {
    "schema": "safeblocks.rule/1", "id": "t.gas", "version": 1, "title": {"zh": "可燃气体", "en": "Combustible gas"},
    "risk_level": "L3",
    "nodes": [
        {"id": "lel", "block": "signal", "params": {"signal": "GD-1.lel", "unit": "%LEL", "period_s": 1}},
        {"id": "high", "block": "compare.ge", "params": {"value": 25, "unit": "%LEL"}},
        {"id": "alarm", "block": "action.alert", "params": {"level": "alarm"}},
    ],
    "edges": [{"from": "lel.value", "to": "high.x"}, {"from": "high.out", "to": "alarm.when"}],
}


def codes(doc, registry):  # type: ignore[no-untyped-def]
    problems, _ = validate(doc, registry)
    return [(p.code, p.pointer, p.node) for p in problems]


def mutate(fn):  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(GOOD)
    fn(doc)
    return doc


def test_good_rule_has_no_problems(registry):  # type: ignore[no-untyped-def]
    assert codes(GOOD, registry) == []


CASES = [
    ("unknown block", lambda d: d["nodes"][1].update(block="compare.greater"), ("unknown_block", "/nodes/1/block", "high")),
    ("bad param", lambda d: d["nodes"][1]["params"].update(deadband=-1), ("bad_param", "/nodes/1/params/deadband", "high")),
    ("unknown param", lambda d: d["nodes"][1]["params"].update(treshold=3), ("bad_param", "/nodes/1/params", "high")),
    ("dangling edge", lambda d: d["edges"].append({"from": "ghost.out", "to": "alarm.when"}), ("dangling_edge", "/edges/2/from", None)),
    ("unknown port", lambda d: d["edges"][0].update(to="high.y"), ("unknown_port", "/edges/0/to", "high")),
    ("mistyped port", lambda d: d["edges"].__setitem__(1, {"from": "lel.value", "to": "alarm.when"}),
     ("port_type_mismatch", "/edges/1", "alarm")),
    ("duplicate id", lambda d: d["nodes"].append({"id": "high", "block": "logic.not"}), ("duplicate_id", "/nodes/3/id", "high")),
    ("unknown field", lambda d: d.update(severity="high"), ("unknown_field", "/severity", None)),
    ("unknown node field", lambda d: d["nodes"][0].update(colour="red"), ("unknown_field", "/nodes/0/colour", None)),
    ("unit mismatch %LEL vs %vol", lambda d: d["nodes"][1]["params"].update(unit="%vol"), ("unit_mismatch", "/nodes/1/params/unit", "high")),
    ("unit mismatch ppm vs mg/m3", lambda d: (d["nodes"][0]["params"].update(unit="ppm"), d["nodes"][1]["params"].update(unit="mg/m³")),
     ("unit_mismatch", "/nodes/1/params/unit", "high")),
    ("missing input", lambda d: d["edges"].pop(0), ("missing_input", "/nodes/1", "high")),
    ("no action", lambda d: (d["nodes"].pop(2), d["edges"].pop(1)), ("no_action", "/nodes", None)),
    ("input wired twice", lambda d: d["edges"].append({"from": "lel.value", "to": "high.x"}), ("input_conflict", "/edges/2/to", "high")),
]


@pytest.mark.parametrize("name,change,expected", CASES, ids=[c[0] for c in CASES])
def test_each_problem_is_found_and_located(registry, name, change, expected):  # type: ignore[no-untyped-def]
    assert expected in codes(mutate(change), registry)


def test_cycle_is_reported_with_its_path(registry):  # type: ignore[no-untyped-def]
    doc = mutate(lambda d: (d["nodes"].insert(2, {"id": "n1", "block": "logic.and"}),
                            d["nodes"].insert(3, {"id": "n2", "block": "logic.not"}),
                            d["edges"].extend([{"from": "high.out", "to": "n1.a"}, {"from": "n2.out", "to": "n1.b"},
                                               {"from": "n1.out", "to": "n2.x"}])))
    problems, _ = validate(doc, registry)
    cyc = [p for p in problems if p.code == "cycle"]
    assert len(cyc) == 1 and set(cyc[0].path) == {"n1", "n2"}


def test_all_problems_at_once(registry):  # type: ignore[no-untyped-def]
    doc = mutate(lambda d: (d.update(colour=1), d["nodes"][1]["params"].update(unit="ppm"),
                            d["nodes"].append({"id": "x", "block": "nope"}), d["edges"].append({"from": "a.b", "to": "c.d"})))
    found = {c for c, _, _ in codes(doc, registry)}
    assert {"unknown_field", "unit_mismatch", "unknown_block", "dangling_edge"} <= found


def test_missing_safe_state_for_an_interlock(registry):  # type: ignore[no-untyped-def]
    doc = mutate(lambda d: d["nodes"].__setitem__(2, {"id": "alarm", "block": "action.actuator",
                                                       "params": {"device": "XV-1", "command": "close"}}))
    assert ("missing_safe_state", "/nodes/2/params", "alarm") in codes(doc, registry)
    doc["on_unknown"] = "alert"
    assert all(c != "missing_safe_state" for c, _, _ in codes(doc, registry))


def test_pack_capabilities_limit_what_a_rule_may_command(registry):  # type: ignore[no-untyped-def]
    doc = mutate(lambda d: d["nodes"].__setitem__(2, {"id": "alarm", "block": "action.actuator",
                                                       "params": {"device": "P-7.pump", "command": "stop", "safe_state": "stop"}}))
    caps = {"actuators": [{"device": "CS-*.fan", "commands": ["force_on"], "safe_state": "force_on"}]}
    problems, _ = validate(doc, registry, caps)
    assert [p.code for p in problems] == ["actuator_not_allowed"]


@pytest.mark.parametrize("text,line", [
    ('{"schema": "safeblocks.rule/1",\n "id": "x"\n "version": 1}', 3),
    ('{"id": NaN}', None),
    ("", 1),
])
def test_malformed_json_says_where(text, line):  # type: ignore[no-untyped-def]
    src, problems = parse_rule_text(text, "rule.json")
    assert src is None and problems[0].code == "malformed_json" and problems[0].file == "rule.json"
    if line is not None:
        assert problems[0].line == line


def test_problems_carry_file_and_line(registry, tmp_path: Path):  # type: ignore[no-untyped-def]
    doc = mutate(lambda d: d["nodes"][1]["params"].update(unit="%vol"))
    f = tmp_path / "gas.json"
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    f.write_text(text)
    src, _ = parse_rule_text(text, str(f))
    assert src is not None
    rules, problems = compile_rules([src], registry)
    assert rules == []
    p = next(p for p in problems if p.code == "unit_mismatch")
    assert p.file == str(f) and text.splitlines()[p.line - 1].strip().startswith('"unit"')


def test_duplicate_rule_ids_in_a_set(registry):  # type: ignore[no-untyped-def]
    rules, problems = compile_rules([RuleSource(GOOD, "a.json"), RuleSource(copy.deepcopy(GOOD), "b.json")], registry)
    assert len(rules) == 1 and problems[0].code == "duplicate_rule" and problems[0].file == "b.json"


def test_check_command_prints_pointers_and_json(registry, tmp_path: Path):  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(mutate(lambda d: d["nodes"][1]["params"].update(unit="ppm")), indent=1))
    good = tmp_path / "good.json"
    good.write_text(json.dumps(GOOD))
    human = subprocess.run([sys.executable, "-m", "core.cli", "check", str(bad), str(good)], capture_output=True, text=True)
    assert human.returncode == 1 and "unit_mismatch" in human.stdout and "/nodes/1/params/unit" in human.stdout
    machine = subprocess.run([sys.executable, "-m", "core.cli", "check", "--json", str(bad)], capture_output=True, text=True)
    report = json.loads(machine.stdout)
    assert report["ok"] is False and report["problems"][0]["pointer"] == "/nodes/1/params/unit"
    assert report["problems"][0]["message"]["zh"]
    ok = subprocess.run([sys.executable, "-m", "core.cli", "check", str(good)], capture_output=True, text=True)
    assert ok.returncode == 0
