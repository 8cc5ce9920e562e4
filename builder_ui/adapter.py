"""The builder's only door into the platform.

Everything the pages need from the runtime goes through :class:`Backend`: the block catalogue,
validation, compiling and replaying a draft, its given/expect tests, and storing drafts. Today it
calls core's Python API directly; when the HTTP service's repositories land, only this module
changes (the pages never import core).
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.plugins import PluginHost
from core.rules.blockapi import Port
from core.rules.compile import CompiledRule, compile_rule
from core.rules.document import RuleSource, parse_rule_text
from core.rules.problems import Problem, RuleError
from core.rules.validate import Checked, validate
from core.runtime.engine import Engine
from core.runtime.events import BadLine, Event, read_events
from core.testing import TestResult, run_rule_test

# The palette's order; a category a pack invents later is appended after these.
CATEGORIES = ("sensors", "conditions", "math", "time", "logic", "models", "actions", "permits")
PORT_TYPES = ("number", "bool3", "text", "value", "time")
_SAFE_ID = re.compile(r"[^a-z0-9_.\-]")


@dataclass
class Trace:
    """A replay of a draft: every decision and, per node, its main output whenever it changed."""

    decisions: list[dict[str, Any]] = field(default_factory=list)
    changes: dict[str, list[tuple[float, Any]]] = field(default_factory=dict)
    times: list[float] = field(default_factory=list)  # event times, for the slider
    bad_lines: list[str] = field(default_factory=list)
    events: int = 0

    def value_at(self, node: str, ts: float) -> Any:
        changes = self.changes.get(node, [])
        # the slider asks this for every node: bisect, a day of 1 Hz samples is 86,400 changes
        i = bisect.bisect_right(changes, ts, key=lambda c: c[0])
        return changes[i - 1][1] if i else None


def three_valued(v: Any) -> Any:
    """The display form of a node value: TRUE / FALSE / UNKNOWN for bool3, numbers rounded."""
    if v is True:
        return "TRUE"
    if v is False:
        return "FALSE"
    if v is None:
        return "UNKNOWN"
    if isinstance(v, float):
        return round(v, 3)
    return v


class Backend:
    """Catalogue, validation, replay and draft storage for one plugin host."""

    def __init__(self, host: PluginHost, drafts_dir: Path | None = None, service: Any = None) -> None:
        self.host = host
        self.registry = host.registry
        home = Path(os.environ.get("SAFEBLOCKS_HOME", "var"))
        self.drafts_dir = drafts_dir or home / "drafts"
        # the service's lifecycle API (builder_ui.service.ServiceClient) when mounted in it
        self.service = service

    # ------------------------------------------------------------ catalogue
    def blocks(self) -> dict[str, dict[str, Any]]:
        return {spec.name: spec.describe() for spec in self.registry.blocks}

    def palette(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """Blocks grouped by category, in palette order; empty categories are left out."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for spec in self.registry.blocks:
            groups.setdefault(spec.category, []).append(spec.describe())
        order = list(CATEGORIES) + sorted(set(groups) - set(CATEGORIES))
        return [(c, sorted(groups[c], key=lambda b: b["name"])) for c in order if c in groups]

    @staticmethod
    def accepts() -> dict[str, list[str]]:
        """Which output types each input type accepts, from core's own rule (never re-implemented)."""
        return {dst: [src for src in PORT_TYPES if Port("p", dst).accepts(src)] for dst in PORT_TYPES}  # type: ignore[arg-type]

    def signals(self) -> list[str]:
        """Signals the loaded packs' rules read: suggestions for the signal picker."""
        out: set[str] = set()
        for doc in self.registry.rules:
            for n in doc.get("nodes", []):
                sig = (n.get("params") or {}).get("signal")
                if isinstance(sig, str):
                    out.add(sig)
        return sorted(out)

    def devices(self) -> dict[str, list[str]]:
        """Suggestions for the device pickers: actuators the installed packs may command (their
        reviewed patterns), their commands and safe states."""
        out: dict[str, set[str]] = {"device": set(), "command": set(), "safe_state": set()}
        for lp in self.host.packs.values():
            for a in (lp.manifest.capabilities or {}).get("actuators", []) or []:
                if isinstance(a.get("device"), str):
                    out["device"].add(a["device"])
                out["command"].update(c for c in a.get("commands") or [] if isinstance(c, str))
                if isinstance(a.get("safe_state"), str):
                    out["safe_state"].add(a["safe_state"])
        return {k: sorted(v) for k, v in out.items()}

    def pack_rules(self) -> dict[str, Mapping[str, Any]]:
        return {doc["id"]: doc for doc in self.registry.rules if isinstance(doc.get("id"), str)}

    # ------------------------------------------------------------ validation
    def validate(self, doc: Mapping[str, Any]) -> tuple[list[Problem], Checked]:
        return validate(dict(doc), self.registry)

    def compile(self, doc: Mapping[str, Any]) -> CompiledRule:
        """Raises :class:`RuleError` with every problem when the draft is not runnable."""
        return compile_rule(RuleSource(doc=json.loads(json.dumps(doc))), self.registry)

    # ------------------------------------------------------------ replay
    def read_events(self, name: str, data: bytes) -> tuple[list[Event], list[BadLine]]:
        """Events of an uploaded CSV or JSON Lines file (parsed by core's reader)."""
        import tempfile

        errors: list[BadLine] = []
        suffix = Path(name).suffix.lower() or ".csv"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"events{suffix}"
            path.write_bytes(data)
            events = list(read_events(path, errors))
        for e in errors:
            e.file = name
        return events, errors

    def replay(self, doc: Mapping[str, Any], events: Iterable[Event], until: float | None = None) -> Trace:
        rule = self.compile(doc)
        engine = Engine([rule])
        inst = engine.instances[rule.id]
        # actions have no output: their effect is the decision, shown on the fire timeline
        slots = {nid: slot for nid in rule.order if (slot := rule.main_output(nid)) is not None}
        trace = Trace()
        last: dict[str, Any] = {}

        def snapshot(ts: float) -> None:
            for nid, slot in slots.items():
                v = three_valued(inst.vals[slot])
                if nid not in last or last[nid] != v:
                    last[nid] = v
                    trace.changes.setdefault(nid, []).append((ts, v))

        seen = 0
        for ev in sorted(events, key=lambda e: e.ts):
            engine.ingest(ev.ts, ev.signal, ev.value, ev.quality)
            seen += 1
            snapshot(ev.ts)
            if not trace.times or trace.times[-1] != ev.ts:
                trace.times.append(ev.ts)
        engine.flush()
        if until is not None:
            engine.advance(until)
            snapshot(until)
        trace.events = seen
        trace.decisions = [{**d.record(), "t": d.ts} for d in engine.decisions]
        return trace

    def run_tests(self, doc: Mapping[str, Any]) -> list[TestResult]:
        rule = self.compile(doc)
        return [run_rule_test(rule, t) for t in doc.get("tests", [])]

    def simulate(self, doc: Mapping[str, Any], seconds: int = 600, start: float = 1_767_600_000.0) -> list[Event]:
        """A simulated event stream for a draft: each numeric signal sits well inside its limits,
        then crosses the highest limit compared against it for the second half (1 Hz)."""
        rule = self.compile(doc)
        events: list[Event] = []
        for src in rule.sources:
            limit = _limit_for(rule, src.node)
            low, high = (0.0, 1.0) if limit is None else (limit * 0.5, limit * 1.5 if limit > 0 else limit + 1.0)
            for t in range(seconds + 1):
                if src.kind == "numeric":
                    value: Any = low if t < seconds // 2 else high
                else:
                    value = "active"
                events.append(Event(start + t, src.signal, value, "good"))
        events.sort(key=lambda e: e.ts)
        return events

    # ------------------------------------------------------------ natural language
    @staticmethod
    def nl_available() -> bool:
        """Whether core's natural-language compiler is installed (the box is absent otherwise)."""
        try:
            from core.nl.api import compile_sentence  # noqa: F401
        except ImportError:
            return False
        return True

    def draft_from_sentence(self, text: str, bindings: Mapping[str, str]) -> dict[str, Any]:
        """``{rule, paraphrase, tests, questions, notes}`` as ``safeblocks nl --json`` prints it."""
        from core.nl.api import compile_sentence

        return compile_sentence(text, dict(bindings), host=self.host).to_json()

    # ------------------------------------------------------------ storage
    def save_draft(self, doc: Mapping[str, Any]) -> Path:
        self.drafts_dir.mkdir(parents=True, exist_ok=True)
        path = self.drafts_dir / f"{_SAFE_ID.sub('_', str(doc.get('id', 'draft')))}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", "utf-8")
        return path

    def list_drafts(self) -> list[str]:
        if not self.drafts_dir.is_dir():
            return []
        return sorted(p.stem for p in self.drafts_dir.glob("*.json"))

    def load_draft(self, name: str) -> tuple[dict[str, Any] | None, list[Problem]]:
        path = self.drafts_dir / f"{_SAFE_ID.sub('_', name)}.json"
        if not path.is_file():
            return None, [Problem("not_found", f"no draft {name!r}", f"没有草稿 “{name}”")]
        return parse_document(path.read_text("utf-8"), str(path))


def parse_document(text: str, file: str | None = None) -> tuple[dict[str, Any] | None, list[Problem]]:
    src, problems = parse_rule_text(text, file)
    if src is None:
        return None, problems
    if not isinstance(src.doc, dict):
        return None, [Problem("schema", "a rule document is a JSON object", "规则文档必须是 JSON 对象", file=file)]
    return src.doc, problems


def _limit_for(rule: CompiledRule, source: str) -> float | None:
    """The largest constant limit any comparison wired to ``source`` uses."""
    limits: list[float] = []
    for (dst, _port), (src, _sp) in rule.wires.items():
        if src != source:
            continue
        params = rule.params.get(dst, {})
        for key in ("value", "high", "low"):
            v = params.get(key)
            if isinstance(v, int | float) and not isinstance(v, bool):
                limits.append(float(v))
    return max(limits) if limits else None


__all__ = ["Backend", "CATEGORIES", "RuleError", "Trace", "parse_document", "three_valued"]
