"""The catalogue over HTTP: blocks, packs, and pack templates installed into a plant as drafts."""

from __future__ import annotations

from tests.api.conftest import Api


def test_blocks_packs_and_template_install(api: Api, plant: str) -> None:
    blocks = {b["name"]: b for b in api.get("vendor", "/api/blocks").json()}
    assert {"signal", "compare.outside", "action.permit_suspend"} <= set(blocks)
    assert blocks["compare.outside"]["params_schema"]["required"] == ["low", "high"]
    packs = {p["id"]: p for p in api.get("auditor", "/api/packs").json()}
    assert "chemical.confined_space.o2_band" in packs["chemical"]["rules"]
    tpl = {t["id"]: t for t in api.get("engineer", "/api/templates").json()}
    assert tpl["chemical.confined_space.o2_band"]["kind"] == "rule" and tpl["chemical.confined_space.o2_band"]["pack"] == "chemical"

    r = api.post("engineer", "/api/templates/chemical.confined_space.o2_band/install", json={"plant": plant})
    assert r.status_code == 201 and r.json() == {"id": f"{plant}.chemical.confined_space.o2_band", "plant": plant, "kind": "rule"}
    rule = api.get("engineer", f"/api/rules/{plant}.chemical.confined_space.o2_band").json()
    assert rule["published_version"] is None and rule["draft"]["id"] == f"{plant}.chemical.confined_space.o2_band"
    v = api.post("engineer", f"/api/rules/{plant}.chemical.confined_space.o2_band/validate").json()
    assert v["ok"] is True, v["problems"]
    again = api.post("engineer", "/api/templates/chemical.confined_space.o2_band/install", json={"plant": plant})
    assert again.status_code == 409
    assert api.post("engineer", "/api/templates/nope/install", json={"plant": plant}).status_code == 404
