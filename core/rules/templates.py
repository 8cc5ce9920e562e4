"""Rule documents of the most common shape, built in code: signal -> threshold or range ->
optional sustained -> alert. Used by the benchmark and the tests; a template, not a special case
(the result is an ordinary ``safeblocks.rule/1`` document that validates like any other)."""

from __future__ import annotations

from typing import Any


def threshold_rule(rid: str, signal: str, op: str = "compare.gt", *, value: float = 75.0, low: float = 19.5,
                   high: float = 21.0, deadband: float = 0.0, sustained_s: float | None = None,
                   period_s: float | None = 1.0, clear_after_s: float = 0.0, unit: str = "ppm",
                   on_unknown: str = "safe_state", risk_level: str = "L2") -> dict[str, Any]:
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
    return {"schema": "safeblocks.rule/1", "id": rid, "version": 1, "title": {"zh": rid, "en": rid},
            "risk_level": risk_level, "on_unknown": on_unknown, "clear_after_s": clear_after_s, "nodes": nodes,
            "edges": edges}
