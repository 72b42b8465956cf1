"""Shared fixtures: the fake Bot API and the real bot running against it."""

from __future__ import annotations

import logging
import os

import pytest

from bot.logging_setup import install_redaction

from .fakebot import FakeTelegram
from .harness import BotHarness


@pytest.fixture(scope="session", autouse=True)
def faq_cache_dir(request, tmp_path_factory):
    """One FAQ embedding cache for the whole run (kept in pytest's cache folder between runs), so the entries
    are embedded once, not by every bot a test starts; subprocess bots inherit it through the environment."""
    cache = getattr(request.config, "cache", None)  # absent with -p no:cacheprovider
    path = cache.mkdir("faq-embeddings") if cache is not None else tmp_path_factory.mktemp("faq-embeddings")
    previous = os.environ.get("FAQ_CACHE_DIR")
    os.environ["FAQ_CACHE_DIR"] = str(path)
    # Built here, once and before any bot starts: a bot meeting a cold cache answers lexically until its
    # background build ends, and the first tests of a fresh clone would see that window.
    from bot.settings import Settings  # noqa: PLC0415
    from bot.domain.faq_hybrid import attach_scope  # noqa: PLC0415
    from conversations.faq import _matcher_for  # noqa: PLC0415

    attach_scope(_matcher_for(Settings.model_fields["content_dir"].default.resolve(), path.resolve(), True), path.resolve())
    yield path
    if previous is None:
        os.environ.pop("FAQ_CACHE_DIR", None)
    else:
        os.environ["FAQ_CACHE_DIR"] = previous


@pytest.fixture
async def fake():
    server = await FakeTelegram().start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(fake, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    install_redaction(fake.token)
    harness = await BotHarness(fake, tmp_path / "hankebotti.sqlite3").start()
    yield harness
    await harness.stop()
    # Every message the bot tried to send must have been accepted by the fake Telegram.
    refused = [r for r in fake.rejected if r[0] not in {"getUpdates"} and r[1] not in (403, 429) and "not modified" not in r[2] and "upgraded" not in r[2]]
    assert not refused, f"the fake Bot API refused: {refused}"
    assert fake.token not in caplog.text, "the bot token appeared in the logs"
