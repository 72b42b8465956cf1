"""Projects, milestones and reminders: /project (/hanke), /remind (/muistuta), /reminders (/muistutukset),
/calendar (/kalenteri), the reminder buttons, and the scheduler that delivers what the database says is due."""

from __future__ import annotations

import asyncio
import logging
import re
import warnings
from datetime import date, datetime, time, timedelta

from telegram import ForceReply, InputFile, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.content import Html, validate_common
from bot.core import BotContext, Services, services_of
from bot.domain.calendar import CalendarEntry, build_ics
from bot.domain.milestones import Milestone, MilestoneRules, PlanError, ProjectPlan, propose
from bot.domain.reminders import (
    ReminderInputError,
    Rule,
    check_future,
    clean_text,
    days_before,
    format_day,
    format_moment,
    format_time,
    is_occurrence,
    local_to_utc,
    next_slot,
    cursor_at,
    parse_date,
    parse_one_line,
    parse_time,
    snooze_moment,
    to_local,
)
from bot.storage.reminders import Outcome, Outgoing, Reminder, ReminderRepository
from bot.telegram_io import edit_or_send, keyboard, reply_html, send_html

from .common import command_names, is_chat_admin, is_group, is_private

log = logging.getLogger(__name__)

JOB_NAME = "reminders:next"
# A long timer is re-checked now and then; cheap, and it follows a clock that tests move.
MAX_SLEEP = 3600.0
MAX_LIST = 25
# Reminder sends per second: under Telegram's ~30/s overall, leaving room for answers to people.
# AIORateLimiter's bucket lets bursts through and Telegram then answers 429 (a 1 s stall each), so a
# steady pace of our own is faster for a mass delivery than hitting the limit.
SEND_RATE = 28.0
PROJECT_NAME_MAX = 120

# Conversation states.
R_DATE, R_TIME, R_TEXT = range(3)
P_NAME, P_FUNDING, P_DECISION, P_START, P_END, P_PERIOD, P_CONFIRM = range(10, 17)

_CALLBACK_RE = re.compile(r"^rem:(rec|lead|del|done|snz|ok):(\d{1,12})(?::([0-9a-z-]{1,10}))?$")
_REC_CODES = {"n": "none", "w": "weekly", "m": "monthly", "y": "yearly"}


# -- shared helpers ---------------------------------------------------------------------------------


def _rules(services: Services) -> MilestoneRules:
    return services.extras["reminder_rules"]


def _repo(services: Services) -> ReminderRepository:
    return services.extras["reminder_repo"]


def _scheduler(services: Services) -> "ReminderScheduler":
    return services.extras["reminder_scheduler"]


async def _ask(update: Update, context: BotContext, key: str, markup=None, **values) -> None:
    """A question; in a group it asks for a reply, because bots in privacy mode see replies only."""
    kwargs = {}
    if markup is None and is_group(update):
        message = update.message
        markup = ForceReply(selective=message is not None)
        if message is not None:
            kwargs["reply_parameters"] = ReplyParameters(message.message_id, allow_sending_without_reply=True)
    await reply_html(update, context, context.t(key, **values), markup, **kwargs)


async def _may_change(update: Update, context: BotContext) -> bool:
    """Anyone in a private chat; in a group only an admin, asked from Telegram at every change."""
    if not is_group(update):
        return True
    return await is_chat_admin(context, update.effective_chat.id, update.effective_user.id)


async def _refuse(update: Update, context: BotContext) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(context.plain("reminders.admins_only"), show_alert=True)
    else:
        await reply_html(update, context, context.t("reminders.admins_only_long"))


def _leads_text(context: BotContext, leads) -> str:
    parts = [context.plain("reminders.lead.on_day") if d == 0 else context.plain("reminders.lead.days", days=d)
             for d in sorted(set(leads), reverse=True)]
    return ", ".join(parts)


def _reminder_title(catalog, lang: str, reminder: Reminder) -> str:
    """A reminder's one-line name, as safe HTML."""
    if reminder.kind == "custom":
        return catalog.t(lang, "reminders.list.custom", text=reminder.text)
    return catalog.t(lang, "reminders.list.milestone", project=reminder.project_name or "",
                     title=Html(_milestone_title(catalog, lang, reminder.kind, reminder.number)))


def _milestone_title(catalog, lang: str, kind: str, number: int) -> str:
    return catalog.t(lang, f"reminders.kinds.{kind}.title", number=number, year=number)


# -- the scheduler ----------------------------------------------------------------------------------


class ReminderScheduler:
    """Arms one JobQueue job for the earliest moment the database has due, and runs delivery rounds."""

    def __init__(self, application: Application) -> None:
        self.application = application
        self.services = services_of(application)
        self.repo = _repo(self.services)
        self.started_at: datetime | None = None
        self.stopping = False
        self._task: asyncio.Task | None = None
        self._again = False
        self._next_send = 0.0
        self.rounds = 0

    # hooks ------------------------------------------------------------------------------------

    async def startup(self, application: Application) -> None:
        """Settle claims a crash left open, then arm; what fell due while down goes out in the first round."""
        self.stopping = False
        self.started_at = self.services.clock()
        await self.repo.recover_claims()
        await self.arm()

    async def shutdown(self, application: Application) -> None:
        """Let the message being sent finish and be logged; the rest waits for the next start."""
        self.stopping = True
        if self._task is not None and not self._task.done():
            try:
                await asyncio.wait_for(asyncio.shield(self._task), 30)
            except asyncio.TimeoutError:
                log.warning("reminder round still running at shutdown")

    # arming -----------------------------------------------------------------------------------

    async def arm(self) -> datetime | None:
        """(Re)arm the single timer for the earliest due moment in the database."""
        if self.stopping:
            return None
        job_queue = self.application.job_queue
        for job in job_queue.get_jobs_by_name(JOB_NAME):
            job.schedule_removal()
        due = await self.repo.next_due()
        if due is None:
            return None
        delay = max(0.0, min(MAX_SLEEP, (due - self.services.clock()).total_seconds()))
        job_queue.run_once(self._wake, when=delay, name=JOB_NAME)
        return due

    async def _wake(self, context: BotContext) -> None:
        """The timer fired: start a round in a task of its own, so stopping the JobQueue cannot cut it."""
        self.kick()

    def kick(self) -> None:
        if self.stopping:
            return
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())
        else:
            self._again = True

    async def _run(self) -> None:
        try:
            while not self.stopping:
                self._again = False
                await self.run_round()
                if not self._again:
                    break
            await self.arm()
        except Exception:
            log.exception("reminder round failed")
            if not self.stopping:
                self.application.job_queue.run_once(self._wake, when=30, name=JOB_NAME)

    async def run_round(self):
        rules = _rules(self.services)
        stats = await self.repo.deliver_due(
            self.services.clock, self.started_at or self.services.clock(),
            timedelta(minutes=rules.late_after_minutes), self.send, lambda: self.stopping,
        )
        self.rounds += 1
        if stats.sent or stats.missed or stats.failed or stats.gone_chats:
            log.info("reminder round: %s", stats)
        return stats

    # sending ----------------------------------------------------------------------------------

    async def send(self, item: Outgoing) -> Outcome:
        """Send one reminder; wait out 429s (never drop), follow a migrated group, report 403 as gone."""
        bot = self.application.bot
        chat_id = item.reminder.chat_id
        lang = await self.services.language_for_chat(chat_id)
        text = render_reminder(self.services.catalog, lang, item)
        markup = _reminder_buttons(self.services.catalog, lang, item.reminder.reminder_id, item.slot.occurrence)
        migrations = 0
        while True:
            await self._pace()
            try:
                message = await send_html(bot, chat_id, text, markup)
                return Outcome("sent", message.message_id, chat_id)
            except RetryAfter as exc:
                wait = exc.retry_after if isinstance(exc.retry_after, (int, float)) else exc.retry_after.total_seconds()
                log.info("429 while sending reminders; waiting %.0f s", wait)
                await asyncio.sleep(float(wait))
            except ChatMigrated as exc:
                migrations += 1
                if migrations > 3:
                    return Outcome("failed", chat_id=chat_id)
                await self.services.chats.migrate(chat_id, exc.new_chat_id)
                for hook in self.services.extras.get("chat_migrated", []):
                    await hook(self.application, chat_id, exc.new_chat_id)
                log.info("chat %s became %s; reminders follow it", chat_id, exc.new_chat_id)
                chat_id = exc.new_chat_id
            except Forbidden as exc:
                log.info("chat %s refuses messages (%s)", chat_id, exc.message)
                if chat_id < 0:
                    await self.services.chats.set_active(chat_id, False)
                return Outcome("gone", chat_id=chat_id)
            except BadRequest as exc:
                if "chat not found" in exc.message.lower():
                    return Outcome("gone", chat_id=chat_id)
                log.error("reminder %s refused by Telegram: %s", item.reminder.reminder_id, exc.message)
                return Outcome("failed", chat_id=chat_id)
            except TimedOut:
                # The request may have reached Telegram; sending again could duplicate it.
                log.warning("reminder %s timed out; not resent", item.reminder.reminder_id)
                return Outcome("uncertain", chat_id=chat_id)
            except NetworkError as exc:
                log.warning("network error sending reminder %s (%s); will retry", item.reminder.reminder_id,
                            exc.__class__.__name__)
                return Outcome("retry", chat_id=chat_id)


    async def _pace(self) -> None:
        loop = asyncio.get_running_loop()
        wait = self._next_send - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        self._next_send = max(loop.time(), self._next_send) + 1.0 / SEND_RATE


def _reminder_buttons(catalog, lang: str, reminder_id: int, occurrence: str):
    return keyboard([
        [(catalog.plain(lang, "reminders.buttons.done"), f"rem:done:{reminder_id}:{occurrence}"),
         (catalog.plain(lang, "reminders.buttons.snooze"), f"rem:snz:{reminder_id}:{occurrence}")],
    ])


def render_reminder(catalog, lang: str, item: Outgoing) -> str:
    """The reminder message, in the chat's language; the deadline shown is the real one."""
    reminder, slot = item.reminder, item.slot
    days = days_before(slot.fire_at, slot.deadline)
    if reminder.kind == "custom":
        when = format_moment(slot.deadline, lang)
    else:
        when = format_day(slot.deadline, lang)
    if days <= 0:
        relative = catalog.t(lang, "reminders.message.today", when=when)
    elif days == 1:
        relative = catalog.t(lang, "reminders.message.tomorrow", when=when)
    else:
        relative = catalog.t(lang, "reminders.message.in_days", when=when, days=days)
    if reminder.kind == "custom":
        body = catalog.t(lang, "reminders.message.custom", text=reminder.text, when=Html(relative))
    else:
        body = catalog.t(
            lang, "reminders.message.milestone", project=reminder.project_name or "",
            title=Html(_milestone_title(catalog, lang, reminder.kind, reminder.number)),
            hint=Html(_kind_hint(catalog, lang, reminder.kind)), when=Html(relative),
        )
    parts = [body]
    if slot.shifted:
        parts.append(catalog.t(lang, "reminders.message.shifted"))
    if item.late:
        parts.append(catalog.t(lang, "reminders.message.late", planned=format_moment(slot.fire_at, lang)))
    return "\n\n".join(parts)


_HINT_VALUES: dict = {}


def _kind_hint(catalog, lang: str, kind: str) -> str:
    return catalog.t(lang, f"reminders.kinds.{kind}.hint", **_HINT_VALUES)


def _set_hint_values(rules: MilestoneRules) -> None:
    _HINT_VALUES.update(
        monitoring=f"{rules.leader.monitoring_day}.{rules.leader.monitoring_month}.",
        leader_payment=rules.leader.payment_interval_months,
        leader_final=rules.leader.final_within_months,
        esr_payment=rules.esr.payment_within_months,
        esr_final=rules.esr.final_within_months,
    )


# -- /remind ----------------------------------------------------------------------------------------


def _options_markup(context: BotContext, reminder: Reminder):
    """Recurrence and lead-time buttons shown after a reminder is created."""
    p = context.plain
    rid = reminder.reminder_id
    current = reminder.rule.recurrence

    def mark(label: str, on: bool) -> str:
        return f"• {label} •" if on else label

    rec_row = [(mark(p(f"reminders.recurrence.{code}"), current == name), f"rem:rec:{rid}:{letter}")
               for letter, name in _REC_CODES.items() for code in [name]]
    leads = set(reminder.rule.lead_days)
    lead_row = [(("✅ " if d in leads else "") + p("reminders.lead.button", days=d), f"rem:lead:{rid}:{d}")
                for d in _rules(context.services).custom_lead_choices]
    return keyboard([rec_row[:2], rec_row[2:], lead_row,
                     [(p("reminders.buttons.ready"), f"rem:ok:{rid}"), (p("reminders.buttons.delete"), f"rem:del:{rid}")]])


def _describe(context: BotContext, reminder: Reminder) -> str:
    """What was saved and when the next message goes out (with the working-day shift explained)."""
    now = context.services.clock()
    lang = context.lang
    upcoming = next_slot(reminder.rule, cursor_at(now))
    lines = [context.t("reminders.created.saved", title=Html(_reminder_title(context.services.catalog, lang, reminder)),
                       when=format_moment(reminder.rule.due_at, lang))]
    lines.append(context.t("reminders.created.settings",
                           recurrence=context.plain(f"reminders.recurrence.{reminder.rule.recurrence}"),
                           leads=_leads_text(context, reminder.rule.lead_days)))
    if upcoming is not None:
        key = "reminders.created.next_shifted" if upcoming.shifted else "reminders.created.next"
        lines.append(context.t(key, when=format_moment(upcoming.fire_at, lang)))
    return "\n".join(lines)


async def _create_reminder(update: Update, context: BotContext, day: date, at: time, text: str,
                           checked: bool = False) -> int:
    services = context.services
    chat = update.effective_chat
    try:
        due = check_future(day, at, services.clock())
    except ReminderInputError as exc:
        await reply_html(update, context, context.t(f"reminders.errors.{exc.code}"))
        return ConversationHandler.END
    if not checked and not await _may_change(update, context):  # the admin may have been demoted meanwhile
        await _refuse(update, context)
        return ConversationHandler.END
    repo = _repo(services)
    reminder_id = await repo.create(chat.id, update.effective_user.id, Rule(due), text, services.clock())
    reminder = await repo.get(reminder_id)
    await _scheduler(services).arm()
    await reply_html(update, context, _describe(context, reminder), _options_markup(context, reminder))
    return ConversationHandler.END


async def remind_start(update: Update, context: BotContext) -> int:
    """/remind: the one-line form when something follows the command, else the guided questions."""
    if not await _may_change(update, context):
        await _refuse(update, context)
        return ConversationHandler.END
    args = " ".join(context.args or [])
    if args.strip():
        try:
            parsed = parse_one_line(args, _rules(context.services).default_time)
        except ReminderInputError as exc:
            await reply_html(update, context, context.t(f"reminders.errors.{exc.code}") + "\n\n" + context.t("reminders.remind.example"))
            return ConversationHandler.END
        return await _create_reminder(update, context, parsed.day, parsed.at, parsed.text, checked=True)
    context.user_data.pop("remind", None)
    await _ask(update, context, "reminders.remind.ask_date")
    return R_DATE


async def remind_menu(update: Update, context: BotContext) -> int:
    """The "new reminder" button."""
    await update.callback_query.answer()
    if not await _may_change(update, context):
        await _refuse(update, context)
        return ConversationHandler.END
    await _ask(update, context, "reminders.remind.ask_date")
    return R_DATE


async def remind_date(update: Update, context: BotContext) -> int:
    """The date of a guided reminder."""
    try:
        day = parse_date(update.message.text)
    except ReminderInputError as exc:
        await _ask(update, context, f"reminders.errors.{exc.code}_retry")
        return R_DATE
    if day < to_local(context.services.clock()).date():
        await _ask(update, context, "reminders.errors.in_past_retry")
        return R_DATE
    context.user_data["remind"] = {"day": day.isoformat()}
    default = _rules(context.services).default_time
    buttons = keyboard([[(t, f"rem:t:{t.replace(':', '')}") for t in ("08:00", "09:00", "12:00", "16:00", "18:00")]])
    await _ask(update, context, "reminders.remind.ask_time", buttons, default=default.strftime("%H:%M"))
    return R_TIME


async def remind_time_text(update: Update, context: BotContext) -> int:
    """A typed time."""
    try:
        at = parse_time(update.message.text)
    except ReminderInputError:
        await _ask(update, context, "reminders.errors.bad_time_retry")
        return R_TIME
    return await _after_time(update, context, at)


async def remind_time_button(update: Update, context: BotContext) -> int:
    """A time button."""
    await update.callback_query.answer()
    digits = update.callback_query.data.rsplit(":", 1)[-1]
    return await _after_time(update, context, time(int(digits[:2]), int(digits[2:])))


async def _after_time(update: Update, context: BotContext, at: time) -> int:
    draft = context.user_data.get("remind")
    if not draft:
        await reply_html(update, context, context.t("reminders.errors.expired"))
        return ConversationHandler.END
    draft["time"] = at.strftime("%H:%M")
    await _ask(update, context, "reminders.remind.ask_text")
    return R_TEXT


async def remind_text(update: Update, context: BotContext) -> int:
    """The reminder's words; then it is saved."""
    draft = context.user_data.pop("remind", None)
    if not draft or "time" not in draft:
        await reply_html(update, context, context.t("reminders.errors.expired"))
        return ConversationHandler.END
    try:
        text = clean_text(update.message.text)
    except ReminderInputError as exc:
        context.user_data["remind"] = draft
        await _ask(update, context, f"reminders.errors.{exc.code}_retry")
        return R_TEXT
    return await _create_reminder(update, context, date.fromisoformat(draft["day"]), time.fromisoformat(draft["time"]), text)


async def not_text_in_flow(update: Update, context: BotContext) -> int | None:
    """A sticker or photo where a typed answer was expected."""
    await reply_html(update, context, context.t("reminders.errors.not_text"))
    return None


async def cancel_flow(update: Update, context: BotContext) -> int:
    """/cancel inside /remind or /project."""
    context.user_data.pop("remind", None)
    context.user_data.pop(_draft_key(update), None)
    if update.callback_query is not None:
        await update.callback_query.answer()
        await edit_or_send(update, context, context.t("reminders.cancelled"))
    else:
        await reply_html(update, context, context.t("reminders.cancelled"))
    return ConversationHandler.END


# -- buttons on reminders ---------------------------------------------------------------------------


async def reminder_button(update: Update, context: BotContext) -> None:
    """Every ``rem:`` button: the payload is checked against this chat before anything happens."""
    query = update.callback_query
    match = _CALLBACK_RE.match(query.data or "")
    services = context.services
    repo = _repo(services)
    reminder = await repo.get(int(match.group(2))) if match else None
    if reminder is None or reminder.chat_id != update.effective_chat.id:
        log.info("refused reminder button from user %s", update.effective_user.id)
        await query.answer(context.plain("reminders.errors.stale_button"), show_alert=True)
        return
    action, arg = match.group(1), match.group(3)
    if action in ("done", "snz"):
        if arg is None or not is_occurrence(reminder.rule, arg):
            await query.answer(context.plain("reminders.errors.stale_button"), show_alert=True)
            return
        await (_done(update, context, reminder, arg) if action == "done" else _snooze(update, context, reminder, arg))
        return
    if not await _may_change(update, context):
        await _refuse(update, context)
        return
    now = services.clock()
    if action == "del":
        await repo.delete(reminder.reminder_id)
        await _scheduler(services).arm()
        await query.answer(context.plain("reminders.deleted"))
        if context.chat_data.get("list_message") == query.message.message_id:
            await _show_list(update, context, edit=True)
        else:
            await edit_or_send(update, context, context.t("reminders.deleted_long",
                                                           title=Html(_reminder_title(services.catalog, context.lang, reminder))))
        return
    if action == "ok":
        await query.answer()
        await edit_or_send(update, context, _describe(context, reminder))
        return
    if action == "rec" and arg in _REC_CODES:
        rule = Rule(reminder.rule.due_at, _REC_CODES[arg], reminder.rule.lead_days)
    elif action == "lead" and arg and arg.isdigit() and int(arg) in _rules(services).custom_lead_choices:
        leads = set(reminder.rule.lead_days) ^ {int(arg)}
        rule = Rule(reminder.rule.due_at, reminder.rule.recurrence, tuple(leads | {0}))
    else:
        await query.answer(context.plain("reminders.errors.stale_button"), show_alert=True)
        return
    await repo.change_rule(reminder.reminder_id, rule, now)
    await _scheduler(services).arm()
    reminder = await repo.get(reminder.reminder_id)
    await query.answer()
    await edit_or_send(update, context, _describe(context, reminder), _options_markup(context, reminder))


async def _done(update: Update, context: BotContext, reminder: Reminder, occurrence: str) -> None:
    """Mark the occurrence done: its later reminders stay unsent; the button shows who did it."""
    query = update.callback_query
    user = update.effective_user
    fresh = await _repo(context.services).mark_done(reminder, occurrence, user.id, context.services.clock())
    if not fresh:
        await query.answer(context.plain("reminders.done.already"), show_alert=True)
        return
    await _scheduler(context.services).arm()
    await query.answer(context.plain("reminders.done.thanks"))
    label = context.plain("reminders.done.by", name=user.first_name)
    try:
        await query.edit_message_reply_markup(keyboard([[(label[:60], f"rem:done:{reminder.reminder_id}:{occurrence}")]]))
    except BadRequest as exc:
        log.debug("could not update the done button: %s", exc)


async def _snooze(update: Update, context: BotContext, reminder: Reminder, occurrence: str) -> None:
    """Remind again tomorrow at the reminder's own time of day."""
    services = context.services
    if await _repo(services).is_done(reminder.reminder_id, occurrence):
        await update.callback_query.answer(context.plain("reminders.done.already"), show_alert=True)
        return
    moment = snooze_moment(services.clock(), to_local(reminder.rule.due_at).time())
    await _repo(services).snooze(reminder.reminder_id, occurrence, moment, update.effective_user.id)
    await _scheduler(services).arm()
    await update.callback_query.answer(context.plain("reminders.snoozed", when=format_moment(moment, context.lang)),
                                       show_alert=True)


# -- /reminders and /calendar -----------------------------------------------------------------------


async def _show_list(update: Update, context: BotContext, edit: bool = False) -> None:
    services = context.services
    repo = _repo(services)
    chat_id = update.effective_chat.id
    lang = context.lang
    resumed = 0
    if await repo.count_inactive(chat_id):
        # A message from the chat proves it is reachable again (unblocked, or the bot re-added).
        resumed = await repo.reactivate_chat(chat_id, services.clock())
        await _scheduler(services).arm()
    reminders = await repo.for_chat(chat_id)
    now = services.clock()
    lines, buttons = [], []
    for index, reminder in enumerate(reminders[:MAX_LIST], start=1):
        done = await repo.done_occurrences(reminder.reminder_id)
        deadline = _next_deadline(reminder, now, done)
        when = (format_moment(deadline, lang) if reminder.kind == "custom" else format_day(deadline, lang)) if deadline else context.plain("reminders.list.passed")
        lines.append(context.t("reminders.list.item", n=index, title=Html(_reminder_title(services.catalog, lang, reminder)),
                               when=when, recurrence=context.plain(f"reminders.recurrence_short.{reminder.rule.recurrence}")))
        buttons.append([(context.plain("reminders.list.delete", n=index), f"rem:del:{reminder.reminder_id}")])
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
        buttons += [[(p("reminders.buttons.new_reminder"), "rem:new"), (p("reminders.buttons.new_project"), "prj:new")],
                    [(p("reminders.buttons.calendar"), "rem:ics")]]
    markup = keyboard(buttons) if buttons else None
    if edit:
        await edit_or_send(update, context, text, markup)
        message_id = update.callback_query.message.message_id
    else:
        message = await reply_html(update, context, text, markup)
        message_id = message.message_id
    context.chat_data["list_message"] = message_id


def _next_deadline(reminder: Reminder, now: datetime, done: set[str]) -> datetime | None:
    """The next deadline not yet passed nor done (for a one-off: its deadline while it is ahead)."""
    slot = next_slot(Rule(reminder.rule.due_at, reminder.rule.recurrence, (0,)), cursor_at(now), done)
    return slot.deadline if slot else None


async def list_reminders(update: Update, context: BotContext) -> None:
    """/reminders: the chat's reminders with their next dates and a delete button each."""
    await _show_list(update, context)


async def menu_reminders(update: Update, context: BotContext) -> None:
    """The reminders button of the main menu."""
    await update.callback_query.answer()
    await _show_list(update, context, edit=True)


async def calendar(update: Update, context: BotContext) -> None:
    """/calendar: an .ics file of the chat's deadlines, with alarms, for Outlook and Google Calendar."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    services = context.services
    lang = context.lang
    reminders = await _repo(services).for_chat(update.effective_chat.id)
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
                                  title=catalog.plain(lang, f"reminders.kinds.{reminder.kind}.title", number=reminder.number, year=reminder.number))
            description = catalog.plain(lang, f"reminders.kinds.{reminder.kind}.hint", **_HINT_VALUES)
        entries.append(CalendarEntry(f"hankebotti-{reminder.reminder_id}@hankebotti", title, description, reminder.rule))
    data = build_ics(entries, catalog.plain(lang, "reminders.calendar.name"), catalog.plain(lang, "reminders.calendar.alarm"),
                     services.clock())
    await context.bot.send_document(
        update.effective_chat.id, InputFile(data, filename=catalog.plain(lang, "reminders.calendar.filename")),
        caption=context.t("reminders.calendar.caption", count=len(entries)), parse_mode=ParseMode.HTML,
    )


# -- /project ---------------------------------------------------------------------------------------


def _draft_key(update: Update) -> str:
    return f"project:{update.effective_chat.id}" if update.effective_chat else "project"


async def project_start(update: Update, context: BotContext) -> int:
    """/project: name, funding, dates; then the proposed milestones to confirm or edit."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    if not await _may_change(update, context):
        await _refuse(update, context)
        return ConversationHandler.END
    context.user_data[_draft_key(update)] = {}
    await _ask(update, context, "reminders.project.ask_name")
    return P_NAME


async def project_name(update: Update, context: BotContext) -> int:
    """The project's name."""
    name = " ".join(update.message.text.split())
    if not name or len(name) > PROJECT_NAME_MAX:
        await _ask(update, context, "reminders.project.name_too_long", limit=PROJECT_NAME_MAX)
        return P_NAME
    context.user_data.setdefault(_draft_key(update), {})["name"] = name
    p = context.plain
    await reply_html(update, context, context.t("reminders.project.ask_funding", name=name),
                     keyboard([[(p("reminders.project.leader"), "prj:f:leader"), (p("reminders.project.esr"), "prj:f:esr")]]))
    return P_FUNDING


async def project_funding(update: Update, context: BotContext) -> int:
    """Leader or ESR+."""
    query = update.callback_query
    await query.answer()
    draft = context.user_data.get(_draft_key(update))
    if draft is None or "name" not in draft:
        await edit_or_send(update, context, context.t("reminders.errors.expired"))
        return ConversationHandler.END
    draft["funding"] = query.data.rsplit(":", 1)[-1]
    return await _ask_decision(update, context)


async def project_funding_text(update: Update, context: BotContext) -> int:
    """Typed text where the funding buttons were expected."""
    await reply_html(update, context, context.t("reminders.project.use_buttons"))
    return P_FUNDING


async def _ask_decision(update: Update, context: BotContext) -> int:
    draft = context.user_data[_draft_key(update)]
    if draft["funding"] == "esr":
        markup = keyboard([[(context.plain("reminders.project.skip"), "prj:skip")]]) if not is_group(update) else None
        await _ask(update, context, "reminders.project.ask_decision_esr", markup)
    else:
        await _ask(update, context, "reminders.project.ask_decision")
    return P_DECISION


async def _read_date(update: Update, context: BotContext) -> date | None:
    """The typed date, or None after asking again (the caller stays in its state)."""
    try:
        return parse_date(update.message.text)
    except ReminderInputError as exc:
        await _ask(update, context, f"reminders.errors.{exc.code}_retry")
        return None


async def project_decision(update: Update, context: BotContext) -> int:
    """The funding decision's date."""
    day = await _read_date(update, context)
    if day is None:
        return P_DECISION
    context.user_data[_draft_key(update)]["decision"] = day.isoformat()
    await _ask(update, context, "reminders.project.ask_start")
    return P_START


async def project_skip_decision(update: Update, context: BotContext) -> int:
    """ESR+ without a decision date."""
    await update.callback_query.answer()
    context.user_data.get(_draft_key(update), {})["decision"] = None
    await _ask(update, context, "reminders.project.ask_start")
    return P_START


async def project_start_date(update: Update, context: BotContext) -> int:
    """The first day of the implementation period."""
    day = await _read_date(update, context)
    if day is None:
        return P_START
    context.user_data[_draft_key(update)]["start"] = day.isoformat()
    await _ask(update, context, "reminders.project.ask_end")
    return P_END


async def project_end_date(update: Update, context: BotContext) -> int:
    """The last day of the implementation period."""
    day = await _read_date(update, context)
    if day is None:
        return P_END
    draft = context.user_data[_draft_key(update)]
    if day <= date.fromisoformat(draft["start"]):
        await _ask(update, context, "reminders.project.errors.end_before_start_retry")
        return P_END
    draft["end"] = day.isoformat()
    if draft["funding"] == "esr":
        choices = _rules(context.services).esr.period_choices
        markup = keyboard([[(context.plain("reminders.project.period_button", months=m), f"prj:p:{m}") for m in choices]])
        await reply_html(update, context, context.t("reminders.project.ask_period"), markup)
        return P_PERIOD
    return await _propose(update, context)


async def project_period_button(update: Update, context: BotContext) -> int:
    """A payment-period length button."""
    await update.callback_query.answer()
    return await _set_period(update, context, int(update.callback_query.data.rsplit(":", 1)[-1]))


async def project_period_text(update: Update, context: BotContext) -> int:
    """A typed payment-period length (months)."""
    text = update.message.text.strip().split()[0] if update.message.text.strip() else ""
    if not text.isdigit():
        await reply_html(update, context, context.t("reminders.project.errors.bad_period"))
        return P_PERIOD
    return await _set_period(update, context, int(text))


async def _set_period(update: Update, context: BotContext, months: int) -> int:
    rules = _rules(context.services).esr
    if not rules.period_min_months <= months <= rules.period_max_months:
        await reply_html(update, context, context.t("reminders.project.errors.bad_period"))
        return P_PERIOD
    draft = context.user_data.get(_draft_key(update))
    if not draft or "end" not in draft:
        await reply_html(update, context, context.t("reminders.errors.expired"))
        return ConversationHandler.END
    draft["period"] = months
    return await _propose(update, context)


def _plan(draft: dict) -> ProjectPlan:
    return ProjectPlan(
        draft["name"], draft["funding"], date.fromisoformat(draft["decision"]) if draft.get("decision") else None,
        date.fromisoformat(draft["start"]), date.fromisoformat(draft["end"]), draft.get("period"),
    )


def _milestone_line(context: BotContext, milestone: Milestone, on: bool) -> str:
    title = _milestone_title(context.services.catalog, context.lang, milestone.kind, milestone.number)
    key = "reminders.project.item" if on else "reminders.project.item_off"
    return context.t(key, date=format_day(milestone.due, context.lang, weekday=False), title=Html(title))


def _proposal(context: BotContext, draft: dict, editing: bool = False):
    rules = _rules(context.services)
    milestones = propose(_plan(draft), rules)
    off = set(draft.get("off", []))
    lines = [_milestone_line(context, m, i not in off) for i, m in enumerate(milestones)]
    text = "\n".join([
        context.t("reminders.project.proposal", name=draft["name"],
                  funding=context.plain(f"reminders.project.{draft['funding']}")),
        *lines, "",
        context.t(f"reminders.project.note_{draft['funding']}"),
        context.t("reminders.project.lead_note", leads=_leads_text(context, rules.milestone_lead_days),
                  time=format_time(local_to_utc(date(2027, 1, 4), rules.default_time), context.lang)),
    ])
    p = context.plain
    if editing:
        rows = [[(("✅ " if i not in off else "⬜ ") + f"{format_day(m.due, context.lang, weekday=False)} "
                  + p(f"reminders.kinds.{m.kind}.short"), f"prj:tg:{i}")] for i, m in enumerate(milestones)]
        rows.append([(p("reminders.project.edit_done"), "prj:view")])
    else:
        rows = [[(p("reminders.project.confirm"), "prj:ok")],
                [(p("reminders.project.edit"), "prj:edit"), (p("reminders.project.redates"), "prj:dates")],
                [(p("reminders.project.cancel"), "prj:cancel")]]
    return text, keyboard(rows), milestones


async def _propose(update: Update, context: BotContext) -> int:
    draft = context.user_data[_draft_key(update)]
    try:
        text, markup, _ = _proposal(context, draft)
    except PlanError as exc:
        await _ask(update, context, f"reminders.project.errors.{exc.code}")
        if exc.code == "bad_period":
            return P_PERIOD
        await _ask(update, context, "reminders.project.ask_start")
        return P_START
    await reply_html(update, context, text, markup)
    return P_CONFIRM


async def project_confirm_button(update: Update, context: BotContext) -> int:
    """Save, edit the milestone set, change dates, or cancel."""
    query = update.callback_query
    draft = context.user_data.get(_draft_key(update))
    if not draft or "end" not in draft:
        await query.answer()
        await edit_or_send(update, context, context.t("reminders.errors.expired"))
        return ConversationHandler.END
    action = query.data.split(":")[1]
    if action == "tg":
        index = int(query.data.split(":")[2])
        off = set(draft.get("off", []))
        draft["off"] = sorted(off ^ {index})
        await query.answer()
        text, markup, _ = _proposal(context, draft, editing=True)
        await edit_or_send(update, context, text, markup)
        return P_CONFIRM
    if action in ("edit", "view"):
        await query.answer()
        text, markup, _ = _proposal(context, draft, editing=action == "edit")
        await edit_or_send(update, context, text, markup)
        return P_CONFIRM
    if action == "dates":
        await query.answer()
        draft.pop("off", None)
        return await _ask_decision(update, context)
    if action == "cancel":
        return await cancel_flow(update, context)
    # prj:ok — asked again: only an admin saves a group's project.
    if not await _may_change(update, context):
        await _refuse(update, context)
        return P_CONFIRM
    services = context.services
    rules = _rules(services)
    _, _, milestones = _proposal(context, draft)
    chosen = [m for i, m in enumerate(milestones) if i not in set(draft.get("off", []))]
    if not chosen:
        await query.answer(context.plain("reminders.project.none_chosen"), show_alert=True)
        return P_CONFIRM
    now = services.clock()
    await _repo(services).create_project(update.effective_chat.id, update.effective_user.id, _plan(draft), chosen,
                                         rules.default_time, tuple(rules.milestone_lead_days), now)
    context.user_data.pop(_draft_key(update), None)
    await _scheduler(services).arm()
    await query.answer()
    await edit_or_send(update, context, context.t("reminders.project.saved", count=len(chosen), name=draft["name"]))
    return ConversationHandler.END


# -- registration -----------------------------------------------------------------------------------


def register(application: Application) -> None:
    services = services_of(application)
    catalog = services.catalog
    rules = validate_common(catalog, "milestones", MilestoneRules)
    _set_hint_values(rules)
    services.extras["reminder_rules"] = rules
    services.extras["reminder_repo"] = ReminderRepository(services.db)
    scheduler = ReminderScheduler(application)
    services.extras["reminder_scheduler"] = scheduler
    services.extras.setdefault("startup", []).append(scheduler.startup)
    services.extras.setdefault("shutdown", []).append(scheduler.shutdown)

    text = filters.TEXT & ~filters.COMMAND
    other = ~filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    cancel = [CommandHandler(command_names(catalog, "cancel"), cancel_flow)]
    with warnings.catch_warnings():
        # Buttons inside these flows belong to the person's current step, not to one message.
        warnings.filterwarnings("ignore", message=".*per_message.*")
        remind = ConversationHandler(
            entry_points=[CommandHandler(command_names(catalog, "remind"), remind_start),
                          CallbackQueryHandler(remind_menu, pattern=r"^rem:new$")],
            states={
                R_DATE: [MessageHandler(text, remind_date), MessageHandler(other, not_text_in_flow)],
                R_TIME: [MessageHandler(text, remind_time_text), CallbackQueryHandler(remind_time_button, pattern=r"^rem:t:\d{4}$"),
                         MessageHandler(other, not_text_in_flow)],
                R_TEXT: [MessageHandler(text, remind_text), MessageHandler(other, not_text_in_flow)],
            },
            fallbacks=cancel,
            name="remind",
            conversation_timeout=3600,
        )
        project = ConversationHandler(
            entry_points=[CommandHandler(command_names(catalog, "project"), project_start),
                          CallbackQueryHandler(project_start, pattern=r"^prj:new$")],
            states={
                P_NAME: [MessageHandler(text, project_name), MessageHandler(other, not_text_in_flow)],
                P_FUNDING: [CallbackQueryHandler(project_funding, pattern=r"^prj:f:(leader|esr)$"),
                            MessageHandler(text | other, project_funding_text)],
                P_DECISION: [MessageHandler(text, project_decision), CallbackQueryHandler(project_skip_decision, pattern=r"^prj:skip$"),
                             MessageHandler(other, not_text_in_flow)],
                P_START: [MessageHandler(text, project_start_date), MessageHandler(other, not_text_in_flow)],
                P_END: [MessageHandler(text, project_end_date), MessageHandler(other, not_text_in_flow)],
                P_PERIOD: [CallbackQueryHandler(project_period_button, pattern=r"^prj:p:\d{1,2}$"),
                           MessageHandler(text, project_period_text), MessageHandler(other, not_text_in_flow)],
                P_CONFIRM: [CallbackQueryHandler(project_confirm_button, pattern=r"^prj:(ok|edit|view|dates|cancel|tg:\d{1,2})$"),
                            MessageHandler(text | other, project_funding_text)],
            },
            fallbacks=cancel,
            name="project",
            conversation_timeout=3600,
        )
    application.add_handler(remind)
    application.add_handler(project)
    application.add_handler(CommandHandler(command_names(catalog, "reminders"), list_reminders))
    application.add_handler(CommandHandler(command_names(catalog, "calendar"), calendar))
    application.add_handler(CallbackQueryHandler(menu_reminders, pattern=r"^menu:reminders$"))
    application.add_handler(CallbackQueryHandler(calendar, pattern=r"^rem:ics$"))
    application.add_handler(CallbackQueryHandler(reminder_button, pattern=r"^rem:(rec|lead|del|done|snz|ok):"))
