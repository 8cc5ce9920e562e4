"""Validation problems are data: the CLI prints them, the API returns them, the canvas paints them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    code: str  # stable machine code: cycle, unit_mismatch, unknown_block, ...
    en: str
    zh: str
    pointer: str = ""  # JSON pointer into the document ("/nodes/1/params/unit")
    node: str | None = None
    edge: int | None = None
    path: tuple[str, ...] = ()  # node ids along a cycle
    file: str | None = None
    line: int | None = None
    severity: str = "error"  # error | warning
    hint: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "severity": self.severity, "message": {"en": self.en, "zh": self.zh}}
        if self.pointer:
            out["pointer"] = self.pointer
        if self.node is not None:
            out["node"] = self.node
        if self.edge is not None:
            out["edge"] = self.edge
        if self.path:
            out["path"] = list(self.path)
        if self.file:
            out["file"] = self.file
        if self.line is not None:
            out["line"] = self.line
        if self.hint:
            out["hint"] = dict(self.hint)
        return out

    def located(self, file: str | None, line: int | None = None) -> Problem:
        return Problem(
            self.code, self.en, self.zh, self.pointer, self.node, self.edge, self.path,
            file, line if line is not None else self.line, self.severity, self.hint,
        )

    def format(self, lang: str = "en") -> str:
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}"
        loc = " ".join(x for x in (where, self.pointer, f"node {self.node}" if self.node else "") if x)
        msg = self.zh if lang == "zh" else self.en
        hint = self.hint.get(lang) if self.hint else None
        text = f"{self.severity}[{self.code}] {loc}: {msg}" if loc else f"{self.severity}[{self.code}]: {msg}"
        return text + (f"\n    -> {hint}" if hint else "")


class RuleError(Exception):
    """Raised when a rule set cannot be loaded or compiled; carries every problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems))


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from path parts."""
    out = []
    for p in parts:
        s = str(p).replace("~", "~0").replace("/", "~1")
        out.append(s)
    return "/" + "/".join(out) if out else ""
