"""Condition tree + actions -> a ``safeblocks.rule/1`` document (nodes, edges, labels).

One node per distinct signal (a signal read twice is wired twice, not duplicated); node ids are
short and stable (``s1``, ``c1``, ``t1``, ``a1``) so two runs on one sentence give one document.
"""

from __future__ import annotations

import hashlib
from typing import Any

from core.nl.ir import Absence, Action, Compare, Count, Equals, Junction, PermitIs, Source, Sustained

SCHEMA = "safeblocks.rule/1"


class Builder:
    def __init__(self) -> None:
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, str]] = []
        self._signals: dict[tuple[str, str], str] = {}
        self._permits: dict[tuple[str, tuple[str, ...]], str] = {}
        self._n: dict[str, int] = {}

    def _id(self, prefix: str) -> str:
        self._n[prefix] = self._n.get(prefix, 0) + 1
        return f"{prefix}{self._n[prefix]}"

    def _node(self, prefix: str, block: str, params: dict[str, Any], label: dict[str, str] | None = None) -> str:
        nid = self._id(prefix)
        node: dict[str, Any] = {"id": nid, "block": block, "params": params}
        if label:
            node["label"] = label
        self.nodes.append(node)
        return nid

    def _wire(self, src: str, dst: str) -> None:
        self.edges.append({"from": src, "to": dst})

    def source(self, s: Source) -> str:
        key = (s.signal, s.kind)
        if key not in self._signals:
            params: dict[str, Any] = {"signal": s.signal}
            if s.kind == "categorical":
                params["kind"] = "categorical"
            if s.unit is not None:
                params["unit"] = s.unit
            if s.period_s is not None:
                params["period_s"] = s.period_s
            self._signals[key] = self._node("s", "signal", params, {"zh": s.label_zh, "en": s.label_en})
        return f"{self._signals[key]}.value"

    def cond(self, c: Any) -> str:
        """The output port (``node.port``) whose value is the condition."""
        if isinstance(c, Compare):
            x = self.source(c.src)
            if c.agg is not None:
                w = self._node("w", f"stats.{c.agg}", {"window_s": c.agg_window_s})
                self._wire(x, f"{w}.x")
                x = f"{w}.out"
            if c.op in ("inside", "outside"):
                params: dict[str, Any] = {"low": c.value, "high": c.high}
            elif c.ref is not None:
                params = {"factor": c.factor} if c.factor != 1.0 else {}
            else:
                params = {"value": c.value}
            if c.unit is not None:
                params["unit"] = c.unit
            nid = self._node("c", f"compare.{c.op}", params)
            self._wire(x, f"{nid}.x")
            if c.ref is not None:
                self._wire(self.source(c.ref), f"{nid}.limit")
            return f"{nid}.out"
        if isinstance(c, Equals):
            nid = self._node("c", "compare.not_equals" if c.negate else "compare.equals", {"value": c.value})
            self._wire(self.source(c.src), f"{nid}.x")
            return f"{nid}.out"
        if isinstance(c, PermitIs):
            key = (c.permit, c.states)
            if key not in self._permits:
                self._permits[key] = self._node("p", "permit.status", {"permit": c.permit, "states": list(c.states)},
                                                {"zh": c.label_zh, "en": c.label_en})
            return f"{self._permits[key]}.out"
        if isinstance(c, Sustained):
            inner = self.cond(c.inner)
            nid = self._node("t", "time.sustained", {"duration_s": c.duration_s})
            self._wire(inner, f"{nid}.x")
            return f"{nid}.out"
        if isinstance(c, Count):
            inner = self.cond(c.inner)
            nid = self._node("t", "time.count", {"window_s": c.window_s, "count": c.count})
            self._wire(inner, f"{nid}.x")
            return f"{nid}.out"
        if isinstance(c, Absence):
            start, event = self.cond(c.start), self.cond(c.event)
            nid = self._node("t", "time.absence", {"within_s": c.within_s})
            self._wire(start, f"{nid}.start")
            self._wire(event, f"{nid}.x")
            return f"{nid}.out"
        if isinstance(c, Junction):
            ins = [self.cond(i) for i in c.items]
            nid = self._node("l", f"logic.{c.op}", {})
            for k, port in enumerate(ins):
                self._wire(port, f"{nid}.{chr(ord('a') + k)}")
            return f"{nid}.out"
        raise TypeError(f"unknown condition {c!r}")

    def action(self, a: Action, when: str) -> None:
        nid = self._node("a", a.block, dict(a.params), {"zh": a.label_zh, "en": a.label_en})
        self._wire(when, f"{nid}.when")


def build_rule(cond: Any, actions: list[Action], text: str) -> dict[str, Any]:
    b = Builder()
    when = b.cond(cond)
    for a in actions:
        b.action(a, when)
    _layout(b.nodes, b.edges)
    acts = {a.block for a in actions}
    risky = acts & {"action.actuator", "action.permit_suspend"}
    digest = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]
    return {
        "schema": SCHEMA, "id": f"nl.{digest}", "version": 1,
        "title": {"zh": text, "en": text},
        "risk_level": "L3" if risky else "L2",
        "on_unknown": "safe_state",
        "tags": ["nl"],
        "nodes": b.nodes, "edges": b.edges, "tests": [],
    }


def _layout(nodes: list[dict[str, Any]], edges: list[dict[str, str]]) -> None:
    """Canvas positions (ignored by evaluation and the rule hash): one column per depth, sources
    on the left and actions on the right, so the builder can show the draft as it is."""
    into: dict[str, list[str]] = {}
    for e in edges:
        into.setdefault(e["to"].split(".", 1)[0], []).append(e["from"].split(".", 1)[0])
    depth: dict[str, int] = {}

    def d(nid: str) -> int:
        if nid not in depth:
            depth[nid] = 1 + max((d(src) for src in into.get(nid, [])), default=-1)
        return depth[nid]

    rows: dict[int, int] = {}
    for n in nodes:
        col = d(n["id"])
        n["position"] = {"x": 40 + 240 * col, "y": 40 + 120 * rows.get(col, 0)}
        rows[col] = rows.get(col, 0) + 1
