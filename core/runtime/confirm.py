"""What a decision does: the actions of a state, actuator read-back confirmations and their timeout
(escalation + safe state). Kept apart from the engine's event and timer loop."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.runtime.state import Pending, RuleInstance

if TYPE_CHECKING:
    from core.runtime.engine import Engine


def actions_for(ri: RuleInstance, state: str) -> list[dict[str, Any]]:
    rule = ri.rule
    out: list[dict[str, Any]] = []
    if state == "fired":
        for a in rule.actions:
            if ri.vals[a.when_slot] is True:
                out.append({**a.template.make(a.params), "node": a.node})
    elif state == "unknown":
        if rule.on_unknown == "safe_state":
            for a in rule.actions:
                safe = a.template.safe(a.params) if a.template.safe else None
                if safe is not None:
                    out.append({**safe, "node": a.node, "safe_state": True})
        elif rule.on_unknown == "alert":
            out.append({"type": "alert", "level": "alarm", "node": "", "message": {
                "zh": "规则输入未知，请现场确认", "en": "rule inputs UNKNOWN: check on site"}})
    return out

def readback(eng: Engine, ts: float, signal: str, value: Any) -> None:
    pend = eng._awaiting.get(signal, [])
    keep = []
    for p in pend:
        if not p.done and str(value) == str(p.action.get("readback_value")) and ts <= p.deadline:
            p.done = True
            # the decision is already logged (hash-chained): record the confirmation beside it
            eng.confirmations.append((p.decision_id, str(p.action.get("device")), ts))
        if not p.done:
            keep.append(p)
    if keep:
        eng._awaiting[signal] = keep
    else:
        eng._awaiting.pop(signal, None)

def confirm_timeout(eng: Engine, p: Pending, at: float) -> None:
    if p.done:
        return
    p.done = True
    pend = eng._awaiting.get(p.action["readback"], [])
    eng._awaiting[p.action["readback"]] = [x for x in pend if x is not p]
    if not eng._awaiting[p.action["readback"]]:
        del eng._awaiting[p.action["readback"]]
    ri = p.rule
    device = p.action["device"]
    actions: list[dict[str, Any]] = [{"type": "alert", "level": "critical", "node": "", "escalation": True, "message": {
        "zh": f"{device} 未在 {p.action.get('confirm_s')} 秒内确认执行 {p.action['command']}，已升级报警并执行安全状态",
        "en": f"{device} did not confirm {p.action['command']} within {p.action.get('confirm_s')} s: escalated, safe state taken"}}]
    for a in ri.rule.actions:
        safe = a.template.safe(a.params) if a.template.safe else None
        if safe is not None and a.template.type != "alert" and not (
                a.template.type == "actuator" and a.params.get("device") == device and safe["command"] == p.action["command"]):
            safe = {**safe, "node": a.node, "safe_state": True}
            for key in ("reason", "message"):
                if key in safe:
                    safe[key] = actions[0]["message"]
            actions.append(safe)
    eng._emit(ri, at, "unknown", "confirm_timeout", actions, escalates=p.decision_id).extra["escalates"] = p.decision_id
