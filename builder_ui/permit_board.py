"""The permit board: a kanban by state. Each card says what the permit still needs (signatures, a
passing gas analysis) and offers its viewer the steps their role allows: record a gas analysis,
sign with a re-authenticating signature, start the work, stop it (作业中断, with the reason),
resume after a suspension, close."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nicegui import ui

from builder_ui.adapter import Backend
from builder_ui.i18n import t
from builder_ui.operator import ServicePage, when
from builder_ui.permit_actions import (
    GasDialog,
    NewPermitDialog,
    PermitDetails,
    SignDialog,
    SuspendDialog,
    gas_line,
)
from builder_ui.roles import can

PERMIT_STATES = ("draft", "active", "suspended", "expired", "closed")
# (action, permission, states). The API checks all of it again (and more: fresh gas, signatures);
# this table only decides which buttons a card shows.
ACTIONS = (
    ("gas", "permits.gas", ("draft", "active", "suspended"), "science"),
    ("sign", "permits.sign", ("draft",), "draw"),
    ("activate", "permits.manage", ("draft",), "play_arrow"),
    ("suspend", "permits.suspend", ("active",), "pause_circle"),
    ("resume", "permits.manage", ("suspended",), "play_circle"),
    ("close", "permits.manage", ("draft", "active", "suspended"), "lock"),
)


def allowed_actions(p: Mapping[str, Any], user: Mapping[str, Any]) -> list[str]:
    """By role and state; signing only by someone other than the applicant who has not signed yet,
    while a signature is missing; starting only once nothing is missing but the gas analysis."""
    out = []
    signed = {s.get("username") for s in p.get("signatures") or []}
    for name, permission, states, _icon in ACTIONS:
        if p.get("status") not in states or not can(user, permission):
            continue
        if name == "sign" and (not p.get("missing_signatures") or user.get("username") in signed
                               or user.get("username") == p.get("applicant")):
            continue
        if name == "activate" and p.get("missing_signatures"):
            continue
        out.append(name)
    return out


class PermitBoardPage(ServicePage):
    def __init__(self, backend: Backend, lang: str = "zh", plant: str = "plant-a") -> None:
        super().__init__(backend, lang, "permit_board", "assignment", on_signed_in=self.load)
        self.plant = plant
        with ui.row().classes("q-px-sm gap-2"):
            ui.button(t("refresh", self.lang), icon="refresh", on_click=self.load).props("flat").mark("pb-refresh")
            if self.auth is not None:
                ui.button(t("new_permit", self.lang), icon="add", on_click=lambda: NewPermitDialog(self)).props(
                    "flat").mark("pb-new")
        self.board = ui.row().classes("w-full no-wrap items-start q-pa-sm gap-2").style("overflow-x: auto").mark(
            "permit-board")

    async def load(self) -> None:
        items = await self.api("GET", f"/api/permits?plant={self.plant}")
        if items is None:
            return
        self.board.clear()
        with self.board:
            for state in PERMIT_STATES:
                col = [p for p in items if p["status"] == state]
                with ui.column().classes("gap-1 q-pa-xs bg-grey-2 rounded").style(
                        "width: 19%; min-width: 230px; min-height: 200px").props(f"data-state={state}").mark(
                        f"pb-col-{state}"):
                    ui.label(f"{t('p_' + state, self.lang)} ({len(col)})").classes("text-subtitle2")
                    for p in col:
                        PermitCard(self, p)

    async def post(self, p: Mapping[str, Any], action: str) -> None:
        if await self.api("POST", f"/api/permits/{p['id']}/{action}") is not None:
            ui.notify(t(f"pa_{action}_done", self.lang, id=p["id"]), type="positive")
            await self.load()


class PermitCard:
    def __init__(self, page: PermitBoardPage, p: dict[str, Any]) -> None:
        lang, pid = page.lang, p["id"]
        with ui.card().classes("w-full q-pa-xs").props(f"data-permit={pid}").mark(f"pb-card pb-{pid}"):
            ui.label(f"{pid} {p['title']}").classes("text-weight-medium")
            ui.label(f"{t(p['kind'], lang)} · {t('lv_' + p['level'], lang)} · {p['location']}").classes("text-caption")
            if p.get("valid_until"):
                ui.label(t("valid_until", lang, when=when(p["valid_until"]))).classes("text-caption text-grey-8")
            gas = p.get("latest_analysis")
            if gas:
                ok = gas["passing"]
                ui.label(t("gas_ok" if ok else "gas_fail", lang)).classes(
                    "text-caption " + ("text-positive" if ok else "text-negative")).mark("pb-gas")
                ui.label(gas_line(gas, lang)).classes("text-caption text-grey-8").mark(f"pb-gas-line-{pid}")
                if ok and p["status"] in ("draft", "suspended") and gas.get("fresh_until"):
                    # counted from the sampling time: what the person about to start the work must know
                    ui.label(t("gas_fresh_until", lang, when=when(gas["fresh_until"]))).classes(
                        "text-caption text-grey-8").mark(f"pb-gas-fresh-{pid}")
            for s in p.get("signatures") or []:
                ui.label(f"✔ {t('m_' + s['meaning'], lang)}: {s['name']} · {when(s['signed_at'])}").classes(
                    "text-caption").mark(f"pb-signed-{pid}-{s['meaning']}")
            if p.get("missing_signatures"):
                ui.label(t("missing_signatures", lang) + ": " + "、".join(
                    t("m_" + m, lang) for m in p["missing_signatures"])).classes("text-caption text-grey-8").mark(
                    f"pb-missing-{pid}")
            if p["status"] == "suspended" and p.get("suspension"):
                ui.label(suspension_text(p["suspension"], lang)).classes("text-caption text-negative").mark(
                    f"pb-suspension-{pid}")
            with ui.row().classes("gap-0"):
                ui.button(icon="history", on_click=lambda: PermitDetails(page, p).open()).props(
                    f'flat dense round aria-label="{t("details", lang)}"').tooltip(t("details", lang)).mark(
                    f"pb-details-{pid}")
                for name in allowed_actions(p, page.user):
                    icon = next(a[3] for a in ACTIONS if a[0] == name)
                    ui.button(t(f"pa_{name}", lang), icon=icon, on_click=lambda name=name: self._act(page, p, name)).props(
                        "flat dense no-caps").mark(f"pb-{name}-{pid}")

    @staticmethod
    async def _act(page: PermitBoardPage, p: dict[str, Any], name: str) -> None:
        if name == "gas":
            GasDialog(page, p)
        elif name == "suspend":
            SuspendDialog(page, p)
        elif name == "sign":
            SignDialog(page, p)
        else:
            await page.post(p, name)


def suspension_text(s: Mapping[str, Any], lang: str) -> str:
    """Why the permit stopped: the rule that suspended it and its explanation, in the page's language,
    or the person who stopped the work and the reason they gave (in the language they wrote it)."""
    if not s.get("rule") and s.get("by"):
        return t("suspended_manually", lang, name=s.get("name") or s["by"], user=s["by"], why=s.get("reason") or "")
    expl = s.get("explanation") or {}
    why = (expl.get(lang) or expl.get("en") or "") if isinstance(expl, dict) else str(expl)
    return t("suspended_by", lang, rule=s.get("rule") or "?", why=why or s.get("reason") or "")
