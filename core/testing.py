"""Given/expect tests embedded in rule documents (``safeblocks test``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.rules.compile import CompiledRule
from core.runtime.engine import Engine
from core.runtime.events import event_from_obj
from core.timeutil import format_ts, parse_ts


@dataclass
class TestResult:
    rule: str
    name: str
    ok: bool
    file: str | None = None
    messages: list[str] = field(default_factory=list)


def run_rule_test(rule: CompiledRule, test: Mapping[str, Any]) -> TestResult:
    engine = Engine([rule])
    res = TestResult(rule.id, str(test.get("name")), True, rule.file)
    for i, raw in enumerate(test.get("events", [])):
        try:
            ev = event_from_obj(raw)
        except ValueError as e:
            res.ok = False
            res.messages.append(f"event {i}: {e}")
            return res
        engine.ingest(ev.ts, ev.signal, ev.value, ev.quality)
    engine.flush()
    if "until" in test:
        engine.advance(parse_ts(test["until"]))
    got = [(d.ts, d.state, sorted(a["type"] for a in d.actions)) for d in engine.decisions]
    want = [(parse_ts(e["at"]), e["state"], sorted(e["actions"]) if "actions" in e else None) for e in test.get("expect", [])]
    unmatched = list(got)
    for ts, state, acts in want:
        hit = next((g for g in unmatched if abs(g[0] - ts) < 1e-6 and g[1] == state and (acts is None or g[2] == acts)), None)
        if hit is None:
            res.ok = False
            res.messages.append(f"expected {state} at {format_ts(ts)}" + (f" with actions {acts}" if acts else ""))
        else:
            unmatched.remove(hit)
    if unmatched and not test.get("partial", False):
        res.ok = False
        for ts, state, acts in unmatched:
            res.messages.append(f"unexpected {state} at {format_ts(ts)} (actions {acts})")
    if not res.ok:
        res.messages.append("decisions: " + ", ".join(f"{s}@{format_ts(t)}" for t, s, _ in got) if got else "decisions: none")
    return res


def run_tests(rules: Sequence[CompiledRule]) -> list[TestResult]:
    out = []
    for rule in rules:
        for test in rule.tests:
            out.append(run_rule_test(rule, test))
    return out
