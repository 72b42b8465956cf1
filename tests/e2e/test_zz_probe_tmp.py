"""TEMPORARY probe (deleted after exploration)."""
from __future__ import annotations
import json
from .test_interview import LEADER_FI, LEADER_EN, NOW, run, press, finish
from .test_interview_flow import draft, live_keyboards, start

TO_HOURS = LEADER_FI[:LEADER_FI.index("200 h")]

def show(tag, reply, bot=None, user=None, fake=None):
    print(f"\n=== {tag}")
    for m in reply.messages:
        print(f"  [{m.message_id} e{m.edits}] {m.text[:300]!r} BTN={m.button_labels}")
    if reply.alerts: print("  ALERTS", reply.alerts)
    if bot is not None:
        d = draft(bot, user)
        print("  pending=", d.get("pending"), "talkoot=", d["answers"].get("talkoot"), "current=", d.get("current"), "sub=", d.get("sub"), "mode=", d.get("mode"))
    if fake is not None:
        print("  live=", [(m.message_id, m.button_labels) for m in live_keyboards(fake, user)])

async def test_probe_stale(bot, fake):
    aino = fake.new_user("Aino", "fi")
    steps = TO_HOURS
    await start(fake, bot, aino, steps[:-2])
    rate_msg = fake.last(aino)
    rate_data = rate_msg.callback_data("80 %")
    await run(fake, aino, None, steps[-2:])
    r = await fake.send(aino, "meitä on porukka")
    calc1 = r.last
    skip_data, back_data = calc1.callback_data("Ei yhtään"), calc1.callback_data("Takaisin")
    print("DATA", rate_data, skip_data, back_data)
    r = await fake.send(aino, "10")
    r = await fake.press(aino, rate_msg, data=rate_data)
    show("old rate button mid-count", r, bot, aino, fake)
    r = await fake.send(aino, "3")
    r = await fake.send(aino, "4")
    show("done", r, bot, aino, fake)
    r = await fake.press(aino, calc1, data=skip_data)
    show("stale skip after done", r, bot, aino, fake)
    r = await fake.press(aino, calc1, data=back_data)
    show("stale back after done", r, bot, aino, fake)
    r = await fake.press(aino, fake.last(aino), "⬅️ Takaisin")
    show("back from machine hours", r, bot, aino, fake)
    r = await fake.press(aino, calc1, data=skip_data)
    show("stale count skip after back", r, bot, aino, fake)

async def test_probe_skip_twice(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    r = await fake.send(aino, "meitä on porukka")
    r = await fake.send(aino, "10")
    calc = r.last
    data = calc.callback_data("Ei yhtään")
    r = await fake.press(aino, calc, data=data)
    show("skip", r, bot, aino, fake)
    r = await fake.press(aino, calc, data=data)
    show("skip again", r, bot, aino, fake)

async def test_probe_en_and_decimals(bot, fake):
    tom = fake.new_user("Tom", "en")
    steps = LEADER_EN[:LEADER_EN.index("4000")]
    bot.services.clock = lambda: NOW
    r = await fake.send(tom, "/idea")
    r = await run(fake, tom, r, steps[:-2])
    for text in ["the grannies bake buns", "six", "3", "1.5"]:
        r = await fake.send(tom, text)
        show(text, r, bot, tom, fake)
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    for text in ["meitä on porukka", "4", "2", "1,5"]:
        r = await fake.send(aino, text)
        show(text, r, bot, aino, fake)

async def test_probe_paper(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    for text in ["meitä mummoja on kuusi ja me leivotaan pullaa", "kuusi", "3-4", "n. 5"]:
        r = await fake.send(aino, text)
        show(text, r, bot, aino, fake)
    i = LEADER_FI.index("200 h")
    r = await run(fake, aino, r, LEADER_FI[i + 1:])
    show("review", r, bot, aino, fake)
    r, text = await finish(fake, aino, "📄 Tee ideapaperi")
    import re
    for line in text.splitlines():
        if re.search(r"alkoo|h ×|120|Talkoo", line): print("DOC:", line)

async def test_probe_huge_review(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    for text in ["meitä on porukka", "5000", "1000", "24"]:
        r = await fake.send(aino, text)
    i = LEADER_FI.index("200 h")
    r = await run(fake, aino, r, LEADER_FI[i + 1:])
    show("review", r, bot, aino, fake)

async def test_probe_resend_story(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    for text in ["meitä mummoja on kuusi ja me leivotaan pullaa", "meitä mummoja on kuusi ja me leivotaan pullaa", "Kyläläiset rakentavat kierrätyspisteen.", "ok", "0,5", "1000 h"]:
        r = await fake.send(aino, text)
        show(text, r, bot, aino, fake)
