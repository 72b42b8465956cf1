"""Sample drafts with every contract field, for the paper tests and scripts/render_paper.py."""

from __future__ import annotations

from datetime import date

from bot.domain.interview import Draft

TODAY = date(2026, 12, 4)

LEADER_FI = {
    "track": "leader", "leader_type": "development", "international": "no", "org_type": "association",
    "org_name": "Pohjoistuulen kyläyhdistys ry", "contact": "Maija Virtanen, puheenjohtaja, 040 123 4567, maija.virtanen@example.fi",
    "title": "Vihreä kylä – kierrätystä ja energiansäästöä yhdessä",
    "need": "Kylässämme on noin 300 asukasta. Lähin kierrätyspiste on 25 kilometrin päässä, ja sähkön hinta on "
            "nostanut kylätalon kulut kaksinkertaisiksi.\nKyläkokouksessa keväällä moni toivoi yhteistä ratkaisua.",
    "goal": "Kylään syntyy yhteisöllinen kierrätyspiste ja energiansäästöryhmä, ja kylätalon energiankulutus pienenee viidenneksellä.",
    "target_group": "Kylän asukkaat, erityisesti lapsiperheet ja eläkeläiset, noin 120 osallistujaa.",
    "municipality": "Sodankylä", "leader_group": "pohjoisin-lappi",
    "area": "Pohjoistuulen kylä ja lähikylät Sodankylässä",
    "strategy_fit": "Ryhmän strategian painopiste on elinvoimaiset ja vähähiiliset kylät; hanke lisää kylän omaa toimintaa.",
    "actions": ["1. Kyläkysely kierrätyksen ja energiankäytön tarpeista (syksy 2027)\n2. Kolme talkoopäivää kierrätyspisteen rakentamiseksi\n"
                "3. Energiaillat asiantuntijan kanssa 4 kertaa vuodessa"],
    "work_plan": ["Kyläkysely – hallitus – 9/2027", "Kierrätyspisteen suunnittelu – hankevetäjä ja jätehuolto – 10–12/2027",
                  "Talkoopäivät – kyläläiset – 5/2028", "Energiaillat – energianeuvoja – 2028–2029"],
    "doers": "Yhdistys palkkaa osa-aikaisen hankevetäjän (60 %). Talkoot tekevät kyläläiset.",
    "partners": ["Sodankylän kunta – aiesopimus neuvotteilla", "Lapin jätehuolto – neuvoo kierrätyspisteen suunnittelussa"],
    "start": "2027-09-01", "end": "2029-08-31",
    "results": "Kylässä on toimiva kierrätyspiste ja 20 kotitaloutta on mukana energiansäästöryhmässä.",
    "indicators": ["Talkoisiin ja energiailtoihin osallistuneiden määrä (tavoite 120)", "Kyläläisten tyytyväisyys"],
    "resources": "Yhdistyksellä on 85 jäsentä, oma kylätalo ja vakiintunut talkooporukka.",
    "risks": "Talkooväen väsyminen ja kustannusten nousu.",
    "communication": "Kylän Facebook-ryhmä ja tiedote paikallislehteen.",
    "sustainability": "Hanke vähentää ajoa kaupunkiin ja sähkönkulutusta.",
    "continuation": "Kierrätyspisteen hoito siirtyy yhdistyksen talkootoiminnaksi.",
    "talkoot_plan": "Kyläläiset (noin 20 henkeä) rakentavat kierrätyspisteen kolmena talkoopäivänä ja hoitavat sitä vuorotellen; yhteensä noin 320 tuntia.",
    "leader_rate": 100,
    "leader_costs": {"personnel": "22000", "travel": "1500", "services": "6500", "rent": "1000", "other": "3000"},
    "talkoot": {"volunteer_hours": "320", "machine_hours": "0"},
    "own_sources": ["yhdistyksen omat varat 1 000 €", "kunnan avustus 2 000 €", "loput talkootyönä"],
}

LEADER_INVESTMENT_EN = {
    **{k: v for k, v in LEADER_FI.items() if k not in ("leader_costs", "talkoot", "own_sources", "leader_rate")},
    "leader_type": "investment", "title": "Village hall roof and accessible entrance",
    "org_name": "North Wind Village Association",
    "target_group": "All villagers",
    "actions": ["Improve the accessibility of the village hall", "Strengthen community spirit"],
    "ownership": "The association owns the village hall and its plot (registered 1987).",
    "permits_quotes": "Building permit needed for the ramp; two quotes for the roof received, a third requested.",
    "leader_rate": 65,
    "leader_costs": {"services": "12000", "equipment": "6000", "planning": "2000", "other": "0"},
    "talkoot": {"volunteer_hours": "800", "machine_hours": "100"},
    "own_sources": ["association's savings 2,000", "donations"],
}

ESR_FI = {
    "track": "esr", "org_type": "association", "org_name": "Kylän olohuone ry",
    "contact": "Aino Heikkinen, 044 765 4321, aino@example.fi", "title": "Kylän olohuone – yhdessä arjen voimaa",
    "esr_objective": "inclusion",
    "need": "Kunnassamme on paljon pitkäaikaistyöttömiä ja osatyökykyisiä, joilla ei ole arjessa paikkaa tavata muita.",
    "goal": "Osallistujat löytävät arkeensa rytmiä ja yhteisön, ja osa siirtyy opiskelemaan tai työkokeiluun.",
    "target_group": "Kunnan pitkäaikaistyöttömät ja osatyökykyiset",
    "municipality": "Iisalmi", "area": "Iisalmen keskusta ja lähikylät",
    "actions": ["Vahvistetaan osallisuutta", "Lisätään hyvinvointia"],
    "doers": "Yhdistys palkkaa kokoaikaisen hanketyöntekijän ja osa-aikaisen ohjaajan.",
    "partners": ["Iisalmen kaupunki – aiesopimus", "Seurakunnan diakoniatyö"],
    "start": "2027-03-01", "end": "2029-02-28",
    "results": "Osallistujien hyvinvointi paranee.",
    "indicators": ["Osallistujia vähintään 40", "Opiskeluun tai työkokeiluun siirtyneet (tavoite 10)"],
    "resources": "Yhdistys on pyörittänyt ruoka-apua kuusi vuotta.",
    "risks": "Osallistujia ei tavoiteta – teemme yhteistyötä ruoka-avun ja kunnan työllisyyspalvelujen kanssa.",
    "horizontal": "Toiminta on maksutonta ja esteetöntä; ryhmiin kutsutaan tasapuolisesti naisia ja miehiä. Ruokaryhmä vähentää hävikkiä.",
    "participants_reach": "Ruoka-avun jonossa, kunnan työllisyyspalveluissa ja seurakunnan kautta; osallistujat suunnittelevat ohjelmaa itse.",
    "participant_data": "Osallistujat täyttävät tiedot itse EURA2021:n osallistujalomakkeella, ohjaaja auttaa tarvittaessa.",
    "continuation": "Kaupungin kanssa neuvotellaan kohtaamispaikan vakinaistamisesta.",
    "esr_staff": [{"role": "Hanketyöntekijä", "months": 24, "per_month": "3500", "share": 100},
                  {"role": "Ohjaaja", "months": 24, "per_month": "3000", "share": 50},
                  {"role": "Kirjanpito ja hallinto", "months": 12, "per_month": "500", "share": 100}],
    "own_sources": ["yhdistyksen omat varat 10 000 €", "Iisalmen kaupungin avustus 20 000 €"],
}

COACH_OPEN = {"LEADER_FI": {"indicators": ["indicator_no_number"], "risks": ["risks_no_mitigation"]},
              "LEADER_INVESTMENT_EN": {"target_group": ["target_group_who"]},
              "ESR_FI": {"actions": ["actions_as_goals"], "results": ["results_no_measure"]}}

SAMPLES = {"leader-fi": (LEADER_FI, "fi", "LEADER_FI"), "leader-investment-en": (LEADER_INVESTMENT_EN, "en", "LEADER_INVESTMENT_EN"),
           "esr-fi": (ESR_FI, "fi", "ESR_FI"), "esr-en": (ESR_FI, "en", "ESR_FI")}


def draft(name: str) -> tuple[Draft, str]:
    """A reviewed draft and its language; ``coach_open`` set as the interview stores kept flags."""
    answers, lang, key = SAMPLES[name]
    d = Draft(answers=dict(answers), current=None, mode="review", accepted_org=True)
    d.coach_open = dict(COACH_OPEN[key])  # type: ignore[attr-defined]
    return d, lang
