"""Which Leader group works in a municipality, for all of Finland, from free text typed as people type it.

Stable API for other features (the interview, the idea paper)::

    from bot.domain.leader_groups import find_group, group_by_id

    result = find_group("hanke on Kauhajoella")     # FinderResult
    result.kind          # "found" | "outside_leader" | "ambiguous" | "unknown"
    result.municipality  # Municipality (fi, sv, ...) for found / outside_leader, else None
    result.group         # GroupData (id, name, website, phone, ...) for found, else None
    result.coverage      # every Coverage(group, entry: rural / only / except) serving the municipality, main first
    result.candidates    # municipalities to choose from when ambiguous (in the order typed)
    result.former        # the merged municipality's name when one was typed ("Jalasjärvi"), else None
    find_group(question_text, question=True)           # inside a funding question: no typo guessing
    group_by_id("suupohja")                            # GroupData or None

Data: ``content/common/leader_groups.yaml`` (validated here). ``install(finder)`` at start-up makes the
module-level functions use the configured content folder; without it they load the repository's data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from rapidfuzz import fuzz, process

from .finnish_forms import forms, key, words

_PHONE_RE = re.compile(r"^[0-9 +]{7,20}$")
_SITE_RE = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}(/[a-z0-9/_-]*)?$")
FUZZY_MIN_LEN = 7  # shorter words are too often ordinary words one letter away from a name (palkan ~ Pälkäne)
# Names that are also words of the funding vocabulary: in a funding question "Eura" is the EURA 2021 system.
WORDS_IN_QUESTIONS = frozenset({"Eura"})


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Municipality(_Strict):
    fi: str
    sv: str | None = None
    bilingual: bool = False  # the Swedish name is shown beside the Finnish one
    swedish: bool = False  # Swedish-speaking, one name only (Korsnäs)
    stems: tuple[str, ...] = ()
    former: tuple[str, ...] = ()

    def display(self) -> str:
        return f"{self.fi} ({self.sv})" if self.bilingual and self.sv else self.fi


class Entry(_Strict):
    """A municipality in a group: all of it, its rural areas, or only / all but named areas (when split between groups)."""

    name: str
    rural: bool = False
    only: str | None = None
    except_: str | None = Field(default=None, alias="except")

    @property
    def partial(self) -> bool:
        return self.rural or self.only is not None or self.except_ is not None


class GroupData(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]{2,40}$")
    name: str
    region: str
    website: str | None
    phone: str | None
    source: str
    checked: str
    verified: bool
    unverified: str | None = None
    municipalities: tuple[Entry, ...] = Field(min_length=1)

    @field_validator("municipalities", mode="before")
    @classmethod
    def _entries(cls, value):
        return [{"name": v} if isinstance(v, str) else v for v in value]

    @model_validator(mode="after")
    def _contacts(self) -> "GroupData":
        if self.phone is not None and not _PHONE_RE.match(self.phone):
            raise ValueError(f"{self.id}: phone {self.phone!r} does not look like a phone number")
        if self.website is not None and not _SITE_RE.match(self.website):
            raise ValueError(f"{self.id}: website {self.website!r} should be a bare address like leadersuomi.fi")
        if not self.verified and not self.unverified:
            raise ValueError(f"{self.id}: verified is false, so say in `unverified` what is not confirmed")
        return self


class NationalData(_Strict):
    website: str
    also: str


class OutsideData(_Strict):
    municipalities: tuple[str, ...]
    source: str


class LeaderGroupsData(_Strict):
    """content/common/leader_groups.yaml"""

    checked: str
    national: NationalData
    outside_leader: OutsideData
    municipalities: tuple[Municipality, ...] = Field(min_length=1)
    groups: tuple[GroupData, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _every_municipality_once(self) -> "LeaderGroupsData":
        names = [m.fi for m in self.municipalities]
        if len(set(names)) != len(names):
            raise ValueError("a municipality is listed twice under municipalities")
        if len({g.id for g in self.groups}) != len(self.groups):
            raise ValueError("two groups have the same id")
        seen: dict[str, list[Entry]] = {n: [] for n in names}
        for group in self.groups:
            for entry in group.municipalities:
                if entry.name not in seen:
                    raise ValueError(f"{group.id}: {entry.name} is not a municipality (see municipalities)")
                seen[entry.name].append(entry)
        for name in self.outside_leader.municipalities:
            if name not in seen:
                raise ValueError(f"outside_leader: {name} is not a municipality")
            if seen[name]:
                raise ValueError(f"{name} is both outside Leader and in a group")
        outside = set(self.outside_leader.municipalities)
        for name, entries in seen.items():
            if not entries and name not in outside:
                raise ValueError(f"{name} is in no group and not listed as outside Leader")
            if len(entries) > 1 and not all(e.partial for e in entries):
                raise ValueError(f"{name} is in {len(entries)} groups; each must say which part (rural/only/except)")
        return self


@dataclass(frozen=True)
class Coverage:
    group: GroupData
    entry: Entry


@dataclass(frozen=True)
class FinderResult:
    kind: Literal["found", "outside_leader", "ambiguous", "unknown"]
    municipality: Municipality | None = None
    coverage: tuple[Coverage, ...] = ()
    candidates: tuple[Municipality, ...] = ()
    former: str | None = None

    @property
    def group(self) -> GroupData | None:
        return self.coverage[0].group if self.coverage else None


@dataclass
class LeaderGroupFinder:
    """Finds a municipality in free text and the groups serving it; built once from the validated data."""

    data: LeaderGroupsData
    _forms: dict[str, set[tuple[int, str | None]]] = field(default_factory=dict, init=False)
    _multi: dict[str, set[tuple[int, str | None]]] = field(default_factory=dict, init=False)
    _fuzzy: dict[str, int] = field(default_factory=dict, init=False)
    _coverage: dict[str, tuple[Coverage, ...]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for index, m in enumerate(self.data.municipalities):
            names = [(m.fi, None, m.stems)] + ([(m.sv, None, ())] if m.sv else [])
            names += [(former, former, ()) for former in m.former]
            for name, former, extra in names:
                multi = len(words(name)) > 1  # Koski Tl, Pedersören kunta, Rovaniemen maalaiskunta
                for form in forms(name, extra):
                    self._forms.setdefault(form, set()).add((index, former))
                    if multi:
                        self._multi.setdefault(form, set()).add((index, former))
                for ending in ("", "ssa", "sta", "lla", "lta", "n", "lle"):
                    self._fuzzy.setdefault(key(name) + ending, index)
        coverage: dict[str, list[Coverage]] = {}
        for group in self.data.groups:
            for entry in group.municipalities:
                coverage.setdefault(entry.name, []).append(Coverage(group, entry))
        # The group with most of the municipality first; one that has only named areas of it after.
        self._coverage = {n: tuple(sorted(c, key=lambda x: x.entry.only is not None)) for n, c in coverage.items()}
        self._fuzzy_keys = list(self._fuzzy)

    @property
    def national(self) -> NationalData:
        return self.data.national

    def group_by_id(self, group_id: str) -> GroupData | None:
        return next((g for g in self.data.groups if g.id == group_id), None)

    def municipality(self, index: int) -> Municipality | None:
        return self.data.municipalities[index] if 0 <= index < len(self.data.municipalities) else None

    def index_of(self, municipality: Municipality) -> int:
        return self.data.municipalities.index(municipality)

    def result_for(self, municipality: Municipality, former: str | None = None) -> FinderResult:
        coverage = self._coverage.get(municipality.fi, ())
        if former:  # Jalasjärvi is the part of Kurikka that Liiveri serves, not Suupohja
            def names(areas: str | None) -> set[str]:
                return {a.strip() for a in (areas or "").split(",")}
            coverage = tuple(c for c in coverage if former not in names(c.entry.except_))
            coverage = tuple(sorted(coverage, key=lambda c: former not in names(c.entry.only)))
        kind = "found" if coverage else "outside_leader"
        return FinderResult(kind, municipality, coverage, former=former)

    def find_group(self, text: str, *, question: bool = False) -> FinderResult:
        """The municipality named in the text (any case form, Swedish name, without diacritics, a typo).

        ``question=True`` is for a funding question that may or may not name a place: no typo guessing,
        and names that are also funding words (Eura) are not read as places.
        """
        tokens = words(text[:500])
        hits: dict[int, str | None] = {}
        used = [False] * len(tokens)
        for n in (4, 3, 2, 1):  # longest first: "Rovaniemen maalaiskunta" before "Rovaniemen"
            table = self._forms if n == 1 else self._multi  # "get an" is not Getan (Geta)
            for i in range(len(tokens) - n + 1):
                if any(used[i:i + n]):
                    continue
                found = table.get("".join(tokens[i:i + n]))
                if found:
                    used[i:i + n] = [True] * n
                    for index, former in sorted(found, key=lambda f: f[1] is not None):
                        hits.setdefault(index, former)
        if question:
            hits = {i: f for i, f in hits.items() if self.data.municipalities[i].fi not in WORDS_IN_QUESTIONS}
        elif not hits:
            hits = self._fuzzy_hits(tokens)
        if not hits:
            return FinderResult("unknown")
        if len(hits) > 1:
            return FinderResult("ambiguous", candidates=tuple(self.data.municipalities[i] for i in list(hits)[:6]))
        (index, former), = hits.items()
        return self.result_for(self.data.municipalities[index], former)

    def _fuzzy_hits(self, tokens: list[str]) -> dict[int, str | None]:
        """A typo: close enough to one municipality's name (or a common form of it), and clearly closer than any other."""
        scored: dict[int, float] = {}
        for token in tokens:
            if len(token) < FUZZY_MIN_LEN:
                continue
            cutoff = 88 if len(token) < 9 else 85
            candidates = [k for k in self._fuzzy_keys if k[:3] == token[:3]]  # typos rarely hit the first letters
            for match, score, _ in process.extract(token, candidates, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8):
                index = self._fuzzy[match]
                scored[index] = max(scored.get(index, 0), score)
        if not scored:
            return {}
        ranked = sorted(scored.items(), key=lambda item: -item[1])
        best = ranked[0][1]
        close = [index for index, score in ranked if best - score < 3]
        return {index: None for index in close}


# -- module-level API ------------------------------------------------------------------------------

_installed: LeaderGroupFinder | None = None
DEFAULT_FILE = Path(__file__).resolve().parents[2] / "content" / "common" / "leader_groups.yaml"


def install(finder: LeaderGroupFinder) -> None:
    """Use this finder (built from the configured content folder) for ``find_group`` and ``group_by_id``."""
    global _installed
    _installed = finder


@lru_cache(maxsize=1)
def _default() -> LeaderGroupFinder:
    data = yaml.safe_load(DEFAULT_FILE.read_text(encoding="utf-8"))
    return LeaderGroupFinder(LeaderGroupsData.model_validate(data))


def finder() -> LeaderGroupFinder:
    return _installed or _default()


def find_group(text: str, *, question: bool = False) -> FinderResult:
    """The Leader group(s) of the municipality named in ``text``; see the module docstring."""
    return finder().find_group(text, question=question)


def group_by_id(group_id: str) -> GroupData | None:
    return finder().group_by_id(group_id)
