"""Every interview button (``IvButton``): answers, Back/Skip/Keep/Done, the review, confirmations, the coach."""

from __future__ import annotations

import logging
from datetime import date

from telegram import Update

from bot.core import BotContext
from bot.domain import interview as iv

from . import interview as conv
from . import interview_paper
from .common import is_private
from .interview_steps_view import after_step, coach_check
from .interview_views import (
    IvButton, choice_labels, error_text, question_text, question_view, rules_of, today_of,
)

log = logging.getLogger(__name__)

# Buttons that belong to one open question (``key`` is its id).
QUESTION_ACTIONS = {"a", "p", "b", "s", "d", "c", "k", "x", "dc", "fc", "ls", "qa", "li"}


async def on_callback(update: Update, context: BotContext) -> None:
    """Parse the button, check it still fits the draft, apply it; an old button continues the interview."""
    query = update.callback_query
    button = IvButton.parse(query.data)
    if button is None or not is_private(update):
        await query.answer(context.plain("fallback.expired_button"), show_alert=True)
        return
    action, key, value = button.action, button.key, button.value
    if action == "r":
        await resume_choice(update, context, key or "")
        return
    if action == "list":
        await interview_paper.my_papers(update, context)
        return
    if action in ("dl", "nv", "nvy"):
        if not (value or key or "").isdigit():
            await query.answer(context.plain("fallback.expired_button"), show_alert=True)
            return
        await interview_paper.paper_action(update, context, action, int(key or value))
        return
    user_id = update.effective_user.id
    stored = await conv.repo(context).draft(user_id)
    draft = stored.draft if stored is not None else None
    if action == "m":
        await interview_paper.make_paper(update, context, draft)
        return
    if draft is None:  # deleted, finished or never started: an old button starts nothing by itself
        await query.answer(context.plain("interview.no_draft"), show_alert=True)
        await conv.strip(context, update.effective_chat.id, query.message.message_id)
        return
    if stored.status != "active":
        await conv.repo(context).set_status(user_id, "active")
    if action in QUESTION_ACTIONS and (draft.mode != "ask" or key != draft.current):
        await stale(update, context, draft)
        return
    if action == "x":
        await query.answer()
        example = f"interview.questions.{key}.example_{draft.track}"
        example = example if context.services.catalog.has(context.lang, example) else f"interview.questions.{key}.example"
        from bot.telegram_io import reply_html

        await reply_html(update, context, context.t("interview.example_title") + "\n" + context.t(example))
        return
    if action == "ck":
        await query.answer(context.plain("interview.coach_kept"))
        await conv.strip(context, update.effective_chat.id, query.message.message_id)
        return
    await apply(update, context, draft, button)


async def apply(update: Update, context: BotContext, draft: iv.Draft, button: IvButton) -> None:
    """Apply a button to the draft and show what follows."""
    query = update.callback_query
    action, key, value = button.action, button.key, button.value
    chat_id, message_id = update.effective_chat.id, query.message.message_id
    today, rules = today_of(context), rules_of(context)
    before = question_text(context, draft) if draft.mode == "ask" and draft.question is not None else ""
    was_editing = draft.editing
    if action in ("e", "q") or (action == "h" and draft.mode in ("review", "pick")):
        outcome = {"e": lambda: iv.start_edit(draft, key or ""), "q": lambda: iv.pick_part(draft, key),
                   "h": lambda: iv.set_hurry(draft, key == "on")}[action]()
        if outcome.status == "error":
            await stale(update, context, draft)
            return
        await query.answer()
        if draft.msg_id and draft.msg_id != message_id:
            await conv.strip(context, chat_id, draft.msg_id)  # an older review was used: one live keyboard
        text, markup = question_view(context, draft)
        if await conv.edit(context, chat_id, message_id, text, markup):
            draft.msg_id = message_id
            await conv.save(context, update.effective_user.id, draft)
        else:
            await conv.ask(update, context, draft)
        return
    outcome = _outcome(context, draft, action, key, value, today, rules)
    if outcome is None or (outcome.status == "error" and outcome.error == "stale"):
        await stale(update, context, draft)
        return
    await query.answer()
    if outcome.status == "error":
        await conv.ask(update, context, draft, error_text(context, outcome))
        return
    if action == "qa" and value == "q":
        await conv.save(context, update.effective_user.id, draft)
        await conv.strip(context, chat_id, message_id)
        from .faq import answer_question

        await answer_question(update, context, outcome.params.get("text", ""))
        await conv.ask(update, context, draft, context.t("interview.qa.continue"), keep_old=True)
        return
    if outcome.status in ("ask_qa", "confirm_date") or (action in ("dc", "fc", "li") and value == "n"):
        retype = {"dc": "interview.retype_date", "fc": "interview.retype_figure", "li": "interview.retype_item"}.get(action)
        await conv.ask(update, context, draft, context.t(retype) if retype else "")
        return
    if action == "ci":
        await conv.strip(context, chat_id, message_id)
        draft.coach_msg = None
        await conv.ask(update, context, draft, context.t("interview.coach_improve"))
        return
    for qid in outcome.answered:
        if qid != "area":
            coach_check(context, draft, qid)
    if action in ("b", "c") or outcome.status in ("pick", "same"):
        await conv.save(context, update.effective_user.id, draft)
        await conv.ask(update, context, draft)
        return
    if action in ("li", "a", "dc", "fc") and outcome.params.get("item"):
        iv.remember(draft, key or "", str(outcome.params["item"]), conv.now_of(context))  # a resend of it is known as one
    await after_step(update, context, draft, outcome, before, was_editing, chat_id, echo_msg=message_id)


def _outcome(context: BotContext, draft: iv.Draft, action: str, key, value, today: date, rules) -> iv.Outcome | None:
    if action == "a":
        return iv.choose(draft, key, value, rules)
    if action == "p":
        question = draft.question
        if question is None or value not in question.picks:
            return None
        label = context.plain(f"interview.options.{key}.{value}")
        return iv.answer_text(draft, label, today, rules, lang=context.lang, confirmed=True)
    if action in ("b", "s"):
        if value is None or not value.isdigit() or int(value) != draft.sub:
            return None
        return iv.back(draft, key) if action == "b" else iv.skip(draft, key, rules)
    if action == "d":
        return iv.done(draft, key)
    if action == "c":
        return iv.clear_items(draft, key)
    if action == "k":
        return iv.keep(draft, key)
    if action == "o":
        return iv.org_decision(draft, key or "")
    if action == "h":
        return iv.set_hurry(draft, key == "on")
    if action == "dc":
        accept = bool(value) and value.startswith("y")  # "y2027-09-01": the date on the button, "n": type another
        return iv.confirm_date(draft, accept, today, value=value[1:] if accept and len(value) > 1 else None)
    if action == "fc":
        accept = bool(value) and value.startswith("y")  # "y120": the figure on the button, "n": type another
        return iv.confirm_figure(draft, accept, rules, value=value[1:] if accept else None)
    if action == "li":  # "y<digest>": the item on the button's read-back; "n": write it again
        if not value or not (value == "n" or (value.startswith("y") and len(value) == 9)):
            return None
        return iv.confirm_item(draft, value.startswith("y"), qid=key, digest=value[1:] if value.startswith("y") else None)
    if action == "ls":
        return iv.confirm_split(draft, value == "2") if value in ("1", "2") else None
    if action == "qa":
        question = draft.question
        outcome, text = iv.qa_decision(draft, value == "a", today, rules, lang=context.lang,
                                       labels=choice_labels(context, draft, question) if question else None)
        if value == "q" and outcome.status != "error":
            outcome.params["text"] = text
        return outcome
    if action == "ci":
        return iv.improve(draft, key or "")
    return None


async def stale(update: Update, context: BotContext, draft: iv.Draft) -> None:
    """A button of an earlier question: say so briefly, take its buttons away and continue where the interview is."""
    query = update.callback_query
    await query.answer(context.plain("interview.stale_button"))
    if query.message is not None and query.message.message_id not in (draft.msg_id, draft.coach_msg):
        await conv.strip(context, update.effective_chat.id, query.message.message_id)  # left live by a failed strip
    if draft.mode in ("review", "pick"):
        text, markup = question_view(context, draft)
        await conv.post(update, context, draft, text, markup)
        return
    await conv.ask(update, context, draft, context.t("interview.continue_here"))


async def resume_choice(update: Update, context: BotContext, action: str) -> None:
    """Continue (re-ask the open question), start over (after a confirmation) or not now (pause)."""
    from bot.telegram_io import keyboard, reply_html

    from .common import main_menu
    from .interview_views import btn

    query = update.callback_query
    user_id = update.effective_user.id
    repo = conv.repo(context)
    stored = await repo.draft(user_id)
    await query.answer()
    if query.message is not None:
        await conv.strip(context, update.effective_chat.id, query.message.message_id)  # the offer is answered
    if stored is None:
        await conv.idea(update, context)
        return
    if action in ("c", "k"):
        await conv.ask(update, context, stored.draft)
    elif action == "n":
        p = context.plain
        await reply_html(update, context, context.t("interview.start_over_confirm"), keyboard([
            [(p("interview.buttons.start_over_yes"), btn("r", "y"))], [(p("interview.buttons.keep"), btn("r", "k"))]]))
    elif action == "y":
        await conv.strip(context, update.effective_chat.id, stored.draft.msg_id)
        await repo.discard(user_id)
        conv.forget(context, user_id)
        await conv.start_new(update, context, context.t("interview.started_over"))
    elif action == "p":
        await conv.strip(context, update.effective_chat.id, stored.draft.msg_id)
        await repo.set_status(user_id, "paused")
        conv.forget(context, user_id)
        await reply_html(update, context, context.t("interview.not_now"), main_menu(context))
    else:
        await conv.ask(update, context, stored.draft)
