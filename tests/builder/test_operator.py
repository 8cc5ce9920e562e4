"""Operator pages on the real service: report a hazard with a photo, the hazard and permit boards."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from nicegui import ui

from builder_ui.operator import sla_colour
from tests.builder.conftest import PASSWORD, WAIT

# a 1x1 PNG: the service checks an upload's content, not its name
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def test_sla_colours():
    now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    assert sla_colour((now - timedelta(hours=1)).isoformat(), "assigned", now) == "red-7"
    assert sla_colour((now + timedelta(hours=3)).isoformat(), "assigned", now) == "amber-7"
    assert sla_colour((now + timedelta(days=3)).isoformat(), "assigned", now) == "green-6"
    assert sla_colour(None, "closed", now) == "grey-5"


async def sign_in(user) -> None:  # type: ignore[no-untyped-def]
    user.find(marker="sign-in").click()
    await user.should_see(marker="username", retries=WAIT)
    user.find(marker="username").type("engineer1")
    user.find(marker="password").type(PASSWORD)
    user.find(marker="sign-in-go").click()
    # the page's own label: notifications of an earlier page are still in the User's list
    await user.should_see(marker="signed-in-as", content="engineer1", retries=WAIT)


@pytest.mark.anyio
async def test_report_a_hazard_with_a_photo_and_see_it_on_the_board(svc_user):
    user = svc_user
    await user.open("/report?lang=en")
    await sign_in(user)
    user.find(marker="r-title").type("消防通道被占用")
    user.find(marker="r-area").type("tank-farm")
    user.find(marker="r-spot").type("T-101 east ladder")
    (photo,) = user.find(marker="r-photo").elements
    await photo.handle_uploads([ui.upload.SmallFileUpload("p.png", "image/png", PNG)])
    user.find(marker="r-submit").click()
    await user.should_see("Reported #1 (reported)", retries=WAIT)
    await user.open("/hazards?lang=en")
    await sign_in(user)
    user.find(marker="hb-refresh").click()
    await user.should_see(marker="hb-1", retries=WAIT)
    await user.should_see("reported (1)")


@pytest.mark.anyio
async def test_new_permit_and_its_gas_analysis(svc_user):
    user = svc_user
    await user.open("/permits?lang=en")
    await sign_in(user)
    user.find(marker="pb-new").click()
    await user.should_see(marker="p-title", retries=WAIT)
    user.find(marker="p-title").type("1#储罐内检修")
    user.find(marker="p-location").type("T-101 tank")
    user.find(marker="p-submit").click()
    await user.should_see("draft (1)", retries=WAIT)
    (button,) = [b for b in user.find(kind=ui.button).elements if any(m.startswith("pb-gas-") for m in b._markers)]
    user.find(marker=next(m for m in button._markers if m.startswith("pb-gas-"))).click()
    await user.should_see(marker="g-o2_pct", retries=WAIT)
    for g, v in (("o2_pct", 20.8), ("lel_pct", 0), ("h2s_ppm", 0), ("co_ppm", 0)):
        (el,) = user.find(marker=f"g-{g}").elements
        el.value = v
    user.find(marker="g-submit").click()
    await user.should_see(marker="pb-gas", retries=WAIT)
