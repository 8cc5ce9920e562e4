"""The form designer: model, page logic (User) and publishing + submitting on the real service."""

from __future__ import annotations

import jsonschema
import pytest

from builder_ui.form_model import FormDraft, submission
from tests.builder.conftest import PASSWORD, WAIT


def gas_check() -> FormDraft:
    f = FormDraft("site.gas_check", {"zh": "气体检测", "en": "Gas check"})
    o2 = f.add("number")
    o2.label, o2.unit, o2.minimum, o2.maximum, o2.required = {"en": "O2"}, "%vol", 0, 25, True
    ok = f.add("choice")
    why = f.add("textarea")
    why.required, why.visible_if = True, {"field": ok.name, "equals": "no"}
    return f


def test_schema_and_ui_schema_are_what_the_service_stores():
    from core.api.routers.forms import form_problems

    f = gas_check()
    schema, ui_schema = f.schema(), f.ui_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert form_problems(schema, ui_schema) == []
    assert schema["required"] == ["number1"]  # a conditional field is required only while shown
    assert ui_schema["number1"] == {"widget": "number", "label": {"en": "O2"}, "unit": "%vol"}
    assert ui_schema["textarea1"]["visible_if"] == {"field": "choice1", "equals": "no"}
    assert FormDraft.from_service({"id": f.id, "title": f.title, "schema": schema, "ui_schema": ui_schema}) == f


def test_reorder_rename_remove_and_conditional_submission():
    f = gas_check()
    f.move("textarea1", -2)
    assert [x.name for x in f.fields] == ["textarea1", "number1", "choice1"]
    assert f.rename("choice1", "ok") is None and f.get("textarea1").visible_if["field"] == "ok"
    assert f.rename("ok", "number1") == "field_name_taken"
    data, missing = submission(f, {"number1": 20.8, "ok": "no"})
    assert data == {"number1": 20.8, "ok": "no"} and missing == [("textarea1", "field_required")]
    data, missing = submission(f, {"number1": 20.8, "ok": "yes"})
    assert missing == [] and "textarea1" not in data
    f.remove("ok")
    assert f.get("textarea1").visible_if is None


@pytest.mark.anyio
async def test_design_and_preview_without_the_service(user):
    await user.open("/forms?lang=en")
    user.find(marker="widget-number").click()
    await user.should_see(marker="field-number1")
    user.find(marker="f-label-en").type("O2")
    user.find(marker="f-required").click()
    user.find(marker="widget-choice").click()
    user.find(marker="widget-textarea").click()
    (cond,) = user.find(marker="f-if-field").elements
    cond.value = "choice1"
    user.find(marker="f-if-equals").type("no")
    await user.should_not_see(marker="preview-textarea1")  # shown only when choice1 is "no"
    (choice,) = user.find(marker="preview-choice1").elements
    choice.value = "no"
    await user.should_see(marker="preview-textarea1")
    user.find(marker="preview-submit").click()
    await user.should_see("“number1” is required")
    user.find(marker="up-textarea1").click()
    await user.should_see(marker="preview-number1")
    (o2,) = user.find(marker="preview-number1").elements
    o2.value = 20.8
    (why,) = user.find(marker="preview-textarea1").elements
    why.value = "fan running"
    user.find(marker="preview-submit").click()
    await user.should_see("Preview valid (not published, not submitted)")


@pytest.mark.anyio
async def test_publish_and_submit_on_the_service(svc_user):
    user = svc_user
    await user.open("/forms?lang=en")
    user.find(marker="form-publish").click()
    await user.should_see("Sign in first", retries=WAIT)
    user.find(marker="username").type("engineer1")
    user.find(marker="password").type(PASSWORD)
    user.find(marker="sign-in-go").click()
    await user.should_see("Signed in: engineer1", retries=WAIT)
    user.find(marker="form-id").clear().type("plant-a.gas_check")
    user.find(marker="widget-number").click()
    user.find(marker="f-required").click()
    user.find(marker="form-publish").click()
    await user.should_see("Published form plant-a.gas_check version 1", retries=WAIT)
    (o2,) = user.find(marker="preview-number1").elements
    o2.value = 20.8
    user.find(marker="preview-submit").click()
    await user.should_see("Submitted #1 (form version 1)", retries=WAIT)
    user.find(marker="form-open").click()
    await user.should_see(marker="form-item-plant-a.gas_check", retries=WAIT)

