"""The model descriptor (``safeblocks.model/1``): JSON Schema, then a check against the ONNX graph.

Every problem is returned as data (:class:`core.rules.problems.Problem`, zh and en) so ``safeblocks check``
and the model store report them the same way; :class:`ModelError` carries them when loading must stop.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from core.rules.problems import Problem, pointer

DESCRIPTOR_SCHEMA_ID = "safeblocks.model/1"

# ONNX TensorProto.FLOAT; written out so this module does not import onnx just for a constant
_FLOAT = 1
_DTYPE_NAMES = {1: "float32", 2: "uint8", 3: "int8", 5: "int16", 6: "int32", 7: "int64", 9: "bool", 10: "float16",
                11: "float64"}


class ModelError(Exception):
    """A model cannot be used. ``problems`` says why, in zh and en; ``code`` is the first problem's code."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(p.en for p in self.problems))

    @property
    def code(self) -> str:
        return self.problems[0].code if self.problems else "model_error"

    @property
    def en(self) -> str:
        return "; ".join(p.en for p in self.problems)

    @property
    def zh(self) -> str:
        return "；".join(p.zh for p in self.problems)

    @classmethod
    def one(cls, code: str, en: str, zh: str) -> ModelError:
        return cls([Problem(code, en, zh)])


@cache
def descriptor_schema() -> dict[str, Any]:
    text = resources.files("core.models").joinpath("schema/model.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_descriptor(doc: Any) -> list[Problem]:
    """Schema problems, then the cross-field ones (duplicate feature names, off above on)."""
    problems: list[Problem] = []
    validator = jsonschema.Draft202012Validator(descriptor_schema())
    for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        ptr = pointer(*err.absolute_path)
        problems.append(Problem("descriptor_schema", f"descriptor {ptr or '/'}: {err.message}",
                                f"模型描述文件 {ptr or '/'} 不符合格式：{err.message}", pointer=ptr))
    if problems or not isinstance(doc, Mapping):
        return problems
    names = [f["name"] for f in doc["input"]["features"]]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        problems.append(Problem("duplicate_feature", f"feature names used twice: {', '.join(dup)}",
                                f"特征名称重复：{'、'.join(dup)}", pointer="/input/features"))
    th = doc["threshold"]
    if "off" in th and th["off"] > th["on"]:
        problems.append(Problem("bad_threshold", f"threshold.off ({th['off']}) is above threshold.on ({th['on']})",
                                f"阈值 off（{th['off']}）高于 on（{th['on']}）", pointer="/threshold/off"))
    norm = doc.get("normalisation") or {}
    for key in ("mean", "std"):
        if key in norm and len(norm[key]) != len(names):
            problems.append(Problem("bad_normalisation", f"normalisation.{key} has {len(norm[key])} values for {len(names)} features",
                                    f"normalisation.{key} 有 {len(norm[key])} 个值，但特征有 {len(names)} 个",
                                    pointer=f"/normalisation/{key}"))
    return problems


def _dims(value_info: Any) -> list[int | str | None]:
    """The declared shape: an int per fixed axis, the symbol name of a dynamic one, None if unnamed."""
    shape = value_info.type.tensor_type.shape
    out: list[int | str | None] = []
    for d in shape.dim:
        if d.HasField("dim_value"):
            out.append(int(d.dim_value))
        elif d.HasField("dim_param"):
            out.append(d.dim_param)
        else:
            out.append(None)
    return out


def _dtype(value_info: Any) -> str:
    t = value_info.type.tensor_type.elem_type
    return _DTYPE_NAMES.get(t, f"type#{t}")


def _shape_ok(got: list[int | str | None], want: list[int | None]) -> bool:
    """``want`` None = any size (the batch axis); a fixed axis in ``want`` needs the same fixed size."""
    if len(got) != len(want):
        return False
    for g, w in zip(got, want):
        if w is None:
            if isinstance(g, int) and g != 1:
                return False  # a fixed batch other than 1 cannot take one window at a time
            continue
        if g != w:
            return False
    return True


def _fmt(shape: Sequence[int | str | None]) -> str:
    return "[" + ", ".join("?" if d is None else str(d) for d in shape) + "]"


def check_graph(doc: Mapping[str, Any], graph: Any) -> list[Problem]:
    """The descriptor against the ONNX graph (``onnx.GraphProto``): names, shapes and dtypes."""
    problems: list[Problem] = []
    inits = {i.name for i in graph.initializer}
    inputs = {i.name: i for i in graph.input if i.name not in inits}
    outputs = {o.name: o for o in graph.output}
    inp = doc["input"]
    n_feat, window = len(inp["features"]), int(inp["window"])
    name = inp["name"]
    if name not in inputs:
        problems.append(Problem("input_missing", f"the ONNX graph has no input {name!r} (it has: {', '.join(inputs) or 'none'})",
                                f"ONNX 图中没有输入 “{name}”（现有：{'、'.join(inputs) or '无'}）", pointer="/input/name"))
    else:
        vi = inputs[name]
        if _dtype(vi) != "float32":
            problems.append(Problem("dtype_mismatch", f"input {name!r} is {_dtype(vi)}, the descriptor says float32",
                                    f"输入 “{name}” 的类型为 {_dtype(vi)}，描述文件要求 float32", pointer="/input/dtype"))
        want: list[int | None] = [None, window, n_feat]
        got = _dims(vi)
        if not _shape_ok(got, want):
            problems.append(Problem("shape_mismatch",
                                    f"input {name!r} has shape {_fmt(got)}, the descriptor needs {_fmt(want)} (batch, window, features)",
                                    f"输入 “{name}” 的形状为 {_fmt(got)}，描述文件要求 {_fmt(want)}（批、窗口长度、特征数）",
                                    pointer="/input"))
    extra = sorted(set(inputs) - {name})
    if extra:
        problems.append(Problem("extra_input", f"the ONNX graph needs inputs the descriptor does not feed: {', '.join(extra)}",
                                f"ONNX 图需要描述文件未提供的输入：{'、'.join(extra)}", pointer="/input/name"))
    expected: tuple[tuple[str, list[int | None]], ...] = (("score", [None]), ("contributions", [None, n_feat]))
    for key, want_shape in expected:
        oname = doc["outputs"][key]
        if oname not in outputs:
            problems.append(Problem("output_missing", f"the ONNX graph has no output {oname!r} ({key})",
                                    f"ONNX 图中没有输出 “{oname}”（{key}）", pointer=f"/outputs/{key}"))
            continue
        vo = outputs[oname]
        if _dtype(vo) != "float32":
            problems.append(Problem("dtype_mismatch", f"output {oname!r} is {_dtype(vo)}, expected float32",
                                    f"输出 “{oname}” 的类型为 {_dtype(vo)}，应为 float32", pointer=f"/outputs/{key}"))
        got = _dims(vo)
        if not _shape_ok(got, want_shape):
            problems.append(Problem("shape_mismatch", f"output {oname!r} has shape {_fmt(got)}, expected {_fmt(want_shape)}",
                                    f"输出 “{oname}” 的形状为 {_fmt(got)}，应为 {_fmt(want_shape)}", pointer=f"/outputs/{key}"))
    return problems
