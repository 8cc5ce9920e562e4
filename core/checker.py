"""``safeblocks check``: one checker reporting every problem of rules, packs and forms at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from core.packs import read_manifest
from core.plugins import PluginHost
from core.rules.document import collect_sources
from core.rules.problems import Problem
from core.rules.validate import validate


def check_paths(paths: Sequence[str]) -> list[Problem]:
    problems: list[Problem] = []
    pack_dirs = []
    for item in paths:
        p = Path(item)
        if (p / "pack.toml").is_file():
            _, probs = read_manifest(p.resolve())
            problems += probs
            if not any(x.severity == "error" for x in probs):
                pack_dirs.append(p)
    host = PluginHost.load(pack_dirs=pack_dirs)
    # the pack folders were checked above; report what loading found besides (collisions, broken code)
    seen = {(x.code, x.en, x.file) for x in problems}
    problems += [x for x in host.problems if (x.code, x.en, x.file) not in seen and x.code not in ("unsigned", "no_file_manifest")]
    items = [i for i in paths if not ((Path(i) / "pack.toml").is_file() and Path(i) not in pack_dirs)]
    sources, probs = collect_sources(items, host.pack_rules(), host.pack_dirs())
    problems += probs
    ids: dict[str, str | None] = {}
    for src in sources:
        caps = host.capabilities_of(src.pack)
        found, _ = validate(src.doc, host.registry, caps)
        problems += [x.located(src.file, src.line(x.pointer)) for x in found]
        rid = src.doc.get("id") if isinstance(src.doc, dict) else None
        if isinstance(rid, str):
            if rid in ids:
                problems.append(Problem("duplicate_rule", f"rule id {rid!r} is also defined in {ids[rid]}",
                                        f"规则编号 “{rid}” 已在 {ids[rid]} 中定义", pointer="/id", file=src.file,
                                        line=src.line("/id")))
            ids[rid] = src.file
    return problems
