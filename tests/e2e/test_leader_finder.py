"""The Leader-group finder through the fake Bot API: the button, a municipality typed as people type it, the honest answers."""

from __future__ import annotations


async def _open_finder(fake, user, question: str, label: str):
    reply = await fake.send(user, question)
    assert label in reply.last.button_labels, reply.text
    return await fake.press(user, reply.last, label)


async def test_kuopio_helsinki_sticker_and_a_village(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await _open_finder(fake, aino, "miten löydän oman leader-ryhmän", "🔎 Etsi oma Leader-ryhmä")
    assert "Minkä kunnan alueella" in reply.text

    reply = await fake.send(aino, "Kuopiossa")
    assert "Leader-ryhmäsi on Maaseudun kehittämisyhdistys Kalakukko ry" in reply.text
    assert "Siilinjärvi" in reply.text and "keskusta-alue ei kuulu" in reply.text
    assert '<a href="https://kalakukkory.fi">kalakukkory.fi</a>' in reply.last.html
    assert "neuvoja auttaa sinua ideasi kanssa" in reply.text
    assert "Puhelinnumeron löydät ryhmän verkkosivulta" in reply.text  # no phone was confirmed: none is guessed

    reply = await _open_finder(fake, aino, "miten löydän oman leader-ryhmän", "🔎 Etsi oma Leader-ryhmä")
    reply = await fake.send_media(aino, "sticker")
    assert "Tarrasta" in reply.text and "Kirjoita kunnan nimi" in reply.text
    reply = await fake.send(aino, "Helsinki")
    assert "Helsinki (Helsingfors)" in reply.text and "ei kuulu minkään Leader-ryhmän alueeseen" in reply.text
    assert "ESR+" in reply.text and "Elinvoimakeskus (entinen ELY-keskus)" in reply.text and "avustuksia" in reply.text
    assert "Leader-ryhmäsi on" not in reply.text

    reply = await _open_finder(fake, aino, "miten löydän oman leader-ryhmän", "🔎 Etsi oma Leader-ryhmä")
    reply = await fake.send(aino, "Tahkovuori")
    assert "En tunnistanut" in reply.text and "kylän" in reply.text and "leadersuomi.fi" in reply.text
    reply = await fake.send(aino, "no sitten Lapualla")  # still waiting for the municipality
    assert "Aisapari ry" in reply.text and "vahvistaa" not in reply.text  # a group confirmed from its 2023–2027 page
    reply = await _open_finder(fake, aino, "miten löydän oman leader-ryhmän", "🔎 Etsi oma Leader-ryhmä")
    reply = await fake.send(aino, "Iisalmessa")
    assert "Ylä-Savon Veturi ry" in reply.text and "Kaikkia tämän ryhmän tietoja ei ole voitu vahvistaa" in reply.text


async def test_two_municipalities_give_buttons_and_english_works(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await _open_finder(fake, tom, "how do i find my local leader group", "🔎 Find my Leader group")
    reply = await fake.send(tom, "between Kauhajoki and Kristinestad")
    assert "more than one municipality" in reply.text
    assert reply.last.button_labels == ["Kauhajoki", "Kristiinankaupunki (Kristinestad)"]
    reply = await fake.press(tom, reply.last, "Kristiinankaupunki (Kristinestad)")
    assert "your Leader group is Aktion Österbotten r.f." in reply.text
    reply = await fake.press(tom, fake.last(tom), data="finder:pick:99999")
    assert reply.alerts == ["This button has expired. Press 🔎 Find my Leader group again."]
    reply = await fake.press(tom, fake.last(tom), data="finder:pick:abc")
    assert reply.alerts == ["This button has expired. Press 🔎 Find my Leader group again."]


async def test_a_question_after_the_finder_goes_to_the_faq(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await _open_finder(fake, aino, "miten löydän oman leader-ryhmän", "🔎 Etsi oma Leader-ryhmä")
    reply = await fake.send(aino, "paljonko talkootunnista saa meidän yhdistyksessä")
    assert "15 €" in reply.text  # not "I did not recognise a municipality"


async def test_a_municipality_in_a_question_is_answered_without_the_button(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "Iisalmesta")
    assert "Ylä-Savon Veturi ry" in reply.text
    reply = await fake.send(aino, "Rovaniemen maalaiskunta")
    assert "on nykyään osa kuntaa Rovaniemi" in reply.text and "Peräpohjolan Leader ry" in reply.text
    assert "040 544 1164" in reply.text


async def test_another_button_ends_the_wait_for_a_municipality(bot, fake):
    aino = fake.new_user("Aino", "fi")
    answer = await fake.send(aino, "miten löydän oman leader-ryhmän")
    reply = await fake.press(aino, answer.last, "🔎 Etsi oma Leader-ryhmä")
    assert "Minkä kunnan alueella" in reply.text
    await fake.press(aino, answer.last, "📚 Kysymykset aiheittain")  # the user went elsewhere
    reply = await fake.send(aino, "Tahkovuori")
    assert "En tunnistanut tekstistä" not in reply.text  # the finder no longer takes the text


async def test_the_old_button_still_works(bot, fake):
    tom = fake.new_user("Tom", "en")
    answer = await fake.send(tom, "how do i find my local leader group")
    reply = await fake.press(tom, answer.last, data="faq:find")  # sent before the finder had its own prefix
    assert "In which municipality" in reply.text
    reply = await fake.send(tom, "Jakobstad")
    assert "your Leader group is Aktion Österbotten r.f." in reply.text
