"""Texts and keyboards of the reminders feature, rendered from content (no decisions here)."""

from __future__ import annotations

from datetime import date, datetime

from bot.content import Html
from bot.core import BotContext
from bot.domain.flows import Draft
from bot.domain.milestones import Milestone, MilestoneRules
from bot.domain.project_flow import PAGE, milestones_of, pages
from bot.domain.remind_flow import TIME_CHOICES
from bot.domain.reminder_input import days_before, format_day, format_moment, format_time
from bot.domain.reminders import cursor_at, local_to_utc, next_slot
from bot.reminder_delivery import Outgoing
from bot.storage.reminders import Reminder
from bot.telegram_io import keyboard

from .codec import RECURRENCE_CODES, FlowButton, ReminderButton


def shown(value: object, lang: str) -> object:
    """A prompt value as people read it: moments and days in the language's format."""
    if isinstance(value, datetime):
        return format_moment(value, lang)
    if isinstance(value, date):
        return format_day(value, lang)
    return value


def leads_text(context: BotContext, leads) -> str:
    parts = [context.plain("reminders.lead.on_day") if d == 0 else context.plain("reminders.lead.days", days=d)
             for d in sorted(set(leads), reverse=True)]
    return ", ".join(parts)


def milestone_title(catalog, lang: str, kind: str, number: int) -> str:
    return catalog.t(lang, f"reminders.kinds.{kind}.title", number=number, year=number)


def reminder_title(catalog, lang: str, reminder: Reminder) -> str:
    """A reminder's one-line name, as safe HTML."""
    if reminder.kind == "custom":
        return catalog.t(lang, "reminders.list.custom", text=reminder.text)
    return catalog.t(lang, "reminders.list.milestone", project=reminder.project_name or "",
                     title=Html(milestone_title(catalog, lang, reminder.kind, reminder.number)))


def reminder_message(catalog, lang: str, item: Outgoing, hints: dict) -> str:
    """The reminder message, in the chat's language; the deadline shown is the real one."""
    reminder, slot = item.reminder, item.slot
    days = days_before(slot.fire_at, slot.deadline)
    when = format_moment(slot.deadline, lang) if reminder.kind == "custom" else format_day(slot.deadline, lang)
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
            title=Html(milestone_title(catalog, lang, reminder.kind, reminder.number)),
            hint=Html(catalog.t(lang, f"reminders.kinds.{reminder.kind}.hint", **hints)), when=Html(relative),
        )
    parts = [body]
    if slot.shifted:
        parts.append(catalog.t(lang, "reminders.message.shifted"))
    if item.late:
        parts.append(catalog.t(lang, "reminders.message.late", planned=format_moment(slot.fire_at, lang)))
    return "\n\n".join(parts)


def reminder_buttons(catalog, lang: str, reminder_id: int, occurrence: str):
    return keyboard([[
        (catalog.plain(lang, "reminders.buttons.done"), ReminderButton("done", reminder_id, occurrence).pack()),
        (catalog.plain(lang, "reminders.buttons.snooze"), ReminderButton("snz", reminder_id, occurrence).pack()),
    ]])


def describe(context: BotContext, reminder: Reminder) -> str:
    """What was saved and when the next message goes out (with the working-day shift explained)."""
    lang = context.lang
    upcoming = next_slot(reminder.rule, cursor_at(context.services.clock()))
    lines = [context.t("reminders.created.saved", title=Html(reminder_title(context.services.catalog, lang, reminder)),
                       when=format_moment(reminder.rule.due_at, lang)),
             context.t("reminders.created.settings",
                       recurrence=context.plain(f"reminders.recurrence.{reminder.rule.recurrence}"),
                       leads=leads_text(context, reminder.rule.lead_days))]
    if upcoming is not None:
        key = "reminders.created.next_shifted" if upcoming.shifted else "reminders.created.next"
        lines.append(context.t(key, when=format_moment(upcoming.fire_at, lang)))
    return "\n".join(lines)


def options_markup(context: BotContext, reminder: Reminder, choices: list[int]):
    """Recurrence and lead-time buttons under a saved reminder; each names the state it sets."""
    p, rid, current = context.plain, reminder.reminder_id, reminder.rule.recurrence

    def mark(label: str, on: bool) -> str:
        return f"• {label} •" if on else label

    rec_row = [(mark(p(f"reminders.recurrence.{name}"), current == name), ReminderButton("rec", rid, letter).pack())
               for letter, name in RECURRENCE_CODES.items()]
    leads = set(reminder.rule.lead_days)
    lead_row = [(("✅ " if d in leads else "") + p("reminders.lead.button", days=d),
                 ReminderButton("lead", rid, f"{d}{'-' if d in leads else '+'}").pack()) for d in choices]
    return keyboard([rec_row[:2], rec_row[2:], lead_row,
                     [(p("reminders.buttons.ready"), ReminderButton("ok", rid).pack()),
                      (p("reminders.buttons.delete"), ReminderButton("del", rid).pack())]])


def flow_keyboard(context: BotContext, draft: Draft, name: str, rules: MilestoneRules):
    """A named keyboard of a set-up step (see ``Prompt.buttons``)."""
    p, owner = context.plain, draft.user_id

    def button(action: str, arg: str | None = None) -> str:
        return FlowButton(draft.flow, action, owner, arg).pack()  # type: ignore[arg-type]

    if name == "times":
        return keyboard([[(t, button("time", t.replace(":", ""))) for t in TIME_CHOICES]])
    if name == "funding":
        return keyboard([[(p("reminders.project.leader"), button("funding", "leader")),
                          (p("reminders.project.esr"), button("funding", "esr"))]])
    if name == "skip":
        return keyboard([[(p("reminders.project.skip"), button("skip"))]])
    if name == "period":
        return keyboard([[(p("reminders.project.period_button", months=m), button("period", str(m)))
                          for m in rules.esr.period_choices]])
    raise ValueError(f"unknown keyboard {name!r}")


def _milestone_line(context: BotContext, milestone: Milestone, on: bool) -> str:
    title = milestone_title(context.services.catalog, context.lang, milestone.kind, milestone.number)
    key = "reminders.project.item" if on else "reminders.project.item_off"
    return context.t(key, date=format_day(milestone.due, context.lang, weekday=False), title=Html(title))


def proposal(context: BotContext, draft: Draft, rules: MilestoneRules):
    """The proposed milestones with the confirm buttons, or (``page`` set) a page of toggles."""
    milestones = milestones_of(draft, rules)
    off = set(draft.data.get("off", []))
    page = draft.data.get("page")
    funding = draft.data["funding"]
    lines = [_milestone_line(context, m, i not in off) for i, m in enumerate(milestones)]
    text = "\n".join([
        context.t("reminders.project.proposal", name=draft.data["name"], funding=context.plain(f"reminders.project.{funding}")),
        *lines, "", context.t(f"reminders.project.note_{funding}"),
        context.t("reminders.project.lead_note", leads=leads_text(context, rules.milestone_lead_days),
                  time=format_time(local_to_utc(date(2027, 1, 4), rules.default_time), context.lang)),
    ])
    p = context.plain

    def button(action: str, arg: str | None = None) -> str:
        return FlowButton("project", action, draft.user_id, arg).pack()  # type: ignore[arg-type]

    if page is None:
        rows = [[(p("reminders.project.confirm"), button("ok"))],
                [(p("reminders.project.edit"), button("page", "0")), (p("reminders.project.redates"), button("dates"))],
                [(p("reminders.project.cancel"), button("cancel"))]]
        return text, keyboard(rows)
    rows = []
    for i in range(page * PAGE, min(len(milestones), (page + 1) * PAGE)):
        m, on = milestones[i], i not in off
        label = ("✅ " if on else "⬜ ") + f"{format_day(m.due, context.lang, weekday=False)} " + p(f"reminders.kinds.{m.kind}.short")
        rows.append([(label, button("toggle", f"{i}{'-' if on else '+'}"))])
    count = pages(len(milestones))
    if count > 1:
        nav = []
        if page > 0:
            nav.append((p("reminders.project.page_back"), button("page", str(page - 1))))
        nav.append((p("reminders.project.page_of", page=page + 1, pages=count), button("page", str(page))))
        if page + 1 < count:
            nav.append((p("reminders.project.page_next"), button("page", str(page + 1))))
        rows.append(nav)
    rows.append([(p("reminders.project.edit_done"), button("view"))])
    return text, keyboard(rows)
