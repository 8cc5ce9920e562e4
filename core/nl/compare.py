"""One comparison segment: subject, operator, absolute / relative limit or range.

Operators follow the glossary: 超过/高于 >, 低于 <, 不低于/达到/以上 >=, 不超过/以下 <=.
Relative limits: 「超工艺卡上限15%」 1.15 x limit, 「低于下限的90%」 0.9 x limit, 「额定电流的1.5倍」
1.5 x rated; 「超过额定电流1.5倍」 could mean 1.5x or 2.5x, so it is asked, not guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.nl import units as NU
from core.nl.ir import Compare, Equals, Source
from core.nl.lexicon import Term
from core.nl.scan import Tok

if TYPE_CHECKING:
    from core.nl.grammar import Parser

_OPS = ("gt", "ge", "lt", "le", "eq", "ne", "between", "outside")
_NAMES = ("term", "unk", "sig", "id")
_FLIP = {"gt": "+", "ge": "+", "lt": "-", "le": "-"}
UNRESOLVED = ("?", "?")  # the subject of the previous segment, already asked about


def _is_kw(t: Tok, *ids: str) -> bool:
    return t.kind == "kw" and t.value in ids


def parse_compare(p: Parser, toks: list[Tok], prev: Any) -> tuple[Any, Any]:
    """(atom or None, the subject for the next segment). A quantity whose signal is still to be
    bound is parsed to the end all the same, so its unit or range questions come in the same run."""
    atom, subject = _parse(p, toks, prev)
    if isinstance(subject, tuple) and subject is not UNRESOLVED and subject[1] is None:
        return None, subject
    return atom, subject


def _parse(p: Parser, toks: list[Tok], prev: Any) -> tuple[Any, Any]:
    ranges = [t for t in toks if t.kind == "range"]
    if not ranges:
        toks = [t for t in toks if not _is_kw(t, "between")]  # 「在5分钟内」: 在 without a range is a filler
    ops = [i for i, t in enumerate(toks) if _is_kw(t, *_OPS)]
    op_at = ops[0] if ops else None
    names = [(i, t) for i, t in enumerate(toks) if t.kind in _NAMES]
    subj_toks = [t for i, t in names if op_at is None or i < op_at]
    # a reference follows the operator; a name after an absolute number (「80℃左右」) is not one
    first_abs = next((i for i, t in enumerate(toks) if t.kind == "num" and t.unit not in ("percent", "factor", "times")
                      and op_at is not None and i > op_at), None)
    relative = op_at is not None and toks[op_at].value in _FLIP
    ref_toks = [t for i, t in names if relative and op_at is not None and i > op_at and (first_abs is None or i < first_abs)]
    stray = [t for i, t in names if first_abs is not None and i > first_abs]
    if stray:
        p.not_understood(stray)
        return None, prev
    if ranges and ref_toks and op_at is not None:
        # 「在19.5%~23.5%之间」: with a range, every name is the subject, there is no reference
        subj_toks, ref_toks = subj_toks + ref_toks, []
    if not _all_used(p, toks):
        return None, prev
    if not subj_toks and prev is UNRESOLVED:
        return None, prev  # 「X低于19.5%或高于23.5%」 with X unknown: X was asked about once already
    subject = _subject(p, subj_toks, _span(toks, subj_toks)) if subj_toks else prev
    if subject is None and ref_toks:
        _subject(p, ref_toks)  # ask about the reference too: one question per unresolved term
    if subject is None:
        if subj_toks:
            return None, UNRESOLVED
        p.ask("missing_subject", f"“{' '.join(t.text for t in toks)}”：比较的是哪个量？",
              f"“{' '.join(t.text for t in toks)}”: which quantity is compared?")
        return None, prev
    if ranges and not any(_is_kw(t, *_OPS, "between_end", "range_end") for t in toks):
        p.ask("ambiguous_range", f"“{ranges[0].text}”：是在范围之内还是超出范围时触发？", f"“{ranges[0].text}”: inside or outside the range?")
        return None, subject
    if not ops and not any(_is_kw(t, "sfx_ge", "sfx_le", "between_end", "range_end") for t in toks):
        p.not_understood(toks)
        return None, subject
    term, signal = subject[0], subject[1] or "?"
    if ranges:
        return _range(p, toks, ranges[0], term, signal), subject
    if any(_is_kw(t, "between_end", "range_end") for t in toks):
        p.not_understood(toks)  # 「低于15%之间」: a band word without a band
        return None, subject
    if ref_toks:
        if any(_is_kw(t, "sfx_ge", "sfx_le") for t in toks):
            p.not_understood(toks)  # 「超过额定电流9.5%以下」
            return None, subject
        return _relative(p, toks, ops, ref_toks, term, signal), subject
    nums = [t for k, t in enumerate(toks) if t.kind == "num" and t.unit not in ("time:1", "count", "count+", "times", "factor")
            and not (t.unit is None and op_at is not None and k < op_at)]  # "reactor 2" is part of the name
    op = toks[op_at].value if op_at is not None else None
    sfx = next((t.value for t in toks if _is_kw(t, "sfx_ge", "sfx_le")), None)
    if op == "outside":
        # 「温度不在80℃以上」: a negated bound is not a range and not its opposite: refuse
        p.not_understood(toks)
        return None, subject
    if op in (None, "between"):
        op = {"sfx_ge": "ge", "sfx_le": "le"}.get(sfx or "")
    elif sfx is not None and (op in ("gt", "ge")) != (sfx == "sfx_ge"):
        # 「不低于19.5%以下」 says both directions at once
        p.ask("ambiguous_number", f"“{' '.join(t.text for t in toks)}”同时写了相反的方向", f"“{' '.join(t.text for t in toks)}” points both ways")
        return None, subject
    if op in ("eq", "ne"):
        text = [t for t in toks[op_at + 1:] if t.kind in ("unk", "id")] if op_at is not None else []
        measured = term is not None and term.entry is not None and term.entry.kind == "quantity"
        if len(text) == 1 and not nums and not measured and len([t for t in toks if t.kind in _NAMES]) == len(subj_toks) + 1:
            p.literals.add(id(text[0]))  # 「状态为fault」: the word is the value, not an unknown term
            src = NU.source(signal, term, None, kind="categorical")
            return Equals(src, text[0].text, negate=op == "ne"), subject
        p.ask("unsupported", "不支持对测量值用“等于/不等于”判断，请用超过/低于/在…之间",
              "“equals” / “is not” on a measured number is not supported: use above/below/between")
        return None, subject
    if op is None or len(nums) != 1:
        if len(nums) > 1:
            p.ask("ambiguous_number", f"条件“{' '.join(t.text for t in toks)}”中有多个数值，不知以哪个为限值",
                  f"“{' '.join(t.text for t in toks)}” has several numbers: which one is the limit?")
        else:
            p.not_understood(toks)
        return None, subject
    num = nums[0]
    extra = [t for k, t in enumerate(toks) if t.kind == "num" and t is not num
             and not (t.unit is None and op_at is not None and k < op_at)]
    if extra:  # 「80℃的3倍」: a factor of an absolute number is not a limit we can read
        p.not_understood(toks)
        return None, subject
    ok, unit = NU.resolve(p, num.unit, term, num.text)
    if not ok or not NU.plausible(p, float(num.value), unit, num.text):
        return None, subject
    return Compare(NU.source(signal, term, unit), op, value=float(num.value), unit=unit), subject


# a range separator (~ 至) that did not join two numbers into a range is a typo: refused
_USED_KW = (*_OPS, "sfx_ge", "sfx_le", "between_end", "range_end", "of", "by")


def _all_used(p: Parser, toks: list[Tok]) -> bool:
    """Every word of a comparison must have a role: a time or a count nobody attached (「温度超过80℃
    5分钟」) would otherwise vanish from the rule."""
    for t in toks:
        if t.kind == "kw" and t.value == "sustain":
            p.ask("missing_duration", f"“{t.text}”：持续多长时间？", f"“{t.text}”: for how long?")
            return False
        if t.kind == "num" and t.unit in ("time:1", "count", "count+"):
            p.ask("ambiguous_number", f"“{t.text}”不知道是持续时间、时间窗还是次数，请写“持续{t.text}”或“{t.text}内”",
                  f"“{t.text}”: a duration, a window or a count? write “for {t.text}” or “within {t.text}”")
            return False
        if t.kind == "kw" and t.value not in _USED_KW:
            p.not_understood(toks)
            return False
    return True


def _span(toks: list[Tok], names: list[Tok]) -> str:
    """The words from the first to the last name as written (「反应釜的温度」 keeps its 的), so
    the --bind the question proposes matches the sentence."""
    idx = [k for k, t in enumerate(toks) if any(t is n for n in names)]
    if not idx:
        return ""
    end = idx[-1] + 1
    while end < len(toks) and toks[end].kind == "num" and toks[end].unit is None:
        end += 1  # "reactor 2"
    return _join([t for t in toks[idx[0]:end] if t.kind in _NAMES or _is_kw(t, "of") or (t.kind == "num" and t.unit is None)])


def _subject(p: Parser, toks: list[Tok], written: str | None = None) -> tuple[Term | None, str | None] | None:
    """(the term that gives unit and label, the signal) of the words before the operator."""
    sig = next((t for t in toks if t.kind == "sig"), None)
    terms = [t.value for t in toks if t.kind == "term"]
    quantity = next((t for t in terms if t.kind in ("quantity", "bound")), None)
    if sig is not None:
        return quantity, sig.value
    targets = [t for t in terms if t.target is not None and t.kind in ("quantity", "bound", "reference")]
    # 「受限空间氧含量」: known words before the named quantity describe it; nothing unknown, nothing after
    named = [k for k, t in enumerate(toks) if t.kind == "term" and t.value in targets]
    described = all(t.kind == "term" for t in toks) and bool(named) and named[-1] == len(toks) - 1
    if len(targets) == 1 and (len(toks) == 1 or (targets[0].bound and described)):
        term = targets[0]
        if term.bound:
            p.used.add(term.text)
        if len(toks) > 1:
            others = "".join(t.text for t in toks if not (t.kind == "term" and t.value is term))
            p.note(f"“{others}”视为“{term.text}”的说明，信号为 {term.target}", f"“{others}” read as describing “{term.text}”, signal {term.target}")
        return term, str(term.target)
    text = written or _join(toks)
    if len(toks) == 1 and toks[0].kind == "term" and toks[0].value.kind not in ("quantity", "bound", "reference"):
        p.not_understood(toks)
        return None
    last_q = max((k for k, t in enumerate(toks) if t.kind == "term" and t.value.kind in ("quantity", "bound", "reference")), default=-1)
    trailing = [t for t in toks[last_q + 1:] if t.kind == "unk"] if last_q >= 0 else []
    if trailing and not (written and " of " in f" {written} "):  # "temperature of reactor 2" is a name
        # 「氧含量很低」「温度不会」: words after the quantity are not part of a name
        p.not_understood(toks)
        return None
    hint = ""
    if quantity is not None and quantity.entry is not None:
        hint = quantity.entry.labels.get("zh", "")
    p.ask("unknown_term", f"“{text}”是哪个信号？请用 --bind {text}=信号名 指定" + (f"（一种{hint}）" if hint else ""),
          f"which signal is “{text}”? answer with --bind {text}=SIGNAL", text)
    return (quantity, None) if quantity is not None else None


def _join(toks: list[Tok]) -> str:
    out = ""
    for t in toks:
        if out and (out[-1].isascii() and out[-1].isalnum()) and t.text[:1].isascii() and t.text[:1].isalnum():
            out += " "
        out += t.text
    return out


def _range(p: Parser, toks: list[Tok], r: Tok, term: Term | None, signal: str) -> Compare | None:
    ops = [t for t in toks if _is_kw(t, *_OPS)]
    if len(ops) > 1 or any(_is_kw(t, "gt", "ge", "lt", "le", "eq", "ne") and t.text != "超出" for t in ops):
        # 「超过…outside 19.5-23.5」: a band takes 在/之间/超出/outside, not a second operator
        p.not_understood(toks)
        return None
    outside = any(_is_kw(t, "outside") for t in toks) or (
        any(_is_kw(t, "range_end") for t in toks) and any(_is_kw(t, "gt") for t in toks)) or any(
        _is_kw(t, "gt") and t.text == "超出" for t in toks)  # 「超出19.5%~21%」
    # 「不在…之间」 is outside: the negation wins over 之间; 「超出…之间」 says both
    if outside and any(_is_kw(t, "between_end") for t in toks) and not any(t.text == "不在" for t in toks):
        p.ask("ambiguous_range", f"“{r.text}”：是在范围之内还是超出范围时触发？", f"“{r.text}”: inside or outside the range?")
        return None
    inside = not outside and any(_is_kw(t, "between", "between_end") for t in toks)
    if inside == outside:
        p.ask("ambiguous_range", f"“{r.text}”：是在范围之内还是超出范围时触发？", f"“{r.text}”: inside or outside the range?")
        return None
    if r.unit == "?mixed":
        p.ask("ambiguous_unit", f"范围“{r.text}”两端单位不同", f"the range “{r.text}” has two different units")
        return None
    ok, unit = NU.resolve(p, r.unit, term, r.text)
    if not ok or not all(NU.plausible(p, float(v), unit, r.text) for v in r.value):
        return None
    others = [t for t in toks if t.kind in ("num", "range") and t is not r]
    lo, hi = (float(v) for v in r.value)
    if others or not lo < hi:
        # 「20%~8均超过80℃」「20%~20%」: a second number, or a band written backwards, is not guessed
        p.not_understood(toks)
        return None
    return Compare(NU.source(signal, term, unit), "outside" if outside else "inside", value=lo, high=hi, unit=unit)


def _relative(p: Parser, toks: list[Tok], ops: list[int], ref_toks: list[Tok], term: Term | None, signal: str) -> Compare | None:
    first, last = toks[ops[0]].value, toks[ops[-1]].value
    pct_at = [k for k, t in enumerate(toks) if t.kind == "num" and t.unit == "percent"]
    if first not in _FLIP or last not in _FLIP or len(ops) > 2 or (len(ops) == 2 and not (
            _FLIP[first] == _FLIP[last] and pct_at and ops[0] < pct_at[0] < ops[1])):
        # only "more than 15% above X" has two operators; 「高于X低于19.5%」 is not a relative limit
        p.not_understood(toks)
        return None
    ref = _subject(p, ref_toks)
    if ref is None or ref[1] is None:
        return None
    ref_term, ref_signal = ref[0], ref[1]
    text = " ".join(t.text for t in toks)
    pct = [t for t in toks if t.kind == "num" and t.unit == "percent"]
    mult = [t for t in toks if t.kind == "num" and t.unit in ("factor", "times")]
    other = [t for t in toks if t.kind == "num" and t not in pct and t not in mult]
    has_of, has_by = any(_is_kw(t, "of") for t in toks), any(_is_kw(t, "by") for t in toks)
    sign = 1.0 if _FLIP[last] == "+" else -1.0
    if other or len(pct) + len(mult) > 1:
        p.not_understood(toks)
        return None
    if pct:
        v = float(pct[0].value) / 100.0
        before_op = toks.index(pct[0]) < ops[-1]
        factor = v if has_of and not has_by else 1.0 + sign * v
        if before_op and not has_of:
            factor = 1.0 + sign * v
    elif mult:
        m = mult[0]
        idx = toks.index(m)
        directly_before_ref = idx + 1 < len(toks) and toks[idx + 1].kind in _NAMES
        if not (has_of or directly_before_ref):
            p.ask("ambiguous_number", f"“{text}”：是 {m.value:g} 倍，还是超出 {m.value:g} 倍（即 {m.value + 1:g} 倍）？请写成“…的{m.value:g}倍”",
                  f"“{text}”: {m.value:g} times the limit, or {m.value:g} times more ({m.value + 1:g}x)? write “{m.value:g} times the …”")
            return None
        factor = float(m.value)
    else:
        if has_of or has_by:
            p.not_understood(toks)  # 「下限的…」 "by …" with no number after it
            return None
        factor = 1.0
    factor = round(factor, 9)
    if factor <= 0:
        p.ask("ambiguous_number", f"“{text}”得出的系数不大于零", f"“{text}” gives a factor of zero or less")
        return None
    if (ref_term is not None and ref_term.entry is not None and ref_term.entry.kind == "quantity" and term is not None
            and term.entry is not None and term.entry.kind == "quantity" and not set(ref_term.entry.units) & set(term.entry.units)):
        # 「温度超过压力」: a limit must be the same kind of quantity
        p.ask("unit_mismatch", f"{term.text}不能与{ref_term.text}比较（单位不同）", f"{term.text} cannot be compared with {ref_term.text} (different units)")
        return None
    unit = None
    if term is not None and term.entry is not None and term.entry.kind == "quantity":
        unit = term.entry.unit if term.entry.signal else (term.entry.units[0] if len(term.entry.units) == 1 else None)
    if unit is None and term is not None and term.entry is not None and term.entry.kind == "quantity" and len(term.entry.units) > 1:
        p.note(f"{term.text}与参考值未声明单位（两者须同单位）", f"{term.text} and its reference declare no unit (both must be in the same unit)")
    src = NU.source(signal, term, unit)
    refsrc = Source(ref_signal, ref_term.label("zh") if ref_term else ref_signal, ref_term.label("en") if ref_term else ref_signal,
                    unit, None, "numeric")
    return Compare(src, first, ref=refsrc, factor=factor, unit=unit)
