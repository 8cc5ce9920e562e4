"""Small helpers shared by the built-in blocks: number formatting and unit checks."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from core import units as U
from core.rules.blockapi import UnitsResult

UNIT_PARAM = {"type": "string", "description": "declared unit; never converted implicitly"}
I18N = {"type": "object", "properties": {"zh": {"type": "string"}, "en": {"type": "string"}}, "additionalProperties": False}


def num(v: Any) -> str:
    """A number as an engineer writes it: 21 not 21.0, 0.5 not 0.50000001."""
    if v is None:
        return "UNKNOWN"
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, float):
        if not math.isfinite(v):
            return str(v)
        return f"{v:.6g}"
    return str(v)


def qty(v: Any, unit: str | None) -> str:
    if v is None:
        return "UNKNOWN"
    s = U.symbol(unit)
    return f"{num(v)} {s}".rstrip() if s else num(v)


def bool3(v: Any, lang: str) -> str:
    if v is None:
        return "未知" if lang == "zh" else "UNKNOWN"
    if lang == "zh":
        return "是" if v else "否"
    return "TRUE" if v else "FALSE"


def same_unit(params: Mapping[str, Any], in_units: Mapping[str, str | None], port: str, what: str) -> UnitsResult:
    """Output unit = input unit; the declared ``unit`` param (if any) must match it."""
    res = UnitsResult()
    src = in_units.get(port)
    declared = params.get("unit")
    try:
        src_c, dec_c = U.canonical(src), U.canonical(declared)
    except ValueError as e:
        res.problems.append(("/params/unit", str(e), f"未知单位：{e}"))
        return res
    if declared is not None and src_c != dec_c:
        res.problems.append((
            "/params/unit",
            f"{what}: the input is in {U.symbol(src_c) or 'no unit'} but the limit is in {U.symbol(dec_c) or 'no unit'}",
            f"{what}：输入单位为 {U.symbol(src_c) or '无'}，而限值单位为 {U.symbol(dec_c) or '无'}",
        ))
    res.outputs["out"] = src_c
    return res


def is_number(v: Any) -> bool:
    return isinstance(v, float | int) and not isinstance(v, bool)
