"""Publish, versions with their diff, rollback and conflicts, against the real service (SQLite),
called in-process through its HTTP API as the builder does when mounted in it."""

from __future__ import annotations

import json

import pytest
from nicegui import ui

from builder_ui.service import ServiceClient
from tests.builder.conftest import PASSWORD, WAIT
from tests.builder.rules import gas_rule

pytestmark = pytest.mark.anyio


@pytest.fixture
def user(svc_user):  # type: ignore[no-untyped-def]
    """The builder inside the service, for every test of this module."""
    return svc_user


async def sign_in(user, name: str = "engineer1") -> None:  # type: ignore[no-untyped-def]
    user.find(marker="sign-in").click()
    user.find(marker="username").type(name)
    user.find(marker="password").type(PASSWORD)
    user.find(marker="sign-in-go").click()
    await user.should_see(f"Signed in: {name}", retries=WAIT)


async def open_file(user, doc) -> None:  # type: ignore[no-untyped-def]
    user.find(marker="open").click()
    await user.should_see(marker="open-upload", retries=WAIT)
    (up,) = user.find(marker="open-upload").elements
    await up.handle_uploads([ui.upload.SmallFileUpload("r.json", "application/json", json.dumps(doc).encode())])
    await user.should_see(f"{doc['id']} · v", retries=WAIT)


async def publish(user) -> None:  # type: ignore[no-untyped-def]
    user.find(marker="publish").click()
    await user.should_see(marker="publish-go", retries=WAIT)
    user.find(marker="publish-go").click()


async def test_publish_edit_publish_diff_and_rollback(user):
    await user.open("/?lang=en")
    await sign_in(user)
    await open_file(user, gas_rule())
    await publish(user)
    await user.should_see("Published test.gas_fan version 1", retries=WAIT)
    user.find(marker="canvas").trigger("nodeselect", {"id": "hi"})
    user.find(marker="param-value").clear().type("30")
    await publish(user)
    await user.should_see("Published test.gas_fan version 2", retries=WAIT)
    user.find(marker="versions").click()
    await user.should_see(marker="version-2", retries=WAIT)
    await user.should_see("change /nodes/hi/params/value: 25 → 30", retries=WAIT)
    user.find(marker="show-2").click()
    (canvas,) = user.find(marker="canvas").elements
    assert canvas.props["highlight"] == {"hi": "changed"}  # version 2's diff, outlined on the canvas
    user.find(marker="versions").click()
    await user.should_see(marker="rollback-1", retries=WAIT)
    user.find(marker="rollback-1").click()
    await user.should_see("Rolled back to v1 (new version 3)", retries=WAIT)


async def test_someone_elses_newer_draft_is_shown_not_overwritten(user, service_app):
    await user.open("/?lang=en")
    await sign_in(user)
    await open_file(user, gas_rule())
    await publish(user)
    await user.should_see("Published test.gas_fan version 1", retries=WAIT)
    # engineer2 changes the draft on the service meanwhile
    other = ServiceClient(service_app)
    token = (await other.login("engineer2", PASSWORD)).body["token"]
    theirs = gas_rule()
    theirs["nodes"][1]["params"]["value"] = 20
    rev = (await other.rule(token, "test.gas_fan")).body["revision"]
    assert (await other.save_draft(token, "test.gas_fan", theirs, rev)).ok
    user.find(marker="canvas").trigger("nodeselect", {"id": "hi"})
    user.find(marker="param-value").clear().type("30")
    await publish(user)
    await user.should_see(marker="conflict-dialog", retries=WAIT)
    await user.should_see("by engineer2", retries=WAIT)
    user.find(marker="load-theirs").click()
    (canvas,) = user.find(marker="canvas").elements
    assert canvas.props["summaries"]["hi"] == "> 20 %LEL"
    await publish(user)
    await user.should_see("Published test.gas_fan version 2", retries=WAIT)
    versions = (await other.versions(token, "test.gas_fan")).body
    assert versions[-1]["doc"]["nodes"][1]["params"]["value"] == 20


async def test_rules_on_the_service_open_with_their_revision(user, service_app):
    other = ServiceClient(service_app)
    token = (await other.login("engineer2", PASSWORD)).body["token"]
    assert (await other.create(token, "plant-b", gas_rule())).status == 201
    await user.open("/?lang=en")
    user.find(marker="publish").click()
    await user.should_see("Sign in first", retries=WAIT)
    await user.should_see(marker="sign-in-dialog", retries=WAIT)
    user.find(marker="username").type("engineer1")
    user.find(marker="password").type(PASSWORD)
    user.find(marker="sign-in-go").click()
    await user.should_see("Signed in: engineer1", retries=WAIT)
    user.find(marker="open").click()
    await user.should_see(marker="open-item-test.gas_fan", retries=WAIT)
    user.find(marker="open-item-test.gas_fan").click()
    await user.should_see("test.gas_fan · v1", retries=WAIT)
    await publish(user)
    await user.should_see("Published test.gas_fan version 1", retries=WAIT)


async def test_backtest_shows_the_draft_beside_the_published_version(user, service_app):
    from tests.builder.rules import T0

    other = ServiceClient(service_app)
    token = (await other.login("engineer2", PASSWORD)).body["token"]
    # 28 %LEL from T0+100: above the published 25, below the draft's 30
    events = [{"ts": T0 + t, "signal": "T-101.gas1", "value": 10 if t < 100 else 28} for t in range(300)]
    assert (await other.call("POST", "/api/events?plant=plant-a", token, {"events": events})).ok
    await user.open("/?lang=en")
    await sign_in(user)
    await open_file(user, gas_rule())
    await publish(user)
    await user.should_see("Published test.gas_fan version 1", retries=WAIT)
    user.find(marker="canvas").trigger("nodeselect", {"id": "hi"})
    user.find(marker="param-value").clear().type("30")
    user.find(marker="bt-start").type("2026-01-05T08:00:00Z")
    user.find(marker="bt-end").type("2026-01-05T08:10:00Z")
    user.find(marker="bt-run").click()
    await user.should_see(marker="bt-counts-draft", retries=WAIT)
    (draft,) = user.find(marker="bt-counts-draft").elements
    (published,) = user.find(marker="bt-counts-published").elements
    assert draft.text == "300 events · fired 0 · unknown 0"
    assert published.text.startswith("300 events · fired 1")


async def test_save_draft_goes_to_the_service_when_signed_in(user, service_app):
    await user.open("/?lang=en")
    await sign_in(user)
    await open_file(user, gas_rule())
    user.find(marker="save").click()
    await user.should_see("Draft saved on the service: test.gas_fan revision 1", retries=WAIT)
    user.find(marker="canvas").trigger("nodeselect", {"id": "hi"})
    user.find(marker="param-value").clear().type("30")
    user.find(marker="save").click()
    await user.should_see("Draft saved on the service: test.gas_fan revision 2", retries=WAIT)
    other = ServiceClient(service_app)
    token = (await other.login("engineer2", PASSWORD)).body["token"]
    draft = (await other.rule(token, "test.gas_fan")).body["draft"]
    assert draft["nodes"][1]["params"]["value"] == 30
