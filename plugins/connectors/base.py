"""What every plant connector shares: normalising through the host, batching into the runtime,
keep-alive staleness, reconnect with backoff, and the command route back to devices.

A connector runs on an asyncio loop. Payloads become events through the ``normalize_event``
hook (so a pack can own an exotic payload format); events are handed to the runtime from a
worker thread (``asyncio.to_thread``) in arrival order, so the loop keeps reading while the
journal commits and messages that arrive meanwhile form the next batch. The runtime's actions
come back through ``execute_action`` (see ``plugins/connectors/__init__.py``) from that worker
thread, which is why :meth:`Connector.command_sync` may block on the loop safely.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

from core.runtime.events import Event

log = logging.getLogger("safeblocks.connectors")

Sink = Callable[[list[Event]], Any]

# device -> the connector that commands it (filled by running connectors, read by execute_action)
ROUTES: dict[str, Connector] = {}
_ROUTES_LOCK = threading.Lock()


@dataclass
class ConnectorStats:
    payloads: int = 0
    events: int = 0
    rejected: int = 0
    batches: int = 0
    connects: int = 0
    reconnects: int = 0
    stale_marks: int = 0
    commands: int = 0
    last_error: str = ""
    connected_at: list[float] = field(default_factory=list)  # wall-clock times of every (re)connection


class Backoff:
    """Exponential backoff with jitter, reset once a connection has held (avoids thundering herds
    after a broker restart, never waits longer than ``cap``)."""

    def __init__(self, first: float = 0.1, cap: float = 5.0, seed: int | None = None) -> None:
        self.first, self.cap, self.n = first, cap, 0
        self.rng = random.Random(seed)

    def next(self) -> float:
        d = min(self.cap, self.first * (2 ** self.n))
        self.n += 1
        return d * (0.5 + self.rng.random() / 2)

    def reset(self) -> None:
        self.n = 0


class Connector:
    kind = "base"

    def __init__(self, name: str, host: Any, sink: Sink, *, keepalive_s: float = 10.0, devices: Iterable[str] = (),
                 backoff: Backoff | None = None) -> None:
        self.name = name  # the source id given to normalize_event, e.g. "mqtt:plant-a"
        self.host = host
        self.sink = sink
        self.keepalive_s = keepalive_s
        self.devices = list(devices)
        self.backoff = backoff or Backoff()
        self.stats = ConnectorStats()
        self.status = "down"  # down | up | stale
        self.known: set[str] = set()
        self.last_rx = time.monotonic()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread = -1
        self._pending: list[Event] = []
        self._acks: list[Any] = []  # wire acknowledgements owed for the pending events
        self._wake: asyncio.Event | None = None
        self._stop: asyncio.Event | None = None

    # ---------------------------------------------------------------- inbound
    def deliver(self, payload: Any, ack: Any = None) -> None:
        """One payload from the wire (called on the loop). ``ack`` is handed back to :meth:`acknowledge`
        once the payload's events are committed by the runtime (end-to-end at-least-once)."""
        if ack is not None:
            self._acks.append(ack)
        self.stats.payloads += 1
        self.last_rx = time.monotonic()
        if self.status == "stale":
            self.status = "up"
        events = self.host.normalize_event(self.name, payload)
        if events is None:
            self.stats.rejected += 1
            log.info("%s: no plugin understood a payload / 无插件能解析该数据", self.name)
            return
        if events:
            self.known.update(e.signal for e in events)
            self._pending.extend(events)
            if self._wake is not None:
                self._wake.set()

    async def _pump(self) -> None:
        assert self._wake is not None and self._stop is not None
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending or self._acks:
                batch, self._pending = self._pending, []
                acks, self._acks = self._acks, []
                if batch:
                    self.stats.events += len(batch)
                    self.stats.batches += 1
                    await asyncio.to_thread(self.sink, batch)
                if acks:
                    self.acknowledge(acks)
            if self._stop.is_set():
                return

    async def _watchdog(self) -> None:
        """A source silent for ``keepalive_s`` is stale: its signals get a bad-quality sample now, so
        rules go UNKNOWN (and take their safe action) without waiting for each signal's own
        period x 3 — which also covers signals that have no period declared."""
        assert self._stop is not None
        while not self._stop.is_set():
            await asyncio.sleep(min(1.0, self.keepalive_s / 4))
            if self.status != "stale" and self.known and time.monotonic() - self.last_rx > self.keepalive_s:
                self.status = "stale"
                self.stats.stale_marks += 1
                now = time.time()
                log.warning("%s: silent for %.1f s, %d signal(s) marked bad / 数据源静默，已标记为坏值",
                            self.name, self.keepalive_s, len(self.known))
                self._pending.extend(Event(now, s, None, "bad") for s in sorted(self.known))
                assert self._wake is not None
                self._wake.set()

    def acknowledge(self, acks: list[Any]) -> None:
        """Acknowledge on the wire what the runtime has committed (protocols that can)."""

    # ---------------------------------------------------------------- lifecycle
    async def session(self) -> None:
        """Connect and read until the connection fails (raise) or :meth:`stop` (return)."""
        raise NotImplementedError

    def connected(self) -> None:
        self.status = "up"
        self.last_rx = time.monotonic()
        self.stats.connects += 1
        self.stats.connected_at.append(time.time())
        self.backoff.reset()

    async def run(self) -> None:
        """Run until :meth:`stop`: reconnect with backoff after every failure."""
        self.loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        self._wake, self._stop = asyncio.Event(), asyncio.Event()
        with _ROUTES_LOCK:
            for d in self.devices:
                ROUTES[d] = self
        pump = asyncio.create_task(self._pump())
        dog = asyncio.create_task(self._watchdog())
        try:
            while not self._stop.is_set():
                sess = asyncio.create_task(self.session())
                stopper = asyncio.create_task(self._stop.wait())
                done, _ = await asyncio.wait({sess, stopper}, return_when=asyncio.FIRST_COMPLETED)
                stopper.cancel()
                if sess not in done:
                    sess.cancel()
                    await asyncio.gather(sess, return_exceptions=True)
                    break
                exc = sess.exception()
                if exc is None:
                    break
                self.status = "down"
                self.stats.last_error = repr(exc)
                self.stats.reconnects += 1
                delay = self.backoff.next()
                log.warning("%s: connection lost (%r); retry in %.2f s / 连接中断，%.2f 秒后重连", self.name, exc, delay, delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), delay)
        finally:
            self._stop.set()
            self._wake.set()
            await asyncio.gather(pump, return_exceptions=True)
            dog.cancel()
            await asyncio.gather(dog, return_exceptions=True)
            with _ROUTES_LOCK:
                for d in self.devices:
                    if ROUTES.get(d) is self:
                        del ROUTES[d]
            self.status = "down"

    def stop(self) -> None:
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)

    # ---------------------------------------------------------------- commands
    async def send_command(self, action: Mapping[str, Any]) -> Mapping[str, Any]:
        raise NotImplementedError

    def command_sync(self, action: Mapping[str, Any], timeout: float = 5.0) -> Mapping[str, Any]:
        """From the runtime's thread: send one command on the connector's loop and wait for the write
        to be accepted (not for the readback: the engine waits for that, in event time)."""
        if self.loop is None:
            return {"ok": False, "error": "connector not running / 连接器未运行"}
        if threading.get_ident() == self._loop_thread:
            # called from the loop itself (a synchronous sink): cannot wait, so queue the write
            self.loop.create_task(self.send_command(action))
            self.stats.commands += 1
            return {"ok": True, "queued": True, "via": self.name}
        fut = asyncio.run_coroutine_threadsafe(self.send_command(action), self.loop)
        try:
            res = fut.result(timeout)
        except (FutureTimeout, Exception) as e:
            fut.cancel()
            return {"ok": False, "error": repr(e), "via": self.name}
        self.stats.commands += 1
        return res


def route(device: str) -> Connector | None:
    with _ROUTES_LOCK:
        return ROUTES.get(device)


class LoopThread:
    """An asyncio loop on a daemon thread, to run connectors beside a synchronous service."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="connectors", daemon=True)
        self.thread.start()

    def start(self, conn: Connector) -> Any:
        return asyncio.run_coroutine_threadsafe(conn.run(), self.loop)

    def close(self, timeout: float = 5.0) -> None:
        """Cancel what still runs on the loop (servers' housekeeping tasks), then stop it."""
        async def cancel_all() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(cancel_all(), self.loop).result(timeout)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout)
        if not self.thread.is_alive():
            self.loop.close()
