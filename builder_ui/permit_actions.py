"""The steps of a permit as dialogs: a new permit, a gas analysis (values with their units, when the
sample was taken and who analysed it), a signature that re-authenticates (the signer types their
password again, sees what the signature means and the terms it is bound to), stopping the work with
a reason, and the permit's records."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from nicegui import ui

from builder_ui.i18n import t
from builder_ui.operator import transient_dialog, when

if TYPE_CHECKING:
    from builder_ui.permit_board import PermitBoardPage

# reading -> (what, unit); the units are the API's (its reading names end in them)
GAS = {"o2_pct": ("O₂", "%vol"), "lel_pct": ("LEL", "%LEL"), "h2s_ppm": ("H₂S", "ppm"), "co_ppm": ("CO", "ppm")}
LEVELS = {"hot_work": ("special", "level1", "level2"), "confined_space": ("standard",)}


def gas_line(a: Mapping[str, Any], lang: str) -> str:
    """One analysis as a shift log writes it: values with units, then who analysed it and when the sample
    was taken, and who typed it in when that was someone else."""
    values = " · ".join(f"{GAS[k][0]} {v:g} {GAS[k][1]}" for k, v in (a.get("readings") or {}).items() if k in GAS)
    line = f"{values} — {a.get('analyst', '')} {when(a.get('sampled_at'))}"
    if a.get("recorded_by") and a.get("recorded_by") != a.get("analyst"):
        line += f" ({t('entered_by', lang, who=a['recorded_by'])})"
    return line


def failures_text(a: Mapping[str, Any], lang: str) -> str:
    return "; ".join(str((f.get("message") or {}).get(lang) or f.get("reading")) for f in a.get("failures") or [])


class NewPermitDialog:
    def __init__(self, page: PermitBoardPage) -> None:
        self.page, lang = page, page.lang
        self.dialog = transient_dialog()
        with self.dialog, ui.card().classes("w-96").style("max-width: 95vw").mark("permit-dialog"):
            ui.label(t("new_permit", lang)).classes("text-h6")
            self.kind = ui.select({k: t(k, lang) for k in LEVELS}, value="confined_space", label=t("permit_kind", lang),
                                  on_change=self._levels).classes("w-full").mark("p-kind")
            self.level = ui.select({}, label=t("permit_level", lang)).classes("w-full").mark("p-level")
            self.title = ui.input(t("hazard_title", lang)).classes("w-full").mark("p-title")
            self.location = ui.input(t("spot", lang)).classes("w-full").mark("p-location")
            self.hours = ui.number(t("valid_hours", lang), value=8, min=0.5, max=72).classes("w-full").mark("p-hours")
            self.error = ui.label("").classes("text-negative text-caption").mark("p-error")
            ui.button(t("submit", lang), on_click=self.submit).props("unelevated").mark("p-submit")
        self._levels()
        self.dialog.open()

    def _levels(self) -> None:
        # a hot-work permit has three levels (GB 30871), a confined-space entry one
        levels = LEVELS[self.kind.value]
        self.level.set_options({lv: t("lv_" + lv, self.page.lang) for lv in levels}, value=levels[-1])

    async def submit(self) -> None:
        body = {"plant": self.page.plant, "kind": self.kind.value, "level": self.level.value, "title": self.title.value,
                "location": self.location.value, "valid_hours": self.hours.value}
        if await self.page.api("POST", "/api/permits", body, self.error) is not None:
            self.dialog.close()
            await self.page.load()


class GasDialog:
    def __init__(self, page: PermitBoardPage, p: Mapping[str, Any]) -> None:
        self.page, self.p, lang = page, p, page.lang
        self.dialog = transient_dialog()
        with self.dialog, ui.card().classes("w-96").style("max-width: 95vw").mark("gas-dialog"):
            ui.label(f"{t('gas_test', lang)} · {p['id']}").classes("text-h6")
            self.fields = {g: ui.number(t(g, lang), value=None, suffix=unit).classes("w-full").mark(f"g-{g}")
                           for g, (_name, unit) in GAS.items()}
            # the sample was usually taken a little before it is typed in: the 30 minutes count from then.
            # Local time of the plant box, as every time on these pages (operator.when)
            self.opened_at = datetime.now().strftime("%Y-%m-%dT%H:%M")
            self.sampled = ui.input(t("sampled_at", lang), value=self.opened_at).props(
                "type=datetime-local").classes("w-full").mark("g-sampled-at")
            self.analyst = ui.input(t("analyst_name", lang), value=page.user.get("username", "")).classes(
                "w-full").mark("g-analyst")
            ui.label(t("analyst", lang, who=page.user.get("username", ""))).classes("text-caption text-grey-8").mark(
                "g-entered-by")
            self.error = ui.label("").classes("text-negative text-caption").mark("g-error")
            ui.button(t("submit", lang), on_click=self.submit).props("unelevated").mark("g-submit")
        self.dialog.open()

    async def submit(self) -> None:
        body: dict[str, Any] = {"readings": {g: float(f.value) for g, f in self.fields.items() if f.value is not None}}
        # left as opened: "now", which the API takes to the second (the field holds minutes, and a sample
        # taken just after a suspension must not be rounded down to before it)
        if (self.sampled.value or "").strip() not in ("", self.opened_at):
            try:
                # the field has no zone: it is this box's local time, sent with its offset
                body["sampled_at"] = datetime.fromisoformat(self.sampled.value.strip()).astimezone().isoformat()
            except ValueError:
                self.error.text = t("sampled_at_bad", self.page.lang)
                return
        if (self.analyst.value or "").strip():
            body["analyst"] = self.analyst.value.strip()
        a = await self.page.api("POST", f"/api/permits/{self.p['id']}/gas-analyses", body, self.error)
        if a is None:
            return
        self.dialog.close()
        lang = self.page.lang
        if a["passing"]:
            ui.notify(t("gas_ok", lang), type="positive")
        else:
            ui.notify(f"{t('gas_fail', lang)}: {failures_text(a, lang)}", type="negative", multi_line=True)
        await self.page.load()


class SignDialog:
    """A signature is a decision with a name on it: the dialog says what it means (approve, attend,
    ...), what it is bound to (the permit's terms: change them and the signature no longer counts)
    and asks for the signer's own password again."""

    def __init__(self, page: PermitBoardPage, p: Mapping[str, Any]) -> None:
        self.page, self.p, lang = page, p, page.lang
        missing = list(p.get("missing_signatures") or [])
        self.dialog = transient_dialog()
        with self.dialog, ui.card().classes("w-96").style("max-width: 95vw").mark("sign-dialog"):
            ui.label(f"{t('pa_sign', lang)} · {p['id']} {p['title']}").classes("text-h6")
            self.meaning = ui.select({m: t("m_" + m, lang) for m in missing}, value=missing[0] if missing else None,
                                     label=t("sign_as", lang), on_change=self._means).classes("w-full").mark("s-meaning")
            self.means = ui.label("").classes("text-body2 text-weight-medium").mark("s-means")
            ui.label(t("sign_binds", lang)).classes("text-caption text-grey-8")
            terms = (f"{p['id']} · {t(p['kind'], lang)} · {t('lv_' + p['level'], lang)} · {p['title']} · {p['location']} · "
                     f"{t('applicant', lang)} {p['applicant']} · {t('valid_hours', lang)} {p['valid_hours']:g}")
            ui.label(terms).classes("text-caption").mark("s-terms")
            ui.label(t("signer", lang, name=page.user.get("display_name", ""), user=page.user.get("username", ""))).classes(
                "text-caption").mark("s-signer")
            self.password = ui.input(t("reauth", lang), password=True).classes("w-full").mark("s-password")
            self.error = ui.label("").classes("text-negative text-caption").mark("s-error")
            ui.button(t("pa_sign", lang), icon="draw", on_click=self.submit).props("unelevated").mark("s-submit")
        self._means()
        self.dialog.open()

    def _means(self) -> None:
        self.means.text = t("mean_" + self.meaning.value, self.page.lang) if self.meaning.value else ""

    async def submit(self) -> None:
        body = {"meaning": self.meaning.value, "password": self.password.value or ""}
        self.password.value = ""  # never kept in the page, whatever the answer
        if await self.page.api("POST", f"/api/permits/{self.p['id']}/signatures", body, self.error) is None:
            return
        self.dialog.close()
        lang = self.page.lang
        ui.notify(t("signed_ok", lang, meaning=t("m_" + body["meaning"], lang), user=self.page.user.get("username", "")),
                  type="positive")
        await self.page.load()


class SuspendDialog:
    """作业中断: whoever is on site for the work stops it at once and says why. The API records who and
    when; the rules of the plant see the permit suspended, as if one of them had stopped it."""

    def __init__(self, page: PermitBoardPage, p: Mapping[str, Any]) -> None:
        self.page, self.p, lang = page, p, page.lang
        self.dialog = transient_dialog()
        with self.dialog, ui.card().classes("w-96").style("max-width: 95vw").mark("suspend-dialog"):
            ui.label(f"{t('suspend_title', lang)} · {p['id']} {p['title']}").classes("text-h6")
            ui.label(t("suspend_means", lang)).classes("text-body2").mark("su-means")
            self.reason = ui.textarea(t("suspend_reason", lang)).classes("w-full").mark("su-reason")
            self.error = ui.label("").classes("text-negative text-caption").mark("su-error")
            with ui.row().classes("w-full justify-end"):
                ui.button(t("cancel", lang), on_click=self.dialog.close).props("flat").mark("su-cancel")
                ui.button(t("pa_suspend", lang), icon="pause_circle", on_click=self.submit).props(
                    "unelevated color=negative").mark("su-submit")
        self.dialog.open()

    async def submit(self) -> None:
        reason = (self.reason.value or "").strip()
        if not reason:
            self.error.text = t("reason_needed", self.page.lang)
            return
        if await self.page.api("POST", f"/api/permits/{self.p['id']}/suspend", {"reason": reason}, self.error) is None:
            return
        self.dialog.close()
        ui.notify(t("pa_suspend_done", self.page.lang, id=self.p["id"]), type="warning")
        await self.page.load()


class PermitDetails:
    """The permit's records: every gas analysis, the signatures with the terms' hash they are bound
    to, and each change of status (by whom, why)."""

    def __init__(self, page: PermitBoardPage, p: Mapping[str, Any]) -> None:
        self.page, self.p = page, p

    async def open(self) -> None:
        page, p, lang = self.page, self.p, self.page.lang
        analyses = await page.api("GET", f"/api/permits/{p['id']}/gas-analyses")
        if analyses is None:
            return
        dialog = transient_dialog()
        with dialog, ui.card().style("width: 34rem; max-width: 95vw").mark("permit-details"):
            ui.label(f"{p['id']} {p['title']}").classes("text-h6")
            ui.label(t("analyses", lang)).classes("text-subtitle2")
            if not analyses:
                ui.label(t("no_analyses", lang)).classes("text-caption text-grey-7")
            for a in analyses:
                ok = a["passing"]
                ui.label(("✔ " if ok else "✘ ") + gas_line(a, lang)).classes(
                    "text-caption " + ("text-positive" if ok else "text-negative")).mark("pd-analysis")
                if not ok:
                    ui.label(failures_text(a, lang)).classes("text-caption text-negative")
            ui.label(t("signatures", lang)).classes("text-subtitle2")
            for s in p.get("signatures") or []:
                ui.label(f"{t('m_' + s['meaning'], lang)}: {s['name']} ({s['username']}) · {when(s['signed_at'])} · "
                         f"#{s['record_hash'][:12]}").classes("text-caption text-mono").mark("pd-signature")
            ui.label(t("history", lang)).classes("text-subtitle2")
            with ui.timeline(side="right").props("dense"):
                for e in p.get("history") or []:
                    # no subtitle: Quasar would capitalise the names
                    with ui.timeline_entry().mark("pd-entry"), ui.column().classes("gap-0"):
                        ui.label(t("p_" + e["status"], lang) if e.get("status") in _STATES else str(e.get("status")))
                        ui.label(f"{when(e.get('at'))} · {e.get('by', '')}").classes("text-caption text-grey-7")
                        if e.get("reason"):
                            ui.label(str(e["reason"])).classes("text-caption")
            ui.button(t("close", lang), on_click=dialog.close).props("flat").mark("pd-close")
        dialog.open()


_STATES = {"draft", "active", "suspended", "expired", "closed"}
