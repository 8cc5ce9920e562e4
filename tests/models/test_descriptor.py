"""Descriptor schema, descriptor-vs-graph checks, single-file loading and the store's install paths."""

from __future__ import annotations

import copy
import json

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from core.models.descriptor import ModelError, check_graph, validate_descriptor
from core.models.onnxio import load_model, parse_onnx
from core.models.store import ModelStore
from core.registry import ModelSpec


def codes(problems) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in problems]


def test_a_fitted_descriptor_is_valid(fitted):  # type: ignore[no-untyped-def]
    desc, data = fitted
    assert validate_descriptor(desc) == []
    assert check_graph(desc, onnx.load_model_from_string(data).graph) == []


@pytest.mark.parametrize("edit, code, where", [
    (lambda d: d.pop("threshold"), "descriptor_schema", "/"),
    (lambda d: d.__setitem__("id", "Bad Id"), "descriptor_schema", "/id"),
    (lambda d: d["input"].__setitem__("window", 0), "descriptor_schema", "/input/window"),
    (lambda d: d["input"]["features"][1].__setitem__("name", "flow"), "duplicate_feature", "/input/features"),
    (lambda d: d["input"]["features"][0].__setitem__("name", "flow rate"), "descriptor_schema", "/input/features/0/name"),
    (lambda d: d.__setitem__("threshold", {"on": 1.0, "off": 2.0}), "bad_threshold", "/threshold/off"),
    (lambda d: d["normalisation"].__setitem__("mean", [0.0]), "bad_normalisation", "/normalisation/mean"),
])
def test_descriptor_problems_name_code_and_pointer(fitted, edit, code, where):  # type: ignore[no-untyped-def]
    desc = copy.deepcopy(fitted[0])
    edit(desc)
    problems = validate_descriptor(desc)
    assert code in codes(problems)
    p = next(p for p in problems if p.code == code)
    assert p.pointer == ("" if where == "/" else where)
    assert p.en and p.zh and p.zh != p.en


def _graph(in_name: str = "window", in_type: int = TensorProto.FLOAT, shape=("batch", 5, 3),  # type: ignore[no-untyped-def]
           score: str = "score", n_feat: int = 3) -> onnx.ModelProto:
    """A minimal graph of the contract's shape: score = sum over window and features, contributions = sum over window."""
    nodes = [helper.make_node("Cast", [in_name], ["x"], to=TensorProto.FLOAT),
             helper.make_node("ReduceSum", ["x", "ax1"], ["contributions"], keepdims=0),
             helper.make_node("ReduceSum", ["contributions", "ax1"], [score], keepdims=0)]
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info(in_name, in_type, list(shape))],
                          [helper.make_tensor_value_info(score, TensorProto.FLOAT, ["batch"]),
                           helper.make_tensor_value_info("contributions", TensorProto.FLOAT, ["batch", n_feat])],
                          initializer=[numpy_helper.from_array(np.array([1], dtype=np.int64), "ax1")])
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    m.ir_version = 8
    return m


@pytest.mark.parametrize("model, code", [
    (_graph(in_name="x_in"), "input_missing"),
    (_graph(shape=("batch", 5, 4), n_feat=4), "shape_mismatch"),
    (_graph(shape=("batch", 6, 3)), "shape_mismatch"),
    (_graph(shape=(2, 5, 3)), "shape_mismatch"),
    (_graph(in_type=TensorProto.DOUBLE), "dtype_mismatch"),
    (_graph(score="anomaly_score"), "output_missing"),
])
def test_graph_checks(fitted, model, code):  # type: ignore[no-untyped-def]
    desc = {k: v for k, v in fitted[0].items() if k != "onnx_sha256"}
    assert code in codes(check_graph(desc, model.graph))
    with pytest.raises(ModelError) as e:
        load_model(desc, model.SerializeToString())
    assert code in codes(e.value.problems)
    assert "t.pump v1" in e.value.en and "t.pump v1" in e.value.zh


def test_a_matching_hand_built_graph_loads_and_runs(fitted):  # type: ignore[no-untyped-def]
    desc = {k: v for k, v in fitted[0].items() if k != "onnx_sha256"}
    m = load_model(desc, _graph().SerializeToString())
    score, contrib = m.run(np.ones((5, 3)))
    assert score == pytest.approx(15.0) and contrib.tolist() == [5.0, 5.0, 5.0]


def test_external_data_is_refused(fitted):  # type: ignore[no-untyped-def]
    model = onnx.load_model_from_string(fitted[1])
    init = model.graph.initializer[0]
    init.ClearField("raw_data")
    init.ClearField("float_data")
    init.data_location = TensorProto.EXTERNAL
    entry = init.external_data.add()
    entry.key, entry.value = "location", "../../etc/passwd"
    with pytest.raises(ModelError) as e:
        parse_onnx(model.SerializeToString())
    assert e.value.code == "onnx_external_data"
    assert "single-file" in e.value.en and "单文件" in e.value.zh


@pytest.mark.parametrize("data", [b"", b"\x00" * 64, b"this is not an onnx model at all", b"\xff\xfe" * 100])
def test_garbage_is_refused(data):  # type: ignore[no-untyped-def]
    with pytest.raises(ModelError) as e:
        parse_onnx(data)
    assert e.value.code in ("onnx_empty", "onnx_corrupt", "onnx_invalid")


def test_hash_mismatch_is_refused(fitted):  # type: ignore[no-untyped-def]
    desc = dict(fitted[0], onnx_sha256="0" * 64)
    with pytest.raises(ModelError) as e:
        load_model(desc, fitted[1])
    assert "onnx_hash_mismatch" in codes(e.value.problems)


def test_install_from_files_reads_bytes_and_records_errors(tmp_path, fitted):  # type: ignore[no-untyped-def]
    desc, data = fitted
    (tmp_path / "pump.json").write_text(json.dumps(desc), "utf-8")
    (tmp_path / "pump.onnx").write_bytes(data)
    store = ModelStore()
    assert store.install_file(tmp_path / "pump.json").version == 1
    (tmp_path / "other.json").write_text(json.dumps(dict(desc, id="t.other")), "utf-8")
    with pytest.raises(ModelError):
        store.install_file(tmp_path / "other.json")  # no other.onnx beside it
    assert store.get("t.other") is None
    assert store.missing("t.other").code == "onnx_missing"
    assert store.missing("t.never").code == "model_missing"
    assert store.ids() == ["t.other", "t.pump"]


def test_registered_models_install_with_problems_as_data(fitted):  # type: ignore[no-untyped-def]
    desc, data = fitted
    specs = [ModelSpec("t.pump", desc, data, pack="p1"),
             ModelSpec("t.bad", dict(desc, id="t.bad", onnx_sha256="1" * 64), data, pack="p2")]
    store = ModelStore()
    problems = store.install_all(specs)
    assert store.get("t.pump") is not None and store.get("t.bad") is None
    assert codes(problems) == ["onnx_hash_mismatch"] and problems[0].file == "p2"


def test_pack_models_folder_is_read(tmp_path, fitted):  # type: ignore[no-untyped-def]
    from core.models.store import pack_model_specs

    desc, data = fitted
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "pump.json").write_text(json.dumps(desc), "utf-8")
    (tmp_path / "models" / "pump.onnx").write_bytes(data)
    (tmp_path / "models" / "orphan.json").write_text(json.dumps(dict(desc, id="t.orphan")), "utf-8")
    specs, problems = pack_model_specs(tmp_path, "p1")
    assert [s.id for s in specs] == ["t.pump"] and specs[0].pack == "p1"
    assert codes(problems) == ["bad_model_file"]
    store = ModelStore()
    assert store.install_all(specs) == [] and store.get("t.pump") is not None
