"""Engine snapshots: the whole live state of an :class:`~core.runtime.engine.Engine` as JSON data,
and its restoration into a fresh engine built from the same (or a newer) rule set.

What is saved: the clock (watermark, last released event time), the reorder buffer, every signal
feed (last sample, quality, staleness deadline), every rule instance (its slot values, episode,
clear delay, pending UNKNOWN, and each node's window state registered with ``NodeBuild.keep``),
actuator confirmations awaited, and the live timers in heap order with their sequence numbers —
so a restored engine makes exactly the decisions, in the same order, that the engine would have
made had it never stopped (tests/runtime/test_snapshot.py holds it to that, event by event).

What is not: decisions and confirmations already emitted (they are output; drain them first),
and the compiled rules themselves (the engine restoring a snapshot is built from its rules).

A rule whose compiled hash differs from the snapshot's (it was published again) or whose blocks
keep other window state than the snapshot has (the engine was upgraded) starts fresh, with the
start-up grace for its signals, and is named in the :class:`RestoreReport`; every other rule goes
on mid-window. The snapshot is plain JSON (no pickle: it may come from a KV bucket other
processes can write) — non-finite floats, tuples and deques are tagged, so nothing is lost.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import math
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.runtime.events import Event
from core.runtime.state import _CONFIRM, _FEED, _RULE, _UNKNOWN, INF, Feed, Pending, RuleInstance

if TYPE_CHECKING:
    from core.runtime.engine import Engine

log = logging.getLogger("safeblocks.snapshot")

FORMAT = "safeblocks.engine-snapshot/1"
_KINDS = {_FEED: "f", _RULE: "r", _UNKNOWN: "u", _CONFIRM: "p"}


class SnapshotError(ValueError):
    """A snapshot that cannot be taken or restored; the message says why in en and zh."""


@dataclass
class RestoreReport:
    restored: list[str] = field(default_factory=list)  # rule ids going on mid-window
    fresh: dict[str, str] = field(default_factory=dict)  # rule id -> why it starts with empty window state
    dropped_rules: list[str] = field(default_factory=list)  # in the snapshot, not in this engine
    dropped_feeds: int = 0


# ---------------------------------------------------------------------------- value codec
def encode(v: Any) -> Any:
    """A value of engine state as strict JSON; JSON objects are always tags."""
    if v is None or v is True or v is False or v.__class__ in (str, int):
        return v
    if isinstance(v, float):
        return float(v) if math.isfinite(v) else {"f": repr(float(v))}
    if isinstance(v, list):
        return [encode(x) for x in v]
    if isinstance(v, tuple):
        return {"t": [encode(x) for x in v]}
    if isinstance(v, deque):
        return {"q": [encode(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[encode(k), encode(x)] for k, x in v.items()]}
    if isinstance(v, bool | int):  # numpy scalars and other int/bool subclasses
        return bool(v) if isinstance(v, bool) else int(v)
    raise SnapshotError(f"cannot save a {type(v).__name__} in engine state / 引擎状态中含有无法保存的 {type(v).__name__}")


def decode(v: Any) -> Any:
    if isinstance(v, list):
        return [decode(x) for x in v]
    if not isinstance(v, dict):
        return v
    if "f" in v:
        if v["f"] not in ("inf", "-inf", "nan"):
            raise SnapshotError(f"bad float tag {v!r} / 浮点数标记无效")
        return float(v["f"])
    if "t" in v:
        return tuple(decode(x) for x in v["t"])
    if "q" in v:
        return deque(decode(x) for x in v["q"])
    if "d" in v:
        return {decode(k): decode(x) for k, x in v["d"]}
    raise SnapshotError(f"unknown tag in snapshot: {sorted(v)} / 快照中有未知标记")


def _dump_memory(target: Any) -> Any:
    if isinstance(target, list | deque | dict):
        return encode(target)
    return {"m": encode(target.dump())}


def _fits(target: Any, data: Any) -> bool:
    if isinstance(target, deque):
        return isinstance(data, dict) and "q" in data
    if isinstance(target, list):
        return isinstance(data, list) and len(data) == len(target)
    if isinstance(target, dict):
        return isinstance(data, dict) and "d" in data
    return isinstance(data, dict) and "m" in data and hasattr(target, "load")


def _refill(target: Any, data: Any) -> None:
    """Refill the container the step function holds, in place (it must keep the same object)."""
    if isinstance(target, deque):
        target.clear()
        target.extend(decode(data))
    elif isinstance(target, list):
        target[:] = decode(data)
    elif isinstance(target, dict):
        target.clear()
        target.update(decode(data))
    else:
        target.load(decode(data["m"]))


# ---------------------------------------------------------------------------- snapshot
def _feed_key(f: Feed) -> tuple[str, str, float | None]:
    return (f.signal, f.kind, f.limit)


def take(eng: Engine) -> dict[str, Any]:
    feeds = [f for fs in eng._feeds.values() for f in fs]
    feed_ix = {id(f): i for i, f in enumerate(feeds)}
    pendings = [p for ps in eng._awaiting.values() for p in ps if not p.done]
    pend_ix = {id(p): i for i, p in enumerate(pendings)}
    heap: list[list[Any]] = []
    seen: set[tuple[str, Any]] = set()
    for at, kind, seq, obj in sorted(eng._heap, key=lambda e: e[:3]):
        if kind == _FEED:
            ok, ref = obj.timer_at == at, feed_ix.get(id(obj))
        elif kind == _RULE:
            ok, ref = obj.timer_at == at, obj.rule.id
        elif kind == _UNKNOWN:
            ok, ref = obj.pending_unknown == at, obj.rule.id
        else:
            ok, ref = not obj.done, pend_ix.get(id(obj))
        key = (_KINDS[kind], ref)
        # entries invalidated lazily are left out; of two valid ones for one object only the first
        # can ever fire (it resets the object's deadline)
        if ok and ref is not None and key not in seen:
            seen.add(key)
            heap.append([encode(at), _KINDS[kind], seq, ref])
    rules = {}
    for rid, ri in eng.instances.items():
        rules[rid] = {
            "version": ri.rule.version, "hash": ri.rule.hash, "vals": encode(ri.vals), "phase": ri.phase,
            "fired": ri.fired, "unknown_reported": ri.unknown_reported, "episode": ri.episode,
            "false_since": ri.false_since, "grace_until": encode(ri.grace_until), "timer_at": encode(ri.timer_at),
            "pending_unknown": ri.pending_unknown,
            "memory": {nid: {name: _dump_memory(c) for name, c in mem.items()} for nid, mem in ri.node_memory.items() if mem},
        }
    st = eng._stats
    return {
        "format": FORMAT,
        "clock": {"watermark": encode(eng.watermark), "released_ts": encode(eng.released_ts),
                  "started_at": eng.started_at, "events": eng.events},
        "stats": {"late": st.late, "duplicates": st.duplicates, "conflicts": st.conflicts,
                  "unknown_signal": st.unknown_signal, "decisions": st.decisions,
                  "late_samples": [list(x) for x in st.late_samples]},
        "seq": next(eng._seq),
        "resuming": "process" in vars(eng),  # Engine.resume() waiting for its first input
        "buffer": [[ts, seq, ev.signal, encode(ev.value), ev.quality] for ts, seq, ev in sorted(eng._buffer, key=lambda e: e[:2])],
        "feeds": [[f.signal, f.kind, f.limit, encode(f.value), encode(f.raw), f.ts, f.quality, f.stale, encode(f.timer_at)]
                  for f in feeds],
        "rules": rules,
        "pending": [[p.decision_id, p.rule.rule.id, encode(p.action), p.deadline] for p in pendings],
        "heap": heap,
    }


# ---------------------------------------------------------------------------- restore
def _restorable(ri: RuleInstance, rs: dict[str, Any]) -> str | None:
    """Why this rule's saved state cannot be used, or None."""
    if rs.get("hash") != ri.rule.hash or rs.get("version") != ri.rule.version:
        return (f"rule changed since the snapshot (v{rs.get('version')} -> v{ri.rule.version}) / "
                f"规则自快照后已变更")
    saved = rs.get("memory", {})
    for nid, mem in ri.node_memory.items():
        got = saved.get(nid, {})
        if set(got) != set(mem) or not all(_fits(mem[k], got[k]) for k in mem):
            return f"node {nid} keeps other window state than the snapshot (engine upgraded) / 节点 {nid} 的窗口状态与快照不一致"
    if len(rs.get("vals", [])) != len(ri.vals):
        return "slot count differs / 槽位数量不一致"
    return None


def restore(eng: Engine, snap: Any) -> RestoreReport:
    if not isinstance(snap, dict) or snap.get("format") != FORMAT:
        got = snap.get("format") if isinstance(snap, dict) else type(snap).__name__
        raise SnapshotError(f"not an engine snapshot of format {FORMAT} (got {got!r}) / 不是 {FORMAT} 格式的引擎快照")
    if eng.events or eng.started_at is not None or eng._heap or eng._buffer:
        raise SnapshotError("restore needs a fresh engine that has processed nothing / 只能恢复到尚未处理任何事件的新引擎")
    try:
        return _restore(eng, snap)
    except (KeyError, TypeError, ValueError, IndexError) as e:
        if isinstance(e, SnapshotError):
            raise
        raise SnapshotError(f"malformed engine snapshot: {e!r} / 引擎快照格式错误") from e


def _restore(eng: Engine, snap: dict[str, Any]) -> RestoreReport:
    rep = RestoreReport()
    clock = snap["clock"]
    by_key = {_feed_key(f): f for fs in eng._feeds.values() for f in fs}
    feeds: list[Feed | None] = []
    for signal, kind, limit, value, raw, ts, quality, stale, timer_at in snap["feeds"]:
        f = by_key.pop((signal, kind, limit), None)
        feeds.append(f)
        if f is None:
            rep.dropped_feeds += 1
            continue
        f.value, f.raw, f.ts, f.quality, f.stale, f.timer_at = decode(value), decode(raw), ts, quality, stale, decode(timer_at)
    ok: dict[str, RuleInstance] = {}
    for rid, rs in snap["rules"].items():
        ri = eng.instances.get(rid)
        if ri is None:
            rep.dropped_rules.append(rid)
            continue
        why = _restorable(ri, rs)
        if why is not None:
            rep.fresh[rid] = why
            continue
        ri.vals[:] = decode(rs["vals"])
        ri.phase, ri.fired, ri.unknown_reported, ri.episode = rs["phase"], rs["fired"], rs["unknown_reported"], rs["episode"]
        ri.false_since, ri.grace_until, ri.timer_at = rs["false_since"], decode(rs["grace_until"]), decode(rs["timer_at"])
        ri.pending_unknown = rs["pending_unknown"]
        for nid, mem in rs["memory"].items():
            for name, data in mem.items():
                _refill(ri.node_memory[nid][name], data)
        ok[rid] = ri
        rep.restored.append(rid)
    eng.watermark, eng.released_ts = decode(clock["watermark"]), decode(clock["released_ts"])
    eng.started_at, eng.events = clock["started_at"], int(clock["events"])
    st = eng._stats
    s = snap["stats"]
    st.late, st.duplicates, st.conflicts = s["late"], s["duplicates"], s["conflicts"]
    st.unknown_signal, st.decisions = s["unknown_signal"], s["decisions"]
    st.late_samples = [tuple(x) for x in s["late_samples"]]
    pendings: list[Pending | None] = []
    for did, rid, action, deadline in snap["pending"]:
        # a confirmation awaited by a rule published again is still awaited: the device must answer
        ri = eng.instances.get(rid)
        if ri is None:
            pendings.append(None)
            continue
        p = Pending(did, ri, decode(action), deadline)
        pendings.append(p)
        eng._awaiting.setdefault(p.action["readback"], []).append(p)
    heap: list[tuple[float, int, int, Any]] = []
    for at, kind, seq, ref in snap["heap"]:
        obj: Any
        if kind == "f":
            obj, k = feeds[ref], _FEED
        elif kind == "p":
            obj, k = pendings[ref], _CONFIRM
        else:
            obj, k = ok.get(ref), (_RULE if kind == "r" else _UNKNOWN)
        if obj is not None:
            heap.append((decode(at), k, int(seq), obj))
    heapq.heapify(heap)
    eng._heap = heap
    eng._buffer = [(ts, seq, Event(ts, signal, decode(value), quality)) for ts, seq, signal, value, quality in snap["buffer"]]
    heapq.heapify(eng._buffer)
    eng._seq = itertools.count(int(snap["seq"]))
    if eng.started_at is not None:
        # signals only the new rules read get their first staleness deadline now; rules that start
        # fresh get the start-up grace, exactly as a rule deployed into a running engine does
        for f in by_key.values():
            if f.limit is not None:
                f.timer_at = eng.watermark + f.limit
                eng._push(f.timer_at, _FEED, f)
        for rid, ri in eng.instances.items():
            if rid not in ok:
                eng._set_grace(ri, eng.watermark)
    if snap.get("resuming"):
        eng.resume()
    for rid in eng.instances:
        if rid not in ok and rid not in rep.fresh:
            rep.fresh[rid] = "not in the snapshot (new rule) / 快照中没有该规则（新规则）"
    if rep.fresh or rep.dropped_rules:
        log.warning("snapshot restored: %d rules mid-window, %d start fresh (%s), %d dropped / 快照已恢复",
                    len(rep.restored), len(rep.fresh), "; ".join(f"{k}: {v}" for k, v in list(rep.fresh.items())[:3]),
                    len(rep.dropped_rules))
    return rep


__all__ = ["FORMAT", "INF", "RestoreReport", "SnapshotError", "decode", "encode", "restore", "take"]
