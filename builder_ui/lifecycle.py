"""Sign in, publish, version history with its diff, rollback, and conflicts that are shown, never
silently overwritten. Present only when the builder runs inside the service (see service.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nicegui import ui

from builder_ui.i18n import t
from builder_ui.service import Reply, ServiceClient
from builder_ui.signin import SignIn


class Lifecycle:
    def __init__(self, client: ServiceClient, lang: str, get_doc: Callable[[], dict[str, Any]],
                 load: Callable[[dict[str, Any]], None], highlight: Callable[[dict[str, str]], None]) -> None:
        self.client, self.lang, self.get_doc, self.load_doc = client, lang, get_doc, load
        self.highlight = highlight
        self.auth = SignIn(client, lang)
        self.plant = "plant-a"
        # the service draft revision this document is based on; None = not from the service
        self.base: int | None = None

    @property
    def token(self) -> str | None:
        return self.auth.token

    # ------------------------------------------------------------ header
    def buttons(self) -> None:
        """Header buttons; call inside the header row (rebuilt with the page)."""
        lang = self.auth.lang = self.lang
        self.auth.button()
        ui.button(t("publish", lang), icon="publish", on_click=self.publish_dialog).props("flat color=white").mark("publish")
        ui.button(t("versions", lang), icon="history", on_click=self.versions_dialog).props("flat color=white").mark("versions")

    def _need_token(self) -> bool:
        return self.auth.need_token()

    # ------------------------------------------------------------ publish
    def publish_dialog(self) -> None:
        if self._need_token():
            return
        lang = self.lang
        with ui.dialog() as dialog, ui.card().classes("w-96").mark("publish-dialog"):
            ui.label(t("publish", lang)).classes("text-h6")
            plant = ui.input(t("plant", lang), value=self.plant).classes("w-full").mark("plant")
            note = ui.input(t("note", lang)).classes("w-full").mark("publish-note")
            self.publish_msg = ui.label("").classes("text-negative text-caption").mark("publish-error")

            async def go() -> None:
                self.plant = plant.value or self.plant
                if await self.publish(note.value or ""):
                    dialog.close()

            ui.button(t("publish", lang), icon="publish", on_click=go).props("unelevated").mark("publish-go")
        dialog.open()

    async def save(self) -> Reply | None:
        """Save the canvas document as the service's draft (creating the rule if new).
        Returns the failed reply, or None when saved; a conflict opens the conflict dialog."""
        assert self.token
        doc = self.get_doc()
        rid = str(doc.get("id", ""))
        cur = await self.client.rule(self.token, rid)
        if cur.status == 404:
            r = await self.client.create(self.token, self.plant, doc)
        elif cur.ok and self.base is not None and self.base == cur.body["revision"]:
            r = await self.client.save_draft(self.token, rid, doc, self.base)
        elif cur.ok:
            # the service has a draft this document was not based on: show it, never overwrite it
            self.conflict_dialog(cur.body)
            return Reply(409, None)
        else:
            r = cur
        if r.status == 409:
            self.conflict_dialog(r.body.get("current") or {})
            return r
        if not r.ok:
            return r
        self.base = r.body["revision"]
        return None

    async def publish(self, note: str) -> bool:
        """Save the draft on the service, then publish exactly that revision."""
        assert self.token
        failed = await self.save()
        if failed is not None:
            if failed.status != 409:
                self.publish_msg.text = failed.message(self.lang)
            return False
        rid = str(self.get_doc().get("id", ""))
        assert self.base is not None
        p = await self.client.publish(self.token, rid, self.base, note)
        if not p.ok:
            self.publish_msg.text = p.message(self.lang) + _problems(p, self.lang)
            return False
        ui.notify(t("published", self.lang, id=rid, version=p.body["version"]), type="positive")
        return True

    async def backtest(self, start: str, end: str) -> Reply | None:
        """The draft and the published version over the plant's stored events of [start, end]."""
        if self._need_token():
            return None
        assert self.token
        failed = await self.save()
        if failed is not None:
            if failed.status != 409:
                ui.notify(failed.message(self.lang), type="negative")
            return None
        return await self.client.backtest(self.token, str(self.get_doc().get("id", "")), start, end)

    def conflict_dialog(self, current: dict[str, Any]) -> None:
        lang = self.lang
        with ui.dialog() as dialog, ui.card().classes("w-96").mark("conflict-dialog"):
            ui.label(t("conflict", lang)).classes("text-h6 text-negative")
            ui.label(t("conflict_text", lang, revision=current.get("revision"), user=current.get("updated_by"))
                     ).mark("conflict-text")

            def theirs() -> None:
                self.load_doc(current.get("draft") or current.get("doc") or {})
                self.base = current.get("revision")
                dialog.close()

            def mine() -> None:
                # an explicit choice: the next publish saves over the revision the engineer just saw
                self.base = current.get("revision")
                dialog.close()
                ui.notify(t("keep_mine_hint", lang))

            with ui.row():
                ui.button(t("load_theirs", lang), on_click=theirs).props("unelevated").mark("load-theirs")
                ui.button(t("keep_mine", lang), on_click=mine).props("outline").mark("keep-mine")
        dialog.open()

    async def service_rules(self) -> list[dict[str, Any]]:
        """The rules the signed-in engineer may see on the service (for the Open dialog)."""
        if not self.token:
            return []
        r = await self.client.rules(self.token)
        return list(r.body) if r.ok else []

    def open_service_rule(self, rule: dict[str, Any]) -> None:
        self.load_doc(dict(rule["draft"]))
        self.base = rule["revision"]  # after load, which forgets the previous base
        self.plant = rule.get("plant") or self.plant

    # ------------------------------------------------------------ versions
    async def versions_dialog(self) -> None:
        if self._need_token():
            return
        assert self.token
        lang = self.lang
        rid = str(self.get_doc().get("id", ""))
        r = await self.client.versions(self.token, rid)
        with ui.dialog() as dialog, ui.card().classes("w-full").style("max-width: 900px").mark("versions-dialog"):
            ui.label(f"{t('versions', lang)} · {rid}").classes("text-h6")
            if not r.ok or not r.body:
                ui.label(r.message(lang) if not r.ok else t("no_versions", lang)).mark("no-versions")
            for v in reversed(r.body if r.ok else []):
                with ui.card().classes("w-full").mark(f"version version-{v['version']}"):
                    with ui.row().classes("items-center w-full"):
                        ui.badge(f"v{v['version']}", color="primary")
                        ui.label(f"{v['published_by']} · {str(v['published_at'])[:19]}").classes("text-caption")
                        if v.get("rollback_of"):
                            ui.label(t("rollback_of", lang, version=v["rollback_of"])).classes("text-caption")
                        if v.get("note"):
                            ui.label(v["note"]).classes("text-caption text-grey-8")
                        ui.space()
                        ui.button(t("show_changes", lang), icon="difference",
                                  on_click=lambda v=v: self._show(v, dialog)).props("flat dense").mark(f"show-{v['version']}")
                        ui.button(t("rollback", lang), icon="restore",
                                  on_click=lambda v=v: self._rollback(rid, v["version"], dialog)).props(
                            "flat dense").mark(f"rollback-{v['version']}")
                    _diff(v.get("diff") or [])
        dialog.open()

    def _show(self, v: dict[str, Any], dialog: ui.dialog) -> None:
        """Open the version on the canvas with the nodes its diff touched outlined."""
        self.load_doc(dict(v["doc"]))
        self.highlight(changed_nodes(v.get("diff") or []))
        dialog.close()

    async def _rollback(self, rid: str, version: int, dialog: ui.dialog) -> None:
        assert self.token
        r = await self.client.rollback(self.token, rid, version)
        if not r.ok:
            ui.notify(r.message(self.lang), type="negative")
            return
        dialog.close()
        ui.notify(t("rolled_back", self.lang, version=version, new=r.body["version"]), type="positive")


def changed_nodes(diff: list[dict[str, Any]]) -> dict[str, str]:
    """Node ids a version's diff touches: "added" for a new node, else "changed"."""
    out: dict[str, str] = {}
    for d in diff:
        if d.get("op") == "layout":  # a node only moved: a canvas tidy-up, not a logic change
            continue
        parts = str(d.get("path", "")).split("/")
        if len(parts) >= 3 and parts[1] == "nodes":
            nid = parts[2]
            if d.get("op") == "add" and len(parts) == 3:
                out[nid] = "added"
            elif d.get("op") != "remove" or len(parts) > 3:
                out.setdefault(nid, "changed")
        elif len(parts) >= 2 and parts[1] == "edges":
            for key in ("before", "after"):
                e = d.get(key)
                if isinstance(e, dict):
                    for end in ("from", "to"):
                        out.setdefault(str(e.get(end, "")).split(".")[0], "changed")
    out.pop("", None)
    return out


def _diff(diff: list[dict[str, Any]]) -> None:
    """The version's diff against the one before: one coloured line per change."""
    colours = {"add": "text-positive", "remove": "text-negative", "change": "text-blue-grey-9", "layout": "text-grey-6"}
    for d in diff[:50]:
        op = d.get("op", "")
        text = f"{op} {d.get('path', '')}"
        if op == "change":
            text += f": {d.get('before')!r} → {d.get('after')!r}"
        ui.label(text).classes("text-mono text-caption " + colours.get(op, "")).mark("diff-line")


def _problems(r: Reply, lang: str) -> str:
    probs = r.body.get("problems") if isinstance(r.body, dict) else None
    if not probs:
        return ""
    return ": " + "; ".join(str((p.get("message") or {}).get(lang, p.get("code"))) for p in probs[:3])
