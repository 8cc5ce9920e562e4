"""Built-in model blocks (``model.score``), registered through ``register_blocks`` like any pack's blocks."""

from __future__ import annotations

from collections.abc import Callable

from core.hookspecs import hookimpl
from core.rules.blockapi import BlockSpec

from .score import MODEL_SCORE

ALL: list[BlockSpec] = [MODEL_SCORE]


@hookimpl
def register_blocks(register: Callable[[BlockSpec], None]) -> None:
    for spec in ALL:
        register(spec)
