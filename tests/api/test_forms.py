"""Forms (JSON Schema 2020-12 + UI schema), versions, submissions bound to their version, uploads."""

from __future__ import annotations

from core.storage.tables_work import Submission, Upload
from tests.api.conftest import Api
from tests.api.helpers import png

SCHEMA = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": False,
          "required": ["o2", "at"], "properties": {
              "o2": {"type": "number", "minimum": 0, "maximum": 100, "title": "氧含量"},
              "at": {"type": "string", "format": "date-time"}, "ok": {"type": "boolean"},
              "photo": {"type": "string"}, "why": {"type": "string", "maxLength": 200},
              "device": {"type": "string"}}}
UI = {"o2": {"widget": "number", "unit": "%vol"}, "at": {"widget": "datetime"}, "photo": {"widget": "photo"},
      "why": {"widget": "textarea", "visible_if": {"field": "ok", "equals": False}}, "device": {"widget": "device"}}


def test_form_versions_and_bound_submissions(api: Api, plant: str) -> None:
    fid = f"{plant}.gas_check"
    r = api.post("engineer", "/api/forms", json={"id": fid, "plant": plant, "title": {"zh": "气体检测", "en": "Gas check"},
                                                 "schema": SCHEMA, "ui_schema": UI})
    assert r.status_code == 201, r.text
    assert api.post("engineer", f"/api/forms/{fid}/publish").json()["version"] == 1
    # version 2 makes "why" mandatory; submissions filled on version 1 stay valid against version 1
    s2 = {**SCHEMA, "required": ["o2", "at", "ok"]}
    r = api.put("engineer", f"/api/forms/{fid}", json={"title": {"zh": "气体检测", "en": "Gas check"}, "schema": s2,
                                                       "ui_schema": UI, "base_revision": 1})
    assert r.status_code == 200
    stale = api.put("engineer2", f"/api/forms/{fid}", json={"title": {"zh": "x", "en": "x"}, "schema": SCHEMA,
                                                            "ui_schema": UI, "base_revision": 1})
    assert stale.status_code == 409 and stale.json()["current"]["revision"] == 2
    assert api.post("engineer", f"/api/forms/{fid}/publish").json()["version"] == 2

    photo = api.post("operator", f"/api/uploads?plant={plant}", files={"file": ("p.png", png(), "image/png")}).json()["id"]
    good = {"o2": 20.8, "at": "2026-01-05T08:00:00Z", "photo": photo, "device": "GD-01"}
    r = api.post("operator", f"/api/forms/{fid}/submissions", json={"version": 1, "data": good})
    assert r.status_code == 201 and r.json()["form_version"] == 1
    r = api.post("operator", f"/api/forms/{fid}/submissions", json={"version": 2, "data": good})
    assert r.status_code == 422 and any(p["pointer"] == "/data" for p in r.json()["problems"])
    r = api.post("operator", f"/api/forms/{fid}/submissions", json={"version": 2, "data": {**good, "ok": True}})
    assert r.status_code == 201 and r.json()["form_version"] == 2

    n = api.count(Submission)
    bad_cases = [
        {"version": 2, "data": {**good, "ok": True, "o2": "high"}},  # type
        {"version": 2, "data": {**good, "ok": True, "at": "yesterday"}},  # format date-time
        {"version": 2, "data": {**good, "ok": True, "why": "hidden"}},  # hidden by visible_if
        {"version": 2, "data": {**good, "ok": True, "photo": "f" * 32}},  # not an upload
        {"version": 9, "data": good},  # no such version
    ]
    for case in bad_cases:
        r = api.post("operator", f"/api/forms/{fid}/submissions", json=case)
        assert r.status_code == 422, (case, r.text)
        assert r.json()["error"]["message"]["zh"] and r.json()["error"]["where"]
    assert api.count(Submission) == n
    vs = api.get("vendor", f"/api/forms/{fid}/versions").json()
    assert [(v["version"], v["schema"]["required"]) for v in vs] == [(1, ["o2", "at"]), (2, ["o2", "at", "ok"])]
    subs = api.get("verifier", f"/api/forms/{fid}/submissions").json()
    assert sorted(s["form_version"] for s in subs) == [1, 2]


def test_form_definition_problems_as_data(api: Api, plant: str) -> None:
    bad = {"id": f"{plant}.bad", "plant": plant, "title": {"zh": "坏", "en": "bad"},
           "schema": {"type": "object", "properties": {"a": {"type": "nonsense"}}},
           "ui_schema": {"b": {"widget": "photo"}, "a": {"widget": "slider"}}}
    r = api.post("engineer", "/api/forms", json=bad)
    assert r.status_code == 422
    pointers = {p["pointer"] for p in r.json()["problems"]}
    assert {"/ui_schema/b", "/ui_schema/a/widget"} <= pointers and any(p.startswith("/schema") for p in pointers)


def test_uploads_sniffed_capped_outside_web_root(api: Api, plant: str) -> None:
    data = png()
    r = api.post("operator", f"/api/uploads?plant={plant}", files={"file": ("x.png", data, "image/png")})
    assert r.status_code == 201
    meta = r.json()
    assert meta["content_type"] == "image/png" and meta["size"] == len(data) and meta["plant"] == plant
    d = api.get("auditor", f"/api/uploads/{meta['id']}")
    assert d.status_code == 200 and d.content == data and d.headers["x-content-type-options"] == "nosniff"
    home = api.app.state.services.settings.home
    stored = list((home / "uploads").rglob(meta["id"]))
    assert len(stored) == 1 and stored[0].read_bytes() == data
    n = api.count(Upload)
    cases = [
        (("evil.png", b"<html><script>alert(1)</script></html>", "image/png"), 415),  # disguised HTML
        (("fake.jpg", data, "image/jpeg"), 415),  # a PNG declared as JPEG
        (("big.png", data + b"\0" * (5 * 1024 * 1024), "image/png"), 413),  # over the 5 MB cap
        (("empty.png", b"", "image/png"), 422),
    ]
    for f, status in cases:
        r = api.post("operator", f"/api/uploads?plant={plant}", files={"file": f})
        assert r.status_code == status, (f[0], r.text)
        assert r.json()["error"]["message"]["en"] and r.json()["error"]["message"]["zh"]
    assert api.count(Upload) == n


def test_form_fields_are_signals_for_rules(api: Api, plant: str) -> None:
    """A rule can read a submitted field: form.<form id>.<field> (ARCHITECTURE §4: everything is a signal)."""
    fid = f"{plant}.round"
    api.post("engineer", "/api/forms", json={"id": fid, "plant": plant, "title": {"zh": "巡检", "en": "Round"},
                                             "schema": {"type": "object", "properties": {"o2": {"type": "number"}}},
                                             "ui_schema": {"o2": {"widget": "number", "unit": "%vol"}}})
    api.post("engineer", f"/api/forms/{fid}/publish")
    rid = f"{plant}.manual_o2"
    doc = {"schema": "safeblocks.rule/1", "id": rid, "version": 1, "title": {"zh": "人工检测氧低", "en": "Manual O2 low"},
           "risk_level": "L2", "on_unknown": "hold",
           "nodes": [{"id": "o2", "block": "signal", "params": {"signal": f"form.{fid}.o2", "unit": "%vol"}},
                     {"id": "low", "block": "compare.lt", "params": {"value": 19.5, "unit": "%vol"}},
                     {"id": "a", "block": "action.alert", "params": {"level": "alarm"}}],
           "edges": [{"from": "o2.value", "to": "low.x"}, {"from": "low.out", "to": "a.when"}]}
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": doc})
    assert api.post("engineer", f"/api/rules/{rid}/publish", json={}).status_code == 201
    for o2 in (20.9, 18.7):
        assert api.post("operator", f"/api/forms/{fid}/submissions", json={"version": 1, "data": {"o2": o2}}).status_code == 201
    ds = api.get("engineer", f"/api/decisions?plant={plant}&rule={rid}").json()
    assert [(d["state"], d["record"]["inputs"][f"form.{fid}.o2"]) for d in ds] == [("fired", 18.7)]
