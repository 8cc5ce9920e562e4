"""Normalisation and tokens: Chinese numerals, full-width forms, units written the plant's way."""

from __future__ import annotations

import pytest

from core.nl.lexicon import Lexicon
from core.nl.scan import Scanner
from core.nl.words import cn_number


@pytest.mark.parametrize(("text", "value"), [("五", 5), ("十五", 15), ("两", 2), ("一百二十", 120), ("二十五", 25),
                                             ("零点五", 0.5), ("十", 10), ("三十", 30), ("一千零五", 1005), ("十九点五", 19.5)])
def test_chinese_numerals(text: str, value: float) -> None:
    assert cn_number(text) == value


def _nums(lex: Lexicon, text: str) -> list[tuple[float, str | None]]:
    return [(t.value, t.unit) for t in Scanner(lex).tokens(text) if t.kind == "num"]


@pytest.mark.parametrize(("text", "want"), [
    ("超过百分之十五", [(15, "percent")]),
    ("连续五分钟", [(300, "time:1")]),
    ("持续半小时", [(1800, "time:1")]),
    ("一刻钟", [(900, "time:1")]),
    ("两分钟", [(120, "time:1")]),
    ("一百二十度", [(120, "degC")]),
    ("１９．５％", [(19.5, "percent")]),
    ("10ppm", [(10, "ppm")]),
    ("30mg/m³", [(30, "mg/m3")]),
    ("25%LEL", [(25, "%LEL")]),
    ("19.5 %vol", [(19.5, "%vol")]),
    ("80℃", [(80, "degC")]),
    ("1.6MPa", [(1.6, "MPa")]),
    ("300A", [(300, "A")]),
    ("10.8m/s", [(10.8, "m/s")]),
    ("6级风", [(6, "Beaufort")]),
    ("六级", [(6, "Beaufort")]),
    ("超过3次", [(3, "count")]),
    ("1.5倍", [(1.5, "factor")]),
    ("for 5 minutes", [(300, "time:1")]),
    ("for half an hour", [(1800, "time:1")]),
    ("零下10℃", [(-10, "degC")]),
    ("80℃5分钟", [(80, "degC"), (300, "time:1")]),
])
def test_numbers_and_units(nl_lexicon: Lexicon, text: str, want: list[tuple[float, str]]) -> None:
    assert _nums(nl_lexicon, text) == want


def test_longest_match_keeps_terms_whole(nl_lexicon: Lexicon) -> None:
    toks = Scanner(nl_lexicon).tokens("一氧化碳浓度超过24ppm时强制开启通风设备")
    assert [t.text for t in toks if t.kind == "term"] == ["一氧化碳浓度", "强制开启", "通风设备"]


def test_full_width_punctuation_and_signal_names(nl_lexicon: Lexicon) -> None:
    toks = Scanner(nl_lexicon).tokens("当ＣＳ－01.o2低于19.5%vol时，声光报警。")
    assert [t.kind for t in toks][:3] == ["kw", "sig", "kw"]
    assert toks[1].value == "CS-01.o2"
    assert [t.kind for t in toks].count("sep") == 2


def test_english_words_need_word_boundaries(nl_lexicon: Lexicon) -> None:
    toks = Scanner(nl_lexicon).tokens("inform the team leader within 10 minutes")
    assert toks[0].kind == "term" and toks[0].text == "inform"
    assert [t.kind for t in toks if t.text == "within"] == ["kw"]
