"""Benchmark (not a test): is the bot fair? An innocent user's reply time while others flood.

One user sends 300 /start as fast as the network allows, a group member sends 60 different commands in
a group (Telegram lets a bot post 20 messages a minute in a group, so that group's answers queue for
minutes), and meanwhile an innocent user asks one FAQ question every half second. Figures: the
innocent user's p50/p95/max from their message reaching the fake Telegram to the bot's answer, and what
the flooders got. Run: ``python bench/fairness.py [--questions 40]``.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from common import BenchProcess, TimedFake, bot_argv, machine, percentiles

QUESTIONS = ["Mikä on ESR+?", "Paljonko Leader-tukea yhdistys voi saada?", "Voiko talkootyön laskea omarahoitukseksi?",
             "Kuka neuvoo hakemuksen tekemisessä?"]


async def run(questions: int) -> None:
    fake = await TimedFake().start()
    with tempfile.TemporaryDirectory() as tmp:
        bot = BenchProcess(fake, Path(tmp), bot_argv(limiter=True))
        await bot.start()
        try:
            flooder = fake.new_user("Tulva", "fi")
            member = fake.new_user("Jäsen", "fi")
            group = fake.new_group("Kyläyhdistys", admins=[member])
            innocent = fake.new_user("Aino", "fi")
            for _ in range(300):
                await fake.push({"message": fake._new_message(flooder, fake.chats[flooder.id], **fake._text_content("/start"))})
            for i in range(60):
                text = ["/help", "/privacy", "/start"][i % 3] + f" {i}"
                await fake.push({"message": fake._new_message(member, group, **fake._text_content(text))})
            latencies = []
            for i in range(questions):
                answered = fake.expect(innocent.id)
                began = time.perf_counter()
                await fake.push({"message": fake._new_message(innocent, fake.chats[innocent.id],
                                                              **fake._text_content(QUESTIONS[i % len(QUESTIONS)]))})
                try:
                    latencies.append(await asyncio.wait_for(answered, 30) - began)
                except asyncio.TimeoutError:
                    latencies.append(30.0)
                await asyncio.sleep(0.5)
            stats = percentiles(latencies)
            print(machine())
            print(f"innocent user, {questions} questions during the floods: p50 {stats['p50']:.0f} ms, "
                  f"p95 {stats['p95']:.0f} ms, max {max(latencies) * 1000:.0f} ms")
            print(f"flooder (300 × /start): {len(fake.messages(flooder))} messages back; "
                  f"group member (60 commands): {len(fake.messages(group))} messages in the group so far")
        finally:
            await bot.terminate()
            await fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=40)
    asyncio.run(run(parser.parse_args().questions))


if __name__ == "__main__":
    main()
