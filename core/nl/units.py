"""Sources and units as the sentence writes them, checked against what the lexicon says.

Units are never converted: a written unit either fits the quantity (it becomes the signal's
declared unit) or the compiler asks. A bare ``%`` is read as the quantity's only percent unit
(氧含量 -> %vol) and asked about when there are several (可燃气体: %LEL or %vol?).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core import units as U
from core.nl.ir import Source
from core.nl.lexicon import Term

if TYPE_CHECKING:
    from core.nl.grammar import Parser

PERCENT_UNITS = ("%vol", "%LEL", "%OEL", "%")


def source(signal: str, term: Term | None, unit: str | None, kind: str = "numeric") -> Source:
    entry = term.entry if term is not None else None
    period = entry.period_s if entry is not None and entry.kind == "quantity" and kind == "numeric" else None
    zh = term.label("zh") if term is not None else signal
    en = term.label("en") if term is not None else signal
    return Source(signal, zh, en, unit if kind == "numeric" else None, period, kind)


def resolve(p: Parser, written: str | None, term: Term | None, text: str) -> tuple[bool, str | None]:
    """(ok, canonical unit) for a number written with ``written`` about ``term``."""
    entry = term.entry if term is not None and term.entry is not None and term.entry.kind == "quantity" else None
    name = term.text if term is not None else "该信号"
    name_en = term.text if term is not None else "the signal"
    usual = list(entry.units) if entry is not None else []
    usual_s = "、".join(U.symbol(u) for u in usual)
    if written is None:
        p.ask("missing_unit", f"“{text}”没有单位：{name}的单位是什么？" + (f"（常用：{usual_s}）" if usual else ""),
              f"“{text}” has no unit: in what unit is {name_en}?" + (f" (usual: {', '.join(U.symbol(u) for u in usual)})" if usual else ""))
        return False, None
    if written == "percent":
        options = [u for u in usual if u in PERCENT_UNITS]
        if len(options) == 1:
            if options[0] != "%":
                p.note(f"“{text}”按{name}的单位读作 {U.symbol(options[0])}", f"“{text}” read as {U.symbol(options[0])}, the unit of {name_en}")
            return True, options[0]
        if usual and not options:
            p.ask("unit_mismatch", f"{name}不用百分比表示（常用：{usual_s}）",
                  f"{name_en} is not measured in percent (usual: {', '.join(U.symbol(u) for u in usual)})")
            return False, None
        opts = "、".join(U.symbol(u) for u in options) or "%vol、%LEL、%"
        p.ask("ambiguous_unit", f"“{text}”的百分号含义不明确：是 {opts} 中的哪一个？",
              f"“{text}”: which percent is meant ({opts.replace('、', ', ')})? write the unit explicitly", None)
        return False, None
    if not U.is_known(written):
        p.ask("unknown_unit", f"不认识单位“{written}”", f"unknown unit “{written}”")
        return False, None
    canon = U.canonical(written)
    if usual and canon not in usual:
        p.ask("unit_mismatch", f"{name}通常不用 {U.symbol(canon)} 表示（常用：{usual_s}），单位不会被隐式换算",
              f"{name_en} is not measured in {U.symbol(canon)} (usual: {', '.join(U.symbol(u) for u in usual)}); units are never converted implicitly")
        return False, None
    if term is not None and term.entry is not None and term.entry.signal and term.entry.unit and not term.bound \
            and U.canonical(term.entry.unit) != canon:
        p.ask("unit_mismatch", f"{term.text}（{term.entry.signal}）的单位是 {U.symbol(term.entry.unit)}，句中写的是 {U.symbol(canon)}",
              f"{term.text} ({term.entry.signal}) is in {U.symbol(term.entry.unit)}, the sentence says {U.symbol(canon)}")
        return False, None
    if entry is not None and entry.unit and U.canonical(entry.unit) != canon:
        p.note(f"{name}按句中单位声明为 {U.symbol(canon)}（常用 {U.symbol(entry.unit)}）：请确认该信号以 {U.symbol(canon)} 上报，单位不会换算",
               f"{name_en} is declared in {U.symbol(canon)} as written (usual: {U.symbol(entry.unit)}): make sure the signal "
               f"reports {U.symbol(canon)}; nothing is converted")
    return True, canon


def plausible(p: Parser, value: float, unit: str | None, text: str) -> bool:
    """A fraction of a whole cannot pass 100 % or go below 0 (「低于195%」 is a typo for 19.5 %)."""
    if unit in ("%vol", "%LEL", "%") and not 0 <= value <= 100:
        p.ask("ambiguous_number", f"“{text}”：{U.symbol(unit)} 应在 0~100 之间，是否写错？",
              f"“{text}”: {U.symbol(unit)} lies between 0 and 100; is it a typo?")
        return False
    return True
