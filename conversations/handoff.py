"""A human behind the bot: questions sent to the advisors' chat and their replies delivered back.

Every question is stored before anything is sent, as ``pending``; forwarding marks it ``forwarded``
with the message id in the coordinator chat; an advisor's reply to that message is stored and then
delivered. Anything that could not be sent (chat unreachable, network) is retried by a repeating job
and at every start-up, so nothing is lost across restarts.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from bot.core import BotContext, services_of
from bot.domain.dates import format_date
from bot.domain.office_hours import OfficeHours, expect_answer
from bot.domain.text import shorten
from bot.storage.db import from_db
from bot.telegram_io import reply_html, send_html

log = logging.getLogger(__name__)

OPEN_COMMANDS = ["open", "avoimet"]
_LOCK = "faq_outbox_lock"


def _faq(application: Application):
    return services_of(application).extras["faq"]


def _lock(application: Application) -> asyncio.Lock:
    return services_of(application).extras.setdefault(_LOCK, asyncio.Lock())


def _time(lang: str, moment: time) -> str:
    return f"{moment.hour}.{moment.minute:02d}" if lang == "fi" else f"{moment.hour}:{moment.minute:02d}"


def _date(lang: str, moment: datetime) -> str:
    return format_date(moment.date(), lang)


def when_text(catalog, lang: str, hours: OfficeHours, now: datetime) -> str:
    """When the asker can expect an answer, from the advisors' office hours (Europe/Helsinki)."""
    expectation = expect_answer(hours, now)
    if expectation.open_now:
        return catalog.t(lang, "faq.advisor.when_now", closes=_time(lang, expectation.closes))
    start = expectation.next_open
    weekday = catalog.raw(lang, "faq.advisor.weekdays")[start.isoweekday() - 1]
    return catalog.t(lang, "faq.advisor.when_later", weekday=weekday, date=_date(lang, start),
                     time=_time(lang, start.time()))


# -- the outbox -------------------------------------------------------------------------------------


async def forward(application: Application, question_id: int) -> bool:
    """Send one pending question to the coordinator chat; False when it stays in the outbox."""
    services = services_of(application)
    chat_id = services.settings.coordinator_chat_id
    if chat_id is None:
        return False
    repo = _faq(application).repo
    async with _lock(application):
        row = await repo.advisor_question(question_id)
        if row is None or row["status"] != "pending":
            return row is not None
        lang = await services.language_for_chat(chat_id)
        text = services.catalog.t(lang, "faq.advisor.forward", number=row["id"], name=row["first_name"],
                                  language=row["lang"], question=row["question"])
        try:
            message = await send_html(application.bot, chat_id, text)
        except TelegramError as exc:
            log.warning("could not forward advisor question %s: %s", question_id, exc)
            await repo.forward_failed(question_id, str(exc))
            return False
        await repo.mark_forwarded(question_id, chat_id, message.message_id, services.clock())
        log.info("advisor question %s forwarded", question_id)
        return True


async def deliver(application: Application, question_id: int) -> None:
    """Send a stored advisor reply to the asker's private chat and tell the advisors how it went."""
    services = services_of(application)
    repo = _faq(application).repo
    row = await repo.advisor_question(question_id)
    if row is None or row["delivery"] != "pending":
        return
    text = services.catalog.t(row["lang"], "faq.advisor.answer_to_user", question=shorten(row["question"], 300),
                              answer=row["answer"])
    coordinator = row["coordinator_chat_id"]
    try:
        await send_html(application.bot, row["user_id"], text)
    except Forbidden as exc:
        log.info("advisor answer %s undeliverable: %s", question_id, exc)
        await repo.set_delivery(question_id, "failed")
        await _tell_advisors(application, coordinator, "faq.advisor.delivery_failed", row)
        return
    except TelegramError as exc:
        log.warning("advisor answer %s not delivered yet: %s", question_id, exc)
        return
    await repo.set_delivery(question_id, "delivered")
    await _tell_advisors(application, coordinator, "faq.advisor.delivered", row)


async def _tell_advisors(application: Application, chat_id: int | None, key: str, row) -> None:
    if chat_id is None:
        return
    services = services_of(application)
    lang = await services.language_for_chat(chat_id)
    try:
        await send_html(application.bot, chat_id, services.catalog.t(lang, key, name=row["first_name"], number=row["id"]))
    except TelegramError as exc:
        log.info("could not confirm to the advisors' chat: %s", exc)


async def flush(application: Application) -> None:
    """Retry everything still waiting: questions to forward and answers to deliver."""
    repo = _faq(application).repo
    for row in await repo.pending_forwards():
        if not await forward(application, row["id"]):
            break  # the chat is still unreachable; the next round tries again
    for row in await repo.pending_deliveries():
        await deliver(application, row["id"])


async def _flush_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await flush(context.application)


async def _startup(application: Application) -> None:
    """Send what was left over before the restart, then keep retrying on a timer."""
    if services_of(application).settings.coordinator_chat_id is None:
        return
    await flush(application)
    interval = _faq(application).hours.retry_seconds
    if application.job_queue is not None:
        application.job_queue.run_repeating(_flush_job, interval=interval, first=interval, name="faq-outbox")


# -- handlers ---------------------------------------------------------------------------------------


async def send_to_advisor(update: Update, context: BotContext) -> None:
    """"Send to an advisor" under an unanswered question: store it, forward it, say when to expect a reply."""
    query = update.callback_query
    faq = _faq(context.application)
    settings = context.services.settings
    parts = query.data.split(":")
    row_id = int(parts[2]) if len(parts) == 3 and parts[2].isdigit() else None
    question = await faq.repo.unanswered_question(row_id, update.effective_user.id) if row_id else None
    if question is None or settings.coordinator_chat_id is None:
        await query.answer(context.plain("faq.expired"), show_alert=True)
        return
    question_id = await faq.repo.add_advisor_question(
        user_id=update.effective_user.id, first_name=update.effective_user.first_name or "?", lang=context.lang,
        question=question, unanswered_id=row_id, now=context.services.clock(),
    )
    if question_id is None:
        await query.answer(context.plain("faq.advisor.already"), show_alert=True)
        return
    await query.answer()
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError as exc:
        log.debug("could not remove the advisor button: %s", exc)
    sent = await forward(context.application, question_id)
    when = when_text(context.services.catalog, context.lang, faq.hours, context.services.clock())
    await reply_html(update, context, context.t("faq.advisor.sent" if sent else "faq.advisor.queued", when=when))


async def maybe_advisor_reply(update: Update, context: BotContext) -> bool:
    """An advisor's reply to a forwarded question: store it and deliver it. False for anything else."""
    message = update.effective_message
    coordinator = context.services.settings.coordinator_chat_id
    if coordinator is None or message is None or message.chat.id != coordinator or message.reply_to_message is None:
        return False
    repo = _faq(context.application).repo
    row = await repo.by_forwarded_message(coordinator, message.reply_to_message.message_id)
    if row is None:
        return False
    if not message.text:
        await reply_html(update, context, context.t("faq.advisor.reply_text_only"))
        return True
    recorded = await repo.record_answer(row["id"], message.text, update.effective_user.id, context.services.clock())
    if not recorded:
        await reply_html(update, context, context.t("faq.advisor.already_answered", number=row["id"]))
        return True
    await deliver(context.application, row["id"])
    return True


async def advisor_media_reply(update: Update, context: BotContext) -> None:
    """A photo or sticker as a reply in the advisors' chat."""
    await maybe_advisor_reply(update, context)


async def open_questions(update: Update, context: BotContext) -> None:
    """/open (/avoimet) in the advisors' chat: questions still waiting for an answer."""
    coordinator = context.services.settings.coordinator_chat_id
    if coordinator is None or update.effective_chat.id != coordinator:
        await reply_html(update, context, context.t("faq.advisor.open_not_here"))
        return
    repo = _faq(context.application).repo
    count = await repo.count_open()
    if not count:
        await reply_html(update, context, context.t("faq.advisor.open_none"))
        return
    tz = context.services.settings.tz
    lines = [context.t("faq.advisor.open_title", count=count)]
    rows = await repo.open_questions(20)
    for row in rows:
        created = from_db(row["created_at"]).astimezone(tz)
        waiting = context.t("faq.advisor.open_waiting") if row["status"] == "pending" else ""
        lines.append(context.t("faq.advisor.open_item", number=row["id"], name=row["first_name"], language=row["lang"],
                               date=f"{_date(context.lang, created)} {_time(context.lang, created.time())}",
                               waiting=waiting, question=shorten(row["question"], 300)))
    if count > len(rows):
        lines.append(context.t("faq.advisor.open_more", count=count - len(rows)))
    await reply_html(update, context, "\n\n".join(lines))


def register(application: Application) -> None:
    services = services_of(application)
    services.extras.setdefault("startup", []).append(_startup)
    application.add_handler(CallbackQueryHandler(send_to_advisor, pattern=r"^faq:adv:"))
    application.add_handler(CommandHandler(OPEN_COMMANDS, open_questions))
    coordinator = services.settings.coordinator_chat_id
    if coordinator is not None:
        application.add_handler(MessageHandler(
            filters.Chat(chat_id=coordinator) & filters.REPLY & ~filters.TEXT & filters.UpdateType.MESSAGE,
            advisor_media_reply,
        ))
