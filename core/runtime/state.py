"""Per-signal and per-rule state of the live engine, and the timer kinds (kept apart from the
engine's control flow so each stays readable)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.rules.compile import CompiledRule

if TYPE_CHECKING:
    from core.runtime.engine import Engine

INF = math.inf
CLEAR, ACTIVE = 0, 1
# timer kinds, in the order they run at one instant; an UNKNOWN is decided at the END of its
# instant (after every event of that time), so inputs arriving one after another at the same
# timestamp never raise a spurious UNKNOWN with its safe-state actions
_FEED, _RULE, _CONFIRM, _UNKNOWN = 0, 1, 2, 3


class Feed:
    """The latest sample of one signal as read by one kind of source (numeric or categorical,
    with one staleness limit). ``value`` is what rules see: ``None`` when stale, bad or unseen."""

    __slots__ = ("signal", "kind", "limit", "value", "raw", "ts", "quality", "stale", "subs", "timer_at")

    def __init__(self, signal: str, kind: str, limit: float | None) -> None:
        self.signal, self.kind, self.limit = signal, kind, limit
        self.value: Any = None
        self.raw: Any = None
        self.ts: float | None = None
        self.quality = "good"
        self.stale = False
        self.subs: list[tuple[RuleInstance, tuple[Any, ...]]] = []
        self.timer_at = INF


class RuleInstance:
    __slots__ = ("rule", "vals", "steps", "timer_steps", "phase", "fired", "unknown_reported", "episode",
                 "false_since", "grace_until", "timer_at", "feeds", "engine", "cond", "conds", "node_state",
                 "node_memory", "pending_unknown")

    # feeds: signal -> the feed its first source node reads (inputs of decisions); all feeds of the
    # rule are reachable through engine._feeds

    def __init__(self, rule: CompiledRule, engine: Engine) -> None:
        self.rule = rule
        self.engine = engine
        self.vals: list[Any] = [None] * rule.nslots
        self.phase = CLEAR
        self.fired = False
        self.unknown_reported = False
        self.episode = 0
        self.false_since: float | None = None
        self.grace_until = -INF
        self.timer_at = INF
        self.feeds: dict[str, Feed] = {}
        self.steps: dict[str, Any] = {}
        self.timer_steps: tuple[Any, ...] = ()
        self.node_state: dict[str, dict[str, Any]] = {n: {} for n in rule.order}
        self.node_memory: dict[str, dict[str, Any]] = {n: {} for n in rule.order}  # window state (NodeBuild.keep)
        self.pending_unknown: float | None = None
        self.cond = rule.cond_slots[0] if len(rule.cond_slots) == 1 else -1
        self.conds = rule.cond_slots

    def open_episode(self) -> None:
        """A new episode starts (the condition left FALSE): nothing fired or reported in it yet."""
        self.phase, self.fired, self.unknown_reported = ACTIVE, False, False
        self.episode += 1

    def request_timer(self, at: float) -> None:
        if at < self.timer_at:
            self.timer_at = at
            self.engine._push(at, _RULE, self)


@dataclass
class EngineStats:
    events: int = 0
    late: int = 0
    duplicates: int = 0
    conflicts: int = 0
    unknown_signal: int = 0
    decisions: int = 0
    late_samples: list[tuple[float, str]] = field(default_factory=list)


@dataclass
class Pending:
    decision_id: str
    rule: RuleInstance
    action: dict[str, Any]
    deadline: float
    done: bool = False


def _text(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
