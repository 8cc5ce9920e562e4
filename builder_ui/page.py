"""The rule builder page: palette | canvas, problems, test panel | inspector.

One :class:`BuilderPage` per browser tab. It owns the :class:`Draft`, turns canvas events into
document edits, re-validates after every edit and paints the result back on the canvas.
"""

from __future__ import annotations

from typing import Any

from nicegui import ui

from builder_ui.adapter import Backend, RuleError, parse_document
from builder_ui.canvas import RuleCanvas
from builder_ui.draft import Draft, overlay, summary
from builder_ui.i18n import pick, t
from builder_ui.inspector import Inspector
from builder_ui.lifecycle import Lifecycle
from builder_ui.nl_box import NLBox
from builder_ui.palette import Palette
from builder_ui.test_panel import TestPanel
from builder_ui.undo import UndoControl


class BuilderPage:
    def __init__(self, backend: Backend, lang: str = "zh") -> None:
        self.backend = backend
        self.lang = lang if lang in ("zh", "en") else "zh"
        self.blocks = backend.blocks()
        self.draft = Draft()
        self.selected: str | None = None
        self.problems: list[Any] = []
        self.checked: Any = None
        self.events: list[Any] = []
        self.trace: Any = None
        self.undo = UndoControl(lambda: self.draft.doc, self._restore)
        self.lifecycle = (Lifecycle(backend.service, self.lang, lambda: self.draft.doc, self.load,
                                    lambda h: self.canvas.set_overlay(highlight=h))
                          if backend.service is not None else None)
        self.root = ui.column().classes("w-full h-full gap-0 q-pa-none").mark("builder")
        self.build()

    # ------------------------------------------------------------ layout
    def build(self) -> None:
        lang = self.lang
        self.root.clear()
        with self.root:
            with ui.row().classes("w-full items-center q-px-md q-py-xs bg-blue-grey-9 text-white gap-2"):
                ui.icon("account_tree", size="md")
                ui.label(t("app_title", lang)).classes("text-h6")
                self.rule_label = ui.label("").classes("text-subtitle2 text-blue-grey-2").mark("rule-label")
                ui.link(t("forms", lang), f"/forms?lang={lang}").classes("text-blue-grey-2").mark("forms-link")
                ui.link(t("dashboard", lang), f"/dashboard?lang={lang}").classes("text-blue-grey-2").mark("dashboard-link")
                ui.space()
                self.undo.buttons(lang)
                ui.button(t("new", lang), icon="note_add", on_click=self.new).props("flat color=white").mark("new")
                ui.button(t("open", lang), icon="folder_open", on_click=self.open_dialog).props("flat color=white").mark("open")
                ui.button(t("save", lang), icon="save", on_click=self.save).props("flat color=white").mark("save")
                ui.button(t("download", lang), icon="download", on_click=self.download).props("flat color=white").mark("download")
                if self.lifecycle is not None:
                    self.lifecycle.lang = lang
                    self.lifecycle.buttons()
                ui.button(t("language", lang), icon="translate", on_click=self.toggle_lang).props("flat color=white").mark("lang")
            with ui.row().classes("w-full no-wrap items-stretch gap-0"):
                with ui.scroll_area().classes("w-64 bg-grey-1").style("height: calc(100vh - 56px)"):
                    Palette(self.backend.palette(), lang, self.add_from_palette)
                with ui.column().classes("grow gap-2 q-pa-sm min-w-0").style("height: calc(100vh - 56px); overflow-y: auto"):
                    if self.backend.nl_available():
                        NLBox(lang, self.backend.draft_from_sentence, self.load)
                    self.canvas = RuleCanvas(self.blocks, self.backend.accepts(), lang, t("drop_here", lang)).classes(
                        "w-full border rounded").style("height: 58vh; min-height: 420px").mark("canvas")
                    for event, handler in (("nodeadd", self._node_added), ("edgeadd", self._edge_added),
                                           ("nodemove", self._moved), ("itemsremove", self._removed),
                                           ("nodeselect", self._selected), ("undo", lambda _: self.undo.undo()),
                                           ("redo", lambda _: self.undo.redo())):
                        self.canvas.on_change(event, handler)
                    with ui.expansion(value=True).classes("w-full").props("dense") as self.problem_box:
                        with self.problem_box.add_slot("header"):
                            self.problem_header = ui.label("").classes("text-subtitle2").mark("problem-count")
                        self.problem_list = ui.column().classes("w-full gap-0").mark("problem-list")
                    self.tests = TestPanel(lang, self.upload_events, self.simulate, self.run_tests, self.show_time,
                                           self.lifecycle.backtest if self.lifecycle is not None else None)
                with ui.scroll_area().classes("w-80 bg-grey-1 q-pa-sm").style("height: calc(100vh - 56px)"):
                    self.inspector = Inspector(lang, self.set_param, self.set_meta, self.delete_node, self.suggestions())
        self.canvas.set_graph(self.draft.graph())
        self.refresh()
        self.show_inspector()

    def suggestions(self) -> dict[str, list[str]]:
        signals = set(self.backend.signals()) | {e.signal for e in self.events}
        return {"signal": sorted(signals), **self.backend.devices()}

    def toggle_lang(self) -> None:
        self.lang = "en" if self.lang == "zh" else "zh"
        self.draft.rev += 1  # the rebuilt canvas starts from the document
        self.build()
        if self.trace is not None:
            self.tests.show_trace(self.trace, self._order())

    # ------------------------------------------------------------ validation overlay
    def refresh(self) -> None:
        """Validate the draft and paint problems and param summaries on the canvas."""
        self.problems, self.checked = self.backend.validate(self.draft.doc)
        summaries = {}
        for n in self.draft.nodes:
            block = self.blocks.get(n.get("block", ""))
            if block:
                summaries[n["id"]] = summary(block, n.get("params") or {}, self.input_unit(n["id"]))
        self.canvas.set_overlay(problems=overlay(self.draft, self.problems, self.lang), summaries=summaries,
                                graph=self.draft.graph())
        self.rule_label.text = f"{self.draft.doc.get('id', '')} · v{self.draft.doc.get('version', '')}"
        self._problem_list()
        if self.selected and hasattr(self, "inspector"):
            self.inspector.set_problems(overlay(self.draft, self.problems, self.lang)["nodes"].get(self.selected, []))

    def _problem_list(self) -> None:
        lang = self.lang
        errors = [p for p in self.problems if p.severity == "error"]
        self.problem_header.text = t("no_problems", lang) if not self.problems else t("n_problems", lang, n=len(self.problems))
        self.problem_header.classes(replace="text-subtitle2 " + ("text-negative" if errors else "text-positive"))
        self.problem_list.clear()
        with self.problem_list:
            for p in self.problems:
                msg = p.zh if lang == "zh" else p.en
                where = p.node or (" → ".join(p.path) if p.path else p.pointer)
                with ui.row().classes("items-center gap-2 no-wrap cursor-pointer").mark(f"problem problem-{p.code}") as row:
                    ui.icon("error" if p.severity == "error" else "warning").classes(
                        "text-negative" if p.severity == "error" else "text-warning")
                    ui.label(p.code).classes("text-mono text-caption")
                    if where:
                        ui.label(where).classes("text-caption text-blue-grey-7")
                    ui.label(msg).classes("text-caption")
                    hint = pick(p.hint, lang) if p.hint else ""
                    if hint:
                        ui.tooltip(hint)
                if p.node:
                    row.on("click", lambda nid=p.node: self.select(nid))

    def input_unit(self, nid: str) -> str | None:
        if self.checked is None:
            return None
        for (dn, _port), srcs in self.checked.wires.items():
            if dn == nid and srcs:
                unit = self.checked.units.get(srcs[0])
                if unit:
                    return str(unit)
        return None

    # ------------------------------------------------------------ canvas events
    def _node_added(self, p: dict[str, Any]) -> None:
        if self.draft.node(p["id"]) is None and p.get("block") in self.blocks:
            self.undo.edit(lambda: self.draft.add_node(p["id"], p["block"], p.get("position")))
            self._edited()
            self.select(p["id"])

    def add_from_palette(self, block: str) -> None:
        nid = self.draft.new_id(block)
        k = len(self.draft.nodes)
        position = {"x": 40 + 220 * (k % 4), "y": 40 + 140 * (k // 4)}
        self.undo.edit(lambda: self.draft.add_node(nid, block, position))
        self.canvas.add_node({"id": nid, "block": block, "position": position})
        self._edited()
        self.select(nid)

    def _edge_added(self, p: dict[str, Any]) -> None:
        added: list[bool] = []
        self.undo.edit(lambda: added.append(self.draft.connect(p["from"], p["to"])))
        if added[0]:
            self._edited()

    def _moved(self, p: Any) -> None:
        def move() -> None:
            for item in p if isinstance(p, list) else [p]:
                self.draft.move(item["id"], item["position"])

        self.undo.edit(move)
        self.canvas.set_overlay(graph=self.draft.graph())

    def _removed(self, p: dict[str, Any]) -> None:
        def remove() -> None:
            self.draft.remove_nodes(p.get("nodes") or [])
            self.draft.remove_edges(p.get("edges") or [])

        self.undo.edit(remove)
        if self.selected and self.draft.node(self.selected) is None:
            self.selected = None
            self.show_inspector()
        self._edited()

    def _selected(self, p: dict[str, Any]) -> None:
        self.select(p.get("id") if isinstance(p, dict) else None)

    def _edited(self) -> None:
        # a replay describes the document it ran on; after an edit its values would mislead
        self.trace = None
        self.canvas.set_overlay(values={}, highlight={})
        self.refresh()

    # ------------------------------------------------------------ inspector
    def select(self, nid: str | None) -> None:
        self.selected = nid if nid and self.draft.node(nid) else None
        self.show_inspector()

    def show_inspector(self) -> None:
        node = self.draft.node(self.selected) if self.selected else None
        if node is None:
            self.inspector.show_rule(self.draft.doc)
            return
        msgs = overlay(self.draft, self.problems, self.lang)["nodes"].get(node["id"], [])
        self.inspector.show_node(node, self.blocks.get(node["block"]), self.input_unit(node["id"]), msgs)

    def set_param(self, nid: str, name: str, value: Any) -> None:
        self.undo.edit(lambda: self.draft.set_param(nid, name, value), key=("param", nid, name))
        self._edited()

    def set_meta(self, name: str, value: Any) -> None:
        self.undo.edit(lambda: self.draft.set_meta(name, value), key=("meta", name))
        self.refresh()

    def delete_node(self, nid: str) -> None:
        self.undo.edit(lambda: self.draft.remove_nodes([nid]))
        self.draft.rev += 1
        self.canvas.set_graph(self.draft.graph())
        self.select(None)
        self._edited()

    # ------------------------------------------------------------ test panel
    def upload_events(self, name: str, data: bytes) -> None:
        events, bad = self.backend.read_events(name, data)
        self.events = events
        self.inspector.suggestions = self.suggestions()  # the file's signals join the signal picker
        msg = t("events_loaded", self.lang, n=len(events))
        if bad:
            msg += " · " + t("bad_lines", self.lang, n=len(bad)) + ": " + "; ".join(b.format() for b in bad[:3])
        self.tests.message(msg, error=bool(bad))
        self.replay()

    def simulate(self) -> None:
        try:
            self.events = self.backend.simulate(self.draft.doc)
        except RuleError as e:
            self._cannot_run(e)
            return
        self.tests.message(t("events_loaded", self.lang, n=len(self.events)))
        self.replay()

    def replay(self) -> None:
        try:
            self.trace = self.backend.replay(self.draft.doc, self.events)
        except RuleError as e:
            self._cannot_run(e)
            return
        self.tests.show_trace(self.trace, self._order())

    def run_tests(self) -> None:
        try:
            results = self.backend.run_tests(self.draft.doc)
        except RuleError as e:
            self._cannot_run(e)
            return
        self.tests.show_tests([(r.name, r.ok, r.messages) for r in results])

    def _cannot_run(self, e: RuleError) -> None:
        first = [(p.zh if self.lang == "zh" else p.en) for p in e.problems[:3]]
        self.tests.message(t("replay_failed", self.lang) + ": " + "; ".join(first), error=True)

    def show_time(self, ts: float | None) -> None:
        if self.trace is None or ts is None:
            self.canvas.set_overlay(values={})
            return
        self.canvas.set_overlay(values={n["id"]: self.trace.value_at(n["id"], ts) for n in self.draft.nodes})

    def _order(self) -> list[str]:
        order = list(self.checked.order) if self.checked is not None and self.checked.order else []
        return order or [n["id"] for n in self.draft.nodes]

    # ------------------------------------------------------------ documents
    def load(self, doc: dict[str, Any]) -> None:
        """A new document on the canvas (a file, a pack rule, a sentence, the service's draft)."""
        if self.lifecycle is not None:
            self.lifecycle.base = None  # whoever loads from the service sets the base after this
        self.draft.replace(doc)
        self.undo.clear()  # another document: the steps of the last one do not apply to it
        self.selected, self.trace, self.events = None, None, []
        self.canvas.set_graph(self.draft.graph())
        self.canvas.set_overlay(values={}, highlight={})
        self.refresh()
        self.show_inspector()

    def _restore(self, doc: dict[str, Any]) -> None:
        """Undo / redo: the document as it was, on the canvas where the engineer left the view."""
        self.draft.replace(doc)
        self.canvas.set_graph({**self.draft.graph(), "fit": False})
        if self.selected and self.draft.node(self.selected) is None:
            self.selected = None
        self._edited()
        self.show_inspector()

    def new(self) -> None:
        self.load(Draft().doc)

    async def save(self) -> None:
        """Signed in to the service: its draft (revision checked, conflicts shown); else a local file."""
        if self.lifecycle is not None and self.lifecycle.token:
            failed = await self.lifecycle.save()
            if failed is None:
                ui.notify(t("saved_service", self.lang, id=self.draft.doc.get("id"), revision=self.lifecycle.base),
                          type="positive")
            elif failed.status != 409:
                ui.notify(failed.message(self.lang), type="negative")
            return
        path = self.backend.save_draft(self.draft.doc)
        ui.notify(t("saved", self.lang, path=path), type="positive")

    def download(self) -> None:
        name = f"{self.draft.doc.get('id', 'rule')}.json"
        ui.download.content(self.draft.to_json(), name, "application/json")

    async def open_dialog(self) -> None:
        lang = self.lang
        remote = {r["id"]: r for r in await self.lifecycle.service_rules()} if self.lifecycle else {}
        with ui.dialog() as dialog, ui.card().classes("w-96").mark("open-dialog"):
            ui.label(t("open", lang)).classes("text-h6")
            items = [(rid, "service") for rid in sorted(remote)]
            items += [(name, "draft") for name in self.backend.list_drafts()]
            items += [(rid, "pack") for rid in sorted(self.backend.pack_rules())]
            with ui.list().props("dense bordered separator").classes("w-full"):
                for name, kind in items:
                    def pick_item(name: str = name, kind: str = kind) -> None:
                        if kind == "service" and self.lifecycle is not None:
                            self.lifecycle.open_service_rule(remote[name])
                        else:
                            self._open(name, kind)
                        dialog.close()

                    ui.item(f"{name} ({kind})", on_click=pick_item).mark(f"open-item-{name}")

            async def uploaded(e: Any) -> None:
                self._open_text((await e.file.read()).decode("utf-8", "replace"), e.file.name)
                dialog.close()

            ui.upload(label=t("open_file", lang), auto_upload=True, on_upload=uploaded).props(
                'accept=".json" flat bordered').classes("w-full").mark("open-upload")
        dialog.open()

    def _open(self, name: str, kind: str) -> None:
        if kind == "pack":
            self.load(dict(self.backend.pack_rules()[name]))
            ui.notify(t("loaded", self.lang, id=name))
            return
        doc, problems = self.backend.load_draft(name)
        self._opened(doc, problems)

    def _open_text(self, text: str, file: str) -> None:
        doc, problems = parse_document(text, file)
        self._opened(doc, problems)

    def _opened(self, doc: dict[str, Any] | None, problems: list[Any]) -> None:
        if doc is None:
            msg = "; ".join((p.zh if self.lang == "zh" else p.en) for p in problems)
            ui.notify(t("load_failed", self.lang, msg=msg), type="negative")
            return
        self.load(doc)
        ui.notify(t("loaded", self.lang, id=doc.get("id", "")))
