"""Reading numeric tables (CSV with a header, ``;`` or ``,``) for ``safeblocks model fit`` and ``eval``.

Deliberately small: the standard csv module, no pandas, so a plant box needs nothing extra to refit.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

LABEL_COLUMNS = ("anomaly", "changepoint")


@dataclass
class Table:
    path: Path
    columns: list[str]  # the numeric feature columns, in file order
    x: np.ndarray  # [rows, columns]
    ts: np.ndarray | None  # epoch seconds from the first column, if it is a timestamp
    labels: dict[str, np.ndarray]


def port_name(column: str) -> str:
    """A column name as a block port / descriptor feature name (``Volume Flow RateRMS`` -> ``Volume_Flow_RateRMS``)."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", column.strip())
    if not name or name[0].isdigit():
        name = "_" + name
    return name[:64]


def _float(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


def _ts(v: str) -> float | None:
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S.%f"):
        try:
            return datetime.strptime(v.strip(), fmt).replace(tzinfo=UTC).timestamp()
        except ValueError:
            continue
    return None


def read_table(path: Path, columns: Sequence[str] | None = None, labels: Sequence[str] = LABEL_COLUMNS) -> Table:
    path = Path(path)
    text = path.read_text("utf-8-sig")
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    rows = list(csv.reader(text.splitlines(), delimiter=delim))
    if len(rows) < 2:
        raise ValueError(f"{path}: no data rows")
    header, body = [h.strip() for h in rows[0]], [r for r in rows[1:] if r and any(c.strip() for c in r)]
    ts = None
    if body and _float(body[0][0]) is None and _ts(body[0][0]) is not None:
        stamps = [_ts(r[0]) for r in body]
        ts = np.array([s if s is not None else np.nan for s in stamps])
    label_set = {c.lower() for c in labels}
    if columns is None:
        columns = [h for i, h in enumerate(header) if h.lower() not in label_set
                   and all(_float(r[i]) is not None for r in body[: min(len(body), 50)] if i < len(r))]
        columns = [c for c in columns if not (ts is not None and c == header[0])]
    missing = [c for c in columns if c not in header]
    if missing:
        raise ValueError(f"{path}: no column(s) {', '.join(missing)}; the header has {', '.join(header)}")
    idx = [header.index(c) for c in columns]

    def cell(r: list[str], i: int) -> float:
        v = _float(r[i]) if i < len(r) else None
        return np.nan if v is None else v

    x = np.array([[cell(r, i) for i in idx] for r in body], dtype=np.float64)
    labs = {h: np.array([cell(r, header.index(h)) for r in body]) for h in header if h.lower() in label_set}
    return Table(path, list(columns), x, ts, labs)


def table_files(folder: Path) -> list[Path]:
    """CSV files of a folder in natural order (2.csv before 10.csv)."""
    def key(p: Path) -> tuple[int, str]:
        m = re.match(r"(\d+)", p.stem)
        return (int(m.group(1)) if m else 1 << 30, p.name)

    return sorted((p for p in Path(folder).glob("*.csv") if p.is_file()), key=key)
