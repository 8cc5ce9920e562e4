"""The Vue Flow canvas as a NiceGUI element.

The component is the committed Vite bundle ``static/canvas/rule_canvas.js`` (built from
``frontend/``); it imports ``vue`` from NiceGUI's import map, so no npm and no CDN at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from nicegui import ui
from nicegui.events import GenericEventArguments

DRAG_TYPE = "application/x-safeblocks-block"


class RuleCanvas(ui.element, component="static/canvas/rule_canvas.js"):
    """Events (each handler gets the event's dict): nodeadd {id, block, position},
    edgeadd {from, to}, nodemove [{id, position}], itemsremove {nodes, edges}, nodeselect {id}."""

    def __init__(self, blocks: Mapping[str, Any], accepts: Mapping[str, list[str]], lang: str, empty_text: str) -> None:
        super().__init__()
        self._props["blocks"] = dict(blocks)
        self._props["accepts"] = dict(accepts)
        self._props["lang"] = lang
        self._props["emptyText"] = empty_text
        self._props["graph"] = {"rev": 0, "nodes": [], "edges": []}
        self._props["problems"] = {"nodes": {}, "edges": {}}
        self._props["values"] = {}
        self._props["summaries"] = {}
        self._props["highlight"] = {}

    def on_change(self, event: str, handler: Callable[[Any], None]) -> RuleCanvas:
        self.on(event, lambda e: handler(_payload(e)))
        return self

    def set_graph(self, graph: Mapping[str, Any]) -> None:
        self._props["graph"] = dict(graph)
        self.update()

    def set_overlay(self, *, problems: Mapping[str, Any] | None = None, values: Mapping[str, Any] | None = None,
                    summaries: Mapping[str, str] | None = None, graph: Mapping[str, Any] | None = None,
                    highlight: Mapping[str, str] | None = None) -> None:
        """Repaint problems / values / summaries.

        Sent as a ``setOverlay`` call, not a props update: a props update re-sends every prop
        (the block catalogue, a 200-node graph) and re-renders every node. The props are still
        kept current, so a re-mounted canvas (and a User test) sees the same state. ``graph``
        keeps the document's graph in the props without a new revision (no canvas reset)."""
        delta: dict[str, Any] = {}
        for key, val in (("problems", problems), ("values", values), ("summaries", summaries), ("highlight", highlight)):
            if val is not None:
                self._props[key] = delta[key] = dict(val)
        if graph is not None:
            self._props["graph"] = dict(graph)
        if delta and self.client.has_socket_connection:
            self.run_method("setOverlay", delta)

    def add_node(self, node: Mapping[str, Any]) -> None:
        self.run_method("addNode", dict(node))


def _payload(e: GenericEventArguments) -> Any:
    args = e.args
    # NiceGUI passes a single emitted argument as is, several as a list
    if isinstance(args, list) and len(args) == 1:
        return args[0]
    return args
