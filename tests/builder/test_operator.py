"""Operator pages on the real service: report a hazard with a photo and follow it on the board."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from nicegui import ui

from builder_ui.operator import sla_colour, when
from tests.builder.conftest import WAIT
from tests.builder.people import PNG, marked, sign_in


def test_sla_colours():
    now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    assert sla_colour((now - timedelta(hours=1)).isoformat(), "assigned", now) == "red-7"
    assert sla_colour((now + timedelta(hours=3)).isoformat(), "assigned", now) == "amber-7"
    assert sla_colour((now + timedelta(days=3)).isoformat(), "assigned", now) == "green-6"
    assert sla_colour(None, "closed", now) == "grey-5"


def test_times_are_shown_in_local_time_to_the_minute():
    local = datetime(2026, 1, 5, 8, 0, tzinfo=UTC).astimezone()
    assert when("2026-01-05T08:00:00Z") == local.strftime("%Y-%m-%d %H:%M")
    assert when("2026-01-05T08:00:00") == when("2026-01-05T08:00:00+00:00")  # the API's naive times are UTC
    assert when(None) == ""


@pytest.mark.anyio
async def test_report_a_hazard_with_a_photo_and_follow_it(svc_user):
    user = svc_user
    await user.open("/report?lang=en")
    await sign_in(user, "operator1")
    user.find(marker="r-title").type("消防通道被占用")
    user.find(marker="r-area").type("tank-farm")
    user.find(marker="r-spot").type("T-101 east ladder")
    photo = marked(user, "r-photo")
    assert photo.props["capture"] == "environment"
    await photo.handle_uploads([ui.upload.SmallFileUpload("p.png", "image/png", PNG)])
    await user.should_not_see(marker="r-track")
    user.find(marker="r-submit").click()
    await user.should_see("Reported #1 (reported)", retries=WAIT)
    user.find(marker="r-track").click()  # to the board, on the reporter's own reports
    await user.should_see(marker="hb-mine", retries=WAIT)
    await sign_in(user, "operator1")
    await user.should_see(marker="hb-1", retries=WAIT)
    assert marked(user, "hb-mine").value is True
    await user.should_see("reported (1)")
