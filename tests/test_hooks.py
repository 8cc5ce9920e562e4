"""Every hook: a documented, typed signature (meta-tests) and a test of its behaviour through the facade."""

from __future__ import annotations

import inspect
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from core import hookspecs
from core.plugins import PluginHost

from .test_plugins import make_pack

ROOT = Path(__file__).resolve().parents[1]
HOOKS = sorted(n for n, f in vars(hookspecs).items() if inspect.isfunction(f) and hasattr(f, "safeblocks_spec"))

PLUGIN = textwrap.dedent('''\
    from core.hookspecs import hookimpl
    from core.registry import ClauseSpec, ConnectorSpec, FormSpec, LexiconEntry, ModelSpec
    from core.runtime.events import Event

    SEEN = []

    @hookimpl
    def register_forms(register):
        register(FormSpec(id="hooks.gas_test", schema={"type": "object"}))

    @hookimpl
    def register_models(register):
        register(ModelSpec(id="hooks.model", descriptor={"version": "1"}))

    @hookimpl
    def register_connectors(register):
        register(ConnectorSpec(name="hooks.conn", factory=dict))

    @hookimpl
    def register_clauses(register):
        register(ClauseSpec(id="hooks.clause", document="GB 0", clause="1.1", verification="unverified"))

    @hookimpl
    def register_lexicon(register):
        register(LexiconEntry(id="hooks.term", kind="quantity", terms=("测试量",), unit="ppm"))

    @hookimpl
    def register_rules(register):
        register({"id": "hooks.rule", "schema": "safeblocks.rule/1"})

    @hookimpl
    def normalize_event(source, payload):
        if source != "hooks":
            return None
        return [Event(float(payload["t"]), payload["tag"], payload["v"])]

    @hookimpl
    def execute_action(action, decision):
        if action["type"] != "alert":
            return None
        SEEN.append(("execute", action["idempotency_key"]))
        return {"ok": True}

    @hookimpl
    def on_decision(decision):
        SEEN.append(("decision", decision.id))

    @hookimpl
    def mount_app(app):
        app.append("mounted")
''')


@pytest.fixture(scope="module")
def hooked(tmp_path_factory: pytest.TempPathFactory) -> tuple[PluginHost, Any]:
    d = make_pack(tmp_path_factory.mktemp("packs"), "hooks", code=PLUGIN)
    host = PluginHost.load(packs=[], pack_dirs=[d])
    assert "hooks" in host.packs, [p.en for p in host.problems]
    return host, sys.modules["safeblocks_pack_hooks"]


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_is_documented_and_typed(name: str) -> None:
    fn = getattr(hookspecs, name)
    doc = inspect.getdoc(fn) or ""
    sig = inspect.signature(fn)
    assert doc.splitlines()[0], name
    for param in sig.parameters.values():
        assert param.annotation is not inspect.Parameter.empty, f"{name}({param.name}) has no type"
        assert f":param {param.name}:" in doc, f"{name}: no :param {param.name}:"
    assert sig.return_annotation is not inspect.Signature.empty
    if fn.safeblocks_spec.get("firstresult"):
        assert "firstresult" in doc, f"{name} is firstresult: its docstring must say so"


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_has_a_test_here(name: str) -> None:
    assert f"def test_hook_{name}(" in Path(__file__).read_text()


def test_only_the_facade_calls_hooks() -> None:
    offenders = []
    for path in list(ROOT.glob("core/**/*.py")) + list(ROOT.glob("plugins/**/*.py")) + list(ROOT.glob("builder_ui/**/*.py")):
        if path.name == "plugins.py" and path.parent.name == "core":
            continue
        if re.search(r"\bpm\.hook\b|\.hook\.(register_|normalize_event|execute_action|on_decision|mount_app)", path.read_text()):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_hookspecs_module_holds_only_hooks() -> None:
    funcs = [n for n, f in vars(hookspecs).items() if inspect.isfunction(f) and f.__module__ == hookspecs.__name__]
    assert sorted(funcs) == HOOKS


def test_hook_register_blocks(host: PluginHost) -> None:
    assert host.registry.block("time.sustained").pack == "builtin.blocks"  # type: ignore[union-attr]


def test_hook_register_forms(hooked: tuple[PluginHost, Any]) -> None:
    assert hooked[0].registry.forms.owner("hooks.gas_test") == "hooks"


def test_hook_register_models(hooked: tuple[PluginHost, Any]) -> None:
    assert hooked[0].registry.models.get("hooks.model").pack == "hooks"  # type: ignore[union-attr]


def test_hook_register_connectors(hooked: tuple[PluginHost, Any]) -> None:
    assert hooked[0].registry.connectors.owner("hooks.conn") == "hooks"


def test_hook_register_clauses(hooked: tuple[PluginHost, Any]) -> None:
    assert hooked[0].registry.clauses.get("hooks.clause").verification == "unverified"  # type: ignore[union-attr]


def test_hook_register_lexicon(hooked: tuple[PluginHost, Any]) -> None:
    assert hooked[0].registry.lexicon.get("hooks.term").terms == ("测试量",)  # type: ignore[union-attr]


def test_hook_register_rules(hooked: tuple[PluginHost, Any]) -> None:
    assert hooked[0].registry.rules.owner("hooks.rule") == "hooks"
    assert hooked[0].registry.rules.owner("demo.h2s") == "hooks"  # its data file, same collision checks


def test_hook_normalize_event(hooked: tuple[PluginHost, Any]) -> None:
    host = hooked[0]
    assert host.normalize_event("elsewhere", {}) is None
    (ev,) = host.normalize_event("hooks", {"t": 5, "tag": "A.h2s", "v": 3.5}) or []
    assert (ev.ts, ev.signal, ev.value, ev.quality) == (5.0, "A.h2s", 3.5, "good")


def test_hook_execute_action(hooked: tuple[PluginHost, Any]) -> None:
    host, mod = hooked
    assert host.execute_action({"type": "push_sop", "idempotency_key": "k0"}, None) is None
    assert host.execute_action({"type": "alert", "idempotency_key": "k1"}, None) == {"ok": True}
    assert ("execute", "k1") in mod.SEEN


def test_hook_on_decision(hooked: tuple[PluginHost, Any]) -> None:
    from core.runtime.session import RuleSet

    host, mod = hooked
    rs = RuleSet.load(["hooks"], host=host)
    eng = rs.engine()
    eng.process(0.0, "A.h2s", 50.0)
    for d in eng.decisions:
        host.on_decision(d)
    assert ("decision", "demo.h2s@1#1:fired") in mod.SEEN


def test_hook_mount_app(hooked: tuple[PluginHost, Any]) -> None:
    app: list[str] = []
    hooked[0].mount_app(app)
    assert "mounted" in app
