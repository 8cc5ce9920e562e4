"""Rule documents built in tests (kept small and explicit)."""

from __future__ import annotations

from typing import Any

from core.registry import Registry
from core.rules.compile import CompiledRule, compile_rule
from core.rules.document import RuleSource


def threshold_doc(rid: str, signal: str, op: str = "compare.gt", *, value: float = 75.0, low: float = 19.5,
                  high: float = 21.0, deadband: float = 0.0, sustained_s: float | None = None, period_s: float | None = 1.0,
                  clear_after_s: float = 0.0, unit: str = "ppm", on_unknown: str = "safe_state") -> dict[str, Any]:
    sig_params: dict[str, Any] = {"signal": signal, "unit": unit}
    if period_s is not None:
        sig_params["period_s"] = period_s
    cmp_params: dict[str, Any] = {"unit": unit, "deadband": deadband}
    if op in ("compare.outside", "compare.inside"):
        cmp_params.update(low=low, high=high)
    else:
        cmp_params["value"] = value
    nodes: list[dict[str, Any]] = [
        {"id": "s", "block": "signal", "params": sig_params},
        {"id": "c", "block": op, "params": cmp_params},
        {"id": "alarm", "block": "action.alert", "params": {"level": "alarm"}},
    ]
    edges = [{"from": "s.value", "to": "c.x"}]
    last = "c"
    if sustained_s is not None:
        nodes.insert(2, {"id": "d", "block": "time.sustained", "params": {"duration_s": sustained_s}})
        edges.append({"from": "c.out", "to": "d.x"})
        last = "d"
    edges.append({"from": f"{last}.out", "to": "alarm.when"})
    return {"schema": "safeblocks.rule/1", "id": rid, "version": 1, "title": {"zh": rid, "en": rid}, "risk_level": "L2",
            "on_unknown": on_unknown, "clear_after_s": clear_after_s, "nodes": nodes, "edges": edges}


def compiled(doc: dict[str, Any], registry: Registry) -> CompiledRule:
    return compile_rule(RuleSource(doc), registry)
