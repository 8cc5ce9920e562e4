"""Pack manifests: read and checked BEFORE any pack code is imported (the hassfest way).

A pack is a folder: ``pack.toml`` (id, version, core requirement, capabilities), data
(``rules/``, ``forms/``, ``clauses/``, ``models/``), optional hookimpls in ``__init__.py``, and
``MANIFEST.sha256`` listing every file's hash. ``pack.sig`` (Ed25519 over the manifest) makes
it signed. Every problem of a pack is reported at once; a pack with errors is skipped, never
half-loaded.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from core import __version__
from core.rules.problems import Problem

MANIFEST = "MANIFEST.sha256"
SIGNATURE = "pack.sig"
_ID = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+([.-][0-9A-Za-z.]+)?$")
_SKIP_DIRS = {"__pycache__", ".pytest_cache", ".hypothesis"}
_KNOWN_TOP = {"pack", "capabilities"}
_KNOWN_PACK = {"id", "version", "name", "description", "vendor", "requires_core", "module", "license"}


@dataclass
class PackManifest:
    id: str
    version: str
    path: Path
    name: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    vendor: str = ""
    requires_core: str = ""
    module: str | None = None
    capabilities: dict[str, Any] = field(default_factory=dict)
    signed_by: str | None = None  # key id of a trusted signature, None when unsigned


def _p(code: str, en: str, zh: str, file: Path, **kw: Any) -> Problem:
    return Problem(code, en, zh, file=str(file), **kw)


def _version_tuple(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v)[:3])


def satisfies(version: str, spec: str) -> bool:
    """``spec`` like ">=0.1,<1": comma-separated comparisons, all must hold."""
    ops = {">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
           "<": lambda a, b: a < b, "==": lambda a, b: a == b}
    have = _version_tuple(version)
    for part in filter(None, (s.strip() for s in spec.split(","))):
        m = re.match(r"^(>=|<=|==|>|<)\s*([\d.]+)$", part)
        if not m:
            raise ValueError(f"cannot read version requirement {part!r} (use e.g. >=0.1,<1)")
        want = _version_tuple(m.group(2))
        want = want + (0,) * (len(have) - len(want))
        if not ops[m.group(1)](have, want):
            return False
    return True


def read_manifest(folder: Path) -> tuple[PackManifest | None, list[Problem]]:
    """Read and check ``pack.toml`` of ``folder`` without importing anything from it."""
    toml_path = folder / "pack.toml"
    if not toml_path.is_file():
        return None, [_p("no_manifest", "no pack.toml in the pack folder", "行业包目录中没有 pack.toml", folder)]
    try:
        data = tomllib.loads(toml_path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(e))) else None
        return None, [_p("bad_manifest", f"pack.toml is not valid TOML: {e}", f"pack.toml 不是合法的 TOML：{e}", toml_path, line=line)]
    problems: list[Problem] = []
    for key in set(data) - _KNOWN_TOP:
        problems.append(_p("unknown_field", f"unknown table [{key}]", f"未知的表 [{key}]", toml_path, pointer=f"/{key}"))
    pack = data.get("pack")
    if not isinstance(pack, dict):
        problems.append(_p("bad_manifest", "pack.toml needs a [pack] table", "pack.toml 缺少 [pack] 表", toml_path))
        return None, problems
    for key in set(pack) - _KNOWN_PACK:
        problems.append(_p("unknown_field", f"unknown field pack.{key}", f"未知字段 pack.{key}", toml_path, pointer=f"/pack/{key}"))
    pid, version = pack.get("id"), pack.get("version")
    if not isinstance(pid, str) or not _ID.match(pid):
        problems.append(_p("bad_manifest", f"pack.id {pid!r} must be lower-case letters, digits and _",
                           f"pack.id “{pid}” 只能包含小写字母、数字和下划线", toml_path, pointer="/pack/id"))
    elif pid != folder.name:
        problems.append(_p("bad_manifest", f"pack.id {pid!r} must equal the folder name {folder.name!r}",
                           f"pack.id “{pid}” 必须与目录名 “{folder.name}” 相同", toml_path, pointer="/pack/id"))
    if not isinstance(version, str) or not _VERSION.match(version):
        problems.append(_p("bad_manifest", f"pack.version {version!r} is not a version like 1.2.0",
                           f"pack.version “{version}” 不是形如 1.2.0 的版本号", toml_path, pointer="/pack/version"))
    req = pack.get("requires_core", "")
    try:
        if req and not satisfies(__version__, req):
            problems.append(_p("incompatible", f"needs safeblocks core {req}, this is {__version__}",
                               f"需要 safeblocks 核心版本 {req}，当前为 {__version__}", toml_path, pointer="/pack/requires_core"))
    except ValueError as e:
        problems.append(_p("bad_manifest", str(e), f"无法解析版本要求：{e}", toml_path, pointer="/pack/requires_core"))
    module = pack.get("module")
    if module is not None and not (folder / "__init__.py").is_file():
        problems.append(_p("bad_manifest", f"pack.module {module!r} is declared but the folder has no __init__.py",
                           f"声明了 pack.module “{module}”，但目录中没有 __init__.py", toml_path, pointer="/pack/module"))
    caps = data.get("capabilities", {})
    for i, act in enumerate(caps.get("actuators", []) if isinstance(caps, dict) else []):
        ptr = f"/capabilities/actuators/{i}"
        if not isinstance(act, dict) or not act.get("device"):
            problems.append(_p("bad_manifest", "each actuator capability needs a device pattern",
                               "每个执行器能力都需要 device 模式", toml_path, pointer=ptr))
            continue
        if not act.get("safe_state"):
            problems.append(_p("missing_safe_state", f"actuator {act['device']!r} declares no reviewed safe_state",
                               f"执行器 “{act['device']}” 未声明经过评审的安全状态", toml_path, pointer=ptr,
                               hint={"en": "\"off\" is never assumed safe: write the reviewed safe state",
                                     "zh": "不会默认“关闭”为安全，请写明评审过的安全状态"}))
    problems += check_files(folder)
    if any(p.severity == "error" for p in problems) or not isinstance(pid, str):
        return None, problems
    manifest = PackManifest(
        id=pid, version=str(version), path=folder, name=dict(pack.get("name", {})),
        description=dict(pack.get("description", {})), vendor=str(pack.get("vendor", "")),
        requires_core=str(req), module=module, capabilities=dict(caps) if isinstance(caps, dict) else {},
    )
    manifest.signed_by, sig_problems = verify_signature(folder)
    if any(p.severity == "error" for p in sig_problems):
        return None, problems + sig_problems
    return manifest, problems + sig_problems


def pack_files(folder: Path) -> list[Path]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for f in sorted(files):
            if f in (MANIFEST, SIGNATURE) or f.endswith(".pyc"):
                continue
            out.append(Path(root) / f)
    return out


def compute_manifest(folder: Path) -> str:
    lines = []
    for f in pack_files(folder):
        digest = hashlib.sha256(f.read_bytes()).hexdigest()
        lines.append(f"{digest}  {f.relative_to(folder).as_posix()}")
    return "\n".join(lines) + "\n"


def write_manifest(folder: Path) -> Path:
    path = folder / MANIFEST
    path.write_text(compute_manifest(folder), "utf-8")
    return path


def check_files(folder: Path) -> list[Problem]:
    """Every file must match ``MANIFEST.sha256``: an edited, added or removed file is tampering."""
    mpath = folder / MANIFEST
    if not mpath.is_file():
        return [_p("no_file_manifest", "the pack has no MANIFEST.sha256, so tampering cannot be detected",
                   "行业包缺少 MANIFEST.sha256，无法检测篡改", folder, severity="warning",
                   hint={"en": "run `safeblocks pack manifest DIR`", "zh": "运行 `safeblocks pack manifest 目录`"})]
    listed: dict[str, str] = {}
    for n, line in enumerate(mpath.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        listed[name] = digest
        if not re.fullmatch(r"[0-9a-f]{64}", digest) or not name:
            return [_p("bad_manifest", "MANIFEST.sha256 line is not '<sha256>  <path>'", "MANIFEST.sha256 行格式错误", mpath, line=n)]
    problems = []
    present = {f.relative_to(folder).as_posix(): f for f in pack_files(folder)}
    for name, digest in listed.items():
        f = present.get(name)
        if f is None:
            problems.append(_p("tampered", f"{name} is listed in MANIFEST.sha256 but missing", f"{name} 在清单中但文件缺失", mpath))
        elif hashlib.sha256(f.read_bytes()).hexdigest() != digest:
            problems.append(_p("tampered", f"{name} does not match its hash in MANIFEST.sha256 (modified after packing)",
                               f"{name} 与 MANIFEST.sha256 中的哈希不一致（打包后被修改）", f))
    for name in sorted(set(present) - set(listed)):
        problems.append(_p("tampered", f"{name} is not listed in MANIFEST.sha256 (added after packing)",
                           f"{name} 未列在 MANIFEST.sha256 中（打包后新增）", present[name]))
    return problems


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def trusted_keys() -> dict[str, Ed25519PublicKey]:
    """Public keys in ``SAFEBLOCKS_TRUSTED_KEYS`` (a folder of base64 raw Ed25519 ``*.pub`` files)."""
    keys: dict[str, Ed25519PublicKey] = {}
    folder = os.environ.get("SAFEBLOCKS_TRUSTED_KEYS")
    if not folder or not Path(folder).is_dir():
        return keys
    for f in sorted(Path(folder).glob("*.pub")):
        try:
            pub = Ed25519PublicKey.from_public_bytes(base64.b64decode(f.read_text().strip()))
        except ValueError:
            continue
        keys[key_id(pub)] = pub
    return keys


def sign_pack(folder: Path, private: Ed25519PrivateKey) -> Path:
    """Write MANIFEST.sha256 and sign it: ``pack.sig`` = "<key id> <base64 signature>"."""
    manifest = write_manifest(folder)
    sig = private.sign(manifest.read_bytes())
    out = folder / SIGNATURE
    out.write_text(f"{key_id(private.public_key())} {base64.b64encode(sig).decode()}\n")
    return out


def verify_signature(folder: Path) -> tuple[str | None, list[Problem]]:
    sig_path = folder / SIGNATURE
    require = os.environ.get("SAFEBLOCKS_REQUIRE_SIGNED", "") == "1"
    if not sig_path.is_file():
        sev = "error" if require else "warning"
        return None, [_p("unsigned", "the pack is not signed", "行业包未签名", folder, severity=sev,
                         hint={"en": "sign it with `safeblocks pack sign DIR --key KEY`", "zh": "使用 `safeblocks pack sign` 签名"})]
    try:
        kid, b64 = sig_path.read_text().split()
        sig = base64.b64decode(b64)
    except ValueError:
        return None, [_p("bad_signature", "pack.sig is not '<key id> <base64>'", "pack.sig 格式错误", sig_path)]
    key = trusted_keys().get(kid)
    if key is None:
        return None, [_p("untrusted_key", f"signed by key {kid}, which is not in SAFEBLOCKS_TRUSTED_KEYS",
                         f"签名密钥 {kid} 不在受信任密钥列表中", sig_path, severity="error" if require else "warning")]
    try:
        key.verify(sig, (folder / MANIFEST).read_bytes())
    except (InvalidSignature, OSError):
        return None, [_p("bad_signature", "pack.sig does not match MANIFEST.sha256 (tampered)",
                         "pack.sig 与 MANIFEST.sha256 不匹配（被篡改）", sig_path)]
    return kid, []
