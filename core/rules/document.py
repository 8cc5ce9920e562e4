"""Reading rule documents from files, folders and packs, with file and line in every error."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from core.rules.jsonpos import line_of_pointer
from core.rules.problems import Problem

SCHEMA_ID = "safeblocks.rule/1"
MAX_RULE_BYTES = 2 * 1024 * 1024


@cache
def rule_schema() -> dict[str, Any]:
    """The published JSON Schema of ``safeblocks.rule/1`` (shipped as package data)."""
    text = resources.files("core.rules").joinpath("schema/rule.schema.json").read_text("utf-8")
    return json.loads(text)


@dataclass
class RuleSource:
    """A rule document and where it came from (for errors and for the pack's capabilities)."""

    doc: Any
    file: str | None = None
    text: str | None = None
    pack: str | None = None

    def line(self, pointer: str) -> int | None:
        if self.text is None or not pointer:
            return None
        return line_of_pointer(self.text, pointer)


def canonical_json(obj: Any) -> str:
    """The one serialisation hashes are computed over: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def rule_hash(doc: Mapping[str, Any]) -> str:
    """SHA-256 of what evaluation depends on: canvas positions and labels do not change the hash."""
    semantic = {k: v for k, v in doc.items() if k not in ("tests",)}
    nodes = [{k: v for k, v in n.items() if k not in ("position", "label")} for n in doc.get("nodes", [])]
    semantic["nodes"] = nodes
    return hashlib.sha256(canonical_json(semantic).encode()).hexdigest()


def parse_rule_text(text: str, file: str | None = None) -> tuple[RuleSource | None, list[Problem]]:
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RULE_BYTES:
        return None, [Problem(
            "too_large", f"rule document is larger than {MAX_RULE_BYTES} bytes",
            f"规则文件超过 {MAX_RULE_BYTES} 字节", file=file,
        )]
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        return None, [Problem(
            "malformed_json", f"not valid JSON: {e.msg} (column {e.colno})",
            f"不是合法的 JSON：{e.msg}（第 {e.colno} 列）", file=file, line=e.lineno,
            hint={"en": "check for a missing comma or quote near that line", "zh": "检查该行附近是否缺少逗号或引号"},
        )]
    except ValueError as e:
        return None, [Problem("malformed_json", str(e), f"JSON 中不允许 {e}", file=file)]
    return RuleSource(doc=doc, file=file, text=text), []


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a rule document (use a number)")


def load_rule_file(path: Path) -> tuple[RuleSource | None, list[Problem]]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        return None, [Problem("unreadable", f"cannot read file: {e.strerror}", f"无法读取文件：{e.strerror}", file=str(path))]
    if len(raw) > MAX_RULE_BYTES:
        return None, [Problem("too_large", f"file is larger than {MAX_RULE_BYTES} bytes",
                              f"文件超过 {MAX_RULE_BYTES} 字节", file=str(path))]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, [Problem("encoding", f"not UTF-8 at byte {e.start}", f"第 {e.start} 字节处不是 UTF-8 编码", file=str(path))]
    return parse_rule_text(text, str(path))


def rule_files(folder: Path) -> list[Path]:
    """Rule files of a folder: ``*.json`` (sorted) directly in it or in its ``rules/`` subfolder."""
    sub = folder / "rules"
    base = sub if sub.is_dir() else folder
    return sorted(p for p in base.rglob("*.json") if p.is_file())


def collect_sources(
    items: Iterable[str], pack_rules: Mapping[str, list[RuleSource]], pack_dirs: Mapping[Path, str] | None = None
) -> tuple[list[RuleSource], list[Problem]]:
    """RULES arguments of the CLI: rule files, folders of them, pack folders or pack ids.

    ``pack_dirs`` maps each loaded pack's resolved folder to its id."""
    pack_dirs = pack_dirs or {}
    sources: list[RuleSource] = []
    problems: list[Problem] = []
    for item in items:
        p = Path(item)
        if p.is_file():
            src, probs = load_rule_file(p)
            problems += probs
            if src:
                sources.append(src)
        elif p.is_dir():
            if (p / "pack.toml").is_file():
                # a pack folder is the pack loaded from THAT folder, never one of the same name
                # elsewhere; a pack that failed its checks loads nothing (not even as loose files)
                loaded = pack_dirs.get(p.resolve())
                if loaded is None:
                    problems.append(Problem(
                        "pack_rejected", "this pack failed its checks (see the problems above): none of its rules are loaded",
                        "该行业包未通过检查（见上文），其规则均未加载", file=str(p),
                        hint={"en": "run `safeblocks check` on the folder", "zh": "对该目录运行 `safeblocks check`"}))
                else:
                    sources += pack_rules[loaded]
                continue
            pack_id = None
            files = rule_files(p)
            if not files:
                problems.append(Problem("no_rules", "no rule files (*.json) in this folder",
                                        "该目录中没有规则文件（*.json）", file=str(p)))
            for f in files:
                src, probs = load_rule_file(f)
                problems += probs
                if src:
                    src.pack = pack_id
                    sources.append(src)
        elif item in pack_rules:
            sources += pack_rules[item]
        else:
            problems.append(Problem(
                "not_found", f"{item!r} is neither a rule file, a folder nor an installed pack id",
                f"“{item}” 既不是规则文件、目录，也不是已安装的行业包", file=item,
                hint={"en": "run `safeblocks packs` to list installed packs", "zh": "运行 `safeblocks packs` 查看已安装的行业包"},
            ))
    return sources, problems
