"""``safeblocks nl "TEXT" [--bind TERM=NAME ...] [--json]`` (ARCHITECTURE §4).

Exit 0 with a complete, valid rule; exit 2 with one question per unresolved item.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any


def _lang() -> str:
    lang = os.environ.get("SAFEBLOCKS_LANG") or os.environ.get("LANG", "en")
    return "zh" if lang.lower().startswith("zh") else "en"


def cmd_nl(args: argparse.Namespace) -> int:
    from core.nl.api import compile_sentence
    from core.nl.ir import Question

    binds: dict[str, str] = {}
    bad: list[Question] = []
    for b in args.bind or []:
        term, sep, name = b.partition("=")
        if not sep:
            bad.append(Question("bad_binding", f"“{b}”不是 术语=名称 的形式", f"“{b}” is not TERM=NAME", b))
            continue
        binds[term.strip()] = name.strip()
    res = compile_sentence(args.text, binds)
    res.questions = bad + res.questions
    if bad:
        res.rule = None
    out = res.to_json()
    if args.json:
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        _human(out, _lang())
    return 0 if res.rule is not None and not res.questions else 2


def _human(out: dict[str, Any], lang: str) -> None:
    if out["rule"] is not None:
        print(out["paraphrase"][lang])
        print(("规则编号" if lang == "zh" else "rule id") + f": {out['rule']['id']}")
        for t in out["tests"]:
            print(f"  test: {t['name']}")
    for q in out["questions"]:
        print(("问题" if lang == "zh" else "question") + f" [{q['code']}]: {q[lang]}")
    for n in out["notes"]:
        print(("说明" if lang == "zh" else "note") + f": {n[lang]}")
    if out["rule"] is not None:
        print(json.dumps(out["rule"], ensure_ascii=False, indent=2) if os.environ.get("SAFEBLOCKS_NL_FULL") else
              ("（加 --json 查看完整规则）" if lang == "zh" else "(use --json for the full rule document)"))


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("nl", help="compile one zh/en sentence into a rule (paraphrase, boundary tests, questions)")
    p.add_argument("text", help="the rule as one sentence, e.g. 当焊接电流连续5分钟超工艺卡上限15%%时,弹窗提示并记录视频")
    p.add_argument("--bind", action="append", metavar="TERM=NAME",
                   help="the signal (or the device / permit an action targets) a term of the sentence means")
    p.add_argument("--json", action="store_true", help="print {rule, paraphrase, tests, questions, notes} as JSON")
    p.set_defaults(fn=cmd_nl)
