"""The chemical pack: manifest, rules, embedded tests, clauses, the confined-space scenario, tampering."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from core.packs import read_manifest
from core.runtime.decisions import read_log, verify_chain
from core.runtime.session import RuleSet, replay_file
from core.testing import run_tests
from core.timeutil import parse_ts

PACK = Path(__file__).resolve().parents[1]
SCENARIO = PACK / "scenarios" / "confined_space_run.csv"
T0 = parse_ts("2026-01-05T08:00:00Z")
STRENGTH = {"verified": 3, "partially_verified": 2, "site_practice": 1, "unverified_recollection": 0, "unverified": 0}
CS_GAS = ["o2_band", "combustible_interlock", "h2s_limit", "co_limit"]


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return RuleSet.load([str(PACK)])


def _errors_in_pack(problems):  # type: ignore[no-untyped-def]
    return [p.format() for p in problems if p.severity == "error" and str(PACK) in str(p.file or "")]


def test_manifest_is_sound_and_not_stale() -> None:
    manifest, problems = read_manifest(PACK)
    assert [p.format() for p in problems if p.severity == "error"] == []  # a stale MANIFEST.sha256 shows up here
    assert manifest is not None and manifest.id == "chemical" and manifest.module is None
    actuators = manifest.capabilities["actuators"]
    assert {a["device"]: a["safe_state"] for a in actuators} == {"CS-*.fan": "force_on", "XV-1*": "close"}
    assert all(a["reviewed"] and a["commands"] for a in actuators)


def test_every_rule_loads_without_problems(ruleset: RuleSet) -> None:
    assert [p.format() for p in ruleset.problems if p.severity == "error"] == []
    assert _errors_in_pack(ruleset.host.problems) == []
    files = sorted((PACK / "rules").glob("*.json"))
    assert len(ruleset.rules) == len(files) >= 12
    assert {r.pack for r in ruleset.rules} == {"chemical"}


def test_embedded_given_expect_tests_pass(ruleset: RuleSet) -> None:
    results = run_tests(ruleset.rules)
    assert [(r.rule, r.name, r.messages) for r in results if not r.ok] == []
    assert all(len(r.tests) >= 3 for r in ruleset.rules)
    assert len(results) == sum(len(r.tests) for r in ruleset.rules)


def test_rules_cite_registered_clauses_and_carry_verification(ruleset: RuleSet) -> None:
    clauses = ruleset.host.registry.clauses
    for rule in ruleset.rules:
        assert rule.clauses, rule.id
        cited = [clauses.get(c) for c in rule.clauses]
        assert all(c is not None and c.pack == "chemical" for c in cited), rule.id
        ver = rule.doc["verification"]
        assert ver["status"] in STRENGTH and ver["catalogue_id"] and ver["evidence"], rule.id
        # nothing here was checked against a standard's own text
        assert ver["status"] != "verified", rule.id
        # a rule resting on an unverified clause says so where people read it
        if min(STRENGTH[c.verification] for c in cited) == 0:
            assert "unverified" in rule.doc["description"]["en"], rule.id
            assert "未核实" in rule.doc["description"]["zh"], rule.id


def test_signals_declare_units_and_periods(ruleset: RuleSet) -> None:
    for rule in ruleset.rules:
        for src in rule.sources:
            if src.kind == "numeric":
                assert src.unit is not None, (rule.id, src.signal)
            event_driven = src.signal.startswith("permit.") or ".gas_test." in src.signal
            assert event_driven or src.period_s, (rule.id, src.signal)


def test_scenario_file_is_what_the_script_writes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_confined_space", PACK / "scenarios" / "make_confined_space.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.write(tmp_path / "run.csv").read_bytes() == SCENARIO.read_bytes()


def test_confined_space_replay(ruleset: RuleSet, tmp_path: Path) -> None:
    log = tmp_path / "decisions.jsonl"
    with log.open("w", encoding="utf-8") as fh:
        decisions, bad, engine = replay_file(ruleset, SCENARIO, fh)
    assert bad == [] and engine.stats.late == 0
    got = sorted((d.ts - T0, d.rule.id.removeprefix("chemical.confined_space."), d.state) for d in decisions)
    # derived from the scenario's timeline (see make_confined_space.py), not copied from output:
    # O2 19.4 at 1050 s, 19.7 at 1170 s (deadband 0.2); gas 10 %LEL at 2000 s, 7 %LEL at 2220 s
    # (deadband 2); last detector sample 2699 s -> stale at 2699 + 3 x 1 s; data back at 2760 s
    want = sorted([(1050, "o2_band", "fired"), (1170, "o2_band", "cleared"),
                   (2000, "combustible_interlock", "fired"), (2220, "combustible_interlock", "cleared")]
                  + [(2702, r, "unknown") for r in CS_GAS] + [(2760, r, "cleared") for r in CS_GAS])
    assert got == want
    for d in decisions:
        acts = {(a["type"], a.get("device"), a.get("command"), a.get("permit")) for a in d.actions}
        if d.state == "cleared":
            assert acts == set()  # clearing never switches the fan off
        else:
            assert acts == {("actuator", "CS-01.fan", "force_on", None), ("permit_suspend", None, None, "CS-0001"),
                            ("alert", None, None, None)}
            # the simulated fan answers within its 10 s confirmation time: confirmed, no escalation
            assert d.id in {c[0] for c in engine.confirmations}
    first = decisions[0]
    assert "CS-01.o2 = 19.4 %vol < 19.5 %vol: TRUE" in first.explanation["en"]
    assert "CS-01.o2 = 19.4 %vol 小于 19.5 %vol：是" in first.explanation["zh"] and "暂停作业票 CS-0001" in first.explanation["zh"]
    assert verify_chain(read_log(log)).ok


def test_tampered_copy_is_reported(tmp_path: Path) -> None:
    copy = tmp_path / "chemical"
    shutil.copytree(PACK, copy, ignore=shutil.ignore_patterns("__pycache__"))
    manifest, problems = read_manifest(copy)
    assert manifest is not None and not [p for p in problems if p.code == "tampered"]
    rule = copy / "rules" / "cs_o2_band.json"
    text = rule.read_text("utf-8")
    assert '"value": 19.5' in text
    rule.write_text(text.replace('"value": 19.5', '"value": 18.0'), "utf-8")
    manifest, problems = read_manifest(copy)
    assert manifest is None
    assert [(p.code, Path(p.file or "").name) for p in problems if p.severity == "error"] == [("tampered", "cs_o2_band.json")]
