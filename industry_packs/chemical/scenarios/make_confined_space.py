"""Write confined_space_run.csv: a simulated confined-space entry into vessel CS-01, deterministic.

Timeline (seconds after 2026-01-05T08:00:00Z; the 4-gas detector reports every second, O2 in
steps of 0.1 %vol, combustible gas in whole %LEL, as real instruments do):

    0      permit CS-0001 approved (issued 07:55, gas test 07:50); hot-work and lifting permits closed
    60     permit active: entry begins; O2 20.9 %vol, no combustible gas
    600    slow O2 depletion, -0.1 %vol every 30 s: 19.5 at 1020, 19.4 at 1050
    1052   the fan controller reports force_on (it answers the interlock's command)
    1055   the permit system suspends CS-0001
    1110   forced ventilation recovers O2, +0.1 %vol every 20 s: 19.7 at 1170, 20.9 at 1410
    1500   re-test; 1530 permit active again
    1800   combustible gas rises 1 %LEL every 20 s: 10 %LEL at 2000, peak 14 %LEL
    2005   permit suspended
    2100   gas falls 1 %LEL every 20 s: 8 at 2200, 7 at 2220, 0 at 2360
    2480   re-test; 2500 permit active again
    2700   the 4-gas detector drops out (no data) until 2759
    2705   permit suspended
    2760   detector back, all readings normal
    2790   re-test; 2820 permit active again
    3300   work complete, permit closed; data ends at 3400

Run: python make_confined_space.py  (writes the CSV beside this file)
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

START = datetime(2026, 1, 5, 8, 0, 0, tzinfo=UTC)
END = 3400
DROPOUT = range(2700, 2760)
PERMIT_STATES = {0: "approved", 60: "active", 1055: "suspended", 1530: "active", 2005: "suspended",
                 2500: "active", 2705: "suspended", 2820: "active", 3300: "closed"}
GAS_TESTS = {0: -600, 1500: 1500, 2480: 2480, 2790: 2790}  # published at: time of the test


def iso(t: float) -> str:
    return (START + timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%SZ")


def o2_tenths(t: int) -> int:
    """O2 in tenths of %vol: steady, a slow depletion, then recovery under forced ventilation."""
    if t < 600:
        return 209
    if t < 1110:
        return 209 - (t - 600) // 30
    return min(209, 193 + 1 + (t - 1110) // 20)


def lel(t: int) -> int:
    """Combustible gas in %LEL: a passing isolation lets gas in, ventilation takes it out."""
    if t < 1800:
        return 0
    if t < 2100:
        return min(14, (t - 1800) // 20)
    return max(0, 13 - (t - 2100) // 20)


def first_below(limit_tenths: int) -> int:
    return next(t for t in range(END) if o2_tenths(t) < limit_tenths)


def rows() -> list[tuple[int, int, str, object]]:
    out: list[tuple[int, int, str, object]] = [
        (0, 0, "permit.HW-0001.status", "closed"),
        (0, 0, "permit.LI-0001.status", "closed"),
        (0, 0, "permit.CS-0001.issued_at", iso(-300)),
    ]
    out += [(t, 0, "CS-0001.gas_test.ts", iso(taken)) for t, taken in GAS_TESTS.items()]
    out += [(t, 1, "permit.CS-0001.status", s) for t, s in PERMIT_STATES.items()]
    fan_forced_from = first_below(195) + 2  # the fan controller answers the O2 interlock 2 s later
    for t in range(END + 1):
        if t not in DROPOUT:
            out += [(t, 2, "CS-01.o2", f"{o2_tenths(t) / 10:.1f}"), (t, 2, "CS-01.lel", lel(t)),
                    (t, 2, "CS-01.h2s", "0.0"), (t, 2, "CS-01.co", "2.0")]
        if t % 2 == 0:
            out.append((t, 3, "CS-01.fan.state", "force_on" if t >= fan_forced_from else "on"))
            out.append((t, 3, "GD-101.lel", f"{(t // 2) % 3 * 0.5:.1f}"))
        if t % 5 == 0:
            out.append((t, 3, "CS-01.attendant", "present"))
        if t % 10 == 0:
            out.append((t, 3, "WX-01.wind_speed", f"{2.0 + (t // 10) % 4 * 0.5:.1f}"))
    return sorted(out, key=lambda r: (r[0], r[1]))


def write(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["ts", "signal", "value"])
        for t, _, signal, value in rows():
            w.writerow([iso(t), signal, value])
    return path


if __name__ == "__main__":
    print(write(Path(__file__).with_name("confined_space_run.csv")))
