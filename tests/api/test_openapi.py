"""The OpenAPI document is complete: every JSON request body and every JSON success response shows an example
(the builder, mobile clients and plant integrators read /api/docs, not our code), every error response is
documented with the one error shape."""

from __future__ import annotations

from typing import Any

from tests.api.conftest import Api


def _has_example(schema: Any, comps: dict[str, Any], depth: int = 0) -> bool:
    if depth > 6 or not isinstance(schema, dict):
        return False
    if "example" in schema or "examples" in schema:
        return True
    if "$ref" in schema:
        return _has_example(comps[schema["$ref"].split("/")[-1]], comps, depth + 1)
    parts = list(schema.get("properties", {}).values()) + schema.get("anyOf", []) + schema.get("allOf", [])
    if "items" in schema:
        parts.append(schema["items"])
    return any(_has_example(p, comps, depth + 1) for p in parts)


def test_examples_and_error_shapes_everywhere(own_api: Api) -> None:
    spec = own_api.client.get("/api/openapi.json").json()
    comps = spec["components"]["schemas"]
    missing = []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            bodies = list(op.get("requestBody", {}).get("content", {}).items())
            bodies += [(ct, c) for code, r in op["responses"].items() if code.startswith("2")
                       for ct, c in r.get("content", {}).items()]
            for ct, content in bodies:
                if ct == "application/json" and not ("example" in content or _has_example(content.get("schema"), comps)):
                    missing.append(f"{method.upper()} {path} ({ct})")
            if path != "/api/health":
                assert op["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert missing == []
    assert spec["paths"]["/api/decisions/stream"]["get"]["responses"]["200"]["content"].keys() == {"text/event-stream"}
    assert set(spec["paths"]["/api/events"]["post"]["requestBody"]["content"]) == {"application/json", "text/csv",
                                                                             "application/x-ndjson"}
