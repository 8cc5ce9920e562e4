"""A rule set ready to run: the plugin host, the compiled rules and an engine, for the CLI and tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from core.plugins import PluginHost
from core.rules.compile import CompiledRule, compile_rules
from core.rules.document import RuleSource, collect_sources
from core.rules.problems import Problem
from core.runtime.decisions import Decision, DecisionLog
from core.runtime.engine import Engine
from core.runtime.events import BadLine, read_csv_rows, read_events


@dataclass
class RuleSet:
    host: PluginHost
    rules: list[CompiledRule]
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def load(cls, items: Sequence[str], host: PluginHost | None = None) -> RuleSet:
        """RULES of the CLI: files, folders (a pack folder loads as a pack) or pack ids."""
        pack_dirs = [Path(i) for i in items if (Path(i) / "pack.toml").is_file()]
        if host is None:
            host = PluginHost.load(pack_dirs=pack_dirs)
        else:
            for d in pack_dirs:
                host.load_pack_dir(d)
        sources, problems = collect_sources(items, host.pack_rules(), host.pack_dirs())
        return cls.from_sources(sources, host, problems)

    @classmethod
    def from_sources(cls, sources: Sequence[RuleSource], host: PluginHost, problems: list[Problem] | None = None) -> RuleSet:
        rules, more = compile_rules(sources, host.registry, host.capabilities())
        return cls(host, rules, (problems or []) + more)

    def engine(self, reorder_window_s: float = 0.0, services: Mapping[str, Any] | None = None) -> Engine:
        return Engine(self.rules, reorder_window_s=reorder_window_s,
                      services=self.services() if services is None else services)

    def services(self) -> dict[str, Any]:
        """Host resources blocks may need: the model store when a rule uses a model block."""
        if not any(spec.name.startswith("model.") for r in self.rules for spec in r.specs.values()):
            return {}
        from core.models.store import ModelStore  # only then: onnxruntime is an optional extra

        store, problems = ModelStore.from_host(self.host)
        self.problems += problems
        return {"models": store}


def replay(engine: Engine, events: Iterable[tuple[float, str, Any, str]], log: DecisionLog,
           until: float | None = None) -> list[Decision]:
    """Run events (``Event`` or plain ``(ts, signal, value, quality)`` rows) through the engine,
    appending every decision to the log, in order."""
    out: list[Decision] = []
    pending = engine.decisions
    take = engine.ingest if engine.reorder_window_s > 0 else engine.process
    for ts, signal, value, quality in events:
        take(ts, signal, value, quality)
        if pending:
            for d in pending:
                log.append(d)
            out += pending
            pending.clear()
    engine.flush()
    if until is not None:
        engine.advance(until)
    for d in pending:
        log.append(d)
    out += pending
    pending.clear()
    return out


def replay_file(ruleset: RuleSet, path: Path, out: IO[str] | None, reorder_window_s: float = 0.0,
                until: float | None = None) -> tuple[list[Decision], list[BadLine], Engine]:
    errors: list[BadLine] = []
    engine = ruleset.engine(reorder_window_s=reorder_window_s)
    log = DecisionLog(out)
    if path.suffix.lower() == ".csv":
        decisions = replay(engine, read_csv_rows(path, errors), log, until)
    else:
        decisions = replay(engine, read_events(path, errors), log, until)
    return decisions, errors, engine
