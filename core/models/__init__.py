"""Anomaly models as rule blocks: ONNX descriptors, single-file loading, sessions and a hot-swap store.

Inference always goes through onnxruntime; the training libraries are only used by ``safeblocks model
fit`` to produce the ONNX file.
"""

from __future__ import annotations

from core.models.descriptor import DESCRIPTOR_SCHEMA_ID, ModelError, check_graph, validate_descriptor
from core.models.onnxio import LoadedModel, load_model, parse_onnx
from core.models.store import ModelStore

__all__ = ["DESCRIPTOR_SCHEMA_ID", "LoadedModel", "ModelError", "ModelStore", "check_graph", "load_model",
           "parse_onnx", "validate_descriptor"]
