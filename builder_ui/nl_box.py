"""The natural-language box: one sentence (zh or en) drafts the graph on the canvas.

Present only when core's compiler (``core.nl``) is installed. Unresolved terms come back as
questions; each gets a field where the engineer names the signal, device or permit it means.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from nicegui import ui

from builder_ui.i18n import pick, t


class NLBox:
    def __init__(self, lang: str, compile_: Callable[[str, Mapping[str, str]], Mapping[str, Any]],
                 on_rule: Callable[[dict[str, Any]], None]) -> None:
        self.lang, self.compile, self.on_rule = lang, compile_, on_rule
        self.bindings: dict[str, str] = {}
        with ui.column().classes("w-full gap-1").mark("nl-box"):
            with ui.row().classes("w-full items-center no-wrap gap-2"):
                ui.icon("edit_note", size="sm").classes("text-blue-grey-8")
                self.text = ui.input(placeholder=t("nl_placeholder", lang)).props("dense outlined").classes(
                    "grow").mark("nl-text")
                self.text.on("keydown.enter", self.run)
                ui.button(t("nl_draft", lang), icon="auto_fix_high", on_click=self.run).props("unelevated").mark("nl-draft")
            self.out = ui.column().classes("w-full gap-0").mark("nl-result")

    def run(self) -> None:
        res = self.compile(self.text.value or "", {k: v for k, v in self.bindings.items() if v.strip()})
        self.out.clear()
        with self.out:
            for q in res.get("questions", []):
                with ui.row().classes("items-center gap-2 no-wrap"):
                    ui.icon("help_outline").classes("text-warning")
                    ui.label(pick(q, self.lang)).classes("text-caption").mark("nl-question")
                    term = q.get("term")
                    if term:
                        ui.input(term, value=self.bindings.get(term, ""),
                                 on_change=lambda e, term=term: self.bindings.__setitem__(term, e.value or ""),
                                 ).props("dense").classes("w-56").mark(f"nl-bind-{term}")
            for note in res.get("notes", []):
                ui.label(pick(note, self.lang)).classes("text-caption text-grey-7")
            if res.get("rule"):
                ui.label(pick(res.get("paraphrase"), self.lang)).classes("text-caption text-positive").mark("nl-paraphrase")
                self.on_rule(dict(res["rule"]))
