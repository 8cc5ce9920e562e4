"""Uploads belong to a plant: only its people read and list them, only its records point at them, and what a
refusal says about another plant is nothing more than what an unknown id gets."""

from __future__ import annotations

import uuid
from typing import Any

from core.storage.tables_work import Hazard, Submission, Upload
from tests.api.conftest import Api
from tests.api.helpers import png

# "scoped" is an operator of plant-b only (tests/api/conftest.py); every other test user is of every plant
SCOPED_PLANT = "plant-b"


def _upload(api: Api, role: str, plant: str | None) -> dict[str, Any]:
    url = "/api/uploads" + (f"?plant={plant}" if plant else "")
    r = api.post(role, url, files={"file": ("p.png", png(), "image/png")})
    assert r.status_code == 201, r.text
    return dict(r.json())


def _without_id(body: dict[str, Any], ident: str) -> str:
    """An error body with the id it names blanked, to compare the answers for two ids."""
    return str(body).replace(ident, "<id>")


def test_reading_another_plants_upload_looks_like_an_unknown_id(api: Api, plant: str) -> None:
    mine = _upload(api, "operator", plant)
    assert mine["plant"] == plant and mine["uploaded_by"] == "operator1"
    assert api.get("auditor", f"/api/uploads/{mine['id']}/meta").json()["plant"] == plant
    unknown = "e" * 32
    for suffix in ("/meta", ""):
        hidden = api.get("scoped", f"/api/uploads/{mine['id']}{suffix}")
        missing = api.get("scoped", f"/api/uploads/{unknown}{suffix}")
        assert hidden.status_code == missing.status_code == 404
        assert _without_id(hidden.json(), mine["id"]) == _without_id(missing.json(), unknown)
        assert plant not in hidden.text  # not even the plant's name


def test_listing_is_per_plant_newest_first_and_paged(api: Api, plant: str) -> None:
    ids = [_upload(api, "operator", plant)["id"] for _ in range(3)]
    listed = api.get("auditor", f"/api/uploads?plant={plant}").json()
    assert [u["id"] for u in listed] == ids[::-1]
    page1 = api.get("auditor", f"/api/uploads?plant={plant}&limit=2").json()
    page2 = api.get("auditor", f"/api/uploads?plant={plant}&limit=2&offset=2").json()
    assert [u["id"] for u in page1 + page2] == ids[::-1]
    r = api.get("scoped", f"/api/uploads?plant={plant}")
    assert r.status_code == 403 and r.json()["error"]["code"] == "plant_forbidden"
    assert r.json()["error"]["message"]["zh"] and r.json()["error"]["fix"]["en"]
    # without a plant: every plant of the caller, and only those
    own = _upload(api, "scoped", None)  # a user of one plant may leave the plant out
    assert own["plant"] == SCOPED_PLANT
    seen = api.get("scoped", "/api/uploads?limit=500").json()
    assert own["id"] in {u["id"] for u in seen} and {u["plant"] for u in seen} == {SCOPED_PLANT}
    assert api.get("scoped", f"/api/uploads/{own['id']}").content == png()


def test_a_hazard_cannot_point_at_another_plants_photo(api: Api, plant: str) -> None:
    other = f"t-{uuid.uuid4().hex[:10]}"
    photo = _upload(api, "operator", other)["id"]
    n = api.count(Hazard)
    report = {"plant": plant, "title": "阀门泄漏", "area": "pump-row", "spot": "P-7", "photo": photo}
    r = api.post("operator", "/api/hazards", json=report)
    assert r.status_code == 403, r.text
    err = r.json()["error"]
    assert err["code"] == "upload_other_plant" and err["where"] == "/photo"
    assert f"?plant={plant}" in err["fix"]["en"] and err["message"]["zh"]
    # a caller who is not in the photo's plant gets the answer of an unknown id: 422, nothing about `other`
    hidden = api.post("scoped", "/api/hazards", json={**report, "plant": SCOPED_PLANT})
    unknown = api.post("scoped", "/api/hazards", json={**report, "plant": SCOPED_PLANT, "photo": "e" * 32})
    assert hidden.status_code == unknown.status_code == 422
    assert hidden.json()["error"]["code"] == unknown.json()["error"]["code"] == "photo_missing"
    assert _without_id(hidden.json(), photo) == _without_id(unknown.json(), "e" * 32) and other not in hidden.text
    assert api.count(Hazard) == n

    # the after-photo of a rectification too
    h = api.post("operator", "/api/hazards", json={**report, "photo": None, "spot": "P-8"}).json()
    api.post("engineer", f"/api/hazards/{h['id']}/assign", json={"assignee": "operator1"})
    r = api.post("operator", f"/api/hazards/{h['id']}/rectify", json={"after_photo": photo})
    assert r.status_code == 403 and r.json()["error"]["where"] == "/after_photo"
    assert api.get("operator", f"/api/hazards/{h['id']}").json()["status"] == "assigned"
    good = _upload(api, "operator", plant)["id"]
    assert api.post("operator", f"/api/hazards/{h['id']}/rectify", json={"after_photo": good}).status_code == 200


def test_a_form_submission_cannot_point_at_another_plants_file(api: Api, plant: str) -> None:
    def form(p: str) -> str:
        fid = f"{p}.photo_round.{uuid.uuid4().hex[:6]}"
        r = api.post("engineer", "/api/forms", json={
            "id": fid, "plant": p, "title": {"zh": "巡检拍照", "en": "Round photo"},
            "schema": {"type": "object", "properties": {"photo": {"type": "string"}}},
            "ui_schema": {"photo": {"widget": "photo"}}})
        assert r.status_code == 201, r.text
        assert api.post("engineer", f"/api/forms/{fid}/publish").status_code == 201
        return fid

    fid, fid_b = form(plant), form(SCOPED_PLANT)
    foreign = _upload(api, "operator", f"t-{uuid.uuid4().hex[:10]}")["id"]
    n = api.count(Submission)
    r = api.post("operator", f"/api/forms/{fid}/submissions", json={"version": 1, "data": {"photo": foreign}})
    assert r.status_code == 403 and r.json()["error"]["code"] == "upload_other_plant"
    assert r.json()["error"]["where"] == "/data/photo"
    hidden = api.post("scoped", f"/api/forms/{fid_b}/submissions", json={"version": 1, "data": {"photo": foreign}})
    assert hidden.status_code == 422 and [p["pointer"] for p in hidden.json()["problems"]] == ["/data/photo"]
    assert api.count(Submission) == n
    own = _upload(api, "scoped", None)["id"]
    ok = api.post("scoped", f"/api/forms/{fid_b}/submissions", json={"version": 1, "data": {"photo": own}})
    assert ok.status_code == 201, ok.text


def test_an_upload_is_audited_with_its_plant(api: Api, plant: str) -> None:
    n = api.count(Upload)
    u = _upload(api, "verifier", plant)
    assert api.count(Upload) == n + 1
    entry = api.get("auditor", f"/api/audit?resource=upload&resource_id={u['id']}").json()
    assert [(e["action"], e["plant"]) for e in entry] == [("upload.create", plant)]
