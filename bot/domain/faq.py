"""Matching a free-text question to an FAQ entry: Finnish and English at once, typos and compounds included.

How it works, in short:
- text is normalised (case, ``5 000`` → ``5000``, ``5000e`` → ``5000 €``, ``ESR+`` → ``esr``),
  split into words, and each word gets its Finnish and its English Snowball stem, folded (ä→a, ö→o, å→a);
- words the index does not know are split as compounds (``leaderrahaa`` → leader + raha) or corrected
  to the nearest known word (``tlakoot`` → talkoot) with rapidfuzz;
- an entry is scored by how much of the question's information (idf-weighted stems) it contains, in its
  title, phrasings, keywords and answer in both languages, blended with a character n-gram similarity
  to its closest phrasing, which catches inflections and typos the stemmers miss;
- the confidence is the top score damped by how close the runner-up is; two thresholds split it into
  answer / suggest / no answer;
- a scope rule comes first: words funding shares with everyday life (hakemus, maksu, tuki, application,
  payment…) are not evidence; without a funding anchor (Leader, ESR, hanke, rahoitus, Hyrrä, talkoot…) a
  personal-life subject (Kela, pension, lottery, holidays, car…) rejects the question, and otherwise the
  best entry must match funding jargon or two distinctive words (see docs/faq.md).

The index is built once (``FaqIndex.build``) and matching is read-only, so one index serves all updates.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

import snowballstemmer
from rapidfuzz import fuzz, process

from .faq_model import FaqEntry

ANSWER_THRESHOLD = 0.30
SUGGEST_THRESHOLD = 0.15
# Two entries this close (relative to the best) are a tie: offer both rather than pick one.
AMBIGUOUS_MARGIN = 0.06

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "õ": "o"})

# Words that carry no topic in either language (question words stay: "milloin" or "paljonko" tell topics apart).
STOPWORDS = frozenset(
    """
    ja on ei se ne että kun jos vai tai mutta kuin niin myös jo nyt vielä siis sitten oikein joku jotain jokin
    olla ollut oli ole olen olet ollaan onko oisko ois ihan vaan vain aina sekä siitä siihen sen sillä sitä
    me meidän meillä meille meitä te teidän minä mä mun mulla minun sinä sä sun hän he ne nää tää tämä tässä
    sitä näin noin kanssa
    a an the is are was were be been do does did we our us i my me you your it its to of in on for and or at by
    with from as that this these those there their they them he she his her so any some just about into than
    then also too very really there's what's whats im i'm
    """.split()
)

# Abbreviations and slang people type, mapped to words the entries use (both languages).
GLOSSARY: dict[str, tuple[str, ...]] = {
    "esf": ("esr",),
    "esr": ("esr",),
    "kv": ("kansainvalinen", "international"),
    "intl": ("kansainvalinen", "international"),
    "omavastuu": ("omarahoitus", "own", "funding"),
    "omavastuuosuus": ("omarahoitus", "own", "funding"),
    "omaosuus": ("omarahoitus", "own", "funding"),
    "omarahoitus": ("omarahoitus",),
    "tukiprossa": ("tukiprosentti", "%"),
    "prossa": ("%",),
    "prosenttia": ("%",),
    "prosentti": ("%",),
    "percent": ("%",),
    "percentage": ("%",),
    "pct": ("%",),
    "flatrate": ("flat", "rate"),
    "flätti": ("flat", "rate"),
    "ely": ("ely", "elinvoimakeskus"),
    "elykeskus": ("ely", "elinvoimakeskus"),
    "pj": ("puheenjohtaja", "chair"),
    "max": ("enimmäis", "maximum"),
    "maksimi": ("enimmäis", "maximum"),
    "min": ("vähintään", "minimum"),
    "euro": ("€",),
    "euroa": ("€",),
    "euros": ("€",),
    "eur": ("€",),
    "e": ("€",),
    "vapaaehtoistyö": ("talkootyö", "volunteer", "work"),
    "volunteering": ("volunteer", "talkoot"),
    "talkoo": ("talkoot",),
    "talkoot": ("talkoot", "volunteer"),
    "talkootyö": ("talkoot", "volunteer", "work"),
    "hyrrä": ("hyrrä",),
    "hyra": ("hyrrä",),
    "hyrra": ("hyrrä",),
    "eura": ("eura2021",),
    "eura2021": ("eura2021",),
    "maksatus": ("maksatus", "maksuhakemus", "payment"),
    "loppumaksatus": ("loppumaksuhakemus", "final", "payment"),
    "grant": ("aid", "tuki"),
    "subsidy": ("aid", "tuki"),
    "remppa": ("remontti", "korjaus", "renovation"),
    "kylis": ("kylätalo",),
}

# -- scope: what makes a question about project funding, and what makes it about something else --------
#
# Three word lists decide whether a question is in scope before any score is trusted:
# - FUNDING_ANCHORS name the bot's world (Leader, ESR+, a project, funding, Hyrrä, talkoot…). One is enough to
#   treat the question as a funding question, whatever else it says.
# - OFF_TOPIC words name personal life (Kela, pensions, salary day, lottery, school holidays, moving house,
#   cars, health, sport…). Without an anchor, one of them rejects the question outright.
# - GENERIC words are shared by funding and everyday life (hakemus, liite, maksu, tuki, käsittely, aika,
#   application, payment, support, processing…). They still rank entries, but they are not evidence that the
#   question is about funding: without an anchor, the best entry must also match distinctive words.
# All lists hold folded (ä→a, ö→o) lower-case forms.

# Found anywhere in a word, so that compounds ("leaderhanke", "kv-hankkeeseen", "talkootunti") count.
FUNDING_ANCHOR_PARTS = (
    "leader", "esr", "esf", "hanke", "hankk", "hankee", "hankkee", "project", "rahoitu", "rahoitt", "rahotu",
    "funding", "hyrra", "eura2021", "talkoo", "talkoi", "erasmus", "norden", "elinvoima", "maksatu",
    "maksuhakem", "muutoshakem", "omarahoit", "omavastuu", "omaosuu", "tukiprosent", "tukipross", "solidarit",
)
# Whole words only: short ones that would hide inside unrelated words ("käsittely" has "ely" in it).
FUNDING_ANCHOR_WORDS = frozenset(
    "ely elyn elyyn elysta elylta elylle elykeskus elykeskukseen elykeskukselta elykeskuksesta eura kv intl"
    .split()
)

# Funding jargon: enough on its own to show what a short question is about ("mikä on koonto", "seurantatiedot
# milloin"), but it does not override an off-topic subject ("does volunteering affect my unemployment benefit").
FUNDING_TERM_PARTS = (
    "seurantatie", "seurantaraport", "loppuraport", "vireill", "vireille", "koonto", "jelppis", "alkukartoit",
    "ideapaper", "aiesopim", "yhteistyosopim", "kertakorvau", "kertasumm", "pienhank", "tukikelpoi",
    "kustannusmall", "kustannusarvi", "hankesuunnitel", "paapiirus", "paapiirrus", "kylasuunnitel", "kylatalo",
    "toimintaryhm", "valintajakso", "valintakriteer", "kohderyhm", "ohjausryhm", "vertaistu", "koordinaatio",
    "osallistuja", "paakirja", "tositte", "talkoo", "vapaaehtoi", "volunteer", "kumppan", "kansainval",
    "international", "nuorisovaiht", "solidaar", "logo", "investoin",
    "eligible", "lumpsum", "intent", "indicator", "indikaattor", "steering", "coordination", "participant",
    "cooperation", "yhteisty", "omarahoit", "cofinanc", "seurantalomak", "monitoring",
    "rakennusselost", "tilinpaato", "tilioint", "maksukau",
    # two English words written together: "flat rate", "lump sum", "own share", "cost model", "account key"
    "flatrate", "lumpsum", "ownshare", "owncontribution", "ownfunding", "costmodel", "accountkey",
)
FUNDING_TERM_WORDS = frozenset("esc ytj kanto myrs myr".split())

# Personal-life subjects, as folded word beginnings (inflected forms and compounds that start with them).
OFF_TOPIC_PREFIXES = (
    # Kela, benefits, pensions, unemployment
    "kela", "elake", "elakk", "lapsilis", "asumistu", "toimeentulotu", "opintotu", "opintorah", "opintolain",
    "tyottomyy", "ansiosidonn", "tyomarkkinatu", "sairauspaivarah", "sairausloma", "sairaus", "vanhempainrah",
    "aitiysraha", "aitiysavust", "aitiyspakk", "isyysvap", "isyysrah", "kotihoidontu", "kotihoidon",
    "paivahoi", "paivakod", "paivakoti", "varhaiskasvatu", "neuvola", "omaishoi",
    "unemploy", "pension", "allowance", "maternity", "paternity", "daycare", "kindergarten", "retire",
    # taxes
    "vero", "omavero", "koiravero", "kiinteistovero", "kotitalousvahenn",
    # health
    "laakar", "hammaslaak", "terveyskesk", "sairaal", "apteek", "rokot", "kuume", "flunss", "korona",
    "doctor", "dentist", "hospital", "pharmac", "vaccin", "sickness", "illness",
    # lottery, betting, shopping
    "lotto", "lottovoit", "eurojackpot", "veikkau", "kasino", "lotter", "jackpot", "casino", "betting",
    "pankkikort", "luottokort", "creditcard",
    # school holidays, moving house, documents of a person
    "syysloma", "hiihtoloma", "joululoma", "kesaloma", "talviloma", "paasiaisloma", "lomautu", "holiday",
    "vacation", "muutto", "passi", "passport", "henkilokort", "ajokort", "licenc", "license",
    # car, home, utilities
    "katsastu", "rengashotel", "renkaan", "renkaide", "talvirenka", "kesarenka", "bensa", "diesel",
    "sahkosopim", "sahkolask", "sahkoyhti", "electricit", "vuokranantaj", "vuokravakuu", "takuuvuokr",
    "landlord", "mortgage", "asuntolain", "jatehuol", "jatemaks",
    # hobbies and sport
    "saunavuor", "kalastu", "kalastonhoi", "pilkki", "metsastys", "jalkapall", "futis", "jaakiek",
    "salibandy", "lentopall", "treeni", "fishing", "hunting", "football", "soccer", "hockey",
    # weather, food, jobs
    "saaennust", "saatiedo", "weather", "forecast", "resepti", "recipe", "tyohakem", "tyohaastat",
    "tyopaikkailm",
)
# Whole words, as typed (unfolded: "sää" is weather, "saa" is "gets").
OFF_TOPIC_EXACT = frozenset(
    """
    sää sään säätä säässä säätila rain snow
    tax taxes taxation taxed
    auto auton autoa autolla autoon autot autoja autolle car cars
    koira koiran koirasta koiralle dog dogs
    bussi bussin bussilla bus buses juna junan junalla train trains
    palkkapaiva payday paycheck paycheque payslip
    cv booking bookings
    """.split()
)
# Two-word subjects in English, where each word alone is generic or even in scope ("child", "benefit").
OFF_TOPIC_PHRASES = frozenset(
    {
        ("child", "benefit"), ("child", "allowance"), ("housing", "allowance"), ("student", "loan"),
        ("student", "grant"), ("cover", "letter"), ("job", "application"), ("job", "interview"),
        ("moving", "house"), ("new", "address"), ("change", "of"), ("parental", "leave"), ("sick", "leave"),
        ("id", "card"), ("school", "holidays"), ("social", "assistance"), ("bank", "card"), ("credit", "card"),
        ("card", "payment"), ("electric", "bill"), ("phone", "bill"), ("sick", "pay"),
        # a business's own VAT return is not the project's VAT ("vat-in-project")
        ("vat", "return"), ("vat", "returns"), ("vat", "rate"), ("alv", "ilmoitus"), ("alv", "ilmoituksen"),
        ("alv", "ilmoitukset"), ("alv", "kanta"), ("alv", "prosentti"),
    }
)
OFF_TOPIC_SUFFIXES = ("veroa", "veron", "verot", "vero", "verosta")
# People a citizen-driven project may be for are not off-topic ("eläkeläisten kerho", "pensioners"), nor is
# the applicant's tax information that an application asks for ("verotiedot"; VAT has its own entry).
OFF_TOPIC_EXCEPTIONS = ("elakelai", "pensioner", "verotie", "verotust", "verohallinnon")

# Shared by funding and everyday life; they rank entries but are not evidence of scope on their own.
GENERIC_PREFIXES = (
    "hakemu", "hakemi", "hakea", "haku", "hake", "haen", "haet", "haem", "haetaa", "haettu",
    "liite", "liitt", "liittei", "maksu", "maksa", "maksett", "maksoi", "maksan", "kasitt", "aika", "ajan",
    "ajoissa", "kesto", "kestaa", "kesti", "kauan", "raha", "kuuka", "kuussa", "viikko", "viikon", "paiva",
    "vuode", "vuosi", "vuotta", "palkk", "palka", "palko", "asiakirj", "dokument", "lomake", "lomakk",
    "korvau", "lasku", "hinta", "hinna", "ilmoit", "netti", "netis", "milloin", "paljon", "kuinka", "saa",
    "tarvi", "tarvits", "paperi", "papere",
    "application", "apply", "applie", "applying", "attach", "document", "payment", "pay", "paid", "support",
    "process", "benefit", "deadline", "schedule", "money", "cost", "fee", "price", "salar", "wage", "account",
    "month", "year", "week", "day", "form", "letter", "permit", "inspect", "late", "refund", "reimburs",
    "compensat", "claim", "bill", "invoice", "time", "long", "when", "much", "need", "get",
)
GENERIC_EXACT = frozenset(
    """
    tuki tukea tuen tuet tukia tukena tuesta tukeen tukee tuetaan aid tili tilin tilille tililla tililta
    voiko voi voidaan pitaa pitaako pitaisi pitais mika mita miten mitka kuka ketka tulee tuli tullut tullu
    tulla kannattaako onko ovatko
    what which who how can could should would must many much both after other some every all only more
    most want know tell make take do does
    """.split()
)

# Without a funding anchor, the best entry must match one distinctive word (idf × weight in the entry),
# two fairly distinctive ones, or three ordinary ones ("can we start before the decision").
EVIDENCE_ONE = 1.6
EVIDENCE_TWO = 2.6
EVIDENCE_THREE = 3.2
# …or the question is this close (character n-grams) to one of the entry's own phrasings.
NEAR_VERBATIM = 0.7
# A concept counts as matched when it adds at least this much (a bare "what" or "voiko" adds less).
MIN_HIT = 0.9

_NUM_GROUP = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_NUM_UNIT = re.compile(r"(\d)\s*(?:e|eur|euro|euroa|euros|€)(?![a-zäöå])")
_PLUS = re.compile(r"\b(esr|esf|erasmus)\+")
_TOKEN = re.compile(r"[a-z0-9äöåüéõ]+|[€%]")

MAX_WORD = 40

_FI = snowballstemmer.stemmer("finnish")
_EN = snowballstemmer.stemmer("english")


def fold(word: str) -> str:
    return word.translate(_FOLD)


def normalise(text: str) -> str:
    """Lower case, unified numbers and units, ``ESR+`` as ``esr``; still readable text."""
    text = unicodedata.normalize("NFKC", text).lower().replace("–", "-").replace("—", "-")
    for _ in range(3):
        text = _NUM_GROUP.sub("", text)
    text = _NUM_UNIT.sub(r"\1 €", text)
    text = _PLUS.sub(r"\1", text)
    return text.replace("%", " % ")


def words(text: str) -> list[str]:
    """The raw (unfolded, unstemmed) words of a text after normalising.

    Runs of more than 40 letters are not words (and would make compound splitting slow), so they go."""
    return [w for w in _TOKEN.findall(normalise(text)) if len(w) <= MAX_WORD]


@lru_cache(maxsize=50_000)
def stems(word: str) -> tuple[str, ...]:
    """The Finnish and English stems of a word, folded, without duplicates."""
    if word in ("€", "%") or word.isdigit():
        return (word,)
    fi = fold(_FI.stemWord(word))
    en = fold(_EN.stemWord(word))
    return (fi,) if fi == en else (fi, en)


def _grams(word: str) -> list[str]:
    padded = f" {fold(word)} "
    return [padded[i : i + n] for n in (3, 4) for i in range(len(padded) - n + 1)]


def has_funding_anchor(raw: Iterable[str]) -> bool:
    """A word that names the bot's world: Leader, ESR+, a project, funding, Hyrrä, talkoot…"""
    for word in raw:
        folded = fold(word)
        if folded in FUNDING_ANCHOR_WORDS or any(part in folded for part in FUNDING_ANCHOR_PARTS):
            return True
    return False


def has_funding_term(raw: Iterable[str]) -> bool:
    """A word of funding jargon (seurantatiedot, ideapaperi, flat rate, letter of intent, volunteer…)."""
    raw = [fold(w) for w in raw]
    for folded in raw + [a + b for a, b in zip(raw, raw[1:])]:
        if folded in FUNDING_TERM_WORDS or any(part in folded for part in FUNDING_TERM_PARTS):
            return True
    return False


def _off_topic_word(word: str) -> bool:
    folded = fold(word)
    if folded.startswith(OFF_TOPIC_EXCEPTIONS):
        return False
    return (
        word in OFF_TOPIC_EXACT
        or folded.startswith(OFF_TOPIC_PREFIXES)
        or (len(folded) > 6 and folded.endswith(OFF_TOPIC_SUFFIXES))
    )


def has_off_topic_subject(raw: Iterable[str]) -> bool:
    """A personal-life subject (Kela, pension, salary day, lottery, holidays, moving, car, health, sport…)."""
    raw = list(raw)
    if any(_off_topic_word(w) for w in raw):
        return True
    return any(pair in OFF_TOPIC_PHRASES for pair in zip(raw, raw[1:]))


def is_off_topic(raw_words: Iterable[str]) -> bool:
    """An off-topic subject and not a single word that names project funding."""
    raw = list(raw_words)
    return has_off_topic_subject(raw) and not has_funding_anchor(raw)


def is_generic(word: str) -> bool:
    """A word funding shares with everyday life (hakemus, maksu, tuki, application, payment, support…)."""
    folded = fold(word)
    return folded in GENERIC_EXACT or folded.startswith(GENERIC_PREFIXES)


PROGRAMME_PENALTY = 0.75
# How much an unknown word weighs in a question, as a share of the rarest known word's weight.
UNKNOWN_WEIGHT = 0.5


def _programme(raw: list[str]) -> str | None:
    """Which programme a question names, if exactly one: Leader and ESR+ answers differ on the same topic."""
    leader = any(w.startswith("leader") for w in raw)
    esr = any(w.startswith(("esr", "esf")) for w in raw)
    if leader == esr:
        return None
    return "leader" if leader else "esr"


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    score: float


@dataclass(frozen=True)
class MatchResult:
    """What the matcher found: the decision band, the confidence and the ranked candidates."""

    decision: str  # "answer", "suggest" or "none"
    confidence: float
    candidates: tuple[Candidate, ...]
    off_topic: bool = False

    @property
    def best(self) -> str | None:
        return self.candidates[0].entry_id if self.candidates else None

    def suggestions(self, limit: int = 3) -> list[str]:
        """The 2–3 entries worth offering as buttons (those not far below the best)."""
        if not self.candidates:
            return []
        top = self.candidates[0].score
        picked = [c.entry_id for c in self.candidates[:limit] if c.score >= top * 0.6]
        if len(picked) < 2 and len(self.candidates) > 1:
            picked = [c.entry_id for c in self.candidates[:2]]
        return picked


@dataclass
class Lexical:
    """The lexical analysis of one question: every entry's score and the signals of scope."""

    raw: list[str]
    scores: dict[str, float]
    grams: dict[str, float]
    distinctive: list[dict[str, float]]
    anchored: bool
    off_topic: bool
    funding_term: bool

    def support(self, entry_id: str) -> tuple[bool, bool]:
        """Whether the question's distinctive words support this entry, and whether the question is in scope.

        Generic words ("hakemus", "payment", "käsittely") prove nothing: evidence is what the entry matched of
        the question's distinctive words. Without an anchor, funding jargon makes it a funding question;
        without jargon, the entry must match two distinctive words ("rent", "family" or "aukeaa" alone are
        everyday words that happen to be in an entry), or the question must be nearly one of the entry's own
        phrasings with no word the entry leaves unexplained."""
        evidence = sorted((hits.get(entry_id, 0.0) for hits in self.distinctive), reverse=True)
        hits = [v for v in evidence if v >= MIN_HIT]
        enough = bool(hits) and (
            hits[0] >= EVIDENCE_ONE or sum(hits[:2]) >= EVIDENCE_TWO or sum(hits[:3]) >= EVIDENCE_THREE
        )
        explained = all(h.get(entry_id, 0.0) >= MIN_HIT for h in self.distinctive)
        verbatim = explained and self.grams.get(entry_id, 0.0) >= NEAR_VERBATIM
        in_scope = self.anchored or self.funding_term or (enough and len(hits) >= 2) or verbatim
        return enough, in_scope


@dataclass
class _Doc:
    entry_id: str
    weights: dict[str, float] = field(default_factory=dict)  # feature -> weighted term frequency


# Field weights: a phrasing someone wrote as a question counts more than a word in the answer.
_FIELD_WEIGHTS = {"title": 2.0, "questions": 1.5, "keywords": 2.0, "body": 0.6}


class FaqIndex:
    """The searchable index of every entry in both languages; build it once at start-up."""

    def __init__(self, entries: dict[str, dict[str, FaqEntry]]) -> None:
        self.entries = entries
        self.ids = sorted(entries["fi"])
        self._surface: set[str] = set()
        self._stem_vocab: set[str] = set()
        self._docs: dict[str, _Doc] = {}
        self._idf: dict[str, float] = {}
        self._postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        self._gram_idf: dict[str, float] = {}
        self._gram_postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._phrase_entry: list[str] = []
        self._max_idf = 1.0
        self._surface_list: list[str] = []

    @classmethod
    def build(cls, entries: dict[str, dict[str, FaqEntry]]) -> "FaqIndex":
        index = cls(entries)
        index._build()
        return index

    # -- building ---------------------------------------------------------------------------------

    def _fields(self, entry_id: str) -> Iterable[tuple[str, str]]:
        for lang in ("fi", "en"):
            entry = self.entries[lang][entry_id]
            yield "title", entry.title
            for question in entry.questions:
                yield "questions", question
            yield "keywords", " ".join(entry.keywords)
            yield "body", entry.body

    def _build(self) -> None:
        # First pass: the vocabulary, so that compounds can be split into known parts afterwards.
        for entry_id in self.ids:
            for _, text in self._fields(entry_id):
                for word in words(text):
                    if word in STOPWORDS:
                        continue
                    self._surface.add(fold(word))
                    self._stem_vocab.update(stems(word))
        self._surface_list = sorted(w for w in self._surface if len(w) >= 4 and not w.isdigit())
        df: Counter[str] = Counter()
        for entry_id in self.ids:
            doc = _Doc(entry_id)
            for name, text in self._fields(entry_id):
                for feature, weight in self._features(words(text)).items():
                    doc.weights[feature] = doc.weights.get(feature, 0.0) + weight * _FIELD_WEIGHTS[name]
            self._docs[entry_id] = doc
            df.update(doc.weights.keys())
        n = len(self.ids)
        self._idf = {f: math.log(1 + (n - d + 0.5) / (d + 0.5)) for f, d in df.items()}
        self._max_idf = max(self._idf.values(), default=1.0)
        for entry_id, doc in self._docs.items():
            for feature, tf in doc.weights.items():
                # Saturating term frequency: one strong mention is nearly as good as five.
                self._postings[feature].append((entry_id, tf / (tf + 1.2)))
        # Character n-grams of every short phrase (title, phrasings, keywords), for typos and inflection.
        phrases: list[tuple[str, Counter[str]]] = []
        for entry_id in self.ids:
            for name, text in self._fields(entry_id):
                if name == "body":
                    continue
                grams = Counter(g for w in words(text) if w not in STOPWORDS for g in _grams(w))
                if grams:
                    phrases.append((entry_id, grams))
        gram_df: Counter[str] = Counter()
        for _, grams in phrases:
            gram_df.update(grams.keys())
        m = len(phrases)
        self._gram_idf = {g: math.log(1 + m / d) for g, d in gram_df.items()}
        for index, (entry_id, grams) in enumerate(phrases):
            vector = {g: c * self._gram_idf[g] for g, c in grams.items()}
            norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
            self._phrase_entry.append(entry_id)
            for g, v in vector.items():
                self._gram_postings[g].append((index, v / norm))

    def _split_compound(self, word: str) -> list[str]:
        """A compound made of two known words, as those words (``leaderrahaa`` → leader, rahaa)."""
        folded = fold(word)
        if len(folded) < 7:
            return []
        for i in range(len(folded) - 3, 2, -1):
            left, right = folded[:i], folded[i:]
            left_ok = left in self._surface or any(s in self._stem_vocab for s in stems(left))
            right_ok = right in self._surface or any(s in self._stem_vocab for s in stems(right))
            if left_ok and right_ok and len(left) >= 3 and len(right) >= 3:
                return [word[:i], word[i:]]
        return []

    def _features(self, raw: list[str], query: bool = False) -> dict[str, float]:
        """Weighted stem features of a list of words (glossary, compounds and, for questions, typo fixes)."""
        features: dict[str, float] = {}

        def add(word: str, weight: float) -> None:
            for stem in stems(word):
                features[stem] = max(features.get(stem, 0.0), weight)

        for word in raw:
            if word in STOPWORDS:
                continue
            known = any(s in self._stem_vocab for s in stems(word)) or fold(word) in self._surface
            if query and not known:
                parts = self._split_compound(word)
                if parts:
                    for part in parts:
                        add(part, 0.8)
                    continue
                fixed = self._correct(word)
                if fixed:
                    add(fixed, 0.9)
                    continue
            add(word, 1.0)
            if not query and len(word) >= 8:
                for part in self._split_compound(word):
                    add(part, 0.5)
            aliases = set(GLOSSARY.get(word, ())) | set(GLOSSARY.get(fold(word), ()))
            for stem in stems(word):
                aliases.update(GLOSSARY.get(stem, ()))
            for alias in aliases:
                add(alias, 0.9)
        return features

    @lru_cache(maxsize=4096)
    def _correct(self, word: str) -> str | None:
        """The known word closest to a mistyped one, if it is close enough to be the same word."""
        folded = fold(word)
        if len(folded) < 5 or folded.isdigit():
            return None
        cutoff = 80 if len(folded) >= 8 else 85
        found = process.extractOne(folded, self._surface_list, scorer=fuzz.ratio, score_cutoff=cutoff)
        return found[0] if found else None

    # -- matching ---------------------------------------------------------------------------------

    def _word_features(self, word: str) -> dict[str, float]:
        """A word's stems and glossary aliases with their weights (an alias counts a little less)."""
        features: dict[str, float] = {}
        for stem in stems(word):
            features[stem] = 1.0
        aliases = set(GLOSSARY.get(word, ())) | set(GLOSSARY.get(fold(word), ()))
        for stem in stems(word):
            aliases.update(GLOSSARY.get(stem, ()))
        for alias in aliases:
            for stem in stems(alias):
                features.setdefault(stem, 0.9)
        return features

    def _query_groups(self, content: list[str]) -> tuple[list[dict[str, float]], list[bool], int]:
        """One feature group per concept of the question (a compound gives two), whether each concept is a
        generic word, and how many words are unknown."""
        groups: list[dict[str, float]] = []
        generic: list[bool] = []
        unknown = 0
        for word in content:
            known = any(s in self._stem_vocab for s in stems(word)) or fold(word) in self._surface
            if not known:
                parts = self._split_compound(word)
                if parts:
                    groups.extend(self._word_features(part) for part in parts)
                    generic.extend(is_generic(part) for part in parts)
                    continue
                fixed = self._correct(word)
                if fixed:
                    groups.append({f: w * 0.9 for f, w in self._word_features(fixed).items()})
                    generic.append(is_generic(fixed))
                    continue
                unknown += 1
            groups.append(self._word_features(word))
            generic.append(is_generic(word))
        return groups, generic, unknown

    def analyse(self, question: str) -> "Lexical":
        """Every entry's lexical score for a question, and the scope signals the decision needs."""
        raw = words(question[:1000])
        content = [w for w in raw if w not in STOPWORDS][:60]
        if not content:
            return Lexical(raw, {}, {}, [], False, False, False)
        anchored = has_funding_anchor(raw)
        off_topic = not anchored and has_off_topic_subject(raw)
        groups, generic, _ = self._query_groups(content)
        # Each concept of the question weighs its information (idf); words nobody in the catalog uses
        # still count, so a question mostly about something else scores low whatever one word matches.
        total = 0.0
        scores: dict[str, float] = defaultdict(float)
        # For each distinctive (non-generic) concept of the question, what each entry matched of it.
        distinctive: list[dict[str, float]] = []
        for group, is_common in zip(groups, generic):
            known = [self._idf[f] for f in group if f in self._idf]
            info = max(known) if known else self._max_idf * UNKNOWN_WEIGHT
            total += info
            best: dict[str, float] = {}
            for feature, qw in group.items():
                idf = self._idf.get(feature)
                if idf is None:
                    continue
                for entry_id, dw in self._postings[feature]:
                    value = qw * dw * idf
                    if value > best.get(entry_id, 0.0):
                        best[entry_id] = value
            for entry_id, value in best.items():
                scores[entry_id] += value
            if not is_common:
                distinctive.append(best)
        word_scores = {e: s / max(total, 1e-9) for e, s in scores.items()}
        gram_scores = self._gram_scores(content)
        # The n-gram similarity rescues typos and inflections, but it cannot carry a match on its own.
        combined = {
            e: 0.6 * w + 0.4 * min(gram_scores.get(e, 0.0), 2 * w)
            for e, w in word_scores.items()
        }
        programme = _programme(raw)
        if programme:
            other = "esr-" if programme == "leader" else "leader-"
            for entry_id in combined:
                if self.entries["fi"][entry_id].category.startswith(other):
                    combined[entry_id] *= PROGRAMME_PENALTY
        return Lexical(raw, combined, gram_scores, distinctive, anchored, off_topic, has_funding_term(raw))

    def search(self, question: str, limit: int = 5) -> MatchResult:
        """Rank the entries for a question and decide: answer, suggest a few, or admit not knowing."""
        lex = self.analyse(question)
        ranked = sorted(lex.scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        candidates = tuple(Candidate(e, round(s, 4)) for e, s in ranked if s > 0)
        if not candidates:
            return MatchResult("none", 0.0, (), lex.off_topic)
        top = candidates[0].score
        second = candidates[1].score if len(candidates) > 1 else 0.0
        # A clear winner is trusted more than a near tie.
        margin = (top - second) / top if top > 0 else 0.0
        confidence = round(min(1.0, top * (0.75 + 0.5 * min(margin, 0.5))), 4)
        enough, in_scope = lex.support(candidates[0].entry_id)
        if lex.off_topic or not in_scope:
            decision = "none"
        elif confidence >= ANSWER_THRESHOLD and margin >= AMBIGUOUS_MARGIN and (lex.anchored or enough):
            decision = "answer"
        elif confidence >= SUGGEST_THRESHOLD:
            decision = "suggest"
        else:
            decision = "none"
        return MatchResult(decision, confidence, candidates, lex.off_topic)

    def _gram_scores(self, content: list[str]) -> dict[str, float]:
        grams = Counter(g for w in content for g in _grams(w))
        vector = {g: c * self._gram_idf.get(g, 0.0) for g, c in grams.items()}
        # Unknown n-grams still belong to the question's length, so nonsense dilutes the similarity.
        unknown = sum(c for g, c in grams.items() if g not in self._gram_idf) * max(self._gram_idf.values(), default=1.0)
        norm = math.sqrt(sum(v * v for v in vector.values()) + unknown * unknown * 0.25) or 1.0
        phrase_scores: dict[int, float] = defaultdict(float)
        for g, v in vector.items():
            for phrase, pv in self._gram_postings.get(g, ()):
                phrase_scores[phrase] += v / norm * pv
        best: dict[str, float] = {}
        for phrase, score in phrase_scores.items():
            entry_id = self._phrase_entry[phrase]
            if score > best.get(entry_id, 0.0):
                best[entry_id] = score
        return best
