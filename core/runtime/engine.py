"""The live engine: events in, decisions out, in event time.

Per event: reorder/late check, timers that fell due before it, the signal's feeds updated,
then for every rule subscribed to the feed its precompiled step list and its episode state.
Timers (staleness, expiry, absence, windows, clear delays, actuator confirmations) live in
one heap with lazy invalidation, so a steady 1 Hz stream costs no heap work per sample.
"""

from __future__ import annotations

import heapq
import itertools
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from core.rules.blockapi import NodeBuild
from core.rules.compile import CompiledRule
from core.runtime.confirm import actions_for, confirm_timeout, readback
from core.runtime.decisions import Decision, explain
from core.runtime.events import Event
from core.runtime.snapshot import RestoreReport, restore, take
from core.runtime.state import (
    _CONFIRM,
    _FEED,
    _RULE,
    _UNKNOWN,
    ACTIVE,
    CLEAR,
    INF,
    EngineStats,
    Feed,
    Pending,
    RuleInstance,
    _text,
)

log = logging.getLogger("safeblocks.engine")

__all__ = ["ACTIVE", "CLEAR", "Engine", "EngineStats", "Feed", "Pending", "RuleInstance"]


class Engine:
    def __init__(self, rules: Sequence[CompiledRule], *, reorder_window_s: float = 0.0, stale_factor: float | None = None,
                 services: Mapping[str, Any] | None = None) -> None:
        self.reorder_window_s = float(reorder_window_s)
        self.services: Mapping[str, Any] = services or {}
        self.stale_factor = stale_factor
        self.watermark = -INF
        self.released_ts = -INF
        self.started_at: float | None = None
        self.decisions: list[Decision] = []
        self.events = 0  # a plain attribute: counted on the hot path
        self._stats = EngineStats()
        # (due time, kind, sequence, object): at one instant a signal going stale is handled before a
        # rule's own timer, so the same events always give the same decisions (batch kernels rely on it)
        self._heap: list[tuple[float, int, int, Any]] = []
        self._seq = itertools.count()
        self._buffer: list[tuple[float, int, Event]] = []
        self._feeds: dict[str, list[Feed]] = {}
        self._dispatch: dict[str, list[tuple[RuleInstance, tuple[Any, ...]]]] = {}
        self.confirmations: list[tuple[str, str, float]] = []  # (decision id, device, readback time)
        self._awaiting: dict[str, list[Pending]] = {}
        self.instances: dict[str, RuleInstance] = {}
        for rule in rules:
            self.add_rule(rule)

    def snapshot(self) -> dict[str, Any]:
        """The whole live state as JSON data (window state, timers, feeds, reorder buffer); drain
        ``decisions`` first — emitted decisions are output, not state. See core/runtime/snapshot.py."""
        return take(self)

    def restore(self, snap: Mapping[str, Any]) -> RestoreReport:
        """Go on from ``snap`` (this engine must be fresh); changed or new rules start fresh, as reported."""
        return restore(self, snap)

    def resume(self) -> None:
        """After a restore in live mode: the first input (event or tick) marks the restart, and every
        signal whose staleness deadline passed while the runtime was down gets one staleness limit
        from then to report again. The downtime is a gap in the runtime's own observation, not the
        sensors' silence: without this, restarting the service would take every rule's safe state
        (UNKNOWN) at its first clock tick although the data is flowing again. Deadlines still ahead,
        and all other deadlines (clear delays, absence, expiry, confirmations), keep their time."""
        if self.started_at is None:
            return

        def rebase(now: float) -> None:
            del self.process, self.advance  # back to the methods: no cost on the hot path afterwards
            for feeds in self._feeds.values():
                for f in feeds:
                    if f.limit is not None and f.timer_at < now:
                        f.timer_at = now + f.limit
                        self._push(f.timer_at, _FEED, f)

        def process(ts: float, signal: str, value: Any, quality: str = "good") -> None:
            rebase(ts)
            self.process(ts, signal, value, quality)

        def advance(now: float) -> None:
            rebase(now)
            self.advance(now)

        self.process, self.advance = process, advance  # type: ignore[method-assign]

    @property
    def stats(self) -> EngineStats:
        self._stats.events = self.events
        return self._stats

    # ------------------------------------------------------------------ rules
    def add_rule(self, rule: CompiledRule) -> RuleInstance:
        if rule.id in self.instances:
            raise ValueError(f"rule {rule.id!r} is already loaded")
        ri = RuleInstance(rule, self)
        steps: dict[str, Any] = {}
        feed_of: dict[str, Feed] = {}
        for src in rule.sources:
            factor = self.stale_factor or src.stale_factor
            limit = src.period_s * factor if src.period_s else None
            feed_of[src.node] = self._feed(src.signal, src.kind, limit)
        for nid in rule.order:
            spec = rule.specs[nid]
            assert spec.build is not None, nid
            nb = NodeBuild(node_id=nid, params=rule.params[nid], vals=ri.vals, ins=rule.ins[nid], outs=rule.outs[nid],
                           variadic=rule.variadic[nid], input_units=rule.in_units[nid], request_timer=ri.request_timer,
                           feed=feed_of.get(nid), services=self.services, state=ri.node_state[nid],
                           memory=ri.node_memory[nid])
            steps[nid] = spec.build(nb)
        ri.steps = steps
        # action nodes compute nothing (the engine reads their `when` input): not worth a call per event
        active = {n for n in rule.order if rule.specs[n].action is None}
        ri.timer_steps = tuple(steps[n] for n in rule.timer_nodes if n in active)
        position = {n: i for i, n in enumerate(rule.order)}
        # one subscription per feed and one dispatch per signal, each with the union of the steps
        # below every source node reading it: the rule settles once, on a consistent sample
        per_feed: dict[int, tuple[Feed, set[str]]] = {}
        per_signal: dict[str, set[str]] = {}
        for src in rule.sources:
            feed = feed_of[src.node]
            ri.feeds.setdefault(src.signal, feed)
            per_feed.setdefault(id(feed), (feed, set()))[1].update(rule.downstream[src.node])
            per_signal.setdefault(src.signal, set()).update(rule.downstream[src.node])
        for feed, nodes in per_feed.values():
            feed.subs.append((ri, tuple(steps[n] for n in sorted(nodes & active, key=position.__getitem__))))
        for signal, nodes in per_signal.items():
            ordered = tuple(steps[n] for n in sorted(nodes & active, key=position.__getitem__))
            self._dispatch.setdefault(signal, []).append((ri, ordered))
        if self.started_at is not None:
            self._set_grace(ri, self.watermark)
        self.instances[rule.id] = ri
        return ri

    def remove_rule(self, rule_id: str) -> None:
        ri = self.instances.pop(rule_id)
        for feeds in self._feeds.values():
            for feed in feeds:
                feed.subs = [(r, s) for r, s in feed.subs if r is not ri]
        for signal, subs in self._dispatch.items():
            self._dispatch[signal] = [(r, s) for r, s in subs if r is not ri]

    def _feed(self, signal: str, kind: str, limit: float | None) -> Feed:
        feeds = self._feeds.setdefault(signal, [])
        for f in feeds:
            if f.kind == kind and f.limit == limit:
                return f
        f = Feed(signal, kind, limit)
        feeds.append(f)
        if limit is not None and self.started_at is not None:
            f.timer_at = self.watermark + limit
            self._push(f.timer_at, _FEED, f)
        return f

    def _set_grace(self, ri: RuleInstance, t0: float) -> None:
        limits = [f.limit for f in ri.feeds.values() if f.limit is not None]
        ri.grace_until = t0 + max(limits) if limits else t0

    def _start(self, t0: float) -> None:
        """The first event time starts the clock: unseen signals get their staleness deadline."""
        self.started_at = t0
        for feeds in self._feeds.values():
            for f in feeds:
                if f.limit is not None and f.ts is None:
                    f.timer_at = t0 + f.limit
                    self._push(f.timer_at, _FEED, f)
        for ri in self.instances.values():
            self._set_grace(ri, t0)

    # ------------------------------------------------------------------ input
    def ingest(self, ts: float, signal: str, value: Any, quality: str = "good") -> None:
        """Take one event; with a reorder window, events wait until the watermark passes them."""
        if self.reorder_window_s <= 0:
            self.process(ts, signal, value, quality)
            return
        if ts < self.released_ts:
            self._late(ts, signal)
            return
        heapq.heappush(self._buffer, (ts, next(self._seq), Event(ts, signal, value, quality)))
        if ts > self.watermark:
            self.watermark_hint(ts)

    def watermark_hint(self, newest: float) -> None:
        horizon = newest - self.reorder_window_s
        buf = self._buffer
        while buf and buf[0][0] <= horizon:
            ev = heapq.heappop(buf)[2]
            self.process(ev.ts, ev.signal, ev.value, ev.quality)

    def flush(self) -> None:
        """End of input: release every buffered event and close the last instant (an UNKNOWN at the
        time of the last event is decided: no event at that time can come any more)."""
        buf = self._buffer
        while buf:
            ev = heapq.heappop(buf)[2]
            self.process(ev.ts, ev.signal, ev.value, ev.quality)
        if self.started_at is not None:
            self._run_timers(self.released_ts, before_event=False)

    def _late(self, ts: float, signal: str) -> None:
        self._stats.late += 1
        if len(self._stats.late_samples) < 100:
            self._stats.late_samples.append((ts, signal))
        log.info("late event dropped: %s at %s", signal, ts)

    def process(self, ts: float, signal: str, value: Any, quality: str = "good") -> None:
        """Apply one event now (after any reordering)."""
        if ts <= self.released_ts:
            if ts < self.released_ts:
                self._late(ts, signal)
                return
        elif self.started_at is None:
            self._start(ts)
        self.events += 1
        self.released_ts = ts
        heap = self._heap
        if heap and heap[0][0] <= ts:
            # everything due at or before this instant happens first (a sample arriving exactly at
            # the staleness limit finds its signal already stale), except UNKNOWNs of this instant
            self._run_timers(ts, before_event=True)
        if ts > self.watermark:
            self.watermark = ts
        if self._awaiting and signal in self._awaiting:
            readback(self, ts, signal, value)
        feeds = self._feeds.get(signal)
        if feeds is None:
            self._stats.unknown_signal += 1
            return
        fresh = False
        for feed in feeds:
            fts = feed.ts
            if fts is not None and ts <= fts:
                if ts == fts and value == feed.raw and quality == feed.quality:
                    self._stats.duplicates += 1
                elif ts == fts:
                    self._stats.conflicts += 1
                else:
                    self._late(ts, signal)
                continue
            fresh = True
            feed.ts, feed.raw, feed.quality, feed.stale = ts, value, quality, False
            if quality == "bad":
                feed.value = None
            elif feed.kind == "numeric":
                # NaN, inf, null and text are bad where a number is expected: UNKNOWN, never FALSE
                if value.__class__ is float:
                    feed.value = value if value - value == 0.0 else None
                elif value.__class__ is int:
                    feed.value = float(value)
                else:
                    feed.value = None
            else:
                feed.value = None if value is None else (value if value.__class__ is str else _text(value))
            if feed.limit is not None and feed.timer_at == INF:
                feed.timer_at = ts + feed.limit
                self._push(feed.timer_at, _FEED, feed)
        if fresh:
            settle = self._settle
            for ri, steps in self._dispatch[signal]:
                for step in steps:
                    step(ts)
                # the common case, a quiet rule staying quiet, without a call
                if ri.phase == CLEAR and ri.cond >= 0 and ri.vals[ri.cond] is False:
                    continue
                settle(ri, ts)

    def advance(self, now: float) -> None:
        """Clock tick (live mode) or end of a replay: timers up to ``now`` fire."""
        if self.reorder_window_s > 0:
            self.watermark_hint(now)
        if self.started_at is None:
            self._start(now)
        self._run_timers(now, before_event=False)
        if now > self.watermark:
            self.watermark = now

    # ------------------------------------------------------------------ timers
    def _push(self, at: float, kind: int, obj: Any) -> None:
        heapq.heappush(self._heap, (at, kind, next(self._seq), obj))

    def _run_timers(self, now: float, before_event: bool) -> None:
        heap = self._heap
        last_at: float = -INF
        last_obj: Any = None
        spins = 0
        while heap:
            top = heap[0]
            at = top[0]
            if at > now or (at == now and before_event and top[1] == _UNKNOWN):
                return
            kind, obj = top[1], top[3]
            feed: Feed = obj
            if kind == _FEED and feed.timer_at == at and feed.ts is not None and feed.ts + feed.limit > at:  # type: ignore[operator]
                # refreshed since the timer was set (the usual case): move it, one sift, no pop
                feed.timer_at = feed.ts + feed.limit  # type: ignore[operator]
                heapq.heapreplace(heap, (feed.timer_at, _FEED, next(self._seq), feed))
                continue
            heapq.heappop(heap)
            # a block that keeps asking for a timer at the instant it is woken would hang the
            # runtime: after a few rounds the timer is dropped and the fault is logged
            if at == last_at and obj is last_obj:
                spins += 1
                if spins > 50:
                    log.error("timer at %s for %r re-armed at the same instant 50 times: dropped (block bug)", at, obj)
                    if kind == _RULE:
                        obj.timer_at = INF
                    continue
            else:
                last_at, last_obj, spins = at, obj, 0
            if kind == _FEED:
                if feed.timer_at != at:
                    continue
                feed.timer_at = INF
                feed.stale, feed.value = True, None
                for ri, steps in feed.subs:
                    for step in steps:
                        step(at)
                    self._settle(ri, at)
            elif kind == _UNKNOWN:
                self._decide_unknown(obj, at)
            elif kind == _RULE:
                inst: RuleInstance = obj
                if inst.timer_at != at:
                    continue
                inst.timer_at = INF
                for step in inst.timer_steps:
                    step(at)
                self._settle(inst, at)
            else:
                confirm_timeout(self, obj, at)

    # ------------------------------------------------------------------ episodes
    @staticmethod
    def _condition(ri: RuleInstance) -> bool | None:
        vals = ri.vals
        if ri.cond >= 0:
            return vals[ri.cond]
        c: bool | None = False
        for s in ri.conds:
            v = vals[s]
            if v is True:
                return True
            if v is None:
                c = None
        return c

    def _settle(self, ri: RuleInstance, now: float) -> None:
        c = self._condition(ri)
        if c is not None:
            ri.pending_unknown = None
        if c is False:
            if ri.phase == CLEAR:
                return
            fs = ri.false_since
            if fs is None:
                ri.false_since = fs = now
            if now >= fs + ri.rule.clear_after_s:  # the same sum the timer asks for: no float gap
                ri.phase = CLEAR
                self._emit(ri, now, "cleared", "recovered" if ri.fired else "data_restored")
            else:
                ri.request_timer(fs + ri.rule.clear_after_s)
            return
        ri.false_since = None
        if c is True:
            if ri.phase == CLEAR:
                ri.open_episode()
            if not ri.fired:
                ri.fired = True
                self._emit(ri, now, "fired", "condition")
            return
        if now < ri.grace_until and any(f.ts is None for f in ri.feeds.values()):
            ri.request_timer(ri.grace_until)  # signals not yet seen get one staleness limit to arrive
            return
        if (ri.phase == ACTIVE and ri.unknown_reported) or ri.pending_unknown is not None:
            return
        ri.pending_unknown = now
        self._push(now, _UNKNOWN, ri)

    def _decide_unknown(self, ri: RuleInstance, at: float) -> None:
        """The end of the instant an input went UNKNOWN: if it still is, the rule reports it."""
        if ri.pending_unknown != at:
            return
        ri.pending_unknown = None
        if self._condition(ri) is not None:
            return
        if ri.phase == CLEAR:
            ri.open_episode()
        if not ri.unknown_reported:
            ri.unknown_reported = True
            self._emit(ri, at, "unknown", "unknown")

    def _emit(self, ri: RuleInstance, now: float, state: str, cause: str, actions: list[dict[str, Any]] | None = None,
              escalates: str | None = None) -> Decision:
        rule = ri.rule
        did = f"{rule.id}@{rule.version}#{ri.episode}:{state}" if escalates is None else f"{escalates}:escalation"
        if actions is None:
            actions = actions_for(ri, state)
        for a in actions:
            a["idempotency_key"] = f"{did}/{a.get('node', '')}"
        inputs = {sig: f.raw if f.value is not None else None for sig, f in ri.feeds.items()}
        trace = {}
        for nid in rule.order:
            slot = rule.main_output(nid)
            if slot is not None:
                trace[nid] = ri.vals[slot]
        d = Decision(ts=now, rule=rule, episode=ri.episode, state=state, cause=cause, actions=actions, inputs=inputs,
                     trace=trace, explanation=explain(rule, ri.vals, state, cause, actions, ri.feeds, ri.node_state),
                     id=did)
        self.decisions.append(d)
        self._stats.decisions += 1
        for a in actions:
            if a["type"] == "actuator" and cause != "confirm_timeout":
                p = Pending(did, ri, a, now + float(a.get("confirm_s", 10)))
                self._awaiting.setdefault(a["readback"], []).append(p)
                self._push(p.deadline, _CONFIRM, p)
        return d
