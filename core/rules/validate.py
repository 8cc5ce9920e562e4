"""Validation of a rule document: every problem at once, as data.

Order of checks: the document schema, then node ids and blocks, block params (each block's own
JSON Schema), edges and port types, cycles, units, actions and safe states. Later checks run on
whatever the earlier ones left sound, so one mistake does not hide the others.
"""

from __future__ import annotations

import difflib
import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jsonschema
import networkx as nx

from core import units as U
from core.registry import Registry
from core.rules.blockapi import BlockSpec, Port, PortType
from core.rules.document import rule_schema
from core.rules.problems import Problem, pointer
from core.timeutil import parse_ts


@dataclass
class Checked:
    """What validation learned, reused by the compiler (so it never re-derives it)."""

    specs: dict[str, BlockSpec] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # topological
    # (dst node, dst port) -> [(src node, src port)]
    wires: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    units: dict[tuple[str, str], str | None] = field(default_factory=dict)
    types: dict[tuple[str, str], PortType] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # source node -> numeric | categorical


@cache
def _doc_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(rule_schema())


_param_validators: dict[int, tuple[Any, jsonschema.Draft202012Validator]] = {}


def _param_validator(spec: BlockSpec) -> jsonschema.Draft202012Validator:
    """Validators are costly to build: one per block spec (keyed by identity, kept alive with it)."""
    hit = _param_validators.get(id(spec))
    if hit is None or hit[0] is not spec:
        hit = (spec, jsonschema.Draft202012Validator(spec.params_schema))
        _param_validators[id(spec)] = hit
    return hit[1]


def _schema_problems(doc: Any) -> list[Problem]:
    validator = _doc_validator()
    out: list[Problem] = []
    for err in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        ptr = pointer(*err.absolute_path)
        if err.validator == "additionalProperties":
            extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
            for name in extra:
                allowed = ", ".join(sorted(err.schema.get("properties", {})))
                out.append(Problem(
                    "unknown_field", f"unknown field {name!r}", f"未知字段 “{name}”",
                    pointer=ptr + pointer(name),
                    hint={"en": f"allowed here: {allowed}", "zh": f"此处允许的字段：{allowed}"},
                ))
            continue
        out.append(Problem("schema", err.message, f"不符合规则文档格式：{err.message}", pointer=ptr))
    return out


def validate(doc: Any, registry: Registry, capabilities: Mapping[str, Any] | None = None) -> tuple[list[Problem], Checked]:
    """Check one rule document. Returns (problems, what was learned). No problems = compilable."""
    checked = Checked()
    if not isinstance(doc, dict):
        return [Problem("schema", "a rule document is a JSON object", "规则文档必须是 JSON 对象")], checked
    problems = _schema_problems(doc)
    nodes: list[Any] = doc["nodes"] if isinstance(doc.get("nodes"), list) else []
    edges: list[Any] = doc["edges"] if isinstance(doc.get("edges"), list) else []

    index: dict[str, int] = {}
    for i, node in enumerate(nodes):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str):
            continue
        nid = node["id"]
        if nid in index:
            problems.append(Problem("duplicate_id", f"node id {nid!r} is used twice (first at /nodes/{index[nid]})",
                                    f"节点编号 “{nid}” 重复（首次出现在 /nodes/{index[nid]}）",
                                    pointer=pointer("nodes", i, "id"), node=nid))
            continue
        index[nid] = i
        block = node.get("block")
        spec = registry.block(block) if isinstance(block, str) else None
        if spec is None:
            close = difflib.get_close_matches(str(block), registry.blocks.names(), n=3)
            problems.append(Problem(
                "unknown_block", f"unknown block {block!r}", f"未知的积木类型 “{block}”",
                pointer=pointer("nodes", i, "block"), node=nid,
                hint={"en": "did you mean: " + ", ".join(close) if close else "run `safeblocks blocks` for the catalogue",
                      "zh": "是否想用：" + "、".join(close) if close else "运行 `safeblocks blocks` 查看积木目录"},
            ))
            continue
        checked.specs[nid] = spec
        params = node.get("params", {})
        if not isinstance(params, dict):
            continue
        pv = _param_validator(spec)
        for err in pv.iter_errors(params):
            problems.append(Problem(
                "bad_param", f"{spec.name}: {err.message}", f"{spec.title.get('zh', spec.name)} 参数错误：{err.message}",
                pointer=pointer("nodes", i, "params", *err.absolute_path), node=nid,
            ))

    graph: nx.DiGraph = nx.DiGraph()
    graph.add_nodes_from(checked.specs)
    for j, edge in enumerate(edges):
        if not isinstance(edge, dict):
            continue
        ends: list[tuple[str, str, Port] | None] = []
        for side in ("from", "to"):
            ref = edge.get(side)
            if not isinstance(ref, str) or "." not in ref:
                ends.append(None)
                continue
            nid, port = ref.split(".", 1)
            if nid not in index:
                problems.append(Problem("dangling_edge", f"edge {side} {ref!r}: no node {nid!r}",
                                        f"连线端点 “{ref}” 指向不存在的节点 “{nid}”", pointer=pointer("edges", j, side), edge=j))
                ends.append(None)
                continue
            spec = checked.specs.get(nid)
            if spec is None:
                ends.append(None)
                continue
            p = spec.output(port) if side == "from" else spec.input(port)
            if p is None:
                names = [x.name for x in (spec.outputs if side == "from" else spec.inputs)]
                problems.append(Problem(
                    "unknown_port", f"block {spec.name} has no {'output' if side == 'from' else 'input'} port {port!r}",
                    f"积木 {spec.name} 没有{'输出' if side == 'from' else '输入'}端口 “{port}”",
                    pointer=pointer("edges", j, side), node=nid, edge=j,
                    hint={"en": "ports: " + ", ".join(names), "zh": "可用端口：" + "、".join(names)},
                ))
                ends.append(None)
                continue
            ends.append((nid, port, p))
        first, second = ends
        if first is None or second is None:
            continue
        (sn, sp, sport), (dn, dp, dport) = first, second
        if not dport.accepts(sport.type):
            problems.append(Problem(
                "port_type_mismatch", f"{sn}.{sp} ({sport.type}) cannot feed {dn}.{dp} ({dport.type})",
                f"{sn}.{sp}（{sport.type}）不能连接到 {dn}.{dp}（{dport.type}）", pointer=pointer("edges", j), edge=j, node=dn,
            ))
            continue
        srcs = checked.wires.setdefault((dn, dp), [])
        if srcs:
            problems.append(Problem("input_conflict", f"input {dn}.{dp} is already wired from {srcs[0][0]}.{srcs[0][1]}",
                                    f"输入 {dn}.{dp} 已连接到 {srcs[0][0]}.{srcs[0][1]}",
                                    pointer=pointer("edges", j, "to"), edge=j, node=dn))
            continue
        srcs.append((sn, sp))
        graph.add_edge(sn, dn)

    for nid, spec in checked.specs.items():
        for inp in spec.inputs:
            if inp.required and (nid, inp.name) not in checked.wires:
                problems.append(Problem("missing_input", f"required input {nid}.{inp.name} is not connected",
                                        f"必需的输入 {nid}.{inp.name} 未连接", pointer=pointer("nodes", index[nid]), node=nid))
        if spec.variadic is not None and not any(k[0] == nid for k in checked.wires):
            problems.append(Problem("missing_input", f"{spec.name} {nid} needs at least one input",
                                    f"{spec.name} 节点 {nid} 至少需要一个输入", pointer=pointer("nodes", index[nid]), node=nid))

    try:
        cycle = nx.find_cycle(graph)
    except nx.NetworkXNoCycle:
        cycle = None
    if cycle:
        path = tuple(e[0] for e in cycle) + (cycle[-1][1],)
        problems.append(Problem("cycle", "the graph has a cycle: " + " -> ".join(path),
                                "连线形成了环路：" + " -> ".join(path), path=path, node=path[0],
                                hint={"en": "a rule must be a DAG; use time.sustained or a latch, not feedback",
                                      "zh": "规则必须是无环图，请删除反馈连线"}))
    else:
        checked.order = list(nx.lexicographical_topological_sort(graph))
        problems += _check_units(doc, checked, index)

    problems += _check_actions(doc, checked, index, capabilities)
    problems += _check_tests(doc)
    return problems, checked


def _infer_kind(nid: str, doc: Mapping[str, Any], checked: Checked, index: dict[str, int]) -> str:
    """A signal without a declared kind is categorical when it only feeds text comparisons."""
    consumers = [(dn, dp) for (dn, dp), srcs in checked.wires.items() if srcs[0][0] == nid]
    if not consumers:
        return "numeric"
    for dn, dp in consumers:
        port = checked.specs[dn].input(dp)
        dparams = doc["nodes"][index[dn]].get("params", {}) or {}
        if port is None or not (port.type == "text" or (port.type == "value" and isinstance(dparams.get("value"), str))):
            return "numeric"
    return "categorical"


def _check_units(doc: Mapping[str, Any], checked: Checked, index: dict[str, int]) -> list[Problem]:
    out: list[Problem] = []
    nodes = doc["nodes"]
    for nid in checked.order:
        spec = checked.specs[nid]
        params = nodes[index[nid]].get("params", {}) or {}
        if spec.source_kind is not None:
            if spec.name == "signal" and "kind" not in params:
                checked.kinds[nid] = _infer_kind(nid, doc, checked, index)
                params = {**params, "kind": checked.kinds[nid]}
            else:
                checked.kinds[nid] = spec.source_kind(params)
        in_units: dict[str, str | None] = {}
        for (dn, dp), srcs in checked.wires.items():
            if dn == nid:
                in_units[dp] = checked.units.get(srcs[0])
                src_type = checked.types.get(srcs[0])
                port = spec.input(dp)
                if src_type and port and not port.accepts(src_type):
                    out.append(Problem("port_type_mismatch",
                                       f"{srcs[0][0]}.{srcs[0][1]} carries {src_type}, {nid}.{dp} expects {port.type}",
                                       f"{srcs[0][0]}.{srcs[0][1]} 的类型是 {src_type}，{nid}.{dp} 需要 {port.type}",
                                       pointer=pointer("nodes", index[nid]), node=nid))
        result = spec.units(params, in_units) if spec.units else None
        for port in spec.outputs:
            checked.units[(nid, port.name)] = result.outputs.get(port.name) if result else None
            checked.types[(nid, port.name)] = (result.output_types.get(port.name) if result else None) or port.type
        if result:
            for sub, en, zh in result.problems:
                out.append(Problem("unit_mismatch", en, zh, pointer=pointer("nodes", index[nid]) + sub, node=nid,
                                   hint={"en": "units are never converted implicitly: declare the same unit or add an explicit conversion",
                                         "zh": "单位不会被隐式换算：请声明相同单位或添加显式换算积木"}))
    return out


def _check_actions(doc: Mapping[str, Any], checked: Checked, index: dict[str, int],
                   capabilities: Mapping[str, Any] | None) -> list[Problem]:
    out: list[Problem] = []
    actions = [nid for nid, s in checked.specs.items() if s.action is not None]
    if checked.specs and not actions:
        out.append(Problem("no_action", "the rule has no action block, so it can never do anything",
                           "规则没有动作积木，永远不会产生动作", pointer="/nodes",
                           hint={"en": "add an action (alert, actuator, permit_suspend, ...)", "zh": "请添加动作积木（报警、执行器、暂停作业票等）"}))
    on_unknown = doc.get("on_unknown", "safe_state")
    allowed = (capabilities or {}).get("actuators")
    for nid in actions:
        spec = checked.specs[nid]
        if spec.action is None or spec.action.type != "actuator":
            continue
        params = doc["nodes"][index[nid]].get("params", {}) or {}
        device, safe = params.get("device"), params.get("safe_state")
        if on_unknown == "safe_state" and not safe:
            out.append(Problem("missing_safe_state", f"actuator {device!r} has no declared safe_state, and on_unknown is safe_state",
                               f"执行器 “{device}” 未声明安全状态，而规则的 on_unknown 为 safe_state",
                               pointer=pointer("nodes", index[nid], "params"), node=nid,
                               hint={"en": "declare the reviewed safe state (\"off\" is never assumed safe)",
                                     "zh": "请声明经过评审的安全状态（不会默认“关闭”为安全）"}))
        if allowed is None or not isinstance(device, str):
            continue
        match = next((a for a in allowed if fnmatch.fnmatchcase(device, a.get("device", ""))), None)
        if match is None:
            out.append(Problem("actuator_not_allowed", f"the pack's capabilities do not allow commanding {device!r}",
                               f"行业包的能力声明不允许控制 “{device}”", pointer=pointer("nodes", index[nid], "params", "device"), node=nid))
        elif safe and match.get("safe_state") and safe != match["safe_state"]:
            out.append(Problem("safe_state_mismatch",
                               f"safe_state {safe!r} differs from the reviewed safe state {match['safe_state']!r} in pack.toml",
                               f"安全状态 “{safe}” 与 pack.toml 中评审过的安全状态 “{match['safe_state']}” 不一致",
                               pointer=pointer("nodes", index[nid], "params", "safe_state"), node=nid))
        elif params.get("command") not in (match.get("commands") or [params.get("command")]):
            out.append(Problem("actuator_not_allowed", f"command {params.get('command')!r} is not declared for {device!r}",
                               f"未声明 “{device}” 可以执行命令 “{params.get('command')}”",
                               pointer=pointer("nodes", index[nid], "params", "command"), node=nid))
    return out


def _check_tests(doc: Mapping[str, Any]) -> list[Problem]:
    out: list[Problem] = []
    tests = doc.get("tests")
    if not isinstance(tests, list):
        return out
    for i, t in enumerate(tests):
        if not isinstance(t, dict):
            continue
        stamps: list[tuple[str, int | None, Any]] = [("expect", j, e.get("at")) for j, e in enumerate(t.get("expect") or []) if isinstance(e, dict)]
        stamps += [("events", j, e[0] if isinstance(e, list) and e else (e.get("ts") if isinstance(e, dict) else None))
                    for j, e in enumerate(t.get("events") or [])]
        if "until" in t:
            stamps.append(("until", None, t["until"]))
        for part, j, ts in stamps:
            try:
                parse_ts(ts)
            except (ValueError, TypeError) as e:
                ptr = pointer("tests", i, part) if j is None else pointer("tests", i, part, j)
                out.append(Problem("bad_test", f"test {t.get('name')!r}: {e}", f"测试 “{t.get('name')}”：时间格式错误 {e}", pointer=ptr))
    return out


def unit_problem(port_unit: str | None, declared: str | None, what: str) -> tuple[str, str, str] | None:
    """A comparison of an input in ``port_unit`` with a limit declared in ``declared``."""
    try:
        a, b = U.canonical(port_unit), U.canonical(declared)
    except ValueError as e:
        return ("/params/unit", str(e), f"未知单位：{e}")
    if a == b:
        return None
    return ("/params/unit",
            f"{what}: the input is in {U.symbol(a) or 'no unit'} but the limit is in {U.symbol(b) or 'no unit'}",
            f"{what}：输入单位为 {U.symbol(a) or '无'}，而限值单位为 {U.symbol(b) or '无'}")
