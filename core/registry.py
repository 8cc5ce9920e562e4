"""What plugins register, and the host-owned registry that refuses collisions.

A plugin never touches :class:`Registry` directly: it receives a ``register`` callback bound to
its own name (see :mod:`core.plugins`), so every entry knows which pack it came from and a
collision names both packs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from core.rules.blockapi import BlockSpec

__all__ = [
    "BlockSpec",
    "ClauseSpec",
    "ConnectorSpec",
    "FormSpec",
    "LexiconEntry",
    "ModelSpec",
    "Registry",
    "RegistrationError",
]


@dataclass(frozen=True)
class FormSpec:
    id: str
    schema: Mapping[str, Any]
    ui_schema: Mapping[str, Any] = field(default_factory=dict)
    title: Mapping[str, str] = field(default_factory=dict)
    pack: str = ""

    @property
    def name(self) -> str:
        return self.id


@dataclass(frozen=True)
class ModelSpec:
    id: str
    descriptor: Mapping[str, Any]
    onnx_bytes: bytes = b""
    pack: str = ""

    @property
    def name(self) -> str:
        return self.id


@dataclass(frozen=True)
class ConnectorSpec:
    name: str
    factory: Callable[..., Any]
    config_schema: Mapping[str, Any] = field(default_factory=dict)
    title: Mapping[str, str] = field(default_factory=dict)
    pack: str = ""


@dataclass(frozen=True)
class ClauseSpec:
    """A regulation clause. ``verification`` is the catalogue's status (``verified``,
    ``unverified_recollection``, ...): explanations print it beside the clause."""

    id: str
    document: str
    clause: str
    verification: str
    text: Mapping[str, str] = field(default_factory=dict)
    pack: str = ""

    @property
    def name(self) -> str:
        return self.id


@dataclass(frozen=True)
class LexiconEntry:
    """A term of the natural-language compiler: ``terms`` are the words (zh and en) that mean it.

    The optional fields let packs extend the language without code: ``units`` are the units the
    term may be written in (``unit`` is its default), ``period_s`` the expected sample period of its
    signal, ``params`` kind-specific data (an action's block and params, a device's command and
    reviewed safe state, a permit state), ``labels`` the zh/en names printed in paraphrases.
    """

    id: str
    kind: str  # quantity | reference | device | permit | action | area | role | event | state
    terms: tuple[str, ...]
    unit: str | None = None
    signal: str | None = None
    pack: str = ""
    units: tuple[str, ...] = ()
    period_s: float | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.id


class RegistrationError(ValueError):
    """A plugin registered something invalid or colliding; the message names the plugin."""


T = TypeVar("T")


class _Table(Generic[T]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}
        self._owner: dict[str, str] = {}

    def add(self, name: str, item: T, owner: str) -> None:
        if not isinstance(name, str) or not name:
            raise RegistrationError(f"{owner}: {self.kind} needs a non-empty name")
        if name in self._items:
            raise RegistrationError(
                f"{owner}: {self.kind} {name!r} is already registered by {self._owner[name]!r}; "
                f"rename it (e.g. {owner}.{name}) or disable one of the packs with SAFEBLOCKS_PACKS"
            )
        self._items[name] = item
        self._owner[name] = owner

    def get(self, name: str) -> T | None:
        return self._items.get(name)

    def owner(self, name: str) -> str | None:
        return self._owner.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self):
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def names(self) -> list[str]:
        return sorted(self._items)

    def by_owner(self, owner: str) -> list[str]:
        return sorted(n for n, o in self._owner.items() if o == owner)


class Registry:
    """Everything the loaded plugins registered. Built once by :class:`core.plugins.PluginHost`."""

    def __init__(self) -> None:
        self.blocks: _Table[BlockSpec] = _Table("block")
        self.forms: _Table[FormSpec] = _Table("form")
        self.models: _Table[ModelSpec] = _Table("model")
        self.connectors: _Table[ConnectorSpec] = _Table("connector")
        self.clauses: _Table[ClauseSpec] = _Table("clause")
        self.lexicon: _Table[LexiconEntry] = _Table("lexicon entry")
        self.rules: _Table[Mapping[str, Any]] = _Table("rule")
        # rule id -> pack capabilities (actuators and their reviewed safe states)
        self.capabilities: dict[str, Mapping[str, Any]] = {}

    def block(self, name: str) -> BlockSpec | None:
        return self.blocks.get(name)
