"""Making and delivering the idea paper, and /mypapers (download again, start a new version)."""

from __future__ import annotations

import asyncio
import io
import logging
from datetime import timedelta
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.core import BotContext
from bot.domain import interview as iv
from bot.domain.budget import EsrBudget
from bot.domain.paper import format_date, format_money, render_paper, track_label
from bot.domain.text import shorten
from bot.storage.interview import InterviewRepository
from bot.telegram_io import keyboard, reply_html

from .common import is_private
from .interview_views import btn, plain_of, rules_of, today_of

log = logging.getLogger(__name__)

# Pauses between tries of sendDocument; then the user is pointed to /mypapers.
SEND_DELAYS = (0.5, 1.5, 3.0)
# A "Create" pressed again within this time offers the paper just made.
RECENT_PAPER = timedelta(hours=2)


def _repo(context: BotContext) -> InterviewRepository:
    return context.services.extras["interview_repo"]


async def send_paper(context: BotContext, chat_id: int, filename: str, data: bytes) -> bool:
    """sendDocument with retries and backoff; False when every try failed."""
    for attempt, delay in enumerate((0.0, *SEND_DELAYS)):
        if delay:
            await asyncio.sleep(delay)
        try:
            await context.bot.send_document(chat_id, InputFile(io.BytesIO(data), filename=filename),
                                            caption=context.plain("interview.summary.caption"))
            return True
        except RetryAfter as exc:
            await asyncio.sleep(min(float(getattr(exc, "retry_after", 1) or 1), 5.0))
        except (TimedOut, NetworkError) as exc:
            if isinstance(exc, (BadRequest, Forbidden)):
                raise
            log.warning("sendDocument failed (try %d): %s", attempt + 1, type(exc).__name__)
    return False


async def make_paper(update: Update, context: BotContext, draft: iv.Draft | None) -> None:
    """Render, store (dropping the draft), then send the file and a short summary."""
    query = update.callback_query
    user_id, chat_id = update.effective_user.id, update.effective_chat.id
    if draft is None or draft.mode != "review":
        await query.answer()
        await offer_recent(update, context, draft)
        return
    await query.answer()
    try:
        await context.bot.edit_message_reply_markup(chat_id, query.message.message_id, reply_markup=None)
    except (BadRequest, NetworkError):
        pass
    await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
    today, rules, lang = today_of(context), rules_of(context), context.lang
    warnings = iv.collect_warnings(draft, today, rules)
    # The bounded render service (bot/render.py): a burst of papers does not keep hundreds of MiB.
    data, info = await context.services.extras["render"].run(
        render_paper, draft, lang=lang, plain=plain_of(context), today=today, rules=rules, warnings=warnings
    )
    paper_id = await _repo(context).finish(user_id, info.title, info.track, lang, info.filename, draft.answers, data,
                                           context.services.clock())
    forget = context.services.extras["interview_forget"]
    forget(context, user_id)
    log.info("idea paper made for user %s (%s, %d bytes)", user_id, info.track, len(data))
    if not await send_paper(context, chat_id, info.filename, data):
        await reply_html(update, context, context.t("interview.delivery.failed"), keyboard([
            [(context.plain("interview.buttons.download_saved"), btn("dl", str(paper_id)))],
            [(context.plain("interview.buttons.my_papers"), btn("list"))]]))
        return
    await reply_html(update, context, _summary(context, draft, info), _after_paper_menu(context))


async def offer_recent(update: Update, context: BotContext, draft: iv.Draft | None) -> None:
    """"Create" pressed when there is no review open: offer the paper just made, or continue the draft."""
    papers = await _repo(context).papers(update.effective_user.id, limit=1)
    now = context.services.clock()
    if papers and (draft is None or not draft.answers) and now - papers[0].created_at < RECENT_PAPER:
        paper = papers[0]
        await reply_html(update, context, context.t("interview.delivery.already", title=shorten(paper.title, 60)), keyboard([
            [(context.plain("interview.buttons.download_saved"), btn("dl", str(paper.paper_id)))],
            [(context.plain("interview.buttons.my_papers"), btn("list"))]]))
        return
    show = context.services.extras["interview_continue"]
    await show(update, context)


def _summary(context: BotContext, draft: iv.Draft, info) -> str:
    lines = [context.t("interview.summary.ready", title=info.title),
             context.t("interview.summary.track", track=track_label(draft, plain_of(context)))]
    budget = info.budget
    if budget is not None:
        aid = budget.aid if isinstance(budget, EsrBudget) else budget.public_aid
        own = budget.own if isinstance(budget, EsrBudget) else budget.own_funding
        lines.append(context.t("interview.summary.budget", total=format_money(budget.total, context.lang),
                               aid=format_money(aid, context.lang), own=format_money(own, context.lang)))
    lines.append(context.t("interview.summary.warnings", count=len(info.warnings)) if info.warnings
                 else context.t("interview.summary.no_warnings"))
    lines.append("")
    lines.append(context.t("interview.summary.next"))
    return "\n".join(lines)


def _after_paper_menu(context: BotContext):
    p = context.plain
    return keyboard([[(p("interview.buttons.my_papers"), btn("list")), (p("interview.buttons.menu"), "menu:main")]])


async def my_papers(update: Update, context: BotContext) -> None:
    """/mypapers: finished papers, each with download and new-version buttons."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    if not is_private(update):
        await reply_html(update, context, context.t("fallback.private_only"))
        return
    papers = await _repo(context).papers(update.effective_user.id, limit=10)
    if not papers:
        await reply_html(update, context, context.t("interview.mypapers.empty"))
        return
    tz = ZoneInfo(context.services.settings.bot_timezone)
    lines = [context.t("interview.mypapers.title")]
    rows = []
    p = context.plain
    for paper in papers:
        day = format_date(paper.created_at.astimezone(tz).date(), context.lang)
        track = p(f"interview.track_label.{paper.track}_short") if paper.track in ("esr", "leader") else paper.track
        lines.append(context.t("interview.mypapers.item", title=shorten(paper.title, 60), date=day, track=track))
        rows.append([(p("interview.buttons.download", title=shorten(paper.title, 28)), btn("dl", str(paper.paper_id))),
                     (p("interview.buttons.new_version"), btn("nv", str(paper.paper_id)))])
    lines.append("")
    lines.append(context.t("interview.mypapers.hint"))
    await reply_html(update, context, "\n".join(lines), keyboard(rows))


async def paper_action(update: Update, context: BotContext, action: str, paper_id: int) -> None:
    """Download again or start a new version; the owner check is in the query itself."""
    user_id = update.effective_user.id
    repo = _repo(context)
    query = update.callback_query
    if action == "dl":
        found = await repo.document(paper_id, user_id)
        if found is None:
            await query.answer(context.plain("interview.stale_paper"), show_alert=True)
            return
        await query.answer()
        filename, data = found
        await context.bot.send_chat_action(update.effective_chat.id, ChatAction.UPLOAD_DOCUMENT)
        if not await send_paper(context, update.effective_chat.id, filename, data):
            await reply_html(update, context, context.t("interview.delivery.retry_later"), keyboard([
                [(context.plain("interview.buttons.download_saved"), btn("dl", str(paper_id)))]]))
        return
    answers = await repo.answers(paper_id, user_id)
    if answers is None:
        await query.answer(context.plain("interview.stale_paper"), show_alert=True)
        return
    await query.answer()
    stored = await repo.draft(user_id)
    if action == "nv" and stored is not None and stored.draft.answers:
        p = context.plain
        await reply_html(update, context, context.t("interview.mypapers.replace_draft"), keyboard([
            [(p("interview.buttons.new_version_yes"), btn("nvy", str(paper_id)))], [(p("interview.buttons.keep"), btn("r", "k"))]]))
        return
    draft = iv.Draft.prefilled(answers)
    start = context.services.extras["interview_show_new"]
    await start(update, context, draft, context.t("interview.mypapers.prefilled"))
