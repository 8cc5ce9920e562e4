"""Try the draft before it runs: replay an event file (recorded or simulated) through it.

Shows the fire timeline (decisions), each node's value over time in TRUE / FALSE / UNKNOWN
colours, and a time slider that paints the values of that moment on the canvas. The rule's own
given/expect tests run from here too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from nicegui import events, ui

from builder_ui.adapter import Trace
from builder_ui.i18n import pick, t

COLOURS = {"TRUE": "#c62828", "FALSE": "#2e7d32", "UNKNOWN": "#6a1b9a"}
STATE_COLOURS = {"fired": "#c62828", "cleared": "#2e7d32", "unknown": "#6a1b9a"}
# Draws one horizontal bar per (node, interval): a Gantt-style strip chart in ECharts.
RENDER_BAR = """function(params, api) {
  const y = api.value(1), s = api.coord([api.value(0), y]), e = api.coord([api.value(2), y]);
  const h = api.size([0, 1])[1] * 0.6;
  return {type: 'rect', shape: {x: s[0], y: s[1] - h / 2, width: Math.max(e[0] - s[0], 1), height: h}, style: api.style()};
}"""


def fmt(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


class TestPanel:
    def __init__(self, lang: str, on_upload: Callable[[str, bytes], None], on_simulate: Callable[[], None],
                 on_tests: Callable[[], None], on_time: Callable[[float | None], None],
                 on_backtest: Callable[[str, str], Awaitable[Any]] | None = None) -> None:
        self.lang = lang
        self.on_time = on_time
        self.trace: Trace | None = None
        with ui.column().classes("w-full gap-2 sb-test-panel").mark("test-panel") as self.root:
            with ui.row().classes("items-center w-full gap-2"):
                ui.label(t("test_panel", lang)).classes("text-subtitle1 text-weight-medium")
                ui.upload(label=t("upload_events", lang), auto_upload=True, on_upload=self._uploaded,
                          ).props('accept=".csv,.jsonl,.ndjson,.json" flat bordered dense').classes("w-72").mark("events-upload")
                ui.button(t("simulate", lang), icon="science", on_click=on_simulate).props("outline").mark("simulate")
                ui.button(t("run_tests", lang), icon="checklist", on_click=on_tests).props("outline").mark("run-tests")
            if on_backtest is not None:
                self._backtest_row(on_backtest)
            self.status = ui.label("").classes("text-caption text-grey-8").mark("replay-status")
            self.results = ui.column().classes("w-full gap-1").mark("test-results")
            with ui.row().classes("items-center w-full no-wrap"):
                self.slider = ui.slider(min=0, max=0, value=0, on_change=self._slide).classes("grow").mark("time-slider")
                self.slider_label = ui.label("").classes("text-caption w-64").mark("slider-time")
            self.slider.set_visibility(False)
            self.chart = ui.echart({}).classes("w-full").style("height: 260px").mark("value-chart")
            self.chart.set_visibility(False)
            ui.label(t("timeline", lang)).classes("text-subtitle2")
            self.timeline = ui.column().classes("w-full gap-0").mark("timeline")
        self._on_upload = on_upload

    def _backtest_row(self, on_backtest: Callable[[str, str], Awaitable[Any]]) -> None:
        """Backtest on the service's stored events: the draft beside the published version."""
        lang = self.lang
        with ui.row().classes("items-center w-full gap-2"):
            ui.label(t("backtest", lang)).classes("text-subtitle2")
            start = ui.input(t("start", lang), placeholder="2026-01-05T08:00:00Z").props("dense").classes("w-56").mark("bt-start")
            end = ui.input(t("end", lang), placeholder="2026-01-05T09:00:00Z").props("dense").classes("w-56").mark("bt-end")

            async def go() -> None:
                r = await on_backtest(start.value or "", end.value or "")
                if r is not None:
                    self.show_backtest(r)

            ui.button(t("run_backtest", lang), icon="manage_history", on_click=go).props("outline").mark("bt-run")
        self.backtest_out = ui.row().classes("w-full gap-2 items-start").mark("backtest-result")

    def show_backtest(self, r: Any) -> None:
        lang = self.lang
        self.backtest_out.clear()
        with self.backtest_out:
            if not r.ok:
                ui.label(r.message(lang)).classes("text-negative text-caption")
                return
            for key in ("draft", "published"):
                res = r.body.get(key)
                with ui.card().classes("grow").mark(f"backtest-{key}"):
                    ui.label(t(f"bt_{key}", lang) + (f" v{res['version']}" if res else "")).classes("text-subtitle2")
                    if res is None:
                        ui.label(t("no_versions", lang)).classes("text-caption")
                        continue
                    ui.label(t("bt_counts", lang, events=res["events"], fired=res["fired"], unknown=res["unknown"])
                             ).classes("text-caption").mark(f"bt-counts-{key}")
                    for d in res["timeline"][:20]:
                        ui.label(f"{d['state']} {d['ts']} {','.join(d.get('actions') or [])}").classes("text-mono text-caption")

    async def _uploaded(self, e: events.UploadEventArguments) -> None:
        data = await e.file.read()
        self._on_upload(e.file.name, data)

    def message(self, text: str, error: bool = False) -> None:
        self.status.text = text
        self.status.classes(replace="text-caption " + ("text-negative" if error else "text-grey-8"))

    def show_tests(self, rows: list[tuple[str, bool, list[str]]]) -> None:
        lang = self.lang
        self.results.clear()
        with self.results:
            if not rows:
                ui.label(t("no_tests", lang)).classes("text-caption")
                return
            ok = sum(1 for _, passed, _ in rows if passed)
            ui.label(t("tests_passed", lang, ok=ok, n=len(rows))).mark("tests-summary")
            for name, passed, msgs in rows:
                with ui.row().classes("items-center gap-1").mark("test-row"):
                    ui.icon("check_circle" if passed else "cancel").classes("text-positive" if passed else "text-negative")
                    ui.label(name)
                    if msgs:
                        ui.label("; ".join(msgs)).classes("text-caption text-grey-8")

    def show_trace(self, trace: Trace, order: list[str]) -> None:
        self.trace = trace
        self._timeline(trace)
        self._chart(trace, order)
        if trace.times:
            self.slider.props(f"min=0 max={len(trace.times) - 1} step=1")
            self.slider.set_value(len(trace.times) - 1)
            self.slider.set_visibility(True)
            self._slide()

    def _timeline(self, trace: Trace) -> None:
        lang = self.lang
        self.timeline.clear()
        with self.timeline:
            if not trace.decisions:
                ui.label(t("no_decisions", lang)).classes("text-caption").mark("no-decisions")
            for d in trace.decisions:
                state = d["state"]
                with ui.row().classes("items-center gap-2 no-wrap").mark(f"decision decision-{state}"):
                    ui.badge(t(state, lang) if state in ("fired", "cleared", "unknown") else state,
                             color=STATE_COLOURS.get(state, "grey"))
                    ui.label(fmt(d["t"])).classes("text-mono")
                    acts = ", ".join(a.get("type", "") for a in d.get("actions", []))
                    if acts:
                        ui.label(f"[{acts}]").classes("text-caption")
                    ui.label(pick(d.get("explanation"), lang)).classes("text-caption text-grey-8 ellipsis")

    def _chart(self, trace: Trace, order: list[str]) -> None:
        if not trace.times:
            self.chart.set_visibility(False)
            return
        end = trace.times[-1] + max(1.0, (trace.times[-1] - trace.times[0]) * 0.01)
        rows = [nid for nid in reversed(order) if nid in trace.changes]
        data: list[dict[str, Any]] = []
        for y, nid in enumerate(rows):
            # one bar per run of equal TRUE/FALSE/UNKNOWN; a number that changes every sample
            # is one grey bar (its values are on the node and under the slider)
            runs: list[list[Any]] = []
            for ts, v in trace.changes.get(nid, []):
                key = v if isinstance(v, str) else "#"
                if runs and runs[-1][1] == key:
                    continue
                runs.append([ts, key])
            for i, (ts, key) in enumerate(runs):
                until = runs[i + 1][0] if i + 1 < len(runs) else end
                colour = COLOURS.get(key, "#90a4ae") if key != "#" else "#78909c"
                data.append({"value": [ts * 1000, y, until * 1000, key if key != "#" else "number"],
                             "itemStyle": {"color": colour}})
        fires = [{"value": [d["t"] * 1000, len(rows)], "itemStyle": {"color": STATE_COLOURS.get(d["state"], "#333")}}
                 for d in trace.decisions]
        self.chart.options.clear()
        self.chart.options.update({
            "animation": False,
            "grid": {"left": 110, "right": 20, "top": 10, "bottom": 30},
            "tooltip": {"formatter": "{c}"},
            "xAxis": {"type": "time", "min": trace.times[0] * 1000, "max": end * 1000},
            "yAxis": {"type": "category", "data": rows + ["⚑"]},
            "series": [
                {"type": "custom", ":renderItem": RENDER_BAR, "encode": {"x": [0, 2], "y": 1}, "data": data},
                {"type": "scatter", "symbol": "triangle", "symbolSize": 14, "data": fires},
            ],
        })
        self.chart.set_visibility(True)
        self.chart.update()

    def _slide(self) -> None:
        if not self.trace or not self.trace.times:
            self.on_time(None)
            return
        i = int(self.slider.value or 0)
        i = max(0, min(i, len(self.trace.times) - 1))
        ts = self.trace.times[i]
        self.slider_label.text = t("value_at", self.lang, t=fmt(ts))
        self.on_time(ts)
