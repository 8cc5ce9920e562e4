"""Bad inputs: each gets a 4xx with a clear message (en + zh, where, how to fix) and stores nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from core.storage.tables import AuditEntry, EventRow, Rule, User
from core.storage.tables_work import Form, Hazard, Upload
from tests.api.conftest import Api
from tests.api.helpers import o2_low_rule, png

TABLES = (AuditEntry, EventRow, Rule, User, Form, Hazard, Upload)
MB = 1024 * 1024


def _counts(api: Api) -> dict[str, int]:
    return {t.__tablename__: api.count(t) for t in TABLES}


def _hazard(plant: str, **kw: Any) -> dict[str, Any]:
    return {"plant": plant, "title": "油罐区围堰破损", "area": "tank-farm", "spot": "dike", **kw}


def _form(plant: str, label: str) -> dict[str, Any]:
    return {"id": f"{plant}.f", "plant": plant, "title": {"zh": "表单", "en": "Form"},
            "schema": {"type": "object", "properties": {"a": {"type": "string", "title": label}}},
            "ui_schema": {"a": {"widget": "text"}}}


def _deep(n: int) -> str:
    return '{"plant": "p", "doc": ' + "[" * n + "]" * n + "}"


CASES: list[tuple[str, str, str, dict[str, Any], int, str]] = [
    # (name, role, url, request kwargs, status, error code)
    ("malformed json", "engineer", "/api/rules", {"content": b'{"plant": "x", "doc": {', "json_ct": True}, 400, "malformed_json"),
    ("malformed json events", "operator", "/api/events?plant={plant}", {"content": b"[{]", "json_ct": True}, 400,
     "malformed_json"),
    ("unknown field", "operator", "/api/hazards", {"json": "hazard+extra"}, 422, "invalid_input"),
    ("unknown event field", "operator", "/api/events?plant={plant}",
     {"json": {"events": [{"ts": 1, "signal": "a", "value": 1, "colour": "red"}]}}, 422, "bad_events"),
    ("10 MB body", "engineer", "/api/rules", {"content": b'{"x": "' + b"a" * (10 * MB) + b'"}', "json_ct": True}, 413,
     "too_large"),
    ("10 MB events", "operator", "/api/events?plant={plant}", {"content": b"[" + b"1," * (5 * MB) + b"1]", "json_ct": True},
     413, "too_large"),
    ("deep nesting", "engineer", "/api/rules", {"content": _deep(5000).encode(), "json_ct": True}, 400, "too_deep"),
    ("html in hazard title", "operator", "/api/hazards", {"json": "hazard+html"}, 422, "invalid_input"),
    ("html in rule title", "engineer", "/api/rules", {"json": "rule+html"}, 422, "html_in_text"),
    ("html in form label", "engineer", "/api/forms", {"json": "form+html"}, 422, "form_invalid"),
    ("html in user name", "admin", "/api/users", {"json": {"username": "x1", "display_name": "<b>x</b>",
                                                          "role": "operator", "plants": ["a"], "password": "p" * 12}},
     422, "invalid_input"),
    ("text/plain to json endpoint", "operator", "/api/hazards", {"content": b"title=x", "ct": "text/plain"}, 415,
     "unsupported_media_type"),
    ("form-encoded to json endpoint", "engineer", "/api/rules", {"content": b"a=b", "ct": "application/x-www-form-urlencoded"},
     415, "unsupported_media_type"),
    ("xml to events", "operator", "/api/events?plant={plant}", {"content": b"<events/>", "ct": "application/xml"}, 415,
     "unsupported_media_type"),
    ("json to uploads", "operator", "/api/uploads", {"json": {"file": "x"}}, 415, "unsupported_media_type"),
    ("bad csv header", "operator", "/api/events?plant={plant}", {"content": b"time,name\n1,a\n", "ct": "text/csv"}, 422,
     "bad_csv_header"),
    ("bad csv line", "operator", "/api/events?plant={plant}",
     {"content": b"ts,signal,value\n2026-01-05T08:00:00Z,a,1\nnot-a-time,a,2\n", "ct": "text/csv"}, 422, "bad_events"),
    ("nan number", "engineer", "/api/rules", {"content": b'{"plant": "a", "doc": {"id": "x", "v": NaN}}', "json_ct": True},
     400, "not_json_number"),
    ("nul character", "operator", "/api/hazards", {"content": b'{"title": "a\\u0000b"}', "json_ct": True}, 400,
     "nul_character"),
    ("disguised upload", "operator", "/api/uploads?plant={plant}", {"files": {"file": ("x.jpg", b"MZ\x90\x00 not a photo", "image/jpeg")}},
     415, "unsupported_file"),
    ("oversized upload", "operator", "/api/uploads?plant={plant}", {"files": {"file": ("x.png", png() + b"\0" * (5 * MB), "image/png")}},
     413, "too_large"),
    ("huge multipart", "operator", "/api/uploads", {"files": {"file": ("x.png", png() + b"\0" * (7 * MB), "image/png")}},
     413, "too_large"),
    # a user of several plants says which one the file belongs to; nobody uploads into a plant not theirs
    ("upload without plant", "operator", "/api/uploads", {"files": {"file": ("x.png", png(), "image/png")}}, 422,
     "plant_required"),
    ("upload into another plant", "scoped", "/api/uploads?plant={plant}", {"files": {"file": ("x.png", png(), "image/png")}},
     403, "plant_forbidden"),
    ("timestamp in ms", "operator", "/api/events?plant={plant}",
     {"json": {"events": [{"ts": 1_767_600_000_000, "signal": "a", "value": 1}]}}, 422, "bad_events"),
]


def _materialise(kw: dict[str, Any], plant: str) -> dict[str, Any]:
    kw = dict(kw)
    special = {"hazard+extra": {**_hazard(plant), "priority": "high"},
               "hazard+html": _hazard(plant, title="<script>alert(1)</script>"),
               "rule+html": {"plant": plant, "doc": {**o2_low_rule(f"{plant}.r"), "title": {
                   "zh": "<img src=x onerror=alert(1)>", "en": "ok"}}},
               "form+html": _form(plant, "<a href='javascript:x'>氧</a>")}
    if isinstance(kw.get("json"), str):
        kw["json"] = special[kw["json"]]
    headers = {}
    if kw.pop("json_ct", False):
        headers["Content-Type"] = "application/json"
    if "ct" in kw:
        headers["Content-Type"] = kw.pop("ct")
    if headers:
        kw["headers"] = headers
    return kw


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_4xx_clear_and_stores_nothing(api: Api, plant: str, case: tuple[Any, ...]) -> None:
    _, role, url, kw, status, code = case
    before = _counts(api)
    r = api.post(role, url.format(plant=plant), **_materialise(kw, plant))
    assert r.status_code == status, r.text[:500]
    err = r.json()["error"]
    assert err["code"] == code, err
    assert err["message"]["en"] and err["message"]["zh"] and err["where"]
    assert _counts(api) == before


def test_error_bodies_name_the_field(api: Api, plant: str) -> None:
    r = api.post("operator", "/api/hazards", json={**_hazard(plant), "severity": "apocalyptic", "priority": 1})
    problems = {p["pointer"]: p for p in r.json()["problems"]}
    assert set(problems) == {"/body/severity", "/body/priority"}
    assert problems["/body/priority"]["message"] == {"en": "unknown field 'priority'", "zh": "未知字段 “priority”"}
    assert r.json()["error"]["fix"]["zh"]
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": [
        {"ts": "2026-01-05T08:00:00Z", "signal": "ok", "value": 1}, {"ts": "yesterday", "signal": "x"}, {"signal": "y"}]})
    assert [p["pointer"] for p in r.json()["problems"]] == ["/events/1", "/events/2"]
    assert json.dumps(r.json(), ensure_ascii=False).count("本批未保存") == 1
