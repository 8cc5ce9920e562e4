"""Driving the plant: straight into a runtime (closed loop) or over MQTT, replayed or in real time.

For ``safeblocks serve --simulate``::

    from plugins.simulator.run import start_simulator
    handle = start_simulator(runtime, "demo", speed=1.0, loop=True)   # a daemon thread; rules fire within a minute
    ...
    handle.stop()

``runtime`` is anything with ``submit(events) -> decisions`` and ``tick(now) -> decisions`` — a
:class:`core.runtime.live.LiveRuntime` (which dispatches actions through ``execute_action``; the
simulator plugin answers those for its devices) or :class:`EngineSink` around a bare engine.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from core.runtime.decisions import Decision
from core.runtime.engine import Engine
from core.runtime.events import Event
from plugins.simulator.plant import Plant, load_scenario

# Plants that currently answer ``execute_action`` (see plugins/simulator/__init__.py)
ACTIVE: list[Plant] = []
_ACTIVE_LOCK = threading.Lock()


class Sink(Protocol):
    def submit(self, events: Iterable[Event]) -> list[Decision]: ...

    def tick(self, now: float | None = None) -> list[Decision]: ...


class EngineSink:
    """A bare engine as a sink (no journal, no dispatch)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _take(self) -> list[Decision]:
        out = list(self.engine.decisions)
        self.engine.decisions.clear()
        return out

    def submit(self, events: Iterable[Event]) -> list[Decision]:
        for e in events:
            self.engine.ingest(e.ts, e.signal, e.value, e.quality)
        return self._take()

    def tick(self, now: float | None = None) -> list[Decision]:
        self.engine.advance(time.time() if now is None else now)
        return self._take()


def answer(plant: Plant, decisions: Sequence[Decision]) -> None:
    """Carry the actions of decisions out on the plant (when the sink does not dispatch itself)."""
    for d in decisions:
        for a in d.actions:
            plant_action(plant, a, d.ts)


def plant_action(plant: Plant, a: Mapping[str, Any], at: float) -> bool:
    if a.get("type") == "actuator":
        return plant.command(str(a["device"]), str(a["command"]), str(a["idempotency_key"]), at)
    if a.get("type") == "permit_suspend":
        # the permit system answers a suspension by changing the permit's status signal
        return plant.command(f"permit.{a['permit']}", "suspended", str(a["idempotency_key"]), at)
    return False


@dataclass
class RunResult:
    events: int = 0
    decisions: list[Decision] = field(default_factory=list)


def run_closed_loop(sink: Sink, plant: Plant, *, step_s: float = 1.0, until_s: float | None = None,
                    answer_actions: bool = True, tick: bool = True) -> RunResult:
    """Replay a scenario as fast as possible, feeding commands back to the plant (deterministic)."""
    res = RunResult()
    end = plant.t0 + (plant.duration_s if until_s is None else until_s)
    n = 0
    while plant.t0 + n * step_s <= end:
        t = plant.t0 + n * step_s
        evs = plant.step(t)
        res.events += len(evs)
        ds = sink.submit(evs)
        if tick:
            ds += sink.tick(t)  # as a live clock would: a silent sensor's timer fires on time
        if answer_actions:
            answer(plant, ds)
        res.decisions += ds
        n += 1
    return res


class SimulatorHandle:
    def __init__(self, thread: threading.Thread, stop: threading.Event, plant: Plant) -> None:
        self.thread, self._stop, self.plant = thread, stop, plant

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self.thread.join(timeout)
        with _ACTIVE_LOCK:
            if self.plant in ACTIVE:
                ACTIVE.remove(self.plant)


def start_simulator(runtime: Sink, scenario: str = "demo", *, speed: float = 1.0, loop: bool = True,
                    answer_actions: bool = False) -> SimulatorHandle:
    """Run a scenario in real time (``speed`` x) into ``runtime`` from a daemon thread. Event times
    are wall-clock times (the scenario starts now), so live clock ticks and the UI agree. Actions
    reach the plant through the ``execute_action`` hook; pass ``answer_actions=True`` when the
    runtime does not dispatch (an :class:`EngineSink`)."""
    stop = threading.Event()
    doc = load_scenario(scenario)
    plant = Plant(doc, start=time.time())
    with _ACTIVE_LOCK:
        ACTIVE.append(plant)

    def body() -> None:
        nonlocal plant
        n = 0
        t_wall = time.monotonic()
        while not stop.is_set():
            t = plant.t0 + n
            if t > plant.t0 + plant.duration_s:
                if not loop:
                    return
                with _ACTIVE_LOCK:
                    ACTIVE.remove(plant)
                    plant = Plant(doc, start=max(time.time(), t + 1))
                    ACTIVE.append(plant)
                n = 0
                continue
            ds = runtime.submit(plant.step(t)) + runtime.tick(t)
            if answer_actions:
                answer(plant, ds)
            n += 1
            stop.wait(max(0.0, t_wall + n / speed - time.monotonic()))

    th = threading.Thread(target=body, name=f"simulator-{scenario}", daemon=True)
    th.start()
    return SimulatorHandle(th, stop, plant)


def event_json(e: Event) -> bytes:
    return json.dumps({"ts": e.ts, "signal": e.signal, "value": e.value, "quality": e.quality},
                      ensure_ascii=False, separators=(",", ":")).encode()


async def publish_mqtt(plant: Plant, host: str, port: int, *, prefix: str = "safeblocks/sim", speed: float = 0.0,
                       step_s: float = 1.0, until_s: float | None = None, commands: bool = True,
                       stats: dict[str, Any] | None = None, per_signal_topics: bool = True) -> int:
    """Publish the plant's events as JSON on ``<prefix>/ev/<signal>`` (QoS 1) and, with ``commands``,
    execute commands received on ``<prefix>/cmd/#`` (``{"device","command","idempotency_key"}``).
    ``speed`` 0 publishes as fast as the broker takes it. Survives a broker restart: reconnects with
    backoff and re-sends the event whose PUBACK it did not get (QoS 1 is at-least-once; the engine
    drops the exact duplicate). Returns the number of distinct events published.

    MQTT orders messages per topic only: after a subscriber's session resumes, mosquitto may deliver
    a queued message of one topic ahead of older ones of another. ``per_signal_topics=False``
    publishes each step's events as one JSON list on ``<prefix>/ev`` (a gateway's way), so the
    stream keeps its event-time order across a reconnect."""
    import asyncio

    import aiomqtt

    stats = stats if stats is not None else {}
    stats.setdefault("reconnects", 0)
    end = plant.t0 + (plant.duration_s if until_s is None else until_s)

    def stream() -> Iterator[tuple[int, list[Event]]]:
        n = 0
        while plant.t0 + n * step_s <= end:
            evs = plant.step(plant.t0 + n * step_s)
            if per_signal_topics:
                for e in evs:
                    yield n, [e]
            elif evs:
                yield n, evs
            n += 1

    it = stream()
    current: tuple[int, list[Event]] | None = None
    sent = 0
    t_wall = time.monotonic()
    delay = 0.05
    while True:
        try:
            async with aiomqtt.Client(host, port, identifier=f"sim-{prefix.replace('/', '-')}", clean_session=False,
                                      timeout=5) as client:
                delay = 0.05
                task = None
                if commands:
                    await client.subscribe(f"{prefix}/cmd/#", qos=1)

                    async def listen(client: aiomqtt.Client = client) -> None:
                        async for msg in client.messages:
                            plant_action(plant, json.loads(bytes(msg.payload)), plant.now)  # type: ignore[arg-type,unused-ignore]

                    task = asyncio.create_task(listen())
                try:
                    while True:
                        if current is None:
                            current = next(it, None)
                            if current is None:
                                return sent
                            if speed > 0:
                                await asyncio.sleep(max(0.0, t_wall + current[0] * step_s / speed - time.monotonic()))
                        evs = current[1]
                        if per_signal_topics:
                            await client.publish(f"{prefix}/ev/{evs[0].signal}", event_json(evs[0]), qos=1)
                        else:
                            body = b"[" + b",".join(event_json(e) for e in evs) + b"]"
                            await client.publish(f"{prefix}/ev", body, qos=1)
                        sent += len(evs)
                        current = None
                finally:
                    if task is not None:
                        task.cancel()
        except aiomqtt.MqttError:
            stats["reconnects"] += 1
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)


def plant_for(scenario: str, start: float | None = None) -> Plant:
    return Plant(load_scenario(scenario), start)
