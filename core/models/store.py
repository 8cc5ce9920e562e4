"""The model store: the running version of each model, swapped in place without a restart.

The engine gets a store through ``Engine(rules, services={"models": store})``; the ``model.score`` block
looks its model up once per window, so a new version takes over at the next window and every decision
names the version that scored it. A new version that fails to load never replaces a working one.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.models.descriptor import ModelError
from core.models.onnxio import LoadedModel, load_model
from core.rules.problems import Problem

log = logging.getLogger("safeblocks.models")


@dataclass(frozen=True)
class SwapRecord:
    """One change of the running version (the audit trail of hot swaps)."""

    at: float  # wall-clock seconds: when the host swapped, not event time
    model: str
    old: int | None
    new: int
    sha256: str
    source: str


class ModelStore:
    def __init__(self) -> None:
        self._running: dict[str, LoadedModel] = {}
        self._errors: dict[str, ModelError] = {}
        self._lock = threading.Lock()  # installs serialise; readers take the dict entry without locking
        self.history: list[SwapRecord] = []

    # ------------------------------------------------------------------ reading (the block's side)
    def get(self, model_id: str) -> LoadedModel | None:
        return self._running.get(model_id)

    def error(self, model_id: str) -> ModelError | None:
        """Why the last install of this model failed (None if it did not)."""
        return self._errors.get(model_id)

    def ids(self) -> list[str]:
        return sorted(set(self._running) | set(self._errors))

    def missing(self, model_id: str) -> ModelError:
        """The error a block reports for a model that is not running."""
        err = self._errors.get(model_id)
        if err is not None:
            return err
        return ModelError.one("model_missing", f"model {model_id!r} is not installed",
                              f"模型 “{model_id}” 未安装")

    # ------------------------------------------------------------------ installing (the host's side)
    def install(self, descriptor: Mapping[str, Any], data: bytes, source: str = "") -> LoadedModel:
        """Load and swap in a version. Raises :class:`ModelError`; the running version (if any) stays."""
        mid = descriptor.get("id") if isinstance(descriptor, Mapping) else None
        try:
            loaded = load_model(descriptor, data, source)
        except ModelError as e:
            if isinstance(mid, str):
                self._errors[mid] = e
                running = self._running.get(mid)
                log.error("model %s: new version refused, %s: %s", mid,
                          f"v{running.version} keeps running" if running else "no version is running", e.en)
            raise
        with self._lock:
            old = self._running.get(loaded.id)
            if old is not None and old.sha256 == loaded.sha256 and old.version == loaded.version:
                return old  # the same file installed again: nothing changes
            if old is not None and loaded.version <= old.version:
                err = ModelError([Problem(
                    "stale_version",
                    f"model {loaded.id}: v{loaded.version} is not newer than the running v{old.version}; "
                    "publish a rollback as a new version",
                    f"模型 {loaded.id}：v{loaded.version} 不比正在运行的 v{old.version} 新；回滚请发布为新版本")])
                log.error("%s", err.en)
                raise err
            self._running[loaded.id] = loaded
            self._errors.pop(loaded.id, None)
            rec = SwapRecord(time.time(), loaded.id, old.version if old else None, loaded.version, loaded.sha256, source)
            self.history.append(rec)
        if old is None:
            log.info("model %s v%d loaded (%s, sha256 %s)", loaded.id, loaded.version, source or "-", loaded.sha256[:12])
        else:
            log.warning("model %s hot-swapped v%d -> v%d (%s, sha256 %s)", loaded.id, old.version, loaded.version,
                        source or "-", loaded.sha256[:12])
        return loaded

    def install_file(self, descriptor_path: Path, onnx_path: Path | None = None) -> LoadedModel:
        """``NAME.json`` beside ``NAME.onnx``; both read as bytes here, never handed over as paths."""
        descriptor_path = Path(descriptor_path)
        onnx_path = Path(onnx_path) if onnx_path else descriptor_path.with_suffix(".onnx")
        try:
            descriptor = json.loads(descriptor_path.read_text("utf-8"))
        except (OSError, ValueError) as e:
            raise ModelError.one("descriptor_unreadable", f"cannot read model descriptor {descriptor_path}: {e}",
                                 f"无法读取模型描述文件 {descriptor_path}：{e}") from e
        try:
            data = onnx_path.read_bytes()
        except OSError as e:
            err = ModelError.one("onnx_missing", f"cannot read ONNX file {onnx_path}: {e}", f"无法读取 ONNX 文件 {onnx_path}：{e}")
            if isinstance(descriptor, Mapping) and isinstance(descriptor.get("id"), str):
                self._errors[descriptor["id"]] = err
            raise err from e
        return self.install(descriptor, data, source=str(descriptor_path))

    def install_all(self, specs: Iterable[Any]) -> list[Problem]:
        """Every registered :class:`core.registry.ModelSpec` (``register_models``); problems, never a raise."""
        problems: list[Problem] = []
        for spec in specs:
            try:
                self.install(spec.descriptor, spec.onnx_bytes, source=f"pack {spec.pack or '?'}")
            except ModelError as e:
                problems += [Problem(p.code, p.en, p.zh, pointer=p.pointer, file=spec.pack or None) for p in e.problems]
        return problems

    @classmethod
    def from_registry(cls, registry: Any) -> tuple[ModelStore, list[Problem]]:
        store = cls()
        return store, store.install_all(registry.models)

    @classmethod
    def from_host(cls, host: Any) -> tuple[ModelStore, list[Problem]]:
        """Models registered through ``register_models`` plus every loaded pack's ``models/NAME.json`` +
        ``NAME.onnx`` (data first, like the pack's rules and forms)."""
        store, problems = cls.from_registry(host.registry)
        for pid, lp in sorted(host.packs.items()):
            specs, probs = pack_model_specs(Path(lp.manifest.path), pid)
            problems += probs
            problems += store.install_all(s for s in specs if store.get(s.id) is None)
        return store, problems


def pack_model_specs(folder: Path, pack: str) -> tuple[list[Any], list[Problem]]:
    """The ``models/`` folder of a pack as :class:`core.registry.ModelSpec` objects (bytes read here)."""
    from core.registry import ModelSpec

    specs: list[Any] = []
    problems: list[Problem] = []
    mdir = Path(folder) / "models"
    for d in sorted(mdir.glob("*.json")) if mdir.is_dir() else []:
        try:
            desc = json.loads(d.read_text("utf-8"))
            data = d.with_suffix(".onnx").read_bytes()
            specs.append(ModelSpec(str(desc.get("id", d.stem)), desc, data, pack=pack))
        except (OSError, ValueError, AttributeError) as e:
            problems.append(Problem("bad_model_file", f"cannot read model {d.name} (and its .onnx): {e}",
                                    f"无法读取模型 {d.name}（及其 .onnx 文件）：{e}", file=str(d)))
    return specs, problems
