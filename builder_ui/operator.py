"""Operator pages, phone first: report a hazard (photo, location, description), the hazard board
(kanban by state, SLA colours) and the permit board (new permit, gas analysis, what is missing)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from nicegui import events, ui

from builder_ui.adapter import Backend
from builder_ui.i18n import t
from builder_ui.signin import SignIn

HAZARD_STATES = ("reported", "assigned", "rectifying", "verifying", "closed")
PERMIT_STATES = ("draft", "active", "suspended", "expired", "closed")
GAS = ("o2_pct", "lel_pct", "h2s_ppm", "co_ppm")


def sla_colour(due_at: str | None, status: str, now: datetime | None = None) -> str:
    """Overdue red, due within 24 h amber, else green; closed grey."""
    if status == "closed":
        return "grey-5"
    if not due_at:
        return "blue-grey-3"
    due = datetime.fromisoformat(str(due_at).replace("Z", "+00:00"))
    if due.tzinfo is None:
        due = due.replace(tzinfo=UTC)
    left = (due - (now or datetime.now(UTC))).total_seconds()
    return "red-7" if left < 0 else "amber-7" if left < 86400 else "green-6"


class _ServicePage:
    """Header with sign-in; every operator page talks to the service's API as the signed-in user."""

    def __init__(self, backend: Backend, lang: str, title_key: str, icon: str) -> None:
        self.backend, self.lang = backend, lang if lang in ("zh", "en") else "zh"
        self.auth = SignIn(backend.service, self.lang) if backend.service is not None else None
        with ui.row().classes("w-full items-center q-px-md q-py-xs bg-blue-grey-9 text-white gap-2"):
            ui.icon(icon, size="md")
            ui.label(t(title_key, self.lang)).classes("text-h6")
            ui.space()
            if self.auth is not None:
                self.auth.button()
        if self.auth is None:
            ui.label(t("needs_service", self.lang)).classes("q-pa-md")

    async def api(self, method: str, path: str, body: Any = None) -> Any:
        assert self.auth is not None and self.backend.service is not None
        if self.auth.need_token():
            return None
        assert self.auth.token
        r = await self.backend.service.call(method, path, self.auth.token, body)
        if not r.ok:
            ui.notify(r.message(self.lang), type="negative")
            return None
        return r.body


class ReportHazardPage(_ServicePage):
    def __init__(self, backend: Backend, lang: str = "zh", plant: str = "plant-a") -> None:
        super().__init__(backend, lang, "report_hazard", "report")
        lang = self.lang
        self.photo: tuple[str, bytes, str] | None = None
        with ui.column().classes("w-full q-pa-md gap-2").style("max-width: 420px; margin: 0 auto").mark("report-form"):
            self.plant = ui.input(t("plant", lang), value=plant).classes("w-full").mark("r-plant")
            self.title = ui.input(t("hazard_title", lang)).classes("w-full").mark("r-title")
            self.area = ui.input(t("area", lang)).classes("w-full").mark("r-area")
            self.spot = ui.input(t("spot", lang)).classes("w-full").mark("r-spot")
            self.description = ui.textarea(t("description", lang)).classes("w-full").mark("r-description")
            self.severity = ui.toggle({"general": t("general", lang), "major": t("major", lang)}, value="general").mark(
                "r-severity")
            ui.upload(label=t("take_photo", lang), auto_upload=True, on_upload=self._photo).props(
                'accept="image/*" capture="environment" flat bordered').classes("w-full").mark("r-photo")
            ui.button(t("submit", lang), icon="send", on_click=self.submit).props("unelevated").classes("w-full").mark(
                "r-submit")
            self.result = ui.label("").mark("r-result")

    async def _photo(self, e: events.UploadEventArguments) -> None:
        self.photo = (e.file.name, await e.file.read(), e.file.content_type or "application/octet-stream")

    async def submit(self) -> None:
        body: dict[str, Any] = {"plant": self.plant.value, "title": self.title.value, "area": self.area.value,
                                "spot": self.spot.value, "description": self.description.value or "",
                                "severity": self.severity.value}
        if self.photo is not None and self.auth is not None and self.auth.token and self.backend.service is not None:
            up = await self.backend.service.upload(self.auth.token, self.plant.value, *self.photo)
            if not up.ok:
                ui.notify(up.message(self.lang), type="negative")
                return
            body["photo"] = up.body["id"]
        h = await self.api("POST", "/api/hazards", body)
        if h is not None:
            self.result.text = t("reported", self.lang, id=h["id"], status=t(f"h_{h['status']}", self.lang))


class HazardBoardPage(_ServicePage):
    def __init__(self, backend: Backend, lang: str = "zh", plant: str = "plant-a") -> None:
        super().__init__(backend, lang, "hazard_board", "view_kanban")
        self.plant = plant
        ui.button(t("refresh", self.lang), icon="refresh", on_click=self.load).props("flat").mark("hb-refresh")
        self.board = ui.row().classes("w-full no-wrap items-start q-pa-sm gap-2").mark("hazard-board")

    async def load(self) -> None:
        items = await self.api("GET", f"/api/hazards?plant={self.plant}")
        if items is None:
            return
        lang = self.lang
        self.board.clear()
        with self.board:
            for state in HAZARD_STATES:
                col = [h for h in items if h["status"] == state]
                with ui.column().classes("gap-1 q-pa-xs bg-grey-2 rounded").style("width: 19%; min-height: 200px").mark(
                        f"hb-col-{state}"):
                    ui.label(f"{t('h_' + state, lang)} ({len(col)})").classes("text-subtitle2")
                    for h in col:
                        colour = sla_colour(h.get("due_at"), h["status"])
                        with ui.card().classes(f"w-full q-pa-xs bg-{colour} text-white").mark(f"hb-card hb-{h['id']}"):
                            ui.label(f"#{h['id']} {h['title']}").classes("text-weight-medium")
                            ui.label(f"{h['area']} · {h['spot']} · {t(h['severity'], lang)}").classes("text-caption")
                            if h.get("assignee"):
                                ui.label(f"→ {h['assignee']}").classes("text-caption")


class PermitBoardPage(_ServicePage):
    def __init__(self, backend: Backend, lang: str = "zh", plant: str = "plant-a") -> None:
        super().__init__(backend, lang, "permit_board", "assignment")
        self.plant = plant
        with ui.row().classes("q-px-sm gap-2"):
            ui.button(t("refresh", self.lang), icon="refresh", on_click=self.load).props("flat").mark("pb-refresh")
            ui.button(t("new_permit", self.lang), icon="add", on_click=self.new_dialog).props("flat").mark("pb-new")
        self.board = ui.row().classes("w-full no-wrap items-start q-pa-sm gap-2").mark("permit-board")

    async def load(self) -> None:
        items = await self.api("GET", f"/api/permits?plant={self.plant}")
        if items is None:
            return
        lang = self.lang
        self.board.clear()
        with self.board:
            for state in PERMIT_STATES:
                col = [p for p in items if p["status"] == state]
                with ui.column().classes("gap-1 q-pa-xs bg-grey-2 rounded").style("width: 19%; min-height: 200px").mark(
                        f"pb-col-{state}"):
                    ui.label(f"{t('p_' + state, lang)} ({len(col)})").classes("text-subtitle2")
                    for p in col:
                        with ui.card().classes("w-full q-pa-xs").mark(f"pb-card pb-{p['id']}"):
                            ui.label(f"{p['id']} {p['title']}").classes("text-weight-medium")
                            ui.label(f"{p['kind']} · {p['level']} · {p['location']}").classes("text-caption")
                            gas = p.get("latest_analysis")
                            if gas:
                                ui.label(t("gas_ok" if gas["passing"] else "gas_fail", lang)).classes(
                                    "text-caption " + ("text-positive" if gas["passing"] else "text-negative")).mark("pb-gas")
                            if p.get("missing_signatures"):
                                ui.label(t("missing_signatures", lang) + ": " + ", ".join(p["missing_signatures"])).classes(
                                    "text-caption text-grey-8")
                            if state in ("draft", "active", "suspended"):
                                ui.button(t("gas_test", lang), icon="science",
                                          on_click=lambda pid=p["id"]: self.gas_dialog(pid)).props("flat dense").mark(
                                    f"pb-gas-{p['id']}")

    def new_dialog(self) -> None:
        lang = self.lang
        with ui.dialog() as dialog, ui.card().classes("w-96").mark("permit-dialog"):
            kind = ui.select({"hot_work": t("hot_work", lang), "confined_space": t("confined_space", lang)},
                             value="confined_space", label=t("permit_kind", lang)).classes("w-full").mark("p-kind")
            level = ui.select(["special", "level1", "level2", "standard"], value="standard", label=t("permit_level", lang)
                              ).classes("w-full").mark("p-level")
            title = ui.input(t("hazard_title", lang)).classes("w-full").mark("p-title")
            location = ui.input(t("spot", lang)).classes("w-full").mark("p-location")
            hours = ui.number(t("valid_hours", lang), value=8, min=0.5, max=72).classes("w-full").mark("p-hours")

            async def go() -> None:
                body = {"plant": self.plant, "kind": kind.value, "level": level.value, "title": title.value,
                        "location": location.value, "valid_hours": hours.value}
                if await self.api("POST", "/api/permits", body) is not None:
                    dialog.close()
                    await self.load()

            ui.button(t("submit", lang), on_click=go).props("unelevated").mark("p-submit")
        dialog.open()

    def gas_dialog(self, pid: str) -> None:
        lang = self.lang
        with ui.dialog() as dialog, ui.card().classes("w-96").mark("gas-dialog"):
            ui.label(f"{t('gas_test', lang)} · {pid}").classes("text-h6")
            fields = {g: ui.number(t(g, lang), value=None).classes("w-full").mark(f"g-{g}") for g in GAS}

            async def go() -> None:
                readings = {g: float(f.value) for g, f in fields.items() if f.value is not None}
                a = await self.api("POST", f"/api/permits/{pid}/gas-analyses", {"readings": readings})
                if a is not None:
                    dialog.close()
                    ui.notify(t("gas_ok" if a["passing"] else "gas_fail", lang),
                              type="positive" if a["passing"] else "negative")
                    await self.load()

            ui.button(t("submit", lang), on_click=go).props("unelevated").mark("g-submit")
        dialog.open()
