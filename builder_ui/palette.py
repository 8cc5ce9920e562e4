"""The block palette: the registry's blocks grouped by category, with their icons.

Each entry is draggable (HTML5 drag and drop onto the canvas) and clickable (adds the block in
view), so the palette also works from a keyboard and from the User test harness.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from nicegui import ui

from builder_ui.canvas import DRAG_TYPE
from builder_ui.i18n import category, pick, t


class Palette:
    def __init__(self, groups: list[tuple[str, list[dict[str, Any]]]], lang: str,
                 on_add: Callable[[str], None]) -> None:
        self.on_add = on_add
        with ui.column().classes("w-full gap-0").mark("palette") as self.root:
            ui.label(t("palette", lang)).classes("text-subtitle1 text-weight-medium q-px-sm")
            for cat, blocks in groups:
                with ui.expansion(category(cat, lang), value=True).classes("w-full").props(
                        "dense header-class=text-weight-medium").mark(f"palette-group-{cat}"):
                    for block in blocks:
                        self._entry(block, lang)

    def _entry(self, block: dict[str, Any], lang: str) -> None:
        name = block["name"]
        # the drag payload is the block name; the canvas reads it on drop
        handler = (f"(e) => {{ e.dataTransfer.setData({json.dumps(DRAG_TYPE)}, {json.dumps(name)});"
                   " e.dataTransfer.effectAllowed = 'copy'; }")
        tip = pick(block.get("description"), lang) or name
        with ui.item(on_click=lambda name=name: self.on_add(name)).props("dense clickable draggable=true").classes(
                "sb-palette-item cursor-grab").mark(f"palette-{name}") as item:
            item.props(f'data-block="{name}"')
            item.on("dragstart", js_handler=handler)
            with ui.item_section().props("avatar").classes("min-w-0"):
                ui.icon(block.get("icon") or "widgets", size="sm").classes("text-blue-grey-8")
            with ui.item_section():
                ui.item_label(pick(block.get("title"), lang, name))
                ui.item_label(name).props("caption")
            ui.tooltip(tip)
