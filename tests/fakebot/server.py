"""The fake Bot API server and the test-side driver that plays the users."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .html_check import ParseError, parse_html, utf16_len

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_LIMIT = 64


@dataclass
class TgUser:
    id: int
    first_name: str
    language_code: str | None = None
    username: str | None = None
    is_bot: bool = False

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        if self.username:
            data["username"] = self.username
        return data


@dataclass
class TgChat:
    id: int
    type: str  # private, group, supergroup, channel
    title: str | None = None
    first_name: str | None = None

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            data["title"] = self.title
        if self.first_name:
            data["first_name"] = self.first_name
        return data


@dataclass
class BotMessage:
    """A message the bot sent, as the user sees it (edits update it in place)."""

    chat_id: int
    message_id: int
    html: str
    text: str
    reply_markup: dict | None = None
    document: bytes | None = None
    filename: str | None = None
    caption: str | None = None
    edits: int = 0

    @property
    def buttons(self) -> list[list[str]]:
        if not self.reply_markup:
            return []
        return [[b["text"] for b in row] for row in self.reply_markup.get("inline_keyboard", [])]

    @property
    def button_labels(self) -> list[str]:
        return [label for row in self.buttons for label in row]

    def callback_data(self, label: str) -> str:
        """The callback data of the button whose label contains ``label`` (exact match preferred)."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        candidates = [b for row in rows for b in row if "callback_data" in b]
        for button in candidates:
            if button["text"] == label:
                return button["callback_data"]
        for button in candidates:
            if label.lower() in button["text"].lower():
                return button["callback_data"]
        raise LookupError(f"no button {label!r} in {self.button_labels}")

    def to_api(self, bot: TgUser, chat: TgChat) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": self.message_id,
            "date": int(time.time()),
            "chat": chat.to_api(),
            "from": bot.to_api(),
        }
        if self.document is not None:
            data["document"] = {"file_id": f"doc{self.message_id}", "file_unique_id": f"u{self.message_id}", "file_name": self.filename}
            if self.caption:
                data["caption"] = self.caption
        else:
            data["text"] = self.text
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            # Telegram returns only inline keyboards with a message, never ForceReply or reply keyboards.
            data["reply_markup"] = self.reply_markup
        return data


@dataclass
class Reply:
    """What the bot did in one chat while handling one user action."""

    messages: list[BotMessage] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(m.text if m.document is None else (m.caption or "") for m in self.messages)

    @property
    def last(self) -> BotMessage:
        if not self.messages:
            raise AssertionError("the bot sent nothing")
        return self.messages[-1]

    @property
    def documents(self) -> list[BotMessage]:
        return [m for m in self.messages if m.document is not None]

    def __contains__(self, fragment: str) -> bool:
        return fragment.lower() in self.text.lower()


@dataclass
class Fault:
    method: str
    code: int
    description: str
    times: int = 1
    retry_after: int | None = None
    migrate_to: int | None = None
    chat_id: int | None = None


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


class Hold:
    """Requests of one method wait here until released; a dropped hold answers them with a 502 and
    does nothing, as if the network had lost them (crash tests kill the bot while one is held)."""

    def __init__(self, method: str) -> None:
        self.method = method
        self.arrived = asyncio.Event()
        self.params: list[dict[str, Any]] = []
        self._released = asyncio.Event()
        self._drop = False

    async def wait(self, params: dict[str, Any]) -> bool:
        self.params.append(params)
        self.arrived.set()
        await self._released.wait()
        return not self._drop

    def release(self, drop: bool = False) -> None:
        self._drop = drop
        self._released.set()


class FakeTelegram:
    """The server and the world it simulates: users, chats, what the bot sent."""

    def __init__(self, token: str = "123456789:TESTtokenTESTtokenTESTtokenTESTtok") -> None:
        self.token = token
        self.bot_user = TgUser(id=int(token.split(":")[0]), first_name="Hankebotti", username="hankebotti_test_bot", is_bot=True)
        self._ids = itertools.count(1000)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._callback_ids = itertools.count(1)
        self.updates: list[dict[str, Any]] = []
        self.confirmed_offset = 0
        self._cond = asyncio.Condition()
        self.chats: dict[int, TgChat] = {}
        self.users: dict[int, TgUser] = {}
        self.admins: dict[int, set[int]] = {}
        self.members: dict[int, set[int]] = {}
        self.sent: dict[int, list[BotMessage]] = {}
        self.events: list[tuple[str, int, Any]] = []  # (kind, chat_id, payload) in order
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.rejected: list[tuple[str, int, str]] = []  # (method, code, description) the server refused
        self.blocked: set[int] = set()
        self.kicked: set[int] = set()
        self.migrated: dict[int, int] = {}
        self.faults: list[Fault] = []
        self.losses: list[Fault] = []  # calls that are performed but whose response is lost
        self.holds: dict[str, Hold] = {}
        self.get_updates_calls = 0
        self.webhook_url: str | None = None  # a token used with a webhook before refuses getUpdates
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    # -- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> "FakeTelegram":
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        app.router.add_route("*", "/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        # Wake long polls the bot abandoned, so the server does not wait for them to time out.
        self._closing = True
        for hold in list(self.holds.values()):
            hold.release(drop=True)
        async with self._cond:
            self._cond.notify_all()
        if self._runner:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- the simulated world ------------------------------------------------------------------

    def new_user(self, first_name: str = "Aino", language_code: str | None = "fi", username: str | None = None) -> TgUser:
        user = TgUser(id=next(self._ids) * 10 + 7, first_name=first_name, language_code=language_code, username=username)
        self.users[user.id] = user
        self.chats[user.id] = TgChat(id=user.id, type="private", first_name=first_name)
        return user

    def new_group(self, title: str, admins: list[TgUser] = (), members: list[TgUser] = (), supergroup: bool = False) -> TgChat:
        chat_id = -(next(self._ids) * 10 + 3) if not supergroup else -(1_000_000_000_000 + next(self._ids))
        chat = TgChat(id=chat_id, type="supergroup" if supergroup else "group", title=title)
        self.chats[chat_id] = chat
        self.admins[chat_id] = {u.id for u in admins}
        self.members[chat_id] = {u.id for u in admins} | {u.id for u in members} | {self.bot_user.id}
        return chat

    def block(self, user: TgUser) -> None:
        self.blocked.add(user.id)

    def kick_bot(self, chat: TgChat) -> None:
        self.kicked.add(chat.id)

    def fail(self, method: str, code: int, description: str, *, times: int = 1, retry_after: int | None = None,
             migrate_to: int | None = None, chat_id: int | None = None) -> None:
        """Make the next ``times`` calls of ``method`` (to ``chat_id``, if given) fail."""
        self.faults.append(Fault(method, code, description, times, retry_after, migrate_to, chat_id))

    def lose(self, method: str, *, times: int = 1, chat_id: int | None = None, code: int = 502) -> None:
        """Perform the next ``times`` calls of ``method`` but lose the response (the bot sees a ``code``
        error, as behind a proxy that timed out): the outcome is unknown to the bot, yet it happened."""
        self.losses.append(Fault(method, code, "Bad Gateway", times, chat_id=chat_id))

    def hold(self, method: str) -> Hold:
        """Hold every later call of ``method`` until ``release()`` (which also ends the hold)."""
        hold = Hold(method)
        self.holds[method] = hold
        original = hold.release

        def release(drop: bool = False) -> None:
            if self.holds.get(method) is hold:
                del self.holds[method]
            original(drop)

        hold.release = release  # type: ignore[method-assign]
        return hold

    def messages(self, chat: TgChat | TgUser | int) -> list[BotMessage]:
        chat_id = chat if isinstance(chat, int) else chat.id
        return self.sent.get(chat_id, [])

    def last(self, chat: TgChat | TgUser | int) -> BotMessage:
        msgs = self.messages(chat)
        if not msgs:
            raise AssertionError("the bot has sent nothing to this chat")
        return msgs[-1]

    def menu_commands(self, scope: str, language_code: str = "") -> list[str]:
        return [c["command"] for c in self.commands.get((scope, language_code), [])]

    # -- users acting -------------------------------------------------------------------------

    def _chat_for(self, user: TgUser, chat: TgChat | None) -> TgChat:
        return chat if chat is not None else self.chats[user.id]

    def _new_message(self, user: TgUser, chat: TgChat, **content: Any) -> dict[str, Any]:
        counter = self._message_ids.setdefault(chat.id, itertools.count(1))
        message = {"message_id": next(counter), "date": int(time.time()), "chat": chat.to_api(), "from": user.to_api()}
        message.update(content)
        return message

    def _text_content(self, text: str) -> dict[str, Any]:
        content: dict[str, Any] = {"text": text}
        entities = []
        if text.startswith("/"):
            command = text.split()[0] if text.split() else text
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command)})
        mention = f"@{self.bot_user.username}"
        position = text.find(mention)
        if position >= 0 and not text.startswith("/"):
            entities.append({"type": "mention", "offset": utf16_len(text[:position]), "length": utf16_len(mention)})
        if entities:
            content["entities"] = entities
        return content

    async def push(self, update: dict[str, Any]) -> int:
        """Queue a raw update (the id is assigned here) and wake a waiting getUpdates."""
        update_id = next(self._update_ids)
        update = {"update_id": update_id, **update}
        async with self._cond:
            self.updates.append(update)
            self._cond.notify_all()
        return update_id

    async def act(self, update: dict[str, Any], chat_id: int, timeout: float = 10.0) -> Reply:
        """Deliver an update, wait until the bot has handled it, and collect what it did in that chat."""
        mark = len(self.events)
        update_id = await self.push(update)
        await self.processed(update_id, timeout)
        reply = Reply()
        seen: set[int] = set()
        for kind, event_chat, payload in self.events[mark:]:
            if kind == "alert" and payload.get("update_id") == update_id:
                reply.alerts.append(payload["text"] or "")
            elif event_chat == chat_id and kind in ("sent", "edited") and id(payload) not in seen:
                seen.add(id(payload))
                reply.messages.append(payload)
        return reply

    async def processed(self, update_id: int, timeout: float = 10.0) -> None:
        """The bot confirms an update (asks for a higher offset) only after it has handled it."""
        async with self._cond:
            await asyncio.wait_for(self._cond.wait_for(lambda: self.confirmed_offset > update_id), timeout)

    async def send(self, user: TgUser, text: str, chat: TgChat | None = None, reply_to: BotMessage | None = None) -> Reply:
        chat = self._chat_for(user, chat)
        content = self._text_content(text)
        if reply_to is not None:
            content["reply_to_message"] = reply_to.to_api(self.bot_user, self.chats[reply_to.chat_id])
        return await self.act({"message": self._new_message(user, chat, **content)}, chat.id)

    async def send_media(self, user: TgUser, kind: str, chat: TgChat | None = None, caption: str | None = None) -> Reply:
        """A sticker, photo, voice message, document or location."""
        chat = self._chat_for(user, chat)
        uid = next(self._ids)
        content: dict[str, Any] = {
            "sticker": {"sticker": {"file_id": f"s{uid}", "file_unique_id": f"su{uid}", "type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False}},
            "photo": {"photo": [{"file_id": f"p{uid}", "file_unique_id": f"pu{uid}", "width": 90, "height": 90}]},
            "voice": {"voice": {"file_id": f"v{uid}", "file_unique_id": f"vu{uid}", "duration": 3}},
            "document": {"document": {"file_id": f"d{uid}", "file_unique_id": f"du{uid}", "file_name": "liite.pdf"}},
            "location": {"location": {"latitude": 66.5, "longitude": 25.7}},
        }[kind]
        if caption is not None:
            content["caption"] = caption
        return await self.act({"message": self._new_message(user, chat, **content)}, chat.id)

    async def edit(self, user: TgUser, text: str, chat: TgChat | None = None) -> Reply:
        chat = self._chat_for(user, chat)
        message = self._new_message(user, chat, **self._text_content(text))
        message["edit_date"] = int(time.time())
        return await self.act({"edited_message": message}, chat.id)

    async def press(self, user: TgUser, message: BotMessage, label: str | None = None, *, data: str | None = None) -> Reply:
        """Press a button of a message the bot sent (by label), or send any callback data (forged)."""
        if data is None:
            data = message.callback_data(label)
        chat = self.chats[message.chat_id]
        query = {
            "id": str(next(self._callback_ids)),
            "from": user.to_api(),
            "message": message.to_api(self.bot_user, chat),
            "chat_instance": f"ci{chat.id}",
            "data": data,
        }
        return await self.act({"callback_query": query}, chat.id)

    async def add_bot_to_group(self, by: TgUser, chat: TgChat) -> Reply:
        self.members.setdefault(chat.id, set()).add(self.bot_user.id)
        return await self.act({"my_chat_member": self._membership(by, chat, "left", "member")}, chat.id)

    async def remove_bot_from_group(self, by: TgUser, chat: TgChat) -> Reply:
        self.kicked.add(chat.id)
        return await self.act({"my_chat_member": self._membership(by, chat, "member", "kicked")}, chat.id)

    def _membership(self, by: TgUser, chat: TgChat, old: str, new: str) -> dict[str, Any]:
        def member(status: str) -> dict[str, Any]:
            data = {"user": self.bot_user.to_api(), "status": status}
            if status == "kicked":
                data["until_date"] = 0
            return data

        return {"chat": chat.to_api(), "from": by.to_api(), "date": int(time.time()),
                "old_chat_member": member(old), "new_chat_member": member(new)}

    async def migrate_group(self, by: TgUser, chat: TgChat, notify: bool = True) -> TgChat:
        """The group becomes a supergroup: Telegram sends a service message and the old id stops working.

        ``notify=False``: the bot never sees the service message (it was down, or the update was lost)
        and learns of the move only from the "upgraded to a supergroup" error of its next send."""
        new = TgChat(id=-(1_000_000_000_000 + next(self._ids)), type="supergroup", title=chat.title)
        self.chats[new.id] = new
        self.admins[new.id] = set(self.admins.get(chat.id, set()))
        self.members[new.id] = set(self.members.get(chat.id, set()))
        self.migrated[chat.id] = new.id
        if notify:
            await self.act({"message": self._new_message(by, chat, migrate_to_chat_id=new.id)}, chat.id)
        return new

    # -- the HTTP side ------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if hasattr(value, "file"):
                params[key] = {"filename": value.filename, "content": value.file.read()}
            else:
                params[key] = value
        if request.query:
            params.update(request.query)
        return params

    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        try:
            params = await self._params(request)
        except ConnectionResetError:
            # the bot was killed (kill -9 in the crash tests) while it was still sending this request: like Telegram,
            # the server just drops it; nothing reached it, so nothing is recorded
            return web.Response(status=400)
        self.requests.append((method, params))
        hold = self.holds.get(method)
        if hold is not None and not await hold.wait(params):
            return web.json_response({"ok": False, "error_code": 502, "description": "Bad Gateway"}, status=502)
        handler = getattr(self, f"api_{method}", None)
        try:
            if handler is None:
                raise ApiError(404, "Not Found")
            self._inject_fault(method, params)
            result = await handler(params)
            if self._lost(method, params):
                return web.json_response({"ok": False, "error_code": 502, "description": "Bad Gateway"}, status=502)
        except ApiError as exc:
            self.rejected.append((method, exc.code, exc.description))
            body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return web.json_response(body, status=exc.code)
        return web.json_response({"ok": True, "result": result})

    async def _file(self, request: web.Request) -> web.Response:
        return web.Response(status=404)

    def _inject_fault(self, method: str, params: dict[str, Any]) -> None:
        for fault in self.faults:
            if fault.method != method or fault.times <= 0:
                continue
            if fault.chat_id is not None and _int(params.get("chat_id")) != fault.chat_id:
                continue
            fault.times -= 1
            parameters = {}
            if fault.retry_after is not None:
                parameters["retry_after"] = fault.retry_after
            if fault.migrate_to is not None:
                parameters["migrate_to_chat_id"] = fault.migrate_to
            raise ApiError(fault.code, fault.description, parameters or None)

    def _lost(self, method: str, params: dict[str, Any]) -> bool:
        for loss in self.losses:
            if loss.method == method and loss.times > 0 and (loss.chat_id is None or _int(params.get("chat_id")) == loss.chat_id):
                loss.times -= 1
                return True
        return False

    def _target_chat(self, params: dict[str, Any]) -> TgChat:
        chat_id = _int(params.get("chat_id"))
        if chat_id in self.migrated:
            raise ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                           {"migrate_to_chat_id": self.migrated[chat_id]})
        chat = self.chats.get(chat_id)
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if chat.type == "private" and chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.kicked:
            raise ApiError(403, "Forbidden: bot was kicked from the group chat")
        return chat

    def _check_markup(self, params: dict[str, Any]) -> dict | None:
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if isinstance(markup, str):
            markup = json.loads(markup)
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not (1 <= len(data.encode("utf-8")) <= CALLBACK_LIMIT):
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _render(self, text: str | None, parse_mode: str | None, limit: int) -> str:
        if text is None or text == "":
            raise ApiError(400, "Bad Request: message text is empty")
        plain = text
        if parse_mode and parse_mode.upper() == "HTML":
            try:
                plain = parse_html(text)
            except ParseError as exc:
                raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        elif parse_mode:
            raise ApiError(400, f"Bad Request: unsupported parse_mode {parse_mode}")
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain) > limit:
            raise ApiError(400, "Bad Request: message is too long")
        return plain

    def _store(self, chat: TgChat, message: BotMessage, kind: str = "sent") -> dict[str, Any]:
        self.sent.setdefault(chat.id, []).append(message)
        self.events.append((kind, chat.id, message))
        return message.to_api(self.bot_user, chat)

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    async def api_getMe(self, params):
        return {**self.bot_user.to_api(), "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def api_deleteWebhook(self, params):
        self.webhook_url = None
        return True

    async def api_setWebhook(self, params):
        self.webhook_url = params.get("url") or None
        return True

    async def api_getUpdates(self, params):
        self.get_updates_calls += 1
        if self.webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
        offset = _int(params.get("offset")) or 0
        limit = min(_int(params.get("limit")) or 100, 100)
        timeout = float(params.get("timeout") or 0)
        async with self._cond:
            if offset > self.confirmed_offset:
                self.confirmed_offset = offset
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                self._cond.notify_all()
            deadline = asyncio.get_running_loop().time() + timeout

            def pending():
                return [u for u in self.updates if u["update_id"] >= offset]

            while not pending() and not self._closing:
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    return []
                try:
                    await asyncio.wait_for(self._cond.wait(), remaining)
                except asyncio.TimeoutError:
                    return []
            return pending()[:limit] if not self._closing else []

    async def api_sendMessage(self, params):
        chat = self._target_chat(params)
        plain = self._render(params.get("text"), params.get("parse_mode"), TEXT_LIMIT)
        markup = self._check_markup(params)
        message = BotMessage(chat.id, self._next_message_id(chat.id), params["text"], plain, markup)
        return self._store(chat, message)

    def _find(self, params) -> tuple[TgChat, BotMessage]:
        chat = self._target_chat(params)
        message_id = _int(params.get("message_id"))
        for message in self.sent.get(chat.id, []):
            if message.message_id == message_id:
                return chat, message
        raise ApiError(400, "Bad Request: message to edit not found")

    async def api_editMessageText(self, params):
        chat, message = self._find(params)
        plain = self._render(params.get("text"), params.get("parse_mode"), TEXT_LIMIT)
        markup = self._check_markup(params)
        if params["text"] == message.html and markup == message.reply_markup:
            raise ApiError(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
        message.html, message.text, message.reply_markup = params["text"], plain, markup
        message.edits += 1
        self.events.append(("edited", chat.id, message))
        return message.to_api(self.bot_user, chat)

    async def api_editMessageReplyMarkup(self, params):
        chat, message = self._find(params)
        markup = self._check_markup(params)
        if markup == message.reply_markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.reply_markup = markup
        message.edits += 1
        self.events.append(("edited", chat.id, message))
        return message.to_api(self.bot_user, chat)

    async def api_deleteMessage(self, params):
        chat, message = self._find(params)
        self.sent[chat.id].remove(message)
        return True

    async def api_answerCallbackQuery(self, params):
        query_id = params.get("callback_query_id")
        if query_id in self.callback_answers:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text and len(text) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        update_id = next((u["update_id"] for u in reversed(self.updates)
                          if u.get("callback_query", {}).get("id") == query_id), None)
        answer = {"text": text, "show_alert": str(params.get("show_alert", "")).lower() == "true", "update_id": update_id}
        self.callback_answers[query_id] = answer
        self.events.append(("alert", 0, answer))
        return True

    async def api_sendDocument(self, params):
        chat = self._target_chat(params)
        document = params.get("document")
        if not isinstance(document, dict) or not document.get("content"):
            raise ApiError(400, "Bad Request: there is no document in the request")
        caption = params.get("caption")
        plain_caption = self._render(caption, params.get("parse_mode"), CAPTION_LIMIT) if caption else None
        markup = self._check_markup(params)
        message = BotMessage(chat.id, self._next_message_id(chat.id), caption or "", plain_caption or "", markup,
                             document=document["content"], filename=document["filename"], caption=plain_caption)
        return self._store(chat, message)

    async def api_sendChatAction(self, params):
        chat = self._target_chat(params)
        self.chat_actions.append((chat.id, params.get("action")))
        return True

    async def api_setMyCommands(self, params):
        commands = params.get("commands")
        if isinstance(commands, str):
            commands = json.loads(commands)
        scope = params.get("scope") or {"type": "default"}
        if isinstance(scope, str):
            scope = json.loads(scope)
        for command in commands:
            name = command.get("command", "")
            if not (1 <= len(name) <= 32) or not name.replace("_", "").isalnum() or name.lower() != name:
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not (1 <= len(command.get("description", "")) <= 256):
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[(scope["type"], params.get("language_code") or "")] = commands
        return True

    async def api_getMyCommands(self, params):
        scope = params.get("scope") or {"type": "default"}
        if isinstance(scope, str):
            scope = json.loads(scope)
        return self.commands.get((scope["type"], params.get("language_code") or ""), [])

    async def api_getChat(self, params):
        chat = self._target_chat(params)
        return {**chat.to_api(), "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
                                        "premium_subscription": False, "gifts_from_channels": False}}

    def _member(self, chat_id: int, user_id: int) -> dict[str, Any]:
        user = self.users.get(user_id) or (self.bot_user if user_id == self.bot_user.id else TgUser(user_id, "?"))
        if user_id in self.admins.get(chat_id, set()):
            return {"user": user.to_api(), "status": "administrator", "can_be_edited": False, "is_anonymous": False,
                    "can_manage_chat": True, "can_delete_messages": True, "can_manage_video_chats": True,
                    "can_restrict_members": True, "can_promote_members": False, "can_change_info": True,
                    "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
                    "can_delete_stories": False}
        if user_id in self.members.get(chat_id, set()):
            return {"user": user.to_api(), "status": "member"}
        return {"user": user.to_api(), "status": "left"}

    async def api_getChatMember(self, params):
        chat = self._target_chat(params)
        return self._member(chat.id, _int(params.get("user_id")))

    async def api_getChatAdministrators(self, params):
        chat = self._target_chat(params)
        return [self._member(chat.id, uid) for uid in sorted(self.admins.get(chat.id, set()))]


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return int(value)
