"""Lists (ninth round, from the spent sets 47-50): answers that name nothing yet, the words that open a whole list,
a mood emoji after an item, a remark sentence after the last item, and corrections in dashes, brackets or after
"tai siis"."""

import pytest

from bot.domain.understand_corrections import corrected_items
from bot.domain.understand_doubt import says_nothing_yet, split_doubt
from bot.domain.understand_lists import split_items


@pytest.mark.parametrize("text", [
    "no sitä mitä viimeks kerroin",
    "kaikkee siistii skideille",
    "no kaikennäköstä kivaa",
    "tuota... kaikkee pittää korjata",
    "kaikki mitä seurantalolla tehrään",
    "kyllä sää tiärät",
    "työ tiijätte paremmin mitä sinne kuuluu",
    "everything for integration",
    "everything what is needed",
    "the same like i wrote in the idea paper",
    "The same actions as in the idea paper we sent to the Leader group in October.",
    "I would prefer to discuss this with the board first.",
    "Toivoisin, että te ehdottaisitte sopivia toimenpiteitä, sillä en ole hanketta ennen tehnyt.",
    "could you suggest some actions?",
])
def test_an_answer_that_names_no_thing_is_asked_again(text):
    assert says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text", [
    "kaikki kyläläiset",
    "kaikki ikäryhmät ja perheet",
    "kaikkea kivaa lapsille, esim. disko",
    "everything for the kitchen: stove, fridge",
    "same kind of events as last year plus a concert",
    "you know, activities for kids and a disco",
])
def test_an_answer_with_things_in_it_is_not_a_non_answer(text):
    assert not says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text, items", [
    ("meijän porukka järjestää kerhoja ikäihmisille, retkiä ja yhteisiä ruokailuja",
     ["kerhoja ikäihmisille", "retkiä", "yhteisiä ruokailuja"]),
    ("grandma wants a choir, a knitting circle and a dance every month", ["a choir", "a knitting circle", "a dance every month"]),
    ("mummo haluu et on kuoro, käsityöpiiri ja tanssit kerran kuussa", ["kuoro", "käsityöpiiri", "tanssit kerran kuussa"]),
    ("ostetaan puukiuas, lauteet ja pelastusrengas", ["puukiuas", "lauteet", "pelastusrengas"]),
    ("we will buy a mower, a trimmer and a leaf blower", ["a mower", "a trimmer", "a leaf blower"]),
])
def test_the_words_that_open_the_whole_list_are_not_the_first_item(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text, items", [
    ("Me järjestämme kahvila-illat, kielikahvilat ja retket", ["Me järjestämme kahvila-illat", "kielikahvilat", "retket"]),
    ("1. Needs survey\n2. Pilot a ride-sharing ring\n3. Final report", ["Needs survey", "Pilot a ride-sharing ring", "Final report"]),
    ("* buy tables and chairs\n* new curtains\n* coffee machine", ["buy tables and chairs", "new curtains", "coffee machine"]),
    ("tehdään kylälle esite, päivitetään nettisivut ja järjestetään markkinat",
     ["tehdään kylälle esite", "päivitetään nettisivut", "järjestetään markkinat"]),
])
def test_an_own_plan_or_a_verb_per_item_stays_as_typed(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text, items", [
    ("läppärit, tulostin, kahvikone ☕", ["läppärit", "tulostin", "kahvikone"]),
    ("kids 😊", ["kids"]),
    ("nuoret 🙂", ["nuoret"]),
    ("Toimenpiteet: 1. haastattelut 2. litterointi 3. verkkonäyttely. Kahvitusta emme laske toimenpiteeksi.",
     ["haastattelut", "litterointi", "verkkonäyttely"]),
])
def test_a_mood_or_a_remark_after_the_last_item_is_not_part_of_it(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text, items", [
    ("laptops, tablets — no, tablets we get donated — and projector", ["laptops", "projector"]),
    ("language café, job coaching — no, job coaching is in other project already — and sewing circle",
     ["language café", "sewing circle"]),
    ("Näyttely, seminaari (seminaari tosin siirtyy seuraavaan hankkeeseen) ja kirjanen.", ["Näyttely", "kirjanen"]),
    ("kaiuttimet, ei ku ne saadaa lainaa, eli vaa valot ja mikki", ["valot", "mikki"]),
    ("kylän asukkaat ja matkailijat, ja koululaiset, ei ku koululaiset on jo siinä asukkaissa", ["kylän asukkaat", "matkailijat"]),
    ("ikkunat, ovet, ei ku ovet jätetään pois, ja sit lattia", ["ikkunat", "lattia"]),
    ("äänentoisto, ei ku valot, äänentoisto meillä on jo", ["valot"]),
    ("tulostin ja skanneri, tai siis monitoimilaite", ["monitoimilaite"]),
    ("lattia, katto, ei kattoa sittenkää, ja ikkunat", ["lattia", "ikkunat"]),
    ("kurssit, ei ku koulutuspäivät, ja opintomatka Vaasaan", ["koulutuspäivät", "opintomatka Vaasaan"]),
])
def test_a_list_corrected_while_typed_is_offered_corrected(text, items):
    assert corrected_items(text) == items
    assert split_doubt(text) == items


def test_a_correction_that_leaves_one_thing_reads_it_back_before_noting_it():
    from datetime import date

    from bot.domain import interview as iv
    from bot.domain.budget import load_rules

    base = {"track": "esr", "org_type": "association", "org_name": "Ry", "contact": "M", "title": "T", "need": "N",
            "goal": "G", "target_group": "TG", "area": "Iisalmi", "esr_objective": "participation"}
    draft = iv.Draft(answers=dict(base), current="actions")
    out = iv.answer_text(draft, "äänentoisto, ei ku valot, äänentoisto meillä on jo", date(2026, 12, 4), load_rules(), lang="fi")
    assert out.status == "confirm_item" and "actions" not in draft.answers
    assert draft.pending == {"kind": "one_item", "qid": "actions", "item": "valot"}
    assert iv.confirm_item(draft, True).status == "next"
    assert draft.answers["actions"] == ["valot"]


@pytest.mark.parametrize("text, hours", [
    ("joka lauvantai 6 tuntia, viis äijjee, 12 lauvantaita", 360),
    ("kymmenkunta miestä kolomena lauantaina, viis tuntia kerrallaan", 150),
    ("viis ukkoo, kaks viikonloppuu, kahreksan tuntia päevässä", 160),
    ("polun raivaukseh 8 miestä, kakši päivyä, 6 tuntie päiväs", 96),
    ("kaheksan ihimistä, neljä päivää, kuus tuntia päiväs", 192),
    ("joka keskiviikko ruokailu, 5 vapaaehtosta 4 tuntia, 40 kertaa", 800),
])
def test_spoken_forms_of_people_days_and_hours_are_read(text, hours):
    from decimal import Decimal

    from bot.domain.parsing import understand_hours
    assert understand_hours(text, lang="fi").value == Decimal(hours)


@pytest.mark.parametrize("text", ["Kahen vuuen ajan myö tätä tehtäis", "kahden vuoden mittainen", "two years", "kestää kolme vuotta"])
def test_a_count_of_years_is_not_hours(text):
    from bot.domain.parsing import understand_hours
    assert understand_hours(text, lang="fi").value is None


@pytest.mark.parametrize("text, iso", [("ensi vuaren lopusa", "2027-12-31"), ("heti ens vuuven alusta", "2027-01-31")])
def test_spoken_forms_of_the_year_are_read_in_dates(text, iso):
    from datetime import date

    from bot.domain.parsing import understand_date
    assert understand_date(text, role="end", today=date(2026, 12, 4), lang="fi").value == date.fromisoformat(iso)


def test_spoken_forms_are_one_word_each_and_never_a_number_word():
    from bot.domain.answer_words import load_words
    words = load_words()
    assert words.spoken_forms and all(" " not in k and k != v and k not in words.numbers for k, v in words.spoken_forms.items())


@pytest.mark.parametrize("text, euros", [
    ("7k, no actually 9k bc of the vat", 9000),
    ("tuhat viissattoo, ee vaan kaksituhatta viissattoo", 2500),
    ("kahtoin et 15 000, ei vuan 17 500 ku alv tulloo päälle, meill ei oo alv-rekisteröintiä", 17500),
    ("viiskymmentä tuhatta... ei ku viiskymmentäviis, unohin sähkömiehen", 55000),
    ("noin 12k, ei ku 14k ku tuli se ikkunaremontti lisäks", 14000),
    ("hallin valot 4 200 €, eiku se oli 4 800 ku asennus tuli lisäks", 4800),
    ("kaks tonnii, tai no max kaks ja puol", 2500),
    ("satatuhatta ois kiva mutta realistisesti 60 000", 60000),
    ("Alun perin 30 000 €, mutta hallitus päätti eilen supistaa sen 25 000 euroon.", 25000),
])
def test_a_figure_put_right_is_proposed(text, euros):
    from decimal import Decimal

    from bot.domain.parsing import understand_amount
    reading = understand_amount(text, lang="fi")
    assert (reading.value, reading.doubt) == (Decimal(euros), "guess")


@pytest.mark.parametrize("text, hours", [
    ("500, no, 550 hours", 550),
    ("250, no 280 — forgot the clean-up day", 280),
    ("150 h, tai no sano 180, aina menee enemmän", 180),
    ("maybe 100 hours, no wait, more, 150", 150),
    ("900 h — sorry, 960 h; I forgot the Pajala weekend.", 960),
    ("About 50 hours, maybe 60. Put 60.", 60),
    ("Initially I wrote 300 hours, but the board thinks 260 is more realistic; let's use 260.", 260),
    ("Ensin arvioimme 180 tuntia, mutta tarkempi laskelma antaa 220 tuntia.", 220),
])
def test_hours_put_right_are_proposed(text, hours):
    from decimal import Decimal

    from bot.domain.parsing import understand_hours
    reading = understand_hours(text, lang="en")
    assert (reading.value, reading.doubt) == (Decimal(hours), "guess")


@pytest.mark.parametrize("text", [
    "The cargo bike is 5,400 euros and its trailer 900 euros; I would put them on one line.",
    "1.6.2027, ei ku 1.8.2027, kesällä ei kukkaan ehi",
    "80 h, ei ku 90 h",
])
def test_no_figure_is_made_up_from_a_correction_of_something_else(text):
    from decimal import Decimal

    from bot.domain.parsing import understand_amount
    assert understand_amount(text, lang="fi").value not in (Decimal(1), Decimal("1.80"), Decimal(90))


@pytest.mark.parametrize("text, items", [
    ("sauna ✅, laituri ❌, kota ✅", ["sauna", "laituri ❌", "kota"]),
    ("laavu; polku; opasteet. Ei unohdeta nuotiopaikkaa.", ["laavu", "polku", "opasteet. Ei unohdeta nuotiopaikkaa"]),
    ("Seurakunta järjestää joulukirkon, kyläyhdistys joulumyyjäiset ja koulu kuusijuhlan",
     ["Seurakunta järjestää joulukirkon", "kyläyhdistys joulumyyjäiset", "koulu kuusijuhlan"]),
    ("Kyläyhdistys järjestää kesäjuhlat, joulumyyjäiset ja talkoot", ["kesäjuhlat", "joulumyyjäiset", "talkoot"]),
])
def test_a_yes_or_no_mark_an_added_thing_and_each_doer_stay(text, items):
    assert split_items(text) == items


@pytest.mark.parametrize("text, parts", [
    ("sauna ✅, laituri ❌, kota ✅", ["sauna", "kota"]),
    ("sauna 👍, laituri 👎, kota 👍", ["sauna", "kota"]),
    ("- laavu ✔️\n- polku ✔️\n- käymälä ✖️", ["laavu", "polku"]),
    ("sitä mitä sovittiin, laavu ja polku", ["laavu", "polku"]),
    ("Kaikki mikä on rikki kylätalossa, ikkunat ja ovet", ["ikkunat", "ovet"]),
    ("a website — no, not a fancy one — and a newsletter", ["a website", "a newsletter"]),
    ("Laptops (no, not new ones), a printer and a projector", ["Laptops", "a printer", "a projector"]),
    ("projector — no, a TV — and speakers", ["a TV", "speakers"]),
    ("pöydät ja tuolit, ei ku jakkarat", ["pöydät", "jakkarat"]),
    ("astiat, kahvinkeitin, ei ku se iso kahvinkeitin", ["astiat", "se iso kahvinkeitin"]),
    ("Laavu, polku ja älä unohda opasteita", ["Laavu", "polku", "opasteita"]),
    ("You know what, the roof and the windows", ["the roof", "the windows"]),
])
def test_an_aside_said_about_a_thing_is_not_a_correction_of_it(text, parts):
    assert split_doubt(text) == parts


@pytest.mark.parametrize("text", ["retki ja leiri (leiri siirtyy seuraavaan kesään)", "a shed, a boat and a trailer"])
def test_moving_to_next_summer_takes_nothing_back(text):
    assert corrected_items(text) is None


@pytest.mark.parametrize("text", ["Kaikki mitä kylätalon katon korjaus vaatii", "You know what, we need a sauna and a new pier"])
def test_a_task_named_after_kaikki_mita_or_a_spoken_start_is_an_answer(text):
    assert not says_nothing_yet(text, listing=True)


@pytest.mark.parametrize("text", ["monta ihmistä, kaksi päivää, 6 tuntia", "pari äijää kolme päivee 8 tuntie", "a few people, 2 days, 5 hours"])
def test_an_uncounted_crowd_is_not_multiplied_silently(text):
    from bot.domain.parsing import understand_hours
    reading = understand_hours(text, lang="fi")
    assert reading.value is None or reading.doubt


@pytest.mark.parametrize("text, euros", [
    ("laiturista tuli kaks tarjousta, 7 800 ja 9 200, halavempi otetaan", 7800),
    ("Trail signage: three quotes, €4,180, €4,950 and €5,600. We shall take the lowest.", 4180),
    ("Saimme kaksi tarjousta: 6 100 € ja 5 400 €. Valitsemme halvemman.", 5400),
])
def test_the_quote_chosen_is_proposed(text, euros):
    from decimal import Decimal

    from bot.domain.parsing import understand_amount
    reading = understand_amount(text, lang="fi")
    assert (reading.value, reading.doubt) == (Decimal(euros), "guess")


@pytest.mark.parametrize("text, hours", [
    ("talakootyötä 9 000 euron eestä, laskettu sillä 15 €/h", 600),
    ("15 €/h laskettuna 1 800 euroa", 120),
    ("We've costed talkoot at 2 400 € at 15 €/h.", 160),
    ("talakootyötä 4 500 euron eestä, 15 euroo tunti", 300),
])
def test_hours_from_the_value_of_the_work_and_its_rate(text, hours):
    from decimal import Decimal

    from bot.domain.parsing import understand_hours
    assert understand_hours(text, lang="fi").value == Decimal(hours)


@pytest.mark.parametrize("text, items", [
    ("Tavotteena on että nuoret oppii soittamaan ja että vanhat laulut ei unohu", ["nuoret oppii soittamaan", "vanhat laulut ei unohu"]),
    ("Tavoote on jotta kyläläiset liikkuis enemmän ja jotta nuoret pysyis kylällä",
     ["kyläläiset liikkuis enemmän", "nuoret pysyis kylällä"]),
    ("et nuoret ei ois yksin kotona ja et ne sais tehä omaa musaa", ["nuoret ei ois yksin kotona", "ne sais tehä omaa musaa"]),
    ("Kohderyhmänä ois kaikki kyläläiset", ["kaikki kyläläiset"]),
    ("tavote et jengi pääsee duuniin", ["jengi pääsee duuniin"]),
    ("Kohderyhmänä ovat kylän ikäihmiset, koululaiset sekä kesäasukkaat.", ["kylän ikäihmiset", "koululaiset", "kesäasukkaat"]),
    ("Reijo sano et 'kyläkahvila joka viikko, digineuvonta ja kesätapahtuma', ja mä oon samaa mieltä",
     ["kyläkahvila joka viikko", "digineuvonta", "kesätapahtuma"]),
    ("ostetaa höylä, vannesaha ja puristimet", ["höylä", "vannesaha", "puristimet"]),
    ("Runolaulu, kantele ja karjalan kieli – niitä halutaan opettaa nuorille", ["Runolaulu", "kantele", "karjalan kieli"]),
    ("koululaiset, eläkeläiset ja ne kesäasukkaat", ["koululaiset", "eläkeläiset", "kesäasukkaat"]),
    ("mikit, kaiuttimet, läppärit + pelikoneet", ["mikit", "kaiuttimet", "läppärit", "pelikoneet"]),
    ("target groups: ukrainian families, lonely elderly, young people without job or school",
     ["ukrainian families", "lonely elderly", "young people without job or school"]),
])
def test_a_goal_or_target_group_said_as_a_sentence_is_read_as_its_items(text, items):
    assert split_items(text) == items


def test_two_goals_after_a_goal_intro_are_offered_without_the_intro():
    assert split_doubt("Tavoitteena on lisätä nuorten osallisuutta ja saada seurantalo ympärivuotiseen käyttöön.") == [
        "lisätä nuorten osallisuutta", "saada seurantalo ympärivuotiseen käyttöön"]


@pytest.mark.parametrize("text", ["Paljonko Leader antaa? 65 prossaa vai?", "lasketaanko skidit? ne on 12-vuotiaita",
                                  "Is there a minimum? I heard 5,000 euros of public aid somewhere."])
def test_a_question_first_then_a_remark_is_asked_about(text):
    from bot.domain.parsing import looks_like_question
    assert looks_like_question(text, lang="fi")


@pytest.mark.parametrize("text", ["Leader? I heard Leader is only for villages", "Kylätalo?", "150 000 €"])
def test_a_lone_word_with_a_question_mark_is_not_a_question(text):
    from bot.domain.parsing import looks_like_question
    assert not looks_like_question(text, lang="fi")


def test_ei_tieda_is_not_a_no():
    from bot.domain.parsing import match_choice
    options = {"yes": ("Kyllä, kansainvälinen", "Yes, international"), "no": ("Ei", "No")}
    assert match_choice("ei tiedä vielä", options, lang="fi", question="international") is None


@pytest.mark.parametrize("text, items", [
    ("Ostettas kylmäkaappi, astianpesukone, kahvinkeitin.", ["kylmäkaappi", "astianpesukone", "kahvinkeitin"]),
    ("Kohderyhmänä nuoret, ikäihmiset ja matkailijat.", ["nuoret", "ikäihmiset", "matkailijat"]),
    ("Eka lattia, sitte vessa, viimeeksi piha.", ["lattia", "vessa", "piha"]),
    ("baskets x9, tee signs, a bench or two", ["baskets x9", "tee signs", "a bench or two"]),
])
def test_conditional_buying_an_essive_intro_a_last_word_and_a_count_after_or(text, items):
    assert split_items(text) == items


def test_spoken_forms_follow_the_word_lists_in_use():
    from bot.domain import answer_words
    from bot.domain.spoken_forms import standard_forms

    words = answer_words.load_words()
    try:
        answer_words.use_words(words.model_copy(update={"spoken_forms": {"tuntie": "tuntia", "kaharen": "kahden"}}))
        assert standard_forms("kaharen tuntie ihimistä") == "kahden tuntia ihimistä"
    finally:
        answer_words.use_words(None)
    assert standard_forms("kaharen tuntie ihimistä") == "kaharen tuntia ihmistä"
