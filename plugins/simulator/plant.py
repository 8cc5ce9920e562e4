"""A deterministic chemical plant area: confined space CS-01, hot-work point HW-01, reactor R-101,
ventilation VENT-01, their permits and one commandable fan.

A scenario file (``scenarios/*.json``) names the signals (base value, noise, period), the devices
and a timeline of incidents (ramps, drifts, dropouts, bad samples, permit changes). Noise comes
from one seeded generator and time is the scenario's own clock, so the same scenario gives the
same events byte for byte: the scenarios double as test fixtures. Devices react to commands
(``command``) after their response time, publish their state as the readback signal
``<device>.state`` and pull the gases they ventilate back toward fresh air.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.runtime.events import Event
from core.timeutil import parse_ts

SCENARIO_DIR = Path(__file__).with_name("scenarios")
RULES_DIR = Path(__file__).with_name("rules")


def scenario_names() -> list[str]:
    return sorted(p.stem for p in SCENARIO_DIR.glob("*.json"))


def load_scenario(name_or_path: str | Path) -> dict[str, Any]:
    """A scenario by name (``gas_leak``) or by path."""
    p = Path(name_or_path)
    if not p.is_file():
        p = SCENARIO_DIR / f"{name_or_path}.json"
    if not p.is_file():
        raise ValueError(f"unknown scenario {name_or_path!r} (known: {', '.join(scenario_names())}) / 未知场景")
    doc: dict[str, Any] = json.loads(p.read_text("utf-8"))
    return doc


@dataclass
class _Signal:
    name: str
    base: float
    noise: float
    period_s: float
    decimals: int
    lo: float
    hi: float
    offset: float = 0.0  # incidents (ramps) move the true value
    drift: float = 0.0  # sensor error growing per second: the reading lies, the process does not
    drift_since: float | None = None
    silent_until: float = -math.inf
    bad_until: float = -math.inf
    next_at: float = 0.0
    ramp: tuple[float, float, float, float] | None = None  # t0, t1, from, to


@dataclass
class _Device:
    name: str
    state: str
    response_s: float
    period_s: float
    effects: dict[str, dict[str, dict[str, float]]]
    pending: list[tuple[float, str, str]] = field(default_factory=list)  # at, command, idempotency key
    seen_keys: set[str] = field(default_factory=set)
    next_at: float = 0.0
    ignore: bool = False  # a broken actuator never confirms (tests the escalation path)


class Plant:
    """Step the plant in event time; feed commands back with :meth:`command`."""

    def __init__(self, scenario: Mapping[str, Any], start: float | None = None) -> None:
        self.scenario = scenario
        self.rng = random.Random(int(scenario.get("seed", 1)))
        self.t0 = float(start) if start is not None else parse_ts(scenario.get("start", "2026-01-05T08:00:00Z"))
        self.duration_s = float(scenario.get("duration_s", 600))
        self.signals: dict[str, _Signal] = {}
        for name, s in sorted(scenario.get("signals", {}).items()):
            self.signals[name] = _Signal(name, float(s["base"]), float(s.get("noise", 0.0)), float(s.get("period_s", 1.0)),
                                         int(s.get("decimals", 2)), float(s.get("min", -math.inf)),
                                         float(s.get("max", math.inf)), next_at=self.t0)
        self.devices: dict[str, _Device] = {}
        for name, d in sorted(scenario.get("devices", {}).items()):
            self.devices[name] = _Device(name, str(d.get("initial", "auto")), float(d.get("response_s", 2.0)),
                                         float(d.get("period_s", 5.0)), d.get("effects", {}), next_at=self.t0,
                                         ignore=bool(d.get("ignore_commands", False)))
        self.timeline = sorted(scenario.get("timeline", []), key=lambda e: float(e["at"]))
        self._ti = 0
        # permits whose status the plant publishes: a rule's suspension changes that status
        self.permits = {e["signal"][:-len(".status")] for e in self.timeline
                        if str(e.get("signal", "")).startswith("permit.") and str(e["signal"]).endswith(".status")}
        self._permit_changes: list[Event] = []
        self._permit_keys: set[str] = set()
        self.executed: list[tuple[float, str, str, str]] = []  # at, device, command, key
        self.duplicates = 0
        self.now = self.t0

    # -------------------------------------------------------------- commands
    def command(self, device: str, command: str, key: str, at: float) -> bool:
        """An actuator command (from ``execute_action``). Idempotent on ``key``: a re-sent command
        after a runtime crash is acknowledged but not executed twice. False if the device is unknown."""
        dev = self.devices.get(device)
        if dev is None:
            if device not in self.permits:
                return False
            if key in self._permit_keys:
                self.duplicates += 1
                return True
            self._permit_keys.add(key)
            self.executed.append((max(at, self.now), device, command, key))
            self._permit_changes.append(Event(max(at, self.now), f"{device}.status", command))
            return True
        if key in dev.seen_keys:
            self.duplicates += 1
            return True
        dev.seen_keys.add(key)
        if not dev.ignore:
            dev.pending.append((max(at, self.now) + dev.response_s, command, key))
        return True

    # -------------------------------------------------------------- stepping
    def _apply_timeline(self, t: float) -> list[Event]:
        out: list[Event] = []
        while self._ti < len(self.timeline) and self.t0 + float(self.timeline[self._ti]["at"]) <= t:
            e = self.timeline[self._ti]
            self._ti += 1
            at = self.t0 + float(e["at"])
            if "signal" in e:  # a discrete signal change (permit status, card limit)
                out.append(Event(at, e["signal"], e["value"], e.get("quality", "good")))
                continue
            s = self.signals[e["target"]]
            kind = e["kind"]
            if kind == "ramp":
                s.ramp = (at, at + float(e.get("over_s", 0.0)), s.offset, float(e["to"]) - s.base)
            elif kind == "drift":
                s.drift, s.drift_since = float(e["per_s"]), at
            elif kind == "dropout":
                s.silent_until = at + float(e["for_s"])
            elif kind == "bad":
                s.bad_until = at + float(e["for_s"])
            else:
                raise ValueError(f"unknown timeline kind {kind!r} / 未知的场景事件类型")
        return out

    def _ventilate(self, dt: float) -> None:
        for dev in self.devices.values():
            for target, eff in dev.effects.get(dev.state, {}).items():
                s = self.signals.get(target)
                if s is None or s.ramp is not None:
                    continue
                toward = float(eff.get("toward", s.base)) - s.base
                tau = float(eff.get("tau_s", 30.0))
                s.offset += (toward - s.offset) * (1.0 - math.exp(-dt / tau))

    def step(self, t: float) -> list[Event]:
        """Every event due at or before ``t`` (call with increasing t; 1 s steps are typical)."""
        dt = max(0.0, t - self.now)
        self.now = t
        out = self._apply_timeline(t)
        if self._permit_changes:
            out += self._permit_changes
            self._permit_changes = []
        for dev in self.devices.values():
            due = [p for p in dev.pending if p[0] <= t]
            if due:
                dev.pending = [p for p in dev.pending if p[0] > t]
                for at, cmd, key in due:
                    dev.state = cmd
                    self.executed.append((at, dev.name, cmd, key))
                    out.append(Event(at, f"{dev.name}.state", cmd))
                dev.next_at = t + dev.period_s
            if dev.next_at <= t:
                out.append(Event(t, f"{dev.name}.state", dev.state))
                dev.next_at = t + dev.period_s
        self._ventilate(dt)
        for s in self.signals.values():
            if s.ramp is not None:
                t0, t1, a, b = s.ramp
                s.offset = b if t >= t1 else a + (b - a) * (t - t0) / max(t1 - t0, 1e-9)
                if t >= t1:
                    s.ramp = None
            if s.next_at > t:
                continue
            s.next_at = t + s.period_s
            noise = self.rng.gauss(0.0, s.noise) if s.noise else 0.0  # drawn even when silent: keeps runs aligned
            if t < s.silent_until:
                continue
            if t < s.bad_until:
                out.append(Event(t, s.name, None, "bad"))
                continue
            drift = s.drift * (t - s.drift_since) if s.drift_since is not None else 0.0
            v = min(max(s.base + s.offset + drift + noise, s.lo), s.hi)
            out.append(Event(t, s.name, round(v, s.decimals)))
        out.sort(key=lambda e: e.ts)
        return out

    def events(self, step_s: float = 1.0, until: float | None = None) -> Iterator[Event]:
        """The open-loop event stream (nobody answers commands) over the scenario's duration."""
        end = self.t0 + (self.duration_s if until is None else until)
        n = 0
        while True:
            t = self.t0 + n * step_s
            if t > end:
                return
            yield from self.step(t)
            n += 1


def scenario_events(name: str, step_s: float = 1.0, start: float | None = None) -> list[Event]:
    """The deterministic open-loop events of a scenario (a test fixture)."""
    return list(Plant(load_scenario(name), start).events(step_s))
