"""Action blocks. They compute nothing: the engine reads their ``when`` input, and on a decision
turns each one into an action record (with an idempotency key) for the dispatcher.

Each action also says what it does when the rule's inputs are UNKNOWN and the rule's
``on_unknown`` is ``safe_state``: an actuator goes to its declared, reviewed safe state
(never an assumed "off"), a permit is suspended (a precondition that is UNKNOWN denies).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.rules.blockapi import ActionTemplate, BlockSpec, NodeBuild, Port, StepFn

from ._common import I18N


def _noop(nb: NodeBuild) -> StepFn:
    def step(now: float) -> None:
        return None

    return step


def _pick(params: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: params[k] for k in keys if k in params}


def _actuator(p: Mapping[str, Any]) -> dict[str, Any]:
    out = {"type": "actuator", "device": p["device"], "command": p["command"], "confirm_s": p.get("confirm_s", 10)}
    out["readback"] = p.get("readback", f"{p['device']}.state")
    out["readback_value"] = p.get("readback_value", p["command"])
    if "safe_state" in p:
        out["safe_state"] = p["safe_state"]
    return out


def _actuator_safe(p: Mapping[str, Any]) -> dict[str, Any] | None:
    if not p.get("safe_state"):
        return None
    out = _actuator(p)
    if p["safe_state"] != p["command"]:
        # another command than the rule's: its readback is the state itself (a declared
        # readback_value belongs to the rule's own command)
        out["command"] = out["readback_value"] = p["safe_state"]
    return out


UNKNOWN_MSG = {"zh": "规则输入未知（传感器失联或坏值），已执行安全状态", "en": "rule inputs UNKNOWN (stale or bad sensor): safe state taken"}

_ACTIONS: list[tuple[str, dict[str, str], str, dict[str, Any], list[str], ActionTemplate]] = [
    ("actuator", {"zh": "执行器（阀门/风机）", "en": "Actuator (valve, fan)"}, "settings_power",
     {"device": {"type": "string", "minLength": 1}, "command": {"type": "string", "minLength": 1},
      "confirm_s": {"type": "number", "exclusiveMinimum": 0, "maximum": 3600, "default": 10},
      "readback": {"type": "string", "minLength": 1}, "readback_value": {"type": "string"},
      "safe_state": {"type": "string", "minLength": 1}},
     ["device", "command"],
     ActionTemplate("actuator", _actuator, _actuator_safe)),
    ("alert", {"zh": "报警 / 弹窗提示", "en": "Alert / pop-up"}, "campaign",
     {"level": {"enum": ["info", "warning", "alarm", "critical"], "default": "alarm"}, "message": I18N,
      "popup": {"type": "boolean", "default": True}, "sound_light": {"type": "boolean", "default": False},
      "area": {"type": "string"}},
     [],
     ActionTemplate("alert",
                    lambda p: {"type": "alert", "level": p.get("level", "alarm"), **_pick(p, "message", "popup", "sound_light", "area")},
                    lambda p: {"type": "alert", "level": "alarm", "message": UNKNOWN_MSG, **_pick(p, "area")})),
    ("record_video", {"zh": "记录视频", "en": "Record video"}, "videocam",
     {"camera": {"type": "string", "minLength": 1}, "pre_s": {"type": "number", "minimum": 0, "default": 30},
      "post_s": {"type": "number", "minimum": 0, "default": 120}},
     [],
     ActionTemplate("record_video",
                    lambda p: {"type": "record_video", "camera": p.get("camera", "nearest"), "pre_s": p.get("pre_s", 30),
                               "post_s": p.get("post_s", 120)},
                    lambda p: {"type": "record_video", "camera": p.get("camera", "nearest"), "pre_s": p.get("pre_s", 30),
                               "post_s": p.get("post_s", 120)})),
    ("permit_suspend", {"zh": "暂停作业票", "en": "Suspend permit"}, "pause_circle",
     {"permit": {"type": "string", "minLength": 1}, "reason": I18N},
     ["permit"],
     ActionTemplate("permit_suspend", lambda p: {"type": "permit_suspend", **_pick(p, "permit", "reason")},
                    lambda p: {"type": "permit_suspend", "permit": p["permit"], "reason": UNKNOWN_MSG})),
    ("notify", {"zh": "通知（短信/应用）", "en": "Notify (SMS, app)"}, "sms",
     {"channel": {"enum": ["sms", "app", "email", "phone", "broadcast"], "default": "app"},
      "to": {"type": "array", "items": {"type": "string"}, "minItems": 1}, "message": I18N},
     ["to"],
     ActionTemplate("notify", lambda p: {"type": "notify", "channel": p.get("channel", "app"), **_pick(p, "to", "message")},
                    lambda p: {"type": "notify", "channel": p.get("channel", "app"), "to": p["to"], "message": UNKNOWN_MSG})),
    ("create_hazard", {"zh": "生成隐患", "en": "Create hazard"}, "report",
     {"area": {"type": "string"}, "title": I18N, "severity": {"enum": ["general", "major"], "default": "general"}},
     [],
     ActionTemplate("create_hazard", lambda p: {"type": "create_hazard", "severity": p.get("severity", "general"),
                                                **_pick(p, "area", "title")})),
    ("push_sop", {"zh": "推送SOP", "en": "Push SOP"}, "menu_book",
     {"sop": {"type": "string", "minLength": 1}, "to": {"type": "array", "items": {"type": "string"}}},
     ["sop"],
     ActionTemplate("push_sop", lambda p: {"type": "push_sop", **_pick(p, "sop", "to")})),
]


def _spec(name: str, title: dict[str, str], icon: str, props: dict[str, Any], required: list[str],
          tpl: ActionTemplate) -> BlockSpec:
    return BlockSpec(
        name=f"action.{name}", category="permits" if name == "permit_suspend" else "actions", title=title, icon=icon,
        inputs=(Port("when", "bool3"),),
        params_schema={"type": "object", "additionalProperties": False, "required": required, "properties": props},
        build=_noop, action=tpl,
    )


SPECS = [_spec(*a) for a in _ACTIONS]
