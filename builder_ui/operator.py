"""Operator pages, phone first: the page frame they share (sign-in, API calls as the signed-in user)
and reporting a hazard (photo, location, description). The boards: hazard_board.py, permit_board.py."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from nicegui import ui

from builder_ui.adapter import Backend
from builder_ui.i18n import t
from builder_ui.photo import PhotoInput
from builder_ui.signin import SignIn

HAZARD_STATES = ("reported", "assigned", "rectifying", "verifying", "closed")


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


def when(ts: str | None) -> str:
    """An API timestamp (UTC) in the plant box's local time, to the minute: what a shift log shows."""
    if not ts:
        return ""
    d = datetime.fromisoformat(str(ts).replace("Z", "+00:00"))
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d.astimezone().strftime("%Y-%m-%d %H:%M")


def transient_dialog() -> ui.dialog:
    """A dialog deleted when it closes: a step opened again starts empty, and nothing hidden stays
    in the page (where a test, or a screen reader, would still find it)."""
    dialog = ui.dialog()
    dialog.on_value_change(lambda e: None if e.value else dialog.delete())
    return dialog


class ServicePage:
    """Header with sign-in; every operator page talks to the service's API as the signed-in user."""

    def __init__(self, backend: Backend, lang: str, title_key: str, icon: str,
                 on_signed_in: Callable[[], Awaitable[None] | None] | None = None) -> None:
        self.backend, self.lang = backend, lang if lang in ("zh", "en") else "zh"
        self.auth = SignIn(backend.service, self.lang, on_signed_in) if backend.service is not None else None
        with ui.row().classes("w-full items-center q-px-md q-py-xs bg-blue-grey-9 text-white gap-2"):
            ui.icon(icon, size="md")
            ui.label(t(title_key, self.lang)).classes("text-h6")
            ui.space()
            if self.auth is not None:
                self.auth.button()
        if self.auth is None:
            ui.label(t("needs_service", self.lang)).classes("q-pa-md")

    @property
    def user(self) -> dict[str, Any]:
        return self.auth.user if self.auth is not None else {}

    async def api(self, method: str, path: str, body: Any = None, error: ui.label | None = None) -> Any:
        """The API's answer, or None after showing its refusal (in this page's language) as a
        notification and, for a dialog, in its ``error`` label, where a phone user still sees it."""
        assert self.auth is not None and self.backend.service is not None
        if self.auth.need_token():
            return None
        assert self.auth.token
        r = await self.backend.service.call(method, path, self.auth.token, body)
        if not r.ok:
            self.refused(r.message(self.lang), error)
            return None
        return r.body

    def refused(self, message: str, error: ui.label | None = None) -> None:
        ui.notify(message, type="negative")
        if error is not None and not error.is_deleted:
            error.text = message


class ReportHazardPage(ServicePage):
    def __init__(self, backend: Backend, lang: str = "zh", plant: str = "plant-a") -> None:
        super().__init__(backend, lang, "report_hazard", "report")
        lang = self.lang
        with ui.column().classes("w-full q-pa-md gap-2").style("max-width: 420px; margin: 0 auto").mark("report-form"):
            self.plant = ui.input(t("plant", lang), value=plant).classes("w-full").mark("r-plant")
            self.title = ui.input(t("hazard_title", lang)).classes("w-full").mark("r-title")
            self.area = ui.input(t("area", lang)).classes("w-full").mark("r-area")
            self.spot = ui.input(t("spot", lang)).classes("w-full").mark("r-spot")
            self.description = ui.textarea(t("description", lang)).classes("w-full").mark("r-description")
            self.severity = ui.toggle({"general": t("general", lang), "major": t("major", lang)}, value="general").mark(
                "r-severity")
            self.photo = PhotoInput(lang, "r-photo")
            ui.button(t("submit", lang), icon="send", on_click=self.submit).props("unelevated").classes("w-full").mark(
                "r-submit")
            self.result = ui.label("").mark("r-result")
            # the reporter follows the report's progress on the board, filtered to their own reports
            self.track = ui.link(t("track_mine", lang), f"/hazards?lang={lang}&plant={plant}&mine=true").mark("r-track")
            self.track.visible = False

    async def submit(self) -> None:
        body: dict[str, Any] = {"plant": self.plant.value, "title": self.title.value, "area": self.area.value,
                                "spot": self.spot.value, "description": self.description.value or "",
                                "severity": self.severity.value}
        if self.photo.file is not None and self.auth is not None and self.auth.token and self.backend.service is not None:
            up = await self.photo.send(self.backend.service, self.auth.token, self.plant.value)
            if up is not None and not up.ok:
                self.refused(up.message(self.lang))
                return
            if up is not None:
                body["photo"] = up.body["id"]
        h = await self.api("POST", "/api/hazards", body)
        if h is not None:
            self.result.text = t("reported", self.lang, id=h["id"], status=t(f"h_{h['status']}", self.lang))
            self.track.props["href"] = f"/hazards?lang={self.lang}&plant={h['plant']}&mine=true"
            self.track.visible = True
