"""The plugin host: manifests read before code, broken packs skipped, collisions named, allow-list."""

from __future__ import annotations

import base64
import json
import textwrap
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from core.packs import read_manifest, sign_pack, write_manifest
from core.plugins import PluginHost, allow_list

RULE = {
    "schema": "safeblocks.rule/1", "id": "demo.h2s", "version": 1, "title": {"zh": "硫化氢", "en": "H2S"}, "risk_level": "L3",
    "nodes": [{"id": "s", "block": "signal", "params": {"signal": "A.h2s", "unit": "ppm", "period_s": 1}},
              {"id": "c", "block": "compare.gt", "params": {"value": 10, "unit": "ppm"}},
              {"id": "a", "block": "action.alert", "params": {}}],
    "edges": [{"from": "s.value", "to": "c.x"}, {"from": "c.out", "to": "a.when"}],
}


def make_pack(root: Path, pid: str = "demo", toml_extra: str = "", code: str | None = None, manifest: bool = True) -> Path:
    d = root / pid
    (d / "rules").mkdir(parents=True)
    (d / "rules" / "h2s.json").write_text(json.dumps(RULE))
    module = f'module = "{pid}"\n' if code is not None else ""
    (d / "pack.toml").write_text(textwrap.dedent(f"""\
        [pack]
        id = "{pid}"
        version = "1.0.0"
        name = {{zh = "演示", en = "Demo"}}
        requires_core = ">=0.1,<1"
        {module}{toml_extra}
        """))
    if code is not None:
        (d / "__init__.py").write_text(code)
    if manifest:
        write_manifest(d)
    return d


def test_a_sound_pack_loads_with_its_rules(tmp_path: Path) -> None:
    host = PluginHost.load(packs=[], pack_dirs=[make_pack(tmp_path)])
    assert "demo" in host.packs and host.registry.rules.owner("demo.h2s") == "demo"
    assert [p.code for p in host.problems] == ["unsigned"]


def test_manifest_problems_all_at_once_and_no_code_imported(tmp_path: Path) -> None:
    marker = tmp_path / "imported"
    d = make_pack(tmp_path, toml_extra='vendor = 3\ncolour = "red"\n[capabilities]\nactuators = [{device = "XV-*"}]\n',
                  code=f"open({str(marker)!r}, 'w').write('x')\n")
    (d / "pack.toml").write_text((d / "pack.toml").read_text().replace('version = "1.0.0"', 'version = "one"'))
    write_manifest(d)
    manifest, problems = read_manifest(d)
    assert manifest is None
    assert {"bad_manifest", "unknown_field", "missing_safe_state"} <= {p.code for p in problems}
    host = PluginHost.load(packs=[], pack_dirs=[d])
    assert "demo" not in host.packs and not marker.exists()  # checked before import: the code never ran


def test_broken_pack_code_is_skipped_with_a_report(tmp_path: Path) -> None:
    good = make_pack(tmp_path / "a", "good")
    bad = make_pack(tmp_path / "b", "broken", code="raise RuntimeError('vendor bug')\n")
    host = PluginHost.load(packs=[], pack_dirs=[bad, good])
    assert "good" in host.packs and "broken" not in host.packs
    broken = [p for p in host.problems if p.code == "broken_pack"]
    assert broken and "vendor bug" in broken[0].en


def test_hook_that_raises_is_skipped_with_a_warning(tmp_path: Path) -> None:
    code = textwrap.dedent("""\
        from core.hookspecs import hookimpl

        @hookimpl
        def register_blocks(register):
            raise ValueError("bad block table")
        """)
    host = PluginHost.load(packs=[], pack_dirs=[make_pack(tmp_path, "flaky", code=code)])
    assert host.registry.block("signal") is not None  # built-ins still there
    assert any(p.code == "broken_plugin" and "flaky" in p.en for p in host.problems)


def test_block_collision_names_both_packs(tmp_path: Path) -> None:
    code = textwrap.dedent("""\
        from core.hookspecs import hookimpl
        from core.rules.blockapi import BlockSpec

        @hookimpl
        def register_blocks(register):
            register(BlockSpec(name="compare.gt", category="conditions", title={"zh": "冒名", "en": "impostor"}))
        """)
    host = PluginHost.load(packs=[], pack_dirs=[make_pack(tmp_path, "impostor", code=code)])
    col = [p for p in host.problems if p.code == "collision"]
    assert col and "impostor" in col[0].en and "builtin.blocks" in col[0].en
    assert host.registry.block("compare.gt").pack == "builtin.blocks"  # type: ignore[union-attr]


def test_rule_id_collision_between_packs(tmp_path: Path) -> None:
    a, b = make_pack(tmp_path / "a", "alpha"), make_pack(tmp_path / "b", "beta")
    host = PluginHost.load(packs=[], pack_dirs=[a, b])
    col = [p for p in host.problems if p.code == "collision"]
    assert col and "beta" in col[0].en and "alpha" in col[0].en


def test_tampered_pack_is_refused(tmp_path: Path) -> None:
    d = make_pack(tmp_path)
    (d / "rules" / "h2s.json").write_text(json.dumps(RULE).replace('"value": 10', '"value": 100'))
    (d / "rules" / "extra.json").write_text("{}")
    host = PluginHost.load(packs=[], pack_dirs=[d])
    assert "demo" not in host.packs
    assert sorted(p.code for p in host.problems) == ["tampered", "tampered"]


def test_signed_pack_verifies_with_a_trusted_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = Ed25519PrivateKey.generate()
    keys = tmp_path / "keys"
    keys.mkdir()
    (keys / "vendor.pub").write_text(base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode())
    d = make_pack(tmp_path / "p")
    sign_pack(d, key)
    monkeypatch.setenv("SAFEBLOCKS_TRUSTED_KEYS", str(keys))
    monkeypatch.setenv("SAFEBLOCKS_REQUIRE_SIGNED", "1")
    manifest, problems = read_manifest(d)
    assert manifest is not None and manifest.signed_by and problems == []
    # a signature by an untrusted key, or an unsigned pack, is refused when signatures are required
    other = make_pack(tmp_path / "q")
    sign_pack(other, Ed25519PrivateKey.generate())
    assert read_manifest(other)[0] is None
    (other / "pack.sig").unlink()
    assert [p.code for p in read_manifest(other)[1]] == ["unsigned"] and read_manifest(other)[0] is None


def test_incompatible_core_version(tmp_path: Path) -> None:
    d = make_pack(tmp_path, toml_extra="")
    (d / "pack.toml").write_text((d / "pack.toml").read_text().replace(">=0.1,<1", ">=2.0"))
    write_manifest(d)
    manifest, problems = read_manifest(d)
    assert manifest is None and [p.code for p in problems if p.severity == "error"] == ["incompatible"]


def test_allow_list(monkeypatch: pytest.MonkeyPatch) -> None:
    assert allow_list("chemical, construction") == {"chemical", "construction"}
    assert allow_list("*") is None and allow_list("") == set()
    monkeypatch.setenv("SAFEBLOCKS_PACKS", "nonexistent")
    host = PluginHost.load()
    assert host.packs == {} and host.registry.block("signal") is not None
    monkeypatch.setenv("SAFEBLOCKS_PACKS", "chemical")
    assert set(PluginHost.load().packs) == {"chemical"}
