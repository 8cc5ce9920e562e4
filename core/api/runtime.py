"""The embedded runtime inside the service: one engine per plant, decisions hash-chained per plant and
stored, actions dispatched (permit suspension and hazards here, everything else to plugins), and
decisions pushed to stream subscribers.

Window state survives a restart: each plant engine's snapshot is written to ``engine_checkpoints``
in the same transaction as any decision it stores (so a restored engine can never re-use an
episode's decision id) and at most every ``checkpoint_s`` otherwise, and at shutdown. At start the
deployed rules are loaded into one engine per plant, which restores its checkpoint (rules published
since start fresh) and resumes: a signal whose staleness deadline passed while the service was down
gets one staleness limit from the first input after the restart (Engine.resume).

Why one lock per plant: the chain order must equal the engine order, and a decision must be stored in
the same transaction as the events that caused it, or a failed commit would leave a hole in the chain.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from core.plugins import PluginHost
from core.rules.compile import CompiledRule, compile_rule
from core.rules.document import RuleSource
from core.runtime.decisions import GENESIS, Decision, DecisionLog
from core.runtime.engine import Engine
from core.runtime.events import Event
from core.runtime.snapshot import RestoreReport, SnapshotError
from core.storage.base import utcnow
from core.storage.tables import DecisionRow, EngineCheckpoint, EventRow, Rule, RuleVersion

log = logging.getLogger("safeblocks.service")
Effect = Callable[[Session, str, Mapping[str, Any], Mapping[str, Any]], Mapping[str, Any]]
# current platform state as signals ((signal, value) pairs), fed to an engine when a rule is deployed
Seeder = Callable[[Session, str], list[tuple[str, Any]]]


@dataclass
class PlantRuntime:
    plant: str
    engine: Engine
    log: DecisionLog
    seq: int
    lock: threading.RLock = field(default_factory=threading.RLock)
    draining: bool = False
    checkpoint_at: float = 0.0  # monotonic time of the last checkpoint written
    held: bool = False  # a request holds the plant until its commit (LiveRuntime.hold)
    unpublished: list[dict[str, Any]] = field(default_factory=list)  # its decisions, streamed after the commit


@dataclass
class IngestResult:
    events: int
    late: int
    decisions: list[dict[str, Any]]


class LiveRuntime:
    def __init__(self, host: PluginHost, sessions: sessionmaker[Session], reorder_window_s: float = 0.0,
                 checkpoint_s: float = 10.0) -> None:
        self.host = host
        self.reorder_window_s = reorder_window_s
        self.checkpoint_s = checkpoint_s  # the most window progress a crash can lose (decisions never)
        self.restored: dict[str, RestoreReport | str] = {}  # per plant at start: the report, or why not
        self.sessions = sessions
        self.plants: dict[str, PlantRuntime] = {}
        self.effects: dict[str, Effect] = {}
        self.seeders: list[Seeder] = []
        self.chained = 0  # decisions appended to a chain so far (a failed request resyncs only if it moved)
        self._lock = threading.Lock()
        self._subs: list[tuple[asyncio.AbstractEventLoop, asyncio.Queue[dict[str, Any]], frozenset[str] | None]] = []

    # ---------------------------------------------------------------- plants and rules
    def _chain_tail(self, db: Session, plant: str) -> tuple[int, str]:
        row = db.execute(select(DecisionRow.seq, DecisionRow.hash).where(DecisionRow.plant == plant)
                         .order_by(DecisionRow.seq.desc()).limit(1)).first()
        return (row[0], row[1]) if row else (0, GENESIS)

    def plant(self, db: Session, plant: str) -> PlantRuntime:
        with self._lock:
            pr = self.plants.get(plant)
            if pr is None:
                # no autoflush: the caller's pending writes must not reach the database before it holds
                # the plant's lock (see the module's lock order)
                with db.no_autoflush:
                    seq, prev = self._chain_tail(db, plant)
                pr = PlantRuntime(plant, Engine([], reorder_window_s=self.reorder_window_s), DecisionLog(prev_hash=prev), seq)
                self.plants[plant] = pr
            return pr

    def resync(self) -> None:
        """Every plant's chain tail (seq, prev_hash) from the database, after a failed transaction."""
        for pr in list(self.plants.values()):
            with pr.lock, self.sessions() as fresh:
                pr.seq, pr.log.prev_hash = self._chain_tail(fresh, pr.plant)

    @contextmanager
    def hold(self, db: Session, plant: str) -> Iterator[PlantRuntime]:
        """A request's change of one plant's platform state, under the plant's lock from before its first
        write until its commit, which this makes at the end of the block (or a rollback, if the block
        raises). Read what the change depends on (a state, a count) inside the block: it is then what the
        last holder committed. Decisions of the block's signals reach the streams after the commit."""
        pr = self.plant(db, plant)
        with pr.lock:
            if pr.held:
                raise RuntimeError(f"plant {plant} is held already: one hold per request")
            pr.held, chained = True, self.chained
            try:
                yield pr
                self._commit(db, pr)
            except BaseException:
                db.rollback()  # before the next holder runs: it must not chain after decisions going away
                if self.chained != chained:
                    pr.checkpoint_at = 0.0  # a checkpoint may have gone with them
                    with self.sessions() as fresh:
                        pr.seq, pr.log.prev_hash = self._chain_tail(fresh, pr.plant)
                pr.unpublished.clear()
                raise
            finally:
                pr.held = False
            recs, pr.unpublished = pr.unpublished, []
        self._publish(plant, recs)

    def compile(self, doc: Mapping[str, Any]) -> CompiledRule:
        """Raises core.rules.problems.RuleError with every problem."""
        caps = {pid: lp.manifest.capabilities for pid, lp in self.host.packs.items()}
        return compile_rule(RuleSource(dict(doc)), self.host.registry, caps)

    def deploy(self, db: Session, plant: str, rule: CompiledRule) -> None:
        pr = self.plant(db, plant)
        with pr.lock:
            if rule.id in pr.engine.instances:
                pr.engine.remove_rule(rule.id)
            pr.engine.add_rule(rule)
            self._seed(db, plant, [rule])

    def _seed(self, db: Session, plant: str, rules: Sequence[CompiledRule]) -> None:
        """Rules deployed now must see the permits already active (not UNKNOWN until they change)."""
        for seeder in self.seeders:
            for sig, value in seeder(db, plant):
                if any(src.signal == sig for rule in rules for src in rule.sources):
                    self.signal(db, plant, sig, value)

    def undeploy(self, db: Session, plant: str, rule_id: str) -> None:
        pr = self.plant(db, plant)
        with pr.lock:
            if rule_id in pr.engine.instances:
                pr.engine.remove_rule(rule_id)

    def load_deployed(self, db: Session) -> list[str]:
        """At start: every rule's deployed version goes back into its plant's engine, which goes on from
        its checkpoint."""
        problems = []
        rows = db.execute(select(Rule, RuleVersion).join(RuleVersion, (RuleVersion.rule_id == Rule.id) &
                                                         (RuleVersion.version == Rule.deployed_version))).all()
        by_plant: dict[str, list[CompiledRule]] = {}
        for rule, ver in rows:
            try:
                by_plant.setdefault(rule.plant, []).append(self.compile(ver.doc))
            except Exception as e:  # a rule that no longer compiles (pack removed) must not stop the service
                problems.append(f"{rule.id}@{ver.version}: {e}")
                log.warning("rule %s@%s not deployed: %s", rule.id, ver.version, e)
        for plant, rules in sorted(by_plant.items()):
            pr = self.plant(db, plant)
            with pr.lock:
                pr.engine = self._restored_engine(db, pr, rules)
                self._seed(db, plant, rules)
        return problems

    def _restored_engine(self, db: Session, pr: PlantRuntime, rules: Sequence[CompiledRule]) -> Engine:
        def fresh() -> Engine:
            return Engine(list(rules), reorder_window_s=self.reorder_window_s)

        eng = fresh()
        ck = db.get(EngineCheckpoint, pr.plant)
        if ck is None:
            return eng
        if ck.decision_seq != pr.seq or ck.prev_hash != (pr.log.prev_hash or GENESIS):
            # decisions were stored after this state (checkpoints switched off, or a database restored
            # from a backup): going on from it could repeat their ids. Empty windows are the safe start.
            why = f"checkpoint at decision {ck.decision_seq}, chain at {pr.seq}: not used / 检查点落后于决策链，未使用"
            self.restored[pr.plant] = why
            log.warning("plant %s: %s", pr.plant, why)
            return eng
        try:
            rep = eng.restore(json.loads(ck.snapshot))
        except (SnapshotError, ValueError) as e:
            self.restored[pr.plant] = f"unreadable checkpoint: {e} / 检查点无法读取"
            log.warning("plant %s: checkpoint not restored (%s): windows start empty / 检查点未恢复", pr.plant, e)
            return fresh()
        eng.resume()
        self.restored[pr.plant] = rep
        log.info("plant %s: window state restored, %d rules mid-window, %d start fresh / 窗口状态已恢复",
                 pr.plant, len(rep.restored), len(rep.fresh))
        return eng

    def checkpoint(self, db: Session, pr: PlantRuntime, force: bool = False, decided: bool = False) -> None:
        """Add the plant engine's snapshot to the caller's transaction when due (always with decisions)."""
        now = time.monotonic()
        if not (force or decided or now - pr.checkpoint_at >= self.checkpoint_s) or pr.engine.started_at is None:
            return
        snap = json.dumps(pr.engine.snapshot(), allow_nan=False, separators=(",", ":"), ensure_ascii=False)
        db.merge(EngineCheckpoint(plant=pr.plant, decision_seq=pr.seq, prev_hash=pr.log.prev_hash or GENESIS,
                                  snapshot=snap, saved_at=utcnow()))
        pr.checkpoint_at = now

    def checkpoint_all(self) -> int:
        """At shutdown: every plant's state, each in its own transaction. Returns how many were written."""
        n = 0
        for pr in list(self.plants.values()):
            with pr.lock, self.sessions() as db:
                if pr.engine.started_at is None:
                    continue
                self.checkpoint(db, pr, force=True)
                db.commit()
                n += 1
        return n

    def wants(self, plant: str, signal: str) -> bool:
        """Does any rule deployed in the plant read this signal?"""
        pr = self.plants.get(plant)
        return pr is not None and any(src.signal == signal for ri in list(pr.engine.instances.values())
                                      for src in ri.rule.sources)

    def deployed(self, plant: str) -> dict[str, int]:
        pr = self.plants.get(plant)
        return {rid: ri.rule.version for rid, ri in pr.engine.instances.items()} if pr else {}

    # ---------------------------------------------------------------- input
    def ingest(self, db: Session, plant: str, events: Sequence[Event], store: bool = True) -> IngestResult:
        pr = self.plant(db, plant)
        ordered = sorted(events, key=lambda e: e.ts)  # a batch may come unsorted; sorting is not "late"
        with pr.lock:
            late0 = pr.engine.stats.late
            if store and ordered:
                store_events(db, plant, ordered)
            for e in ordered:  # with a reorder window the engine holds events until the watermark passes them
                pr.engine.ingest(e.ts, e.signal, e.value, e.quality)
            recs = self._drain(db, pr)
            self.checkpoint(db, pr, decided=bool(recs))
            self._commit(db, pr)
            late = pr.engine.stats.late - late0
        self._publish(plant, recs)
        return IngestResult(len(ordered), late, recs)

    def signal(self, db: Session, plant: str, signal: str, value: Any) -> list[dict[str, Any]]:
        """A platform state change as an event (permit.CS-0001.status = suspended): everything is a signal.
        Its time is the plant's event time (just after the watermark), so it never makes replayed data late.
        The caller commits; a caller that wrote before it holds the plant (``hold``)."""
        pr = self.plant(db, plant)
        with pr.lock:
            eng = pr.engine
            # 1 ms after the newest event: two state changes in a row are two events, not a conflicting duplicate
            ts = eng.watermark + 0.001 if eng.started_at is not None else time.time()
            db.add(EventRow(plant=plant, ts=ts, signal=signal, value=value, quality="good"))
            eng.ingest(ts, signal, value, "good")  # through the reorder window like any event
            if pr.draining:
                return []  # the outer drain picks the decisions up
            recs = self._drain(db, pr)
            if recs:
                self.checkpoint(db, pr, decided=True)  # in the caller's transaction, with the decisions
            if pr.held:  # streamed once they are stored (hold commits), never a decision that rolled back
                pr.unpublished.extend(recs)
                return recs
        self._publish(plant, recs)
        return recs

    def advance(self, db: Session, plant: str, now: float) -> list[dict[str, Any]]:
        pr = self.plant(db, plant)
        with pr.lock:
            if pr.engine.started_at is not None and now < pr.engine.watermark:
                return []
            pr.engine.advance(now)
            recs = self._drain(db, pr)
            self.checkpoint(db, pr, decided=bool(recs))
            self._commit(db, pr)
        self._publish(plant, recs)
        return recs

    def _commit(self, db: Session, pr: PlantRuntime) -> None:
        try:
            db.commit()
        except Exception:
            db.rollback()
            pr.checkpoint_at = 0.0  # the checkpoint went with the rollback: write one at the next commit
            with self.sessions() as fresh:  # the chain continues from what is really stored
                pr.seq, pr.log.prev_hash = self._chain_tail(fresh, pr.plant)
            raise

    def _drain(self, db: Session, pr: PlantRuntime) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        pr.draining = True
        try:
            for _ in range(100):  # an action's state change can cause decisions; bounded, never a loop forever
                if not pr.engine.decisions:
                    break
                batch = list(pr.engine.decisions)
                pr.engine.decisions.clear()
                for d in batch:
                    out.append(self._store(db, pr, d))
        finally:
            pr.draining = False
        return out

    def _store(self, db: Session, pr: PlantRuntime, d: Decision) -> dict[str, Any]:
        rec = pr.log.append(d)
        pr.seq += 1
        self.chained += 1
        rec_out = dict(rec)
        db.add(DecisionRow(plant=pr.plant, seq=pr.seq, decision_id=d.id, ts=d.ts, rule_id=d.rule.id,
                           rule_version=d.rule.version, risk_level=d.rule.risk_level, state=d.state,
                           # a copy: the engine may annotate its action dicts later (readback confirmation),
                           # and the stored record must stay exactly what was hashed
                           record=copy.deepcopy(rec),
                           prev_hash=rec["prev_hash"], hash=rec["hash"]))
        results = []
        for a in d.actions:
            effect = self.effects.get(str(a.get("type")))
            res: Mapping[str, Any] | None = None
            try:
                if effect is not None:  # the platform's own records (permits, hazards) first
                    res = effect(db, pr.plant, a, rec)
                # then the plugins (devices, notifiers, a simulated plant); idempotent on the key
                plugin = self.host.execute_action(a, d)
                res = {**(res or {}), "plugin": dict(plugin)} if plugin else res
            except Exception as e:  # an action that fails is reported on the decision, never drops it
                log.warning("action %s of %s failed: %r", a.get("type"), d.id, e)
                res = {"ok": False, "error": repr(e)}
            results.append({"type": a.get("type"), "result": dict(res) if res else None})
        self.host.on_decision(d)
        rec_out["seq"], rec_out["plant"], rec_out["action_results"] = pr.seq, pr.plant, results
        return rec_out

    # ---------------------------------------------------------------- streaming
    def subscribe(self, plants: frozenset[str] | None) -> asyncio.Queue[dict[str, Any]]:
        q: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=1000)
        with self._lock:
            self._subs.append((asyncio.get_running_loop(), q, plants))
        return q

    def unsubscribe(self, q: asyncio.Queue[dict[str, Any]]) -> None:
        with self._lock:
            self._subs = [s for s in self._subs if s[1] is not q]

    def _publish(self, plant: str, recs: list[dict[str, Any]]) -> None:
        if not recs:
            return
        with self._lock:
            subs = list(self._subs)
        for loop, q, plants in subs:
            if plants is not None and plant not in plants:
                continue
            for r in recs:
                try:
                    loop.call_soon_threadsafe(_offer, q, r)
                except RuntimeError:  # loop closed: the client went away
                    self.unsubscribe(q)


def _offer(q: asyncio.Queue[dict[str, Any]], rec: dict[str, Any]) -> None:
    if not q.full():  # a slow client loses live items, never blocks the runtime; it can re-query
        q.put_nowait(rec)


def store_events(db: Session, plant: str, events: Sequence[Event]) -> None:
    """Bulk insert. PostgreSQL gets COPY (one round trip per batch, ~10x an executemany of single-row
    INSERTs); SQLite gets executemany, which is already in-process."""
    conn = db.connection()
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cur, cur.copy("COPY events (plant, ts, signal, value, quality) FROM STDIN") as cp:
            for e in events:
                cp.write_row((plant, e.ts, e.signal, json.dumps(_storable(e.value)), e.quality))
        return
    db.execute(insert(EventRow), [{"plant": plant, "ts": e.ts, "signal": e.signal,
                                             "value": _storable(e.value), "quality": e.quality} for e in events])


def _storable(v: Any) -> Any:
    """NaN/inf are bad readings (UNKNOWN to the engine) but not JSON: stored as their text."""
    if isinstance(v, float) and not math.isfinite(v):
        return str(v)
    return v


def count_decisions(db: Session, plant: str) -> int:
    return int(db.scalar(select(func.count()).select_from(DecisionRow).where(DecisionRow.plant == plant)) or 0)
