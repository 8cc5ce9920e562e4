"""The permit board against the real service: stopping the work by hand with a reason (作业中断), and a
gas analysis entered with its sampling time and analyst, the 30 minutes counted from the sample."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.builder.conftest import PASSWORD, WAIT
from tests.builder.people import Api, click, marked, open_as

GOOD = {"o2_pct": 20.8, "lel_pct": 0, "h2s_ppm": 0, "co_ppm": 0}
PERMIT = {"plant": "plant-a", "kind": "confined_space", "level": "standard", "title": "2#塔内检修",
          "location": "C-201", "valid_hours": 8}


async def signed(api: Api) -> str:
    pid = str((await api("operator1", "POST", "/api/permits", PERMIT))["id"])
    for who, meaning in (("engineer1", "approver"), ("verifier1", "guardian")):
        await api(who, "POST", f"/api/permits/{pid}/signatures", {"meaning": meaning, "password": PASSWORD})
    return pid


async def active(api: Api) -> str:
    pid = await signed(api)
    await api("operator1", "POST", f"/api/permits/{pid}/gas-analyses", {"readings": GOOD})
    await api("operator1", "POST", f"/api/permits/{pid}/activate")
    return pid


def local(delta: timedelta) -> str:
    """A time as the dialog's field holds it: the plant box's local time, to the minute."""
    return (datetime.now() + delta).strftime("%Y-%m-%dT%H:%M")


async def gas(user, pid: str, sampled: str | None = None, analyst: str | None = None,  # type: ignore[no-untyped-def]
              closes: bool = True) -> None:
    await click(user, f"pb-gas-{pid}")
    await user.should_see(marker="g-o2_pct", retries=WAIT)
    for g, v in GOOD.items():
        marked(user, f"g-{g}").value = v
    if sampled is not None:
        marked(user, "g-sampled-at").value = sampled
    if analyst is not None:
        marked(user, "g-analyst").value = analyst
    user.find(marker="g-submit").click()
    if closes:
        await user.should_not_see(marker="gas-dialog", retries=WAIT)


@pytest.mark.anyio
async def test_the_attendant_stops_the_work_with_a_reason_and_the_work_leader_resumes(svc_user, service_app):
    user = svc_user
    api = Api(service_app)
    pid = await active(api)
    await open_as(user, "/permits?lang=zh", "verifier1")  # the attendant (signed as guardian)
    await click(user, f"pb-suspend-{pid}")
    await user.should_see(marker="su-means", content="恢复作业需要中断后新的合格气体分析", retries=WAIT)
    user.find(marker="su-submit").click()  # no reason yet: asked for, nothing sent
    await user.should_see(marker="su-error", content="请填写原因", retries=WAIT)
    assert (await api("operator1", "GET", f"/api/permits/{pid}"))["status"] == "active"
    user.find(marker="su-reason").type("塔内通风机停转，撤出作业人员")
    user.find(marker="su-submit").click()
    await user.should_see("已暂停 (1)", retries=WAIT)
    await user.should_see(marker=f"pb-suspension-{pid}", content="王验收（verifier1）中断作业：塔内通风机停转，撤出作业人员")
    await user.should_not_see(marker=f"pb-resume-{pid}")  # stopping is the attendant's, restarting is not
    await user.should_not_see(marker=f"pb-suspend-{pid}")
    p = await api("operator1", "GET", f"/api/permits/{pid}")
    assert p["status"] == "suspended" and p["suspension"]["by"] == "verifier1"

    await open_as(user, "/permits?lang=en", "operator1")
    await click(user, f"pb-resume-{pid}")  # the analysis from before the stop does not count
    await user.should_see("sampled before the suspension", retries=WAIT)
    await gas(user, pid)
    await click(user, f"pb-resume-{pid}")
    await user.should_see("active (1)", retries=WAIT)
    await click(user, f"pb-details-{pid}")
    await user.should_see(marker="permit-details", retries=WAIT)
    await user.should_see("塔内通风机停转，撤出作业人员")  # the reason, in the permit's status history


@pytest.mark.anyio
async def test_a_stop_by_someone_else_meanwhile_is_shown_in_the_dialog(svc_user, service_app):
    user = svc_user
    api = Api(service_app)
    pid = await active(api)
    await open_as(user, "/permits?lang=en", "engineer1")
    await click(user, f"pb-suspend-{pid}")
    await user.should_see(marker="su-reason", retries=WAIT)
    await api("operator1", "POST", f"/api/permits/{pid}/suspend", {"reason": "gas alarm"})
    user.find(marker="su-reason").type("LEL rising")
    user.find(marker="su-submit").click()
    await user.should_see(marker="su-error", content="is suspended already", retries=WAIT)
    user.find(marker="su-cancel").click()
    await user.should_not_see(marker="suspend-dialog", retries=WAIT)


@pytest.mark.anyio
async def test_gas_analysis_with_sampling_time_and_analyst(svc_user, service_app):
    user = svc_user
    api = Api(service_app)
    pid = await signed(api)
    await open_as(user, "/permits?lang=en", "operator1")
    await click(user, f"pb-gas-{pid}")
    await user.should_see(marker="g-analyst", retries=WAIT)
    assert marked(user, "g-analyst").value == "operator1"  # by default, the one who enters it
    opened = datetime.strptime(marked(user, "g-sampled-at").value, "%Y-%m-%dT%H:%M")
    assert abs(opened - datetime.now()) < timedelta(minutes=2)
    marked(user, "g-sampled-at").value = "not a time"
    for g, v in GOOD.items():
        marked(user, f"g-{g}").value = v
    user.find(marker="g-submit").click()
    await user.should_see(marker="g-error", content="Enter the sampling time as YYYY-MM-DDTHH:MM", retries=WAIT)
    await user.should_see(marker="gas-dialog")  # still open, nothing sent
    assert await api("operator1", "GET", f"/api/permits/{pid}/gas-analyses") == []
    # a contractor's analyst took the sample 40 minutes ago; the operator types it in now
    marked(user, "g-sampled-at").value = local(timedelta(minutes=-40))
    marked(user, "g-analyst").value = "李师傅"
    user.find(marker="g-submit").click()
    await user.should_not_see(marker="gas-dialog", retries=WAIT)
    await user.should_see(marker=f"pb-gas-line-{pid}", content="— 李师傅", retries=WAIT)
    await user.should_see(marker=f"pb-gas-line-{pid}", content="(entered by operator1)")
    await click(user, f"pb-activate-{pid}")  # passing, but sampled more than 30 minutes ago
    await user.should_see("sampled more than 30 min ago", retries=WAIT)

    await gas(user, pid, sampled=local(timedelta(hours=1)), closes=False)  # a clock an hour fast
    await user.should_see(marker="g-error", content="is in the future", retries=WAIT)
    marked(user, "g-sampled-at").value = local(timedelta(minutes=-3))
    user.find(marker="g-submit").click()
    await user.should_not_see(marker="gas-dialog", retries=WAIT)
    await user.should_see(marker=f"pb-gas-fresh-{pid}", content="Starts or resumes the work until", retries=WAIT)
    await click(user, f"pb-activate-{pid}")
    await user.should_see("active (1)", retries=WAIT)
    analyses = await api("operator1", "GET", f"/api/permits/{pid}/gas-analyses")
    assert [a["analyst"] for a in analyses] == ["operator1", "李师傅"]
    assert all(a["recorded_by"] == "operator1" for a in analyses)


def test_the_pages_take_who_may_do_what_from_the_service_not_from_its_code():
    """The builder may run against a service whose role table differs from the code installed next to it:
    no builder module imports the service's API package (the permissions come from GET /api/me)."""
    import ast
    from pathlib import Path

    import builder_ui

    found = []
    for f in Path(builder_ui.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [(f.name, n) for n in names if n == "core.api" or n.startswith("core.api.")]
    assert found == []
