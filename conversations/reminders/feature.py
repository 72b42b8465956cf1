"""The reminders feature's long-lived objects (typed, in ``services.features``) and the access rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegram import Update

from bot.core import BotContext, Services
from bot.domain.milestones import MilestoneRules
from bot.reminder_delivery import DeliveryService
from bot.storage.drafts import DraftRepository
from bot.storage.reminders import ReminderRepository

from ..common import is_chat_admin, is_group

if TYPE_CHECKING:
    from .scheduler import ReminderScheduler


@dataclass
class ReminderFeature:
    """Rules, repositories, the delivery service and the scheduler; ``services.features.get(ReminderFeature)``."""

    rules: MilestoneRules
    repo: ReminderRepository
    drafts: DraftRepository
    delivery: DeliveryService
    scheduler: "ReminderScheduler | None" = None
    hint_values: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        leader, esr = self.rules.leader, self.rules.esr
        self.hint_values = dict(
            monitoring=f"{leader.monitoring_day}.{leader.monitoring_month}.",
            leader_payment=leader.payment_interval_months, leader_final=leader.final_within_months,
            esr_payment=esr.payment_within_months, esr_final=esr.final_within_months,
        )


def feature_of(services: Services) -> ReminderFeature:
    return services.features.get(ReminderFeature)


def feature(context: BotContext) -> ReminderFeature:
    return context.services.features.get(ReminderFeature)


async def may_change(update: Update, context: BotContext) -> bool:
    """Anyone in a private chat; in a group only an admin, asked from Telegram at every change."""
    if not is_group(update):
        return True
    return await is_chat_admin(context, update.effective_chat.id, update.effective_user.id)


async def refuse(update: Update, context: BotContext) -> None:
    """Tell a member that only the group's admins can do this (an alert for a button)."""
    if update.callback_query is not None:
        await update.callback_query.answer(context.plain("reminders.admins_only"), show_alert=True)
    else:
        await context.bot.send_message(update.effective_chat.id, context.t("reminders.admins_only_long"),
                                       parse_mode="HTML")


async def stale(update: Update, context: BotContext, key: str = "reminders.errors.stale_button") -> None:
    """A button that is not (or no longer) valid here: an alert, nothing changes."""
    await update.callback_query.answer(context.plain(key), show_alert=True)
