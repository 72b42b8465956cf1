"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests.

It speaks raw Bot API JSON over HTTP and imports neither PTB nor the bot, so it is an independent
check of what the bot sends: HTML is validated the way Telegram does it, callback data is limited to
64 bytes, texts to 4 096 characters.
"""

from .server import BotMessage, FakeTelegram, Reply, TgChat, TgUser

__all__ = ["BotMessage", "FakeTelegram", "Reply", "TgChat", "TgUser"]
