"""Normalise a sentence and cut it into tokens against the lexicon and the grammar words.

Longest match wins, so 一氧化碳 is a term before 一 can be read as a numeral, and 通风设备 beats
通风. Words in neither table become ``unk`` tokens: the grammar turns them into questions, never
into guesses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from core.nl.lexicon import Lexicon, Term
from core.nl.words import CN_NUMERAL_CHARS, DURATION_WORDS, EN_NUMBERS, KEYWORDS, UNITS, cn_number

_SIGNAL = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*(?:\.[A-Za-z0-9_\-]+)+")
_ID = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+")
_NUM = re.compile(r"\d+(?:\.\d+)?")
_PERCENT_CN = re.compile(r"百分之([零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class Tok:
    kind: str  # num | term | sig | id | kw | unk | sep
    text: str
    value: Any = None  # num: float; term: Term; kw: keyword id; sig/id: the name
    unit: str | None = None  # num: canonical unit or time:<s> / count / factor / times / percent
    start: int = 0

    def __repr__(self) -> str:
        extra = f":{self.value}" if self.kind in ("kw", "num") else ""
        return f"{self.kind}({self.text}{extra}{'/' + self.unit if self.unit else ''})"


def normalise(text: str) -> str:
    """Full-width to half-width (NFKC), Chinese punctuation to ASCII, spaces collapsed."""
    s = unicodedata.normalize("NFKC", text)
    for a, b in (("。", "."), ("、", ","), ("～", "~"), ("〜", "~"), ("—", "-"), ("–", "-"), ("“", '"'), ("”", '"')):
        s = s.replace(a, b)
    return " ".join(s.split())


def _ascii_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


class Scanner:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.kw: dict[str, str] = {}
        for kid, phrases in KEYWORDS.items():
            for p in phrases:
                self.kw.setdefault(p, kid)
        for p in DURATION_WORDS:
            self.kw[p] = "dur"
        self.terms = {p for p in lexicon.phrases()}
        self.maxlen = max(len(p) for p in [*self.kw, *self.terms, *UNITS])
        self._after_num = False  # 「80℃5分钟」: digits right after a unit start a new number
        self._after_unk = False

    def _bounded(self, s: str, i: int, j: int) -> bool:
        """ASCII phrases must stand as whole words (``in`` is not the start of ``inform``, ``SOP``
        not the start of ``SOP-R1-07``)."""
        if _ascii_word(s[i]) and i > 0 and (_ascii_word(s[i - 1]) or (s[i - 1] == "-" and i > 1 and _ascii_word(s[i - 2]))):
            return False
        if not _ascii_word(s[j - 1]) or j >= len(s):
            return True
        return not (_ascii_word(s[j]) or (s[j] == "-" and j + 1 < len(s) and s[j + 1].isascii() and s[j + 1].isalnum()))

    def _match(self, s: str, i: int) -> tuple[str, int] | None:
        low = s.lower()
        for j in range(min(len(s), i + self.maxlen), i, -1):
            piece = s[i:j]
            if piece[-1] == " ":
                continue
            lp = low[i:j]
            if _norm(lp) in self.terms and self._bounded(s, i, j):
                return "term", j
            if (piece in self.kw or lp in self.kw) and self._bounded(s, i, j):
                return "kw", j
        return None

    def _unit(self, s: str, i: int) -> tuple[str, str, int] | None:
        k = i
        while k < len(s) and s[k] == " ":
            k += 1
        for j in range(min(len(s), k + 16), k, -1):
            piece = s[k:j]
            # a digit may follow a unit (「80℃5分钟」), a letter may not ("5 minutes" is not "5 m")
            if piece in UNITS and not (_ascii_word(piece[-1]) and j < len(s) and s[j].isascii() and s[j].isalpha()):
                return UNITS[piece], piece, j
        return None

    def tokens(self, text: str) -> list[Tok]:
        s = normalise(text)
        out: list[Tok] = []
        i = 0
        while i < len(s):
            c = s[i]
            if c == " ":
                i += 1
                continue
            if c in ",;:!?.":
                if c == "." and i + 1 < len(s) and s[i + 1].isdigit() and out and out[-1].kind == "num":
                    pass
                else:
                    out.append(Tok("sep", c, start=i))
                    i += 1
                    continue
            self._after_num = bool(out) and out[-1].kind == "num"
            self._after_unk = bool(out) and out[-1].kind == "unk" and out[-1].start + len(out[-1].text) == i
            tok, i = self._one(s, i)
            if tok.kind == "unk" and out and out[-1].kind == "unk" and out[-1].start + len(out[-1].text) >= tok.start - 1:
                gap = " " if s[tok.start - 1] == " " else ""
                out[-1].text += gap + tok.text
                continue
            out.append(tok)
        return self._stop_permit(_split_or_above(_merge_ranges(out)))

    def _stop_permit(self, toks: list[Tok]) -> list[Tok]:
        """「停止吊装作业」: 停止 before a permit is the suspend action, not a machine state."""
        suspend = self.lexicon.lookup("暂停作业票")
        for k, t in enumerate(toks[:-1]):
            nxt = toks[k + 1]
            stop = (t.kind == "kw" and t.text in ("停止", "停运")) or (t.kind == "term" and t.value.kind == "action"
                                                                    and t.text.lower() in ("stop", "停机"))
            if suspend and stop and nxt.kind == "term" and nxt.value.kind == "permit":
                toks[k] = Tok("term", t.text, Term(t.text, suspend.entry), start=t.start)
        return toks

    def _one(self, s: str, i: int) -> tuple[Tok, int]:
        # 零下10℃ / -10℃: a negative number (never a range: 20~-5 is not written in plants)
        for neg in ("零下", "minus ", "-"):
            if s.startswith(neg, i) and i + len(neg) < len(s) and (s[i + len(neg)].isdigit() or s[i + len(neg)] in CN_NUMERAL_CHARS):
                if neg == "-" and i > 0 and (_ascii_word(s[i - 1]) or s[i - 1] in "~%"):
                    break
                tok, j = self._one(s, i + len(neg))
                if tok.kind == "num":
                    tok.value, tok.text, tok.start = -tok.value, s[i:j], i
                    return tok, j
        m = _PERCENT_CN.match(s, i)
        if m:
            g = m.group(1)
            v = float(g) if g[0].isdigit() else cn_number(g)
            return Tok("num", m.group(0), v, "percent", i), m.end()
        if s[i].isascii() and s[i].isalpha() and (i == 0 or not _ascii_word(s[i - 1])):
            m = _SIGNAL.match(s, i)
            if m and not _ascii_word(s[m.end()] if m.end() < len(s) else " "):
                return Tok("sig", m.group(0), m.group(0), start=i), m.end()
            m = _ID.match(s, i)
            if m and any(ch.isdigit() for ch in m.group(0)) and (m.end() == len(s) or not _ascii_word(s[m.end()])):
                return Tok("id", m.group(0), m.group(0), start=i), m.end()
        hit = self._match(s, i)
        if hit:
            kind, j = hit
            piece = s[i:j]
            if kind == "term":
                term = self.lexicon.lookup(piece)
                assert term is not None
                return Tok("term", piece, term, start=i), j
            kid = self.kw.get(piece) or self.kw[piece.lower()]
            if (len(piece) == 1 and _CJK.match(piece) and self._after_unk and j < len(s) and _CJK.match(s[j])
                    and self._match(s, j) is None):
                # 「反应釜」: a one-character grammar word between unknown characters is part of a name
                return Tok("unk", piece, start=i), j
            if kid == "dur":
                return Tok("num", piece, DURATION_WORDS.get(piece) or DURATION_WORDS[piece.lower()], "time:1", i), j
            return Tok("kw", piece, kid, start=i), j
        m = _NUM.match(s, i)
        if m and (i == 0 or not s[i - 1].isalpha() or not s[i - 1].isascii() or self._after_num):
            return self._number(s, i, float(m.group(0)), m.end())
        if s[i] in CN_NUMERAL_CHARS:
            j = i
            while j < len(s) and s[j] in CN_NUMERAL_CHARS:
                j += 1
            return self._number(s, i, cn_number(s[i:j]), j)
        if s[i].isascii() and s[i].isalpha():
            j = i
            while j < len(s) and (_ascii_word(s[j]) or s[j] == "-"):
                j += 1
            word = s[i:j].lower()
            if word in ("twice", "thrice"):
                return Tok("num", s[i:j], 2.0 if word == "twice" else 3.0, "count", i), j
            if word in EN_NUMBERS:
                return self._number(s, i, EN_NUMBERS[word], j)
            return Tok("unk", s[i:j], start=i), j
        return Tok("unk", s[i], start=i), i + 1

    def _number(self, s: str, i: int, value: float, j: int) -> tuple[Tok, int]:
        u = self._unit(s, j)
        if u is None:
            # a number glued to an unknown word (三号罐) is part of a name, not a quantity
            if j < len(s) and _CJK.match(s[j]) and self._match(s, j) is None:
                return Tok("unk", s[i:j], start=i), j
            return Tok("num", s[i:j], value, None, i), j
        unit, _, end = u
        if unit.startswith("time:"):
            return Tok("num", s[i:end], value * float(unit[5:]), "time:1", i), end
        if unit == "percent":
            # "10 %LEL" written with a space or the unit after % ("%vol" is caught above)
            return Tok("num", s[i:end], value, "percent", i), end
        return Tok("num", s[i:end], value, unit, i), end


_OR_OP = {"above": "gt", "higher": "gt", "more": "gt", "below": "lt", "lower": "lt", "less": "lt"}


def _split_or_above(toks: list[Tok]) -> list[Tok]:
    """"below 19.5 %vol or above 23.5 %vol": "or above" before a number is OR + an operator,
    not the suffix of "19.5 or above"."""
    out: list[Tok] = []
    for k, t in enumerate(toks):
        if t.kind == "kw" and t.text.lower() == "once" and out and out[-1].kind == "kw" and out[-1].value in ("gt", "ge"):
            out.append(Tok("num", t.text, 1.0, "count", t.start))  # "more than once" is a count, not "when"
            continue
        words = t.text.lower().split()
        if (t.kind == "kw" and t.value in ("sfx_ge", "sfx_le") and len(words) == 2 and words[0] == "or"
                and k + 1 < len(toks) and toks[k + 1].kind in ("num", "range")):
            out.append(Tok("kw", "or", "or", start=t.start))
            out.append(Tok("kw", words[1], _OR_OP[words[1]], start=t.start + 3))
            continue
        out.append(t)
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def _merge_ranges(toks: list[Tok]) -> list[Tok]:
    """NUM (~ 至 到 - and 和 与) NUM is a range, never a logical conjunction of two conditions."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (t.kind == "num" and i + 2 < len(toks) and toks[i + 2].kind == "num"
                and toks[i + 1].text.lower() in ("~", "至", "到", "-", "and", "和", "与", "to")
                and (t.unit or "") not in ("time:1", "count") and (toks[i + 2].unit or "") not in ("time:1", "count")):
            hi = toks[i + 2]
            out.append(Tok("range", f"{t.text}~{hi.text}", (t.value, hi.value), hi.unit or t.unit, t.start))
            if t.unit and hi.unit and t.unit != hi.unit:
                out[-1].unit = "?mixed"
            i += 3
            continue
        out.append(t)
        i += 1
    return out
