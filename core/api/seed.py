"""Installing rule documents that come with a plugin (the simulator's plant rules) as published,
deployed versions of a plant, once: an existing rule is never overwritten."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from core.api.audit import audit
from core.api.deps import Services
from core.api.ruleops import semantic_diff
from core.rules.problems import RuleError
from core.storage.tables import Rule, RuleVersion


def install_rules(svc: Services, plant: str, docs: Iterable[Mapping[str, Any]], by: str) -> list[str]:
    """Returns one line per rule: installed, kept (already there) or refused (with its first problem)."""
    report = []
    with svc.sessions() as db:
        for raw in docs:
            doc = copy.deepcopy(dict(raw))
            rid = str(doc.get("id"))
            if db.get(Rule, rid) is not None:
                report.append(f"{rid}: kept (already in the database)")
                continue
            doc["version"] = 1
            try:
                compiled = svc.runtime.compile(doc)
            except RuleError as e:
                report.append(f"{rid}: refused: {e.problems[0].en if e.problems else e}")
                continue
            # deploying seeds the rule (state events, perhaps decisions): under the plant's lock from before
            # the first write to the commit, one rule at a time (LiveRuntime.hold)
            with svc.runtime.hold(db, plant):
                db.add(Rule(id=rid, plant=plant, draft=doc, revision=1, published_version=1, deployed_version=1,
                            updated_by=by))
                db.flush()
                db.add(RuleVersion(rule_id=rid, version=1, doc=doc, hash=compiled.hash,
                                   diff=semantic_diff(None, doc), note=f"installed by {by}", published_by=by))
                svc.runtime.deploy(db, plant, compiled)
                audit(db, None, "rule.install", "rule", rid, plant=plant, after={"version": 1, "by": by})
            report.append(f"{rid}: installed and deployed")
    return report
