"""The hybrid FAQ through the fake Bot API: related questions, the 👎 flow, programme context, the embedding
cache and the lexical-only fallback."""

from __future__ import annotations

import asyncio
import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path

from bot.domain.interview import Draft
from conversations import faq as faq_conversation
from tests.harness import BotHarness

ROOT = Path(__file__).resolve().parents[2]


def _titles(labels: list[str]) -> list[str]:
    return [label for label in labels if not label.startswith(("👍", "👎", "📚", "🙋", "🔎"))]


async def test_varies_line_and_programme_note_are_shown(bot, fake):
    aino = fake.new_user("Aino", "fi")
    reply = await fake.send(aino, "paljonko talkootunnista saa laskea")
    assert "15 €" in reply.text
    assert "Vastaus koskee Leader-rahoitusta" in reply.text  # the question named no programme
    reply = await fake.send(aino, "leader tukiprosentti yleishyödyllinen investointi")
    assert "vaihtelee Leader-ryhmittäin" in reply.text  # the entry's varies flag, shown as a line
    assert "Vastaus koskee" not in reply.text  # the question named the programme


async def test_close_runner_ups_come_as_related_buttons(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "what is esr plus, is it the same as leader")
    labels = reply.last.button_labels
    assert "👍 Helpful" in labels
    related = _titles(labels)
    assert "Related questions" in reply.text and 1 <= len(related) <= 2
    answer = await fake.press(tom, reply.last, related[0])
    assert "👍 Helpful" in answer.last.button_labels


async def test_thumbs_down_offers_the_next_two_and_the_advisor(fake, tmp_path):
    advisor = fake.new_user("Neuvoja", "fi")
    coordinators = fake.new_group("Neuvojat", admins=[advisor])
    harness = await BotHarness(fake, tmp_path / "db.sqlite3", coordinator_chat_id=coordinators.id,
                               clock=lambda: datetime(2026, 12, 7, 10, 0, tzinfo=UTC)).start()
    try:
        aino = fake.new_user("Aino", "fi")
        answer = (await fake.send(aino, "paljonko talkootunnista saa laskea")).last
        reply = await fake.press(aino, answer, "👎 Ei auttanut")
        assert "Löytyykö oikea vastaus näistä" in reply.text
        labels = reply.last.button_labels
        assert len(_titles(labels)) == 2 and "🙋 Lähetä kysymys neuvojalle" in labels
        assert [tuple(r) for r in harness.rows("SELECT entry_id, helpful FROM faq_feedback")] == [("talkoot-value", 0)]
        other = await fake.press(aino, reply.last, _titles(labels)[0])
        assert "👍 Auttoi" in other.last.button_labels
        reply = await fake.press(aino, reply.last, "🙋 Lähetä kysymys neuvojalle")
        assert "neuvojalle" in reply.text
        forwarded = fake.last(coordinators)
        assert "paljonko talkootunnista saa laskea" in forwarded.text
        rows = harness.rows("SELECT decision, best_entry FROM faq_unanswered")
        assert [tuple(r) for r in rows] == [("downvoted", "talkoot-value")]
    finally:
        await harness.stop()


async def test_forged_vote_is_refused(bot, fake):
    aino = fake.new_user("Aino", "fi")
    answer = (await fake.send(aino, "paljonko talkootunnista saa laskea")).last
    for data in ("fqv:999999:0", "fqv:abc:1", "fqv:1:7"):
        reply = await fake.press(aino, answer, data=data)
        assert reply.alerts and "vanhentunut" in reply.alerts[0]
    assert bot.rows("SELECT * FROM faq_feedback") == []


async def test_programme_named_earlier_in_the_conversation_breaks_the_tie(bot, fake):
    tom = fake.new_user("Tom", "en")
    reply = await fake.send(tom, "flat rate")
    assert "Did you mean" in reply.text  # both programmes have one and nothing says which
    await fake.send(tom, "how much own funding does esr need")
    assert [tuple(r) for r in bot.rows("SELECT user_id, programme FROM faq_programme")] == [(tom.id, "esr")]
    reply = await fake.send(tom, "flat rate")
    assert "40" in reply.text and "👍 Helpful" in reply.last.button_labels
    assert "This answer is about ESR+" in reply.text
    # /deletedata removes the remembered programme with everything else.
    reply = await fake.send(tom, "/deletedata")
    await fake.press(tom, reply.last, reply.last.button_labels[0])
    assert bot.rows("SELECT * FROM faq_programme WHERE user_id = ?", (tom.id,)) == []


async def test_interview_track_breaks_the_tie(bot, fake):
    tom = fake.new_user("Tom", "en")
    await fake.send(tom, "/start")
    repo = bot.services.extras["interview_repo"]
    await repo.save(tom.id, Draft(answers={"track": "leader"}), status="paused")
    reply = await fake.send(tom, "flat rate")
    assert "👍 Helpful" in reply.last.button_labels
    assert "Leader" in reply.text and "This answer is about Leader" in reply.text
    assert "24" in reply.text or "15" in reply.text


async def test_stale_cache_is_rebuilt_when_an_entry_changes(fake, tmp_path, caplog, faq_cache_dir):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cache = tmp_path / "cache"
    shutil.copytree(faq_cache_dir, cache)  # the same entries: the first start finds its vectors
    caplog.set_level(logging.INFO)
    harness = await BotHarness(fake, tmp_path / "db.sqlite3", content_dir=content, faq_cache_dir=cache).start()
    try:
        assert "texts of the FAQ entries" not in caplog.text  # warm start: nothing embedded
        (first,) = cache.glob("faq-embeddings-*.npy")
        entry = content / "en" / "faq" / "talkoot-value.md"
        entry.write_text(entry.read_text(encoding="utf-8").replace("title: ", "title: Volunteer hours – ", 1),
                         encoding="utf-8")
        caplog.clear()
        # A restart is a new process in real life; in-process, forget the index and matcher built for this folder.
        faq_conversation._index_for.cache_clear()
        faq_conversation._matcher_for.cache_clear()
        await harness.restart()
        # Past a short start-up wait the rebuild finishes in the background (reminders must not wait for it).
        for _ in range(1200):
            files = list(cache.glob("faq-embeddings-*.npy"))
            if files and files != [first] and faq_conversation.faq_services(harness.application).matcher.semantic:
                break
            await asyncio.sleep(0.1)
        assert "embedding" in caplog.text and "texts of the FAQ entries" in caplog.text
        (second,) = cache.glob("faq-embeddings-*.npy")
        assert second != first
        tom = fake.new_user("Tom", "en")
        reply = await fake.send(tom, "how much is one talkoot hour worth in money")
        assert "Volunteer hours" in reply.text
    finally:
        await harness.stop()


async def test_with_the_model_switched_off_the_bot_answers_lexically(fake, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    harness = await BotHarness(fake, tmp_path / "db.sqlite3", faq_semantic=False).start()
    try:
        assert caplog.text.count("lexical matching only") == 1
        aino = fake.new_user("Aino", "fi")
        reply = await fake.send(aino, "paljonko talkootunnista saa")
        assert "15 €" in reply.text
        reply = await fake.send(aino, "milloin lapsilisä tulee tilille")
        assert "Tähän en osaa auttaa" in reply.text
    finally:
        await harness.stop()


async def test_a_vote_naming_another_chats_question_is_refused(bot, fake):
    aino, tom = fake.new_user("Aino", "fi"), fake.new_user("Tom", "en")
    await fake.send(aino, "paljonko talkootunnista saa laskea")
    (aino_asked,) = bot.rows("SELECT id FROM faq_asked WHERE user_id = ?", (aino.id,))
    answer = (await fake.send(tom, "how much is one talkoot hour worth")).last
    reply = await fake.press(tom, answer, data=f"fqv:{aino_asked['id']}:0")
    assert reply.alerts and "expired" in reply.alerts[0].lower()
    assert bot.rows("SELECT * FROM faq_feedback") == []
    assert "Did you mean" not in reply.text  # Aino's question is not offered to Tom
