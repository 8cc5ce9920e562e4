"""Where in a JSON text a JSON pointer lands, so errors can say "file:line".

A small scanner over already-valid JSON (``json.loads`` succeeded first): it walks the text
once, recording the line on which each value starts, and stops when the pointer is reached.
"""

from __future__ import annotations

import json

_WS = " \t\r\n"
_decoder = json.JSONDecoder()


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def line_of_pointer(text: str, pointer: str) -> int | None:
    """1-based line where the value at ``pointer`` starts (or its nearest existing parent)."""
    want = [_unescape(p) for p in pointer.split("/")[1:]] if pointer else []
    pos = 0
    best = 1
    n = len(text)

    def skip(i: int) -> int:
        while i < n and text[i] in _WS:
            i += 1
        return i

    pos = skip(pos)
    depth = 0
    while True:
        best = text.count("\n", 0, pos) + 1
        if depth == len(want):
            return best
        key = want[depth]
        if pos >= n:
            return best
        ch = text[pos]
        if ch == "{":
            pos = skip(pos + 1)
            found = False
            while pos < n and text[pos] != "}":
                name, pos = _decoder.raw_decode(text, pos)
                pos = skip(pos)
                pos = skip(pos + 1)  # ':'
                if name == key:
                    found = True
                    break
                _, pos = _decoder.raw_decode(text, pos)
                pos = skip(pos)
                if pos < n and text[pos] == ",":
                    pos = skip(pos + 1)
            if not found:
                return best
        elif ch == "[":
            if not key.isdigit():
                return best
            idx = int(key)
            pos = skip(pos + 1)
            i = 0
            while pos < n and text[pos] != "]" and i < idx:
                _, pos = _decoder.raw_decode(text, pos)
                pos = skip(pos)
                if pos < n and text[pos] == ",":
                    pos = skip(pos + 1)
                i += 1
            if i != idx or pos >= n or text[pos] == "]":
                return best
        else:
            return best
        depth += 1
