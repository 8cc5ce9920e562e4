"""Single-file ONNX from bytes, checked against its descriptor, run through onnxruntime on one core.

A model is never given to onnxruntime as a path: a path lets the graph pull external-data files from
wherever it points, so a pack could read files outside itself. Bytes in, and any tensor that declares
external data is refused before a session exists.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.models.descriptor import ModelError, check_graph, validate_descriptor
from core.rules.problems import Problem

MAX_MODEL_BYTES = 64 * 1024 * 1024


def _tensors_of(model: Any) -> list[Any]:
    """Every TensorProto of the graph, including those inside Constant nodes and subgraphs."""
    import onnx

    out: list[Any] = []
    graphs = [model.graph]
    while graphs:
        g = graphs.pop()
        out.extend(g.initializer)
        out.extend(s.values for s in g.sparse_initializer)
        for node in g.node:
            for attr in node.attribute:
                if attr.type == onnx.AttributeProto.TENSOR:
                    out.append(attr.t)
                elif attr.type == onnx.AttributeProto.TENSORS:
                    out.extend(attr.tensors)
                elif attr.type == onnx.AttributeProto.GRAPH:
                    graphs.append(attr.g)
                elif attr.type == onnx.AttributeProto.GRAPHS:
                    graphs.extend(attr.graphs)
    return out


def parse_onnx(data: bytes) -> Any:
    """Bytes -> a checked ``onnx.ModelProto``; :class:`ModelError` for anything unusable."""
    import onnx

    if not isinstance(data, bytes | bytearray) or not data:
        raise ModelError.one("onnx_empty", "the ONNX file is empty", "ONNX 文件为空")
    if len(data) > MAX_MODEL_BYTES:
        raise ModelError.one("onnx_too_large", f"the ONNX file is larger than {MAX_MODEL_BYTES} bytes",
                             f"ONNX 文件超过 {MAX_MODEL_BYTES} 字节")
    try:
        model = onnx.load_model_from_string(bytes(data))
    except Exception as e:  # protobuf raises its own DecodeError and friends
        raise ModelError.one("onnx_corrupt", f"the ONNX file cannot be parsed (corrupted?): {e}",
                             f"ONNX 文件无法解析（文件可能已损坏）：{e}") from e
    if not model.graph.node and not model.graph.output:
        # protobuf happily parses many random byte strings as an empty model
        raise ModelError.one("onnx_corrupt", "the ONNX file holds no graph (corrupted or not an ONNX model)",
                             "ONNX 文件中没有计算图（文件已损坏或不是 ONNX 模型）")
    external = [t.name or "?" for t in _tensors_of(model)
                if t.data_location == onnx.TensorProto.EXTERNAL or len(t.external_data) > 0]
    if external:
        raise ModelError.one("onnx_external_data",
                             f"the model refers to external data files ({', '.join(external[:5])}): only single-file ONNX is accepted",
                             f"模型引用了外部数据文件（{'、'.join(external[:5])}）：只接受单文件 ONNX")
    try:
        onnx.checker.check_model(model)
    except Exception as e:
        raise ModelError.one("onnx_invalid", f"the ONNX model is invalid: {e}", f"ONNX 模型不合法：{e}") from e
    return model


def session_options() -> Any:
    import onnxruntime as ort

    so = ort.SessionOptions()
    # one core per model: the runtime shares the box with everything else, and latency is measured this way
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.log_severity_level = 3
    return so


@dataclass
class LoadedModel:
    """One version of one model, ready to score windows of shape [window, features]."""

    id: str
    version: int
    descriptor: Mapping[str, Any]
    session: Any
    sha256: str
    features: tuple[str, ...] = field(default=())
    window: int = 1
    threshold_on: float = 1.0
    threshold_off: float = 1.0
    source: str = ""

    def run(self, window: np.ndarray) -> tuple[float, np.ndarray]:
        """Score one window. Raises :class:`ModelError` when onnxruntime fails or the output is not finite."""
        x = np.ascontiguousarray(window, dtype=np.float32).reshape(1, self.window, len(self.features))
        outs = self.descriptor["outputs"]
        try:
            score, contrib = self.session.run([outs["score"], outs["contributions"]],
                                              {self.descriptor["input"]["name"]: x})
        except Exception as e:
            raise ModelError.one("model_run_failed", f"model {self.id} v{self.version} failed to run: {e}",
                                 f"模型 {self.id} v{self.version} 运行失败：{e}") from e
        s = np.asarray(score, dtype=np.float64).reshape(-1)
        c = np.asarray(contrib, dtype=np.float64).reshape(-1)
        if s.size != 1 or c.size != len(self.features):
            raise ModelError.one("model_output_shape",
                                 f"model {self.id} v{self.version} returned {s.size} score(s) and {c.size} contributions "
                                 f"for one window of {len(self.features)} features",
                                 f"模型 {self.id} v{self.version} 对一个窗口返回了 {s.size} 个分数和 {c.size} 个贡献值"
                                 f"（应为 1 个和 {len(self.features)} 个）")
        if not np.isfinite(s[0]) or not np.all(np.isfinite(c)):
            raise ModelError.one("model_output_nan", f"model {self.id} v{self.version} returned NaN or infinity",
                                 f"模型 {self.id} v{self.version} 输出了 NaN 或无穷大")
        return float(s[0]), c


def load_model(descriptor: Mapping[str, Any], data: bytes, source: str = "") -> LoadedModel:
    """Descriptor and ONNX bytes -> a :class:`LoadedModel`; every problem at once in a :class:`ModelError`."""
    import onnxruntime as ort

    problems: list[Problem] = validate_descriptor(descriptor)
    if problems:
        raise ModelError(problems)
    mid, ver = descriptor["id"], int(descriptor["version"])
    try:
        model = parse_onnx(data)
    except ModelError as e:
        raise ModelError([Problem(p.code, f"model {mid} v{ver}: {p.en}", f"模型 {mid} v{ver}：{p.zh}") for p in e.problems]) from e
    digest = hashlib.sha256(bytes(data)).hexdigest()
    want = descriptor.get("onnx_sha256")
    if want and want != digest:
        problems.append(Problem("onnx_hash_mismatch", f"model {mid} v{ver}: the ONNX file does not match the descriptor's sha256",
                                f"模型 {mid} v{ver}：ONNX 文件与描述文件中的 sha256 不一致", pointer="/onnx_sha256"))
    problems += [Problem(p.code, f"model {mid} v{ver}: {p.en}", f"模型 {mid} v{ver}：{p.zh}", pointer=p.pointer)
                 for p in check_graph(descriptor, model.graph)]
    if problems:
        raise ModelError(problems)
    try:
        session = ort.InferenceSession(bytes(data), sess_options=session_options(), providers=["CPUExecutionProvider"])
    except Exception as e:
        raise ModelError.one("onnx_session_failed", f"model {mid} v{ver}: onnxruntime cannot load it: {e}",
                             f"模型 {mid} v{ver}：onnxruntime 无法加载：{e}") from e
    th = descriptor["threshold"]
    return LoadedModel(id=mid, version=ver, descriptor=descriptor, session=session, sha256=digest,
                       features=tuple(f["name"] for f in descriptor["input"]["features"]),
                       window=int(descriptor["input"]["window"]), threshold_on=float(th["on"]),
                       threshold_off=float(th.get("off", th["on"])), source=source)
