"""Event time: ISO 8601 strings or epoch seconds in, float epoch seconds inside, ISO out."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from functools import lru_cache


@lru_cache(maxsize=4096)
def _minute(prefix: str) -> float:
    """Epoch seconds of a ``YYYY-MM-DDTHH:MM`` prefix (UTC)."""
    return datetime.fromisoformat(prefix + ":00+00:00").timestamp()


def parse_ts(ts: object) -> float:
    """Epoch seconds (UTC) from an ISO 8601 string or a number.

    Strings without an offset are refused rather than read in the machine's local zone: a plant
    box in another zone would otherwise shift every timer.
    """
    if isinstance(ts, bool):
        raise ValueError(f"timestamp must be ISO 8601 or epoch seconds, not {ts!r}")
    if isinstance(ts, int | float):
        return _bounded(float(ts), ts)
    if not isinstance(ts, str):
        raise ValueError(f"timestamp must be ISO 8601 or epoch seconds, not {type(ts).__name__}")
    s = ts.strip()
    # fast path: "2026-01-05T08:00:01Z" / "...:01.250Z" (replays of millions of lines)
    if len(s) >= 20 and s[-1] == "Z" and s[10] in "T " and s[16] == ":" and s[13] == ":":
        try:
            return _minute(s[:10] + "T" + s[11:16]) + float(s[17:-1])
        except ValueError:
            pass
    try:
        f = float(s)
    except ValueError:
        pass
    else:
        return _bounded(f, ts)
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"timestamp {ts!r} is not ISO 8601 (e.g. 2026-01-05T08:00:00Z) nor epoch seconds") from None
    if dt.tzinfo is None:
        raise ValueError(f"timestamp {ts!r} has no time zone; add Z or an offset like +08:00")
    return dt.timestamp()


MIN_TS, MAX_TS = 0.0, 7_258_118_400.0  # 1970-01-01 .. 2200-01-01


def _bounded(f: float, raw: object) -> float:
    """Epoch seconds within 1970..2200; milliseconds (a common mistake) are named as such."""
    if not math.isfinite(f):
        raise ValueError(f"timestamp {raw!r} is not finite")
    if not MIN_TS <= f < MAX_TS:
        hint = " (it looks like milliseconds: divide by 1000)" if MAX_TS <= f < MAX_TS * 1000 else ""
        raise ValueError(f"timestamp {raw!r} is outside 1970..2200 in epoch seconds{hint}")
    return f


def format_ts(t: float) -> str:
    """ISO 8601 UTC with a Z; milliseconds only when there are any."""
    whole = math.floor(t)
    frac = t - whole
    base = datetime.fromtimestamp(whole, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    ms = round(frac * 1000)
    if ms == 1000:
        return format_ts(whole + 1)
    return f"{base}.{ms:03d}Z" if ms else f"{base}Z"
