"""Amounts read from the role of each figure (round 16): proposed to the person, or still asked."""

from decimal import Decimal

import pytest

from bot.domain.understand_numbers import understand_amount


def _lang(text: str) -> str:
    return "en" if text.startswith("en:") else "fi"


@pytest.mark.parametrize("text, euros", [
    ("en:trip to Nový Bor for 8 persons, around 9000 eur", 9000),
    ("en:nets for cricket 2 lanes approx 3.2k", 3200),
    ("valot maksaa noin 24 tuhatta, siinä on 60 tolppa", 24000),
    ("työpajat kuusi kertaa 500 euroa", 3000),
    ("en:Electrical work: 3 times 1 150 € for the three rooms.", 3450),
    ("Kahvitukseen kerhokerroille ajattelin 50 euroo kerta, ja kertoja tulloo noin 40.", 2000),
    ("en:food for cooking evening around 150€ one evening, we plan 40 evenings", 6000),
    ("sähkömiäs ottaa tunnilt 55 e ja arvio o 40 tuntii", 2200),
    ("majotus Neidenissä 12 henkeä kolme yötä 80 euroa yö", 2880),
    ("Bussi maksaa 600 euroa yksi retki. Me teemme kolme retkeä.", 1800),
    ("Kaksi valokuvaskanneria, kumpikin 350 euroa.", 700),
    ("opettajan palkkio 250 e kuus, 10 kuukautta", 2500),
    ("valmentajan palkkio 40 e/h, 2 h viikos, 20 viikkoo", 1600),
    ("en:Gravel: 300 tonnes at EUR 18 per tonne, delivered.", 5400),
    ("Tarjoiluihin viisisataa... ee ku kaheksansataa, ku niitä avoimia ovia on kolome", 800),
    ("ääh, 48 000... ei, 51 500 koska mä unohdin suunnittelu 3500", 51500),
    ("en:We first said 150 000, but after talking with the funder we reduced it to 130 000 €.", 130000),
    ("en:100k? no, that was the first draft, now it's 94k", 94000),
    ("Vuokra meijeristä on kolomesataa euroa kuukauvessa, kahen vuojen ajalta siis seittemäntuhatta kahsataa", 7200),
    ("keittiö ehkä kymmenen, kakstoista tonnia", 12000),
    ("solpaneler 9 kW, noin 11-12 tusen", 12000),
    ("tarvikkeisiin menis viistuhatta, ehkä kuus", 6000),
    ("Kokonaisbudjetti noin 45 tonnia, kanske 48", 48000),
    ("laituri seittemän kahdeksan tuhatta riippuu puutavarasta", 8000),
    ("en:Between 150 000 and 165 000, I am not certain yet.", 165000),
    ("mellan 8 000 och 10 000, jotain siltä väliltä", 10000),
    ("kokonaisbudjetti 38 000 ja siitä talkoo on 6 000", 38000),
    ("en:total's 38k, but like 5k of that is talkoot", 38000),
    ("Luiskasta meillä on kaksi tarjousta, 4 800 € ja 5 300 €, ja aiomme valita näistä edullisemman.", 4800),
    ("Tarvikkeet 2 300 € ja kurssin vetäjän palkkio 1 200 €.", 3500),
    ("satula 1200e ja kypärät 10kpl á 60e", 1800),
    ("mummo laski: 12 tuolia á 85e ja pöydät 600e, eli kaikki yhteensä siinä", 1620),
    ("katos 38 400 + luiskat 9 800 + wc 4 200 niin siitä se summa tulee", 52400),
    ("palkkakulut 30 000 ja siihen se 40 % flat rate päälle, koko budjetti on siis sen mukahan", 42000),
])
def test_the_figure_meant_is_proposed(text, euros):
    reading = understand_amount(text.removeprefix("en:"), lang=_lang(text))
    assert reading.value == Decimal(euros)
    assert reading.doubt  # shown with "is this right?" before it is saved


@pytest.mark.parametrize("text, euros", [
    ("pualtoista tonnia mainoksiin", 1500), ("puolentoista tonnin verran ne kyltit", 1500), ("puol tonnii", 500),
    ("kaks ja puol tonnia", 2500), ("parikyt tonnia", 20000), ("en:fourty thousand for the trail work", 40000),
    ("palakkoihin noin seihtemänkymmentätuhatta", 70000), ("Sähkötyöt kolome tuhatta nelisataa euroa", 3400),
])
def test_spoken_money_words(text, euros):
    assert understand_amount(text.removeprefix("en:"), lang=_lang(text)).value == Decimal(euros)


@pytest.mark.parametrize("text", [
    "pari tonnia", "en:depends 🤷 maybe 5k maybe 10k", "en:maybe 10 000 maybe 15 000, i will count it with the board",
    "8000 ja kunta antaa 2000", "Hallitus esitti 6 000 €, toiminnanjohtaja 9 000 €.", "en:15k per season, maybe two seasons",
    "en:The two quotes we have received are 9 850 € and 11 200 €, and the board has not yet chosen between them.",
    "Palkkakulut 24 000 € ja matkat 3 500 €. Muita kuluja en ole vielä laskenut.", "en:machine rental 150 €/hour",
    "250 € kuukaudessa", "laitteet 1200 + remppa 3000 = 4500", "Kaksi vaihtoehtoa: 7 000 tai 11 000. Hallitus valitsee.",
    "en:we have only 300 € in association account", "en:3000 if we build it ourselves, 5000 if we hire someone",
    "Ruottin puolen kulut noin 50 000 kruunua", "kaksi tai kolme kymppitonnia", "kouluttaja 800 €/pv 2 päivää kummallekin ryhmälle",
    "katto 8000, ikkunat 3500 ja ovet, laske yhteen", "3000 € ja lisäks tarvikkeet", "en:3000, and a bit for coffee",
    "Kota 9000 €, asennettuna 11 000 €", "Kustannukset 10 000, Leader 7 000", "en:interpreter 50 € per hour, maybe 4 hours a month",
])
def test_still_asked(text):
    reading = understand_amount(text.removeprefix("en:"), lang=_lang(text))
    assert reading.value is None


def test_dates_corrected_with_an_asterisk_or_a_bare_no():
    from datetime import date
    from bot.domain.understand_dates import understand_date
    for text, want in [("maaliskuu *huhtikuu", date(2027, 4, 1)),
                       ("elokuussa, ei, syyskuussa, koska elokuussa monet perhe on matkalla", date(2027, 9, 1))]:
        assert understand_date(text, role="start", today=date(2026, 12, 4), lang="fi", start=None).value == want


@pytest.mark.parametrize("text, euros", [
    ("yks puol tonnia", 1500), ("3 kybää", 300), ("nelisen sataa euroa", 400),
])
def test_spoken_money_words_after_review_30(text, euros):
    assert understand_amount(text, lang="fi").value == Decimal(euros)


@pytest.mark.parametrize("text", ["Puoli tonnia soraa", "5 kybää ja viiskymppiä", "A-malli 5 000 ja B-malli 8 000",
                                  "en:We have 2 000 saved, so 8 000 is needed", "3000 e? ei, se on 500 e per hlö, 6 hlö",
                                  "Vuokra 50 € kerta, 10–12 kertaa", "Tulkki 90 € tunti, 2 päivää"])
def test_review_30_cases_are_not_taken(text):
    reading = understand_amount(text.removeprefix("en:"), lang=_lang(text))
    assert reading.value is None or reading.doubt and reading.value not in (Decimal(13000), Decimal(8000), Decimal(500),
                                                                              Decimal(6000), Decimal(180))


@pytest.mark.parametrize("text, euros", [
    ("Talkoolaisten kaffeihi ja ruakii varattas vaik 50 euroo kerral, kymmene kertaa.", 500),
    ("en:3 laavu, each 7 500", 22500),
    ("en:With the flat rate 40 % on top of the salaries of 80 000, it is 112 000 in total.", 112000),
])
def test_after_the_fresh_pair_83_84(text, euros):
    reading = understand_amount(text.removeprefix("en:"), lang=_lang(text))
    assert reading.value == Decimal(euros) and reading.doubt


def test_a_remark_that_there_are_no_others_is_no_item():
    from bot.domain.understand_lists import split_items
    assert split_items("viljandin sirkuskoulu, muita ei oo viel") == ["viljandin sirkuskoulu"]
    assert split_items("kunta, seurakunta, muita ei ole vielä") == ["kunta", "seurakunta"]
