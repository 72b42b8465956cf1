"""Eleventh round, from the spent sets 55-56: hours and costs said person by person or thing by thing, spans of time
said by their ends, machine hours beside the hands' and figures put right with a reason after them."""

from datetime import date

import pytest

from bot.domain.parsing import understand_amount, understand_date, understand_hours
from bot.domain.understand_spans import spans_as_counts


@pytest.mark.parametrize("text, lang, value", [
    ("mä 50, Kimmo 30, mutsi leipoo 10 h", "fi", 90),
    ("Villellä 120 h, miulla 80 h, muilla yhteensä 100 h", "fi", 300),
])
def test_each_person_s_hours_are_added_up_and_proposed(text, lang, value):
    reading = understand_hours(text, lang=lang)
    assert (reading.value, reading.doubt) == (value, "sum")


def test_a_total_smaller_than_another_figure_is_not_the_whole():
    assert understand_hours("Villellä 120 h, miulla 80 h, muilla yhteensä 100 h", lang="fi").value != 100


@pytest.mark.parametrize("text, lang, value", [
    ("traktori 20 h ja miehiä talakoissa 150 h", "fi", 150),
    ("Arviomme on 250 tuntia ihmistyötä sekä 30 tuntia traktorityötä.", "fi", 250),
    ("About 150 hours, plus the tractor for 10 hours.", "en", 150),
    ("about 150 h, plus the tractor 20 h", "en", 150),
])
def test_the_hands_hours_beside_machine_hours_are_proposed(text, lang, value):
    reading = understand_hours(text, lang=lang)
    assert (reading.value, reading.doubt) == (value, "guess")


def test_machine_hours_first_and_hours_nobody_owns_are_still_not_the_hands():
    reading = understand_hours("kaivuri 8 h ja sitten 40 h", lang="fi")
    assert reading.value != 40 or reading.doubt == "people"  # since 6.12.2026: 40 proposed, saying the digger is apart


@pytest.mark.parametrize("text, value", [
    ("200 hours – no, 260; I forgot the two heritage days.", 260),
    ("60h, wait, 75h with the opening party", 75),
])
def test_hours_put_right_with_a_reason_after_are_proposed(text, value):
    reading = understand_hours(text, lang="en")
    assert (reading.value, reading.doubt) == (value, "guess")


def test_a_correction_with_two_figures_after_it_is_asked():
    assert understand_hours("200 hours – no, 260; and 20 more", lang="en").value is None


@pytest.mark.parametrize("text, said", [
    ("every Tuesday klo 17-19, 4 volunteers", "every Tuesday 2 h, 4 volunteers"),
    ("10 people 9.00-15.30", "10 people 6,5 h"),
    ("Friday to Sunday, 7 h a day", "3 days, 7 h a day"),
    ("kattotalkoot la-su", "kattotalkoot 2 days"),
    ("perjantaista sunnuntaihin", "3 days"),
    ("3 miestä, 2 viikkoa joka arkipäivä 7 h", "3 miestä, 10 days 7 h"),
    ("from 5 to 10 people", "from 5 to 10 people"),  # a range of people, not a clock span
    ("klo 19-17", "klo 19-17"),
])
def test_spans_said_by_their_ends_become_counts(text, said):
    assert spans_as_counts(text) == said


@pytest.mark.parametrize("text, lang, value", [
    ("Peer group every Tuesday klo 17-19, 4 volunteers, for 30 weeks", "en", 240),
    ("Ten people, Friday to Sunday, seven hours a day", "en", 210),
    ("3 miestä, 2 viikkoa joka arkipäivä 7 h", "fi", 210),
    ("maanantaista perjantaihin 5 henkeä 6 tuntia", "fi", 150),
])
def test_hours_over_a_span_are_counted(text, lang, value):
    assert understand_hours(text, lang=lang).value == value


@pytest.mark.parametrize("text, value", [
    ("acoustic panels 1200, laptop 1500, software 300", 3000),  # the middle figure is half the sum by chance
    ("Timber €4,200, millstone repair €2,900 and the new sluice gate €5,400.", 12500),
])
def test_costs_named_one_by_one_are_added_up_and_proposed(text, value):
    reading = understand_amount(text, lang="en")
    assert (reading.value, reading.doubt) == (value, "sum")


@pytest.mark.parametrize("text", ["old roof 4000, new 5000", "talkoot 80 h; laavu 50 h; polku 30 h"])
def test_old_against_new_and_a_whole_beside_its_parts_are_not_added(text):
    assert understand_amount(text, lang="en").value not in (9000, 160)


def test_a_month_s_pay_said_with_kuus_is_monthly():
    assert understand_amount("ohjaajan palkka 2 900 kuus, 24 kk", lang="fi").value == 69600
    assert understand_amount("3000 kuus kurssia", lang="fi").value != 3000 * 6


def test_a_figure_put_right_in_thousands_said_before():
    reading = understand_amount("Pentin mukkaan 60 000 mut mie sanon et 55 000 riittää, laita 55", lang="fi")
    assert (reading.value, reading.doubt) == (55000, "guess")


@pytest.mark.parametrize("text, role, start, value", [
    ("kahren vuoren päästä alotuksesta", "end", date(2027, 4, 1), date(2029, 3, 31)),
    ("puolentoista vuoden päästä", "end", None, date(2028, 6, 4)),
    ("kahren kuukauren päästä", "start", None, date(2027, 2, 4)),
])
def test_savo_years_and_one_and_a_half(text, role, start, value):
    reading = understand_date(text, lang="fi", role=role, today=date(2026, 12, 4), start=start)
    assert (reading.value, reading.vague) == (value, True)


@pytest.mark.parametrize("text", [
    "emmä tiiä onks se leader vai esr",
    "mää en tiijjä kumpi, Leader vae se toenen... en oo varma ollenkaan",
    "Leader ehkä, tai sit se toinen, en oo varma",
    "emmie tiijä kumpi, Leader vai ESR",
])
def test_both_funds_as_the_two_to_choose_from_is_not_sure(text):
    from bot.domain.parsing import match_choice

    from .choice_options import TRACK
    assert match_choice(text, TRACK, lang="fi", question="track") == "notsure"


@pytest.mark.parametrize("text", [
    "ESR+ I think or Leader, not sure",  # a lean
    "idk which one, leader or esr?? both??",  # asked back
    "En oo ihan varma, Liisa sano et ESR mut Pekka et Leader",  # two people's answers
])
def test_a_lean_or_a_question_between_the_funds_is_asked(text):
    from bot.domain.parsing import match_choice

    from .choice_options import TRACK
    assert match_choice(text, TRACK, lang="fi", question="track") is None


def test_a_fund_then_why_is_the_fund():
    from bot.domain.parsing import match_choice

    from .choice_options import TRACK
    text = "ESR+ because it is about food aid and participation, the Leader lady said so"
    assert match_choice(text, TRACK, lang="en", question="track") == "esr"


@pytest.mark.parametrize("text, key", [
    ("eipä oo, vaikka virolaisen kylän kanssa vois joskus myöhemmin", "no"),
    ("We have Scottish and German members in the association, but no partners abroad.", "no"),
    ("ei oo nyt, mutta ehkä myöhemmin viron kanssa", None),  # was a yes
    ("Estonian partner joins, but no other partners yet", "yes"),
    ("Viron kylä tulee mukaan, mutta ei muita ulkomaisia kumppaneita", "yes"),
])
def test_international_no_with_a_some_day_or_members_from_abroad(text, key):
    from bot.domain.parsing import match_choice
    options = {"yes": ("Kyllä, kansainvälinen", "Yes, international"), "no": ("Ei", "No")}
    assert match_choice(text, options, lang="fi" if " oo" in text or "Viron" in text else "en", question="international") == key


@pytest.mark.parametrize("text", ["koulutusta lähinnä, korjauskursseja", "koulutusta lähinnä, skeittikurssit ja pyöränkorjauskurssit"])
def test_a_course_named_by_what_it_teaches_is_training(text):
    from bot.domain.parsing import match_choice
    options = {"development": ("Kehittämishanke", "Development project"), "investment": ("Investointihanke", "Investment project"),
               "training": ("Koulutus- ja tiedonvälityshanke", "Training and information project"),
               "cooperation": ("Yhteistyöhanke", "Cooperation project")}
    assert match_choice(text, options, lang="fi", question="leader_type") == "training"


@pytest.mark.parametrize("text, parts", [
    ("ikäihmiset ja lapset sekä Seto-kylän asukkaat", ["ikäihmiset", "lapset", "Seto-kylän asukkaat"]),
    ("nuoret aekuiset joilla ee oo töitä sekä ikäihmiset", ["nuoret aekuiset joilla ee oo töitä", "ikäihmiset"]),
])
def test_things_joined_by_seka_are_asked_with_the_parts_offered(text, parts):
    from bot.domain.parsing import split_items
    from bot.domain.understand_doubt import split_doubt
    assert len(split_items(text)) == 1 and split_doubt(text) == parts


def test_a_compound_cut_before_seka_is_not_split():
    from bot.domain.understand_doubt import split_doubt
    # round 16: asked "one thing or two?" with whole words offered, never the cut "äänentoisto-" alone
    assert split_doubt("äänentoisto- sekä valotekniikka") == ["äänentoistotekniikka", "valotekniikka"]


def test_a_quoted_list_after_who_said_it_and_where():
    from bot.domain.parsing import split_items
    text = 'Puheenjohtaja sano kokouksessa jotta "katon uusiminen, esteetön sisäänkäynti ja keittiöremontti", ei muuta tähän hankkeesen'
    assert split_items(text) == ["katon uusiminen", "esteetön sisäänkäynti", "keittiöremontti"]


@pytest.mark.parametrize("text, vague", [
    ("When the ferry stops in winter, so December-ish 2028", True),
    ("We plan to finish in march 2029", False),  # "finish" is no "-ish"
    ("we finish 30.9.2028", False),
])
def test_about_a_month_is_proposed(text, vague):
    reading = understand_date(text, lang="en", role="end", today=date(2026, 12, 4))
    assert reading.value is not None and reading.vague is vague


def test_both_and_with_seka_etta_is_not_parted():
    from bot.domain.understand_doubt import split_doubt
    assert split_doubt("Hankkeessa sekä rakennetaan ulkoluokka että järjestetään opettajille koulutusta.") is None


def test_a_reason_after_an_exclamation_is_no_date_and_scratch_that_corrects():
    text = "helmikuussa, ei ku maaliskuussa! helmikuussa on liian kylmä veistää, pakkasta -35"
    assert understand_date(text, lang="fi", role="start", today=date(2026, 12, 4)).value == date(2027, 3, 1)
    text = "March — scratch that, May. Nobody's digging post holes in frozen ground!"
    assert understand_date(text, lang="en", role="start", today=date(2026, 12, 4)).value != date(2027, 3, 1)


@pytest.mark.parametrize("text, items", [
    ("First a household survey, then the network plan, and finally the construction.",
     ["a household survey", "the network plan", "the construction"]),
    ("Toimenpiteinä ovat kotikäynnit yksinäisten ikäihmisten luona, viikoittaiset muistelupiirit sekä sukupolvia yhdistävät kyläillat.",
     ["kotikäynnit yksinäisten ikäihmisten luona", "viikoittaiset muistelupiirit", "sukupolvia yhdistävät kyläillat"]),
    ("kylän vanhukset, lapsiperheet ja kesäasukkaat, niitä on kesällä tuplasti", ["kylän vanhukset", "lapsiperheet", "kesäasukkaat"]),
    ("valot ja jäänhoitokone, muuta ei tarvita", ["valot", "jäänhoitokone"]),
    ("A heat pump for the coworking room; the rest we already have.", ["A heat pump for the coworking room"]),
    ("vain lämmityskontti, muuta ei tarvita ko aggregaatti on jo", ["lämmityskontti"]),
    ("Just benches, honestly.", ["benches"]),
    ("First aid course and a sauna", ["First aid course and a sauna"]),  # "first" is part of the thing
])
def test_steps_said_in_english_a_remark_after_the_things_and_just_one(text, items):
    from bot.domain.parsing import split_items
    assert split_items(text) == items


@pytest.mark.parametrize("text, parts", [
    ("Kohderyhmänä ovat yksin asuvat yli 75-vuotiaat, leskeksi jääneet sekä pitkäaikaistyöttömät, jotka voisivat toimia vapaaehtoisina.",
     ["yksin asuvat yli 75-vuotiaat", "leskeksi jääneet", "pitkäaikaistyöttömät, jotka voisivat toimia vapaaehtoisina"]),
    ("Remote workers, seniors and young families who are considering moving to the village.",
     ["Remote workers", "seniors", "young families who are considering moving to the village"]),
    ("ukrainian mothers, finnish mothers who are alone with kids, grandmothers",
     ["ukrainian mothers", "finnish mothers who are alone with kids", "grandmothers"]),
    ("yoga, no not yoga, walking group and cooking together", ["walking group", "cooking together"]),
])
def test_groups_with_a_who_clause_and_a_no_not_correction_are_offered_in_parts(text, parts):
    from bot.domain.understand_doubt import split_doubt
    assert split_doubt(text) == parts


@pytest.mark.parametrize("text", [
    "we have only 300 € in association account",
    "We have about €4,000 in the bank for own funding — the total I can't tell you yet",
    "We have not received quotations yet; purchases above 3 000 € need quotes, so I will revert once we have them.",
    "kassassa 4000, loput haetaan",
])
def test_money_held_or_a_rule_s_threshold_is_no_cost(text):
    assert understand_amount(text, lang="en").value is None


def test_a_cost_is_still_a_cost():
    assert understand_amount("we need 4000 for the roof", lang="en").value == 4000


@pytest.mark.parametrize("text", ["First the pier, then we'll decide", "yhteistyö toisen leaderryhmän kanssa, ne on Ruotsin puolella"])
def test_a_decision_later_and_a_detail_about_the_one_thing_are_kept(text):
    from bot.domain.parsing import split_items
    assert split_items(text) == [text]


@pytest.mark.parametrize("text, lang, value", [
    ("100 hours, correction: 110 hours.", "en", 110),
    ("60 tuntia... ei, 90 tuntia", "fi", 90),
    ("150 hours, wait, make it 170", "en", 170),
])
def test_hours_put_right_in_more_words(text, lang, value):
    reading = understand_hours(text, lang=lang)
    assert (reading.value, reading.doubt) == (value, "guess")


@pytest.mark.parametrize("text, value", [
    ("Our treasurer says 18,000 but I think she forgot the printing, so call it 20,000", 20000),
    ("100 000, no — 90 000, Elinvoimakeskus lady said too big", 90000),
])
def test_amounts_put_right_in_more_words(text, value):
    assert understand_amount(text, lang="en").value == value


@pytest.mark.parametrize("text, value", [
    ("200 h, ja lisäks nuoret tekee jotain mutta ne on alle 15 ni ei lasketa", 200),
    ("adults 80 hours. the kids help too but I read under 15 years does not count", 80),
    ("pittääks alle 15-vuotiaat laskee? lapsetki kantaa kivie", None),
])
def test_children_s_age_is_no_hours(text, value):
    assert understand_hours(text, lang="fi").value == value


@pytest.mark.parametrize("text, value", [
    ("kaks porukkaa: katsomoporukka 5 hlö 10 pv 6 h ja vessaporukka 3 hlö 4 pv 5 h", 360),
    ("lumen kasaamiseen 6 miestä 2 päivää 8 tuntia ja veistoon 12 tekijää 4 päivää 5 tuntia", 336),
])
def test_two_groups_work_added_up_and_proposed(text, value):
    reading = understand_hours(text, lang="fi")
    assert (reading.value, reading.doubt) == (value, "sum")


def test_saturdays_only_said_with_vaan_is_not_two_days_a_weekend():
    assert understand_hours("6 miestä 4 viikonloppua, lauantait vaan, 8 h", lang="fi").value != 384


@pytest.mark.parametrize("text, value", [
    ("rent of room 400 € month, 2 years", 9600),
    ("kokki palkka 1500 kuukausi, 8 kuukausi", 12000),
    ("lumitykin vuokra on 1800e viikolta ja sitä tarvithaan kaks viikkoa", 3600),
    ("luennoitsijan palkkio 300 e kerta ja kuus kertaa", 1800),
    ("Polun pohjatöihin kaivinkone, sanottiin 95 e tunti ja 60 tuntia menöö", 5700),
])
def test_a_rate_and_how_many_in_learner_and_spoken_forms(text, value):
    assert understand_amount(text, lang="fi").value == value


@pytest.mark.parametrize("text, lang, key", [
    ("Not this time — maybe in a follow-up project with the Estonians", "en", "no"),
    ("We might invite a village from Kerala to visit one day, but that is just a dream, not part of this project.", "en", "no"),
    ("norjalaiset kyseli mutta ei tällä kertaa", "fi", "no"),
    ("Kyllä, Viron kanssa, mutta ei tällä kertaa Ruotsin", "fi", "yes"),
])
def test_a_partner_outside_this_project_is_a_no(text, lang, key):
    from bot.domain.parsing import match_choice
    options = {"yes": ("Kyllä, kansainvälinen", "Yes, international"), "no": ("Ei", "No")}
    assert match_choice(text, options, lang=lang, question="international") == key


@pytest.mark.parametrize("text, key", [
    ("KANTOn neuvoja sano jotta ESR+ sopis meille paremmin ku Leader", "esr"),
    ("Leader fits us better than ESR", "leader"),
    ("the citizen one, for people in difficult situation", "esr"),
])
def test_one_fund_better_than_the_other_and_the_citizen_one(text, key):
    from bot.domain.parsing import match_choice

    from .choice_options import TRACK
    assert match_choice(text, TRACK, lang="fi", question="track") == key


@pytest.mark.parametrize("text, role, start, value", [
    ("vuosi ja kolome kuukautta", "end", date(2027, 1, 1), date(2028, 3, 31)),
    ("1.5.2027 ei, anteeksi 1.6.2027", "start", None, date(2027, 6, 1)),
])
def test_a_year_and_months_and_a_date_put_right_with_anteeksi(text, role, start, value):
    assert understand_date(text, lang="fi", role=role, today=date(2026, 12, 4), start=start).value == value


def test_an_age_stays_when_nobody_says_it_is_not_counted_and_a_date_correction_is_no_figure():
    assert understand_hours("alle 18-vuotiaat nuoret tekevät 40 h", lang="fi").value is None
    text = "March 2027. Correction: the board decided on April 2027, because of the Easter holidays."
    assert understand_amount(text, lang="en").value is None and understand_hours(text, lang="en").value is None


@pytest.mark.parametrize("text, items", [
    ("We'll 1) clear the old church path 2) build duckboards over the bog 3) hold a guided walk day",
     ["clear the old church path", "build duckboards over the bog", "hold a guided walk day"]),
    ("Myö halutaan 1) kantelekursseja lapsille 2) runolauluiltoja kylätalolla 3) vanhojen laulujen tallennus",
     ["kantelekursseja lapsille", "runolauluiltoja kylätalolla", "vanhojen laulujen tallennus"]),
    ("Ostetaan 2) kpl tuoleja", ["Ostetaan 2) kpl tuoleja"]),
])
def test_things_numbered_inline_after_a_short_intro(text, items):
    from bot.domain.parsing import split_items
    assert split_items(text) == items


def test_and_also_before_a_later_group():
    from bot.domain.understand_doubt import split_doubt
    assert split_doubt("families with children from Ukraine, and also other immigrant families in Kouvola") == [
        "families with children from Ukraine", "other immigrant families in Kouvola"]


def test_a_month_s_rent_in_learner_finnish_is_read_as_monthly():
    reading = understand_amount("600 euro kuukausi, 10 kuukautta", lang="fi")
    assert reading.value == 6000 and reading.monthly == (600, 10)


@pytest.mark.parametrize("text, value", [
    ("maaliskuussa! -35 pakkasta helmikuussa", date(2027, 3, 1)),
    ("not in February, too cold — March", date(2027, 3, 1)),
    ("ei maaliskuussa vaan huhtikuussa", date(2027, 4, 1)),
    ("not March, April", date(2027, 4, 1)),
    ("helmikuussa? ei, maaliskuussa", date(2027, 3, 1)),
    ("1.3.2027-30.6.2028", date(2027, 3, 1)),
])
def test_a_month_denied_before_the_meant_one_and_a_frost_is_no_year(text, value):
    assert understand_date(text, lang="fi", role="start", today=date(2026, 12, 4)).value == value


@pytest.mark.parametrize("text, items", [
    ("First we fix the roof, then we paint the walls, and finally we hold an opening party",
     ["we fix the roof", "we paint the walls", "we hold an opening party"]),
    ("kayaks, life vests and paddles, that's all", ["kayaks", "life vests", "paddles"]),
    ("trimmeri, ruohonleikkuri ja lehtipuhallin – ei muuta", ["trimmeri", "ruohonleikkuri", "lehtipuhallin"]),
    ("tables and chairs; the projector we already have", ["tables and chairs"]),
    ("Only the jetty. Nothing more.", ["the jetty"]),
])
def test_closing_words_after_the_things(text, items):
    from bot.domain.parsing import split_items
    assert split_items(text) == items


@pytest.mark.parametrize("text, value", [("Kirjasto on auki klo 10-18, me tehdään 20 h", None), ("pe–su eli 3 päivää, 5 h/pv", 15)])
def test_a_span_is_not_counted_again_beside_the_count_said(text, value):
    assert understand_hours(text, lang="fi").value == value


@pytest.mark.parametrize("text, items", [
    ("- pakastearkku\n- kassakone\n- ja kahvinkeitin", ["pakastearkku", "kassakone", "kahvinkeitin"]),
    ("ostettaas astianpesukone, 40 tuolia, 10 pöytää ja tykki seinälle", ["astianpesukone", "40 tuolia", "10 pöytää", "tykki seinälle"]),
])
def test_after_sets_59_60_an_and_opening_the_last_line_and_a_spoken_verb(text, items):
    from bot.domain.parsing import split_items
    assert split_items(text) == items


def test_about_a_month_with_a_tilde_is_proposed():
    reading = understand_date("when the ground freezes, so ~nov 2028", lang="en", role="end", today=date(2026, 12, 4))
    assert (reading.value, reading.vague) == (date(2028, 11, 30), True)
