"""The hazard loop on the hazard board, against the real service: each person sees only the steps
their role allows, the API's refusals are shown in the page's language, and the reporter follows it."""

from __future__ import annotations

import pytest
from nicegui import ui

from builder_ui.hazard_board import allowed_actions
from tests.builder.conftest import WAIT
from tests.builder.people import PNG, Api, click, marked, me, open_as

REPORT = {"plant": "plant-a", "title": "消防通道被占用", "area": "tank-farm", "spot": "T-101 east ladder"}


def test_actions_follow_role_state_and_person():
    h = {"status": "assigned", "assignee": "operator2", "rectifier": None}
    assert allowed_actions(h, me("engineer1", "engineer")) == ["assign"]
    assert allowed_actions(h, me("operator2", "operator")) == ["start", "rectify"]
    assert allowed_actions(h, me("operator1", "operator")) == []  # not the assignee
    assert allowed_actions(h, me("verifier1", "verifier")) == []
    done = {"status": "verifying", "assignee": "admin", "rectifier": "admin"}
    assert allowed_actions(done, me("verifier1", "verifier")) == ["verify"]
    assert allowed_actions(done, me("admin", "admin")) == []  # never one's own work
    assert allowed_actions({"status": "closed"}, me("verifier1", "verifier")) == ["reopen"]


def block(service_app, username: str) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from core.storage.tables import User

    with service_app.state.services.sessions() as db:
        db.execute(update(User).where(User.username == username).values(active=False))
        db.commit()


async def reported(service_app) -> tuple[Api, int]:  # type: ignore[no-untyped-def]
    api = Api(service_app)
    photo = await api.photo("operator1")
    h = await api("operator1", "POST", "/api/hazards", {**REPORT, "photo": photo})
    return api, int(h["id"])


@pytest.mark.anyio
async def test_assign_offered_to_the_engineer_only_and_a_refusal_shown(svc_user, service_app):
    user = svc_user
    _, hid = await reported(service_app)
    await open_as(user, "/hazards?lang=en", "operator1")  # the reporter may not assign
    await user.should_see(marker=f"hb-{hid}", retries=WAIT)
    await user.should_not_see(marker=f"hb-assign-{hid}")
    await open_as(user, "/hazards?lang=en", "engineer1")
    await user.should_see(marker=f"hb-assign-{hid}", retries=WAIT)
    await user.should_not_see(marker=f"hb-rectify-{hid}")
    await click(user, f"hb-assign-{hid}")
    await user.should_see(marker="a-assignee", retries=WAIT)
    user.find(marker="hd-submit").click()  # nobody picked yet
    await user.should_see(marker="hd-error", content="Name the assignee", retries=WAIT)
    # the candidates are the service's people of the plant who rectify: by name, username and role
    options = marked(user, "a-assignee").options
    assert options["operator2"] == "李师傅 (operator2) · operator" and options["engineer1"].endswith("· engineer")
    assert {"operator1", "operator2", "engineer1", "engineer2"} <= set(options) and "verifier1" not in options
    marked(user, "a-assignee").value = "operator1"
    block(service_app, "operator1")  # meanwhile an administrator blocks the account: the API refuses, the page says so
    user.find(marker="hd-submit").click()
    await user.should_see(marker="hd-error", content="is not an active operator/engineer", retries=WAIT)
    marked(user, "a-assignee").value = "operator2"
    marked(user, "a-hours").value = 8
    await user.should_see(marker="a-due", content="Due: ")
    user.find(marker="hd-submit").click()
    await user.should_see(marker=f"hb-assignee-{hid}", content="→ operator2", retries=WAIT)
    await user.should_see("assigned (1)")
    await user.should_not_see(marker="hd-assign")  # the dialog is gone


@pytest.mark.anyio
async def test_rectify_needs_the_after_photo_and_a_failed_verification_needs_a_reason(svc_user, service_app):
    user = svc_user
    api, hid = await reported(service_app)
    await api("engineer1", "POST", f"/api/hazards/{hid}/assign", {"assignee": "operator2", "due_hours": 8})
    await open_as(user, "/hazards?lang=en", "operator2")
    await click(user, f"hb-start-{hid}")  # on site: the assignee starts
    await user.should_see("rectifying (1)", retries=WAIT)
    await user.should_not_see(marker=f"hb-start-{hid}")
    await click(user, f"hb-rectify-{hid}")
    await user.should_see(marker="rf-photo", retries=WAIT)
    user.find(marker="rf-note").type("拆除杂物，通道已清空")
    user.find(marker="hd-submit").click()
    await user.should_see(marker="hd-error", content="Take the after-photo first", retries=WAIT)
    photo = marked(user, "rf-photo")
    assert photo.props["capture"] == "environment"  # a phone opens its back camera
    await photo.handle_uploads([ui.upload.SmallFileUpload("after.png", "image/png", PNG)])
    user.find(marker="hd-submit").click()
    await user.should_see("verifying (1)", retries=WAIT)
    await user.should_not_see(marker=f"hb-verify-{hid}")  # an operator does not verify

    await open_as(user, "/hazards?lang=zh", "verifier1")  # in Chinese
    await user.should_see(marker=f"hb-verify-{hid}", retries=WAIT)
    await user.should_not_see(marker=f"hb-assign-{hid}")
    await click(user, f"hb-verify-{hid}")
    # the verifier compares the report's photo with the after-photo, and reads the rectifier's note
    await user.should_see(marker="v-photo", retries=WAIT)
    await user.should_see(marker="v-after_photo")
    await user.should_see(marker="v-rectify-note", content="通道已清空")
    user.find(marker="v-accept").click()
    marked(user, "v-accept").value = False
    user.find(marker="hd-submit").click()
    await user.should_see(marker="hd-error", content="请填写原因", retries=WAIT)
    user.find(marker="v-note").type("东侧仍堆放木托盘")
    user.find(marker="hd-submit").click()
    await user.should_see("整改中 (1)", retries=WAIT)


@pytest.mark.anyio
async def test_pass_closes_the_reporter_follows_it_and_a_verifier_reopens(svc_user, service_app):
    user = svc_user
    api, hid = await reported(service_app)
    await api("engineer1", "POST", f"/api/hazards/{hid}/assign", {"assignee": "operator2"})
    after = await api.photo("operator2")
    await api("operator2", "POST", f"/api/hazards/{hid}/rectify", {"after_photo": after, "note": "已清理"})
    await open_as(user, "/hazards?lang=en", "verifier1")
    await click(user, f"hb-verify-{hid}")
    await user.should_see(marker="v-after_photo", retries=WAIT)
    user.find(marker="v-note").type("checked on site")
    user.find(marker="hd-submit").click()
    await user.should_see("closed (1)", retries=WAIT)

    # the reporter, on their own reports only, follows the whole loop
    await open_as(user, "/hazards?lang=zh&mine=true", "operator1")
    await user.should_see(marker=f"hb-{hid}", retries=WAIT)
    await user.should_not_see(marker=f"hb-reopen-{hid}")
    await click(user, f"hb-timeline-{hid}")
    await user.should_see(marker="hd-timeline", retries=WAIT)
    headings = [el.text for el in sorted(user.find(marker="ht-heading").elements, key=lambda el: el.id)]
    assert headings == ["已上报", "已指派", "待验收", "已关闭"]
    await user.should_see("→ operator2")
    await user.should_see("checked on site")
    await user.should_see("上报积分 +10")
    # someone else's reports are not the reporter's
    assert all(h["reporter"] == "operator1" for h in await api("operator1", "GET", "/api/hazards?mine=true"))
    await user.should_not_see(marker="hb-col-duplicate")
    # the same spot reported again while the first is open: linked as a duplicate, still on the board
    dup = await api("operator1", "POST", "/api/hazards", {**REPORT, "spot": "T-102 pump", "title": "泵区漏油"})
    again = await api("operator1", "POST", "/api/hazards", {**REPORT, "spot": "T-102 pump", "title": "泵区漏油"})
    assert again["status"] == "duplicate" and again["duplicate_of"] == dup["id"]
    user.find(marker="hb-refresh").click()
    await user.should_see("重复 (1)", retries=WAIT)
    await user.should_see(marker=f"hb-{again['id']}")

    await open_as(user, "/hazards?lang=en", "verifier1")
    await click(user, f"hb-reopen-{hid}")
    await user.should_see(marker="ro-note", retries=WAIT)
    user.find(marker="hd-submit").click()
    await user.should_see(marker="hd-error", content="Give the reason", retries=WAIT)
    user.find(marker="ro-note").type("护栏再次松动")
    user.find(marker="hd-submit").click()
    await user.should_see("assigned (1)", retries=WAIT)
    h = await api("operator1", "GET", f"/api/hazards/{hid}")
    assert h["status"] == "assigned" and h["history"][-1]["note"] == "护栏再次松动"
