"""The rule being edited: a ``safeblocks.rule/1`` document plus the edits the canvas reports.

Pure data (no NiceGUI), so the page logic is testable without a browser. The canvas is the
source of truth for node ids and positions it creates; this document is the source of truth for
everything else, and the only thing saved.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from typing import Any

from core.rules.problems import Problem

_ID_BASE = re.compile(r"[^A-Za-z0-9_]")


def new_document(lang: str = "zh") -> dict[str, Any]:
    return {
        "schema": "safeblocks.rule/1",
        "id": "draft.new_rule",
        "version": 1,
        "title": {"zh": "新规则", "en": "New rule"},
        "risk_level": "L2",
        "clauses": [],
        "on_unknown": "alert",
        "nodes": [],
        "edges": [],
        "tests": [],
    }


class Draft:
    def __init__(self, doc: Mapping[str, Any] | None = None) -> None:
        self.doc: dict[str, Any] = copy.deepcopy(dict(doc)) if doc else new_document()
        self.doc.setdefault("nodes", [])
        self.doc.setdefault("edges", [])
        self.rev = 1  # bumped when the whole graph is replaced (the canvas then resets)

    # ------------------------------------------------------------ queries
    @property
    def nodes(self) -> list[dict[str, Any]]:
        return self.doc["nodes"]

    @property
    def edges(self) -> list[dict[str, Any]]:
        return self.doc["edges"]

    def node(self, nid: str) -> dict[str, Any] | None:
        return next((n for n in self.nodes if n.get("id") == nid), None)

    def graph(self) -> dict[str, Any]:
        return {"rev": self.rev, "nodes": [{"id": n["id"], "block": n["block"], "position": n.get("position")}
                                           for n in self.nodes], "edges": list(self.edges)}

    def to_json(self) -> str:
        return json.dumps(self.doc, ensure_ascii=False, indent=2) + "\n"

    def new_id(self, block: str) -> str:
        base = _ID_BASE.sub("_", block.split(".")[-1]) or "n"
        taken = {n.get("id") for n in self.nodes}
        i = 1
        while f"{base}{i}" in taken:
            i += 1
        return f"{base}{i}"

    # ------------------------------------------------------------ edits
    def replace(self, doc: Mapping[str, Any]) -> None:
        self.doc = copy.deepcopy(dict(doc))
        self.doc.setdefault("nodes", [])
        self.doc.setdefault("edges", [])
        layout(self.doc)
        self.rev += 1

    def add_node(self, nid: str, block: str, position: Mapping[str, float] | None = None,
                 params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        if self.node(nid) is not None:
            raise ValueError(f"node id {nid!r} is already used")
        node: dict[str, Any] = {"id": nid, "block": block, "params": dict(params or {})}
        if position is not None:
            node["position"] = {"x": float(position["x"]), "y": float(position["y"])}
        self.nodes.append(node)
        return node

    def move(self, nid: str, position: Mapping[str, float]) -> None:
        node = self.node(nid)
        if node is not None:
            node["position"] = {"x": float(position["x"]), "y": float(position["y"])}

    def connect(self, src: str, dst: str) -> bool:
        edge = {"from": src, "to": dst}
        if edge in self.edges:
            return False
        self.edges.append(edge)
        return True

    def remove_nodes(self, ids: list[str]) -> None:
        gone = set(ids)
        self.doc["nodes"] = [n for n in self.nodes if n.get("id") not in gone]
        self.doc["edges"] = [e for e in self.edges
                             if str(e.get("from", "")).split(".")[0] not in gone
                             and str(e.get("to", "")).split(".")[0] not in gone]

    def remove_edges(self, keys: list[str]) -> None:
        gone = set(keys)
        self.doc["edges"] = [e for e in self.edges if edge_key(e) not in gone]

    def set_param(self, nid: str, name: str, value: Any) -> None:
        """Set one param; ``None`` or "" removes it, so the block's default applies."""
        node = self.node(nid)
        if node is None:
            return
        params = node.setdefault("params", {})
        if value is None or value == "" or value == []:
            params.pop(name, None)
        else:
            params[name] = value

    def set_meta(self, name: str, value: Any) -> None:
        if value is None or value == "":
            self.doc.pop(name, None)
        else:
            self.doc[name] = value


def layout(doc: dict[str, Any]) -> None:
    """Give nodes without a position one: columns by depth from the sources (left to right),
    rows in document order. Pack rules and natural-language drafts come without positions."""
    nodes = [n for n in doc.get("nodes", []) if isinstance(n, dict) and "id" in n]
    if all("position" in n for n in nodes):
        return
    preds: dict[str, set[str]] = {n["id"]: set() for n in nodes}
    for e in doc.get("edges", []):
        src, dst = str(e.get("from", "")).split(".")[0], str(e.get("to", "")).split(".")[0]
        if dst in preds and src in preds and src != dst:
            preds[dst].add(src)
    depth: dict[str, int] = {}

    def d(nid: str, seen: frozenset[str] = frozenset()) -> int:
        if nid not in depth:
            # a cycle (an invalid draft) stops the walk instead of recursing forever
            depth[nid] = 1 + max((d(p, seen | {nid}) for p in preds[nid] if p not in seen), default=-1)
        return depth[nid]

    rows: dict[int, int] = {}
    for n in nodes:
        col = d(n["id"])
        row = rows.get(col, 0)
        rows[col] = row + 1
        n.setdefault("position", {"x": 40 + 260 * col, "y": 40 + 150 * row})


def edge_key(edge: Mapping[str, Any]) -> str:
    return f"{edge.get('from')}->{edge.get('to')}"


def overlay(draft: Draft, problems: list[Problem], lang: str) -> dict[str, Any]:
    """Problems by node id and by edge key (the canvas paints them), plus the rest for the list."""
    nodes: dict[str, list[str]] = {}
    edges: dict[str, list[str]] = {}
    for p in problems:
        msg = p.zh if lang == "zh" else p.en
        if p.edge is not None and 0 <= p.edge < len(draft.edges):
            edges.setdefault(edge_key(draft.edges[p.edge]), []).append(msg)
        targets = list(p.path) if p.path else ([p.node] if p.node else [])
        if not targets and p.pointer.startswith("/nodes/"):
            # a schema problem names the node only by its index in the pointer
            idx = p.pointer.split("/")[2]
            if idx.isdigit() and int(idx) < len(draft.nodes):
                targets = [draft.nodes[int(idx)]["id"]]
        for nid in dict.fromkeys(targets):
            nodes.setdefault(nid, []).append(msg)
        if p.path:
            # a cycle: paint its edges too
            for a, b in zip(p.path, p.path[1:]):
                for e in draft.edges:
                    if str(e["from"]).split(".")[0] == a and str(e["to"]).split(".")[0] == b:
                        edges.setdefault(edge_key(e), []).append(msg)
    return {"nodes": nodes, "edges": edges}


def summary(block: Mapping[str, Any], params: Mapping[str, Any], unit: str | None) -> str:
    """One line on the node: the params an engineer checks at a glance (threshold, duration, device)."""
    name = block.get("name", "")
    u = params.get("unit") or unit or ""
    sym = {"compare.gt": ">", "compare.ge": "≥", "compare.lt": "<", "compare.le": "≤",
           "compare.equals": "=", "compare.not_equals": "≠"}.get(name)
    if sym and "value" in params:
        return f"{sym} {params['value']} {u}".strip()
    if name in ("compare.outside", "compare.inside") and "low" in params and "high" in params:
        return f"{'∉' if name.endswith('outside') else '∈'} [{params['low']}, {params['high']}] {u}".strip()
    for key in ("signal", "device", "permit", "duration_s", "sop", "value"):
        if key in params:
            text = f"{params[key]} s" if key == "duration_s" else str(params[key])
            if key == "device" and "command" in params:
                text += f" → {params['command']}"
            return text
    return ""
