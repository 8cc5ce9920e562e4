"""A plant's connectors from configuration, run beside the service (``serve``) or a headless box.

Configuration (JSON or TOML), one entry per connector; ``type`` names a registered connector
(``mqtt``, ``opcua``, ``modbus`` or a pack's), ``name`` makes the source id ``<type>:<name>``,
the rest goes to the connector's factory::

    {"connectors": [
      {"type": "mqtt", "name": "plant-a", "port": 1883, "topics": ["safeblocks/plant-a/ev/#"],
       "command_topic": "safeblocks/plant-a/cmd/{device}", "devices": ["CS-01.fan"], "keepalive_s": 10},
      {"type": "modbus", "name": "drive-7", "address": "10.0.0.7", "port": 502, "registers": [...]}]}
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from core.runtime.events import Event

from .base import Connector, LoopThread


def load_config(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    doc = tomllib.loads(p.read_text("utf-8")) if p.suffix == ".toml" else json.loads(p.read_text("utf-8"))
    items = doc.get("connectors", []) if isinstance(doc, dict) else doc
    return [dict(x) for x in items]


class PlantConnectors:
    """Build every configured connector (all problems at once), run them on one loop thread."""

    def __init__(self, host: Any, sink: Callable[[list[Event]], Any], config: Sequence[Mapping[str, Any]]) -> None:
        problems: list[str] = []
        self.connectors: list[Connector] = []
        seen: set[str] = set()
        for i, item in enumerate(config):
            cfg = dict(item)
            kind, name = cfg.pop("type", None), cfg.pop("name", None)
            spec = host.registry.connectors.get(kind) if isinstance(kind, str) else None
            if spec is None:
                problems.append(f"connectors[{i}]: unknown type {kind!r} / 未知的连接器类型 "
                                f"(known: {', '.join(host.registry.connectors.names())})")
                continue
            source = f"{kind}:{name}"
            if not name or source in seen:
                problems.append(f"connectors[{i}]: needs a unique name / 需要唯一的名称 ({source})")
                continue
            seen.add(source)
            try:
                self.connectors.append(spec.factory(source, host, sink, **cfg))
            except (TypeError, ValueError) as e:
                problems.append(f"connectors[{i}] ({source}): {e} / 配置错误")
        if problems:
            raise ValueError("\n".join(problems))
        self.loop: LoopThread | None = None
        self._futures: list[Any] = []

    def start(self) -> PlantConnectors:
        self.loop = LoopThread()
        self._futures = [self.loop.start(c) for c in self.connectors]
        return self

    def status(self) -> list[dict[str, Any]]:
        return [{"source": c.name, "kind": c.kind, "status": c.status, "events": c.stats.events,
                 "reconnects": c.stats.reconnects, "stale_marks": c.stats.stale_marks, "last_error": c.stats.last_error}
                for c in self.connectors]

    def stop(self, timeout: float = 10.0) -> None:
        for c in self.connectors:
            c.stop()
        for f in self._futures:
            try:
                f.result(timeout)
            except Exception:  # a connector that died already logged why; stopping must go on
                continue
        if self.loop is not None:
            self.loop.close()
            self.loop = None
