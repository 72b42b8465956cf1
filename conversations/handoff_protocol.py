"""The advisor handoff's protocol: forwarding, delivery and the outbox, each done once.

The protocol (states in ``bot/storage/handoff.py``, diagram in ``conversations/handoff.md``):
a ticket is stored (``pending``) before anything is sent; a forward first *claims* it (``sending``) with
a conditional UPDATE, so only one worker (the button, the outbox job, another process) can post it.
A definite refusal puts it back to ``pending``; a lost response makes it ``uncertain`` and the outbox
posts one marked copy more (at most three in all); a reply to any copy is accepted, once: the copy is
recognised by its stored id or, for a copy whose response was lost, by the "❓ #N" it starts with.
Delivery to the asker is claimed the same way; if its outcome is unknown (lost response, or the bot
killed mid-send) the advisors are asked, with a button, instead of the asker getting it twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time
from typing import Literal

from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, TelegramError
from telegram.ext import Application, ContextTypes

from bot.callback_data import CallbackData
from bot.core import services_of
from bot.domain.dates import format_date
from bot.domain.office_hours import OfficeHours, expect_answer
from bot.domain.text import shorten
from bot.storage.handoff import HandoffRepository
from bot.telegram_io import keyboard, send_html

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class AdvisorButton(CallbackData, prefix="faq"):
    """"Send to an advisor" under an FAQ non-answer; ``offer_id`` is the stored unanswered question."""

    action: Literal["adv"]
    offer_id: int


@dataclass(frozen=True)
class ResendButton(CallbackData, prefix="hoff"):
    """In the advisors' chat: send again an answer whose first delivery may not have arrived."""

    action: Literal["resend"]
    ticket_id: int


def repo_of(application: Application) -> HandoffRepository:
    services = services_of(application)
    return services.extras.setdefault("handoff_repo", HandoffRepository(services.db))


def hours_of(application: Application) -> OfficeHours:
    return services_of(application).extras["faq"].hours


def coordinator(application: Application) -> int | None:
    """Where the advisors' group is now: COORDINATOR_CHAT_ID, or where it moved as a supergroup."""
    services = services_of(application)
    if services.settings.coordinator_chat_id is None:
        return None
    return services.extras.get("handoff_chat", services.settings.coordinator_chat_id)


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


def outcome_unknown(exc: TelegramError) -> bool:
    """True when Telegram may have acted although the call failed (timeout, lost or 5xx response)."""
    if isinstance(exc, BadRequest) or not isinstance(exc, NetworkError):
        return False
    return "not* sent" not in exc.message  # PTB's pool timeout: the request never left


async def follow_migration(application: Application, old_id: int, new_id: int) -> None:
    """The advisors' group became a supergroup: store where it is and move its rows there."""
    services = services_of(application)
    await services.chats.migrate(old_id, new_id)
    for hook in services.extras.get("chat_migrated", []):
        await hook(application, old_id, new_id)


async def chat_migrated(application: Application, old_id: int, new_id: int) -> None:
    if old_id == coordinator(application):
        services = services_of(application)
        await repo_of(application).chat_moved(services.settings.coordinator_chat_id, new_id, services.clock())
        services.extras["handoff_chat"] = new_id
        log.warning("the advisors' group became a supergroup; questions now go to its new id (stored)")


# -- the outbox -------------------------------------------------------------------------------------


async def forward(application: Application, ticket_id: int) -> str:
    """Post one ticket to the advisors' chat if it is free to claim; the ticket's state afterwards."""
    services, repo = services_of(application), repo_of(application)
    chat_id = coordinator(application)
    if chat_id is None:
        return "pending"
    attempt = await repo.claim_forward(ticket_id)
    if attempt is None:
        row = await repo.ticket(ticket_id)
        return row["status"] if row else "gone"
    row = await repo.ticket(ticket_id)
    for _ in range(3):  # a migration moves the chat; follow it and post there
        lang = await services.language_for_chat(chat_id)
        text = services.catalog.t(lang, "faq.advisor.forward", number=row["id"], name=row["first_name"],
                                  language=row["lang"], question=shorten(row["question"], 3000))
        if attempt > 1:
            text += "\n\n" + services.catalog.t(lang, "handoff.again")
        try:
            message = await application.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML)
        except ChatMigrated as exc:
            await follow_migration(application, chat_id, exc.new_chat_id)
            chat_id = exc.new_chat_id
            continue
        except TelegramError as exc:
            if outcome_unknown(exc):
                log.warning("advisor question %s: forward outcome unknown (%s)", ticket_id, exc.__class__.__name__)
                await repo.forward_uncertain(ticket_id, str(exc))
                return "uncertain"
            log.warning("could not forward advisor question %s: %s", ticket_id, exc)
            await repo.forward_refused(ticket_id, str(exc))
            return "pending"
        await repo.forwarded(ticket_id, chat_id, message.message_id, services.clock())
        log.info("advisor question %s forwarded", ticket_id)
        return "forwarded"
    await repo.forward_refused(ticket_id, "migrated too often")
    return "pending"


async def deliver(application: Application, ticket_id: int, *, resend: bool = False) -> None:
    """Send a stored advisor reply to the asker, once, and tell the advisors how it went."""
    services, repo = services_of(application), repo_of(application)
    if not await repo.claim_delivery(ticket_id, resend=resend):
        return  # someone else is delivering it, or it is done
    row = await repo.ticket(ticket_id)
    text = services.catalog.t(row["lang"], "faq.advisor.answer_to_user", question=shorten(row["question"], 300),
                              answer=row["answer"])
    try:
        await send_html(application.bot, row["user_id"], text)  # a long answer is split, not refused
    except (Forbidden, BadRequest) as exc:  # blocked, or the account is gone ("chat not found")
        log.info("advisor answer %s undeliverable: %s", ticket_id, exc)
        await repo.set_delivery(ticket_id, "failed")
        await tell_advisors(application, "faq.advisor.delivery_failed", row)
        return
    except TelegramError as exc:
        if outcome_unknown(exc):
            await repo.set_delivery(ticket_id, "uncertain")
            await ask_about_uncertain(application, row)
        else:
            log.warning("advisor answer %s not delivered yet: %s", ticket_id, exc)
            await repo.set_delivery(ticket_id, "pending")
        return
    await repo.set_delivery(ticket_id, "delivered")
    await tell_advisors(application, "faq.advisor.delivered", row)


async def tell_advisors(application: Application, key: str, row, markup=None, **values) -> None:
    chat_id = coordinator(application)
    if chat_id is None:
        return
    services = services_of(application)
    lang = await services.language_for_chat(chat_id)
    values = {"name": row["first_name"], "number": row["id"], **values} if row is not None else values
    try:
        await application.bot.send_message(chat_id, services.catalog.t(lang, key, **values), parse_mode=ParseMode.HTML,
                                           reply_markup=markup(lang) if markup else None)
    except TelegramError as exc:
        log.info("could not tell the advisors' chat: %s", exc.__class__.__name__)


async def ask_about_uncertain(application: Application, row) -> None:
    catalog = services_of(application).catalog

    def markup(lang: str):
        return keyboard([[(catalog.plain(lang, "handoff.resend_button"), ResendButton("resend", row["id"]).pack())]])

    await tell_advisors(application, "handoff.delivery_uncertain", row, markup)


async def flush(application: Application) -> None:
    """Retry everything still waiting: questions to forward and answers to deliver."""
    repo = repo_of(application)
    for ticket_id in await repo.to_forward():
        if await forward(application, ticket_id) == "pending":
            break  # the chat is still unreachable; the next round tries again
    for ticket_id in await repo.to_deliver():
        await deliver(application, ticket_id)


async def _flush_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await flush(context.application)


async def check_chat(application: Application) -> None:
    """Say clearly in the log when the advisors' group cannot be reached (questions then wait in the outbox)."""
    chat_id = coordinator(application)
    try:
        chat = await application.bot.get_chat(chat_id)
    except ChatMigrated as exc:
        await follow_migration(application, chat_id, exc.new_chat_id)
        return
    except (Forbidden, BadRequest) as exc:
        log.error("COORDINATOR_CHAT_ID: the bot cannot reach the advisors' group (%s); questions wait in the outbox "
                  "until the bot is added back to the group or the id is corrected", exc.message)
        return
    except TelegramError:
        return  # the network: the outbox retries anyway
    if chat.type not in ("group", "supergroup"):
        log.error("COORDINATOR_CHAT_ID is a %s chat, not the advisors' group", chat.type)


async def startup(application: Application) -> None:
    """Find the advisors' group, settle what a killed process left half-done, send what waits."""
    services = services_of(application)
    configured = services.settings.coordinator_chat_id
    if configured is None:
        return
    repo = repo_of(application)
    services.extras["handoff_chat"] = await repo.current_chat(configured)
    await check_chat(application)
    uncertain_before = {row["id"] for row in await repo.uncertain_deliveries()}
    await repo.recover_after_crash()
    for row in await repo.uncertain_deliveries():
        if row["id"] not in uncertain_before:
            await ask_about_uncertain(application, row)
    await flush(application)
    interval = hours_of(application).retry_seconds
    if application.job_queue is not None:
        application.job_queue.run_repeating(_flush_job, interval=interval, first=interval, name="faq-outbox")
