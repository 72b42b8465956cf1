"""The Leader-group finder: "🔎 Find my Leader group", a municipality typed in any form, the group's card.

Other features show the button with ``finder_button(context)`` and answer a municipality named in a
question with ``answer_if_municipality``. The matching itself is ``bot.domain.leader_groups``.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Literal

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from bot.callback_data import CallbackData
from bot.content import Html, validate_common
from bot.core import BotContext, services_of
from bot.domain import leader_groups
from bot.domain.leader_groups import Coverage, FinderResult, LeaderGroupFinder, LeaderGroupsData
from bot.domain.text import shorten
from bot.telegram_io import keyboard, reply_html


log = logging.getLogger(__name__)

AWAITING = "finder_awaiting_municipality"
HANDLER_GROUP = -1  # before the conversations, so the answer to "which municipality?" reaches the finder
MAX_WORDS_AS_ANSWER = 6  # longer unrecognised text is a question for the FAQ, not a municipality


@dataclass(frozen=True)
class FinderButton(CallbackData, prefix="finder"):
    action: Literal["ask", "pick"]
    municipality: int | None = None


def finder_button(context: BotContext) -> tuple[str, str]:
    """The "🔎 Find my Leader group" button, for any keyboard."""
    return (context.plain("finder.button"), FinderButton("ask").pack())


def _finder(context) -> LeaderGroupFinder:
    return services_of(context.application).extras["leader_finder"]


def national_line(context: BotContext) -> str:
    """One line pointing to the national list of groups (for the FAQ's "find your group" answer)."""
    return context.t("finder.national", national=_finder(context).national.website)


# -- rendering ------------------------------------------------------------------------------------


def _link(website: str) -> Html:
    return Html(f'<a href="https://{html.escape(website, quote=True)}">{html.escape(website)}</a>')


def _part(context: BotContext, coverage: Coverage) -> str:
    entry = coverage.entry
    if entry.rural:
        return context.t("finder.part.rural")
    if entry.only:
        return context.t("finder.part.only", areas=entry.only)
    if entry.except_:
        return context.t("finder.part.except", areas=entry.except_)
    return ""


def _contact(context: BotContext, coverage: Coverage) -> str:
    group, national = coverage.group, _finder(context).national.website
    phone = context.t("finder.phone", phone=group.phone) if group.phone else context.t("finder.no_phone")
    website = context.t("finder.website", link=_link(group.website)) if group.website \
        else context.t("finder.no_website", link=_link(national))
    return f"{phone}\n{website}"


def card(context: BotContext, result: FinderResult) -> str:
    """The answer for a municipality: its group(s) with contacts, or the honest outside-Leader answer."""
    finder = _finder(context)
    name = result.municipality.display()
    lines = []
    if result.former:
        lines.append(context.t("finder.former", former=result.former, municipality=result.municipality.fi))
    if result.kind == "outside_leader":
        lines.append(context.t("finder.outside", municipality=name))
        return "\n\n".join(lines)
    main, *others = result.coverage
    group = main.group
    members = ", ".join(e.name for e in group.municipalities)
    lines.append(context.t("finder.card", municipality=name, group=group.name,
                           part=Html(_part(context, main)), municipalities=members, contact=Html(_contact(context, main))))
    for other in others:
        lines.append(context.t("finder.also", group=other.group.name, part=Html(_part(context, other)),
                               contact=Html(_contact(context, other))))
    lines.append(context.t("finder.advisor"))
    if not all(c.group.verified for c in result.coverage):
        lines.append(context.t("finder.unverified", checked=finder.data.checked, link=_link(finder.national.website)))
    return "\n\n".join(lines)


async def _reply(update: Update, context: BotContext, result: FinderResult, text: str) -> None:
    finder = _finder(context)
    if result.kind in ("found", "outside_leader"):
        context.user_data.pop(AWAITING, None)
        await reply_html(update, context, card(context, result))
    elif result.kind == "ambiguous":
        rows = [[(m.display(), FinderButton("pick", finder.index_of(m)).pack())] for m in result.candidates]
        await reply_html(update, context, context.t("finder.ambiguous"), keyboard(rows))
    else:
        await reply_html(update, context, context.t("finder.unknown", text=shorten(text, 60), link=_link(finder.national.website)))


async def answer_if_municipality(update: Update, context: BotContext, text: str) -> bool:
    """For the FAQ: when the text names one municipality, answer with its group and say so."""
    result = _finder(context).find_group(text, question=True)
    if result.kind not in ("found", "outside_leader"):
        return False
    await _reply(update, context, result, text)
    return True


# -- handlers -------------------------------------------------------------------------------------


async def button(update: Update, context: BotContext) -> None:
    """The finder's buttons: "find my group" asks for the municipality; a candidate button answers."""
    query = update.callback_query
    data = FinderButton.parse(query.data)
    municipality = _finder(context).municipality(data.municipality) if data and data.municipality is not None else None
    if data is None or (data.action == "pick" and municipality is None):
        await query.answer(context.plain("finder.expired"), show_alert=True)
        return
    await query.answer()
    if data.action == "ask":
        context.user_data[AWAITING] = True
        await reply_html(update, context, context.t("finder.ask"))
        return
    result = _finder(context).result_for(municipality)
    await _reply(update, context, result, municipality.fi)


def _is_question(context: BotContext, text: str) -> bool:
    """Unrecognised text that is long, or that the FAQ can answer, was a question rather than a place."""
    if len(text.split()) > MAX_WORDS_AS_ANSWER:
        return True
    faq = services_of(context.application).extras.get("faq")
    search = getattr(getattr(faq, "index", None), "search", None)
    return search is not None and search(text).decision == "answer"


async def legacy_button(update: Update, context: BotContext) -> None:
    """The old "faq:find" button in messages sent before December 2026: the same as "find my group"."""
    await update.callback_query.answer()
    context.user_data[AWAITING] = True
    await reply_html(update, context, context.t("finder.ask"))


async def awaited_message(update: Update, context: BotContext) -> None:
    """The message after "which municipality?": text is looked up; anything else gets a friendly word."""
    if not context.user_data.get(AWAITING):
        return  # not ours: the conversations and the FAQ (handler group 0) take it
    message = update.effective_message
    text = message.text or ""
    if not text:
        await reply_html(update, context, context.t("finder.not_text"))
        raise ApplicationHandlerStop
    if text.startswith("/"):
        context.user_data.pop(AWAITING, None)
        return  # a command ends the question
    result = _finder(context).find_group(text)
    if result.kind == "unknown" and _is_question(context, text):
        context.user_data.pop(AWAITING, None)
        return  # a question, not a municipality: the FAQ answers it
    log.debug("finder: %s", result.kind)
    await _reply(update, context, result, text)
    raise ApplicationHandlerStop


async def other_button(update: Update, context: BotContext) -> None:
    """Any other button ends the wait for a municipality: the user went elsewhere (the handler that owns it still runs)."""
    context.user_data.pop(AWAITING, None)


def register(application: Application) -> None:
    services = services_of(application)
    data = validate_common(services.catalog, "leader_groups", LeaderGroupsData)
    finder = LeaderGroupFinder(data)
    services.extras["leader_finder"] = finder
    leader_groups.install(finder)
    application.add_handler(CallbackQueryHandler(button, pattern=FinderButton.matches))
    # The same button from before the finder had its own prefix, still in people's chats.
    application.add_handler(CallbackQueryHandler(legacy_button, pattern=r"^faq:find$"))
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE, awaited_message), group=HANDLER_GROUP)
    application.add_handler(
        CallbackQueryHandler(other_button, pattern=lambda data: not FinderButton.matches(data)), group=HANDLER_GROUP)
