"""Events in: CSV (ts,signal,value[,quality]) and JSON Lines, read fast and strictly.

A bad line is reported with its file and line number and skipped; it never stops the replay
and never turns into a value (a bad number becomes quality "bad", i.e. UNKNOWN).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from core.timeutil import parse_ts

QUALITIES = ("good", "uncertain", "bad")


class Event(NamedTuple):
    ts: float
    signal: str
    value: Any
    quality: str = "good"


@dataclass
class BadLine:
    file: str
    line: int
    message: str

    def format(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def coerce_value(raw: str) -> Any:
    """CSV cells are text: numbers become floats, empty becomes None, the rest stays text."""
    if raw == "":
        return None
    try:
        return float(raw)
    except ValueError:
        return raw


def event_from_obj(obj: Any) -> Event:
    """An event from a JSON object or a ``[ts, signal, value, quality?]`` list."""
    if isinstance(obj, list | tuple):
        if not 3 <= len(obj) <= 4:
            raise ValueError("an event list is [ts, signal, value] or [ts, signal, value, quality]")
        ts, signal, value = obj[0], obj[1], obj[2]
        quality = obj[3] if len(obj) == 4 else "good"
    elif isinstance(obj, dict):
        extra = set(obj) - {"ts", "signal", "value", "quality"}
        if extra:
            raise ValueError(f"unknown event field(s): {', '.join(sorted(extra))}")
        if "ts" not in obj or "signal" not in obj:
            raise ValueError("an event needs ts and signal")
        ts, signal, value, quality = obj["ts"], obj["signal"], obj.get("value"), obj.get("quality", "good")
    else:
        raise ValueError("an event is a JSON object or list")
    if not isinstance(signal, str) or not signal or len(signal) > 200:
        raise ValueError("signal must be a non-empty string of at most 200 characters")
    if quality not in QUALITIES:
        raise ValueError(f"quality must be one of {', '.join(QUALITIES)}, not {quality!r}")
    if isinstance(value, dict | list):
        raise ValueError("value must be a number, a string, true/false or null")
    return Event(parse_ts(ts), signal, value, quality)


def read_events(path: Path, errors: list[BadLine] | None = None) -> Iterator[Event]:
    """Events of a ``.csv`` or ``.jsonl``/``.ndjson`` file, in file order."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _read_csv(path, errors)
    elif suffix in (".jsonl", ".ndjson", ".json"):
        yield from _read_jsonl(path, errors)
    else:
        raise ValueError(f"{path}: unknown event file type {suffix!r} (use .csv or .jsonl)")


def _bad(errors: list[BadLine] | None, file: str, line: int, msg: str) -> None:
    if errors is not None:
        errors.append(BadLine(file, line, msg))


def _read_csv(path: Path, errors: list[BadLine] | None) -> Iterator[Event]:
    for row in read_csv_rows(path, errors):
        yield Event(*row)


def read_csv_rows(path: Path, errors: list[BadLine] | None = None) -> Iterator[tuple[float, str, Any, str]]:
    """(ts, signal, value, quality) tuples of a CSV file: the replay hot path (no objects per row)."""
    name = str(path)
    minutes: dict[str, float] = {}
    with path.open("r", encoding="utf-8", newline="") as fh:
        header = fh.readline().strip().lstrip("\ufeff")
        cols = [c.strip() for c in header.split(",")]
        if cols[:3] != ["ts", "signal", "value"] or len(cols) > 4 or (len(cols) == 4 and cols[3] != "quality"):
            raise ValueError(f"{name}:1: CSV header must be ts,signal,value[,quality], found {header!r}")
        lineno = 1
        for line in fh:
            lineno += 1
            parts = line.rstrip("\r\n").split(",")
            n = len(parts)
            if n < 3 or n > 4:
                if line.strip():
                    _bad(errors, name, lineno, f"expected 3 or 4 columns, found {n}")
                continue
            raw_ts = parts[0]
            # "2026-01-05T08:00:01.250Z": the minute is parsed once, the seconds per line
            base = minutes.get(raw_ts[:16]) if len(raw_ts) >= 20 and raw_ts[-1] == "Z" and raw_ts[16] == ":" else None
            try:
                if base is not None:
                    ts = base + float(raw_ts[17:-1])
                else:
                    ts = parse_ts(raw_ts)
                    if len(raw_ts) >= 20 and raw_ts[-1] == "Z" and raw_ts[16] == ":":
                        minutes[raw_ts[:16]] = parse_ts(raw_ts[:16] + ":00Z")
            except ValueError as e:
                _bad(errors, name, lineno, str(e))
                continue
            raw = parts[2]
            try:
                value: Any = float(raw)
            except ValueError:
                value = None if raw == "" else raw
            if n == 4:
                q = parts[3]
                if q not in QUALITIES:
                    _bad(errors, name, lineno, f"quality must be good, uncertain or bad, not {q!r}")
                    continue
                yield ts, parts[1], value, q
            else:
                yield ts, parts[1], value, "good"


def _read_jsonl(path: Path, errors: list[BadLine] | None) -> Iterator[Event]:
    name = str(path)
    with path.open("r", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield event_from_obj(json.loads(line))
            except ValueError as e:  # JSONDecodeError is a ValueError
                _bad(errors, name, lineno, str(e))


def is_bad_number(v: Any) -> bool:
    """NaN, ±inf, null and non-numbers are bad where a number is expected."""
    if v is None or isinstance(v, bool):
        return True
    if isinstance(v, float):
        return not math.isfinite(v)
    return not isinstance(v, int)
