"""The small tree between a sentence and a rule document.

The grammar produces it, the builder turns it into nodes and edges, and the boundary-test
generator reads it to know where the thresholds are. Durations are in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    """A signal the rule reads, with what the sentence and the lexicon say about it."""

    signal: str
    label_zh: str
    label_en: str
    unit: str | None = None
    period_s: float | None = None
    kind: str = "numeric"  # numeric | categorical


@dataclass
class Compare:
    src: Source
    op: str  # gt ge lt le inside outside
    value: float | None = None
    high: float | None = None  # inside/outside
    unit: str | None = None
    ref: Source | None = None  # relative limit: threshold = factor x ref
    factor: float = 1.0
    agg: str | None = None  # mean | max | min of src over agg_window_s before comparing (「5分钟平均值」)
    agg_window_s: float | None = None


@dataclass
class Equals:
    src: Source
    value: str
    negate: bool = False  # 「不等于」 / "is not": TRUE for any other value (UNKNOWN stays UNKNOWN)


@dataclass
class PermitIs:
    permit: str
    states: tuple[str, ...]
    label_zh: str
    label_en: str


@dataclass
class Sustained:
    inner: Any
    duration_s: float
    strict: bool = False  # 超过 D: longer than D, not D itself


@dataclass
class Count:
    inner: Any
    window_s: float
    count: int


@dataclass
class Absence:
    start: Any
    event: Any
    within_s: float


@dataclass
class Junction:
    op: str  # and | or
    items: list[Any] = field(default_factory=list)


@dataclass
class Action:
    block: str
    params: dict[str, Any]
    label_zh: str
    label_en: str


@dataclass
class Question:
    code: str  # unknown_term | ambiguous_unit | missing_unit | ambiguous_number | missing_action | ...
    zh: str
    en: str
    term: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "zh": self.zh, "en": self.en}
        if self.term is not None:
            out["term"] = self.term
            out["answer_with"] = f"--bind {self.term}=NAME"
        return out


# "longer than D" is D + 2**-10 s (about 1 ms): the first sample after D, never D itself. A power of
# two so that start + D stays exact for whole-second timestamps (a timer at start + 3600.001 can
# land a hair before "now - start >= D" in floating point and be re-armed for ever).
STRICT_EPS = 2.0 ** -10


def is_strict(seconds: float) -> bool:
    return seconds > 1 and abs((seconds % 1.0) - STRICT_EPS) < 1e-9
