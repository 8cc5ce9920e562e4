"""Units: spelled many ways in plants, never converted implicitly.

Gas concentrations are the trap: %LEL (a detector's reading), %vol (a gas analysis), ppm and
mg/m³ measure different things for the same gas. A rule compares a value only with a limit in
the same unit; conversions must be explicit blocks with their assumptions written down.
"""

from __future__ import annotations

# canonical spelling -> (quantity family, zh name)
UNITS: dict[str, tuple[str, str]] = {
    "%vol": ("volume fraction", "体积分数"),
    "%LEL": ("fraction of lower explosive limit", "爆炸下限百分比"),
    "ppm": ("parts per million", "百万分比"),
    "mg/m3": ("mass concentration", "质量浓度"),
    "%OEL": ("fraction of occupational exposure limit", "职业接触限值百分比"),
    "degC": ("temperature", "摄氏度"),
    "K": ("temperature", "开尔文"),
    "degF": ("temperature", "华氏度"),
    "MPa": ("pressure", "兆帕"),
    "kPa": ("pressure", "千帕"),
    "Pa": ("pressure", "帕"),
    "bar": ("pressure", "巴"),
    "A": ("current", "安培"),
    "V": ("voltage", "伏特"),
    "kW": ("power", "千瓦"),
    "m/s": ("speed", "米每秒"),
    "Beaufort": ("wind force", "风级"),
    "mm/s": ("vibration velocity", "毫米每秒"),
    "rpm": ("rotational speed", "转每分"),
    "m": ("length", "米"),
    "mm": ("length", "毫米"),
    "t": ("mass", "吨"),
    "kg": ("mass", "千克"),
    "%": ("percent", "百分比"),
    "m3/h": ("volume flow", "立方米每小时"),
    "L/min": ("volume flow", "升每分钟"),
    "t/h": ("mass flow", "吨每小时"),
    "s": ("time", "秒"),
    "min": ("time", "分钟"),
    "h": ("time", "小时"),
    "1": ("dimensionless", "无量纲"),
    "lx": ("illuminance", "勒克斯"),
    "dB": ("sound level", "分贝"),
}

_ALIASES: dict[str, str] = {
    "%VOL": "%vol",
    "%v/v": "%vol",
    "vol%": "%vol",
    "%lel": "%LEL",
    "LEL%": "%LEL",
    "mg/m³": "mg/m3",
    "mg/m^3": "mg/m3",
    "℃": "degC",
    "°C": "degC",
    "C": "degC",
    "°F": "degF",
    "℉": "degF",
    "级": "Beaufort",
    "级风": "Beaufort",
    "r/min": "rpm",
    "m³/h": "m3/h",
    "m^3/h": "m3/h",
    "ratio": "1",
    "": "1",
}

_SYMBOL: dict[str, str] = {"degC": "℃", "degF": "℉", "mg/m3": "mg/m³", "m3/h": "m³/h", "Beaufort": "级", "1": ""}


def canonical(unit: str | None) -> str | None:
    """The canonical spelling of ``unit``, or ``None`` when none was given.

    Rates (``%LEL/min``) keep their numerator canonical. Unknown units raise ``ValueError``
    so a typo cannot silently match nothing.
    """
    if unit is None:
        return None
    u = unit.strip()
    if "/" in u and u not in UNITS and u not in _ALIASES:
        num, _, per = u.rpartition("/")
        if per in ("s", "min", "h") and num:
            return f"{canonical(num)}/{per}"
    u = _ALIASES.get(u, u)
    if u not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; known units: {', '.join(sorted(UNITS))}")
    return u


def is_known(unit: str) -> bool:
    try:
        canonical(unit)
    except ValueError:
        return False
    return True


def same(a: str | None, b: str | None) -> bool:
    """Whether two declared units are the same unit (after spelling aliases, nothing more)."""
    return canonical(a) == canonical(b)


def symbol(unit: str | None) -> str:
    """How to print a unit to a person."""
    if unit is None:
        return ""
    c = canonical(unit) or ""
    return _SYMBOL.get(c, c)
