"""Fourteenth session: lists with a thing taken back, with the reason said ("ei ku renkaat tulloo auton mukana",
"– nej, ei rukkeja, ne saadaan lainaksi –", "Sorry, remove the camp"), from spent frozen sets 65-70."""

import pytest

from bot.domain.understand_corrections import corrected_items
from bot.domain.understand_doubt import split_doubt


@pytest.mark.parametrize("text, items", [
    ("auto, pyörätuoliluiska, talvirenkaat, ei ku renkaat tulloo auton mukana, ja puhelin", ["auto", "pyörätuoliluiska", "puhelin"]),
    ("Luiskat, katos, valot ei kun valot jätetään pois ne on liian kalliit, ja wc", ["Luiskat", "katos", "wc"]),
    ("vene, vaja, laituri.. ei laituria se on kunnan", ["vene", "vaja"]),
    ("karstauskone, huopaneulat, kehruurukit – nej, ei rukkeja, ne saadaan lainaksi – ja pesuallas",
     ["karstauskone", "huopaneulat", "pesuallas"]),
    ("laturi, kaapelit, lumiketjut, nej stryk det, talvirenkaat", ["laturi", "kaapelit", "talvirenkaat"]),
    ("laptop, projector, sorry not projector, the school has one. and kitchen things", ["laptop", "kitchen things"]),
    ("courses, stone festival, no not festival, too big, exhibition", ["courses", "exhibition"]),
    ("Coaching course, tournament, cricket camp. Sorry, remove the camp, we cannot afford it.", ["Coaching course", "tournament"]),
    ("työkokeilu 10 nuorelle, valmentajakortti 5:lle, eikä sitä turnausta sittenkää", ["työkokeilu 10 nuorelle", "valmentajakortti 5:lle"]),
    ("riskit: laite rikki, ei tarpeeksi omenoita – ei, omenoita on massor – ja ei osaajia", ["laite rikki", "ei osaajia"]),
    ("heat pump, welder, compressor (actually no we have one already), lift", ["heat pump", "welder", "lift"]),
    ("more newcomers find jobs, kids learn Finnish, families stay in Kemijärvi – oh, delete the kids one, the school does that "
     "already", ["more newcomers find jobs", "families stay in Kemijärvi"]),
    ("Liesi, kaks jääkaappia, astianpesukone, ei ku se astianpesukone saatiin jo lahjotuksena, ja kahvinkeitin",
     ["Liesi", "kaks jääkaappia", "kahvinkeitin"]),
    ("kaupunki, Rieska-Leader, K-market, ei ku kauppa ei lähe mukaa, sit seurakunta", ["kaupunki", "Rieska-Leader", "seurakunta"]),
    ("Karttakoulutus, rastiretket, yösuunnistus – ei, yösuunnistus jätetään pois turvallisuussyistä – sekä kuntorastikausi.",
     ["Karttakoulutus", "rastiretket", "kuntorastikausi"]),
    ("Sataa kesällä liikaa, tanssijoita ei tule, sahalta ei saada lautaa, ei kun sahalta saahaan kyllä, se on jo sovittu",
     ["Sataa kesällä liikaa", "tanssijoita ei tule"]),
    ("kaivuutyöt, perustukset, laitteiden asennus. ai niin kaivuut on jo tehty viime kesänä, ne pois", ["perustukset", "laitteiden asennus"]),
    ("järjestysmiehet, eiku ne ostetaa erikseen, ei ne kuulu hankkeesee. lava ja äänentoisto", ["lava", "äänentoisto"]),
    ("Workshops, open studio days, a wee book about the clay pits — no, scratch the book, no time", ["Workshops", "open studio days"]),
])
def test_a_thing_taken_back_with_its_reason_leaves_the_rest(text, items):
    assert corrected_items(text) == items
    assert split_doubt(text) == items  # shown as "these N things?" before anything is noted


@pytest.mark.parametrize("text, items", [
    ("laite rikki, ei tarpeeksi omenoita, ei osaajia", None),  # risks said with a "not": the list reader's, no correction
    ("kahvinkeitin, ei ku se iso kahvinkeitin, ja liesi", ["se iso kahvinkeitin", "liesi"]),  # the same thing put better
])
def test_a_not_that_takes_nothing_back_keeps_the_things(text, items):
    assert corrected_items(text) == items


def test_a_named_thing_is_not_a_word_that_only_starts_alike():
    assert corrected_items("kaupunki, kauppa, ei ku kauppa ei lähe mukaa") == ["kaupunki"]


@pytest.mark.parametrize("text, items", [
    ("talkooväki vanhenee. rahat ei riitä jos hinnat nousee. Vesivahinko vanhassa talossa",
     ["talkooväki vanhenee", "rahat ei riitä jos hinnat nousee", "Vesivahinko vanhassa talossa"]),
    ("äidit oppii suomea. äidit saa ystäviä. äidit löytää työ tai koulutus",
     ["äidit oppii suomea", "äidit saa ystäviä", "äidit löytää työ tai koulutus"]),
    ("Yoga classes. Twice a week. In the village hall.", ["Yoga classes", "Twice a week", "In the village hall"]),
])
def test_short_sentences_are_asked_one_thing_or_several(text, items):
    """Sentences of more than two words may be a thing and its details (review 28): both readings are offered."""
    from bot.domain.understand_lists import split_items
    assert len(split_items(text)) == 1 and split_doubt(text) == items


@pytest.mark.parametrize("text, items", [
    ("Ensin purku sitten perustukset sen jälkeen katon runko ja lopuksi maalaus", ["purku", "perustukset", "katon runko", "maalaus"]),
    ("study trip to estonia, solar panels on the village hall, energy workshops, estonian visit to kemijärvi",
     ["study trip to estonia", "solar panels on the village hall", "energy workshops", "estonian visit to kemijärvi"]),
    ("To bring immigrants and locals together, to give kids a new sport, and to use the empty field.",
     ["To bring immigrants and locals together", "to give kids a new sport", "to use the empty field"]),
])
def test_short_sentences_sequences_and_english_comma_lists_are_parted(text, items):
    from bot.domain.understand_lists import split_items
    assert split_items(text) == items


def test_an_ordinal_full_stop_is_no_sentence_end():
    from bot.domain.understand_lists import split_items
    text = "Kurssi 1. ja 2. luokkalaisille sekä heidän vanhemmilleen"
    assert split_items(text) == [text]


@pytest.mark.parametrize("text", [
    "No kaikkee sitä mitä tarvii et teatteri pysyy pystyssä", "idk just stuff for the youth",
    "en ymmärrä mitä tähän pitää kirjoittaa", "the usual things like in other projects",
    "no kaikkee sellasta mitä kylällä nyt tarvitaan tiiäthän sää", "Tätä täytyy vielä pohtia hallituksessa.",
])
def test_talk_that_names_no_thing_is_asked_again(text):
    from bot.domain.understand_doubt import says_nothing_yet
    assert says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text", ["kahvio ja kirppis, like last year", "kaikkee sitä mitä tarvitaan: lauteet, kiuas",
                                  "en tiedä, varmaan kylän lapsiperheet"])
def test_things_named_beside_such_talk_are_an_answer(text):
    from bot.domain.understand_doubt import says_nothing_yet
    assert not says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text, value, doubt", [
    ("kaks viikkoa arkena 2 hlöä 4h päivässä", 80, None),  # weeks of weekdays: five working days each
    ("3 hlöä 2 vk arkipäivät 4h/pv", 120, None),
    ("4 ppl one work week 7h/day", 140, None),
    ("Six ladies from the garden club, two weeks (weekdays), three hours a day.", 180, None),
    ("viikon verran 5 hlöä 6h päivässä", 150, "guess"),  # five days or seven? proposed
    ("one week, 6 volunteers, 7 h/day", 210, "guess"),  # asked before 6.12.2026 (review 8); now proposed with its working
    ("yhteensä 320 tuntia, siitä 40 tuntia tekee se palakattu ohjaaja", 280, "people"),  # the paid share out
    ("300 hrs total incl 60 hrs by the paid trail builder", 240, "people"),
])
def test_weeks_and_a_paid_share_are_counted_as_an_advisor_would(text, value, doubt):
    from bot.domain.understand_hours import understand_hours
    reading = understand_hours(text, lang="fi")
    assert (reading.value, reading.doubt) == (value, doubt)


def test_every_day_for_weeks_is_not_five_days_a_week():
    from bot.domain.understand_hour_parts import weeks_as_days
    text = "One volunteer on stable duty 2 h a day, every day for 10 weeks while we build"
    assert weeks_as_days(text) == text


@pytest.mark.parametrize("text, value", [
    ("laitteet 13 200, kaapit 5 600, koulutus 4 500, muut 2 700, yht 26 000", 26000),
    ("Brochures 1 200 € and the map 800 €, so 2 000 together.", 2000),
])
def test_a_total_said_as_yht_or_together(text, value):
    from bot.domain.understand_numbers import understand_amount
    assert understand_amount(text, lang="fi").value == value


YES_NO = {"yes": ("Kyllä",), "no": ("Ei",)}


@pytest.mark.parametrize("text, key", [
    ("ei, ei tässä mitää ulkomaita", "no"), ("ei mitää kv-juttui", "no"),
    ("Not in this phase, although we may consider it later.", "no"),
    ("no jos löydettäis kumppani Virosta ni mikäs siinä", None),  # the Finnish "no" is "well"
    ("no ehkä, jos saadaan ruotsalaiset kuskit mukaan", None),
])
def test_an_answer_that_opens_with_no_is_a_no_read_back(text, key):
    from bot.domain.understand_choice_guess import read_choice
    got, read_back = read_choice(text, YES_NO, lang="fi", question="international")
    assert got == key and read_back == (key is not None)


def test_a_question_corrected_at_once_is_the_corrected_choice():
    from bot.domain.understand_choice_guess import read_choice
    options = {"development": ("Kehittämishanke",), "investment": ("Investointihanke",), "training": ("Koulutushanke",),
               "cooperation": ("Yhteistyöhanke",)}
    assert read_choice("yhteistyö? ei ku investointi", options, lang="fi", question="leader_type") == ("investment", True)


@pytest.mark.parametrize("text, items", [
    ("astianpesukone, kiertoilmauuni, liesituuletin. Uuni jää pois, liian kallis", ["astianpesukone", "liesituuletin"]),
    ("pajatila, kerho joka jatkaa, ja se nettisivu, ei ku unohetaan se nettisivu", ["pajatila", "kerho joka jatkaa"]),
    ("Riskit: sää, virolaiset eivät tule, rahaa ei riitä. Nej, ta bort sen viimeisen, raha riittää kyllä.",
     ["sää", "virolaiset eivät tule"]),
    ("The library, the parish, the sports club (apologies, please remove the sports club, they declined) and the adult "
     "education centre.", ["The library", "the parish", "the adult education centre"]),
])
def test_more_take_backs(text, items):
    assert corrected_items(text) == items


def test_a_swedish_wait_turns_the_answer_so_it_is_read_back():
    from bot.domain.understand_check import turns
    assert turns("helmikuussa, nej vänta, tammikuussa")  # set 74's silent date: read back since 6.12.2026 (unmeasured)


@pytest.mark.parametrize("text, items", [
    ("tilat kuntoon piste laitteet hankitaan piste koulutetaan vapaaehtoiset piste",
     ["tilat kuntoon", "laitteet hankitaan", "koulutetaan vapaaehtoiset"]),  # full stops said to dictation
    ("actions are trail building comma signage comma and the festival full stop", ["trail building", "signage", "the festival"]),
    ("riskit on sää pilkku ilkivalta pilkku ja aikataulun venyminen", ["sää", "ilkivalta", "aikataulun venyminen"]),
    ("🔹kysely kyläläisille 🔹kuitusuunnitelma 🔹kaivuu 🔹etätyöpiste", ["kysely kyläläisille", "kuitusuunnitelma", "kaivuu", "etätyöpiste"]),
    ("riskit on suuret", ["riskit on suuret"]),  # an intro with no list after it stays as said
])
def test_dictated_stops_diamond_bullets_and_said_intros(text, items):
    from bot.domain.understand_lists import split_items
    assert split_items(text) == items


@pytest.mark.parametrize("text, value", [
    ("Avajaisiin tulloo 6 aikuista 5 tunniks, ja lapsetkin kans auttaa mutta neehän ee laskee", 30),
    ("junnut auttaa kans mut ne on alle 15 nii ei kai lasketa, aikuisii 6 x 2 päivää x 5h", 60),
    ("Our teenagers (13–14 years) will help with the painting but I understand they cannot be counted; the adults will do "
     "about 80 hours.", 80),
    ("Vapaaehtoset tekkee semmonen 20 tuntia kuussa koko kahen vuojen ajan", 480),  # hours a month over two years
    ("Kaks eläkeläistä tulloo auttamaan pajalle, kolome tuntia päivässä, arkipäivinä kuuen viikon ajan", 180),
    ("talkoot 4 500 € värde, 15 €/h", 300),  # the work's value at an hourly rate
])
def test_adults_months_and_values_in_hours(text, value):
    from bot.domain.understand_hours import understand_hours
    assert understand_hours(text, lang="fi").value == value


@pytest.mark.parametrize("text, value, doubt", [
    ("vuokraa kylätalolle 300 e kuukaus kahen vuuen ajan", 7200, "guess"),
    ("Own funding: 35 % of 78 500, which makes 27 475 €.", 27475, "check"),
    ("palakat 70 800, sivukulut noin 14 200 ja siihen se flat rate 40 prossaa päälle, yhteensä tulloo 119 000 euroo", 119000, "check"),
    ("45 000, sori 48 000 unohin valot", 48000, "guess"),
    ("Suunnittelu 4 500 – nej, 5 400, jag vände siffrorna.", 5400, "guess"),
])
def test_amounts_over_years_results_said_and_put_right(text, value, doubt):
    from bot.domain.understand_numbers import understand_amount
    reading = understand_amount(text, lang="fi")
    assert (reading.value, reading.doubt) == (value, doubt)


@pytest.mark.parametrize("text, options, key", [
    ("no just us locals", YES_NO, "no"),
    ("rekisteröimätön porukka vielä mut ollaan perustamassa yhdistystä", None, "informal"),
    ("For the moment we are still an unregistered group; the registration is pending.", None, "informal"),
])
def test_no_in_english_and_an_unregistered_group(text, options, key):
    from bot.domain.understand_choice_guess import read_choice
    options = options or {"association": ("Rekisteröity yhdistys",), "informal": ("Rekisteröimätön porukka",),
                          "company": ("Yritys",)}
    assert read_choice(text, options, lang="en" if text[0].isascii() and " just " in text else "fi", question="org_type"
                       if "informal" in options else "international")[0] == key


@pytest.mark.parametrize("text, start, end", [
    ("The project would last twenty-four months.", "2027-03-01", "2029-02-28"),
    ("Ensvuuen huhtikuussa... ee ku toukokuussa, huhtikuussa on meillä vielä se kevätkokous", None, "2027-05-01"),
    ("We had said April, but on reflection May 2027 is more realistic.", None, "2027-05-01"),
])
def test_dates_said_in_words_and_put_right(text, start, end):
    import sys
    from datetime import date
    sys.path.insert(0, "bench")
    import answers
    item = {"kind": "date", "lang": "en", "role": "end" if start else "start", "text": text, "expect": end}
    if start:
        item["start"] = start
    verdict, _ = answers.judge(item, answers._options(), date(2026, 12, 4))
    assert verdict == "ok"


@pytest.mark.parametrize("text, parts", [
    ("people meet each other, more summer people stay in autumn, young people have something to do",
     ["people meet each other", "more summer people stay in autumn", "young people have something to do"]),
    ("Weather delays. Price increases.", ["Weather delays", "Price increases"]),
])
def test_a_lone_item_that_could_be_several_is_asked_with_both_readings(text, parts):
    from bot.domain.understand_lists import split_items
    assert len(split_items(text)) == 1  # the list rules keep it whole
    assert split_doubt(text) == parts  # "one thing or several?": the read-back as one thing costs the same tap


@pytest.mark.parametrize("text, items", [
    ("osallisuus paranee, arki rytmittyy, osa pääsee töihin tai kouluun 🙏", ["osallisuus paranee", "arki rytmittyy",
                                                                           "osa pääsee töihin tai kouluun"]),
    ("ensin puretaan öljykattila, sitte porataan kaevo, asennetaan maalämpö ja lopuks maalataan kattilahuone",
     ["puretaan öljykattila", "porataan kaevo", "asennetaan maalämpö", "maalataan kattilahuone"]),
])
def test_or_inside_the_last_thing_and_two_actions_in_one_step(text, items):
    from bot.domain.understand_lists import split_items
    assert split_items(text) == items


@pytest.mark.parametrize("text, start, end", [
    ("maaliskuussa, sillon on kaekki valamista", "2027-05-01", "2028-03-31"),  # the first March after a May start
    ("loppuu lokakuu kaksi tuhat kaksikymmentäkahdeksan", "2027-03-01", "2028-10-31"),
    ("vuos riittää", "2027-04-01", "2028-03-31"),
    ("projekti kestää yhden vuoden", "2027-04-01", "2028-03-31"),
    ("end of next January", "2027-03-01", "2027-01-31"),  # "next" is counted from today, and refused as before the start
])
def test_end_dates_after_the_start(text, start, end):
    from datetime import date
    from bot.domain.parsing import understand_date
    reading = understand_date(text, role="end", today=date(2026, 12, 4), lang="fi", start=date.fromisoformat(start))
    assert reading.value == date.fromisoformat(end)


def test_mid_month_said_as_puolesta_valista():
    from datetime import date
    from bot.domain.parsing import understand_date
    reading = understand_date("Tammikuun puolesta välistä", role="start", today=date(2026, 12, 4), lang="fi")
    assert reading.value == date(2027, 1, 15)  # set 78's one silent reading (after the run, unmeasured)
