"""The fake Bot API behaves like Telegram where the bot depends on it."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from tests.fakebot import FakeTelegram
from tests.fakebot.html_check import ParseError, parse_html


@pytest.fixture
async def api():
    fake = await FakeTelegram().start()
    session = aiohttp.ClientSession()

    async def call(method: str, **params):
        async with session.post(f"{fake.base_url}{fake.token}/{method}", json=params) as response:
            return await response.json()

    yield fake, call
    await session.close()
    await fake.stop()


async def test_get_updates_offset_limit_and_long_poll(api):
    fake, call = api
    user = fake.new_user()
    for text in ("a", "b", "c"):
        await fake.push({"message": fake._new_message(user, fake.chats[user.id], text=text)})
    first = await call("getUpdates", limit=2)
    assert [u["message"]["text"] for u in first["result"]] == ["a", "b"]
    again = await call("getUpdates")  # nothing confirmed yet: everything comes again
    assert len(again["result"]) == 3
    rest = await call("getUpdates", offset=first["result"][-1]["update_id"] + 1)
    assert [u["message"]["text"] for u in rest["result"]] == ["c"]
    assert fake.confirmed_offset == first["result"][-1]["update_id"] + 1
    poll = asyncio.create_task(call("getUpdates", offset=rest["result"][0]["update_id"] + 1, timeout=5))
    await asyncio.sleep(0.1)
    assert not poll.done()
    await fake.push({"message": fake._new_message(user, fake.chats[user.id], text="d")})
    result = await asyncio.wait_for(poll, 2)
    assert [u["message"]["text"] for u in result["result"]] == ["d"]


async def test_wrong_token_is_unauthorized(api):
    fake, _ = api
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{fake.base_url}123:nope/getMe") as response:
            assert response.status == 401


async def test_send_message_validates_like_telegram(api):
    fake, call = api
    user = fake.new_user()
    ok = await call("sendMessage", chat_id=user.id, text="<b>hei</b> &amp; moi", parse_mode="HTML")
    assert ok["ok"] and ok["result"]["text"] == "hei & moi"
    bad = await call("sendMessage", chat_id=user.id, text="1 < 2", parse_mode="HTML")
    assert bad["error_code"] == 400 and "can't parse entities" in bad["description"]
    long = await call("sendMessage", chat_id=user.id, text="x" * 4097)
    assert long["description"] == "Bad Request: message is too long"
    markup = {"inline_keyboard": [[{"text": "x", "callback_data": "y" * 65}]]}
    assert (await call("sendMessage", chat_id=user.id, text="x", reply_markup=markup))["error_code"] == 400
    fake.block(user)
    assert (await call("sendMessage", chat_id=user.id, text="x"))["error_code"] == 403


async def test_fault_injection_429_then_success(api):
    fake, call = api
    user = fake.new_user()
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    first = await call("sendMessage", chat_id=user.id, text="x")
    assert first["error_code"] == 429 and first["parameters"]["retry_after"] == 3
    assert (await call("sendMessage", chat_id=user.id, text="x"))["ok"]


@pytest.mark.parametrize("text", ["<b>open", "<script>x</script>", "a & b", "&nbsp;", "<b><i>x</b></i>"])
def test_html_check_rejects(text):
    with pytest.raises(ParseError):
        parse_html(text)


def test_html_check_accepts_and_decodes():
    assert parse_html('<a href="https://x.fi">x</a> &lt;3 &#228; &quot;q&quot; >') == 'x <3 ä "q" >'
