"""The ``safeblocks`` command (ARCHITECTURE §4: the verbs and their output are a contract)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from core import __version__


def _out(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _lang() -> str:
    lang = os.environ.get("SAFEBLOCKS_LANG") or os.environ.get("LANG", "en")
    return "zh" if lang.lower().startswith("zh") else "en"


def cmd_check(args: argparse.Namespace) -> int:
    from core.checker import check_paths

    problems = check_paths(args.paths)
    errors = [p for p in problems if p.severity == "error"]
    if args.json:
        _out({"ok": not errors, "errors": len(errors), "warnings": len(problems) - len(errors),
              "problems": [p.to_json() for p in problems]})
    else:
        for p in problems:
            print(p.format(_lang()))
        print(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
    return 1 if errors else 0


def cmd_replay(args: argparse.Namespace) -> int:
    from core.runtime.session import RuleSet, replay_file
    from core.timeutil import parse_ts

    rs = RuleSet.load(args.rules)
    errors = [p for p in rs.problems if p.severity == "error"]
    for p in rs.problems:
        print(p.format(_lang()), file=sys.stderr)
    if errors:
        print(f"{len(errors)} rule error(s): nothing replayed", file=sys.stderr)
        return 1
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        until = parse_ts(args.until) if args.until else None
        decisions, bad, engine = replay_file(rs, Path(args.events), out, args.reorder_window, until)
    except (ValueError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        if args.out:
            out.close()
    for b in bad[:20]:
        print(f"warning: {b.format()} (line skipped)", file=sys.stderr)
    s = engine.stats
    print(f"{s.events} events, {len(decisions)} decisions, {len(bad)} bad lines, {s.late} late, "
          f"{s.duplicates} duplicates, {s.conflicts} conflicting duplicates", file=sys.stderr)
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    from core.runtime.session import RuleSet
    from core.testing import run_tests

    rs = RuleSet.load(args.paths)
    for p in rs.problems:
        print(p.format(_lang()))
    results = run_tests(rs.rules)
    failed = [r for r in results if not r.ok]
    for r in results:
        mark = "PASS" if r.ok else "FAIL"
        print(f"{mark} {r.rule} :: {r.name}")
        for m in r.messages:
            print(f"     {m}")
    no_tests = [r.id for r in rs.rules if not r.tests]
    if no_tests:
        print(f"rules without tests: {', '.join(no_tests)}")
    errors = [p for p in rs.problems if p.severity == "error"]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if not results and not errors:
        print("no tests found")
        return 1
    return 1 if failed or errors else 0


def cmd_blocks(args: argparse.Namespace) -> int:
    from core.plugins import PluginHost

    host = PluginHost.load()
    blocks = [b.describe() for b in sorted(host.registry.blocks, key=lambda b: (b.category, b.name))]
    if args.json:
        _out(blocks)
        return 0
    lang = _lang()
    for b in blocks:
        ins = ", ".join(f"{p['name']}:{p['type']}" for p in b["inputs"]) + (" ...:bool3" if b["variadic"] else "")
        outs = ", ".join(f"{p['name']}:{p['type']}" for p in b["outputs"])
        print(f"{b['category']:<11} {b['name']:<22} {b['title'].get(lang, '')}  ({ins}) -> ({outs})  [{b['pack']}]")
    return 0


def cmd_packs(args: argparse.Namespace) -> int:
    from core.plugins import PluginHost

    host = PluginHost.load()
    reg = host.registry
    rows: list[dict[str, Any]] = []
    for pid, lp in sorted(host.packs.items()):
        m = lp.manifest
        rows.append({
            "id": pid, "version": m.version, "name": m.name, "path": str(m.path), "signed_by": m.signed_by,
            "blocks": reg.blocks.by_owner(pid), "rules": reg.rules.by_owner(pid), "forms": reg.forms.by_owner(pid),
            "models": reg.models.by_owner(pid), "clauses": reg.clauses.by_owner(pid),
            "connectors": reg.connectors.by_owner(pid), "capabilities": m.capabilities,
        })
    problems = [p.to_json() for p in host.problems]
    if args.json:
        _out({"packs": rows, "problems": problems})
        return 0
    for r in rows:
        print(f"{r['id']} {r['version']}  {r['name'].get(_lang(), '')}  "
              f"rules={len(r['rules'])} blocks={len(r['blocks'])} forms={len(r['forms'])} clauses={len(r['clauses'])} "
              f"models={len(r['models'])} signed={'yes (' + r['signed_by'] + ')' if r['signed_by'] else 'no'}")
    for p in host.problems:
        print(p.format(_lang()))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from core.bench import run_bench

    result = run_bench(scale=args.scale, only=args.only)
    if args.json:
        _out(result)
    else:
        from core.bench import format_bench

        print(format_bench(result))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from core.runtime.decisions import read_log, verify_chain

    try:
        res = verify_chain(read_log(Path(args.log)))
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if res.ok:
        print(f"OK: {res.records} records, chain intact")
        return 0
    print(f"TAMPERED: record {res.first_bad} (line {res.first_bad}): {res.reason}")
    return 1


def cmd_pack(args: argparse.Namespace) -> int:
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    from core.packs import key_id, sign_pack, write_manifest

    if args.action == "manifest":
        for d in args.dirs:
            print(write_manifest(Path(d)))
        return 0
    if args.action == "keygen":
        key = Ed25519PrivateKey.generate()
        base = Path(args.dirs[0])
        raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        base.with_suffix(".key").write_text(base64.b64encode(raw).decode() + "\n")
        os.chmod(base.with_suffix(".key"), 0o600)
        pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        base.with_suffix(".pub").write_text(base64.b64encode(pub).decode() + "\n")
        print(f"key id {key_id(key.public_key())}: {base.with_suffix('.key')} (keep secret), {base.with_suffix('.pub')}")
        return 0
    if not args.key:
        print("error: --key KEYFILE is required to sign", file=sys.stderr)
        return 2
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(Path(args.key).read_text().strip()))
    for d in args.dirs:
        print(sign_pack(Path(d), key))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="safeblocks", description="Low-code safety rules for industrial plants.")
    ap.add_argument("--version", action="version", version=f"safeblocks {__version__}")
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("check", help="check rules, forms and packs: every problem, exit 1 if any")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_check)

    p = sub.add_parser("replay", help="replay events through rules; decisions as JSON Lines on stdout")
    p.add_argument("rules", nargs="+", help="rule files, folders or pack ids")
    p.add_argument("--events", required=True, help="CSV (ts,signal,value[,quality]) or JSON Lines")
    p.add_argument("--out", help="write decisions here instead of stdout")
    p.add_argument("--reorder-window", type=float, default=0.0, help="seconds of out-of-order tolerance")
    p.add_argument("--until", help="advance the clock to this time at the end (timers fire)")
    p.set_defaults(fn=cmd_replay)

    p = sub.add_parser("test", help="run the given/expect tests embedded in rules and packs")
    p.add_argument("paths", nargs="+")
    p.set_defaults(fn=cmd_test)

    p = sub.add_parser("blocks", help="the registered block catalogue")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_blocks)

    p = sub.add_parser("packs", help="installed packs and what each registers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_packs)

    p = sub.add_parser("bench", help="the runtime benchmark, each figure beside a plain-Python floor")
    p.add_argument("--json", action="store_true")
    p.add_argument("--scale", type=float, default=1.0, help="fraction of the full workload (for a quick look)")
    p.add_argument("--only", action="append", help="run only these parts (a, b, c, d, e, mem)")
    p.set_defaults(fn=cmd_bench)

    p = sub.add_parser("verify", help="verify the hash chain of a decision log (JSON Lines)")
    p.add_argument("log")
    p.set_defaults(fn=cmd_verify)

    p = sub.add_parser("pack", help="pack tools: manifest DIR..., sign DIR... --key K, keygen BASENAME")
    p.add_argument("action", choices=["manifest", "sign", "keygen"])
    p.add_argument("dirs", nargs="+")
    p.add_argument("--key")
    p.set_defaults(fn=cmd_pack)

    for extra in _extra_commands():
        extra(sub)
    return ap


COMMAND_GROUP = "safeblocks.commands"
# used when the distribution metadata is absent (running from a source tree)
_COMMAND_FALLBACK = ("core.api.cli", "core.nl.cli", "core.models.cli", "core.scaleout.cli")


def _extra_commands() -> list[Any]:
    """Verbs that live with their feature (serve, nl, model, worker, simulate) register their own
    sub-parsers through the ``safeblocks.commands`` entry-point group: core names no plugin."""
    import importlib
    import importlib.metadata

    modules = sorted({ep.value for ep in importlib.metadata.entry_points(group=COMMAND_GROUP)}) or list(_COMMAND_FALLBACK)
    return [importlib.import_module(m).add_parser for m in modules]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.fn(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
