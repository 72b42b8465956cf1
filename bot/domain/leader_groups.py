"""Which Leader group works in a municipality: names recognised in any common inflected form."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pydantic import BaseModel, Field, model_validator
from rapidfuzz import fuzz, process

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a"})
_WORD = re.compile(r"[a-zåäöüé]+")

# Finnish case endings (folded) that follow a place name's stem: Sodankylä-ssä, Rovanieme-ltä,
# Kemi-in, Kuusamo-on, Rovanieme-llä-kin; -lainen for "rovaniemeläinen".
_ENDINGS = {
    "", "n", "a", "ta", "na", "ksi", "ssa", "sta", "lla", "lta", "lle", "lla", "in", "an", "on", "en", "un",
    "hin", "han", "hon", "lainen", "laiset", "laisten", "laisia", "lta", "nkin", "ssakin", "llakin", "ko", "kin",
}
_PHONE_RE = re.compile(r"^[0-9 +]{7,20}$")


class MunicipalityData(BaseModel):
    name: str
    stems: list[str] = Field(min_length=1)
    aliases: list[str] = []


class GroupData(BaseModel):
    id: str
    name: str
    phone: str
    website: str
    municipalities: list[MunicipalityData] = Field(min_length=1)

    @model_validator(mode="after")
    def _phone(self) -> "GroupData":
        if not _PHONE_RE.match(self.phone):
            raise ValueError(f"phone {self.phone!r} does not look like a phone number")
        return self


class NationalData(BaseModel):
    website: str
    also: str


class LeaderGroupsData(BaseModel):
    """content/common/leader_groups.yaml"""

    groups: list[GroupData] = Field(min_length=1)
    national: NationalData

    @model_validator(mode="after")
    def _unique(self) -> "LeaderGroupsData":
        seen: set[str] = set()
        for group in self.groups:
            for municipality in group.municipalities:
                if municipality.name in seen:
                    raise ValueError(f"{municipality.name} is listed in two groups")
                seen.add(municipality.name)
        return self


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().translate(_FOLD)


@dataclass(frozen=True)
class Found:
    municipality: str
    group: GroupData


class LeaderGroupFinder:
    """Finds a known municipality in free text; built once from the validated data."""

    def __init__(self, data: LeaderGroupsData) -> None:
        self.data = data
        self._stems: list[tuple[str, str, GroupData]] = []  # (folded stem, municipality, group)
        self._names: dict[str, tuple[str, GroupData]] = {}
        for group in data.groups:
            for municipality in group.municipalities:
                for stem in municipality.stems + municipality.aliases:
                    self._stems.append((_fold(stem), municipality.name, group))
                self._names[_fold(municipality.name)] = (municipality.name, group)
        # Longest first, so "keminmaalla" is Keminmaa and not Kemi + "nmaalla".
        self._stems.sort(key=lambda item: -len(item[0]))

    @property
    def national(self) -> NationalData:
        return self.data.national

    def group(self, group_id: str) -> GroupData | None:
        return next((g for g in self.data.groups if g.id == group_id), None)

    def find(self, text: str) -> Found | None:
        """The first known municipality mentioned in the text, in whatever case it is inflected."""
        tokens = _WORD.findall(_fold(text[:500]))
        for token in tokens:
            for stem, name, group in self._stems:
                if token.startswith(stem) and token[len(stem):] in _ENDINGS:
                    return Found(name, group)
        # A typo in the plain name ("rovanimi", "sodankyla"): close enough to one name only.
        for token in tokens:
            if len(token) < 5:
                continue
            match = process.extractOne(token, list(self._names), scorer=fuzz.ratio, score_cutoff=86)
            if match:
                name, group = self._names[match[0]]
                return Found(name, group)
        return None
