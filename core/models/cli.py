"""``safeblocks model fit | eval | check`` (picked up by :mod:`core.cli`)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.models.detectors import KINDS, FitOptions


def _opts(args: argparse.Namespace) -> FitOptions:
    return FitOptions(window=args.window, sampling_s=args.sampling_s, quantile=args.quantile, margin=args.margin,
                      clear_ratio=args.clear_ratio, slow_rho=args.slow_rho)


def cmd_fit(args: argparse.Namespace) -> int:
    from core.models.detectors import fit
    from core.models.tables import port_name, read_table

    try:
        table = read_table(Path(args.csv), columns=args.columns.split(",") if args.columns else None)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    start = args.start
    stop = start + args.rows if args.rows else len(table.x)
    x = table.x[start:stop]
    feats = [{"name": port_name(c), "column": c} for c in table.columns]
    training: dict[str, Any] = {"source": table.path.name, "from": f"row {start}", "to": f"row {start + len(x) - 1}",
                                "fitted_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                "feature_mean": x.mean(0).round(6).tolist(), "feature_std": x.std(0).round(6).tolist()}
    try:
        desc, data = fit(args.kind, x, feats, args.id, args.version, _opts(args), training)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    name = args.name or args.id
    (out / f"{name}.onnx").write_bytes(data)
    (out / f"{name}.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"{out / (name + '.onnx')} ({len(data)} bytes), {out / (name + '.json')}: {args.kind} on {len(x)} rows x "
          f"{len(feats)} features, window {args.window}, threshold on {desc['threshold']['on']:.4g} "
          f"off {desc['threshold']['off']:.4g}")
    return 0


def _pct(v: float) -> str:
    return f"{100 * v:.1f} %"


def format_eval(res: dict[str, Any]) -> str:
    lines = [f"SKAB protocol on {res['dataset']}: {res['files']} files, fit on the first {res['fit_rows']} rows, "
             f"score the rest (window {res['options']['window']})",
             f"{'detector':<14}{'F1':>7}{'FAR':>9}{'MAR':>9}{'accuracy':>10}{'p50 µs':>9}{'p99 µs':>9}"]
    for k, m in res["detectors"].items():
        lat = m.get("latency_us", {})
        lines.append(f"{k:<14}{m['f1']:>7.3f}{_pct(m['far']):>9}{_pct(m['mar']):>9}{_pct(m['accuracy']):>10}"
                     f"{lat.get('p50', float('nan')):>9.1f}{lat.get('p99', float('nan')):>9.1f}")
    lines.append("targets: F1 > 0.78 with FAR < 13.6 % (Conv-AE, whole benchmark), p99 < 1000 µs per window; "
                 "seed accuracy target 92.3 %")
    lines.append("latency: one onnxruntime call per window on one thread; zscore_probe: engine time per row")
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace) -> int:
    from core.models.skab import evaluate

    kinds = args.kind or list(KINDS)
    try:
        res = evaluate(Path(args.skab), kinds, _opts(args), probe=not args.no_probe, fit_rows=args.fit_rows)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        sys.stdout.write(json.dumps(res, ensure_ascii=False, indent=2) + "\n")
    else:
        print(format_eval(res))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from core.models.descriptor import ModelError
    from core.models.store import ModelStore

    store = ModelStore()
    bad = 0
    for item in args.paths:
        p = Path(item)
        if (p / "models").is_dir():
            p = p / "models"  # a pack folder: its models/ sub-folder
        descs = sorted(p.glob("*.json")) if p.is_dir() else [p]
        for d in descs:
            try:
                m = store.install_file(d)
                print(f"OK {d}: {m.id} v{m.version}, {len(m.features)} features x window {m.window}")
            except ModelError as e:
                bad += 1
                for prob in e.problems:
                    print(f"error[{prob.code}] {d}{' ' + prob.pointer if prob.pointer else ''}: {prob.en} / {prob.zh}")
    return 1 if bad else 0


def cmd_replay(args: argparse.Namespace) -> int:
    """``safeblocks replay`` with a model store: pack models plus ``--models`` folders (NAME.json + NAME.onnx)."""
    from core.models.descriptor import ModelError
    from core.models.store import ModelStore
    from core.runtime.decisions import DecisionLog
    from core.runtime.events import BadLine, read_events
    from core.runtime.session import RuleSet, replay
    from core.timeutil import parse_ts

    rs = RuleSet.load(args.rules)
    for p in rs.problems:
        print(p.format(), file=sys.stderr)
    if any(p.severity == "error" for p in rs.problems):
        return 1
    store, problems = ModelStore.from_host(rs.host)
    for folder in args.models or []:
        for d in sorted(Path(folder).glob("*.json")):
            try:
                store.install_file(d)
            except ModelError as e:
                problems += e.problems
    for p in problems:
        print(f"warning[{p.code}]: {p.en} / {p.zh}", file=sys.stderr)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    errors: list[BadLine] = []
    try:
        engine = rs.engine(services={"models": store})
        decisions = replay(engine, read_events(Path(args.events), errors), DecisionLog(out),
                           parse_ts(args.until) if args.until else None)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        if args.out:
            out.close()
    running = [m for m in (store.get(i) for i in store.ids()) if m is not None]
    print(f"{engine.stats.events} events, {len(decisions)} decisions, {len(errors)} bad lines; models: "
          + (", ".join(f"{m.id} v{m.version}" for m in running) or "none"), file=sys.stderr)
    return 0


def _fit_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--window", type=int, default=10, help="samples per window (default 10)")
    p.add_argument("--sampling-s", type=float, default=1.0, help="seconds between samples (default 1)")
    p.add_argument("--quantile", type=float, default=0.99, help="training-score quantile for the threshold")
    p.add_argument("--margin", type=float, default=1.5, help="threshold.on = quantile x margin")
    p.add_argument("--clear-ratio", type=float, default=0.9, help="threshold.off = clear ratio x threshold.on")
    p.add_argument("--slow-rho", type=float, default=0.5,
                   help="lag-window autocorrelation above which a channel is judged by its rate, not its level")


def add_parser(sub: Any) -> None:
    p = sub.add_parser("model", help="anomaly models: fit, eval (SKAB protocol), check descriptors against ONNX")
    msub = p.add_subparsers(dest="model_cmd", required=True)

    f = msub.add_parser("fit", help="fit a detector on rows of normal operation; write NAME.onnx + NAME.json")
    f.add_argument("--csv", required=True, help="CSV with a header (; or ,); a leading timestamp column is skipped")
    f.add_argument("--kind", choices=KINDS, default="pca_t2q")
    f.add_argument("--id", required=True, help="model id, e.g. plant1.pump.valve")
    f.add_argument("--version", type=int, default=1)
    f.add_argument("--name", help="file name stem (default: the id)")
    f.add_argument("--columns", help="comma-separated feature columns (default: every numeric non-label column)")
    f.add_argument("--start", type=int, default=0, help="first training row")
    f.add_argument("--rows", type=int, default=400, help="training rows (normal operation); 0 = all")
    f.add_argument("--out", default=".", help="output folder")
    _fit_args(f)
    f.set_defaults(fn=cmd_fit)

    e = msub.add_parser("eval", help="SKAB protocol: F1, FAR, MAR, accuracy, per-window latency")
    e.add_argument("--skab", required=True, help="a folder of SKAB-style CSV files (datetime;channels...;anomaly;changepoint)")
    e.add_argument("--json", action="store_true")
    e.add_argument("--kind", action="append", choices=KINDS, help="only these detectors (repeatable)")
    e.add_argument("--fit-rows", type=int, default=400)
    e.add_argument("--no-probe", action="store_true", help="skip the ±3σ probe")
    _fit_args(e)
    e.set_defaults(fn=cmd_eval)

    r = msub.add_parser("replay", help="replay events through rules with a model store (decisions as JSON Lines)")
    r.add_argument("rules", nargs="+", help="rule files, folders or pack ids")
    r.add_argument("--events", required=True, help="CSV (ts,signal,value[,quality]) or JSON Lines")
    r.add_argument("--models", action="append", help="a folder of NAME.json + NAME.onnx (repeatable); pack models load too")
    r.add_argument("--out", help="write decisions here instead of stdout")
    r.add_argument("--until", help="advance the clock to this time at the end (timers fire)")
    r.set_defaults(fn=cmd_replay)

    c = msub.add_parser("check", help="check model descriptors (NAME.json beside NAME.onnx) against their graphs")
    c.add_argument("paths", nargs="+")
    c.set_defaults(fn=cmd_check)
