"""The hazard board: a kanban by state with SLA colours, where each person in the loop acts on the
cards their role allows (assign, rectify with an after-photo, verify, reopen) and a reporter
follows their own reports ("mine") through the timeline of each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nicegui import ui

from builder_ui.adapter import Backend
from builder_ui.hazard_actions import AssignDialog, RectifyDialog, ReopenDialog, TimelineDialog, VerifyDialog
from builder_ui.i18n import t
from builder_ui.operator import HAZARD_STATES, ServicePage, sla_colour
from builder_ui.roles import can

# (action, permission, states it applies in, icon). The API checks all of it again; this table only
# decides which buttons a card shows.
ACTIONS = (
    ("assign", "hazards.assign", ("reported", "assigned"), "person_add"),
    ("start", "hazards.rectify", ("assigned",), "construction"),
    ("rectify", "hazards.rectify", ("assigned", "rectifying"), "add_a_photo"),
    ("verify", "hazards.verify", ("verifying",), "fact_check"),
    ("reopen", "hazards.verify", ("closed",), "restart_alt"),
)


def allowed_actions(h: Mapping[str, Any], user: Mapping[str, Any]) -> list[str]:
    """The actions this user is offered on hazard ``h``: by role and state, rectifying only by the
    assignee (or an admin), and never verifying one's own rectification."""
    out = []
    for name, permission, states, _icon in ACTIONS:
        if h.get("status") not in states or not can(user, permission):
            continue
        if name in ("start", "rectify") and user.get("username") != h.get("assignee") and user.get("role") != "admin":
            continue
        if name == "verify" and user.get("username") == h.get("rectifier"):
            continue
        out.append(name)
    return out


class HazardBoardPage(ServicePage):
    def __init__(self, backend: Backend, lang: str = "zh", plant: str = "plant-a", mine: bool = False) -> None:
        super().__init__(backend, lang, "hazard_board", "view_kanban", on_signed_in=self.load)
        self.plant = plant
        with ui.row().classes("q-px-sm items-center gap-2"):
            ui.button(t("refresh", self.lang), icon="refresh", on_click=self.load).props("flat").mark("hb-refresh")
            self.mine = ui.switch(t("mine_only", self.lang), value=mine, on_change=self.load).mark("hb-mine")
        self.board = ui.row().classes("w-full no-wrap items-start q-pa-sm gap-2").style("overflow-x: auto").mark(
            "hazard-board")

    async def load(self) -> None:
        items = await self.api("GET", f"/api/hazards?plant={self.plant}" + ("&mine=true" if self.mine.value else ""))
        if items is None:
            return
        self.board.clear()
        with self.board:
            # a report linked as a duplicate is still the reporter's: its column shows when there is one
            duplicates = ("duplicate",) if any(h["status"] == "duplicate" for h in items) else ()
            for state in HAZARD_STATES + duplicates:
                col = [h for h in items if h["status"] == state]
                # data-state / data-hazard: where a browser test (or a user script) finds a card
                with ui.column().classes("gap-1 q-pa-xs bg-grey-2 rounded").style(
                        "width: 19%; min-width: 210px; min-height: 200px").props(f"data-state={state}").mark(
                        f"hb-col-{state}"):
                    ui.label(f"{t('h_' + state, self.lang)} ({len(col)})").classes("text-subtitle2")
                    for h in col:
                        HazardCard(self, h)


class HazardCard:
    """One hazard: what, where, who, how urgent (SLA colour), and the buttons its viewer may use."""

    def __init__(self, page: HazardBoardPage, h: dict[str, Any]) -> None:
        self.page, self.h = page, h
        lang, hid = page.lang, h["id"]
        colour = sla_colour(h.get("due_at"), h["status"])
        with ui.card().classes(f"w-full q-pa-xs bg-{colour} text-white").props(f"data-hazard={hid}").mark(
                f"hb-card hb-{hid}"):
            ui.label(f"#{hid} {h['title']}").classes("text-weight-medium")
            ui.label(f"{h['area']} · {h['spot']} · {t(h['severity'], lang)}").classes("text-caption")
            if h.get("assignee"):
                ui.label(f"→ {h['assignee']}").classes("text-caption").mark(f"hb-assignee-{hid}")
            with ui.row().classes("gap-0"):
                ui.button(icon="timeline", on_click=lambda: TimelineDialog(page, h)).props(
                    f'flat dense round color=white aria-label="{t("progress", lang)}"').tooltip(t("progress", lang)).mark(
                    f"hb-timeline-{hid}")
                for name in allowed_actions(h, page.user):
                    icon = next(a[3] for a in ACTIONS if a[0] == name)
                    ui.button(t(f"ha_{name}", lang), icon=icon, on_click=lambda name=name: self.act(name)).props(
                        "flat dense no-caps color=white").mark(f"hb-{name}-{hid}")

    async def act(self, name: str) -> None:
        page, h = self.page, self.h
        if name == "start":
            if await page.api("POST", f"/api/hazards/{h['id']}/start") is not None:
                await page.load()
            return
        dialog = {"assign": AssignDialog, "rectify": RectifyDialog, "verify": VerifyDialog, "reopen": ReopenDialog}[name]
        await dialog(page, h).open()
