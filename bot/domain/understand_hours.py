"""Reading volunteer and machine hours from typed answers: a count, or people × days × hours in any order."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

from .number_text import (
    CURRENCY_AFTER, EN_WEEKDAYS, FI_WEEKDAYS, MONTHS, NOT_SURE, ONE, PER_MONTH, PERCENT, RANGE_GAP, TIMES, TOTAL_BEFORE, Num,
    SMALL_COUNTS, date_like, find_numbers, one_bracket, prepare,
)
from . import understand_guess_hours as guess_hours
from . import understand_hour_sums as hour_sums
from . import understand_hour_groups as hour_groups
from . import understand_guess_rates as rates
from . import understand_guess_totals as totals
from . import understand_guesses as guesses
from .spoken_forms import standard_forms
from .understand_spans import spans_as_counts
from .understand_hour_parts import years_as_months, adults_only, counts_after_nouns, labelled_hours, paid_share_out, weekends_as_days, weeks_as_days, weekdays_said, without_machines
from .understand_tally import tally_hours
from .understand_each_year import both_years_inside, each_season, each_year, one_more_of_family, people_from_each, without_kids_sentence
from .understand_rhythm import rhythm_hours
from .understand_typing import plainly
from .understand_uncounted import total_less_uncounted, without_uncounted
from .understand_children import adults_counted, adults_first, some_are_children
from .understand_restated import last_factor_put_right, restated_lengths
from .understand_guesses import MACHINE_OR_PAID
from .understand_guess_roles import guess_roles
from .understand_hedges import figure_doubt, reading_figures, settle
from .understand_lines import GENERAL, NOT_ONE_MORE, add_up_lines, bullet_lines, unlabelled

MAX_HOURS = Decimal(100000)


@dataclass(frozen=True)
class HoursReading:
    """Hours; ``factors`` the numbers multiplied (people, days, hours) when it was computed; ``parts`` the
    hours added up (``traktori 8 h ja kaivuri 6 h``); ``range_upper`` when a range was given."""

    value: Decimal | None
    factors: tuple[Decimal, ...] | None = None
    range_upper: bool = False
    parts: tuple[Decimal, ...] | None = None
    doubt: str | None = None  # why it is confirmed before it is saved: "bound", "unsure", "guess", "sum", "check", "people"


HOURS = re.compile(
    r"\s*(h\b|t\b|[a-zäö]*(?:tuntia|tunti|tunnin|tuntii|tunnit|tuntiin|tuntina)\b|(?:[a-z]+\s+)?(?:hours?|hrs?|hr)\b|timmar\b|timme\b)"
)
_PER_HEAD = re.compile(
    r"\s*(?:/\s*(?:pv|päivä|vrk|day|d|dag|kerta|krt|ilta|hlö|henk\w*|person|head|lauantai|viikonloppu)\b|"
    r"(?:per|a|each|kohden)\s+(?:pv|päivä|day|dag|gång|person|head|hlö|henkilö|kerta|session|evening|kokous|meeting|tapaaminen|ilta|"
    r"konsertti|concert|esitys|show|tapahtuma|event|harjoitus|rehearsal|talkookerta)\b|om\s+dagen\b|"
    r"päivässä\b|illassa\b|kerrallaan\b|"
    r"kerralla\b|per\s+nenä\b|each\b|apiece\b|per\s+henkilö\b|henkeä\s+kohden\b|henkilöä\s+kohden\b|hengeltä\b)"
)
_PER_WEEK = re.compile(r"\s*(?:/\s*(?:vk|viikko|week|wk)\b|(?:per|a|every|each)\s+(?:vk|viikko|week)\b|viikossa\b|weekly\b|"
                       r"viikos\b|joka\s+viikko\b|viikoittain\b|viikottain\b|(?:week|viikko)\b)")
_WEEKLY_BEFORE = re.compile(r"(?:viikoittain|viikottain|weekly|joka\s+viikko|every\s+week)\s*(?:\d+\s*[-–]\s*)?$")
PEOPLE = re.compile(
    r"\s*(henk\w*|heng\w*|hlö\w*|ihmi\w*|tyyppi\w*|talkoolai\w*|talakoolai\w*|kundia|kundit|jätkää|jätkät|jätkiä|talkoo\w*laista|vapaaehtoi\w*|tekijä\w*|jäsen\w*|miestä|miehen|naista|poikaa|poikia|pojat|tyttöä|tyttöjä|tytöt|miäst\w*|"
    r"osallistuj\w*|kyläläis\w*|aktiivi(?:sta|a|sia|t)\b|nuor\w*|aikuis\w*|aikus\w*|aekuis\w*|people|persons?|volunteers?|workers?|helpers?|members?|participants?|"
    r"villagers?|folks?|guys|adults|grown-?ups|pax|ppl|hlöä|hlö|of\s+us|äijä\w*|ukko\w*|kaveri\w*|parents|vanhemp\w*|naisia|miehiä|"
    r"äiti\w*|isää\b|isiä\b|isät\b|mummo\w*|ohjaaj\w*|valmentaj\w*|eläkeläis\w*|(?:wo)?men\b|womans\b|nainen\b|naiset\b|mothers|moms|mums|dads|fathers|ladies|lads|"
    r"grandmas|pensioners|leaders|coaches|volunt\w*|youths?\b|martta\w*|marttoja|näyttelijä\w*|actors|pelaaj\w*|players|"
    r"laulaj\w*|singers|soittaj\w*|musicians|palokuntalai\w*|firefighters|metsästäj\w*|hunters|kalastaj\w*|fishermen|"
    r"partiolai\w*|kuorolai\w*|seuralai\w*|scouts|opiskelij\w*|oppilai\w*|pupils|koululai\w*|vetäj\w*|personer\b|gubbar\b|gubbe\w*|föräldrar\b|pensionärer\b)"
)
DAYS = re.compile(
    r"\s*((?:[a-zäö]{3,}?)?päiv[äe]\w*|pv\w*|tala?koopäiv\w*|talkoodag\w*|dagar\b|lördag\w*|söndag\w*|lauantai\w*|sunnuntai\w*|maanantai\w*|tiistai\w*|"
    r"keskiviikko\w*|torstai\w*|perjantai\w*|arkipäivä\w*|ilta\w*|kerta\w*|krt|kertaa|"
    r"kokoontumi\w*|tapaami\w*|tilaisuu\w*|vuoro\w*|talkookert\w*|tapahtum\w*|kokous\w*|"
    r"työpäiv\w*|workdays?|work\s+days?|work\s+part(?:y|ies)|talkoo\s+days?|"
    r"days?|evenings?|saturdays?|sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|sessions?|occasions?|times|"
    r"meetings?|shifts?|events?|la\b|su\b)"
)
_WEEKENDS = re.compile(r"\s*((?:[a-zäö]{3,}?)?viikonlop\w*|vkl\b|weekends?)")  # "3 leiriviikonloppua" too
_PER_WEEKEND = re.compile(r"\s*(?:/\s*(?:viikonloppu|weekend)\b|(?:per|a|each|every)\s+weekend\b|per\s+(?:viikonloppu|vkl)\b|viikonlopussa\b)"
                          r"(?!\s*(?:day|päivä))")
# "Joka viikonloppu 12 tuntia", "Every weekend 6 hours": hours said for each weekend before the figure
_WEEKEND_BEFORE = re.compile(r"(?:joka\s+viikonloppu|every\s+weekend|each\s+weekend|per\s+weekend|viikonloppuisin)\s*,?\s*"
                             r"(?:(?!päiv|day|daily|both|molem|kumpa|full|koko)\w+\s+){0,2}$", re.IGNORECASE)
# A describing word between a count and its unit: "12 active members", "3 talkoo days", "2 isoa talkoopäivää".
# Only these: a noun there ("2 laavua talkoolaiset 150 h") counts something else.
_FILLER = re.compile(
    r"\s*(?:(?:active|regular|long|full|whole|big|small|local|extra|talkoo|volunteer|work|working|keen|willing|adult|"
    r"young|aktiivista|aktiivisia|isoa|iso|pitkää|pitkä|kokonaista|reipasta|innokasta|vakituista|river|beach|shore|forest|"
    r"trail|village|park|clean-?up|cleaning|building|painting|planting|mowing|[a-z]+-[a-z]+)\s+){1,2}(?=\S)"
)
# The unit written before a count that nothing follows: "talkoolaisia 7", "tunteja päivässä 6", "we are 5". A plain
# "tunteja 240" is left alone: with people beside it, it may be the total or each one's share (the bot asks).
_PEOPLE_BEFORE = re.compile(r"(?:henkilöitä|henkilöä|ihmisiä|talkoolaisia|aikuisia|aikusia|aikuisii|nuoria|(?:\w*ohjaajia|vetäjiä)(?=\s+(?:on|ois|olis|olisi|tulee)\b)|tekijöitä|vapaaehtoisia|soittajia|laulajia|näyttelijöitä|"
                            r"pelaajia|jäseniä|people|volunteers|members|players|singers|we\s+are|"
                            r"meitä\s+on|ollaan|olemme|porukkaa|(?:team|crew|group)\s+of)\s*"
                            r"(?:(?:olisi|ois|olis|on|tulee|noin|n\.|about|around|would\s+be|will\s+be)\s*)*[:=]?\s*$")
_UNIT_BEFORE = (
    ("hours_per", re.compile(r"(?:tunte\w*|tunti\w*|hours?)\s+(?:päivässä|per\s+päivä|a\s+day|per\s+day|each\s+day)\s*[:=]?\s*$")),
    ("people", _PEOPLE_BEFORE),
    ("days", re.compile(r"(?:päiviä|talkoopäiviä|kertoja|days|sessions)\s*[:=]?\s*$")),
)
# "each maybe 10 hours", "per person 10 h": an hours figure per head, said before it.
_PER_HEAD_BEFORE = re.compile(r"(?:each|per\s+(?:person|head)|kukin|jokainen|jokkainen|per\s+henkilö|henkeä\s+kohden)\s+(?:\w+\s+){0,2}$")
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;:)]|ja\b|and\b|$)")
_WEEKS = re.compile(r"\s*(viiko\w*|viikkoa|vk\b|weeks?)")
_AND = re.compile(r"^\s*(?:[a-zäö]+\s+){0,3}[,;]?\s*(\+|plus|ja|and|och|sekä|&)\s+(?:[a-zäö]+\s+){0,3}(?:n\.|noin|about|ca\.?)?\s*$")
# "ramp 40 h, toilet 60 h, painting 25 h": hours for named tasks, one after another, are added up
_EACH_WEEKEND = re.compile(r"\s*(?:each|per\s+weekend|per\s+vkl|/\s*vkl|kumpanakin|kukin|viikonloppuna|joka\s+viikonloppu\w*|"
                           r"every\s+weekend|viikonloppua\s+kohden)\b")
_LABELLED = re.compile(r"^(?=.*[a-zäö])(?:\s*[a-zäö-]{2,}){0,3}\s*[,;]\s*(?:[a-zäö-]{2,}:?\s+){0,4}$")
_ALTERNATIVE = re.compile(r"\b(?:tai|or|vai|maybe|ehkä|perhaps|either|joko|max|min|viime|last|edellis\w*|previous|korjaus|sorry|"
                          r"anteeksi|tarkemmin|realistically|realistisesti|actually|vähintään|enintään|at least|at most|"
                          r"tavoite\w*|target|hopefully|toivottavasti|ei|not|osuus|osuutena|share|half|puolet|kullekin|"
                          r"jokainen|everyone|each|kukin|kokonai\w*|arvio\w*|estimate\w*|total|yhteensä|siitä|of which)\b")
# "200 hours, maybe more": a figure the user expects to grow (a plain floor, "vähintään 200 h", is taken: most
# strangers' sets read it so)
_FLOOR = re.compile(r"\d[^\d]*\b(?:maybe|ehkä|perhaps|possibly|mahdollisesti|kanske)\s+(?:even\s+|jopa\s+)?(?:more|enemmän\w*|mer|mera)\b")
# "half of the 400 hours of work": a share of a figure
_SHARE = re.compile(r"\b(?:half|puolet|third|kolmasosa|quarter|neljäsosa|osa|part|some)\s+(?:of\s+)?(?:the\s+|niistä\s+)?\d")
# "kevät- ja syystalkoot, 20 henkeä, 5 h kumpikin": two events sharing one word; how many of each is not said
_TWO_EVENTS = re.compile(r"\w-\s+(?:ja|and|tai)\s+\w+")
_TOTAL_OF = re.compile(r"(?:a\s+)?total\s+of\s*(?:about\s+|around\s+|n\.\s*|noin\s+)?$|yhteensä\s+(?:arviolta|noin|n\.)\s*$|"
                       r"arviolta\s+yhteensä\s*$")
# the whole said last, its unit left out: "…, yhteensä 500", "…, yht 300", "…, totalt 200."
_TOTAL_BARE = re.compile(r"\b(?:yhteensä|yhteensa|yht|total|totalt|sammanlagt|in\s+all|kaikkiaan|altogether|summa)\b\.?\s*:?\s*"
                         r"(?:n\.|noin|about|ca\.?)?\s*$|=\s*$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"\s*(?:yhteensä|kaikkiaan|in\s+total|total|altogether)\b")
_WORK_AFTER = re.compile(r"\s*(?:talkoita|talkootyötä|talkootöitä|työtä|töitä|of\s+(?:volunteer\s+)?work|volunteer\s+work)\b")
_WEEKDAYS = "|".join(FI_WEEKDAYS + EN_WEEKDAYS)
_EVERY = re.compile(rf"\b(?:joka|every)\s+(?:{_WEEKDAYS}|ilta|päivä|viikonloppu|evening|day|weekend)\w*|"
                    r"\b(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|ilta|arki|viikonloppu)(?:sin|isin)\b|"
                    r"\b(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b(?!\s*[×x*])")
_PART_OF = re.compile(r"\b(?:siitä|josta|joista|of\s+which|including|sisältäen)\b")
# A Finnish word saying where to or for what ("tapahtumiin", "kunnostukseen", "lapsille"), not what is counted.
_TOWARDS_ENDINGS = "iin|ihin|hin|seen|een|aan|ään|uun|yyn|lle"
_TOWARDS = re.compile(rf"(?:{_TOWARDS_ENDINGS})$")
# After "60 tuntia kunnostukseen ja", a bare "40" then "tapahtumiin" / "for the opening event": more hours.
_FOR_WHAT = re.compile(rf"^\s+(?:for|to|on)\b|^\s+[a-zäö]+(?:{_TOWARDS_ENDINGS})\b")
# People mentioned without a count ("porukkaa tulee mitä tulee", "we are 5 + neighbours"): a product would miss them.
_PEOPLE_WORD = re.compile(r"\b(?:porukk\w*|väki\w*|väke\w*|naapuri\w*|talkoolai\w*|vapaaehtoi\w*|people|volunteers?|helpers?|"
                          r"neighbou?rs?|meitä|we)\b")
_ONE_WEEKEND = re.compile(r"(?<!\d )(?<!\d)\b(viikonlop\w*|weekend)\b")


# "pari päivää, 10 henkeä, 6 h": a count of days nobody gave; the product cannot be made (the bot asks).
_VAGUE_COUNT = re.compile(r"\b(?:pari|muutama\w*|useampi|useita|monta|jokunen|(?:a\s+)?few|(?:a\s+)?couple(?:\s+of)?|several|some|many)\s+"
                          r"(?:\w+\s+)?(?:päiv|pv|viikonlop|ilt|kert|lauant|sunnunt|talkoopäiv|konsert|esity|tapahtum|työpaj|"
                          r"concerts?\b|events?\b|shows?\b|workshops?\b|days?\b|weekends?\b|evenings?\b|"
                          r"sessions?\b|times\b|saturdays?\b|people\b|volunteers?\b|henke|henki|hlö|talkoolai)|"
                          r"\b(?:päiv\w*|harjoitu\w*|kert\w*|ilt\w*|viikonlop\w*|talkoo\w*|konsert\w*|esity\w*|tapahtum\w*|days?|"
                          r"evenings?|sessions?|rehearsals?|concerts?|events?)\s+"
                          r"(?:useita|muutama\w*|monta|pari|several|a\s+few|some|many)\b")
_THOUSAND = re.compile(r"\b(\d{1,2})\s*(?:thousand|tuhatta|tuhat|tonnia|tonni)\b")
_ONCE = re.compile(r"^\s*,?\s*(?:kerran|once|joka|every)\b")
_MONEY_BEFORE = re.compile(r"(?:€|(?<![a-zäö])(?:eur|euro|euroa|e))\s*$")
# A period named anywhere ("kerran kuussa koko vuoden", "120 h / year"): without its count the figure is per period.
_PERIOD = re.compile(r"\b(?:kuussa|kuukaudessa|viikossa|vuodessa|vuosittain|monthly|weekly|yearly|annually|"
                     r"a month|a week|a year|per month|per week|per year|every month|every week|per\s+år|om\s+året|i\s+året)\b|"
                     r"/\s*(?:year|vuosi|v|yr|år)\b")


# "joka tiistai", "every Saturday": once a week, so the weeks count the sessions
_EVERY_WEEKDAY = re.compile(rf"\b(?:joka|every)\s+(?:{_WEEKDAYS}|week\b|viikko\b)|\b(?:once\s+a\s+week|kerran\s+viikossa)\b")
# "myyjäisiin 20": a task named in the "for" case right before a figure that follows an hours figure
_LABEL_TOWARDS = re.compile(rf"^\s*(?:,|ja\b|and\b|,\s*ja\b)\s*[a-zäö-]+(?:{_TOWARDS_ENDINGS})\s*$")
_TIME_WORD = re.compile(r"\b(?:kesään|syksyyn|kevääseen|talveen|vuoteen|loppuun|alkuun|mennessä|asti|saakka|"
                        r"tammikuuhun|helmikuuhun|maaliskuuhun|huhtikuuhun|toukokuuhun|kesäkuuhun|heinäkuuhun|elokuuhun|"
                        r"syyskuuhun|lokakuuhun|marraskuuhun|joulukuuhun)\b")
_EARLIER = re.compile(r"\b(?:last\s+year|last\s+time|previous(?:ly)?|viime\s+vuon\w*|viime\s+kerra\w*|viimeksi|edellis\w*)\b")
_NOT_EXTRA = re.compile(r"\b(?:tai|or|vai|maybe|ehkä|perhaps|korjaus|sorry|anteeksi|actually|realisti\w*|total|yhteensä|siitä|"
                        r"josta|of\s+which|sisältä\w*|including|includes|eli|so|half|puolet|osa|part)\b")
_EXTRA_WORD = re.compile(r"\b(?:another|lisäksi|lisäks|päälle|plus|extra)\b")
_MORE_AFTER = re.compile(r"\s*(?:tuntia\s+)?(?:lisää|more|extra|enemmän)\b")
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAYS})\w*|\b(?:la|su)\b")
_PER_SESSION = re.compile(r"\b(?:per|each|joka|every|/)\s*(konsert\w*|esity\w*|tapahtum\w*|events?|concerts?|sessions?|kert\w*|krt|"
                          r"ilta\w*|evenings?|shows?|harjoitu\w*|rehearsals?|meetings?|kokous\w*|tilaisuu\w*|työpaj\w*|workshops?)\b")
# Swedish counts and rhythms the readers do not know ("två dagar", "varje lördag"): the unit words alone mislead
# "me and my wife", "minä ja naapuri", "+ me": a person beside the count, how many in all? (set 24)
_ME_AND = re.compile(r"\b(?:me\s+and|and\s+me|and\s+i\b|my\s+wife|my\s+husband|minä\s+ja|mä\s+ja|mää\s+ja|mie\s+ja|ja\s+minä|"
                     r"ja\s+mä|vaimo\w*|mieheni|puolisoni)\b|\+\s*(?:me|minä|mä)\b")
# "maybe 30 or 40": a guess between two figures
_GUESSED_RANGE = re.compile(r"\b(?:maybe|ehkä|perhaps|kenties|varmaan)\s+\d+\s*(?:h\b|tuntia\s+)?(?:or|tai)\s*\d")
_SWEDISH_COUNT = re.compile(r"\b(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|par|några|flera|varje|varannan|vecka|"
                            r"veckan|veckor|hela|lördag\w*|söndag\w*|kväll\w*|månad\w*|gång\w*)\b")
# "yks pitkä viikonloppu": three days or four?
_LONG_WEEKEND = re.compile(r"\bpitk\w*\s+viikonlop\w*|\blong\s+weekends?\b")
# work named without hours beside the counted sessions: "2 konserttia ja harjoitukset", "+ roudaus", "rehearsals extra"
_UNCOUNTED_EXTRA = re.compile(r"\b(?:lisäksi|lisäks|plus|extra|sekä)\s+(?:vielä\s+)?[a-zäö-]+(?!\s*\d)\W*$|\+\s*[a-zäö-]+\W*$|"
                              r"\bkerran\s+tai\b|\bonce\s+or\b|"
                              r"\b(?:työpaj\w*|workshops?|kurssi\w*|courses?|konsert\w*|concerts?|tapahtum\w*|events?)\b.*"
                              r"\b(?:osallistuj\w*|participants?)\b|\b(?:osallistuj\w*|participants?)\b.*\b(?:työpaj\w*|workshops?|"
                              r"kurssi\w*|courses?|konsert\w*|concerts?|tapahtum\w*|events?)\b")
_SAID_TWICE = re.compile(r"^\W*(?:(?:noin|n\.|about|around|roughly|approx\w*|ungefär|cirka|ca\.?|eli|siis|i\.e\.)\W*)?$")
# a line whose figure is hours ("40 h", "24 tuntia", "= 120 h"), and words that make it no more hours to add
_HOURS_FIGURE = re.compile(r"\d\s*(?:h\b|t\b|tuntia|tunti\w*|tuntii|hours?\b|hrs?\b|timmar\b)")
# parts worked out with "= N h" and a total said last that they add up to: "1) 4 hlö x 8 pv x 3 h = 96 h 2) … = 20 h. Yhteensä 116 h."
_WORKED = re.compile(r"=\s*(\d{1,5})\s*(?:h|t|tuntia|hours?|hrs?)\b", re.IGNORECASE)
_TOTAL_LAST = re.compile(r"(?:yhteensä|yht\.?|kaikkiaan|in\s+total|total|altogether)\s*:?\s*(?:n\.\s*|noin\s+|about\s+)?(\d{1,5})\s*"
                         r"(?:h|t|tuntia|hours?|hrs?)?\W*$", re.IGNORECASE)


def _total_of_worked_parts(text: str) -> tuple[int, list[int]] | None:
    """The total said last and its parts, when two or more worked parts before it add up to it; else None."""
    total = _TOTAL_LAST.search(text or "")
    parts = [int(n) for n in _WORKED.findall((text or "")[:total.start()])] if total else []
    return (int(total.group(1)), parts) if len(parts) >= 2 and sum(parts) == int(total.group(1)) else None


# a count of days or weeks in the genitive: "kolmenkymmenen työpäivän ajan", "neljänkymmenen viikon ajan"
_TENS = {"kahdenkymmenen": 20, "kolmenkymmenen": 30, "neljänkymmenen": 40, "viidenkymmenen": 50}
_TENS_FOR = re.compile(r"\b(kahdenkymmenen|kolmenkymmenen|neljänkymmenen|viidenkymmenen)\b(?=\s+\w*(?:päivän|viikon|kuukauden|kerran|illan)\b)",
                       re.IGNORECASE)
# hours said for each weekend with "à": "kaksi viikonloppua à 10 tuntia", "2 weekends @ 6 h"
_WEEKEND_EACH = re.compile(r"\b((?:[a-zäö]{3,}?)?viikonlop\w*|weekends?)\s*(?:à|á|@)\s*(\d+(?:[.,]\d+)?\s*(?:h\b|t\b|tuntia\b|tuntii\b|hours?\b|hrs?\b))",
                           re.IGNORECASE)
# Thai laughter typed as fives beside "a lot": "paljon paljon 555"
_LAUGHTER_FIVES = re.compile(r"(?<![\d.,])5{3,}(?![\d.,])(?!\s*(?:h\b|t\b|tun|hour|hrs?))")
_MANY = re.compile(r"\b(?:paljon|lots|a\s+lot|many|tosi\s+paljon|kha|haha\w*)\b", re.IGNORECASE)
# the product's result said after it: "…, which makes 180 hours", "…, mikä tekee 180 tuntia", "… eli yhteensä 180 h"
_MAKES = re.compile(r"[,.;]?\s*(?:which\s+makes|that\s+makes|making|so\s+that'?s|that'?s|mikä\s+tekee|joka\s+tekee|eli\s+yhteensä|"
                    r"yhteensä\s+siis|tekee\s+yhteensä)\s+(?:about\s+|noin\s+)?(\d+)\s*(?:h|hours?|hrs|tuntia|tuntii|t)\b\W*$", re.IGNORECASE)
# "600 volunteer hours", "100-ish volunteer hrs": a figure with one word between it and its unit
_HOURS_FIGURE_LOOSE = re.compile(r"\d(?:-ish)?\s*(?:(?:volunteer|talkoo|talko|talkoo\w*|work|työ)\s+)?(?:h\b|t\b|tuntia|tunti\w*|tuntii|hours?\b|hrs?\b|timmar\b)",
                                 re.IGNORECASE)
_LESS = re.compile(r"\b(?:vähemmän|less|fewer|vähennetään|minus|miinus)\b")
_BY_HAND = re.compile(r"\b(?:miestyö\w*|manual|käsityö\w*|talkootyö\w*|talkootunti\w*|talkoi\w*|talkoot\b|volunteer\w*|ihmistyö\w*|henkilötyö\w*|"
                      r"people|henk\w*|by\s+hand|käsin)")
_MACHINE = re.compile(r"\b(?:\w*kone\b|\w*konee\w*|\w*koneella|\w*koneen\w*|kone\w*|machine\w*|traktori\w*|tractor\w*|traktor\b|"
                      r"kaivuri\w*|excavator\w*|digger\w*|moto\w*|mönkijä\w*|quad\w*|peräkärr\w*|trailer\w*|kuorma-auto\w*|"
                      r"pakettiauto\w*|auto\w*|van\b|truck\w*|palkat\w*|palkattu\w*|paid|hired|ostettu\w*|urakoitsija\w*|"
                      r"contractor\w*|\w*saha\w*|\w*leikkuri\w*|moottori\w*|\w*kelkka\w*|vene\b|veneellä|lumilin\w*|chainsaw\w*|"
                      r"cutter\w*|mower\w*|boat\b(?!\s*house)|boats\b|snowmobile\w*|sähkömie\w*|putkimie\w*|ammattilai\w*|ammattimie\w*|electrician\w*|"
                      r"plumber\w*|professional\w*|staff|koordinaattor\w*|coordinator\w*|manager\w*|työntekijä\w*|council|"
                      r"kunnan|employee\w*)")
_NOT_ONE_MORE_HOURS = re.compile(rf"\b(?:{NOT_ONE_MORE})\b|{_MACHINE.pattern}")
_AGE = re.compile(r"\b(?:over|under|yli|alle|aged|ikä\w*)\s+\d+\s*(?:v\b|vuotiaita\b|vuotta\b|y\b|yrs?\b)?|\d+\s*(?:\+|-?vuotia\w*|v\.|years?\s+old)")
# "joka tiistai ja torstai", "sometimes twice": more than one session a week
_OTHER_DAYS = re.compile(rf"\b(?:paitsi|except|lukuun\s+ottamatta|excluding)\b|,\s*(?:{_WEEKDAYS})|"
                         rf"\b(?:ja|and|tai|or|sekä|&)\s+(?:joka\s+|every\s+|some\s+|jotkut\s+|joinain\s+|muutama\s+|osa\s+)?"
                         rf"(?:{_WEEKDAYS})\w*|\b(?:sometimes|joskus|välillä|twice|kahdesti|kaksi\s+kertaa|kaks\s+kertaa)\b")
# "talkoita 4500 euron edestä, 15 €/h": the work's value at an hourly rate
_RATE_AFTER = re.compile(r"\s*(?:/\s*h\b|/\s*t\b|/\s*tunti|per\s+(?:hour|h|tunti)\b|an?\s+hour\b|tunnilta\b|tunnissa\b|tunti\b(?!\w)|"
                         r"(?:euron\s+)?tuntihinna\w*|i\s+timmen\b)")
_RATE_BEFORE = re.compile(r"\b(?:tunti(?:hinta)?|hour(?:ly\s+rate)?|rate)\s+(?:on|is|of|oli)?\s*(?:€\s*)?$")
_VALUE_OF_WORK = re.compile(r"\b(?:edestä|arvo\w*|value\w*|worth|valued|laskettu\w*|costed|counted|calculated|värde|värt|"
                            r"talkoo-osuus|talkoo-osuudeksi|talkoo-osuutena)\b")
# "ei talkoita ollenkaan", "zero, we hire a company": no volunteer hours at all
_NONE_AT_ALL = re.compile(r"^\W*(?:(?:tässä\s+)?(?:hankkeessa|meillä)\s+(?=ei\s))?(?:ei\s+(?:ole\s+|oo\s+)?(?:yhtään\s+)?(?:talkoita|talkootyötä|talkootöitä)|(?:zero|nolla|none|0)|"
                          r"no\s+(?:talkoot?|volunteer\s+(?:work|hours))|there\s+(?:is|will\s+be)\s+no\s+volunteer\s+work)"
                          r"(?:\s+(?:ollenkaan|lainkaan|at\s+all))?(?:\s+(?:tässä|tähän|in\s+this|for\s+this)\s+(?:hankkeessa|hankkeeseen|project))?\s*(?:[.!]?\s*$|[,.;:–-]\s*(?P<why>.*)$)", re.IGNORECASE)
# the reason after "ei talkoita, …" must say the work is bought, and nothing else
_BOUGHT = re.compile(r"\b(?:urak\w*|ostetaan|ostamme|osto\w*|valmiina|hire\w*|company|contractor|yritys|yritykseltä|firma\w*|"
                     r"purchas\w*|everything\s+is\s+bought|"
                     r"all\s+(?:of\s+it\s+)?paid(?:\s+work)?|all\s+work\s+is\s+paid|"
                     r"bought|buy|buying|ammattilai\w*|professionals?)\b")
_NOT_YET = re.compile(r"\b(?:vielä|viel|yet|tiedä|tiiä|know|sure|idea|decided|päätetty|ehkä|maybe|paitsi|except|jos|if|paid|maksettu\w*|"
                      r"laskettu|arvioitu|calculated|estimated|counted|talkoo\w*|volunteer\w*|hours?|tunti\w*|\d)\b")


_ALL_PAID = re.compile(r"\ball\s+(?:of\s+it\s+)?paid(?:\s+work)?|\ball\s+work\s+is\s+paid", re.IGNORECASE)  # "paid" alone is a doubt


_EXTRA_WORK = re.compile(r"\b(?:harjoitu\w*|rehearsals?|roudau\w*|load-in|lavastu\w*|set\s+building|siivou\w*|cleanup|clean-up)\b")


def _uncounted_work(text: str) -> bool:
    """"2 konserttia ja harjoitukset, 8 henkeä 4 h", "and the cleanup after": more work named with no hours near it."""
    return any(not re.match(r"\s*:?\s*(?:n\.|noin|about)?\s*\d", text[m.end():]) and not re.search(
        r"\d\s*(?:h|t|tuntia|tunti\w*|hours?|hrs?)\s+(?:[a-zäö]+\s+){0,3}$", text[max(0, m.start() - 40):m.start()])
        and not (_HOURS_AFTER_WORK.match(text[m.end():]) and not re.search(r"\d", text[:m.start()]))
        and not (re.match(r"[- ]?(?:days?|evenings?|päiv\w*|ilta\w*|talkoo\w*)\b", text[m.end():])
                 and re.search(r"\d+\s+(?:[a-zäö-]+\s+){0,2}$", text[:m.start()]))  # "2 river clean-up days": the days counted
        for m in _EXTRA_WORK.finditer(text))


# "siivous ja kylvöt n. 30 h", "maalaus ja siivous, yhteensä 85 tuntia": the work named first, then its one figure
_HOURS_AFTER_WORK = re.compile(r"(?:[^\d.;!?]|(?<=\bn)\.|(?<=\bca)\.){0,40}?\d+\s*(?:h|t|tuntia|tunti\w*|hours?|hrs?)\b(?![^.;!?]*\d)")


_MORE_AFTER_LAST = re.compile(r"(?:\bja\b|\band\b|\bplus\b|\+|\bsekä\b|\bmyös\b|\blisäksi\b|&)\s*(?:the\s+|a\s+|sit\s+|vielä\s+)?"
                              r"[a-zäö]{3,}|\b(?:too|also|myös|kans)\b")


def _line_hours(line: str, lang: str) -> Decimal | None:
    """One task's hours on its own line: a plain figure or a worked one ("12 people × 10 h = 120 h"), not a product of
    its own ("purku 40 h, 5 henkeä": each one's hours or all of them?)."""
    reading = _read_hours(line, lang=lang)
    if reading.value is None or (reading.factors and "=" not in line):
        return None
    nums = [n for n in find_numbers(prepare(line)) if not date_like(prepare(line), n)]
    if len(nums) == 1 and abs(nums[0].value - reading.value) < Decimal("0.1"):
        return nums[0].value  # unrounded, so that "1,25 h" and "2,25 h" add up to 3,5
    return reading.value


def _machine_beside_other(text: str) -> bool:
    """Machine or paid hours named beside other work ("talkoo 40 timmar och traktor 10 timmar"); not machines alone
    ("traktori 8 h ja kaivuri 6 h", an answer to the machine-hours question)."""
    if not _MACHINE.search(text):
        return False
    words = [w for w in re.findall(r"[a-zäö-]{3,}", _MACHINE.sub(" ", text)) if not HOURS.fullmatch(" " + w)
             and w not in ("och", "and", "sekä", "noin", "about", "around", "the", "for", "with")]
    return bool(words)


def _by_the_week(text: str, nums: list[Num]) -> tuple[list[Num], bool]:
    """"2 evenings a week for 8 weeks" is 16 evenings; "joka tiistai, 20 viikkoa" 20 Tuesdays. The flag says the
    answer is counted by the week (its "a week" is then no period left unread)."""
    counted = len(nums)
    nums = _weeks_as_sessions(text, nums)
    return nums, len(nums) < counted or (any(n.unit == "days" for n in nums) and bool(_EVERY_WEEKDAY.search(text)))


def _weeks_as_sessions(text: str, nums: list[Num]) -> list[Num]:
    for num in nums:
        week = _PER_WEEK.match(text[num.end:]) if num.unit == "days" else None
        if week:
            num.unit, num.end = "days_per_week", num.end + week.end()
    weeks = [n for n in nums if n.unit == "weeks"]
    per_week = [n for n in nums if n.unit == "days_per_week"]
    if len(weeks) == 1 and len(per_week) == 1:
        per_week[0].value, per_week[0].unit = per_week[0].value * weeks[0].value, "days"
        return [n for n in nums if n is not weeks[0]]
    if len(weeks) == 1 and not per_week and len(_EVERY_WEEKDAY.findall(text)) == 1 and not _OTHER_DAYS.search(text) and not any(
            n.unit in ("days", "hours_per_week") for n in nums):
        weeks[0].unit = "days"
    return nums


def _value_at_rate(text: str, nums: list[Num]) -> Decimal | None:
    """Hours from the work's value and its hourly rate: "3000 € edestä talkoita, tunti 15 €" is 200 h."""
    money = [n for n in nums if n.unit == "money" or CURRENCY_AFTER.match(text[n.end:])]
    rates = [n for n in money if _per_hour(text[n.end:]) or _RATE_BEFORE.search(text[:n.start])]
    if (len(money) != 2 or len(rates) != 1 or len(nums) != 2 or not _VALUE_OF_WORK.search(text) or _NONE_AT_ALL.match(text)
            or re.search(r"\+|\b(?:plus|sivukulu\w*|lisäks\w*|extras?|kulut|costs?)\b", text)):
        return None
    total = next(n for n in money if n is not rates[0])
    hours = total.value / rates[0].value if rates[0].value else None
    return hours if hours is not None and total.value > rates[0].value and hours == hours.to_integral() else None


def _aside(bracket: str) -> bool:
    """A bracket that adds no figure to the hours: no number, or an age ("all over 15"); not a period ("(kuussa)")."""
    if re.search(r"\d", bracket) and not _AGE.search(bracket):
        return False
    return not (_PERIOD.search(bracket) or _PER_WEEK.match(" " + bracket) or _EVERY.search(bracket) or PER_MONTH.match(
        " " + bracket) or re.search(r"\b(?:per|joka|every|kuussa|viikossa|vuodessa|päivässä|a\s+day|daily)\b", bracket))


def _per_hour(after: str) -> bool:
    """"€/h", "15 € per hour" after a figure: a rate (with or without its currency sign first)."""
    currency = CURRENCY_AFTER.match(after)
    return bool(_RATE_AFTER.match(after) or (currency and _RATE_AFTER.match(after[currency.end():])))


def _classify_hours(text: str, num: Num) -> None:
    rest = text[num.end:]
    if _MONEY_BEFORE.search(text[:num.start]):
        num.unit = "money"  # "€20/h" is a rate, not hours
        return
    match = HOURS.match(rest)
    if match:
        after = rest[match.end():]
        once = _ONCE.match(after)
        after = after[once.end():] if once else after
        num.unit = ("hours_per_week" if _PER_WEEK.match(after) or _WEEKLY_BEFORE.search(text[:num.start]) else "hours_per_month" if PER_MONTH.match(after)
                    else "hours_per_weekend" if _PER_WEEKEND.match(after) or (_WEEKEND_BEFORE.search(text[:num.start])
                                                                              and not _PER_HEAD.match(after)
                                                                              and not re.match(r"\s*(?:daily|päivittäin)\b", after))
                    else "hours_per" if _PER_HEAD.match(after) or _PER_HEAD_BEFORE.search(text[:num.start]) else "hours")
        num.end += match.end()
        return
    units = (("weekends", _WEEKENDS), ("people", PEOPLE), ("days", DAYS), ("weeks", _WEEKS),
             ("months", MONTHS), ("percent", PERCENT), ("money", CURRENCY_AFTER))
    for unit, pattern in units:
        match = pattern.match(rest)
        if match:
            if unit == "days" and (_TOWARDS.search(match.group(0)) or re.search(r"(?:ien|jen|tten)$", match.group(0))):
                return  # "40 tapahtumiin", "50 tapahtumien järjestämiseen": hours for the events, not a count of them
            num.unit = unit
            num.end += match.end()
            return
    filler = _FILLER.match(rest)
    if filler and not re.search(r"\d", filler.group(0)):
        for unit, pattern in units[:3]:
            match = pattern.match(rest[filler.end():])
            if match:
                num.unit = unit
                num.end += filler.end() + match.end()
                return
    if _NOTHING_AFTER.match(rest):
        for unit, pattern in _UNIT_BEFORE:
            if pattern.search(text[:num.start]):
                num.unit = unit
                return


_KIN = r"(?:isää|isiä|äitiä|miestä|naista|poikaa|tyttöä|men|women|moms|dads|mums|mothers|fathers|boys|girls)"
_PEOPLE_PAIR = re.compile(rf"\b({_KIN})\s+(?:ja|and|&)\s+{_KIN}\b", re.IGNORECASE)

_EACH_ONE = re.compile(r"\b(?:kukin|kullakin|kullekin|kultakin|jokaiselta|jokainen|jokaisella|per\s+(?:henkilö|hlö|nenä|naama|person|head)|"
                       r"each|apiece)\b|/\s*(?:hlö|henkilö|person)\b|\bper\s+nenä\b")
_ME_PLUS = re.compile(r"\b(?:mä|mää|minä|mie|me|i|myself|itse)\s*(?:\+|ja|and|&)\s*\d")
# "kolme äijää ja mää": the others counted first, the speaker after them
_ME_AFTER = re.compile(r"\b(\d{1,2}\s+[a-zäöå]+)\s+(?:\+|ja|and|&)\s+(mä|mää|minä|mie|mnää|myself)\b(?!\s+\d)", re.IGNORECASE)

def read_instead(reading, other):
    """``other``, the answer read again another way (hours or an amount), as a proposal when it reads a figure
    ``reading`` did not."""
    if other.value is None or other.value == reading.value:
        return None
    return replace(other, doubt=other.doubt or "guess")


def understand_hours(text: str, *, lang: str, machines: bool = False) -> HoursReading:
    """Hours in ``text``: a plain count, or people × days × hours per day in any order; ``doubt`` set when the
    figure is a floor or said unsure, and should be confirmed before it is saved. ``machines`` when the question asks
    for machine hours (a tractor named is then no reason to ask)."""
    text = plainly(text)  # "VIIS MIASTA KAHTENA LAUANTAINA KUUS TUNTIA", "300h. edit: 260h"
    text = _TENS_FOR.sub(lambda m: f"{_TENS[m.group(1).lower()]}", text)  # "kolmenkymmenen työpäivän ajan"
    text = _WEEKEND_EACH.sub(r"\1, \2 per weekend", text)  # "kaksi viikonloppua à 10 tuntia": 10 hours a weekend
    put_right = last_factor_put_right(text) if text and len(text) <= 200 else None
    if put_right is not None:
        again = understand_hours(put_right, lang=lang, machines=machines)  # "8 ppl, 2 days, 8h... wait 7h": 8 × 2 × 7
        if again.value is not None and again.factors:
            return replace(again, doubt=again.doubt or "guess")
    restated = restated_lengths(text)
    if restated != text:
        again = understand_hours(restated, lang=lang, machines=machines)  # "1 päivä eli 8 tuntia, 12 henkeä": the hours stand
        return replace(again, doubt=again.doubt or "guess") if again.value is not None else again  # for the day; proposed
    reading = _understand_parts(text, lang=lang)
    if not text or len(text) > 400:
        return reading  # the proposals below read answers of a few sentences, not pasted pages
    if _LAUGHTER_FIVES.search(text) and _MANY.search(text):
        return understand_hours(_LAUGHTER_FIVES.sub(" ", text), lang=lang, machines=machines)  # "paljon paljon 555": Thai laughter
    inside = both_years_inside(text)
    if inside is not None:
        yearly = understand_hours(inside, lang=lang, machines=machines)  # "…, kumpanakin vuonna neljä metsäpäivää, …": twice
        if yearly.value is not None and yearly.factors:
            return HoursReading(yearly.value * 2, factors=(*yearly.factors, Decimal(2)), doubt="guess")
    said = prepare(text)  # the figures as digits, for the three readers below that count people and seasons
    family = one_more_of_family(said)
    if family is not None:
        again = understand_hours(family, lang=lang, machines=machines)  # "kolme äitii ja mun sisko, 10 kertaa 3 tuntii": four
        if again.value is not None:
            return replace(again, doubt=again.doubt or "guess")
    if reading.value is None:
        grown = without_kids_sentence(text)
        if grown is not None:
            again = understand_hours(grown, lang=lang, machines=machines)  # "… The kids are under 15 so they don't count"
            if again.value is not None:
                return replace(again, doubt=again.doubt or "guess")
    seasons = each_season(said) if reading.value is None else None
    if seasons is not None:
        return HoursReading(seasons[0], factors=seasons[1], doubt="guess")  # "Kaks kesää, kumpanakin 100 tuntia": 200
    gathered = people_from_each(said) if reading.value is None else None
    if gathered is not None:
        again = understand_hours(gathered, lang=lang, machines=machines)  # "Neljä tilaa, joka tilalta kaks ihmistä, …"
        if again.value is not None:
            return replace(again, doubt=again.doubt or "guess")
    yearly = each_year(text, lambda part: _value_and_factors(understand_hours(part, lang=lang, machines=machines)))
    if yearly is not None and reading.value != yearly[0]:
        return HoursReading(yearly[0], factors=yearly[1], doubt="guess")  # "joka syksy … viis henkeä kuus tuntia ja se kahtena vuonna"
    makes = _MAKES.search(text)
    if makes is not None and reading.value != Decimal(makes.group(1)):
        before = understand_hours(text[:makes.start()], lang=lang, machines=machines)
        if before.value == Decimal(makes.group(1)):
            return before  # "Six members, five days, six hours a day, which makes 180 hours": the working agrees
    stated = _total_of_worked_parts(text)
    if stated is not None and reading.value is None:
        return HoursReading(Decimal(stated[0]), parts=tuple(Decimal(p) for p in stated[1]), doubt="sum")  # "… = 96 h 2) … = 20 h. Yhteensä 116 h."
    less = total_less_uncounted(text)
    if less is not None:
        return reading if reading.value == less else HoursReading(Decimal(less), doubt="guess")  # "yhteensä 100 tuntia, siitä lapset 20, alle 15 ei lasketa": 80, proposed
    if reading.value is None and len(_HOURS_FIGURE_LOOSE.findall(text)) == 1 and not _PERIOD.search(text) and (
            _OVER_THE_PERIOD.search(text) or _UNSURE_AFTER.search(text)):
        said = read_instead(reading, understand_hours(_UNSURE_AFTER.sub("", _OVER_THE_PERIOD.sub("", text)), lang=lang, machines=machines))
        if said is not None:
            return said  # "Roughly 600 hours … over the two years", "ehkä 200h? en oo iha varma"
    group = _GROUP_TOTAL.sub(lambda m: m.group("group"), text)
    if group != text:
        parts = read_instead(reading, understand_hours(group, lang=lang, machines=machines))
        if parts is not None:
            return parts  # "mie itse 60h ja muut yht 90h": the others' total, not all
    if (reading.doubt == "guess" or not _PEOPLE_COUNTED.search(text)) and reading.factors and len(reading.factors) >= 2 and _SPEAKER_PAIR.search(text):
        pair = _last_proposals(text, lang=lang)  # "me and my mate Jussi, one week of weekdays, 6 hrs a day": two people
        if pair is not None and pair.value is not None and pair.factors and len(pair.factors) == len(reading.factors) + 1:
            return pair
    label = _LABEL.match(text)
    if label and reading.value is None:
        after = read_instead(reading, understand_hours(text[label.end():], lang=lang, machines=machines))
        if after is not None:
            return after  # "Siivous- ja maalaustalkoot: 10 henkeä, …"
    days = _RESTATED.sub(_restated_days, text) if not _PER_WEEKEND_SAID.search(text) else text
    if days != text:
        said = read_instead(reading, understand_hours(days, lang=lang, machines=machines))
        if said is not None:
            return said  # "3 weekends (6 days)": the days, not both
    same = hour_sums.same_for_two(text)
    if same is not None and reading.value != same:
        return HoursReading(same, doubt="guess")  # "mä 100 tuntia ja Raimo saman verran": 100 each, proposed
    twice = guesses.said_twice(text, lambda part: _read_hours(part, lang=lang).value)
    if twice is not None and 0 < twice <= MAX_HOURS and reading.value != twice:
        return HoursReading(twice, doubt="guess")  # "talkoot ungefär 300 timmar, noin 300 tuntia": 300, said twice
    rhythm = rhythm_hours(text)
    if rhythm is not None and reading.value != rhythm[0]:
        return HoursReading(rhythm[0], factors=rhythm[1], doubt="guess")  # "6 hlö, 2 h viikossa, 40 viikkoa vuodessa, 2 v"
    some = some_are_children(text)
    if some is not None:
        counted = read_instead(reading, understand_hours(some, lang=lang, machines=machines))
        if counted is not None:
            return counted  # "Kymmenen henkee … mut kaks niistä on alle viistoistavuotiaita ni niitä ei lasketa": eight
    adults = adults_counted(text)
    if adults is not None:
        counted = read_instead(reading, understand_hours(adults, lang=lang, machines=machines))
        if counted is not None:
            return counted  # "4 aikuista ja 3 lasta (alle 15 v, net ei lasketa) 5 päivää 6 tuntia": the adults' 120
    kept = without_uncounted(text)
    if kept == "":
        return HoursReading(None)  # "Traktorityötä sen 40 tuntia", "the kids help but they are 10-12 yrs": no talkoot said, asked
    if kept is not None and kept != text:
        talkoot = read_instead(reading, understand_hours(kept, lang=lang, machines=machines))
        if talkoot is None and adults_first(kept) != kept:
            talkoot = read_instead(reading, understand_hours(adults_first(kept), lang=lang, machines=machines))
        if talkoot is not None:
            return talkoot  # "Koordinaattori 30 h viikossa mutta se on palkallista. Vapaaehtoiset 300 h"
    if reading.value is None and " / " in text and "\n" not in text:
        cut = read_instead(reading, understand_hours(text.replace(" / ", ", "), lang=lang, machines=machines))
        if cut is not None:
            return cut  # "meitä on kuus / kolme lauantaita / kuus tuntia päiväs": the slashes part what a comma would
    if reading.value is None:
        plain = _learner_forms(text)
        if plain != text:
            again = read_instead(reading, understand_hours(plain, lang=lang, machines=machines))
            if again is not None:
                return again  # "5 ihminen, 2 tunti, joka viikko, 40 viikko", "neljäks tunniks", "200 tuntia plus miinus"
        added = _product_plus(text, lang=lang, machines=machines)
        if added is not None:
            return added  # "4 guys, 2 days, 6 hours. and cleaning after, 10 hours": 48 + 10, proposed with its parts
    final = reading if reading.value is not None else _last_proposals(text, lang=lang) or reading
    if not machines and final.value is not None and final.doubt is None and _MACHINE_NAMED.search(text) and not _PEOPLE_NAMED.search(text):
        return replace(final, doubt="check")  # "oma traktori 40 tuntia": machine hours alone, not talkoot? shown before it is saved
    return final


def _value_and_factors(reading: HoursReading) -> tuple[Decimal | None, tuple[Decimal, ...] | None]:
    """The figure read and the factors it was made of."""
    return reading.value, reading.factors


# learner and spoken forms after a figure: "2 tunti", "40 viikko", "5 ihminen", "neljäks tunniks"; "plus miinus" is a hedge
_TRANSLATIVE = {"kahdeksi": 2, "kaheks": 2, "kolmeksi": 3, "kolmeks": 3, "neljäksi": 4, "neljäks": 4, "viideksi": 5, "viideks": 5,
                "kuudeksi": 6, "kuudeks": 6, "kuueks": 6, "seitsemäksi": 7, "seittemäks": 7, "kahdeksaksi": 8, "kaheksaks": 8,
                "kymmeneksi": 10, "kymmeneks": 10}
_LEARNER = ((re.compile(r"(\d|\b(?:kaksi|kaks|kolme|neljä|viisi|viis|kuusi|kuus|kymmenen))\s+tunti\b", re.IGNORECASE), r"\1 tuntia"),
            (re.compile(r"(\d)\s+viikko\b", re.IGNORECASE), r"\1 viikkoa"),
            (re.compile(r"(\d)\s+päivä\b", re.IGNORECASE), r"\1 päivää"),
            (re.compile(r"(\d)\s+ihminen\b", re.IGNORECASE), r"\1 ihmistä"),
            (re.compile(r"\b(\d+)\s*-\s*ish\b", re.IGNORECASE), r"about \1"),
            (re.compile(r"\b(" + "|".join(_TRANSLATIVE) + r")\s+tunniksi?\b", re.IGNORECASE),
             lambda m: f"{_TRANSLATIVE[m.group(1).lower()]} tuntia"),
            (re.compile(r"\s*(?:\+-|±|\bplus[\s-]+miinus\b|\bplus\s+or\s+minus\b|\bgive\s+or\s+take\b)(?:\s*\d+\s*(?:h|t|tuntia|hours?)?\b)?\s*",
                        re.IGNORECASE), " "))


def _learner_forms(text: str) -> str:
    """``text`` with a learner's or a speaker's forms after a figure as the standard ones ("2 tunti": "2 tuntia")."""
    for pattern, plain in _LEARNER:
        text = pattern.sub(plain, text)
    return text.strip()


# a product and a plain figure added: "4 guys, 2 days, 6 hours. and cleaning after, 10 hours", "2 days × 5 ppl × 4h + 10h planning"
_PLUS_CUT = re.compile(r"\s*(?:\s\+\s*|\bplus\b|[.;,]\s*(?:and|ja|plus|lisäksi|sekä|in\s+addition|additionally)\b,?|(?<=[a-zäö])\.\s+(?=[A-Za-zÄÖäö])|\s+sekä\s+|\s+ja\s+(?=(?:vielä|lisäksi)\b))\s*",
                       re.IGNORECASE)
# a part that limits or shares the others, not one to add: "Max 60 hours", "at least 40", "siitä 10 tuntia on …", "10 tuntia vähemmän"
_NOT_ADDED = re.compile(r"\b(?:max\w*|enintään|korkeintaan|at\s+(?:least|most)|vähintään|ainakin|siitä|josta|joista|of\s+which|of\s+that|"
                        r"vähemmän|less|fewer|minus|miinus|under|alle|not\s+count\w*|ei\w*\s+(?:kai\s+)?lask\w*|don'?t\s+count|instead|"
                        r"sijaan|yhteensä|total|in\s+all|kaikkiaan)\b", re.IGNORECASE)


# a count of people said in a part: "Four board members", "six volunteers"
PEOPLE_COUNT = re.compile(r"\d+\s*(?:[a-z]+\s+)?(?:members|volunteers|people|persons|adults|parents|guys|henk\w*|hlö\w*|ihmis\w*|"
                          r"talkoolai\w*|vapaaehtoi\w*|jäsen\w*|aikuis\w*)\b", re.IGNORECASE)
_HOURS_WORD = re.compile(r"\d\s*(?:h|t)\b|tunt|tunni|hours?\b|hrs?\b|timmar", re.IGNORECASE)


def _product_plus(text: str, *, lang: str, machines: bool) -> HoursReading | None:
    """The sum of two or three parts, one of them people × days × hours, each read on its own; proposed with its parts."""
    pieces = [p for p in _PLUS_CUT.split(text) if p and p.strip(" ,.;")]
    if not 2 <= len(pieces) <= 3 or _NOT_ADDED.search(text):
        return None
    pieces = [re.sub(r"\s+(?:lisää|lisäks|lisäksi|more|extra|päälle)\W*$|\b(?:vielä|viel|lisäksi|also)\s+", "", p, flags=re.IGNORECASE)
              for p in pieces]  # "… ja laiturin siivoukseen vielä kymmenen tuntia lisää": the part, without its "more"
    readings = [understand_hours(p, lang=lang, machines=machines) for p in pieces]
    groups = all(r.factors and len(r.factors) >= 2 and PEOPLE_COUNT.search(prepare(p)) for r, p in zip(readings, pieces))
    if any(r.value is None or r.doubt in ("unsure", "check") for r in readings) or not (groups or any(
            r.factors and len(r.factors) >= 3 for r in readings)):
        return None  # "5 x 3 h + 20 h": five times both? asked (review 11); "4 members 15 h each, and 6 volunteers 25 h each"
    if not all(r.factors or _HOURS_WORD.search(p) for r, p in zip(readings, pieces)):
        return None  # "…, 8 guys 2 days 5 hours. they are all over 18": an age or a count, not hours
    total = sum(r.value for r in readings)
    return HoursReading(total, parts=tuple(r.value for r in readings), doubt="sum") if 0 < total <= MAX_HOURS else None


# the whole project's time said after a single figure: "600 hours of voluntary work over the two years", "koko hankkeen aikana"
_OVER_THE_PERIOD = re.compile(r"\s*\b(?:over|during|for|in)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:two|three|2|3)?\s*(?:years|project)\b|"
                              r"\s*\b(?:koko\s+)?(?:hankkeen|projektin|kahden\s+vuoden|kolmen\s+vuoden)\s+aikana\b", re.IGNORECASE)
# a figure said unsure after it: "ehkä 200h? en oo iha varma", "200 hours? not sure"
_UNSURE_AFTER = re.compile(r"\?\s*(?:en\s+(?:oo|ole)\s+(?:ihan|iha)?\s*varma|not\s+(?:quite\s+|really\s+)?sure|en\s+tiiä|en\s+tiedä)\W*$|"
                           r"^\s*(?:ehkä|maybe|perhaps)\s+(?=\d)", re.IGNORECASE)
# a group's own total beside another's figure: "mie itse 60h ja muut yht 90h", "I do 60 and the others together 90"
_GROUP_TOTAL = re.compile(r"\b(?P<group>muut|muilta|muut\s+talkoolaiset|loput|others|the\s+others|the\s+rest|other\s+volunteers)\s+"
                          r"(?:yht\.?|yhteensä|yhteensa|yhessä|yhdessä|together|in\s+total|total|altogether)(?=\s|$)", re.IGNORECASE)
# a label before the figures, without figures of its own: "Siivous- ja maalaustalkoot: …", "Purkutyöt: …"
_LABEL = re.compile(r"^\s*(?![^:]*\b(?:per|each|kukin|jokai\w*|kohden|hlö|henkilö\w*|person|head|joka|every|kerran|twice|kahdesti|"
                    r"weekly|monthly|viiko\w*|kuuko\w*|week\w*|month\w*|koko|whole|all|molemm\w*|both|kevä\w*|kevät|syys\w*|syks\w*|kesä\w*|"
                    r"talv\w*|spring|autumn|fall|summer|winter|ilta\w*|illa\w*|evening\w*|aamu\w*|morning\w*|päivä\w*|days?|"
                    r"\w*(?:ntai|ntaina|ntait|ntaisin|iikko|iikkona|ksuna|ksuisin)|\w*(?:days|day))\b)"
                    r"[^\d:.!?\n]{2,60}:[ \t]+(?=\S)", re.IGNORECASE)
# weekends said again as days: "3 weekends (6 days)", "kahtena viikonloppuna eli neljänä päivänä", "two weekends so four days"
_RESTATED = re.compile(r"\b(?P<weekends>\w+)\s+(?:[a-zäö]*viikonlop\w*|vkl|weekends?)\s*,?\s*(?:\(\s*|(?:eli|siis|so|i\.e\.|that\s+is|=)\s+)"
                       r"(?P<days>\w+\s+(?:päivä\w*|pv\w*|days?)\b)(?!\s*(?:each|per|a\s+weekend|/|kukin|kumpanakin|viikonlopussa|kerrallaan|kerralla|at\s+a\s+time|each\s+time))(?:\s*\))?", re.IGNORECASE)


# a word that says the days or hours are per weekend: "(2 päivää kerrallaan)", "both days", "10 hours each weekend"
_PER_WEEKEND_SAID = re.compile(r"\b(?:joka\s+viikonloppu\w*|every\s+weekend|each\s+weekend|per\s+weekend|a\s+weekend|viikonlopussa|kumpanakin|"
                               r"molemm\w*|both)\b", re.IGNORECASE)


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else SMALL_COUNTS.get(word)


def _restated_days(match: re.Match) -> str:
    """The days alone when they count more than the weekends ("3 weekends (6 days)"); else the words as said."""
    weekends, days = _count(match.group("weekends")), _count(match.group("days").split()[0])
    return match.group("days") if weekends and days and days > weekends else match.group(0)


# a machine's hours (not a person's work): "oma traktori 40 tuntia", "Traktorityötä 40 tuntia", "20 tractor hours", "konetyötä 15 h"
_MACHINE_WORD = (r"(?:traktori\w*|traktor|tractor|kai?vinkone\w*|kaevinkone\w*|kaivuri\w*|excavator|digger|mönkijä\w*|konetyö\w*|"
                 r"konetunti\w*|machine|moottorikelkka\w*)")
_MACHINE_NAMED = re.compile(rf"\b{_MACHINE_WORD}\s+(?:\w+\s+){{0,2}}\d+\s*(?:h|t|tuntia|tuntii|tuntie|hours?|hrs?)\b|"
                            rf"\d+\s*(?:h\s+|hours?\s+|tuntia\s+)?(?:of\s+)?{_MACHINE_WORD}\s*(?:hours?|tuntia|tuntii|work|työtä)?\b",
                            re.IGNORECASE)
# people said to do the work: "Vapaaehtoiset 200 h, kaivinkone vuokrataan", "kyläläiset 250 h, traktorilla lumityöt"
_PEOPLE_NAMED = re.compile(r"\b(?:vapaaehto\w*|talko\w*|talako\w*|volunteer\w*|kyläläi\w*|villagers|people|ihmis\w*|ihimis\w*|henk\w*|hlö|"
                           r"miestyö\w*|käsin|by\s+hand|manual|we|me|meitä|porukka\w*|jäsen\w*|members)\b", re.IGNORECASE)


# the speaker and one more, named: "minä ja Pentti", "me and my wife", "my husband and I" (not "me and 5 other guys")
_SPEAKER_PAIR = re.compile(r"\b(?:minä|mä|mää|mie|me|i|myself)\s*(?:\s(?:ja|and)|&|\+)\s*(?:my\s+|mun\s+|minun\s+)?(?!\d)(?!kaks|two|three|"
                           r"kolme|neljä|four|five|viis|other|muut)[a-zäö]\w*|\b(?:my\s+)?(?:husband|wife|mies|vaimo|veli|sisko|brother|"
                           r"sister|partner)\s+(?:ja|and|&)\s+(?:minä|mä|mää|mie|me|i)\b", re.IGNORECASE)
_PEOPLE_COUNTED = re.compile(r"\d+\s*" + PEOPLE.pattern.strip().removeprefix(r"\s*"), re.IGNORECASE)
_MONEY_SAID = re.compile(r"€|\beur\w*|\beuro\w*|\d\s*e\b|tonni|\bk€", re.IGNORECASE)


# "…, ehkä enemmänkii", "…, maybe more", "…, jos saadaan mökkiläiset mukaan nii ehkä enemmänki": the figure is a floor
_MAYBE_MORE = re.compile(r"[,.]?\s*(?:(?:jos|if)\b[^,.]{0,60}?\s+)?(?:(?:ja|and|or|tai|but|mutta|mut|nii|niin|so)\s+)?"
                         r"(?:ehkä|ehkäpä|varmaan|maybe|perhaps|possibly|probably)\s+(?:jopa\s+|even\s+)?"
                         r"(?:enemmän|enempi|enemmä|more)\w*\W*$", re.IGNORECASE)


def _last_proposals(text: str, *, lang: str) -> HoursReading | None:
    """A correction after the figure, groups added, a group's work times its occasions, or the talkoot's value over its
    hourly rate; proposed."""
    before_more = _MAYBE_MORE.sub("", text)
    if before_more != text and before_more.strip(" ,.") and not _MAYBE_MORE.search(before_more):
        least = understand_hours(before_more, lang=lang)  # "ainakii kolomesataa tuntia, ehkä enemmänkii"
        if least.value is not None:
            return replace(least, doubt=least.doubt or "bound")
    from .understand_amount_roles import corrected_figure  # noqa: PLC0415  (the amounts reader imports this module)
    fixed = corrected_figure(text) if not _MONEY_SAID.search(text) else None
    if fixed is not None and 0 < fixed <= MAX_HOURS:
        return HoursReading(fixed, doubt="guess")  # "Talkoot 450 tuntia ei kun 550 kun nuorisoseura lupas 100 lisää"
    groups = hour_groups.group_sum(text)
    if groups is not None and 0 < groups[0] <= MAX_HOURS:
        return HoursReading(groups[0], parts=groups[1], doubt="sum")  # "12 ihmistä 8 tuntia, ja siivoukseen 4 ihmistä 3 tuntia"
    pair = _SPEAKER_PAIR.search(text or "")
    said = prepare(text or "")
    if pair and not _PEOPLE_COUNTED.search(said) and not re.search(r"\b(?:between|yhteensä|together|total|yhdessä|yhessä)\b", said) \
            and len(re.findall(r"\d\s*(?:h|t|tuntia|tunti|tuntii|hours?|hrs?)\b", said)) <= 1:
        both = understand_hours(f"{text[:pair.start()]} 2 henkeä {text[pair.end():]}", lang=lang)  # "minä ja Pentti, 15 päivee, 4 h"
        if both.value is not None and 0 < both.value <= MAX_HOURS:
            return replace(both, doubt=both.doubt or "guess")
    lines = hour_groups.hour_lines(text)
    if lines is not None and 0 < lines[0] <= MAX_HOURS:
        return HoursReading(lines[0], parts=lines[1], doubt="sum")  # "150 hours for clearing the beach plus 200 for building"
    yearly = hour_groups.year_lines(text)
    if yearly is not None and 0 < yearly[0] <= MAX_HOURS:
        return HoursReading(yearly[0], parts=yearly[1], doubt="sum")  # "kesä 2027 80 tuntia ja kesä 2028 80 tuntia"
    times = hour_groups.per_occasion(text)
    if times is not None and 0 < times[0] <= MAX_HOURS:
        return HoursReading(times[0], factors=times[1], doubt="guess")  # "joka keikalla 6 talkoolaista 5 tuntia, keikkoja 8"
    from .understand_numbers import understand_amount  # noqa: PLC0415  (the amounts reader imports this module)
    worth = hour_groups.from_value(text, lambda part: understand_amount(part, lang=lang).value)
    return HoursReading(worth, doubt="guess") if worth is not None and worth <= MAX_HOURS else None  # "4 500 € (15 €/h)"


def _understand_parts(text: str, *, lang: str) -> HoursReading:
    """Every reader but the rhythm one (``understand_rhythm``), which has the last word when it reads the answer."""
    adults = adults_only(text)
    if adults is not None:
        reading = understand_hours(adults, lang=lang)  # "Koululaiset tulloo auttaan, mutta aikusten talakoita on 250 tuntia"
        if reading.value is not None:  # proposed: "nuoret 40 h ja aikuiset 60 h" may count the young too (reviews 7, 11)
            return replace(reading, doubt=reading.doubt or "guess")
    volunteers = paid_share_out(text)
    if volunteers is not None:
        return HoursReading(volunteers, doubt="people")  # "yhteensä 320 h, siitä 40 h palkattu ohjaaja": 280, shown to confirm
    first = _by_weeks_unread(text, lang=lang)
    plain = standard_forms(text or "")  # "4 ukkoo viikon verran, arkipäevät": the spoken forms first
    said = years_as_months(weeks_as_days(weekends_as_days(counts_after_nouns(plain))))  # "kaks viikkoa arkena …, 4h päivässä": ten days
    if said == plain:
        return first
    second = _by_weeks_unread(said, lang=lang)
    read_weeks = any(f == 5 or f % 5 == 0 and f in (second.factors or ()) for f in (first.factors or ()))  # 3 weeks × 5 days
    if second.value is None or first.value == second.value or (first.value is not None and first.doubt == "guess"
                                                                and second.doubt == "guess" and (read_weeks or not weekdays_said(text))):
        return first  # the count by units already read the weeks ("mä ja Pertti 3 viikkoa arkipäivät 6 tuntia")
    if not weekdays_said(text) and second.doubt is None:
        return replace(second, doubt="guess")  # "viikon verran … 7h päiväs": five days or seven? shown to confirm
    return second


def _by_weeks_unread(text: str, *, lang: str) -> HoursReading:
    """Every reader but the weeks-as-working-days one (``understand_hours`` tries the answer both ways)."""
    rest, jobs = without_machines(text), labelled_hours(text)
    if rest is not None and jobs is None:
        kept = _understand(rest, lang=lang)  # "10 henkeä 2 päivää 6 tuntia ja traktori 8 tuntia": 120, the tractor apart
        if kept.value is not None and 0 < kept.value <= MAX_HOURS:
            return replace(kept, doubt="people")  # proposed, saying the machine's hours are asked apart
    reading = _understand(text, lang=lang)
    if jobs is not None and (jobs[1] or reading.value is None) and reading.value != sum(jobs[0]):
        people = jobs[0]  # "Clearing 200 h, building tees 120 h, plus the excavator 16 h": 320, the machine left out
        if sum(people) <= MAX_HOURS:
            return HoursReading(sum(people), parts=people if len(people) > 1 else None, doubt="people" if jobs[1] else "sum")
    if reading.value is not None:
        return reading
    tallied = tally_hours(text, lang)
    if tallied is None or not 0 < tallied[0] <= MAX_HOURS:
        return reading
    if tallied[2]:
        return HoursReading(tallied[0], parts=tallied[1], doubt="sum")  # "purkutyöt 3 miestä 2 päivää 8 h + runko …"
    return HoursReading(tallied[0], factors=tallied[1], doubt="guess")  # "kymmenen miestä kolome päevee, kaheksan tuntia"


def _understand(text: str, *, lang: str) -> HoursReading:
    """The readers before the last guess by units (understand_tally)."""
    text = _PEOPLE_PAIR.sub(r"\1", standard_forms(text or ""))  # "15 isää ja äitiä", "12 men and women": one count of people
    text = spans_as_counts(text)  # "joka tiistai klo 17-19", "pe–su": two hours a time, three days
    text = _GROUPS_FIRST.sub("", text)  # "kaks porukkaa: katsomoporukka 5 hlö … ja vessaporukka 3 hlö …": the groups follow
    if _CHILDREN.search(text) and _NOT_COUNTED.search(text):
        text = _UNDER_AGE.sub(" ", text)  # "nuoret päälle mutta ne on alle 15 nii ei niitä lasketa": an age, not hours
    if _SIMILE.search(text or ""):
        remark = rates.figure_then_remark(text, lambda head: _read_hours(head, lang=lang).value)
        if remark is not None and remark <= MAX_HOURS:
            return HoursReading(remark, doubt="guess")  # "Forty hours, like forty days in the wilderness": not 40 × 40
    said = prepare(text or "")
    euros_said = bool(re.search(r"€|\beur|\beuro|\d\s*e\b", text or "", re.IGNORECASE))
    worked = None if euros_said else totals.worked_result(text)
    if worked is not None and 0 < worked <= MAX_HOURS and not MACHINE_OR_PAID.search(said):
        return HoursReading(worked)  # "8 × 3 × 10 = 240 h": the figures agree with the result said
    money_said = euros_said or bool(re.search(r"\d\s*k\b|tonn[iea]|tuhat", text or "", re.IGNORECASE))
    corrected = None if money_said else guesses.guess_corrected(text, lambda part: _read_hours(part, lang=lang).value)
    if corrected is not None and 0 < corrected <= MAX_HOURS:
        return HoursReading(corrected, doubt="guess")  # "900 h — sorry, 960 h; I forgot the Pajala weekend": proposed
    reading = settle(_read_hours(text, lang=lang), text, lambda: _guess_hours(text, lang))
    if reading.value is None and not euros_said:
        agreed = totals.agreeing_total(text, money=False)
        if agreed is not None and 0 < agreed[0] <= MAX_HOURS:  # "Talkootyö yhteensä 312 h: 12 hlö × 2 pv × 8 h = 192 h, …"
            return HoursReading(agreed[0], parts=agreed[1], doubt="sum")
    if reading.value is not None and not reading.doubt and re.match(r"\W*(?:yhteensä|yhteesä|kaikkiaan|in\s+total|total(?:ly)?)\s+(?:n\.\s*|noin\s+)?\d", said):
        summed = guesses.guess_sum(text, hours=True)
        if summed is not None and summed[1][0] == reading.value and summed[0] <= MAX_HOURS:
            return HoursReading(summed[0], parts=summed[1], doubt="sum")  # "yhteensä 80 tuntia jakoon ja 60 kahvilaan": both?
    if reading.value is not None and totals.sum_disagrees(text):
        return HoursReading(None)  # "40 h + 30 h = 80 h": which figure is right? asked
    if reading.value is not None and re.search(r"\btonn(?:i|ia|ii)\b", said) and not _SAYS_HOURS.search(said):
        return HoursReading(None)  # "kolm tonnii": thousands of euros, not hours
    if reading.value is not None and guesses.only_past(said):
        return HoursReading(None)  # "viime hankkeessa kertyi 640 tuntia": this project's hours are asked
    nums = find_numbers(said)
    years = [n for n in nums if 1900 <= n.value <= 2100 and n.value % 100 != 0]
    if reading.value is not None and not reading.doubt and years and len(years) == len(nums) and not _SAYS_HOURS.search(said):
        reading = replace(reading, doubt="guess") if len(nums) == 1 else HoursReading(None)  # "from 1987", "2025 ja 2026": years
    if reading.value is not None and not reading.doubt and not reading.factors and len(nums) == 1 and _EACH_ONE.search(said):
        return HoursReading(None)  # "talkootunnit 40 kukin", "n. 60 / hlö": each one's hours, and how many are they?
    if reading.value is not None and not reading.doubt and _ME_PLUS.search(said):
        return _guess_hours(text, lang) or HoursReading(None)  # "mä itse + 3 tyyppiä 5 tuntia kukin": me and three more
    if reading.value is not None and not reading.doubt and _ME_AFTER.search(said):
        return _guess_hours(_ME_AFTER.sub(r"\2 ja \1", said, count=1), lang) or HoursReading(None)  # "kolme äijää ja mää": four
    if reading.value is not None and not reading.doubt and guesses.past_figures(said):
        reading = replace(reading, doubt="guess")  # "Previous project 300 h, this one similar": proposed
    if (reading.value is not None and not reading.doubt and len(find_numbers(said)) == 1 and _COUNT_NOT_HOURS.search(said)
            and not _SAYS_HOURS.search(said)):
        return HoursReading(None)  # "talkoopäiviä olis neljä": days, not hours
    if reading.value is not None and reading.factors and not reading.doubt and _UNCOUNTED_PEOPLE.search(said):
        return HoursReading(None)  # "monta ihmistä, kaksi päivää, 6 tuntia": how many people is not said
    if reading.value is not None and not reading.doubt and _BOTH_OF.search(text or "") and not _COUNTED_PEOPLE.search(said):
        # "tytöt … kolmena päivänä, kumpikin 5 tuntia": two people, counted nowhere; a guess ("minä ja vaimo …") or asked
        return _guess_hours(text, lang) or HoursReading(None)
    return reading


_COUNT_NOT_HOURS = re.compile(r"päiv|päev|\bdays?\b|viikonlop|weekends?|\bkert|\btimes\b|henk|hlö|people|ihmis|talkoolai|volunteers|"
                              r"\d\s+(?:vuo(?:den|tta|si)|kuukau\w+|kk|viiko\w*|viikkoa|years?|months?|weeks?)\b")  # "kahden vuoden mittainen"
_SAYS_HOURS = re.compile(r"\d\s*(?:h|t)\b|tunt|tunni|tunte|hours?|hrs?\b")
_UNCOUNTED_PEOPLE = re.compile(r"\b(?:pari|monta|muutama(?:n)?|useampi|useita|useat|kourallinen|joukko|many|several|some|a\s+few|a\s+bunch\s+of|"
                               r"lots\s+of)\s+(?:\w+\s+)?(?:miest\w*|mies|miehi\w*|henk\w*|ihmis\w*|hlö\w*|talkoolai\w*|vapaaehtoi\w*|tyypp\w*|"
                               r"kaver\w*|people|volunteers|persons|guys|men|women|helpers)\b")
_BOTH_OF = re.compile(r"\b(?:kumpikin|molemmat|both\s+of\s+them|each\s+of\s+the\s+two)\b", re.IGNORECASE)
_COUNTED_PEOPLE = re.compile(r"\d+\s*(?:hlö|henk|heng|ihmis|people|persons|volunteers|talkoolai|miest|naist|kaveri|tyttö|poika|pojat)")


_GROUPS_FIRST = re.compile(r"^\s*(?:kaks|kaksi|kolme|two|three|2|3)\s+(?:porukkaa|ryhmää|tiimiä|osaa|vaihetta|groups|teams|crews|parts|stages)"
                           r"\s*:\s*(?=\S)", re.IGNORECASE)
_CHILDREN = re.compile(r"\b(?:lap(?:si|set|sia|sille)\w*|kids?|children|nuoret|nuoria|skidit|youth|teens|teenagers|alaikäi\w*|"
                       r"pojat|tytöt)\b", re.IGNORECASE)
_NOT_COUNTED = re.compile(r"\b(?:ei\s+(?:kai\s+|niitä\s+|niit\s+)?(?:lasketa|laske|lasketta)|niitä\s+ei|(?:does|do)\s*(?:n'?t|\s+not)\s+count|dont\s+count|"
                          r"not\s+counted|lasketaanko|pittääks|pitääkö|pitäisikö|count\?|counts\?|ei\s+oteta)", re.IGNORECASE)
_UNDER_AGE = re.compile(r"\b(?:alle|under|yli|over|below)\s+1[0-9](?:\s*-?\s*(?:v\b\.?|vuotia\w*|vuotta|years?(?:\s+old)?|yrs?\b))?"
                        r"(?!\s*(?:h\b|t\b|tuntia|tunnit|hours?|€|e\b))", re.IGNORECASE)
_SIMILE = re.compile(r"[,!–-]\s*(?:ihan\s+)?(?:like|kuin|ku)\s", re.IGNORECASE)


def _guess_hours(text: str, lang: str) -> HoursReading | None:
    """A best guess where the strict reading gave nothing, always to be confirmed (understand_guesses)."""
    if not text or len(text) > 300:
        return None
    settled = hour_sums.settled_figure(text)
    if settled is not None:
        return HoursReading(settled, doubt="guess")  # "Arvo laski noin 400 tuntia, mutta minusta se on liikoo, pannaan 320"
    worked = hour_sums.result_with_working(text)
    if worked is not None:
        return HoursReading(worked[0], factors=worked[1], doubt="guess")  # "Kolmesataa tuntia, ts. noin 20 henkilöä 15 tuntia kukin"
    summed = guesses.guess_sum(text, hours=True)
    if summed is not None and 0 < summed[0] <= MAX_HOURS:
        return HoursReading(summed[0], parts=summed[1], doubt="sum")  # "100 h building, 20 h painting, 30 h cleanup"
    now = guesses.guess_past_then_now(text, lambda part: _read_hours(part, lang=lang).value)
    if now is not None and 0 < now <= MAX_HOURS:
        return HoursReading(now, doubt="guess")  # "The previous project had 600 hours; this one about 350"
    after = guesses.guess_after_joke(text, lambda rest: _read_hours(rest, lang=lang).value)
    if after is not None:
        return HoursReading(after, doubt="guess")  # "Tuhat tuntia! No oikeesti joku 400"
    parts = hour_sums.labelled_sum(text)
    if parts is not None:
        return HoursReading(parts[0], parts=parts[1], doubt="sum")  # "Purkutyöt 80 tuntia, maalaus 60 ja loppusiivous 20"
    clauses = guess_hours.guess_clauses(text, lambda part: _read_hours(part, lang=lang))
    if clauses is not None:
        return HoursReading(clauses[0], parts=clauses[1], doubt="sum")  # "raivaus 4 hlö × 2 pv × 7 h ja asennus …"
    product = guess_hours.guess_product(text)
    if product is not None:
        return HoursReading(product[0], factors=product[1], doubt="guess")  # "Tiistaisin 3 tuntia, 7 kaveria, 10 viikkoa"
    total = totals.stated_total(text)
    if total is not None:
        return HoursReading(total, doubt="guess")  # "Puvustamo 100, lavastus 180, yhteensä siis 280 tuntia"
    hands = totals.hands_beside_machines(text)
    if hands is not None:
        return HoursReading(hands, doubt="guess")  # "Talkootyötä 240 h, lisäksi traktorityötä 16 h"
    written = totals.written_products(text)
    if written is not None:
        if len(written[1]) > 1:
            return HoursReading(written[0], parts=written[1], doubt="sum")  # "8 hlö x 3 pv x 8 h + siivous 4 hlö x 4 h"
        return HoursReading(written[0], doubt="guess")  # "3 ppl x 2h/wk x 26 wks"
    per_period = rates.rate_times_count(text, hours=True)
    if per_period is not None and per_period[0] <= MAX_HOURS:
        return HoursReading(per_period[0], factors=per_period[1], doubt="guess")  # "~40h/mo for 6 mo"
    if guess_hours.guess_none(text):
        return HoursReading(Decimal(0), doubt="guess")  # "ei mitää talkoit"
    roles = guess_roles(text)
    if roles is not None:
        return HoursReading(roles[0], factors=roles[1], doubt="guess")  # "Kolme talkoopäivää, osallistujia 12, pituus 6 tuntia"
    relabelled = guesses.label_first(text)
    if relabelled is not None:
        reading = _read_hours(relabelled, lang=lang)
        if reading.value is not None and not figure_doubt(text, reading_figures(reading)):
            return replace(reading, doubt="guess")  # "People 6, days 4, hours every day 8"
    return None


# "Volunteer hours about 180", "talkootunteja noin 180": the figure right after the hours word is the hours
_HOURS_JUST_BEFORE = re.compile(r"\b(?:hours|tunte(?:ja|ina)|tunnit|talkootunt\w*|tuntimäär\w*)\s*(?::|=|is|are|on|ois|olis)?\s*"
                                r"(?:about|around|approx\.?|roughly|n\.|noin|ca\.?|~|arviolta|suunnilleen|maybe|ehkä|kanske|varmaan)?\s*$")

def _read_hours(text: str, *, lang: str) -> HoursReading:
    if not text or len(text) > 1000:
        return HoursReading(None)
    lines = bullet_lines(text)
    if lines:
        added = add_up_lines(lines, lambda line: _line_hours(line, lang), figure=_HOURS_FIGURE,
                             not_one_more=_NOT_ONE_MORE_HOURS, raw_lines=text.splitlines())
        if added is False:
            return HoursReading(None)  # "- kevät 40 h\n- syksy ehkä 30 h": alternatives or parts, not tasks
        if added:
            return HoursReading(_hours(added[0], None, False).value, parts=added[1])  # "- stage: 40 h\n- door: 24 h"
        text = ", ".join(line.rstrip(".,;") for line in lines)  # "- 4 konserttia\n- 10 vapaaehtoista\n- 5 h per konsertti"
    text = prepare(text)
    if (_VAGUE_COUNT.search(text) or NOT_SURE.search(text) or _FLOOR.search(text) or _TWO_EVENTS.search(text) or _SHARE.search(text)
            or _SWEDISH_COUNT.search(text) or _LONG_WEEKEND.search(text) or _UNCOUNTED_EXTRA.search(text) or _uncounted_work(text)
            or _ME_AND.search(text) or _GUESSED_RANGE.search(text)):
        return HoursReading(None)  # "maybe 100? not sure", "ainakin 100", "200 hours, maybe more": a guess or a floor
    text = _THOUSAND.sub(lambda m: str(int(m.group(1)) * 1000), text)  # "one thousand hours"
    text = re.sub(r"\b(\d+(?:[.,]\d)?)\s*k\s+(?=h\b|hours?\b|hrs?\b|tuntia\b|tuntii\b)",
                  lambda m: str(int(float(m.group(1).replace(",", ".")) * 1000)) + " ", text)  # "1.5k hours"
    worked = re.match(r"^(.*\d.*?)=\s*(\d[\d ]*)\s*(?:h|t|tuntia|hours?)?\s*$", text)
    if worked:  # "6 päivää × 10 henkeä × 6 h = 360": the working and its result must agree
        left = _read_hours(worked.group(1), lang=lang)
        said = Decimal(worked.group(2).replace(" ", ""))
        return left if left.value == said else HoursReading(None)
    both_days = bool(_BOTH_WEEKEND_DAYS.search(text))  # "(sat+sun)": both days of each weekend, said before an aside is cut
    bracket = one_bracket(text)
    if bracket and _aside(bracket[1]):
        text, bracket = bracket[0], None  # "4 vkl (la+su) 8 hlö 6 h/pv", "20 youth volunteers (all over 15)"
    if bracket:
        outside, inside = _read_hours(bracket[0], lang=lang), _read_hours(bracket[1], lang=lang)
        if outside.value is not None and inside.value is not None:
            # "240 tuntia (6 hlö x 40 h)": a total with its working; two different figures: ask
            return outside if outside.value == inside.value else HoursReading(None)
    none_at_all = _NONE_AT_ALL.match(text)
    if none_at_all and (not none_at_all.group("why") or (_BOUGHT.search(none_at_all.group("why"))
                                                         and not _NOT_YET.search(_ALL_PAID.sub(" ", none_at_all.group("why"))))):
        return HoursReading(Decimal(0))  # "ei talkoita", "zero, we hire a company"
    if none_at_all and not re.match(r"\s*\d", text):
        return HoursReading(None)  # "ei talkootyötä tässä hankkeessa. Koneita kyllä 20 h": none, but then a figure: ask
    nums = [n for n in find_numbers(text) if not date_like(text, n)]
    for num in nums:
        _classify_hours(text, num)
    at_rate = _value_at_rate(text, nums)
    if at_rate is not None:
        return _hours(at_rate, None, False)
    nums, weekly = _by_the_week(text, nums)
    upper = False
    for first, second in zip(nums, nums[1:]):
        if first.unit is None and RANGE_GAP.match(text[first.end:second.start]) and first.value < second.value:
            first.unit, upper = "lower", True
    nums = [n for n in nums if n.unit not in ("lower", "percent", "money")]
    for first, second in zip(nums, nums[1:]):
        gap = text[first.end:second.start]
        if first.unit == "hours" and second.unit is None and _AND.match(gap) and _FOR_WHAT.match(text[second.end:]):
            second.unit = "hours"  # "60 hours for building + 25 for the opening event"
        elif (first.unit == "hours" and second.unit is None and _LABEL_TOWARDS.match(gap) and _NOTHING_AFTER.match(text[second.end:])
              and not 1900 <= second.value <= 2100 and not _TIME_WORD.search(gap)):
            second.unit = "hours"  # "Leivontaan 30 tuntia, myyjäisiin 20 ja siivoukseen 10"
    hours_at = [n for n in nums if n.unit == "hours"]
    if len(hours_at) == len(nums) == 2 and hours_at[0].value == hours_at[1].value and all(_SAID_TWICE.match(gap) for gap in (
            text[:nums[0].start], text[nums[0].end:nums[1].start], text[nums[1].end:])) and re.search(r"[a-zäö]", text[nums[0].end:nums[1].start]):
        return _hours(nums[0].value, None, upper)  # "ungefär 200 timmar, noin 200 tuntia": one figure in two languages
    if len(hours_at) == 2 and len(nums) == 2 and not _NOT_EXTRA.search(text) and not _EXTRA_WORD.search(text) and not _MORE_AFTER.search(
            text) and not _LESS.search(text) and not _PERIOD.search(text):
        bounds = [0, hours_at[0].end]  # each figure's own clause: from the figure before it, a few words back
        earlier = [n for n, start in zip(hours_at, bounds) if _EARLIER.search(text[max(start, n.start - 25):n.start])
                   or _EARLIER.match(text[n.end:])]
        if len(earlier) == 1:
            return _hours(next(n for n in hours_at if n is not earlier[0]).value, None, upper)  # "last year 280 h, now 400 h"
    if len(nums) >= 2 and nums[-1].unit == "hours" and not _NOT_EXTRA.search(text) and not _LESS.search(text) and (
            _EXTRA_WORD.search(text[nums[-2].end:nums[-1].start]) or _MORE_AFTER.match(text[nums[-1].end:])):
        rest = _read_hours(text[:nums[-2].end], lang=lang)
        if _MACHINE.search(text[nums[-2].end:]):
            return HoursReading(None)  # "talkootyötä 240 h, lisäksi traktorityötä 16 h": machine hours have their own line
        if rest.value is not None:  # "8 guys, 3 days, 7 hours a day, then the kids' day is another 20 hours"
            return _hours(rest.value + nums[-1].value, None, upper)
    if len(nums) >= 3 and nums[-1].unit is None and all(n.unit == "hours" for n in nums[:-1]) and _TOTAL_BARE.search(
            text[nums[-2].end:nums[-1].start]) and not text[nums[-1].end:].strip(" .!"):
        whole = sum((n.value for n in nums[:-1]), Decimal(0))  # "purku 200 tuntia ja rakentaminen 300 tuntia yhteensä 500"
        return _hours(whole, None, upper) if whole == nums[-1].value else HoursReading(None)
    totals = [n for n in nums if n.unit == "hours" and (_total_before(text[:n.start]) or _TOTAL_OF.search(text[:n.start])
                                                       or _TOTAL_AFTER.match(text[n.end:]))]
    if len(totals) == 1 and any(n.unit == "hours" and n.value > totals[0].value for n in nums):
        return HoursReading(None)  # "Villellä 120 h, miulla 80 h, muilla yhteensä 100 h": the others' total, not the whole
    if len(totals) == 1 and MACHINE_OR_PAID.search(text) and sum(1 for n in nums if n.unit == "hours") > 1:
        return HoursReading(None)  # "In total 130 h: 100 h volunteers plus 30 h hired": paid hours in the whole; asked
    if len(totals) == 1:
        return _hours(totals[0].value, None, upper)  # "300 tuntia yhteensä, 15 henkeä", "12 volunteers, a total of 150 hours"
    if _EVERY.search(text) and not any(n.unit in ("days", "weekends", "weeks", "months") for n in nums):
        return HoursReading(None)  # "joka lauantai 4 tuntia, 8 henkeä": how many Saturdays?
    per_session = _PER_SESSION.search(text)
    if per_session and (_EARLIER.search(text) or not re.search(
            rf"\d\s+(?:\w+\s+)?{re.escape(per_session.group(1)[:6])}[a-zäö]{{0,4}}\b(?!\s*(?:paik|hall|room|ohjaaj|leader|place))", text)):
        return HoursReading(None)  # "10 vapaaehtoista 5 h per konsertti", "…, festivaali 3 päivää": how many concerts?
    if _WEEKDAY_WORD.search(text) and re.search(r"\b(?:only|vain|pelkä\w*|pelkk\w*|ainoastaan|just)\b|\w(?:t|na|sin)\s+vaan\b", text):
        return HoursReading(None)  # "4 weekends, Saturdays only": one day a weekend, or more? ask (set 24)
    weekdays = {w[:5] for w in _WEEKDAY_WORD.findall(text)}
    if len(weekdays) > 1 and sum(1 for n in nums if n.unit == "days") < len(weekdays) and not re.search(r"viikonlop|weekend", text):
        return HoursReading(None)  # "kolmena lauantaina ja yhtenä sunnuntaina", "la ja su": how many days in all?
    if _WEEKDAY_WORD.search(text) and not _ONE_WEEKEND.search(text) and not any(
            n.unit in ("days", "weekends", "weeks", "months") for n in nums):
        return HoursReading(None)  # "maanantaina ja tiistaina 5 henkeä 6 tuntia": how many days in all? ask
    people = [n for n in nums if n.unit == "people"]
    each = [n for n in nums if n.unit == "hours"]
    if len(people) == 1 and len(each) == people[0].value >= 2 and len(each) + 1 == len(nums) and all(
            _AND.match(text[a.end:b.start]) for a, b in zip(each, each[1:])):
        nums = each  # "We are three: 40 h + 25 h + 15 h": one figure for each of them, added up
    if len([n for n in nums if n.unit and n.unit.startswith("hours")]) > 1 and _MACHINE.search(text) and _BY_HAND.search(text):
        return HoursReading(None)  # "miestyötä 160 h, konetunnit erikseen 25 h": machine hours are asked on their own line
    if len(nums) > 1 and all(n.unit == "hours" for n in nums) and _PART_OF.search(text):
        return HoursReading(None)  # "talkoot 200 h ja siitä traktorilla 20 h": a part of the whole, not more
    labelled = (len(nums) > 1 and not _ALTERNATIVE.search(text) and re.search(r"[a-zäö]{3,}:?\s*$", text[:nums[0].start]) is not None
                and all(_LABELLED.match(text[a.end:b.start]) or _AND.match(text[a.end:b.start]) for a, b in zip(nums, nums[1:])))
    if sum(1 for n in nums if n.unit and n.unit.startswith("hours")) > 1 and _machine_beside_other(text):
        return HoursReading(None)  # "rakentaminen 40 h; koneet 20 h": machine or paid hours are asked on their own line
    if len(nums) > 1 and all(n.unit == "hours" for n in nums) and (labelled or all(
            _AND.match(text[a.end:b.start]) for a, b in zip(nums, nums[1:]))):
        whole = sum((n.value for n in nums), Decimal(0))
        starts = [0] + [n.end for n in nums[:-1]]
        labels = [text[start:n.start].rsplit(":", 1)[-1] if i == 0 else text[start:n.start] for i, (n, start) in enumerate(zip(nums, starts))]
        marked = [i for i, label in enumerate(labels) if len(nums) > 2 and i in (0, len(nums) - 1) and (
            TOTAL_BEFORE.search(label) or (i and unlabelled(label) and unlabelled(text[nums[i].end:])
                                           and not all(unlabelled(other) for other in labels[1:])))]
        if marked:  # "laavu 50 h; polku 30 h; noin 80 h", "…, yhteensä 80 h": the whole beside its parts, or ask
            n = nums[marked[0]]
            return _hours(n.value, None, upper) if len(marked) == 1 and n.value * 2 == whole else HoursReading(None)
        if len(nums) > 2 and any(GENERAL.search(label) for label in labels):
            return HoursReading(None)  # "talkoot 80 h; laavu 50 h; polku 30 h", "kaikki muu 40 h": the whole or the rest? ask
        if re.search(r"[,;]\s*[a-zäö]{3,}(?!\s*\d)", text[nums[-1].end:]):
            return HoursReading(None)  # "stage 40 h; toilets 20 h; cleaning": an item without its hours
        summed = _hours(whole, None, upper)  # "traktori 8 h ja kaivuri 6 h"
        return HoursReading(summed.value, parts=tuple(n.value for n in nums)) if summed.value is not None else summed
    if len(nums) > 1 and _MORE_AFTER_LAST.search(text[nums[-1].end:]):
        return HoursReading(None)  # "4 konserttia, 8 henkeä, 5 tuntia ja talkoot ennen kesää", "…, posters too": more work
    if any(n.unit == "hours" and _WORK_AFTER.match(text[n.end:]) for n in nums) and len(nums) > 1:
        return HoursReading(None)  # "60 tuntia talkoita ja 3 talkoopäivää": a total of work beside other counts
    kinds = [n.unit for n in nums]
    if ("weekends" not in kinds and "days" not in kinds and "hours_per_weekend" not in kinds and _ONE_WEEKEND.search(text)
            and any(k and k.startswith("hours") for k in kinds)):
        nums.append(Num(ONE, len(text), len(text), unit="weekends"))  # "5 guys for a weekend": two days
        kinds.append("weekends")
    if ("months" in kinds) != ("hours_per_month" in kinds):
        return HoursReading(None)
    if _PERIOD.search(text) and not weekly and not any(k in ("months", "weeks", "hours_per_month", "hours_per_week") for k in kinds):
        return HoursReading(None)
    bare = [n for n in nums if n.unit is None]
    if len(bare) == len(nums) > 1 and all(re.fullmatch(r"\s*\+\s*", text[a.end:b.start]) for a, b in zip(nums, nums[1:])):
        return _hours(sum((n.value for n in nums), Decimal(0)), None, upper)  # "120 + 80 + 40"
    if bare:
        chained = all(TIMES.match(text[a.end:b.start]) for a, b in zip(nums, nums[1:]))
        if len(nums) == 1:
            if (_PEOPLE_WORD.search(text) and not (_HOURS_JUST_BEFORE.search(text[:nums[0].start])
                                                   and re.fullmatch(r"[\s.!]*", text[nums[0].end:]))) or PEOPLE.match(
                    text[nums[0].end:]) or _PEOPLE_BEFORE.search(text[:nums[0].start]):
                return HoursReading(None)  # "meitä on 5 + naapurit": a count of people, not hours
            return _hours(nums[0].value, None, upper)
        if not chained:
            return HoursReading(None)
        return _product(nums, upper)
    if len(kinds) != len(set(kinds)) or sum(1 for k in kinds if k.startswith("hours")) > 1:
        return HoursReading(None)  # "200 h, 20 h per henkilö": a total and a share, or two shares
    if kinds == ["hours"]:
        return _hours(nums[0].value, None, upper)
    if kinds == ["hours_per"]:
        return HoursReading(None)  # "one hour per day", "40 h each": per day or person, but how many?
    if "weeks" in kinds and "hours_per_week" not in kinds:
        return HoursReading(None)
    if "hours_per_week" in kinds and "weeks" not in kinds:
        return HoursReading(None)
    if "hours_per_weekend" in kinds and "weekends" not in kinds:
        return HoursReading(None)
    if "weekends" in kinds and "days" in kinds and not any(
            n.unit == "days" and _EACH_WEEKEND.match(text[n.end:]) for n in nums) and not all(
            TIMES.match(text[a.end:b.start]) for a, b in zip(nums, nums[1:])):  # "3 weekends × 2 days × …" says it
        return HoursReading(None)  # "2 viikonloppua ja 1 päivä": days besides the weekends, or in them? ask
    if not any(k.startswith("hours") for k in kinds):
        return HoursReading(None)
    if "people" not in kinds and _PEOPLE_WORD.search(text):
        return HoursReading(None)  # "3 päivää, 8 h päivässä, porukkaa tulee mitä tulee": how many people?
    if sorted(kinds) == ["hours", "people"] and not all(TIMES.match(text[a.end:b.start]) for a, b in zip(nums, nums[1:])):
        if next(n for n in nums if n.unit == "hours").value >= 100:
            return HoursReading(None)  # "300 tuntia, 15 talkoolaista": everyone's 300 or 300 in all? ask
    if "people" in kinds and "days" in kinds and any(n.unit == "hours" and n.value > 12 for n in nums):
        return HoursReading(None)  # "4 konserttia, 8 henkeä, 40 tuntia": 40 h a concert each, or in all? ask
    if "weekends" in kinds and "days" not in kinds and "hours_per_weekend" not in kinds and not both_days and all(
            TIMES.match(text[a.end:b.start]) for a, b in zip(nums, nums[1:])):
        written = _product([replace(n, unit=None) if n.unit == "weekends" else n for n in nums], upper)
        return replace(written, doubt="guess") if written.value is not None else written  # "10 nuorta x 8 viikonloppua x 6h":
        # the product as written (480), proposed: one day a weekend, or both?
    return _product(nums, upper)


# both days of each weekend said: "(sat+sun)", "(la+su)", "la ja su", "saturday and sunday"
_BOTH_WEEKEND_DAYS = re.compile(r"\b(?:sat|saturdays?|la|lauantai\w*)\s*(?:\+|&|and|ja|-|–)\s*(?:sun|sundays?|su|sunnuntai\w*)\b|"
                                r"\bboth\s+days\b|\bmolempina\s+päivinä\b", re.IGNORECASE)


def _total_before(before: str) -> bool:
    """A total's mark right before a figure; "eli" with no figure before it restates a length ("puol päivää eli 4 tuntia")."""
    mark = TOTAL_BEFORE.search(before)
    return mark is not None and (mark.group(1) != "eli" or re.search(r"\d", before[:mark.start()]) is not None)


def _product(nums: list[Num], upper: bool) -> HoursReading:
    factors = []
    # "2 viikonloppua, 2 days each": the weekend's days are counted already
    per_weekend = any(num.unit in ("hours_per_weekend", "days") for num in nums)
    for num in nums:
        factors.append(num.value * 2 if num.unit == "weekends" and not per_weekend else num.value)
    total = ONE
    for factor in factors:
        total *= factor
    return _hours(total, tuple(factors) if len(factors) > 1 else None, upper)


def _hours(value: Decimal, factors: tuple[Decimal, ...] | None, upper: bool) -> HoursReading:
    if value < 0 or value > MAX_HOURS:
        return HoursReading(None)
    value = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return HoursReading(value.quantize(ONE) if value == value.to_integral() else value, factors, upper)


def format_hours(value: Decimal, lang: str) -> str:
    """``360 h``, ``1 200 h``, ``12,5 h`` in Finnish; ``1,200 h``, ``12.5 h`` in English; never ``3.6E+2``."""
    number = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if number == number.to_integral():
        number = number.quantize(ONE)
    return f"{format_decimal(number, format='#,##0.#', locale='fi_FI' if lang == 'fi' else 'en_GB')} h"
