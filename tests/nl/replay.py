"""A compact event notation for the corpus, expanded to events and replayed through a rule.

``SIG=VAL@A`` one sample; ``SIG=VAL@A..B`` a sample every second from A to B (``/STEP`` for
another step); ``SIG=V1|V2@A..B`` alternates V1, V2 at each step (rising edges for counts).
Segments are separated by ``;``; samples at one time keep the order of their segments.
"""

from __future__ import annotations

from typing import Any


def _value(s: str) -> Any:
    try:
        return float(s)
    except ValueError:
        return s


def expand(spec: str) -> list[tuple[float, str, Any]]:
    out: list[tuple[float, int, str, Any]] = []
    for k, seg in enumerate(x.strip() for x in spec.split(";")):
        if not seg:
            continue
        lhs, _, when = seg.rpartition("@")
        sig, _, val = lhs.partition("=")
        values = [_value(v) for v in val.split("|")]
        step = 1.0
        if "/" in when:
            when, st = when.split("/")
            step = float(st)
        if ".." in when:
            a, b = (float(x) for x in when.split(".."))
        else:
            a = b = float(when)
        i, t = 0, a
        while t <= b + 1e-9:
            out.append((t, k, sig, values[i % len(values)]))
            i += 1
            t = a + i * step
    out.sort(key=lambda e: (e[0], e[1]))
    return [(t, sig, v) for t, _, sig, v in out]
