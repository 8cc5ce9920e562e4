"""Mangled sentences (cut, spliced) never crash the compiler: each gets a complete rule or questions."""

from __future__ import annotations

import random

from core.nl.api import compile_sentence

from .test_corpus import DATA, SENTENCES


def test_mangled_sentences_get_a_rule_or_questions(nl_host, nl_lexicon) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(2026)
    texts = [t for _, t in SENTENCES] + [r["text"] for r in DATA["refuse"] if r["text"]]
    outcomes = {"rule": 0, "questions": 0}
    for _ in range(300):
        a, b = rng.choice(texts), rng.choice(texts)
        if rng.random() < 0.5:
            k = rng.randrange(len(a))
            text = a[:k] + a[k + rng.randint(1, 4):]
        else:
            text = a[: len(a) // 2] + b[len(b) // 2:]
        res = compile_sentence(text, DATA["bind"], host=nl_host, lexicon=nl_lexicon)
        if res.rule is not None:
            assert not res.questions and res.tests and res.paraphrase["zh"] and res.paraphrase["en"], text
            outcomes["rule"] += 1
        else:
            assert res.questions and all(q.zh and q.en for q in res.questions), text
            outcomes["questions"] += 1
    assert outcomes["rule"] > 0 and outcomes["questions"] > 0
