"""The plugin host: the only module that calls hooks (a typed facade, tox 4 style).

There is no module-global plugin manager: every :class:`PluginHost` owns its own, so tests and
the service can load different pack sets side by side.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pluggy

from core import hookspecs
from core.packs import PackManifest, read_manifest
from core.registry import ClauseSpec, FormSpec, RegistrationError, Registry
from core.rules.document import RuleSource, load_rule_file, rule_files
from core.rules.problems import Problem

log = logging.getLogger("safeblocks.plugins")

BUILTIN_GROUP = "safeblocks.builtins"
PACK_GROUP = "safeblocks.packs"
# used when the distribution metadata is absent (running from a source tree)
_BUILTIN_FALLBACK = {"blocks": "plugins.blocks", "models": "plugins.models", "nl_lexicon": "plugins.nl_lexicon",
                     "connectors": "plugins.connectors", "simulator": "plugins.simulator", "builder": "plugins.builder"}
_REGISTER_HOOKS = ("register_blocks", "register_forms", "register_models", "register_connectors",
                   "register_clauses", "register_lexicon", "register_rules")


@dataclass
class LoadedPack:
    manifest: PackManifest
    rules: list[RuleSource] = field(default_factory=list)


def allow_list(env: str | None = None) -> set[str] | None:
    """Pack ids from ``SAFEBLOCKS_PACKS`` ("a,b"); None means every installed pack."""
    raw = os.environ.get("SAFEBLOCKS_PACKS") if env is None else env
    if raw is None or raw.strip() == "*":
        return None
    return {p.strip() for p in raw.split(",") if p.strip()}


class PluginHost:
    def __init__(self) -> None:
        self.pm = pluggy.PluginManager("safeblocks")
        self.pm.add_hookspecs(hookspecs)
        self.registry = Registry()
        self.packs: dict[str, LoadedPack] = {}
        self.problems: list[Problem] = []

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, packs: Iterable[str] | None = None, pack_dirs: Sequence[Path] = (),
             entry_points: bool = True) -> PluginHost:
        """Built-ins, then installed packs (allow-listed), then pack folders given by path."""
        host = cls()
        host._load_builtins()
        allowed = set(packs) if packs is not None else allow_list()
        # folders named explicitly win over an installed pack of the same id (a vendor testing a
        # new version of an installed pack gets the folder they named, never the old one)
        for d in pack_dirs:
            host.load_pack_dir(Path(d))
        if entry_points:
            for name, module in host._entry_points(PACK_GROUP):
                if (allowed is not None and name not in allowed) or name in host.packs:
                    continue
                folder = host._module_folder(module)
                if folder is None:
                    host._report(Problem("broken_pack", f"pack {name!r}: module {module!r} not found",
                                         f"行业包 “{name}”：找不到模块 {module}", file=name))
                    continue
                host.load_pack_dir(folder, module=module)
        host._run_register_hooks()
        return host

    def _entry_points(self, group: str) -> list[tuple[str, str]]:
        eps = importlib.metadata.entry_points(group=group)
        return sorted((ep.name, ep.value) for ep in eps)

    def _load_builtins(self) -> None:
        found = dict(self._entry_points(BUILTIN_GROUP)) or _BUILTIN_FALLBACK
        for name, module in sorted(found.items()):
            try:
                mod = importlib.import_module(module)
            except Exception as e:  # a broken built-in is reported, the rest still load
                self._report(Problem("broken_plugin", f"built-in {name}: import failed: {e!r}", f"内置插件 {name} 导入失败：{e!r}"))
                continue
            self.pm.register(mod, name=f"builtin.{name}")

    @staticmethod
    def _module_folder(module: str) -> Path | None:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            return None
        if spec is None or not spec.submodule_search_locations:
            return None
        return Path(list(spec.submodule_search_locations)[0])

    def load_pack_dir(self, folder: Path, module: str | None = None) -> LoadedPack | None:
        """Read and check the manifest first; import the pack's code only if the manifest is sound."""
        folder = folder.resolve()
        for lp in self.packs.values():
            if lp.manifest.path == folder:
                return lp
        manifest, problems = read_manifest(folder)
        for p in problems:
            self._report(p)
        if manifest is None:
            log.warning("pack at %s skipped: %s", folder, "; ".join(p.en for p in problems if p.severity == "error"))
            return None
        if manifest.id in self.packs:
            self._report(Problem("duplicate_pack", f"pack id {manifest.id!r} is installed twice ({self.packs[manifest.id].manifest.path})",
                                 f"行业包 “{manifest.id}” 重复安装", file=str(folder)))
            return None
        lp = LoadedPack(manifest)
        if manifest.module or module:
            mod_name = module or manifest.module or manifest.id
            try:
                mod = self._import_pack(mod_name, folder)
                self.pm.register(mod, name=manifest.id)
            except Exception as e:  # never let a pack take the runtime down
                self._report(Problem("broken_pack", f"pack {manifest.id!r}: importing {mod_name} failed: {e!r}",
                                     f"行业包 “{manifest.id}” 导入代码失败：{e!r}", file=str(folder)))
                return None
        self.packs[manifest.id] = lp
        self._load_pack_data(lp)
        return lp

    @staticmethod
    def _import_pack(module: str, folder: Path) -> Any:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.origin and Path(spec.origin).parent.resolve() == folder:
            return importlib.import_module(module)
        # a pack folder outside the installed packages: import it under a private name
        name = f"safeblocks_pack_{folder.name}"
        spec = importlib.util.spec_from_file_location(name, folder / "__init__.py", submodule_search_locations=[str(folder)])
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {folder}")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
        return mod

    def _load_pack_data(self, lp: LoadedPack) -> None:
        folder, pid = lp.manifest.path, lp.manifest.id
        if (folder / "rules").is_dir():
            for f in rule_files(folder):
                src, probs = load_rule_file(f)
                for p in probs:
                    self._report(p)
                if src is not None:
                    src.pack = pid
                    lp.rules.append(src)
                    if isinstance(src.doc, dict) and isinstance(src.doc.get("id"), str):
                        self._add(pid, "register_rules", partial(self.registry.rules.add, src.doc["id"], src.doc, pid))
        for f in sorted((folder / "clauses").glob("*.json")) if (folder / "clauses").is_dir() else []:
            try:
                items = json.loads(f.read_text("utf-8"))
                for c in items if isinstance(items, list) else [items]:
                    spec = ClauseSpec(id=c["id"], document=c["document"], clause=c["clause"],
                                      verification=c["verification"], text=c.get("text", {}), pack=pid)
                    self._add(pid, "register_clauses", partial(self.registry.clauses.add, spec.id, spec, pid))
            except (ValueError, KeyError, TypeError) as e:
                self._report(Problem("bad_clause", f"cannot read clause file: {e!r}", f"无法读取条款文件：{e!r}", file=str(f)))
        for f in sorted((folder / "forms").glob("*.json")) if (folder / "forms").is_dir() else []:
            try:
                doc = json.loads(f.read_text("utf-8"))
                form = FormSpec(id=doc["id"], schema=doc["schema"], ui_schema=doc.get("ui_schema", {}),
                                title=doc.get("title", {}), pack=pid)
                self._add(pid, "register_forms", partial(self.registry.forms.add, form.id, form, pid))
            except (ValueError, KeyError, TypeError) as e:
                self._report(Problem("bad_form", f"cannot read form file: {e!r}", f"无法读取表单文件：{e!r}", file=str(f)))

    def _add(self, owner: str, hook: str, fn: Callable[[], None]) -> None:
        """Register a pack's data file through the same collision checks as a hook would."""
        try:
            fn()
        except RegistrationError as e:
            self._report(Problem("collision", str(e), f"注册冲突：{e}", file=owner))
            return

    def _run_register_hooks(self) -> None:
        tables = {"register_blocks": self.registry.blocks, "register_forms": self.registry.forms,
                  "register_models": self.registry.models, "register_connectors": self.registry.connectors,
                  "register_clauses": self.registry.clauses, "register_lexicon": self.registry.lexicon,
                  "register_rules": self.registry.rules}
        for hook in _REGISTER_HOOKS:
            table = tables[hook]
            for impl in getattr(self.pm.hook, hook).get_hookimpls():
                owner = impl.plugin_name

                def register(item: Any, owner: str = owner, table: Any = table, hook: str = hook) -> None:
                    if hook == "register_rules":
                        name = item.get("id") if isinstance(item, Mapping) else None
                        table.add(name, item, owner)
                        return
                    if hasattr(item, "pack") and not item.pack:
                        object.__setattr__(item, "pack", owner)
                    table.add(getattr(item, "name", None), item, owner)

                try:
                    impl.function(register=register)
                except RegistrationError as e:
                    self._report(Problem("collision", str(e), f"注册冲突：{e}", file=owner))
                except Exception as e:  # a broken plugin is skipped with a warning
                    self._report(Problem("broken_plugin", f"{owner}: {hook} raised {e!r}", f"{owner}：{hook} 出错 {e!r}",
                                         file=owner, severity="warning"))

    def _report(self, problem: Problem) -> None:
        self.problems.append(problem)
        if problem.severity == "error":
            log.warning("%s", problem.format())

    # ---------------------------------------------------------------- facade
    def capabilities_of(self, pack: str | None) -> Mapping[str, Any] | None:
        if pack is None or pack not in self.packs:
            return None
        return self.packs[pack].manifest.capabilities

    def pack_rules(self) -> dict[str, list[RuleSource]]:
        return {pid: lp.rules for pid, lp in self.packs.items()}

    def capabilities(self) -> dict[str, Mapping[str, Any]]:
        """Each loaded pack's capabilities (what its rules may command), for compiling its rules."""
        return {pid: lp.manifest.capabilities for pid, lp in self.packs.items()}

    def pack_dirs(self) -> dict[Path, str]:
        return {lp.manifest.path.resolve(): pid for pid, lp in self.packs.items()}

    def _impls(self, hook: str) -> list[Any]:
        return list(reversed(getattr(self.pm.hook, hook).get_hookimpls()))

    def normalize_event(self, source: str, payload: Any) -> Sequence[Any] | None:
        for impl in self._impls("normalize_event"):
            try:
                out = impl.function(source=source, payload=payload)
            except Exception as e:
                log.warning("%s: normalize_event raised %r; payload skipped by it", impl.plugin_name, e)
                continue
            if out is not None:
                return list(out)
        return None

    def execute_action(self, action: Mapping[str, Any], decision: Any) -> Mapping[str, Any] | None:
        for impl in self._impls("execute_action"):
            try:
                out = impl.function(action=action, decision=decision)
            except Exception as e:
                log.warning("%s: execute_action raised %r", impl.plugin_name, e)
                return {"ok": False, "error": repr(e), "plugin": impl.plugin_name}
            if out is not None:
                return out
        return None

    def on_decision(self, decision: Any) -> None:
        for impl in self._impls("on_decision"):
            try:
                impl.function(decision=decision)
            except Exception as e:
                log.warning("%s: on_decision raised %r", impl.plugin_name, e)

    def mount_app(self, app: Any) -> None:
        for impl in self._impls("mount_app"):
            try:
                impl.function(app=app)
            except Exception as e:
                log.warning("%s: mount_app raised %r; its pages are not mounted", impl.plugin_name, e)
