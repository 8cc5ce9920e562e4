"""Undo and redo of the rule document: bounded stacks of snapshots taken around each edit.

Pure data (no NiceGUI). A snapshot is the document's JSON text: small (a 200-node rule is tens of
kB), immutable, and equal exactly when the documents are, so an edit that changed nothing (a click
that did not move a node, a removal the canvas reported twice) leaves no empty step behind.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Hashable

LIMIT = 100
# keystrokes into one field within this pause are one step, as in any editor; a later edit of the
# same field is a step of its own
MERGE_S = 1.5


class History:
    def __init__(self, limit: int = LIMIT) -> None:
        self.undos: deque[str] = deque(maxlen=limit)
        self.redos: deque[str] = deque(maxlen=limit)
        self._key: Hashable | None = None
        self._at = 0.0

    @property
    def can_undo(self) -> bool:
        return bool(self.undos)

    @property
    def can_redo(self) -> bool:
        return bool(self.redos)

    def record(self, before: str, after: str, key: Hashable | None = None, now: float | None = None) -> bool:
        """An edit turned ``before`` into ``after``; ``key`` names the field typed into (None for
        canvas edits, which are each a step). Returns whether a step was added."""
        if before == after:
            return False
        now = time.monotonic() if now is None else now
        merge = key is not None and key == self._key and now - self._at < MERGE_S and bool(self.undos)
        self._key, self._at = key, now
        self.redos.clear()
        if merge:
            return False
        self.undos.append(before)
        return True

    def undo(self, current: str) -> str | None:
        """The document before the last step (``current`` becomes redoable), or None."""
        if not self.undos:
            return None
        self._key = None
        self.redos.append(current)
        return self.undos.pop()

    def redo(self, current: str) -> str | None:
        if not self.redos:
            return None
        self._key = None
        self.undos.append(current)
        return self.redos.pop()

    def clear(self) -> None:
        self.undos.clear()
        self.redos.clear()
        self._key = None
