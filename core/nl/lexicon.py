"""The vocabulary the sentence compiler knows: pack lexicons plus the engineer's ``--bind`` answers.

Entries come from ``register_lexicon`` hooks (the built-in ``plugins.nl_lexicon`` among them) and
from ``lexicon/*.json`` files in pack folders, read here so vendors need no code. A binding turns
a term exactly as written in the sentence into a signal (or a device, permit, recipient, SOP).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.registry import LexiconEntry

BUILTIN_OWNER = "builtin.nl_lexicon"
BUILTIN_MODULE = "plugins.nl_lexicon"
_SUFFIX_KINDS = ("quantity", "permit", "device")


@dataclass(frozen=True)
class Term:
    """A word of the sentence that the lexicon or a binding resolves."""

    text: str
    entry: LexiconEntry | None  # None: known only through a binding
    bound: str | None = None  # the NAME of --bind TERM=NAME
    inherited: bool = False  # the entry was found as a suffix of a bound name (「三号罐温度」 -> 温度)

    @property
    def kind(self) -> str:
        return self.entry.kind if self.entry else "bound"

    @property
    def target(self) -> str | None:
        """The signal/device/permit the term names: a binding wins over the lexicon."""
        return self.bound or (self.entry.signal if self.entry else None)

    def label(self, lang: str) -> str:
        """The words as written in their own language, the lexicon's name in the other one."""
        written_zh = any("\u3400" <= c <= "\u9fff" for c in self.text)
        if self.entry is None or self.inherited or (lang == "zh") == written_zh:
            return self.text
        return self.entry.labels.get(lang) or self.text


@dataclass
class Lexicon:
    entries: list[LexiconEntry] = field(default_factory=list)
    by_term: dict[str, LexiconEntry] = field(default_factory=dict)
    bindings: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, entry: LexiconEntry) -> None:
        self.entries.append(entry)
        for t in entry.terms:
            key = _key(t)
            old = self.by_term.get(key)
            if old is not None and old.id != entry.id:
                # the first pack keeps the word; the clash is reported, never silently resolved
                self.problems.append(f"term {t!r}: {entry.id} ({entry.pack}) clashes with {old.id} ({old.pack})")
                continue
            self.by_term[key] = entry

    def bind(self, bindings: Mapping[str, str]) -> None:
        self.bindings.update({k.strip(): v.strip() for k, v in bindings.items()})

    def lookup(self, text: str) -> Term | None:
        entry = self.by_term.get(_key(text))
        bound = self.bindings.get(text.strip())
        if bound is None:
            bound = next((v for k, v in self.bindings.items() if _key(k) == _key(text)), None)
        if entry is None and bound is None:
            return None
        if entry is None:
            entry = self._suffix_quantity(text)
            return Term(text, entry, bound, inherited=entry is not None)
        return Term(text, entry, bound)

    def _suffix_quantity(self, text: str) -> LexiconEntry | None:
        """「受限空间氧含量」 / "tank temperature" / "first-class hot work" / 「1号风机」: a bound name
        ending in a known word keeps that word's kind, units and sample period (or reviewed safe
        state); the binding only says which signal, permit or device it is."""
        key = _key(text)
        best: tuple[int, LexiconEntry] | None = None
        for term, e in self.by_term.items():
            if e.kind in _SUFFIX_KINDS and key.endswith(term) and key != term and (best is None or len(term) > best[0]):
                best = (len(term), e)
        return best[1] if best else None

    def phrases(self) -> Iterable[str]:
        yield from self.by_term
        yield from (_key(k) for k in self.bindings)


def _key(text: str) -> str:
    return " ".join(text.strip().lower().split())


def pack_lexicon_files(folder: Path) -> list[Path]:
    d = folder / "lexicon"
    return sorted(d.glob("*.json")) if d.is_dir() else []


def entry_from_json(obj: Mapping[str, Any], pack: str = "") -> LexiconEntry:
    """One lexicon entry from its JSON form; raises KeyError/TypeError/ValueError on a bad one."""
    terms = obj["terms"]
    if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and t.strip() for t in terms):
        raise ValueError(f"lexicon entry {obj.get('id')!r}: terms must be a non-empty list of words")
    return LexiconEntry(
        id=str(obj["id"]), kind=str(obj["kind"]), terms=tuple(terms), unit=obj.get("unit"),
        signal=obj.get("signal"), pack=pack, units=tuple(obj.get("units", ())),
        period_s=float(obj["period_s"]) if obj.get("period_s") is not None else None,
        params=dict(obj.get("params", {})), labels=dict(obj.get("labels", {})),
    )


def entries_from_files(files: Iterable[Path], pack: str) -> list[LexiconEntry]:
    out: list[LexiconEntry] = []
    for f in files:
        data = json.loads(f.read_text("utf-8"))
        out += [entry_from_json(o, pack) for o in (data if isinstance(data, list) else [data])]
    return out


def _builtin_entries() -> list[LexiconEntry]:
    """The built-in words read as data (core does not import plugin code)."""
    spec = importlib.util.find_spec(BUILTIN_MODULE)
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(list(spec.submodule_search_locations)[0])
    return entries_from_files([folder / "lexicon.json"], BUILTIN_OWNER)


def load_lexicon(host: Any | None = None, extra_dirs: Iterable[Path] = ()) -> Lexicon:
    """Entries from the host's registry, the packs' ``lexicon/*.json`` and the built-in words."""
    lex = Lexicon()
    registered = list(host.registry.lexicon) if host is not None else []
    for e in registered:
        lex.add(e)
    if not any(e.pack == BUILTIN_OWNER for e in registered):
        # running from a source tree whose entry points predate nl_lexicon: load it directly
        for e in _builtin_entries():
            if e.id not in {x.id for x in registered}:
                lex.add(e)
    folders: list[tuple[str, Path]] = []
    if host is not None:
        folders += [(pid, lp.manifest.path) for pid, lp in sorted(host.packs.items())]
    folders += [(Path(d).name, Path(d)) for d in extra_dirs]
    for pid, folder in folders:
        try:
            for e in entries_from_files(pack_lexicon_files(Path(folder)), pid):
                lex.add(e)
        except (OSError, ValueError, KeyError, TypeError) as err:
            lex.problems.append(f"pack {pid}: cannot read lexicon: {err!r}")
    return lex


