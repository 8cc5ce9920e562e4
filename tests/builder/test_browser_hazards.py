"""The hazard loop in real browsers, one per person, in Chinese: an operator reports from a phone with
a photo, an engineer assigns it, the assignee rectifies with an after-photo from their phone, a
verifier compares the photos and closes it, and the reporter follows it to the end on the timeline.
Screenshots: docs/screenshots/report-phone.png, hazard-board.png, hazard-verify.png, hazard-timeline.png.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from builder_ui.i18n import t
from tests.builder.accounts import PASSWORD
from tests.builder.conftest import SCREENSHOTS
from tests.builder.people import png
from tests.builder.steps import field, sign_in

ZH = "zh"
PHONE = {"width": 390, "height": 844}


@contextmanager
def person(browser: Any, base_url: str, phone: bool = False) -> Iterator[Any]:
    """One person's own browser (own cookies, own sign-in), a phone or a desktop."""
    ctx = browser.new_context(viewport=PHONE if phone else {"width": 1600, "height": 1000}, locale="zh-CN",
                              is_mobile=phone, has_touch=phone)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    try:
        yield pg
    finally:
        ctx.close()
    assert not errors, errors


def card(pg: Any, hid: str, state: str) -> Any:
    return pg.locator(f'[data-state="{state}"] [data-hazard="{hid}"]')


def board(pg: Any, base_url: str, username: str, query: str = "") -> None:
    pg.goto(f"{base_url}/hazards?lang=zh{query}")
    sign_in(pg, username, PASSWORD, ZH)


@pytest.mark.parametrize("page", ["service"], indirect=True)
def test_the_hazard_loop_from_the_operator_pages(page, browser, tmp_path: Path):
    url = page.base_url
    before, after = tmp_path / "before.png", tmp_path / "after.png"
    before.write_bytes(png(160, 120, (120, 96, 80)))  # stand-ins: a brown "blocked" and a grey "clear" photo
    after.write_bytes(png(160, 120, (176, 190, 197)))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    with person(browser, url, phone=True) as reporter:
        reporter.goto(url + "/report?lang=zh")
        sign_in(reporter, "operator1", PASSWORD, ZH)
        field(reporter, t("hazard_title", ZH), "消防通道被占用")
        field(reporter, t("area", ZH), "tank-farm")
        field(reporter, t("spot", ZH), "T-205 北侧楼梯")
        reporter.locator(".q-uploader input[type=file]").set_input_files(str(before))
        reporter.locator(".q-uploader").get_by_text("before.png").wait_for()
        reporter.get_by_role("button", name=t("submit", ZH)).click()
        done = reporter.get_by_text(re.compile(r"已上报 #\d+"))
        done.wait_for()
        hid = re.search(r"#(\d+)", done.text_content() or "").group(1)  # type: ignore[union-attr]
        reporter.screenshot(path=str(SCREENSHOTS / "report-phone.png"))

        with person(browser, url) as engineer:
            board(engineer, url, "engineer1")
            card(engineer, hid, "reported").get_by_role("button", name=t("ha_assign", ZH)).click()
            dialog = engineer.locator(".q-dialog")
            # picked from the plant's people (the service's lookup): typing filters, the option is chosen
            dialog.get_by_label(t("assignee_pick", ZH)).fill("operator2")
            engineer.get_by_role("option", name=re.compile(r"李师傅 \(operator2\)")).click()
            dialog.get_by_label(t("due_hours", ZH)).fill("8")
            dialog.get_by_role("button", name=t("ha_assign", ZH)).click()
            card(engineer, hid, "assigned").get_by_text("→ operator2").wait_for()
            engineer.locator(".q-notification").wait_for(state="detached")
            engineer.screenshot(path=str(SCREENSHOTS / "hazard-board.png"))

        with person(browser, url, phone=True) as assignee:
            board(assignee, url, "operator2")
            card(assignee, hid, "assigned").get_by_role("button", name=t("ha_rectify", ZH)).click()
            dialog = assignee.locator(".q-dialog")
            dialog.locator(".q-uploader input[type=file]").set_input_files(str(after))
            dialog.locator(".q-uploader").get_by_text("after.png").wait_for()
            dialog.get_by_label(t("rectify_note", ZH)).fill("已清走杂物，通道畅通")
            dialog.get_by_role("button", name=t("ha_rectify", ZH)).click()
            card(assignee, hid, "verifying").wait_for()
            # the assignee does not verify their own work
            assert card(assignee, hid, "verifying").get_by_role("button", name=t("ha_verify", ZH)).count() == 0

        with person(browser, url) as verifier:
            board(verifier, url, "verifier1")
            card(verifier, hid, "verifying").get_by_role("button", name=t("ha_verify", ZH)).click()
            dialog = verifier.locator(".q-dialog .q-card")
            dialog.get_by_text(t("after_photo", ZH), exact=True).wait_for()
            assert dialog.locator("img").count() == 2  # before and after, side by side
            dialog.get_by_text("已清走杂物，通道畅通").wait_for()
            dialog.get_by_label(t("verify_note", ZH)).fill("现场复核合格")
            verifier.wait_for_timeout(300)  # let the photos finish fading in for the screenshot
            dialog.screenshot(path=str(SCREENSHOTS / "hazard-verify.png"))
            dialog.get_by_role("button", name=t("ha_verify", ZH)).click()
            card(verifier, hid, "closed").wait_for()

        # the reporter follows the report to the end, from the link under their report
        reporter.get_by_role("link", name=t("track_mine", ZH)).click()
        sign_in(reporter, "operator1", PASSWORD, ZH)
        closed = card(reporter, hid, "closed")
        closed.get_by_role("button", name=t("progress", ZH)).click()
        timeline = reporter.locator(".q-dialog .q-timeline")
        for step in ("h_reported", "h_assigned", "h_verifying", "h_closed"):
            timeline.get_by_text(t(step, ZH), exact=True).wait_for()
        timeline.get_by_text("→ operator2").wait_for()
        timeline.get_by_text("现场复核合格").wait_for()
        reporter.locator(".q-notification").wait_for(state="detached")  # "signed in" fades out of the picture
        reporter.screenshot(path=str(SCREENSHOTS / "hazard-timeline.png"))
