"""/project and guided /remind on persisted drafts: load the draft of (flow, chat, person), call the
pure step function, save (or finish) before answering, then send what the step says."""

from __future__ import annotations

import logging
from datetime import time
from html import escape

from telegram import ForceReply, ReplyParameters, Update
from telegram.ext import ApplicationHandlerStop

from bot.content import Html
from bot.core import BotContext
from bot.domain import project_flow, remind_flow
from bot.domain.flows import Draft, Step, is_expired
from bot.domain.reminder_input import ReminderInputError, check_future, parse_one_line
from bot.domain.reminders import Rule
from bot.telegram_io import edit_or_send, reply_html

from ..common import command_names, is_group
from .codec import FlowButton
from .feature import feature, may_change, refuse, stale
from .render import describe, flow_keyboard, options_markup, proposal, shown

log = logging.getLogger(__name__)

# Commands that leave an open set-up as it is; any other command closes it (the person moved on).
KEEP_OPEN = ("reminders", "calendar", "help", "privacy", "language")


async def _send(update: Update, context: BotContext, draft: Draft | None, step: Step) -> None:
    """Say what the step says: questions in groups as replies to the asker only (selective)."""
    rules = feature(context).rules
    for prompt in step.say:
        if prompt.key == "@proposal":
            text, markup = proposal(context, step.draft, rules)
        else:
            values = {k: shown(v, context.lang) for k, v in prompt.values.items()}
            text = context.t(prompt.key, **values)
            markup = flow_keyboard(context, step.draft or draft, prompt.buttons, rules) if prompt.buttons else None
        kwargs = {}
        if markup is None and prompt.ask and is_group(update):
            user = update.effective_user
            # Selective: the reply box opens for the person named in the text (and the sender replied to).
            text = context.t("reminders.flow.addressed", name=Html(
                f'<a href="tg://user?id={user.id}">{escape(user.first_name or "")}</a>'), text=Html(text))
            markup = ForceReply(selective=True)
            if update.message is not None:
                kwargs["reply_parameters"] = ReplyParameters(update.message.message_id, allow_sending_without_reply=True)
        if step.edit and update.callback_query is not None and not kwargs and not isinstance(markup, ForceReply):
            await edit_or_send(update, context, text, markup)
        else:
            await reply_html(update, context, text, markup, **kwargs)


async def _apply(update: Update, context: BotContext, draft: Draft, step: Step) -> None:
    """Persist the step's outcome (committed), then answer."""
    f, services = feature(context), context.services
    now = services.clock()
    if step.result is not None:
        if not await may_change(update, context):  # an admin may have been demoted meanwhile
            await refuse(update, context)
            return
        if update.callback_query is not None:
            await update.callback_query.answer()
        chat_id, user_id = draft.chat_id, draft.user_id
        key = (draft.flow, chat_id, user_id)
        if isinstance(step.result, remind_flow.RemindRequest):
            reminder_id = await f.repo.create(chat_id, user_id, Rule(step.result.due_at), step.result.text, now,
                                              finish_draft=key)
            await f.drafts.refresh(chat_id, user_id)
            await f.scheduler.arm()
            reminder = await f.repo.get(reminder_id)
            await reply_html(update, context, describe(context, reminder),
                             options_markup(context, reminder, f.rules.custom_lead_choices))
        else:
            result: project_flow.ProjectRequest = step.result
            await f.repo.create_project(chat_id, user_id, result.plan, list(result.chosen), f.rules.default_time,
                                        tuple(f.rules.milestone_lead_days), now, finish_draft=key)
            await f.drafts.refresh(chat_id, user_id)
            await f.scheduler.arm()
            await edit_or_send(update, context, context.t("reminders.project.saved", count=len(result.chosen),
                                                           name=result.plan.name))
        return
    if step.draft is None:
        await f.drafts.delete(draft.chat_id, draft.user_id)
    elif step.draft != draft:
        await f.drafts.save(step.draft, now)
    await _send(update, context, draft, step)


async def _begin(update: Update, context: BotContext, step: Step) -> None:
    await feature(context).drafts.save(step.draft, context.services.clock())
    await _send(update, context, step.draft, step)


async def start_remind(update: Update, context: BotContext) -> None:
    """/remind: the one-line form when something follows the command, else the guided questions."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    f = feature(context)
    args = " ".join(context.args or [])
    chat_id, user_id = update.effective_chat.id, update.effective_user.id
    if not args.strip():
        await _begin(update, context, remind_flow.start(chat_id, user_id))
        return
    try:
        parsed = parse_one_line(args, f.rules.default_time)
        due_at = check_future(parsed.day, parsed.at, context.services.clock())
    except ReminderInputError as exc:
        values = {k: shown(v, context.lang) for k, v in exc.values.items()}
        await reply_html(update, context, context.t(f"reminders.errors.{exc.code}", **values) + "\n\n"
                         + context.t("reminders.remind.example"))
        return
    step = Step(None, result=remind_flow.RemindRequest(parsed.day, parsed.at, parsed.text, due_at))
    await _apply(update, context, Draft(remind_flow.FLOW, chat_id, user_id, "oneline"), step)


async def start_project(update: Update, context: BotContext) -> None:
    """/project: name, funding, dates; then the proposed milestones to confirm or change."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    if update.callback_query is not None:
        await update.callback_query.answer()
    await _begin(update, context, project_flow.start(update.effective_chat.id, update.effective_user.id))


async def start_remind_button(update: Update, context: BotContext) -> None:
    """The list's "new reminder" button."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    await update.callback_query.answer()
    await _begin(update, context, remind_flow.start(update.effective_chat.id, update.effective_user.id))


async def _open_draft(update: Update, context: BotContext, stop: bool = True) -> Draft | None:
    """The sender's open draft in this chat; an expired one is dropped and the person told (and with
    ``stop`` the update ends there: it was meant as an answer)."""
    f = feature(context)
    chat_id, user_id = update.effective_chat.id, update.effective_user.id
    draft = await f.drafts.get(chat_id, user_id)
    if draft is None:
        f.drafts.open.discard((chat_id, user_id))
        return None
    if is_expired(draft, context.services.clock()):
        await f.drafts.delete(chat_id, user_id)
        await reply_html(update, context, context.t(f"reminders.flow.expired_{draft.flow}"))
        if stop:
            raise ApplicationHandlerStop
        return None
    return draft


async def on_text(update: Update, context: BotContext) -> None:
    """Typed text from a person with an open set-up in this chat: the answer to its step."""
    draft = await _open_draft(update, context)
    if draft is None:
        return
    f, text = feature(context), update.message.text
    if draft.flow == remind_flow.FLOW:
        step = remind_flow.on_text(draft, text, context.services.clock(), f.rules.default_time)
    else:
        step = project_flow.on_text(draft, text, f.rules, is_group(update))
    await _apply(update, context, draft, step)
    raise ApplicationHandlerStop


async def on_other(update: Update, context: BotContext) -> None:
    """A sticker, photo or file where a typed answer was expected."""
    if await _open_draft(update, context) is None:
        return
    await reply_html(update, context, context.t("reminders.errors.not_text"))
    raise ApplicationHandlerStop


async def on_edited(update: Update, context: BotContext) -> None:
    """An earlier message edited during a set-up: edits are not read, so say so."""
    if await _open_draft(update, context) is None:
        return
    await reply_html(update, context, context.t("reminders.flow.edited"))
    raise ApplicationHandlerStop


async def on_command(update: Update, context: BotContext) -> None:
    """A command during a set-up: /cancel ends it; another feature's command closes it (and says so)."""
    draft = await _open_draft(update, context, stop=False)
    if draft is None:
        return
    catalog = context.services.catalog
    word = update.message.text.split()[0][1:].split("@")[0].lower()
    if word in command_names(catalog, "cancel"):
        await feature(context).drafts.delete(draft.chat_id, draft.user_id)
        await reply_html(update, context, context.t("reminders.cancelled"))
        raise ApplicationHandlerStop
    keep = {name for feature_id in (*KEEP_OPEN, "remind", "project") for name in command_names(catalog, feature_id)}
    if word not in keep:
        await feature(context).drafts.delete(draft.chat_id, draft.user_id)
        await reply_html(update, context, context.t(f"reminders.flow.closed_{draft.flow}"))


async def on_other_feature_button(update: Update, context: BotContext) -> None:
    """A button that starts another feature (the interview, a question) closes an open set-up here, and says so."""
    if (update.effective_chat.id, update.effective_user.id) not in feature(context).drafts.open:
        return
    draft = await feature(context).drafts.get(update.effective_chat.id, update.effective_user.id)
    if draft is not None:
        await feature(context).drafts.delete(draft.chat_id, draft.user_id)
        await reply_html(update, context, context.t(f"reminders.flow.closed_{draft.flow}"))


async def on_button(update: Update, context: BotContext) -> None:
    """A button inside a set-up: only its owner may press it; a stale step's button changes nothing."""
    query = update.callback_query
    data = FlowButton.parse(query.data)
    if data is None:
        await stale(update, context)
        return
    user_id = update.effective_user.id
    if data.owner != user_id:
        if is_group(update) and not await may_change(update, context):
            await refuse(update, context)
        else:
            await stale(update, context, "reminders.flow.not_yours")
        return
    f = feature(context)
    draft = await f.drafts.get(update.effective_chat.id, user_id, data.flow)
    if draft is None or is_expired(draft, context.services.clock()):
        if draft is not None:
            await f.drafts.delete(draft.chat_id, draft.user_id)
        await stale(update, context, f"reminders.flow.expired_{data.flow}")
        return
    if data.action == "cancel":
        await f.drafts.delete(draft.chat_id, draft.user_id)
        await query.answer()
        await edit_or_send(update, context, context.t("reminders.cancelled"))
        return
    if data.flow == remind_flow.FLOW:
        arg = data.arg or ""
        if data.action != "time" or len(arg) != 4 or not arg.isdigit() or int(arg[:2]) > 23 or int(arg[2:]) > 59:
            await stale(update, context)
            return
        step = remind_flow.on_time(draft, time(int(arg[:2]), int(arg[2:])), context.services.clock())
    else:
        step = project_flow.on_button(draft, data.action, data.arg, f.rules, is_group(update))
    alerts = [p for p in step.say if p.key in ("reminders.flow.stale_step", "reminders.project.none_chosen")]
    if alerts and step.draft == draft:
        await query.answer(context.plain(alerts[0].key), show_alert=True)
        return
    if step.result is None:
        await query.answer()  # a finished set-up answers after the admin check in _apply
    await _apply(update, context, draft, step)
