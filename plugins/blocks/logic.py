"""Kleene three-valued logic: FALSE dominates AND, TRUE dominates OR, otherwise UNKNOWN stays UNKNOWN."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.rules.blockapi import BlockSpec, NodeBuild, Port, StepFn

from ._common import bool3


def _build_and(nb: NodeBuild) -> StepFn:
    vals, slots, o = nb.vals, tuple(nb.variadic), nb.outs["out"]

    def step(now: float) -> None:
        r: bool | None = True
        for s in slots:
            v = vals[s]
            if v is False:
                vals[o] = False
                return
            if v is None:
                r = None
        vals[o] = r

    return step


def _build_or(nb: NodeBuild) -> StepFn:
    vals, slots, o = nb.vals, tuple(nb.variadic), nb.outs["out"]

    def step(now: float) -> None:
        r: bool | None = False
        for s in slots:
            v = vals[s]
            if v is True:
                vals[o] = True
                return
            if v is None:
                r = None
        vals[o] = r

    return step


def _build_not(nb: NodeBuild) -> StepFn:
    vals, ix, o = nb.vals, nb.ins["x"], nb.outs["out"]

    def step(now: float) -> None:
        v = vals[ix]
        vals[o] = None if v is None else not v

    return step


def _explain(word_zh: str, word_en: str):
    def explain(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
        parts = [f"{lbl}={bool3(v, lang)}" for lbl, v, _ in ins.values()]
        if lang == "zh":
            return f"{word_zh}（{', '.join(parts)}）：{bool3(out, lang)}"
        return f"{word_en}({', '.join(parts)}): {bool3(out, lang)}"

    return explain


SPECS = [
    BlockSpec(name="logic.and", category="logic", title={"zh": "并且（与）", "en": "AND"}, icon="join_inner",
              variadic=Port("in", "bool3"), outputs=(Port("out", "bool3"),),
              params_schema={"type": "object", "additionalProperties": False, "properties": {}},
              build=_build_and, explain=_explain("并且", "AND")),
    BlockSpec(name="logic.or", category="logic", title={"zh": "或者（或）", "en": "OR"}, icon="join_full",
              variadic=Port("in", "bool3"), outputs=(Port("out", "bool3"),),
              params_schema={"type": "object", "additionalProperties": False, "properties": {}},
              build=_build_or, explain=_explain("或者", "OR")),
    BlockSpec(name="logic.not", category="logic", title={"zh": "非", "en": "NOT"}, icon="block",
              inputs=(Port("x", "bool3"),), outputs=(Port("out", "bool3"),),
              params_schema={"type": "object", "additionalProperties": False, "properties": {}},
              build=_build_not, explain=_explain("非", "NOT")),
]
