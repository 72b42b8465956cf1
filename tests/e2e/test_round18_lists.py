"""List answers as the eighteenth session's development sets wrote them, end to end through the fake Bot API: an answer
that names nothing yet is asked again, a take-back with "ei … vaan" and a counted sequence are shown before they are
noted, and a signature under a list is no item."""

from __future__ import annotations

from .test_hours_calc_breaks import pending
from .test_interview import ESR_EN, ESR_FI
from .test_interview_flow import draft, start


def answers(bot, user):
    return draft(bot, user)["answers"]


async def test_an_answer_that_names_nothing_is_asked_again_and_nothing_is_saved(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    asked = fake.last(aino).text
    reply = await fake.send(aino, "noh kaikkee mitä nyt tarvii et se kylätalo ois kunnos")
    assert "actions" not in answers(bot, aino) and pending(bot, aino)["kind"] == "nothing_yet"  # asked: nothing to note yet
    assert reply.text and reply.text != asked
    reply = await fake.send(aino, "kahvila, kerho ja retki, eiku ei retki vaan näyttely")
    assert "1. kahvila\n2. kerho\n3. näyttely" in reply.last.text and "retki" not in reply.last.text
    assert "actions" not in answers(bot, aino) and reply.last.button_labels == ["Yksi asia", "3 erillistä asiaa"]
    await fake.press(aino, reply.last, "3 erillistä asiaa")
    assert answers(bot, aino)["actions"] == ["kahvila", "kerho", "näyttely"]


async def test_a_signature_under_a_list_is_no_item(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, ESR_FI[:10])
    await fake.send(aino, "- kyläkahvila\n- digiopastus\n- kesäretki\nYstävällisin terveisin Pirkko")
    saved = answers(bot, aino).get("actions") or (pending(bot, aino) or {}).get("items")
    assert saved == ["kyläkahvila", "digiopastus", "kesäretki"]


async def test_a_sequence_in_english_is_read_step_by_step(bot, fake):
    mary = fake.new_user("Mary", "en")
    await start(fake, bot, mary, ESR_EN[:10])
    reply = await fake.send(mary, "first we get the permit, then build the sauna, then the pier and last the changing hut")
    shown = reply.last.text
    for step in ("get the permit", "build the sauna", "the pier", "the changing hut"):
        assert step in shown
    if "actions" not in answers(bot, mary):
        yes = next(label for label in reply.last.button_labels if label.startswith("✔"))
        await fake.press(mary, reply.last, yes)
    assert answers(bot, mary)["actions"] == ["get the permit", "build the sauna", "the pier", "the changing hut"]
