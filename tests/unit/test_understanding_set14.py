"""Readings found wrong or missing on frozen typed-answer set 14 (and the rules they led to), pinned."""

from datetime import date
from decimal import Decimal

import pytest

from bot.domain.parsing import match_choice, split_items, understand_amount, understand_date, understand_hours
from bot.domain.understand_doubt import says_nothing_yet, split_doubt

TODAY = date(2026, 12, 4)
INTL = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}
ORG = {"association": ["Rekisteröity yhdistys", "Registered association"], "informal": ["Rekisteröimätön porukka", "Unregistered group"],
       "company": ["Yritys (oy tai osuuskunta)", "Company (limited company or cooperative)"]}
TRACK = {"esr": ["ESR+"], "leader": ["Leader"], "notsure": ["En ole varma", "Not sure"]}


@pytest.mark.parametrize("text, euros", [
    ("laavu 4000 + polku 2500", 6500), ("materials 3k plus labour 1.5k", 4500), ("18 000 e (alv 0)", 18000),
    ("kaks laituria á 4 500 €", 9000), ("yks 7000 varmaa", 7000), ("about 3k per event, we plan 4 events", 12000),
    # after an adversarial review of the rules above
    ("kolme satasta", 300), ("6 iltaa á 250 €", 1500), ("6 iltaa x 250 €", 1500), ("4 events at 1500 € each", 6000),
    ("20 henkeä á 15 €", 300), ("kahvitus 20 hengelle 150 €", 150),
    ("koneet 5000 ja tarvikkeet 2000, yht 7000", 7000),  # "yht" is "yhteensä" (seventeenth session)
])
def test_amounts(text, euros):
    assert understand_amount(text, lang="fi").value == Decimal(euros)


@pytest.mark.parametrize("text", ["1500 per event", "palkat 20 000 ja matkat 5 000", "vähän päälle 10k, sanotaan 11 000",
                                  "laavu 4000, josta tuki 2000",
                                  # an adversarial review: a comma or "ja" joins alternatives, funding and parts too
                                  "veroton 4500, verollinen 5580",
                                  "minimi 5000 ja maksimi 8000", "lean-to 4000, path 2500, together 6500",
                                  "kokonaiskustannukset 20 000, avustus 14 000", "halvin tarjous 8500, kallein 9200",
                                  "ikkunat 9600 ja siitä asennus 2000", "Ostopalvelut 18 000 + laitteet 9 000",
                                  "300 €/ilta, 2 iltaa kuussa", "2500 per event, 4 events a year", "pari satasta",
                                  "esiintyjä 500, 2 iltaa", "ostetaan 2 laituria hintaan 9000 €"])
def test_amounts_not_guessed(text):
    reading = understand_amount(text, lang="fi")
    assert reading.value is None or reading.doubt  # asked again, or proposed with its working to confirm


@pytest.mark.parametrize("text, hours", [
    ("Noin 60 tuntia kunnostukseen ja 40 tapahtumiin", 100), ("100 h kesällä ja 60 h syksyllä", 160),
    ("60 hours for building + 25 for the opening event", 85), ("satanen tuntia", 100), ("yks 50 tuntia", 50),
    ("tuhannen tunnin tienoilla", 1000), ("300 tuntia yhteensä, 15 henkeä", 300), ("12 volunteers, a total of 150 hours", 150),
    ("Noin 15 jäsentä, yhteensä arviolta 300 tuntia", 300), ("30 tuntia talkoita + 20 tuntia hallituksen työtä", 50),
])
def test_hours(text, hours):
    assert understand_hours(text, lang="fi").value == Decimal(hours)


@pytest.mark.parametrize("text", ["meitä on 5 + naapurit, tehdään viikonloppuna", "3 päivää, 8 h päivässä, porukkaa tulee mitä tulee",
                                  "300 tuntia, 15 talkoolaista", "talkoot 200 h ja siitä traktorilla 20 h",
                                  "joka lauantai 4 tuntia, 8 henkeä", "60 tuntia talkoita ja 3 talkoopäivää"])
def test_hours_not_guessed(text):
    assert understand_hours(text, lang="fi").value is None


def test_dates():
    assert understand_date("we plan to start in the beginning of mars 2027", role="start", today=TODAY, lang="en").value == date(2027, 3, 1)
    assert understand_date("kahen viikon päästä", role="start", today=TODAY, lang="fi").value == date(2026, 12, 18)
    assert understand_date("vuoden verran", role="end", today=TODAY, lang="fi", start=date(2027, 2, 1)).value == date(2028, 1, 31)


def test_choices():
    assert match_choice("ei nyt, ehkä joskus myöhemmin", INTL, lang="fi", question="international") == "no"
    assert match_choice("yhdistys perustettu mut rekisteröinti on vielä kesken", ORG, lang="fi", question="org_type") is None
    assert match_choice("we have our own rules but we never registered", ORG, lang="en", question="org_type") == "informal"
    assert match_choice("ry tai sit osuuskunta, ei oo päätetty", ORG, lang="fi", question="org_type") is None
    assert match_choice("Sepra", TRACK, lang="fi", question="track") == "leader"
    assert match_choice("No, maybe later with Estonia", INTL, lang="en", question="international") is None
    assert match_choice("Ei nyt, mutta ensi vuonna virolaisten kanssa", INTL, lang="fi", question="international") is None
    assert match_choice("Ollaan kuudestaan, ei mitään hajua", TRACK, lang="fi", question="track") != "leader"
    assert match_choice("Osuuskunta perusteilla", ORG, lang="fi", question="org_type") is None


@pytest.mark.parametrize("text", ["ei oo vielä päätetty", "sama ku hakemuksessa", "kaikki mitä tarvitaan kylätaloon",
                                  "not sure yet, we have many ideas", "the same things as in the plan I sent"])
def test_nothing_to_write_down_yet(text):
    assert says_nothing_yet(text)


@pytest.mark.parametrize("text", ["laavu ja kota", "samat tuolit kuin ennen uusiksi", "kylätalon remontti", "en-ru-fi kurssit",
                                  "not only the hall but also the sauna", "Ei tiedossa olevia riskejä",
                                  "Not sure we'll get enough volunteers, so we'll start recruiting early",
                                  "Ei oo viel päätetty nimeä, työnimi Kylän Olohuone", "Emmä tiiä, varmaan kylän lapsiperheet",
                                  "sama kuin hakemuksessa: laavu ja kota"])
def test_answers_are_answers(text):
    assert not says_nothing_yet(text)


@pytest.mark.parametrize("text, parts", [
    ("retki Tallinnaan ja kyläjuhla", ["retki Tallinnaan", "kyläjuhla"]),  # "Tallinnaan" is a place, not a passive verb
    ("study trip to Estonia and a joint seminar with the Estonian village", ["study trip to Estonia", "a joint seminar with the Estonian village"]),
    ("Kesäteatteri ja sen 3 esitystä", ["Kesäteatteri", "sen 3 esitystä"]), ("kunnostus ja maalaus", ["kunnostus", "maalaus"]),
    ("Leikkipuiston rakentaminen ja aitaaminen", ["Leikkipuiston rakentaminen", "aitaaminen"]),
    ("sound and lighting", ["sound", "lighting"]), ("keittiön remontti, pöydät ja tuolit", ["keittiön remontti", "pöydät ja tuolit"]),
    # adversarial review 5: a shared head, a detail or a second thing are all possible here, so the bot asks
    ("Events for seniors and families with kids", ["Events for seniors", "families with kids"]),
    ("clean-up day + bbq", ["clean-up day", "bbq"]), ("Keittiö + ruokasali remontti", ["Keittiö", "ruokasali remontti"]),
    ("digital skills courses, a tablet lending library", ["digital skills courses", "a tablet lending library"]),
    ("Kesäjuhla, elokuun alussa", ["Kesäjuhla", "elokuun alussa"]), ("Lasten kerho, MLL vetää", ["Lasten kerho", "MLL vetää"]),
    ("Siivoustalkoot keväällä ja kesäjuhla elokuussa", ["Siivoustalkoot keväällä", "kesäjuhla elokuussa"]),
    ("Retki Tallinnaan ja Helsinkiin", ["Retki Tallinnaan", "Helsinkiin"]),
    ("Saunan rakentaminen ja sen varustus", ["Saunan rakentaminen", "sen varustus"]),
])
def test_one_thing_or_several_is_asked(text, parts):
    assert split_doubt(text) == parts


@pytest.mark.parametrize("text, items", [
    ("kyläsuunnitelman päivitys, kyläillat (4 kpl) ja nettisivut.", ["kyläsuunnitelman päivitys", "kyläillat (4 kpl)", "nettisivut"]),
    ("fix the sauna; paint the hall; buy tables and chairs for the hall", ["fix the sauna", "paint the hall", "buy tables and chairs for the hall"]),
    ("uuden venerannan rakentaminen; vanhan purku; opasteet ja penkit", ["uuden venerannan rakentaminen", "vanhan purku", "opasteet ja penkit"]),
    ("kaks juttua: kuntoportaat ja ulkokuntosali", ["kuntoportaat", "ulkokuntosali"]),
    ("remontti, lähinnä katto ja ikkunat", ["remontti, lähinnä katto ja ikkunat"]),
    ("digital skills sessions for seniors, weekly coffee mornings, and a youth film club",
     ["digital skills sessions for seniors", "weekly coffee mornings", "a youth film club"]),
    ("Tarjousten pyytäminen – hallitus – syyskuu 2027", ["Tarjousten pyytäminen – hallitus – syyskuu 2027"]),
    ("Kävijämäärä, tavoite 300", ["Kävijämäärä, tavoite 300"]), ("Kesäjuhla, 300 kävijää", ["Kesäjuhla, 300 kävijää"]),
    ("Open gym evenings, free of charge", ["Open gym evenings, free of charge"]),
    # an action each with its own object: writers of sets 5-31 read them as two
    ("build an accessible ramp to the hall and renovate the toilet", ["build an accessible ramp to the hall", "renovate the toilet"]),
    # where strangers agree (sets 1-18): a furniture pair is one thing; two tasks, "+" and a plain comma line are their
    # parts (a shared head, "saunan ja pukuhuoneen remontti", is asked since round 16: see test_lists_round16)
    ("pöydät ja tuolit", ["pöydät ja tuolit"]),
    ("Kalastusretket lapsille ja nuorille", ["Kalastusretket lapsille ja nuorille"]),
    ("laavun rakentaminen ja polun kunnostus", ["laavun rakentaminen", "polun kunnostus"]),
    ("aurinkopaneelit+akusto", ["aurinkopaneelit", "akusto"]), ("laavu, kota, huussi", ["laavu", "kota", "huussi"]),
    ("fix the sauna, build a pier", ["fix the sauna", "build a pier"]),
])
def test_lists_read_without_asking(text, items):
    assert split_doubt(text) is None and split_items(text) == items


@pytest.mark.parametrize("text", ["Kyläsauna, lämmitys puulla", "Yoga classes, local teacher", "Lasten kerho, ohjaajana MLL",
                                  "Kävijät / vuosi", "Kylätalon sähkönkulutus kWh / vuosi",
                                  "Nuorten taidepaja. Ohjaajana paikallinen taiteilija. Kesto 3 kk."])
def test_a_thing_and_its_detail_is_never_split_silently(text):
    assert split_doubt(text) is not None or len(split_items(text)) == 1
