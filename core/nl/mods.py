"""Time and count modifiers of a condition segment: 连续5分钟 / for more than 1 h (duration),
10分钟内 / within 10 minutes (window), 超过3次 / at least 3 times (count).

超过 excludes the number (glossary): 「超过3次」 is 4 or more, 「持续超过1小时」 is longer than an hour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.nl.ir import STRICT_EPS, Count, Sustained
from core.nl.scan import Tok

if TYPE_CHECKING:
    from core.nl.grammar import Parser

CMP_OPS = ("gt", "ge", "lt", "le")
AGGS = {"agg_mean": "mean", "agg_max": "max", "agg_min": "min"}


class Mods:
    """Duration (连续5分钟, for more than 1 h), window (10分钟内) and count (超过3次) of a segment."""

    def __init__(self, p: Parser, toks: list[Tok]) -> None:
        self.p = p
        self.duration: float | None = None
        self.duration_strict = False
        self.window: float | None = None
        self.count: int | None = None
        self.agg: tuple[str, float] | None = None  # (mean|max|min, window s): 「5分钟平均值」
        toks = self._aggregate(toks)
        rest: list[Tok] = []
        self.at: int | None = None  # where the first modifier stood in the segment (for its scope)
        self.seen = 0
        i = 0
        while i < len(toks):
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t.kind == "num" and t.unit == "time:1" and nxt is not None and nxt.kind == "kw" and nxt.value == "within":
                self.window, i = t.value, i + 2
                self._mark(i - 2)
                continue
            if t.kind == "kw" and t.value == "within" and nxt is not None and nxt.kind == "num" and nxt.unit == "time:1":
                self.window, i = nxt.value, i + 2
                self._mark(i - 2)
                continue
            lead = []
            j = i
            while j < len(toks) and toks[j].kind == "kw" and toks[j].value in ("sustain", *CMP_OPS):
                lead.append(toks[j])
                j += 1
            if j < len(toks) and toks[j].kind == "num" and toks[j].unit in ("time:1", "count", "count+", "times") and \
                    (lead or toks[j].unit != "time:1" or self._sfx(toks, j)) and \
                    not (toks[j].unit == "times" and j + 1 < len(toks) and toks[j + 1].kind in ("term", "unk", "sig", "kw")
                         and toks[j + 1].value not in ("within", "sfx_ge")):
                num = toks[j]
                ops = [x.value for x in lead if x.value in CMP_OPS]
                sfx = "sfx_ge" if num.unit == "count+" else self._sfx(toks, j)
                if sfx == "sfx_le" or any(o in ("lt", "le") for o in ops):
                    self.p.ask("unsupported", f"“{' '.join(x.text for x in [*lead, num])}”：不支持“少于/以内”形式的时长或次数",
                               f"“{' '.join(x.text for x in [*lead, num])}”: a duration or count that must stay below a bound is not supported")
                strict = "gt" in ops and sfx is None or any(x.text in ("for longer than", "for over") for x in lead)
                if num.unit == "time:1":
                    self.duration, self.duration_strict = float(num.value), strict
                else:
                    n = num.value
                    if n != int(n) or n < 1:
                        self.p.ask("ambiguous_number", f"次数“{num.text}”不是正整数", f"count “{num.text}” is not a positive whole number")
                    self.count = int(n) + (1 if strict else 0)
                self._mark(i)
                i = j + 1 + (1 if sfx and num.unit != "count+" else 0)
                continue
            rest.append(t)
            i += 1
        self.rest = rest

    def _aggregate(self, toks: list[Tok]) -> list[Tok]:
        """Take the statistic and its window out of the segment: 「5分钟平均值」「最近10分钟内的最大值」
        "the average over the last 5 minutes", "averaged over 10 minutes". "over" before a time is the
        window here, not "above"."""
        at = [i for i, t in enumerate(toks) if t.kind == "kw" and t.value in AGGS]
        if not at:
            return toks
        if len(at) > 1:
            self.p.ask("unsupported", "同一条件只能有一个统计量（平均/最大/最小）", "one condition can have one statistic (average, maximum or minimum)")
            return [t for i, t in enumerate(toks) if i not in at]

        def window_word(t: Tok) -> bool:
            return t.kind == "kw" and (t.value == "within" or (t.value == "gt" and t.text.lower() == "over"))

        drop = set(at)
        for j, t in enumerate(toks):
            if t.kind != "num" or t.unit != "time:1":
                continue
            before = toks[j - 1] if j > 0 else None
            after = toks[j + 1] if j + 1 < len(toks) else None
            if before is not None and window_word(before):
                drop |= {j - 1, j}
            elif after is not None and (window_word(after) or j + 1 in at):
                drop |= {j, j + 1} if window_word(after) else {j}
            else:
                continue
            if after is not None and window_word(after) and before is not None and window_word(before):
                drop.add(j + 1)  # 「最近10分钟内」: both sides
            self.agg = (AGGS[toks[at[0]].value], float(t.value))
            break
        if self.agg is None:
            self.p.ask("missing_window", f"“{toks[at[0]].text}”需要时间窗：多长时间内的统计值？（如“5分钟平均值”）",
                       f"“{toks[at[0]].text}” needs a window: over how long? (e.g. “the 5-minute average”)")
        elif self.agg[1] <= 0:
            self.p.ask("ambiguous_number", "统计时间窗必须大于零", "the window must be more than zero")
        # 「平均值的」 "of": the word joining the statistic to its quantity has no role of its own
        return [t for i, t in enumerate(toks) if i not in drop and not (i - 1 in drop and t.kind == "kw" and t.value == "of")]

    def _mark(self, i: int) -> None:
        if self.at is None:
            self.at = i
        self.seen += 1
        if self.seen == 2 and not (self.window is not None and self.count is not None and self.duration is None):
            # 「for 2 s持续1分钟」: two times for one condition (a window and a count are a pair)
            self.p.ask("unsupported", "同一条件写了两个时长（或时长与时间窗），请只保留一个",
                       "one condition has two durations (or a duration and a window): keep one")
        elif self.seen > 2:
            self.p.ask("unsupported", "同一条件的时间/次数修饰过多", "too many time or count qualifiers on one condition")

    @staticmethod
    def _sfx(toks: list[Tok], j: int) -> str | None:
        if j + 1 < len(toks) and toks[j + 1].kind == "kw" and toks[j + 1].value in ("sfx_ge", "sfx_le"):
            return str(toks[j + 1].value)
        return None

    def apply(self, atom: Any) -> Any:
        if atom is None:
            return None
        if self.agg is not None:
            from core.nl.ir import Compare

            if not isinstance(atom, Compare) or atom.ref is not None:
                self.p.ask("unsupported", "平均/最大/最小值只能与固定限值比较", "an average, maximum or minimum can only be compared with a fixed limit")
                return None
            if self.duration is not None or self.count is not None or self.window is not None:
                self.p.ask("unsupported", "统计值不能再加持续时间或计次，请拆成两条规则",
                           "a statistic cannot also have a duration or a count: split it into two rules")
                return None
            atom.agg, atom.agg_window_s = self.agg
            return atom
        if self.count is not None:
            if self.window is None:
                self.p.ask("missing_window", "计次需要时间窗：多长时间内达到该次数？", "a count needs a window: within how long?")
                return None
            if self.duration is not None:
                self.p.ask("unsupported", "同一条件不能同时有持续时间和计次", "one condition cannot have both a duration and a count")
                return None
            return Count(atom, self.window, self.count)
        if self.window is not None and self.duration is not None:
            self.p.ask("unsupported", "时间窗与持续时间不能同时用于一个条件", "a window and a duration cannot qualify one condition")
            return None
        if self.window is not None and self.duration is None:
            self.p.ask("missing_count", "写了时间窗但没有次数：在该时间内要发生几次？", "a window without a count: how many times within it?")
            return None
        if self.duration is not None:
            if self.duration <= 0:
                self.p.ask("ambiguous_number", "持续时间必须大于零", "the duration must be more than zero")
                return None
            return Sustained(atom, self.duration + (STRICT_EPS if self.duration_strict else 0.0), self.duration_strict)
        return atom
