"""Every hook a safeblocks plugin may implement.

Plugins (built-ins under ``plugins/`` and industry packs alike) implement these with
``@hookimpl``. Only :mod:`core.plugins` calls them, through its typed facade.

The ``register_*`` hooks receive a host-owned ``register`` callback. The host binds that
callback to the calling plugin, so a collision (two packs registering ``compare.gt``) is
reported naming both packs, and a plugin that raises is skipped with a warning instead of
taking the runtime down.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from core.registry import (
        BlockSpec,
        ClauseSpec,
        ConnectorSpec,
        FormSpec,
        LexiconEntry,
        ModelSpec,
    )
    from core.runtime.decisions import Decision
    from core.runtime.events import Event

hookspec = pluggy.HookspecMarker("safeblocks")
hookimpl = pluggy.HookimplMarker("safeblocks")


@hookspec
def register_blocks(register: Callable[[BlockSpec], None]) -> None:
    """Register rule blocks (node types of the rule graph).

    :param register: call once per :class:`core.registry.BlockSpec`; a block name that another
        plugin already registered is refused and reported naming both plugins.
    """


@hookspec
def register_forms(register: Callable[[FormSpec], None]) -> None:
    """Register form templates (JSON Schema 2020-12 plus a UI schema).

    :param register: call once per :class:`core.registry.FormSpec`.
    """


@hookspec
def register_models(register: Callable[[ModelSpec], None]) -> None:
    """Register anomaly models (an ONNX file and its descriptor).

    :param register: call once per :class:`core.registry.ModelSpec`.
    """


@hookspec
def register_connectors(register: Callable[[ConnectorSpec], None]) -> None:
    """Register plant connectors (MQTT, OPC UA, Modbus, simulators, ...).

    :param register: call once per :class:`core.registry.ConnectorSpec`.
    """


@hookspec
def register_clauses(register: Callable[[ClauseSpec], None]) -> None:
    """Register regulation clauses that rules cite.

    :param register: call once per :class:`core.registry.ClauseSpec`; a clause must state its
        verification status, never present an unverified number as law.
    """


@hookspec
def register_lexicon(register: Callable[[LexiconEntry], None]) -> None:
    """Register natural-language terms (zh/en synonyms, default units, signal patterns).

    :param register: call once per :class:`core.registry.LexiconEntry`.
    """


@hookspec
def register_rules(register: Callable[[Mapping[str, Any]], None]) -> None:
    """Register rule documents built in code (data files under ``rules/`` are found without it).

    :param register: call once per ``safeblocks.rule/1`` document.
    """


@hookspec(firstresult=True)
def normalize_event(source: str, payload: Any) -> Sequence[Event] | None:
    """Turn a connector payload into events. ``firstresult``: the first plugin that returns a
    list (even an empty one) owns the payload; return ``None`` to pass.

    :param source: the connector id the payload came from (``"mqtt:plant-a"``).
    :param payload: the raw payload, as the connector received it.
    """


@hookspec(firstresult=True)
def execute_action(action: Mapping[str, Any], decision: Decision) -> Mapping[str, Any] | None:
    """Carry out one action of a decision. ``firstresult``: the first plugin that returns a result
    handled it; return ``None`` for action types you do not own. Must be idempotent on
    ``action["idempotency_key"]``: the host may retry after a crash.

    :param action: the action record (``type``, target, ``idempotency_key``, ...).
    :param decision: the decision that asked for it.
    """


@hookspec
def on_decision(decision: Decision) -> None:
    """Observe every decision after it was appended to the decision log.

    :param decision: the decision, with its hash-chain fields filled in.
    """


@hookspec
def mount_app(app: Any) -> None:
    """Mount routes or pages on the service's ASGI app (the builder UI mounts itself here).

    :param app: the FastAPI application.
    """
