"""Detectors fitted on a window of normal operation and exported as one ONNX graph each.

Every graph takes raw values ``window`` [batch, W, F] and returns ``score`` [batch] and per-feature
``contributions`` [batch, F] (the contributions sum to the score for pca_t2q and dense_ae), so the block
and the evaluation never know which kind they run.

The front end is the same for every kind (all inside the graph):

1. z-score each channel with the training mean and standard deviation;
2. AR(1) residual per channel, ``e_t = z_t - phi * z_(t-1)`` (a residual control chart): a channel that
   is strongly autocorrelated over the window (lag-W autocorrelation > ``slow_rho`` in the training rows,
   e.g. a motor temperature) gets ``phi = 1`` and is judged by its rate of change, not its level, because
   a short training window never sees the slow channel's normal range and its level drift would otherwise
   raise most false alarms;
3. the mean residual over the window (smoothing), standardised with its training spread.

The heads: ``pca_t2q`` (Hotelling T² plus Q/SPE, each scaled by its training mean), ``dense_ae`` (a tanh
autoencoder fitted with scikit-learn, its weights written into the graph) and ``zmax`` (largest |z| of the
smoothed residuals: a transparent baseline).
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

KINDS = ("pca_t2q", "dense_ae", "zmax")
OPSET = 17


@dataclass
class FitOptions:
    window: int = 10
    sampling_s: float = 1.0
    quantile: float = 0.99  # of the training scores ...
    margin: float = 1.5  # ... times this margin is threshold.on
    clear_ratio: float = 0.9  # threshold.off = clear_ratio x threshold.on (hysteresis)
    slow_rho: float = 0.5
    pca_variance: float = 0.9
    seed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FrontEnd:
    mean: np.ndarray
    std: np.ndarray
    phi: np.ndarray
    slow: np.ndarray
    m0: np.ndarray
    s0: np.ndarray


def sliding(x: np.ndarray, w: int) -> np.ndarray:
    """[n, F] -> [n - w + 1, w, F] windows (a view)."""
    return np.lib.stride_tricks.sliding_window_view(x, w, axis=0).transpose(0, 2, 1)


def _autocorr(z: np.ndarray, lag: int) -> np.ndarray:
    if lag >= len(z):
        return np.zeros(z.shape[1])
    return (z[lag:] * z[:-lag]).mean(0) / np.maximum((z * z).mean(0), 1e-12)


def fit_front_end(x: np.ndarray, opts: FitOptions) -> tuple[FrontEnd, np.ndarray]:
    """Front-end parameters and the standardised training features g [windows, F]."""
    mean = x.mean(0)
    std = np.maximum(x.std(0), 1e-6)
    z = (x - mean) / std
    phi = np.clip(_autocorr(z, 1), 0.0, 1.0)
    slow = _autocorr(z, opts.window) > opts.slow_rho
    phi = np.where(slow, 1.0, phi)
    f = _residual_means(sliding(z, opts.window), phi)
    m0 = f.mean(0)
    s0 = np.maximum(f.std(0), 1e-6)
    return FrontEnd(mean, std, phi, slow, m0, s0), (f - m0) / s0


def _residual_means(zw: np.ndarray, phi: np.ndarray) -> np.ndarray:
    return (zw[:, 1:, :] - phi * zw[:, :-1, :]).mean(1)


# ---------------------------------------------------------------------- graph building
class _G:
    """A tiny builder over onnx.helper: named constants and nodes, one output name per node."""

    def __init__(self) -> None:
        import onnx  # noqa: F401  (fail early with a clear ImportError if the models extra is missing)

        self.nodes: list[Any] = []
        self.inits: list[Any] = []
        self._n = 0

    def const(self, name: str, value: np.ndarray, dtype: Any = np.float32) -> str:
        from onnx import numpy_helper

        self.inits.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
        return name

    def op(self, op_type: str, inputs: Sequence[str], **attrs: Any) -> str:
        from onnx import helper

        self._n += 1
        out = f"{op_type.lower()}_{self._n}"
        self.nodes.append(helper.make_node(op_type, list(inputs), [out], **attrs))
        return out

    def named(self, op_type: str, inputs: Sequence[str], out: str, **attrs: Any) -> str:
        from onnx import helper

        self.nodes.append(helper.make_node(op_type, list(inputs), [out], **attrs))
        return out

    def model(self, w: int, n_feat: int, doc: str) -> bytes:
        import onnx
        from onnx import TensorProto, helper

        graph = helper.make_graph(
            self.nodes, "safeblocks_detector",
            [helper.make_tensor_value_info("window", TensorProto.FLOAT, ["batch", w, n_feat])],
            [helper.make_tensor_value_info("score", TensorProto.FLOAT, ["batch"]),
             helper.make_tensor_value_info("contributions", TensorProto.FLOAT, ["batch", n_feat])],
            initializer=self.inits, doc_string=doc)
        m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="safeblocks",
                              doc_string=doc)
        m.ir_version = 8  # readable by every onnxruntime >= 1.14
        onnx.checker.check_model(m)
        return bytes(m.SerializeToString())


def _front_graph(g: _G, fe: FrontEnd, w: int) -> str:
    z = g.op("Mul", [g.op("Sub", ["window", g.const("mean", fe.mean)]), g.const("inv_std", 1.0 / fe.std)])
    axes = g.const("axis1", np.array([1]), np.int64)
    cur = g.op("Slice", [z, g.const("s1", np.array([1]), np.int64), g.const("e1", np.array([w]), np.int64), axes])
    prev = g.op("Slice", [z, g.const("s0", np.array([0]), np.int64), g.const("e0", np.array([w - 1]), np.int64), axes])
    resid = g.op("Sub", [cur, g.op("Mul", [prev, g.const("phi", fe.phi)])])
    f = g.op("ReduceMean", [resid], axes=[1], keepdims=0)
    return g.op("Mul", [g.op("Sub", [f, g.const("m0", fe.m0)]), g.const("inv_s0", 1.0 / fe.s0)])


def _head_pca(g: _G, feat: str, gt: np.ndarray, opts: FitOptions) -> dict[str, Any]:
    _, s, vt = np.linalg.svd(gt, full_matrices=False)
    ev = s**2 / max(len(gt) - 1, 1)
    k = int(np.searchsorted(np.cumsum(ev) / max(ev.sum(), 1e-12), opts.pca_variance) + 1)
    # keep at least one residual direction, otherwise Q is identically zero in training and explodes later
    k = max(1, min(k, gt.shape[1] - 1))
    p = vt[:k].T
    lam = np.maximum(ev[:k], 1e-9)
    t = gt @ p
    t2m = max(float((t**2 / lam).sum(1).mean()), 1e-9)
    qm = max(float(((gt - t @ p.T) ** 2).sum(1).mean()), 1e-3)
    # T² split per feature: g_j * (P Λ⁻¹ Pᵀ g)_j sums to T² (signed: a feature can pull T² down)
    m = (p / lam) @ p.T
    t2c = g.op("Mul", [feat, g.op("MatMul", [feat, g.const("t2_metric", m)])])
    recon = g.op("MatMul", [g.op("MatMul", [feat, g.const("P", p)]), g.const("Pt", p.T)])
    r = g.op("Sub", [feat, recon])
    contrib = g.named("Add", [g.op("Mul", [t2c, g.const("inv_t2m", np.array(1.0 / t2m))]),
                              g.op("Mul", [g.op("Mul", [r, r]), g.const("inv_qm", np.array(1.0 / qm))])], "contributions")
    g.named("ReduceSum", [contrib, g.const("axis_f", np.array([1]), np.int64)], "score", keepdims=0)
    return {"components": k, "t2_mean": t2m, "q_mean": qm}


def _head_ae(g: _G, feat: str, gt: np.ndarray, opts: FitOptions) -> dict[str, Any]:
    from sklearn.neural_network import MLPRegressor

    n = gt.shape[1]
    outer, code = max(2, int(np.ceil(n * 0.75))), max(2, n // 3)
    ae = MLPRegressor(hidden_layer_sizes=(outer, code, outer), activation="tanh", solver="adam", alpha=1e-3,
                      learning_rate_init=3e-3, max_iter=800, tol=1e-6, n_iter_no_change=50, random_state=opts.seed)
    with warnings.catch_warnings():
        # a small autoencoder on a few hundred windows rarely meets sklearn's tolerance; the threshold is
        # calibrated on its actual training error, so non-convergence is not an error here
        warnings.simplefilter("ignore")
        ae.fit(gt, gt)
    h = feat
    for i, (w, b) in enumerate(zip(ae.coefs_, ae.intercepts_)):
        h = g.op("Add", [g.op("MatMul", [h, g.const(f"W{i}", w)]), g.const(f"b{i}", b)])
        if i < len(ae.coefs_) - 1:
            h = g.op("Tanh", [h])
    r = g.op("Sub", [feat, h])
    err = ((gt - ae.predict(gt)) ** 2).sum(1).mean()
    em = max(float(err), 1e-9)
    contrib = g.named("Mul", [g.op("Mul", [r, r]), g.const("inv_em", np.array(1.0 / em))], "contributions")
    g.named("ReduceSum", [contrib, g.const("axis_f", np.array([1]), np.int64)], "score", keepdims=0)
    return {"layers": [n, outer, code, outer, n], "train_error_mean": em, "iterations": int(ae.n_iter_)}


def _head_zmax(g: _G, feat: str, gt: np.ndarray, opts: FitOptions) -> dict[str, Any]:
    contrib = g.named("Abs", [feat], "contributions")
    g.named("ReduceMax", [contrib], "score", axes=[1], keepdims=0)
    return {}


_HEADS = {"pca_t2q": _head_pca, "dense_ae": _head_ae, "zmax": _head_zmax}


def build_onnx(kind: str, x: np.ndarray, opts: FitOptions) -> tuple[bytes, FrontEnd, dict[str, Any]]:
    """Fit ``kind`` on the rows ``x`` [n, F] (normal operation) and return the ONNX bytes."""
    if kind not in _HEADS:
        raise ValueError(f"unknown detector kind {kind!r}; choose one of {', '.join(KINDS)}")
    if opts.window < 2:
        raise ValueError("window must be at least 2 samples (the front end needs one previous sample)")
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or len(x) < opts.window + 10:
        raise ValueError(f"need at least window + 10 = {opts.window + 10} training rows, got {len(x)}")
    if not np.all(np.isfinite(x)):
        raise ValueError("the training rows contain NaN or infinite values")
    fe, gt = fit_front_end(x, opts)
    g = _G()
    feat = _front_graph(g, fe, opts.window)
    info = _HEADS[kind](g, feat, gt, opts)
    return g.model(opts.window, x.shape[1], f"safeblocks {kind} detector"), fe, info


def fit(kind: str, x: np.ndarray, features: Sequence[dict[str, Any]], model_id: str, version: int,
        opts: FitOptions | None = None, training: dict[str, Any] | None = None,
        title: dict[str, str] | None = None) -> tuple[dict[str, Any], bytes]:
    """Fit and export: (descriptor, ONNX bytes). The threshold comes from onnxruntime's own scores of the
    training windows, so it matches what the block will compute."""
    from core.models.onnxio import load_model

    opts = opts or FitOptions()
    data, fe, info = build_onnx(kind, x, opts)
    desc: dict[str, Any] = {
        "schema": "safeblocks.model/1", "id": model_id, "version": int(version), "kind": kind,
        "title": title or {"zh": f"异常检测模型（{kind}）", "en": f"Anomaly detector ({kind})"},
        "input": {"name": "window", "dtype": "float32", "window": opts.window, "sampling_s": opts.sampling_s,
                  "features": list(features)},
        "normalisation": {"method": "zscore+ar1_residual+window_mean", "mean": fe.mean.tolist(), "std": fe.std.tolist(),
                          "ar1_phi": fe.phi.tolist(), "slow": [bool(s) for s in fe.slow],
                          "residual_mean": fe.m0.tolist(), "residual_std": fe.s0.tolist()},
        "outputs": {"score": "score", "contributions": "contributions"},
        "threshold": {"on": 1.0, "off": 1.0},
        "training": {"rows": int(len(x)), **(training or {})},
        "params": {"quantile": opts.quantile, "margin": opts.margin, "clear_ratio": opts.clear_ratio,
                   "slow_rho": opts.slow_rho, **info},
        "onnx_sha256": hashlib.sha256(data).hexdigest(),
    }
    model = load_model(desc, data, source="fit")
    wins = np.ascontiguousarray(sliding(np.asarray(x, dtype=np.float32), opts.window))
    scores = model.session.run(["score"], {"window": wins})[0].astype(np.float64)
    q = float(np.quantile(scores, opts.quantile))
    on = max(q * opts.margin, 1e-6)
    desc["threshold"] = {"on": round(on, 6), "off": round(on * opts.clear_ratio, 6)}
    desc["training"]["score_quantile"] = q
    return desc, data
