"""The builder in a real browser (Debian's headless chromium, loopback only).

Drag a gas sensor, a comparison, a sustained block and an actuator from the palette, wire them,
set the threshold, replay a simulated event file and see the rule fire on the timeline.
Screenshots go to docs/screenshots/ (linked from the README), in Chinese: the language the
engineers read first (the test machine has Debian's fonts-noto-cjk, see the Makefile).
"""

from __future__ import annotations

import pytest

from builder_ui.i18n import t
from tests.builder.accounts import PASSWORD
from tests.builder.conftest import SCREENSHOTS
from tests.builder.rules import events_csv
from tests.builder.steps import drop, edge, field, select_node, sign_in, wire


@pytest.mark.parametrize("page", ["service"], indirect=True)
def test_build_wire_publish_replay_and_see_the_rule_fire(page, tmp_path):
    page.goto(page.base_url + "/?lang=zh")
    page.wait_for_selector(".sb-canvas")
    drop(page, "signal", 110, 110, "signal1")
    field(page, "signal *", "T-101.gas1")
    field(page, "unit", "%LEL")
    drop(page, "compare.gt", 370, 110, "gt1")
    drop(page, "time.sustained", 620, 110, "sustained1")
    field(page, "duration_s *", "60")
    drop(page, "action.actuator", 870, 110, "actuator1")
    field(page, "device *", "T-101.fan")
    field(page, "command *", "force_on")

    wire(page, "signal1.value", "gt1.x")
    wire(page, "gt1.out", "sustained1.x")
    wire(page, "sustained1.out", "actuator1.when")
    for e in (("signal1.value", "gt1.x"), ("gt1.out", "sustained1.x"), ("sustained1.out", "actuator1.when")):
        edge(page, *e).wait_for(state="attached")
    # a TRUE/FALSE output into the number port "limit" is refused before it exists
    wire(page, "sustained1.out", "gt1.limit")
    page.wait_for_timeout(300)
    assert edge(page, "sustained1.out", "gt1.limit").count() == 0
    assert page.locator(".vue-flow__edge").count() == 3

    select_node(page, "gt1", "compare.gt")
    threshold = page.get_by_label("value", exact=True)
    # the threshold is shown in the unit flowing into the comparison
    page.locator(".q-field", has=threshold).get_by_text("%LEL").wait_for()
    field(page, "value", "25")
    page.get_by_text(t("no_problems", "zh")).wait_for()
    page.locator('.vue-flow__node[data-id="gt1"]').get_by_text("> 25 %LEL").wait_for()

    # publish on the service the builder is mounted in (its HTTP API: auth, versions, audit)
    sign_in(page, "engineer1", PASSWORD, "zh")
    page.get_by_role("button", name=t("publish", "zh")).click()
    page.locator(".q-dialog").get_by_role("button", name=t("publish", "zh")).click()
    page.get_by_text(t("published", "zh", id="draft.new_rule", version=1)).wait_for()

    events = tmp_path / "simulated-gas.csv"
    events.write_text(events_csv(), "utf-8")
    page.locator(".sb-test-panel .q-uploader input[type=file]").set_input_files(str(events))
    page.get_by_text(t("events_loaded", "zh", n=300)).wait_for()
    timeline = page.locator(".sb-test-panel")
    timeline.get_by_text("2026-01-05 08:02:40").wait_for()
    assert timeline.locator(".q-badge", has_text=t("fired", "zh")).count() == 1
    # the slider sits at the end: the comparison and the sustained block are TRUE (red)
    page.locator('.vue-flow__node[data-id="sustained1"] .sb-node.sb-v-true').wait_for()
    page.locator('.vue-flow__node[data-id="gt1"] .sb-node.sb-v-true').wait_for()

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".sb-canvas").screenshot(path=str(SCREENSHOTS / "canvas.png"))
    page.locator(".sb-test-panel").screenshot(path=str(SCREENSHOTS / "test-panel.png"))
    page.evaluate("window.scrollTo(0, 0); document.querySelector('.sb-canvas').scrollIntoView({block: 'start'})")
    page.screenshot(path=str(SCREENSHOTS / "builder.png"))


def test_live_validation_paints_the_node_it_names(page):
    page.goto(page.base_url + "/?lang=en")
    page.wait_for_selector(".sb-canvas")
    drop(page, "signal", 110, 110, "signal1")
    field(page, "signal *", "T-101.gas1")
    field(page, "unit", "%LEL")
    drop(page, "compare.gt", 400, 110, "gt1")
    wire(page, "signal1.value", "gt1.x")
    edge(page, "signal1.value", "gt1.x").wait_for(state="attached")
    field(page, "value", "25")
    field(page, "unit", "ppm")  # %LEL compared with a ppm limit: never converted implicitly
    page.locator('.vue-flow__node[data-id="gt1"] .sb-node.sb-has-problem').wait_for()
    page.get_by_text("unit_mismatch").wait_for()
    assert page.locator('.vue-flow__node[data-id="signal1"] .sb-node.sb-has-problem').count() == 0
    unit = page.get_by_label("unit", exact=True)
    unit.click()
    for _ in range(3):  # editing a param never deletes the selected block
        unit.press("Backspace")
    unit.type("%LEL")
    unit.press("Tab")
    page.locator('.vue-flow__node[data-id="gt1"] .sb-node:not(.sb-has-problem)').wait_for()
    # deleting from the keyboard removes the node and its wire from the document
    page.locator('.vue-flow__node[data-id="signal1"] .sb-node-head').click()
    page.keyboard.press("Delete")
    page.locator('.vue-flow__node[data-id="signal1"]').wait_for(state="detached")
    page.get_by_text("required input gt1.x is not connected").first.wait_for()


def test_chinese_is_the_default(page):
    page.goto(page.base_url + "/")
    page.get_by_text("安全规则设计器").wait_for()
    page.get_by_text("传感器").wait_for()
    page.get_by_text("从左侧拖入积木").wait_for()


@pytest.mark.parametrize("page", ["service"], indirect=True)
def test_build_publish_and_submit_a_form(page):
    zh = "zh"
    page.goto(page.base_url + "/forms?lang=zh")
    page.wait_for_selector(".sb-form-drop")
    sign_in(page, "engineer1", PASSWORD, zh)
    field(page, t("form_id", zh), "plant-a.gas_check")
    field(page, t("title_zh", zh), "进入前气体检测")
    field(page, t("title_en", zh), "Gas test before entry")
    page.drag_and_drop('.sb-widget[data-widget="number"]', ".sb-form-drop")
    page.get_by_text(f"number1 · {t('w_number', zh)}").wait_for()
    field(page, t("label_zh", zh), "氧含量")
    field(page, t("label_en", zh), "O2")
    field(page, t("unit", zh), "%vol")
    field(page, t("minimum", zh), "0")
    field(page, t("maximum", zh), "25")
    page.locator(".q-toggle", has_text=t("required", zh)).click()
    page.get_by_text(f"number1 · {t('w_number', zh)} · *").wait_for()
    page.drag_and_drop('.sb-widget[data-widget="choice"]', ".sb-form-drop")
    page.get_by_text(f"choice1 · {t('w_choice', zh)}").wait_for()
    field(page, t("label_zh", zh), "气体检测合格")
    field(page, t("options", zh), "是, 否")
    page.drag_and_drop('.sb-widget[data-widget="textarea"]', ".sb-form-drop")
    page.get_by_text(f"textarea1 · {t('w_textarea', zh)}").wait_for()
    field(page, t("label_zh", zh), "不合格原因")
    page.get_by_label(t("field", zh), exact=True).click()
    page.get_by_role("option", name="choice1").click()
    field(page, t("equals", zh), "否")
    page.get_by_role("button", name=t("publish", zh)).click()
    page.get_by_text(t("form_published", zh, id="plant-a.gas_check", version=1)).wait_for()

    phone = page.locator(".q-card", has=page.get_by_role("button", name=t("submit", zh))).last
    phone.get_by_label("氧含量 *").fill("20.8")
    assert not phone.get_by_label("不合格原因").is_visible()  # shown only when the gas test did not pass
    phone.get_by_role("radio", name="否").click()
    phone.get_by_label("不合格原因").fill("已启动风机，10:30 复测")
    phone.get_by_role("button", name=t("submit", zh)).click()
    page.get_by_text(t("submitted", zh, id=1, version=1)).wait_for()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "form-designer.png"))


@pytest.mark.parametrize("page", ["service"], indirect=True)
def test_dashboard_shows_the_plant(page):
    import httpx

    from tests.builder.seed import requests

    with httpx.Client(base_url=page.base_url) as api:
        token = api.post("/api/auth/login", json={"username": "engineer1", "password": PASSWORD}).json()["token"]
        for method, path, body in requests():
            r = api.request(method, path, json=body, headers={"Authorization": f"Bearer {token}"})
            assert r.status_code < 300, r.text
    page.goto(page.base_url + "/dashboard?lang=zh")
    sign_in(page, "engineer1", PASSWORD, "zh")
    page.get_by_role("button", name=t("refresh", "zh")).click()
    page.locator(".q-badge", has_text=t("fired", "zh")).first.wait_for()
    page.get_by_text("T-102.gas1").wait_for()
    page.wait_for_timeout(300)  # let the heat map finish its first paint for the screenshot
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"))
