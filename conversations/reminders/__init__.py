"""Projects, milestones and reminders: /project (/hanke), /remind (/muistuta), /reminders (/muistutukset),
/calendar (/kalenteri), the reminder buttons, and the scheduler. Wiring only; see ``reminders.md``.

Modules: ``flows`` (the two set-ups on persisted drafts), ``buttons`` (saved reminders' buttons),
``listing`` (/reminders, /calendar), ``render`` (texts and keyboards), ``scheduler`` (the timer and the
Telegram side of delivery), ``codec`` (callback data), ``feature`` (typed services, access rules).
"""

from __future__ import annotations

from telegram import Message
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.content import validate_common
from bot.core import services_of
from bot.domain import project_flow, remind_flow
from bot.domain.milestones import MilestoneRules
from bot.reminder_delivery import DeliveryService
from bot.storage.drafts import DraftRepository
from bot.storage.reminders import ReminderRepository

from ..common import command_names
from . import buttons, flows, listing
from .codec import FlowButton, ReminderButton
from .feature import ReminderFeature
from .scheduler import ReminderScheduler

# Before every group-0 handler (the interview's, the FAQ's catch-all, the fallback): text from a person
# with an open set-up in that chat is that set-up's answer, and stops there.
FLOW_GROUP = -1


class _OpenDraft(filters.MessageFilter):
    """Messages from a person with an open /remind or /project draft in this very chat."""

    def __init__(self, drafts: DraftRepository) -> None:
        super().__init__(name="reminders_open_draft")
        self.drafts = drafts

    def filter(self, message: Message) -> bool:
        return message.from_user is not None and (message.chat.id, message.from_user.id) in self.drafts.open


def _action(*names: str):
    """A ``rem:`` list action's button (new reminder, new project, calendar)."""
    return lambda data: (b := ReminderButton.parse(data)) is not None and b.action in names


def register(application: Application) -> None:
    services = services_of(application)
    catalog = services.catalog
    rules = validate_common(catalog, "milestones", MilestoneRules)
    repo = ReminderRepository(services.db)
    drafts = DraftRepository(services.db, (remind_flow.FLOW, project_flow.FLOW))
    feature = ReminderFeature(rules, repo, drafts, DeliveryService(repo))
    services.features.add(feature)
    feature.scheduler = ReminderScheduler(application)

    async def load_drafts(_application) -> None:
        await drafts.load_index()

    async def reload_drafts(_application, *_ids) -> None:
        await drafts.load_index()

    async def joined(_application, chat_id: int) -> None:
        if await repo.reactivate_chat(chat_id, services.clock()):
            await feature.scheduler.arm()

    async def left(_application, chat_id: int) -> None:
        await repo.deactivate_chat(chat_id)

    hooks = services.hooks
    hooks.startup += [load_drafts, feature.scheduler.startup]
    hooks.shutdown.append(feature.scheduler.shutdown)
    hooks.user_erased.append(reload_drafts)
    hooks.chat_migrated.append(reload_drafts)
    hooks.chat_joined.append(joined)
    hooks.chat_left.append(left)

    open_draft = _OpenDraft(drafts)
    message = filters.UpdateType.MESSAGE
    application.add_handler(MessageHandler(open_draft & message & filters.COMMAND, flows.on_command), FLOW_GROUP)
    application.add_handler(MessageHandler(open_draft & filters.UpdateType.EDITED_MESSAGE, flows.on_edited), FLOW_GROUP)
    application.add_handler(MessageHandler(open_draft & message & filters.TEXT, flows.on_text), FLOW_GROUP)
    application.add_handler(MessageHandler(open_draft & message & ~filters.StatusUpdate.ALL, flows.on_other), FLOW_GROUP)
    # Does not stop the update: the interview or the FAQ then handles its own button in group 0.
    application.add_handler(CallbackQueryHandler(flows.on_other_feature_button, pattern=r"^(menu:(idea|ask)|iv:)"),
                            FLOW_GROUP)

    application.add_handler(CommandHandler(command_names(catalog, "remind"), flows.start_remind))
    application.add_handler(CommandHandler(command_names(catalog, "project"), flows.start_project))
    application.add_handler(CommandHandler(command_names(catalog, "reminders"), listing.list_reminders))
    application.add_handler(CommandHandler(command_names(catalog, "calendar"), listing.calendar))
    application.add_handler(CallbackQueryHandler(listing.menu_reminders, pattern=r"^menu:reminders$"))
    application.add_handler(CallbackQueryHandler(flows.on_button, pattern=FlowButton.matches))
    application.add_handler(CallbackQueryHandler(listing.calendar, pattern=_action("ics")))
    application.add_handler(CallbackQueryHandler(flows.start_remind_button, pattern=_action("new")))
    application.add_handler(CallbackQueryHandler(flows.start_project, pattern=_action("prj")))
    application.add_handler(CallbackQueryHandler(buttons.reminder_button, pattern=ReminderButton.matches))
