"""``model.score``: windows the wired signals per the model descriptor, scores them with onnxruntime,
and outputs ``anomalous`` (bool3, with hysteresis) and ``score`` (number).

Wiring: the block's inputs are variadic number ports named after the descriptor's features
(``{"from": "flow.value", "to": "m.Volume_Flow_RateRMS"}``); a port the model does not know, or a feature
left unwired, makes the output UNKNOWN with a message naming them (checked when the model is looked up,
because the model store is a run-time service and can change version under a running rule).

Sampling: the values of all inputs at one event time form one row. A row is complete when event time
moves past it (the block asks for a timer half a sampling period later, so a row is scored without
waiting for the next sample). Rows closer than half a sampling period replace each other (latest wins);
a gap longer than ``max_gap_s`` starts a new window.

Never "normal" by default: an UNKNOWN input, a missing model, a load or run failure, NaN output, a
feature mismatch or a window that is still filling all give ``None`` on both outputs, with the reason in
the explanation (zh and en).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import Any

import numpy as np

from core.rules.blockapi import BlockSpec, NodeBuild, Port, StepFn, UnitsResult

# explain() sees the node's per-engine state (NodeBuild.state) merged over its params under this key.
STATE_KEY = "_model_state"


class ScoreState:
    """What the last scored window said, for the explanation and for tests."""

    __slots__ = ("model", "version", "score", "anomalous", "top", "reason_en", "reason_zh", "rows", "on", "off", "scored")

    def __init__(self, model: str) -> None:
        self.model = model
        self.version: int | None = None
        self.score: float | None = None
        self.anomalous: bool | None = None
        self.top: list[tuple[str, float]] = []
        self.reason_en: str | None = "waiting for the first complete sample"
        self.reason_zh: str | None = "等待首个完整采样"
        self.rows = 0
        self.on: float | None = None
        self.off: float | None = None
        self.scored = 0  # windows scored so far (diagnostics)

    def dump(self) -> Any:
        return [None if (v := getattr(self, k)) is None else (float(v) if k in ("score", "on", "off") else v)
                for k in self.__slots__]

    def load(self, data: Any) -> None:
        for k, v in zip(self.__slots__, data, strict=True):
            setattr(self, k, [tuple(t) for t in v] if k == "top" else v)

    def unknown(self, en: str, zh: str) -> None:
        self.reason_en, self.reason_zh = en, zh
        self.score = self.anomalous = None
        self.top = []


def _ports(nb: NodeBuild) -> list[tuple[str, int]]:
    """(port name, slot) of the wired variadic inputs. The compiler appends variadic slots in sorted port
    order and records a unit for every wired port, so sorted(input_units) lines up with ``variadic``."""
    names = sorted(nb.input_units)
    return list(zip(names, nb.variadic))


def _build(nb: NodeBuild) -> StepFn:
    vals, o_anom, o_score = nb.vals, nb.outs["anomalous"], nb.outs["score"]
    params = nb.params
    model_id = str(params["model"])
    top_n = int(params.get("top", 3))
    store = nb.services.get("models")
    ports = _ports(nb)
    names = [p for p, _ in ports]
    slots = [s for _, s in ports]
    st = nb.keep("scored", ScoreState(model_id))
    nb.state[STATE_KEY] = st  # per engine: explain() sees it merged over the params
    # window state (saved by Engine.snapshot): the rows, kept at most the bound model's window long
    buf: deque[list[float]] = nb.keep("rows", deque())
    pending: list[Any] = nb.keep("open_row", [None, None])  # [event time of the open row, its values]
    last_row: list[float | None] = nb.keep("last_row", [None])
    timer: list[float | None] = nb.keep("timer", [None])
    current: dict[str, Any] = {"model": None, "cols": None}  # the bound model: looked up again after a restore

    def unknown(en: str, zh: str) -> None:
        st.unknown(en, zh)
        vals[o_anom] = vals[o_score] = None

    def bind(model: Any) -> str | None:
        """Map the model's features to wired ports; a new version may change the window length."""
        missing = [f for f in model.features if f not in names]
        extra = [n for n in names if n not in model.features]
        if missing or extra:
            return ("inputs do not match the model's features: "
                    + (f"unwired {', '.join(missing)}" if missing else "")
                    + ("; " if missing and extra else "") + (f"unknown {', '.join(extra)}" if extra else ""))
        current["model"], current["cols"] = model, [names.index(f) for f in model.features]
        while len(buf) > model.window:  # a new version may have a shorter window
            buf.popleft()
        return None

    def available() -> Any:
        """The running model if it can score these inputs; otherwise None, with the reason set. Checked on
        every sample while the output is UNKNOWN, so the first UNKNOWN decision already names the cause."""
        if store is None:
            unknown("no model store in this runtime (services['models'])", "运行时未提供模型库（services['models']）")
            return None
        model = store.get(model_id)
        if model is None:
            err = store.missing(model_id)
            unknown(f"model unavailable: {err.en}", f"模型不可用：{err.zh}")
            return None
        if model is not current["model"]:
            problem = bind(model)
            if problem:
                current["model"] = None
                st.version = model.version
                unknown(problem, f"输入端口与模型特征不一致（{problem}）")
                return None
        st.version = model.version
        return model

    def inputs_unknown(row: list[Any]) -> bool:
        bad = [n for n, v in zip(names, row) if v is None]
        if bad:
            unknown(f"input {', '.join(bad)} is UNKNOWN (stale, bad or missing)", f"输入 {'、'.join(bad)} 未知（失联、坏值或缺失）")
        return bool(bad)

    def filling(model: Any, n: int) -> None:
        unknown(f"window filling ({n}/{model.window} samples)", f"窗口数据不足（{n}/{model.window}）")

    def commit(t: float, row: list[Any]) -> None:
        model = available()
        if model is None:
            return
        if inputs_unknown(row):
            buf.clear()  # a window with a hole is not a window: refill before scoring again
            return
        cols = current["cols"]
        max_gap = float(params.get("max_gap_s", 3.0 * float(model.descriptor["input"]["sampling_s"])))
        half = 0.5 * float(model.descriptor["input"]["sampling_s"])
        prev = last_row[0]
        if prev is not None and t - prev > max_gap:
            buf.clear()
        if prev is not None and buf and t - prev < half:
            buf[-1] = [row[c] for c in cols]
        else:
            buf.append([row[c] for c in cols])
            if len(buf) > model.window:
                buf.popleft()
            last_row[0] = t
        st.rows = len(buf)
        if len(buf) < model.window:
            filling(model, len(buf))
            return
        from core.models.descriptor import ModelError

        st.scored += 1
        try:
            score, contrib = model.run(np.asarray(buf, dtype=np.float32))
        except ModelError as e:
            unknown(e.en, e.zh)
            return
        on = float(params.get("threshold", model.threshold_on))
        # an overridden threshold keeps the model's hysteresis ratio unless clear_below says otherwise
        off = min(float(params.get("clear_below", model.threshold_off * on / model.threshold_on)), on)
        anomalous = score >= off if st.anomalous else score > on
        order = np.argsort(-np.abs(contrib))[:top_n]
        st.top = [(model.features[i], float(contrib[i])) for i in order]
        st.score, st.anomalous, st.on, st.off = score, bool(anomalous), on, off
        st.reason_en = st.reason_zh = None
        vals[o_score], vals[o_anom] = score, bool(anomalous)

    def step(now: float) -> None:
        is_timer = timer[0] is not None and now == timer[0]
        if pending[0] is not None and now > pending[0]:
            commit(pending[0], pending[1])
            pending[0] = None
        if is_timer:
            timer[0] = None
            return
        row = [vals[s] for s in slots]
        pending[0], pending[1] = now, row
        model = available() if st.score is None else (store.get(model_id) if store is not None else None)
        if st.score is None and model is not None and not inputs_unknown(row) and len(buf) < model.window:
            filling(model, len(buf))
        period = float(model.descriptor["input"]["sampling_s"]) if model is not None else 1.0
        due = now + 0.5 * period
        timer[0] = due
        nb.request_timer(due)

    return step


def _units(params: Mapping[str, Any], in_units: Mapping[str, str | None]) -> UnitsResult:
    return UnitsResult(outputs={"anomalous": None, "score": None})


def _fmt(v: float) -> str:
    return f"{v:+.3g}"


def explain(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
    st = params.get(STATE_KEY)
    mid = params.get("model")
    if not isinstance(st, ScoreState):
        return f"模型 {mid}：未知" if lang == "zh" else f"model {mid}: UNKNOWN"
    ver = f"v{st.version}" if st.version is not None else "v?"
    if st.anomalous is None or st.score is None:
        if lang == "zh":
            return f"模型 {mid} {ver} 结果未知：{st.reason_zh}"
        return f"model {mid} {ver} UNKNOWN: {st.reason_en}"
    top = ", ".join(f"{n} {_fmt(c)}" for n, c in st.top)
    if lang == "zh":
        return (f"模型 {mid} {ver} 异常分数 {st.score:.4g}（阈值 {st.on:.4g}，解除 {st.off:.4g}）："
                f"{'异常' if st.anomalous else '正常'}；主要贡献特征：{top}")
    return (f"model {mid} {ver} score {st.score:.4g} (threshold {st.on:.4g}, clears below {st.off:.4g}): "
            f"{'ANOMALOUS' if st.anomalous else 'normal'}; top contributions: {top}")


MODEL_SCORE = BlockSpec(
    name="model.score",
    category="models",
    title={"zh": "异常检测模型", "en": "Anomaly model score"},
    description={"zh": "按模型描述文件对输入信号开窗，经 onnxruntime 计算异常分数；输入端口名即模型特征名；"
                       "模型缺失、加载或运行失败、输出 NaN、输入失联或坏值时输出为未知，绝不视为正常",
                 "en": "Windows the inputs per the model descriptor and scores them with onnxruntime; input ports are "
                       "named after the model's features. Missing model, load/run failure, NaN output, stale or bad "
                       "input -> UNKNOWN, never normal"},
    icon="psychology",
    variadic=Port("x", "number"),
    outputs=(Port("anomalous", "bool3"), Port("score", "number")),
    params_schema={
        "type": "object", "additionalProperties": False, "required": ["model"],
        "properties": {
            "model": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_.\\-]{0,127}$", "description": "model id"},
            "threshold": {"type": "number", "exclusiveMinimum": 0, "description": "override threshold.on"},
            "clear_below": {"type": "number", "exclusiveMinimum": 0, "description": "override threshold.off"},
            "top": {"type": "integer", "minimum": 1, "maximum": 20, "default": 3},
            "max_gap_s": {"type": "number", "exclusiveMinimum": 0,
                          "description": "a longer gap between samples starts a new window (default 3 x sampling)"},
        },
    },
    build=_build,
    units=_units,
    explain=explain,
    timed=True,
)
