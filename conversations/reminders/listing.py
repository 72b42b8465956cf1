"""/reminders (the chat's reminders) and /calendar (the same as an .ics file)."""

from __future__ import annotations

from telegram import InputFile, Update
from telegram.constants import ParseMode

from bot.content import Html
from bot.core import BotContext
from bot.domain.calendar import CalendarEntry, build_ics
from bot.domain.reminder_input import format_day, format_moment
from bot.domain.reminders import next_deadline
from bot.telegram_io import edit_or_send, keyboard, reply_html

from ..common import is_group, is_private
from .codec import ReminderButton
from .feature import feature, may_change
from .render import reminder_title

MAX_LIST = 25


async def show_list(update: Update, context: BotContext, edit: bool = False) -> None:
    """The chat's reminders; 🗑 buttons only in the view of someone who may delete (an admin in a group)."""
    f, services, lang = feature(context), context.services, context.lang
    chat_id = update.effective_chat.id
    resumed = 0
    if await f.repo.count_inactive(chat_id):
        # A message from the chat proves it is reachable again (unblocked, or the bot re-added).
        resumed = await f.repo.reactivate_chat(chat_id, services.clock())
        await f.scheduler.arm()
    reminders = await f.repo.for_chat(chat_id)
    now = services.clock()
    can_delete = await may_change(update, context)
    lines, buttons = [], []
    for index, reminder in enumerate(reminders[:MAX_LIST], start=1):
        deadline = next_deadline(reminder.rule, now, await f.repo.done_occurrences(reminder.reminder_id))
        when = context.plain("reminders.list.passed")
        if deadline:
            when = format_moment(deadline, lang) if reminder.kind == "custom" else format_day(deadline, lang)
        lines.append(context.t("reminders.list.item", n=index, title=Html(reminder_title(services.catalog, lang, reminder)),
                               when=when, recurrence=context.plain(f"reminders.recurrence_short.{reminder.rule.recurrence}")))
        if can_delete:
            buttons.append([(context.plain("reminders.list.delete", n=index), ReminderButton("del", reminder.reminder_id).pack())])
    if not reminders:
        text = context.t("reminders.list.empty_group" if is_group(update) else "reminders.list.empty")
    else:
        text = context.t("reminders.list.header", count=len(reminders)) + "\n" + "\n".join(lines)
        if len(reminders) > MAX_LIST:
            text += "\n" + context.t("reminders.list.more", count=len(reminders) - MAX_LIST)
        if is_group(update):
            text += "\n\n" + context.t("reminders.list.group_note")
    if resumed:
        text = context.t("reminders.list.resumed", count=resumed) + "\n\n" + text
    if is_private(update):
        text += "\n\n" + context.t("reminders.list.what_next")
        p = context.plain
        buttons += [[(p("reminders.buttons.new_reminder"), ReminderButton("new").pack()),
                     (p("reminders.buttons.new_project"), ReminderButton("prj").pack())],
                    [(p("reminders.buttons.calendar"), ReminderButton("ics").pack())]]
    markup = keyboard(buttons) if buttons else None
    if edit:
        await edit_or_send(update, context, text, markup)
        message_id = update.callback_query.message.message_id
    else:
        message_id = (await reply_html(update, context, text, markup)).message_id
    context.chat_data["list_message"] = message_id


async def list_reminders(update: Update, context: BotContext) -> None:
    """/reminders: the chat's reminders with their next dates."""
    await show_list(update, context)


async def menu_reminders(update: Update, context: BotContext) -> None:
    """The reminders button of the main menu."""
    await update.callback_query.answer()
    await show_list(update, context, edit=True)


async def calendar(update: Update, context: BotContext) -> None:
    """/calendar: an .ics file of the chat's deadlines (milestones all-day, own reminders at their time)."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    f, services, lang = feature(context), context.services, context.lang
    reminders = await f.repo.for_chat(update.effective_chat.id)
    if not reminders:
        await reply_html(update, context, context.t("reminders.calendar.empty"))
        return
    catalog = services.catalog
    entries = []
    for reminder in reminders:
        if reminder.kind == "custom":
            title, description = reminder.text, ""
        else:
            title = catalog.plain(lang, "reminders.calendar.milestone", project=reminder.project_name or "",
                                  title=catalog.plain(lang, f"reminders.kinds.{reminder.kind}.title",
                                                      number=reminder.number, year=reminder.number))
            description = catalog.plain(lang, f"reminders.kinds.{reminder.kind}.hint", **f.hint_values)
        entries.append(CalendarEntry(f"hankebotti-{reminder.reminder_id}@hankebotti", title, description, reminder.rule,
                                     all_day=reminder.kind != "custom"))
    data = build_ics(entries, catalog.plain(lang, "reminders.calendar.name"), catalog.plain(lang, "reminders.calendar.alarm"),
                     services.clock())
    await context.bot.send_document(
        update.effective_chat.id, InputFile(data, filename=catalog.plain(lang, "reminders.calendar.filename")),
        caption=context.t("reminders.calendar.caption", count=len(entries)), parse_mode=ParseMode.HTML,
    )
