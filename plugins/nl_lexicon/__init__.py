"""The default vocabulary of the sentence compiler (``safeblocks nl``), registered like any pack's.

The words live in ``lexicon.json`` (data first: a vendor copies the format into a pack's
``lexicon/*.json`` and extends the language without code). Quantities carry their usual units
(from the shared glossary) and a default sample period, devices their reviewed safe state,
actions the block they draft.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from core.hookspecs import hookimpl
from core.nl.lexicon import entries_from_files
from core.registry import LexiconEntry

LEXICON_FILE = Path(__file__).with_name("lexicon.json")


@hookimpl
def register_lexicon(register: Callable[[LexiconEntry], None]) -> None:
    for entry in entries_from_files([LEXICON_FILE], ""):
        register(entry)
