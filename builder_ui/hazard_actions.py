"""The steps of the hazard loop as dialogs: assign, rectify (after-photo from the phone's camera),
verify (pass closes, fail sends it back with a reason), reopen, and the timeline a reporter follows.

Each dialog sends one request as the signed-in user; a refusal (the API's message, zh or en) stays
in the dialog, so the person on the phone can read it and correct the input."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from nicegui import ui

from builder_ui.i18n import t
from builder_ui.operator import transient_dialog, when
from builder_ui.photo import PhotoInput, show_photo

if TYPE_CHECKING:
    from builder_ui.hazard_board import HazardBoardPage


class HazardDialog:
    """One step: a body (the subclass's fields), the API's refusal if any, cancel and submit.
    Deleted when closed, so a reopened step starts empty and nothing hidden lingers in the page."""

    action = ""
    title_key = ""

    def __init__(self, page: HazardBoardPage, h: dict[str, Any]) -> None:
        self.page, self.h, self.lang = page, h, page.lang
        self.dialog = transient_dialog()
        with self.dialog, ui.card().classes("w-96").style("max-width: 95vw").mark(f"hd-{self.action}"):
            ui.label(f"{t(self.title_key, self.lang)} · #{h['id']} {h['title']}").classes("text-h6")
            self.body()
            self.error = ui.label("").classes("text-negative text-caption").mark("hd-error")
            with ui.row().classes("w-full justify-end"):
                ui.button(t("cancel", self.lang), on_click=self.dialog.close).props("flat").mark("hd-cancel")
                ui.button(t(self.title_key, self.lang), on_click=self.submit).props("unelevated").mark("hd-submit")

    def body(self) -> None:
        raise NotImplementedError

    async def open(self) -> None:
        self.dialog.open()

    async def request(self) -> dict[str, Any] | None:
        """The request body, or None after telling the user what is missing."""
        raise NotImplementedError

    def missing(self, key: str) -> None:
        self.error.text = t(key, self.lang)

    async def submit(self) -> None:
        body = await self.request()
        if body is None:
            return
        if await self.page.api("POST", f"/api/hazards/{self.h['id']}/{self.action}", body, self.error) is not None:
            self.dialog.close()
            await self.page.load()


class AssignDialog(HazardDialog):
    """The assignee is picked from the people of the hazard's plant who can rectify (the service's
    people lookup), by name or username; the API checks the choice again."""

    action, title_key = "assign", "ha_assign"
    ROLES = ("operator", "engineer")  # who rectifies: the API also takes an admin, the list does not offer one

    def body(self) -> None:
        lang = self.lang
        current = self.h.get("assignee")
        self.assignee = ui.select({current: current} if current else {}, value=current, with_input=True,
                                  label=t("assignee_pick", lang)).classes("w-full").mark("a-assignee")
        # the SLA of the severity, as the API would set it without a deadline
        hours = 24 if self.h.get("severity") == "major" else 72
        self.hours = ui.number(t("due_hours", lang), value=hours, min=1, max=24 * 90, step=1,
                               on_change=self._due).classes("w-full").mark("a-hours")
        self.due = ui.label("").classes("text-caption text-grey-8").mark("a-due")
        self._due()

    def _due(self) -> None:
        hours = float(self.hours.value or 0)
        self.due.text = t("due_at", self.lang, when=(datetime.now() + timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M"))

    async def open(self) -> None:
        query = "&".join(f"role={r}" for r in self.ROLES)
        # a refusal stays in the dialog's error line; the current assignee is still offered
        people = await self.page.api("GET", f"/api/plants/{self.h['plant']}/people?{query}", error=self.error) or []
        options = {p["username"]: f"{p['display_name']} ({p['username']}) · {t('role_' + p['role'], self.lang)}"
                   for p in people}
        if self.h.get("assignee") and self.h["assignee"] not in options:
            options[self.h["assignee"]] = self.h["assignee"]
        self.assignee.set_options(options, value=self.h.get("assignee"))
        self.dialog.open()

    async def request(self) -> dict[str, Any] | None:
        if not self.assignee.value:
            self.missing("assignee_needed")
            return None
        return {"assignee": self.assignee.value, "due_hours": float(self.hours.value or 0) or None}


class RectifyDialog(HazardDialog):
    action, title_key = "rectify", "ha_rectify"

    def body(self) -> None:
        self.photo = PhotoInput(self.lang, "rf-photo", "take_after_photo")
        self.note = ui.textarea(t("rectify_note", self.lang)).classes("w-full").mark("rf-note")

    async def request(self) -> dict[str, Any] | None:
        service, token = self.page.backend.service, self.page.auth.token if self.page.auth else None
        if self.photo.file is None or service is None or not token:
            self.missing("after_photo_needed")
            return None
        up = await self.photo.send(service, token, self.h["plant"])
        if up is None or not up.ok:
            self.page.refused(up.message(self.lang) if up else t("after_photo_needed", self.lang), self.error)
            return None
        return {"after_photo": up.body["id"], "note": self.note.value or ""}


class VerifyDialog(HazardDialog):
    action, title_key = "verify", "ha_verify"

    def body(self) -> None:
        lang = self.lang
        self.photos = ui.row().classes("w-full gap-2 justify-center").mark("v-photos")
        done: dict[str, Any] = next((e for e in reversed(self.h.get("history") or []) if e.get("status") == "verifying"), {})
        if done.get("note"):
            ui.label(f"{done.get('by', '')}: {done['note']}").classes("text-body2").mark("v-rectify-note")
        self.accept = ui.toggle({True: t("verify_pass", lang), False: t("verify_fail", lang)}, value=True).mark("v-accept")
        self.note = ui.textarea(t("verify_note", lang)).classes("w-full").mark("v-note")

    async def open(self) -> None:
        # the verifier compares the report's photo with the rectifier's
        service, token = self.page.backend.service, self.page.auth.token if self.page.auth else None
        if service is not None and token:
            with self.photos:
                for key, caption in (("photo", "before_photo"), ("after_photo", "after_photo")):
                    if self.h.get(key):
                        await show_photo(service, token, self.h[key], t(caption, self.lang), f"v-{key}")
        self.dialog.open()

    async def request(self) -> dict[str, Any] | None:
        if not self.accept.value and not (self.note.value or "").strip():
            self.missing("reason_needed")
            return None
        return {"accept": bool(self.accept.value), "note": self.note.value or ""}


class ReopenDialog(HazardDialog):
    action, title_key = "reopen", "ha_reopen"

    def body(self) -> None:
        self.note = ui.textarea(t("reopen_reason", self.lang)).classes("w-full").mark("ro-note")

    async def request(self) -> dict[str, Any] | None:
        if not (self.note.value or "").strip():
            self.missing("reason_needed")
            return None
        return {"note": self.note.value.strip()}


class TimelineDialog:
    """Every step of one hazard, oldest first: who did what, when, and what they wrote."""

    def __init__(self, page: HazardBoardPage, h: dict[str, Any]) -> None:
        lang = page.lang
        self.dialog = transient_dialog()
        with self.dialog, ui.card().classes("w-96").style("max-width: 95vw").mark("hd-timeline"):
            ui.label(f"{t('progress', lang)} · #{h['id']} {h['title']}").classes("text-h6")
            ui.label(f"{t('h_' + h['status'], lang)} · {h['area']} · {h['spot']}").classes("text-subtitle2").mark(
                "ht-status")
            with ui.timeline(side="right").props("dense"):
                for e in h.get("history") or []:
                    heading = (t("escalated", lang, n=e["escalation"]) if "escalation" in e
                               else t(f"h_{e.get('status', '')}", lang) if f"h_{e.get('status')}" in _KEYS else e.get("status"))
                    # no title/subtitle props: Quasar capitalises a subtitle, and user names are case-sensitive
                    with ui.timeline_entry().mark("ht-entry"), ui.column().classes("gap-0"):
                        ui.label(str(heading)).classes("text-weight-medium").mark("ht-heading")
                        ui.label(f"{when(e.get('at'))} · {e.get('by', '')}").classes("text-caption text-grey-7")
                        for line in _details(e, lang):
                            ui.label(line).classes("text-caption")
            ui.button(t("close", lang), on_click=self.dialog.close).props("flat").mark("hd-cancel")
        self.dialog.open()


_KEYS = {f"h_{s}" for s in ("reported", "assigned", "rectifying", "verifying", "closed", "duplicate")}


def _details(e: dict[str, Any], lang: str) -> list[str]:
    out = []
    if e.get("assignee"):
        out.append(f"→ {e['assignee']}")
    if e.get("duplicate_of"):
        out.append(t("duplicate_of", lang, id=e["duplicate_of"]))
    if e.get("note"):
        out.append(str(e["note"]))
    if e.get("points"):
        out.append(t("points", lang, n=e["points"]))
    return out
