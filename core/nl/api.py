"""``compile_sentence``: one sentence (+ bindings) -> rule, paraphrase, tests, questions, notes.

The rule is returned only when it is complete: it validates, compiles, and passes the boundary
tests generated for it. Otherwise ``rule`` is None and ``questions`` says what to answer
(one question per unresolved item).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from core.nl.boundary import generate
from core.nl.build import build_rule
from core.nl.grammar import Parser
from core.nl.ir import Question
from core.nl.lexicon import Lexicon, load_lexicon
from core.nl.paraphrase import paraphrase
from core.nl.scan import Scanner
from core.rules.compile import CompiledRule, compile_rule
from core.rules.document import RuleSource
from core.rules.problems import RuleError
from core.rules.validate import validate
from core.runtime.engine import Engine

_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class NLResult:
    rule: dict[str, Any] | None
    paraphrase: dict[str, str] = field(default_factory=dict)
    tests: list[dict[str, Any]] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.rule is not None and not self.questions

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "paraphrase": self.paraphrase, "tests": self.tests,
                "questions": [q.to_json() for q in self.questions], "notes": self.notes}


_HOST: Any = None


def default_host() -> Any:
    global _HOST
    if _HOST is None:
        from core.plugins import PluginHost

        _HOST = PluginHost.load()
    return _HOST


def compile_sentence(text: str, bindings: Mapping[str, str] | None = None, host: Any | None = None,
                     lexicon: Lexicon | None = None) -> NLResult:
    host = host or default_host()
    lex = lexicon if lexicon is not None else load_lexicon(host)
    lex = copy.copy(lex)
    lex.bindings = {}
    res = NLResult(None)
    for term, name in (bindings or {}).items():
        if not term.strip() or not name.strip() or any(c.isspace() for c in name.strip()):
            res.questions.append(Question("bad_binding", f"绑定“{term}={name}”无效：名称不能为空或含空格",
                                          f"binding “{term}={name}” is invalid: the name must be non-empty, without spaces", term))
    lex.bind(bindings or {})
    if not text.strip():
        res.questions.append(Question("empty", "句子为空", "the sentence is empty"))
        return res
    toks = Scanner(lex).tokens(text)
    p = Parser(toks)
    cond, actions = p.parse()
    asked = " ".join(q.zh + q.en for q in p.questions)
    for t in toks:
        # a word nobody asked about was skipped somewhere: refuse rather than compile without it
        if t.kind == "unk" and t.text not in asked and id(t) not in p.literals:
            p.not_understood([t])
            asked = " ".join(q.zh + q.en for q in p.questions)
    res.questions += p.questions
    res.notes += p.notes
    for term in sorted(set(lex.bindings) - p.used) if not res.questions else []:
        res.notes.append({"zh": f"绑定“{term}”在句中未用到，已忽略", "en": f"binding “{term}” is not needed by the sentence: ignored"})
    if res.questions or cond is None or not actions:
        if not res.questions:
            res.questions.append(Question("not_understood", "无法从句子得出完整规则", "cannot derive a complete rule from the sentence"))
        return res
    doc = build_rule(cond, actions, text)
    para = paraphrase(doc)
    zh_text = bool(_CJK.search(text))
    doc["title"] = {"zh": text if zh_text else para["zh"], "en": para["en"] if zh_text else text}
    try:
        compiled = _compile(doc, host)
    except RuleError as e:
        res.questions.append(Question("invalid_rule", "生成的规则未通过校验：" + "；".join(x.zh for x in e.problems),
                                      "the drafted rule does not validate: " + "; ".join(x.en for x in e.problems)))
        return res

    def simulate(events: list[list[Any]]) -> list[tuple[float, str]]:
        eng = Engine([compiled])
        for ts, sig, val in events:
            eng.process(float(ts), sig, val)
        return [(d.ts, d.state) for d in eng.decisions]

    try:
        tests = generate(cond, doc, simulate)
    except ValueError as e:
        res.questions.append(Question("self_check_failed", f"无法生成边界测试：{e}", f"cannot generate boundary tests: {e}"))
        return res
    failed = _self_check(compiled, tests)
    doc["tests"] = tests
    problems = [x for x in validate(doc, host.registry)[0] if x.severity == "error"]
    if problems:  # the generated tests must fit the document schema too
        failed += [x.en for x in problems]
    if failed:
        res.questions.append(Question("self_check_failed", "生成的边界测试未通过，规则不予输出：" + "；".join(failed),
                                      "the generated boundary tests fail, so no rule is given: " + "; ".join(failed)))
        return res
    res.notes += _period_notes(doc)
    res.notes.append({"zh": f"风险等级 {doc['risk_level']}、输入未知时执行安全状态（on_unknown=safe_state）为默认值，请复核",
                      "en": f"risk level {doc['risk_level']} and on_unknown=safe_state are defaults: review them"})
    res.rule, res.paraphrase, res.tests = doc, para, tests
    return res


def _compile(doc: dict[str, Any], host: Any) -> CompiledRule:
    return compile_rule(RuleSource(doc), host.registry)


def _self_check(compiled: CompiledRule, tests: list[dict[str, Any]]) -> list[str]:
    """Run the generated tests through core.testing (the document's schema is checked after)."""
    from core.testing import run_rule_test

    out = []
    for t in tests:
        r = run_rule_test(compiled, t)
        if not r.ok:
            out.append(f"{r.name}: {' / '.join(r.messages)}")
    return out


def _period_notes(doc: dict[str, Any]) -> list[dict[str, str]]:
    """Say which signals are watched for staleness (§5) and which are not, so nobody assumes it."""
    limits = {e["from"].split(".", 1)[0] for e in doc["edges"] if e["to"].endswith(".limit")}
    watched, unwatched = [], []
    for n in doc["nodes"]:
        p = n.get("params", {})
        if n["block"] != "signal" or p.get("kind") == "categorical" or n["id"] in limits:
            continue
        if "period_s" in p:
            watched.append(f"{p['signal']} ({p['period_s']:g} s)")
        else:
            unwatched.append(str(p["signal"]))
    out = []
    if watched:
        w = ", ".join(watched)
        out.append({"zh": f"采样周期取自词库：{w}；超过 3 个周期无数据即为未知", "en": f"sample periods from the lexicon: {w}; UNKNOWN after 3 periods without data"})
    if unwatched:
        u = ", ".join(unwatched)
        out.append({"zh": f"{u} 未声明采样周期，不检查失联；请在规则中补充 period_s",
                    "en": f"{u} declares no sample period, so staleness is not checked: add period_s to the rule"})
    return out
