"""UI text in Chinese and English. Chinese is the default: the engineers who use this first read it."""

from __future__ import annotations

LANGS = ("zh", "en")

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("安全规则设计器", "Safety rule builder"),
    "palette": ("积木", "Blocks"),
    "inspector": ("参数", "Parameters"),
    "rule": ("规则", "Rule"),
    "no_selection": ("选中一个积木以编辑参数", "Select a block to edit its parameters"),
    "drop_here": ("从左侧拖入积木，连接端口组成规则", "Drag blocks here from the left and wire their ports"),
    "problems": ("问题", "Problems"),
    "no_problems": ("没有问题：规则可以运行", "No problems: the rule can run"),
    "n_problems": ("{n} 个问题", "{n} problem(s)"),
    "test_panel": ("试运行", "Try it"),
    "upload_events": ("上传事件文件（CSV / JSON Lines）", "Upload an event file (CSV / JSON Lines)"),
    "simulate": ("模拟事件", "Simulate events"),
    "run_tests": ("运行规则测试", "Run rule tests"),
    "events_loaded": ("已载入 {n} 个事件", "{n} events loaded"),
    "bad_lines": ("{n} 行无法读取", "{n} lines could not be read"),
    "replay_failed": ("无法试运行：规则还有问题", "Cannot replay: the rule still has problems"),
    "timeline": ("触发时间线", "Fire timeline"),
    "no_decisions": ("没有决策：规则在这段事件中没有触发", "No decisions: the rule did not fire on these events"),
    "time": ("时间", "Time"),
    "fired": ("触发", "fired"),
    "cleared": ("解除", "cleared"),
    "unknown": ("未知", "unknown"),
    "save": ("保存草稿", "Save draft"),
    "saved": ("已保存：{path}", "Saved: {path}"),
    "download": ("下载 JSON", "Download JSON"),
    "open": ("打开", "Open"),
    "open_file": ("打开规则文件", "Open a rule file"),
    "new": ("新建", "New"),
    "loaded": ("已打开：{id}", "Opened: {id}"),
    "load_failed": ("无法打开：{msg}", "Cannot open: {msg}"),
    "rule_id": ("规则编号", "Rule id"),
    "title_zh": ("标题（中文）", "Title (Chinese)"),
    "title_en": ("标题（英文）", "Title (English)"),
    "risk_level": ("风险等级", "Risk level"),
    "on_unknown": ("输入未知时", "When inputs are UNKNOWN"),
    "delete": ("删除", "Delete"),
    "tests_passed": ("{ok}/{n} 个测试通过", "{ok}/{n} tests passed"),
    "no_tests": ("规则没有测试", "The rule has no tests"),
    "language": ("English", "中文"),
    "required": ("必填", "required"),
    "value_at": ("各节点在 {t} 的值", "Node values at {t}"),
    "nl_placeholder": ("用一句话描述规则，例如：当焊接电流连续5分钟超工艺卡上限15%时，弹窗提示并记录视频",
                       "Describe the rule in one sentence, e.g. gas above 25 %LEL for 60 s: force the fan on"),
    "nl_draft": ("生成规则", "Draft the rule"),
    "sign_in": ("登录", "Sign in"),
    "sign_in_first": ("请先登录", "Sign in first"),
    "signed_in": ("已登录：{user}", "Signed in: {user}"),
    "username": ("用户名", "Username"),
    "password": ("密码", "Password"),
    "change_password_first": ("首次登录须先修改密码（通过 /api/auth/password）", "Change your one-time password first (/api/auth/password)"),
    "publish": ("发布", "Publish"),
    "plant": ("厂区", "Plant"),
    "note": ("发布说明", "Release note"),
    "published": ("已发布 {id} 第 {version} 版", "Published {id} version {version}"),
    "conflict": ("版本冲突", "Conflict"),
    "conflict_text": ("服务上的草稿已由 {user} 更新到第 {revision} 版，与您编辑的不是同一版。",
                      "The draft on the service is at revision {revision} (by {user}), not the one you edited."),
    "load_theirs": ("载入对方版本", "Load theirs"),
    "keep_mine": ("保留我的（下次发布覆盖）", "Keep mine (next publish saves over it)"),
    "keep_mine_hint": ("再次点击发布即以您的版本覆盖", "Publish again to save your version over it"),
    "versions": ("版本历史", "Versions"),
    "no_versions": ("尚未发布任何版本", "No version published yet"),
    "rollback": ("回滚到此版", "Roll back to this"),
    "rollback_of": ("回滚自第 {version} 版", "rollback of v{version}"),
    "rolled_back": ("已回滚到第 {version} 版（新版本 {new}）", "Rolled back to v{version} (new version {new})"),
    "backtest": ("历史回测", "Backtest"),
    "start": ("开始", "Start"),
    "end": ("结束", "End"),
    "run_backtest": ("用已存事件回测", "Backtest on stored events"),
    "bt_draft": ("草稿", "Draft"),
    "bt_published": ("已发布版本", "Published"),
    "bt_counts": ("{events} 个事件 · 触发 {fired} 次 · 未知 {unknown} 次", "{events} events · fired {fired} · unknown {unknown}"),
    "legend": ("真 TRUE · 假 FALSE · 未知 UNKNOWN", "TRUE · FALSE · UNKNOWN"),
}

CATEGORY: dict[str, tuple[str, str]] = {
    "sensors": ("传感器", "Sensors"),
    "conditions": ("条件", "Conditions"),
    "math": ("计算", "Math"),
    "time": ("时间", "Time"),
    "logic": ("逻辑", "Logic"),
    "models": ("模型", "Models"),
    "actions": ("动作", "Actions"),
    "permits": ("作业票", "Permits"),
}


def t(key: str, lang: str, **kw: object) -> str:
    zh, en = TEXT[key]
    return (zh if lang == "zh" else en).format(**kw)


def category(name: str, lang: str) -> str:
    zh, en = CATEGORY.get(name, (name, name))
    return zh if lang == "zh" else en


def pick(text: object, lang: str, fallback: str = "") -> str:
    """The ``lang`` entry of a {zh, en} mapping, else the other language, else ``fallback``."""
    if isinstance(text, dict):
        return str(text.get(lang) or text.get("en") or text.get("zh") or fallback)
    return str(text) if text else fallback
