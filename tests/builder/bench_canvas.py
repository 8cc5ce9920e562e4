"""Canvas responsiveness with a 200-node rule, in real headless chromium (a measurement, not a test).

    .venv/bin/python -m tests.builder.bench_canvas [--drops 20] [--json]

Loads a 200-node rule (50 chains: gas signal -> compare -> sustained -> alert), then drops
blocks from the palette. Reports, from the browser's own clock: drop -> node rendered (the
canvas adds the node locally), and drop -> Python's validation of the 201-node document painted
on the new node (the websocket round trip included).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.builder.serve import CHROMIUM, CHROMIUM_ARGS, builder_server


def big_rule(chains: int = 50) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, str]] = []
    for i in range(chains):
        x0, y = (i % 5) * 960, (i // 5) * 150
        ids = [f"gas{i}", f"hi{i}", f"long{i}", f"alarm{i}"]
        nodes += [
            {"id": ids[0], "block": "signal", "params": {"signal": f"T-{i:03d}.gas1", "unit": "%LEL"}, "position": {"x": x0, "y": y}},
            {"id": ids[1], "block": "compare.gt", "params": {"value": 25}, "position": {"x": x0 + 230, "y": y}},
            {"id": ids[2], "block": "time.sustained", "params": {"duration_s": 60}, "position": {"x": x0 + 460, "y": y}},
            {"id": ids[3], "block": "action.alert", "params": {}, "position": {"x": x0 + 690, "y": y}},
        ]
        edges += [{"from": f"{ids[0]}.value", "to": f"{ids[1]}.x"}, {"from": f"{ids[1]}.out", "to": f"{ids[2]}.x"},
                  {"from": f"{ids[2]}.out", "to": f"{ids[3]}.when"}]
    return {"schema": "safeblocks.rule/1", "id": "bench.two_hundred", "version": 1,
            "title": {"zh": "200 个节点", "en": "200 nodes"}, "risk_level": "L2", "on_unknown": "alert",
            "nodes": nodes, "edges": edges}


def run(drops: int, chains: int = 50) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, builder_server(Path(tmp)) as url, sync_playwright() as p:
        rule = Path(tmp) / "big.json"
        rule.write_text(json.dumps(big_rule(chains)), "utf-8")
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(url + "/?lang=en")
        page.wait_for_selector(".sb-canvas")
        page.get_by_role("button", name="Open").click()
        t0 = time.perf_counter()
        page.locator(".q-dialog .q-uploader input[type=file]").set_input_files(str(rule))
        page.wait_for_function(f"document.querySelectorAll('.vue-flow__node').length >= {4 * chains}")
        page.get_by_text("No problems: the rule can run").wait_for()
        load_ms = (time.perf_counter() - t0) * 1000
        page.wait_for_timeout(500)  # let fitView settle
        for k in range(drops):
            page.drag_and_drop('.sb-palette-item[data-block="compare.gt"]', ".sb-canvas",
                               target_position={"x": 120 + 40 * (k % 10), "y": 60 + 30 * (k // 10)})
            page.wait_for_selector(f'.vue-flow__node[data-id="gt{k + 1}"] .sb-has-problem')
        page.wait_for_function(f"(window.__sbValidatedTimes || []).length >= {drops}")
        rendered = page.evaluate("window.__sbDropTimes")
        validated = page.evaluate("window.__sbValidatedTimes")
        nodes = page.locator(".vue-flow__node").count()
        browser.close()

    def stats(xs: list[float]) -> dict[str, float]:
        xs = sorted(xs)
        return {"median_ms": round(statistics.median(xs), 1), "p95_ms": round(xs[int(0.95 * (len(xs) - 1))], 1),
                "max_ms": round(xs[-1], 1)}

    return {"nodes_before": 4 * chains, "nodes_after": nodes, "drops": drops, "load_200_nodes_ms": round(load_ms),
            "drop_to_rendered": stats(rendered), "drop_to_validated": stats(validated)}


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tests.builder.bench_canvas")
    ap.add_argument("--drops", type=int, default=20)
    ap.add_argument("--chains", type=int, default=50, help="4 nodes each (50 -> 200 nodes)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    out = run(args.drops, args.chains)
    if args.json:
        print(json.dumps(out))
        return
    r, v = out["drop_to_rendered"], out["drop_to_validated"]
    print(f"{out['nodes_before']}-node rule loaded and rendered in {out['load_200_nodes_ms']} ms")
    print(f"drop -> node rendered : median {r['median_ms']} ms, p95 {r['p95_ms']} ms, max {r['max_ms']} ms ({args.drops} drops)")
    print(f"drop -> validated     : median {v['median_ms']} ms, p95 {v['p95_ms']} ms, max {v['max_ms']} ms")


if __name__ == "__main__":
    main()
