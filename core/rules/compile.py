"""Compile validated rule documents into evaluation plans.

A plan is flat: every (node, port) gets a slot in one value list, every node a step function
wired to slot indices, and every source (signal) the exact, topologically ordered list of steps
downstream of it. On an event the engine runs only that list: there is no per-event graph
walk, no dict lookup per node, no dispatch on block names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from core.registry import Registry
from core.rules.blockapi import ActionTemplate, BlockSpec
from core.rules.document import RuleSource, rule_hash
from core.rules.problems import Problem, RuleError
from core.rules.validate import Checked, validate


@dataclass(frozen=True)
class SourceRef:
    node: str
    signal: str
    period_s: float | None
    stale_factor: float
    kind: str  # numeric | categorical
    unit: str | None


@dataclass(frozen=True)
class ActionRef:
    node: str
    template: ActionTemplate
    params: Mapping[str, Any]
    when_slot: int


@dataclass
class CompiledRule:
    id: str
    version: int
    hash: str
    doc: Mapping[str, Any]
    title: Mapping[str, str]
    risk_level: str
    clauses: tuple[str, ...]
    on_unknown: str
    clear_after_s: float
    order: list[str]
    specs: dict[str, BlockSpec]
    params: dict[str, Mapping[str, Any]]
    slots: dict[tuple[str, str], int]
    nslots: int
    none_slot: int
    ins: dict[str, dict[str, int]]
    outs: dict[str, dict[str, int]]
    variadic: dict[str, list[int]]
    in_units: dict[str, dict[str, str | None]]
    out_units: dict[tuple[str, str], str | None]
    sources: list[SourceRef]
    downstream: dict[str, list[str]]  # source or timed node -> nodes to re-run, in order
    timer_nodes: list[str]  # timed nodes and everything downstream of them, in order
    actions: list[ActionRef]
    cond_slots: tuple[int, ...]
    wires: dict[tuple[str, str], tuple[str, str]]
    pack: str | None = None
    file: str | None = None
    tests: Sequence[Mapping[str, Any]] = field(default_factory=list)

    def main_output(self, node: str) -> int | None:
        outs = self.outs.get(node) or {}
        return next(iter(outs.values()), None)


def compile_rule(source: RuleSource, registry: Registry, capabilities: Mapping[str, Any] | None = None) -> CompiledRule:
    """Validate and compile one rule; raises :class:`RuleError` with every problem."""
    problems, checked = validate(source.doc, registry, capabilities)
    errors = [p.located(source.file, source.line(p.pointer)) for p in problems if p.severity == "error"]
    if errors:
        raise RuleError(errors)
    return _plan(source, checked)


def _plan(source: RuleSource, checked: Checked) -> CompiledRule:
    doc = source.doc
    params: dict[str, Mapping[str, Any]] = {n["id"]: dict(n.get("params", {}) or {}) for n in doc["nodes"]}
    slots: dict[tuple[str, str], int] = {}
    for nid in checked.order:
        for port in checked.specs[nid].outputs:
            slots[(nid, port.name)] = len(slots)
    none_slot = len(slots)
    ins: dict[str, dict[str, int]] = {}
    variadic: dict[str, list[int]] = {}
    in_units: dict[str, dict[str, str | None]] = {}
    wires: dict[tuple[str, str], tuple[str, str]] = {}
    for nid in checked.order:
        spec = checked.specs[nid]
        ins[nid] = {p.name: none_slot for p in spec.inputs}
        in_units[nid] = {}
        variadic[nid] = []
    for (dn, dp), srcs in sorted(checked.wires.items()):
        src = srcs[0]
        wires[(dn, dp)] = src
        in_units[dn][dp] = checked.units.get(src)
        if checked.specs[dn].variadic is not None and checked.specs[dn].input(dp) is not None and \
                all(p.name != dp for p in checked.specs[dn].inputs):
            variadic[dn].append(slots[src])
        else:
            ins[dn][dp] = slots[src]

    graph = nx.DiGraph()
    graph.add_nodes_from(checked.order)
    graph.add_edges_from((src[0], dn) for (dn, _), src in wires.items())
    position = {n: i for i, n in enumerate(checked.order)}

    def below(roots: list[str]) -> list[str]:
        found: set[str] = set(roots)
        for r in roots:
            found |= nx.descendants(graph, r)
        return sorted(found, key=position.__getitem__)

    sources: list[SourceRef] = []
    downstream: dict[str, list[str]] = {}
    timed: list[str] = []
    for nid in checked.order:
        spec, p = checked.specs[nid], params[nid]
        if spec.source_signal is not None:
            period = spec.source_period(p) if spec.source_period else None
            kind = checked.kinds.get(nid) or (spec.source_kind(p) if spec.source_kind else "numeric")
            sources.append(SourceRef(nid, spec.source_signal(p), float(period) if period else None,
                                     float(p.get("stale_factor", 3.0)), kind, checked.units.get((nid, "value"))))
            downstream[nid] = below([nid])
        if spec.timed:
            timed.append(nid)
            downstream[nid] = below([nid])
    actions = []
    cond: list[int] = []
    for nid in checked.order:
        spec = checked.specs[nid]
        if spec.action is None:
            continue
        when = ins[nid].get("when", none_slot)
        actions.append(ActionRef(nid, spec.action, params[nid], when))
        if when not in cond:
            cond.append(when)
    return CompiledRule(
        id=doc["id"], version=int(doc["version"]), hash=rule_hash(doc), doc=doc, title=doc["title"],
        risk_level=doc["risk_level"], clauses=tuple(doc.get("clauses", [])),
        on_unknown=doc.get("on_unknown", "safe_state"), clear_after_s=float(doc.get("clear_after_s", 0.0)),
        order=list(checked.order), specs=checked.specs, params=params, slots=slots, nslots=none_slot + 1,
        none_slot=none_slot, ins=ins, outs={n: {p.name: slots[(n, p.name)] for p in checked.specs[n].outputs} for n in checked.order},
        variadic=variadic, in_units=in_units, out_units=dict(checked.units), sources=sources, downstream=downstream,
        timer_nodes=below(timed) if timed else [], actions=actions, cond_slots=tuple(cond), wires=wires,
        pack=source.pack, file=source.file, tests=list(doc.get("tests", []) or []),
    )


def compile_rules(sources: Sequence[RuleSource], registry: Registry,
                  capabilities: Mapping[str, Mapping[str, Any]] | None = None) -> tuple[list[CompiledRule], list[Problem]]:
    """Compile a rule set: every problem of every rule, and a rule id used twice, at once."""
    compiled: list[CompiledRule] = []
    problems: list[Problem] = []
    seen: dict[str, str | None] = {}
    for src in sources:
        caps = (capabilities or {}).get(src.pack or "") if src.pack else None
        try:
            rule = compile_rule(src, registry, caps)
        except RuleError as e:
            problems += e.problems
            continue
        if rule.id in seen:
            problems.append(Problem("duplicate_rule", f"rule id {rule.id!r} is also defined in {seen[rule.id]}",
                                    f"规则编号 “{rule.id}” 在 {seen[rule.id]} 中已定义", pointer="/id", file=src.file,
                                    line=src.line("/id")))
            continue
        seen[rule.id] = src.file
        compiled.append(rule)
    return compiled, problems
