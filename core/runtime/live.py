"""The live runtime: an :class:`Engine` behind a write-ahead journal (SQLite, WAL).

State after a crash = the last checkpoint (an :meth:`Engine.snapshot`: window state, timers,
feeds, awaited confirmations) + a replay of the inputs journalled since. Replay rebuilds exactly
the same state because evaluation is a pure function of event time and input order
(ARCHITECTURE §5) — clock ticks are journalled too, so timers fire identically. A checkpoint is
written in the same transaction as a batch every ``checkpoint_every`` inputs (and on close), and
the inputs it covers are deleted, so the journal and the recovery time stay bounded; the
decisions table is the record and is kept.

When the rule set changes between two runs (a rule was published), the journal is rotated and
the last checkpoint is carried over if nothing was journalled after it (a clean stop): rules
that did not change go on mid-window, changed and new ones start fresh with the start-up grace.

Protocol of :meth:`LiveRuntime.submit` (one SQLite transaction = one acknowledgement):
  1. the batch's events (or the tick) are written with their sequence numbers,
  2. the engine processes them, 3. its decisions (hash-chained) and their actions (status
  ``pending``, keyed by the idempotency key) are written, 4. COMMIT — now acknowledged,
  5. ``on_decision`` and ``execute_action`` run; each action done is marked ``done``.
A ``kill -9`` before 4 rolls the whole batch back (the sender re-sends it: nothing was
acknowledged); after 4, a restart replays the journal, checks that the replay reproduces the
journalled decisions (ids and hashes) and re-dispatches only actions still ``pending`` — with the
same idempotency key, so a device that already executed one ignores it (at-least-once delivery,
exactly-once effect, as the ``execute_action`` contract requires).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from core.rules.compile import CompiledRule
from core.runtime.decisions import GENESIS, Decision, DecisionLog
from core.runtime.engine import Engine
from core.runtime.events import Event
from core.runtime.snapshot import RestoreReport, SnapshotError

log = logging.getLogger("safeblocks.live")

EVENT, TICK, FLUSH, RESUME = _EVENT, _TICK, _FLUSH, _RESUME = 0, 1, 2, 3
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inputs (seq INTEGER PRIMARY KEY, kind INTEGER NOT NULL, ts REAL NOT NULL,
    signal TEXT, value TEXT, quality TEXT);
CREATE TABLE IF NOT EXISTS decisions (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, input_seq INTEGER NOT NULL,
    record TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actions (key TEXT PRIMARY KEY, decision_id TEXT NOT NULL, action TEXT NOT NULL,
    status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, result TEXT);
CREATE TABLE IF NOT EXISTS checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL,
    decisions INTEGER NOT NULL, prev_hash TEXT NOT NULL, snapshot TEXT NOT NULL, at REAL NOT NULL);
"""

Dispatcher = Callable[[Mapping[str, Any], Decision], Mapping[str, Any] | None]


class JournalMismatch(RuntimeError):
    """The journal was written by another rule set, or replay did not reproduce it."""


def rules_fingerprint(rules: Sequence[CompiledRule]) -> str:
    return ",".join(f"{r.id}@{r.version}:{r.hash}" for r in sorted(rules, key=lambda r: r.id))


class LiveRuntime:
    """Thread-safe: connectors (asyncio thread), the simulator and clock ticks may all submit."""

    def __init__(self, rules: Sequence[CompiledRule], journal: str | Path | None = None, *,
                 dispatch: Dispatcher | None = None, on_decision: Callable[[Decision], None] | None = None,
                 reorder_window_s: float = 0.0, services: Mapping[str, Any] | None = None,
                 synchronous: str = "NORMAL", on_mismatch: str = "rotate", max_future_s: float | None = None,
                 checkpoint_every: int | None = 20_000) -> None:
        self.rules = list(rules)
        self._mk = lambda: Engine(self.rules, reorder_window_s=reorder_window_s, services=services)
        self.engine = self._mk()
        self.dispatch = dispatch
        self.on_decision = on_decision
        self.log = DecisionLog()
        self._lock = threading.RLock()
        self.seq = 0
        self.decision_count = 0
        self.recovered_inputs = 0
        self.recovery_s = 0.0
        self.redispatched = 0
        self.format_changed = False
        self.checkpoint_every = checkpoint_every  # inputs between checkpoints; None: replay the whole journal
        self.checkpoints = 0
        self._ck_seq = 0  # the input sequence number the last checkpoint covers
        self.carried: RestoreReport | None = None  # window state carried over a rule-set change
        self.max_future_s = max_future_s  # live mode: refuse events this far ahead of the wall clock
        self.future_rejected = 0
        self.db: sqlite3.Connection | None = None
        self._clocks: list[threading.Event] = []
        self.journal = Path(journal) if journal is not None else None
        self._synchronous = synchronous
        self.rotated_to: Path | None = None
        if self.journal is not None:
            self._open()
            try:
                self._recover()
            except JournalMismatch as e:
                if on_mismatch != "rotate":
                    raise
                self._rotate(str(e))

    def _open(self) -> None:
        assert self.journal is not None
        # synchronous=NORMAL in WAL mode survives a process kill (committed pages are in the WAL
        # file); FULL is needed only to survive power loss, at several times the cost.
        self.db = sqlite3.connect(str(self.journal), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(f"PRAGMA synchronous={self._synchronous}")
        self.db.executescript(_SCHEMA)

    def _rotate(self, reason: str) -> None:
        """Another rule set (a rule was published) or an engine whose replay differs (an upgrade):
        close this journal, keep it beside as ``<name>.<time>.closed``, and start a new one whose
        hash chain continues from the old head. Window state starts empty (start-up grace applies).
        Actions still pending in the old journal are re-sent first (idempotency keys)."""
        assert self.db is not None and self.journal is not None
        head = self.db.execute("SELECT hash FROM decisions ORDER BY n DESC LIMIT 1").fetchone()
        pending = self.db.execute("SELECT key, decision_id, action FROM actions WHERE status='pending'").fetchall()
        # the state of a clean stop (a checkpoint, nothing journalled after it) goes on in the new journal
        ck = self.db.execute("SELECT snapshot FROM checkpoint").fetchone()
        tail = self.db.execute("SELECT COUNT(*) FROM inputs").fetchone()[0]
        carry = json.loads(ck[0]) if ck is not None and tail == 0 else None
        if pending and self.dispatch is not None:
            by_id = {d.id: d for d in self._decisions_by_id({p[1] for p in pending})}
            for key, did, action in pending:
                self.redispatched += 1
                self._dispatch_one(key, json.loads(action), by_id.get(did))
        self.db.close()
        self.rotated_to = self.journal.with_name(f"{self.journal.name}.{int(time.time() * 1000)}.closed")
        self.journal.rename(self.rotated_to)
        for suffix in ("-wal", "-shm"):
            side = self.journal.with_name(self.journal.name + suffix)
            if side.exists():
                side.rename(self.rotated_to.with_name(self.rotated_to.name + suffix))
        log.warning("journal rotated (%s): old journal kept as %s / 日志已轮换", reason, self.rotated_to)
        self.engine, self.seq, self.decision_count, self._ck_seq = self._mk(), 0, 0, 0
        self.log = DecisionLog(prev_hash=head[0] if head else GENESIS)
        self._open()
        assert self.db is not None
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('chain_head', ?)", (self.log.prev_hash,))
        if carry is not None:
            try:
                self.carried = self.engine.restore(carry)
            except SnapshotError as e:
                log.warning("checkpoint not carried over (%s): window state starts empty / 检查点无法沿用", e)
                self.engine = self._mk()
            else:
                log.info("window state carried over: %d rules go on, %d start fresh / 窗口状态已沿用",
                         len(self.carried.restored), len(self.carried.fresh))
                self.db.execute("BEGIN IMMEDIATE")
                self._write_checkpoint(self.db)
                self.db.execute("COMMIT")
                self._ck_seq = 0
        self._recover()

    # ------------------------------------------------------------------ recovery
    def _recover(self) -> None:
        assert self.db is not None
        t0 = time.perf_counter()
        fp = rules_fingerprint(self.rules)
        row = self.db.execute("SELECT v FROM meta WHERE k='rules'").fetchone()
        if row is None:
            self.db.execute("INSERT INTO meta VALUES ('rules', ?)", (fp,))
        elif row[0] != fp:
            raise JournalMismatch("the journal was written by a different rule set; start a new journal file / "
                                  "日志由另一套规则写入，请使用新的日志文件")
        head = self.db.execute("SELECT v FROM meta WHERE k='chain_head'").fetchone()
        if head is not None:  # a rotated journal continues its predecessor's hash chain
            self.log = DecisionLog(prev_hash=head[0])
        ck = self.db.execute("SELECT seq, decisions, prev_hash, snapshot FROM checkpoint").fetchone()
        if ck is not None:
            try:
                self.engine = self._mk()
                self.engine.restore(json.loads(ck[3]))
            except (SnapshotError, ValueError) as e:
                # the inputs it covers are gone: the journal cannot rebuild the state; a rotation keeps the chain
                raise JournalMismatch(f"checkpoint unreadable: {e} / 检查点无法读取") from e
            self.seq, self.decision_count, self._ck_seq = ck[0], ck[1], ck[0]
            self.log = DecisionLog(prev_hash=ck[2])
        journalled: dict[int, list[tuple[str, str]]] = {}
        for seq, did, h in self.db.execute("SELECT input_seq, id, hash FROM decisions WHERE input_seq > ? ORDER BY n",
                                           (self._ck_seq,)):
            journalled.setdefault(seq, []).append((did, h))
        eng, logd = self.engine, self.log
        n = 0
        for seq, kind, ts, signal, value, quality in self.db.execute(
                "SELECT seq, kind, ts, signal, value, quality FROM inputs ORDER BY seq"):
            self._apply(eng, kind, ts, signal, value, quality)
            self.seq = seq
            n += 1
            if eng.decisions:
                want = journalled.pop(seq, [])
                got = [(d.id, logd.append(d)["hash"]) for d in eng.decisions]
                if [g[0] for g in got] != [w[0] for w in want]:
                    raise JournalMismatch(f"replay of input {seq} gave {got}, the journal has {want} / 重放结果与日志不一致")
                if got != want:
                    # same decisions, other bytes: explanation wording or record format changed since
                    # the journal was written (an upgrade). The state is right; the chain continues
                    # from the journalled hashes, which stay the record of what was said then.
                    self.format_changed = True
                    logd.prev_hash = want[-1][1]
                self.decision_count += len(got)
                eng.decisions.clear()
            elif seq in journalled:
                raise JournalMismatch(f"replay of input {seq} gave no decision, the journal has {journalled[seq]}")
        if journalled:
            raise JournalMismatch(f"journalled decisions without inputs: {sorted(journalled)[:5]}")
        self.recovered_inputs = n
        if self.format_changed:
            log.warning("journal replayed with a changed decision format (upgrade): chain continues from the journal / "
                        "升级后决策格式变化，哈希链从日志继续")
        pending = self.db.execute("SELECT key, decision_id, action FROM actions WHERE status='pending' ORDER BY rowid").fetchall()
        self.recovery_s = time.perf_counter() - t0
        if pending and self.dispatch is not None:
            by_id = {d.id: d for d in self._decisions_by_id({p[1] for p in pending})}
            for key, did, action in pending:
                self.redispatched += 1
                self._dispatch_one(key, json.loads(action), by_id.get(did))
        if n:
            log.info("journal replayed: %d inputs, %d decisions, %d actions re-dispatched in %.3f s",
                     n, self.decision_count, self.redispatched, self.recovery_s)

    def _decisions_by_id(self, ids: set[str]) -> list[Any]:
        """Pending actions after a restart are re-sent with their journalled decision record."""
        assert self.db is not None
        out = []
        for did, rec in self.db.execute("SELECT id, record FROM decisions"):
            if did in ids:
                out.append(_Recorded(did, json.loads(rec)))
        return out

    @staticmethod
    def _apply(eng: Engine, kind: int, ts: float, signal: str | None, value: str | None, quality: str | None) -> None:
        if kind == _EVENT:
            eng.ingest(ts, signal or "", json.loads(value) if value is not None else None, quality or "good")
        elif kind == _TICK:
            eng.advance(ts)
        elif kind == _RESUME:
            eng.resume()
        else:
            eng.flush()

    # ------------------------------------------------------------------ input
    def submit(self, events: Iterable[Event]) -> list[Decision]:
        """Journal and process a batch; return its decisions once they are durable."""
        items: list[tuple[int, float, str | None, Any, str | None]] = [
            (_EVENT, e.ts, e.signal, e.value, e.quality) for e in events]
        if self.max_future_s is not None:
            # one device with a clock years ahead would move the watermark there and make every
            # other sample "late" for ever: in live mode such events are refused and counted
            limit = time.time() + self.max_future_s
            ok = [i for i in items if i[1] <= limit]
            if len(ok) != len(items):
                self.future_rejected += len(items) - len(ok)
                log.warning("%d event(s) more than %.0f s ahead of the clock refused (first: %s) / 拒绝时间戳超前的事件",
                            len(items) - len(ok), self.max_future_s, next(i[2] for i in items if i[1] > limit))
                items = ok
        return self._run(items)

    def tick(self, now: float | None = None) -> list[Decision]:
        """Clock tick (live mode): timers fire although a sensor is silent."""
        return self._run([(_TICK, time.time() if now is None else now, None, None, None)])

    def resume(self) -> None:
        """Live mode after a restart: the downtime is not the sensors' silence (Engine.resume) — each
        signal whose staleness deadline passed meanwhile gets one limit from the next input. Journalled
        as an input of its own, so a replay rebases at the very same point."""
        if self.engine.started_at is not None:
            self._run([(_RESUME, 0.0, None, None, None)])

    def start_clock(self, interval_s: float = 0.5, lag_s: float = 1.0) -> threading.Event:
        """Tick from a daemon thread every ``interval_s`` at wall time minus ``lag_s``: the lag is
        the time a sample may take from its source timestamp to here, so a tick never makes a
        sample that is merely in transit late. Set the returned event to stop. A runtime that goes on
        from a journal resumes first (:meth:`resume`)."""
        if not self._clocks:
            self.resume()
        stop = threading.Event()

        def body() -> None:
            while not stop.wait(interval_s):
                if self.engine.started_at is not None:  # no clock before the first event fixes t0
                    self.tick(time.time() - lag_s)

        threading.Thread(target=body, name="live-clock", daemon=True).start()
        self._clocks.append(stop)
        return stop

    def flush(self) -> list[Decision]:
        return self._run([(_FLUSH, 0.0, None, None, None)])

    def submit_inputs(self, items: Sequence[tuple[int, float, str | None, Any, str | None]]) -> list[Decision]:
        """A mixed batch of inputs ``(kind, ts, signal, value, quality)`` — kind 0 event, 1 tick, 2 flush, 3 resume —
        in one transaction (replays and fault tests keep ticks and events in their exact order)."""
        return self._run(list(items))

    def _run(self, items: list[tuple[int, float, str | None, Any, str | None]]) -> list[Decision]:
        if not items:
            return []
        with self._lock:
            eng, db = self.engine, self.db
            rows: list[tuple[Any, ...]] = []
            drows: list[tuple[Any, ...]] = []
            arows: list[tuple[Any, ...]] = []
            out: list[Decision] = []
            if db is not None:
                db.execute("BEGIN IMMEDIATE")
            try:
                for kind, ts, signal, value, quality in items:
                    self.seq += 1
                    if db is not None:
                        rows.append((self.seq, kind, ts, signal, None if kind != _EVENT else json.dumps(value), quality))
                    if kind == _EVENT:
                        eng.ingest(ts, signal or "", value, quality or "good")
                    elif kind == _TICK:
                        eng.advance(ts)
                    elif kind == _RESUME:
                        eng.resume()
                    else:
                        eng.flush()
                    if eng.decisions:
                        for d in eng.decisions:
                            rec = self.log.append(d)
                            self.decision_count += 1
                            if db is not None:
                                drows.append((self.decision_count, d.id, self.seq, json.dumps(rec, ensure_ascii=False), d.hash))
                                for a in d.actions:
                                    arows.append((a["idempotency_key"], d.id, json.dumps(a, ensure_ascii=False), "pending"))
                        out += eng.decisions
                        eng.decisions.clear()
                if db is not None:
                    db.executemany("INSERT INTO inputs VALUES (?,?,?,?,?,?)", rows)
                    if drows:
                        db.executemany("INSERT INTO decisions VALUES (?,?,?,?,?)", drows)
                        db.executemany("INSERT OR IGNORE INTO actions (key, decision_id, action, status) VALUES (?,?,?,?)", arows)
                    if self.checkpoint_every and self.seq - self._ck_seq >= self.checkpoint_every:
                        self._write_checkpoint(db)
                    db.execute("COMMIT")
            except BaseException:
                # the engine has moved on but nothing was acknowledged: rebuild it from the journal
                if db is not None:
                    db.execute("ROLLBACK")
                    self._rebuild()
                raise
        for d in out:
            if self.on_decision is not None:
                self.on_decision(d)
            if self.dispatch is not None:
                for a in d.actions:
                    self._dispatch_one(a["idempotency_key"], a, d)
        return out

    def checkpoint(self) -> None:
        """Write a checkpoint now (and drop the inputs it covers)."""
        with self._lock:
            if self.db is not None and self.seq > self._ck_seq:
                self.db.execute("BEGIN IMMEDIATE")
                self._write_checkpoint(self.db)
                self.db.execute("COMMIT")

    def _write_checkpoint(self, db: sqlite3.Connection) -> None:
        """Inside the caller's transaction: the checkpoint and the deletion commit together with the batch."""
        snap = json.dumps(self.engine.snapshot(), allow_nan=False, separators=(",", ":"), ensure_ascii=False)
        db.execute("INSERT OR REPLACE INTO checkpoint VALUES (1, ?, ?, ?, ?, ?)",
                   (self.seq, self.decision_count, self.log.prev_hash or GENESIS, snap, time.time()))
        db.execute("DELETE FROM inputs WHERE seq <= ?", (self.seq,))
        self._ck_seq = self.seq
        self.checkpoints += 1

    def _rebuild(self) -> None:
        self.engine, self.log, self.seq, self.decision_count, self._ck_seq = self._mk(), DecisionLog(), 0, 0, 0
        self._recover()

    def _dispatch_one(self, key: str, action: Mapping[str, Any], decision: Any) -> None:
        assert self.dispatch is not None
        try:
            res = self.dispatch(action, decision)
        except Exception as e:  # a failing dispatcher must not stop the runtime; the action stays pending
            log.warning("dispatch of %s failed: %r", key, e)
            return
        ok = res is None or bool(res.get("ok", True))
        if self.db is not None:
            with self._lock:
                self.db.execute("UPDATE actions SET status=?, attempts=attempts+1, result=? WHERE key=?",
                                ("done" if ok else "failed", json.dumps(res, default=str) if res else None, key))

    # ------------------------------------------------------------------ reading
    def records(self) -> list[dict[str, Any]]:
        """Every journalled decision record, in order (chain fields included)."""
        with self._lock:
            if self.db is None:
                return []
            return [json.loads(r[0]) for r in self.db.execute("SELECT record FROM decisions ORDER BY n")]

    @property
    def prev_hash(self) -> str:
        return self.log.prev_hash or GENESIS

    def close(self) -> None:
        """Stop the clocks and close the journal with a checkpoint: a restart (or a rule-set change)
        goes on from this state without a replay."""
        for c in self._clocks:
            c.set()
        with self._lock:
            if self.checkpoint_every:
                self.checkpoint()
            self._close()

    def _close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


class _Recorded:
    """A journalled decision as the dispatcher sees it after a restart (id and record)."""

    def __init__(self, did: str, record: dict[str, Any]) -> None:
        self.id = did
        self.state = record.get("state")
        self._record = record

    def record(self) -> dict[str, Any]:
        return self._record


def host_dispatcher(host: Any) -> Dispatcher:
    """``execute_action`` through the plugin host (connectors, simulator, notifiers)."""
    def dispatch(action: Mapping[str, Any], decision: Any) -> Mapping[str, Any] | None:
        return host.execute_action(action, decision)
    return dispatch
