"""A bare PTB echo bot: the baseline the load benchmark compares Hankebotti with.

Same environment variables as the real bot (TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL,
TELEGRAM_API_FILE_URL, POLL_TIMEOUT). Text is echoed; a button press is answered and its message
edited, so every update gets a visible answer as in the real bot. ``--no-limiter`` drops the
AIORateLimiter, for the comparison without Telegram's 30 messages/second allowance.
"""

from __future__ import annotations

import html
import logging
import os
import sys

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_chat.send_message(html.escape(update.effective_message.text), parse_mode=ParseMode.HTML)


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    await query.edit_message_text(f"pressed {html.escape(query.data or '')} #{update.update_id}", parse_mode=ParseMode.HTML)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    builder = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ.get("TELEGRAM_API_BASE_URL", "https://api.telegram.org/bot"))
    )
    if os.environ.get("TELEGRAM_API_FILE_URL"):
        builder = builder.base_file_url(os.environ["TELEGRAM_API_FILE_URL"])
    if "--no-limiter" not in sys.argv:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=5))
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(pressed))
    application.run_polling(allowed_updates=Update.ALL_TYPES, timeout=int(os.environ.get("POLL_TIMEOUT", "10")))


if __name__ == "__main__":
    main()
