"""Undo / redo for the builder page: the toolbar buttons over a :class:`History` of its document.

Every edit goes through :meth:`UndoControl.edit`, which snapshots the document around it; undo and
redo hand a snapshot back to the page, which puts it on the canvas (Ctrl+Z / Ctrl+Shift+Z come from
the canvas component, which knows when a key belongs to a text field instead)."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from typing import Any

from nicegui import ui

from builder_ui.history import History
from builder_ui.i18n import t


def snapshot(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


class UndoControl:
    def __init__(self, document: Callable[[], Any], restore: Callable[[dict[str, Any]], None]) -> None:
        self.history = History()
        self.document, self.restore = document, restore
        self.undo_button: ui.button | None = None
        self.redo_button: ui.button | None = None

    def buttons(self, lang: str) -> None:
        """The two toolbar buttons; call inside the header row (again after a rebuild)."""
        # icon-only: the label names them for screen readers (and for the browser tests)
        self.undo_button = ui.button(icon="undo", on_click=self.undo).props(
            f'flat color=white aria-label="{t("undo", lang)}"').mark("undo")
        self.undo_button.tooltip(t("undo", lang))
        self.redo_button = ui.button(icon="redo", on_click=self.redo).props(
            f'flat color=white aria-label="{t("redo", lang)}"').mark("redo")
        self.redo_button.tooltip(t("redo", lang))
        self._enable()

    def edit(self, change: Callable[[], object], key: Hashable | None = None) -> None:
        """Apply ``change`` to the document as one step (merged with the previous one when it typed
        into the same field ``key`` a moment ago)."""
        before = snapshot(self.document())
        change()
        self.history.record(before, snapshot(self.document()), key)
        self._enable()

    def undo(self) -> None:
        self._go(self.history.undo)

    def redo(self) -> None:
        self._go(self.history.redo)

    def clear(self) -> None:
        self.history.clear()
        self._enable()

    def _go(self, step: Callable[[str], str | None]) -> None:
        doc = step(snapshot(self.document()))
        if doc is not None:
            self.restore(json.loads(doc))
        self._enable()

    def _enable(self) -> None:
        for button, on in ((self.undo_button, self.history.can_undo), (self.redo_button, self.history.can_redo)):
            if button is not None and not button.is_deleted:
                button.set_enabled(on)
