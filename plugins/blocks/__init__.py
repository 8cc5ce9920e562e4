"""The default block catalogue, registered through ``register_blocks`` like any pack's blocks."""

from __future__ import annotations

from collections.abc import Callable

from core.hookspecs import hookimpl
from core.rules.blockapi import BlockSpec

from . import actions, compare, logic, mathstats, sources, timing

ALL: list[BlockSpec] = [*sources.SPECS, *compare.SPECS, *mathstats.SPECS, *timing.SPECS, *logic.SPECS, *actions.SPECS]


@hookimpl
def register_blocks(register: Callable[[BlockSpec], None]) -> None:
    for spec in ALL:
        register(spec)
