"""The plant dashboard (``/dashboard``): a risk heat map of areas, the live decision stream with its
explanations, and the state of signals, read from the service's HTTP API.

Signal state is derived from the stored events (a signal is stale when its last sample is older
than STALE_S before the plant's newest event, bad when its last sample was bad or not a value):
the engine's own per-feed staleness is not exposed by the API yet.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from nicegui import ui

from builder_ui.adapter import Backend
from builder_ui.i18n import pick, t
from builder_ui.signin import SignIn
from builder_ui.test_panel import STATE_COLOURS

STALE_S = 60.0
KINDS = ("hazards", "permits", "alarms")
WEIGHT = {"hazards": 2, "permits": 1, "alarms": 3}  # heat: an alarm weighs most, an open permit least


def area_of_decision(record: dict[str, Any]) -> str:
    """An alert's declared area, else the equipment prefix of the first input signal (CS-01.o2 -> CS-01)."""
    for a in record.get("actions") or []:
        if isinstance(a, dict) and a.get("area"):
            return str(a["area"])
    inputs = record.get("inputs") or {}
    first = next(iter(inputs), "")
    return first.split(".")[0] if first else "?"


def heat(hazards: list[dict[str, Any]], permits: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    for h in hazards:
        if h.get("status") != "closed":
            out.setdefault(h.get("area") or "?", Counter())["hazards"] += 1
    for p in permits:
        if p.get("status") == "active":
            out.setdefault(p.get("location") or "?", Counter())["permits"] += 1
    for d in decisions:
        if d.get("state") == "fired":
            out.setdefault(area_of_decision(d.get("record") or {}), Counter())["alarms"] += 1
    return out


def signal_states(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    last: dict[str, dict[str, Any]] = {}
    for e in events:
        ts = e.get("ts")
        t_ = ts if isinstance(ts, int | float) else datetime.fromisoformat(str(ts).replace("Z", "+00:00")).timestamp()
        last[e["signal"]] = {**e, "t": t_}
    newest = max((e["t"] for e in last.values()), default=0.0)
    rows = []
    for sig, e in sorted(last.items()):
        bad = e.get("quality") == "bad" or e.get("value") is None
        state = "bad" if bad else "stale" if newest - e["t"] > STALE_S else "fresh"
        rows.append({"signal": sig, "value": e.get("value"), "ts": datetime.fromtimestamp(e["t"], UTC).strftime("%H:%M:%S"),
                     "state": state})
    return rows


class DashboardPage:
    def __init__(self, backend: Backend, lang: str = "zh", plant: str = "plant-a") -> None:
        self.backend, self.lang, self.plant = backend, lang if lang in ("zh", "en") else "zh", plant
        self.auth = SignIn(backend.service, self.lang) if backend.service is not None else None
        self.seq = 0
        self.decisions: list[dict[str, Any]] = []
        lang = self.lang
        with ui.row().classes("w-full items-center q-px-md q-py-xs bg-blue-grey-9 text-white gap-2"):
            ui.icon("monitor_heart", size="md")
            ui.label(t("dashboard", lang)).classes("text-h6")
            ui.link(t("app_title", lang), f"/?lang={lang}").classes("text-blue-grey-2")
            ui.space()
            self.plant_input = ui.input(t("plant", lang), value=plant).props("dense dark").classes("w-56").mark("dash-plant")
            ui.button(t("refresh", lang), icon="refresh", on_click=self.load).props("flat color=white").mark("dash-refresh")
            if self.auth is not None:
                self.auth.button()
        with ui.row().classes("w-full no-wrap items-start q-pa-sm gap-2"):
            with ui.column().classes("grow gap-2 min-w-0"):
                ui.label(t("risk_map", lang)).classes("text-subtitle1 text-weight-medium")
                self.chart = ui.echart({}).classes("w-full").style("height: 320px").mark("heat-map")
                ui.label(t("signals", lang)).classes("text-subtitle1 text-weight-medium")
                self.signals = ui.column().classes("w-full gap-0").mark("signal-states")
            with ui.column().classes("gap-1").style("width: 560px").mark("decision-stream"):
                ui.label(t("decision_stream", lang)).classes("text-subtitle1 text-weight-medium")
                self.stream = ui.column().classes("w-full gap-1")
        self.status = ui.label(t("sign_in_first", lang) if self.auth else t("needs_service", lang)).classes(
            "q-px-md text-caption text-grey-7").mark("dash-status")
        # live: new decisions are polled by sequence number (the API's stream endpoint is SSE)
        self.timer = ui.timer(3.0, self.poll)

    async def _get(self, path: str) -> list[dict[str, Any]]:
        assert self.auth is not None and self.backend.service is not None and self.auth.token
        r = await self.backend.service.call("GET", path, self.auth.token)
        return list(r.body) if r.ok and isinstance(r.body, list) else []

    async def load(self) -> None:
        if self.auth is None or self.auth.need_token():
            return
        self.plant = self.plant_input.value or self.plant
        p = self.plant
        hazards = await self._get(f"/api/hazards?plant={p}")
        permits = await self._get(f"/api/permits?plant={p}")
        self.decisions = await self._get(f"/api/decisions?plant={p}&limit=5000")
        self.seq = max((d["seq"] for d in self.decisions), default=0)
        events = await self._get(f"/api/events?plant={p}&limit=10000")
        self._heat(heat(hazards, permits, self.decisions))
        self._signals(signal_states(events))
        self._stream()
        self.status.text = t("dash_loaded", self.lang, plant=p, n=len(self.decisions))

    async def poll(self) -> None:
        if self.auth is None or not self.auth.token:
            return
        new = await self._get(f"/api/decisions?plant={self.plant}&since_seq={self.seq}")
        if new:
            self.decisions += new
            self.seq = max(d["seq"] for d in new)
            self._stream()

    def _heat(self, h: dict[str, Counter[str]]) -> None:
        lang = self.lang
        areas = sorted(h, key=lambda a: -sum(WEIGHT[k] * h[a][k] for k in KINDS))
        data = [[x, y, h[a][k]] for y, a in enumerate(areas) for x, k in enumerate(KINDS)]
        scores = [sum(WEIGHT[k] * h[a][k] for k in KINDS) for a in areas]
        self.chart.options.clear()
        self.chart.options.update({
            "animation": False, "tooltip": {}, "grid": {"left": 110, "right": 60, "top": 10, "bottom": 40},
            "xAxis": {"type": "category", "data": [t(f"k_{k}", lang) for k in KINDS] + [t("risk", lang)]},
            "yAxis": {"type": "category", "data": areas},
            "visualMap": {"min": 0, "max": max([1, *scores]), "calculable": False, "orient": "vertical", "right": 0,
                          "top": "center", "inRange": {"color": ["#fff8e1", "#ffb300", "#c62828"]}},
            "series": [{"type": "heatmap", "label": {"show": True},
                        "data": data + [[len(KINDS), y, s] for y, s in enumerate(scores)]}],
        })
        self.chart.update()

    def _signals(self, rows: list[dict[str, Any]]) -> None:
        colours = {"fresh": "positive", "stale": "warning", "bad": "negative"}
        self.signals.clear()
        with self.signals:
            for r in rows:
                with ui.row().classes("items-center gap-2 no-wrap").mark(f"signal signal-{r['state']}"):
                    ui.badge(t(f"s_{r['state']}", self.lang), color=colours[r["state"]])
                    ui.label(r["signal"]).classes("text-mono")
                    ui.label(f"{r['value']} @ {r['ts']}").classes("text-caption text-grey-8")

    def _stream(self) -> None:
        self.stream.clear()
        with self.stream:
            for d in reversed(self.decisions[-50:]):
                rec = d.get("record") or {}
                with ui.card().classes("w-full q-pa-xs").mark(f"stream-item stream-{d['state']}"):
                    with ui.row().classes("items-center gap-2 no-wrap"):
                        ui.badge(t(d["state"], self.lang), color=STATE_COLOURS.get(d["state"], "grey"))
                        ui.label(d["ts"]).classes("text-mono text-caption")
                        ui.label(f"{d['rule']} v{d['rule_version']} · {d['risk_level']}").classes("text-caption")
                    ui.label(pick(rec.get("explanation"), self.lang)).classes("text-caption text-grey-8")
