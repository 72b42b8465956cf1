"""TEMPORARY probe (deleted after exploration)."""
from __future__ import annotations
import json
from .test_interview import LEADER_FI, LEADER_EN, NOW, run, press
from .test_interview_flow import draft, live_keyboards, start

TO_HOURS = LEADER_FI[:LEADER_FI.index("200 h")]

def show(tag, reply, bot=None, user=None, fake=None):
    print(f"\n=== {tag}")
    for m in reply.messages:
        print(f"  [{m.message_id} e{m.edits}] {m.text!r} BTN={m.button_labels}")
    if reply.alerts: print("  ALERTS", reply.alerts)
    if bot is not None:
        d = draft(bot, user)
        print("  pending=", d.get("pending"), "talkoot=", d["answers"].get("talkoot"), "lc=", d["answers"].get("leader_costs"), "current=", d.get("current"), "sub=", d.get("sub"), "mode=", d.get("mode"))
    if fake is not None:
        print("  live=", [(m.message_id, m.button_labels) for m in live_keyboards(fake, user)])

async def test_probe_hurry(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    for text in ["meitä on porukka", "10", "minulla on kiire", "3"]:
        r = await fake.send(aino, text)
        show(text, r, bot, aino, fake)

async def test_probe_commands(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    for text in ["meitä on porukka", "10", "/start", "3", "/idea"]:
        r = await fake.send(aino, text)
        show(text, r, bot, aino, fake)
    r = await fake.press(aino, r.last, "▶️ Jatka")
    show("jatka", r, bot, aino, fake)
    for text in ["/cancel", "/idea"]:
        r = await fake.send(aino, text)
        show(text, r, bot, aino, fake)
    r = await fake.press(aino, r.last, "▶️ Jatka")
    show("jatka", r, bot, aino, fake)
    r = await fake.send_media(aino, "sticker")
    show("sticker", r, bot, aino, fake)
    r = await fake.send(aino, "/help")
    show("help", r, bot, aino, fake)
    r = await fake.send(aino, "4")
    show("4", r, bot, aino, fake)

async def test_probe_qa(bot, fake):
    aino = fake.new_user("Aino", "fi")
    await start(fake, bot, aino, TO_HOURS)
    for text in ["meitä on porukka", "10", "mitä talkoot tarkoittaa?"]:
        r = await fake.send(aino, text)
        show(text, r, bot, aino, fake)
    r = await fake.press(aino, r.last, "Se on kysymys")
    show("kysymys", r, bot, aino, fake)
    aino2 = fake.new_user("Aino2", "fi")
    await start(fake, bot, aino2, TO_HOURS)
    for text in ["meitä on porukka", "10", "paljonko on paljon?"]:
        r = await fake.send(aino2, text)
        show(text, r, bot, aino2, fake)
    r = await fake.press(aino2, r.last, "Se on vastaus")
    show("vastaus", r, bot, aino2, fake)

async def test_probe_edit_keep(bot, fake):
    aino = fake.new_user("Aino", "fi")
    r = await start(fake, bot, aino, LEADER_FI)
    show("review", r, bot, aino, fake)
    review = fake.last(aino)
    r = await fake.press(aino, review, "✏️ 6")
    show("edit part", r, bot, aino, fake)
    r = await fake.press(aino, r.last, "Talkootunnit")
    show("pick", r, bot, aino, fake)
    for text in ["mummot leipoo", "8", "sama"]:
        r = await fake.send(aino, text)
        show(text, r, bot, aino, fake)

async def test_probe_group(bot, fake):
    aino = fake.new_user("Aino", "fi")
    group = fake.new_group("Kyläyhdistys", admins=[aino])
    await start(fake, bot, aino, TO_HOURS)
    r = await fake.send(aino, "meitä on porukka")
    r = await fake.send(aino, "7", chat=group)
    show("group 7", r, bot, aino, fake)
    r = await fake.send(aino, "/idea", chat=group)
    show("group /idea", r, bot, aino, fake)
    r = await fake.send(aino, "7")
    show("private 7", r, bot, aino, fake)
    r = await fake.send(aino, "-3 h")
    show("-3 h", r, bot, aino, fake)
