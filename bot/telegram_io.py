"""Sending to Telegram: HTML parse mode, long texts split, buttons checked, harmless errors absorbed."""

from __future__ import annotations

import logging
from typing import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from .domain.text import split_html

log = logging.getLogger(__name__)

MAX_CALLBACK_BYTES = 64


def keyboard(rows: Sequence[Sequence[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """Inline buttons from rows of (label, callback data); data must fit Telegram's 64 bytes."""
    built = []
    for row in rows:
        line = []
        for label, data in row:
            if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
                raise ValueError(f"callback data too long: {data!r}")
            line.append(InlineKeyboardButton(label, callback_data=data))
        built.append(line)
    return InlineKeyboardMarkup(built)


async def send_html(bot, chat_id: int, text: str, reply_markup=None, **kwargs) -> Message:
    """Send HTML text, split into as many messages as needed; the buttons go on the last one."""
    parts = split_html(text)
    message = None
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        message = await bot.send_message(
            chat_id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=reply_markup if last else None,
            link_preview_options=kwargs.get("link_preview_options"),
            **{k: v for k, v in kwargs.items() if k != "link_preview_options"},
        )
    return message


async def reply_html(update: Update, context, text: str, reply_markup=None, **kwargs) -> Message:
    """Answer in the chat the update came from."""
    return await send_html(context.bot, update.effective_chat.id, text, reply_markup, **kwargs)


async def edit_or_send(update: Update, context, text: str, reply_markup=None) -> None:
    """Replace the pressed message's text; when it cannot be edited (too old, too long), send a new one."""
    query = update.callback_query
    if query is not None and query.message is not None and len(split_html(text)) == 1:
        try:
            await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=reply_markup)
            return
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return
            log.debug("edit failed, sending anew: %s", exc)
    await reply_html(update, context, text, reply_markup)
