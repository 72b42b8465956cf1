"""Buttons on saved reminders: Done, Remind tomorrow, recurrence, lead times, Ready and Delete.

Every press is checked before anything changes: the reminder belongs to this chat; Done and the
snooze come from the very message that reminded of that occurrence, and only of the current one;
changes (edit, delete, snooze of a group's reminder) are for the group's admins. A second tap of
the same button changes nothing.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest

from bot.content import Html
from bot.core import BotContext
from bot.domain.reminder_input import format_moment, snooze_moment
from bot.domain.reminders import is_current_press, to_local, with_lead, with_recurrence
from bot.storage.reminders import Reminder
from bot.telegram_io import edit_or_send, keyboard

from .codec import RECURRENCE_CODES, ReminderButton
from .feature import feature, may_change, refuse, stale
from .render import describe, options_markup, reminder_title

log = logging.getLogger(__name__)


async def reminder_button(update: Update, context: BotContext) -> None:
    """Every ``rem:`` button of a saved reminder."""
    query = update.callback_query
    data = ReminderButton.parse(query.data)
    f = feature(context)
    reminder = await f.repo.get(data.reminder_id) if data and data.reminder_id else None
    if reminder is None or reminder.chat_id != update.effective_chat.id:
        log.info("refused reminder button from user %s", update.effective_user.id)
        await stale(update, context, "reminders.errors.gone" if data and data.action == "del" else
                    "reminders.errors.stale_button")
        return
    if data.action in ("done", "snz"):
        # Checked in the database first, so forged presses cost no request to Telegram.
        if await f.repo.is_done(reminder.reminder_id, data.arg or ""):
            await query.answer(context.plain("reminders.done.already"), show_alert=True)
        elif await _current_occurrence(update, context, reminder, data.arg):
            if data.action == "done":
                await _done(update, context, reminder, data.arg)
            elif not await may_change(update, context):
                await refuse(update, context)
            else:
                await _snooze(update, context, reminder, data.arg)
        return
    if not await may_change(update, context):
        await refuse(update, context)
        return
    if data.action == "del":
        await _delete(update, context, reminder)
    elif data.action == "ok":
        await query.answer()
        await edit_or_send(update, context, describe(context, reminder))
    else:
        await _change(update, context, reminder, data)


async def _current_occurrence(update: Update, context: BotContext, reminder: Reminder, occurrence: str | None) -> bool:
    """Done and snooze apply to the occurrence the pressed message reminded of, and only the newest one."""
    repo = feature(context).repo
    message = update.callback_query.message
    sent = await repo.log.sent_occurrence(reminder.reminder_id, message.message_id) if message else None
    if not is_current_press(occurrence, sent, await repo.log.latest_sent_occurrence(reminder.reminder_id)):
        log.info("refused a done/snooze for reminder %s occurrence %s", reminder.reminder_id, occurrence)
        await stale(update, context)
        return False
    return True


async def _done(update: Update, context: BotContext, reminder: Reminder, occurrence: str | None) -> None:
    """Mark the occurrence done (anyone in the chat): its later reminders stay unsent; the button says who."""
    query, user = update.callback_query, update.effective_user
    f = feature(context)
    if not await f.repo.mark_done(reminder, occurrence, user.id, context.services.clock()):
        await query.answer(context.plain("reminders.done.already"), show_alert=True)
        return
    await f.scheduler.arm()
    await query.answer(context.plain("reminders.done.thanks"))
    label = context.plain("reminders.done.by", name=user.first_name)
    try:
        await query.edit_message_reply_markup(keyboard([[(label[:60], ReminderButton("done", reminder.reminder_id, occurrence).pack())]]))
    except BadRequest as exc:
        log.debug("could not update the done button: %s", exc)


async def _snooze(update: Update, context: BotContext, reminder: Reminder, occurrence: str | None) -> None:
    """Remind again on the next working day at the reminder's own time; one pending snooze per occurrence."""
    f, query = feature(context), update.callback_query
    moment = snooze_moment(context.services.clock(), to_local(reminder.rule.due_at).time())
    if not await f.repo.snooze(reminder.reminder_id, occurrence, moment, update.effective_user.id):
        pending = await f.repo.pending_snooze(reminder.reminder_id, occurrence)
        await query.answer(context.plain("reminders.snoozed_already", when=format_moment(pending or moment, context.lang)),
                           show_alert=True)
        return
    await f.scheduler.arm()
    await query.answer(context.plain("reminders.snoozed", when=format_moment(moment, context.lang)), show_alert=True)


async def _delete(update: Update, context: BotContext, reminder: Reminder) -> None:
    f = feature(context)
    await f.repo.delete(reminder.reminder_id)
    await f.scheduler.arm()
    await update.callback_query.answer(context.plain("reminders.deleted"))
    if context.chat_data.get("list_message") == update.callback_query.message.message_id:
        from .listing import show_list

        await show_list(update, context, edit=True)
    else:
        await edit_or_send(update, context, context.t("reminders.deleted_long",
                                                       title=Html(reminder_title(context.services.catalog, context.lang, reminder))))


async def _change(update: Update, context: BotContext, reminder: Reminder, data: ReminderButton) -> None:
    """A recurrence or lead-time button; each names the state it sets, so a second tap changes nothing."""
    f, query, rule, arg = feature(context), update.callback_query, reminder.rule, data.arg or ""
    if data.action == "rec" and arg in RECURRENCE_CODES:
        new = with_recurrence(rule, RECURRENCE_CODES[arg])
    elif data.action == "lead" and arg[:-1].isdigit() and arg[-1:] in ("+", "-") \
            and int(arg[:-1]) in f.rules.custom_lead_choices:
        new = with_lead(rule, int(arg[:-1]), arg.endswith("+"))
    else:
        await stale(update, context)
        return
    if new != rule:
        await f.repo.change_rule(reminder.reminder_id, new, context.services.clock())
        await f.scheduler.arm()
        reminder = await f.repo.get(reminder.reminder_id)
    await query.answer()
    await edit_or_send(update, context, describe(context, reminder), options_markup(context, reminder, f.rules.custom_lead_choices))
