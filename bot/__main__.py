"""``python -m bot``: run the bot. ``python -m bot backup PATH``: copy the live database."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from pathlib import Path

from pydantic import ValidationError

from .content import ContentError
from .logging_setup import setup_logging
from .settings import Settings

EXIT_CONFIG = 2

TOKEN_HELP = (
    "Create a bot with @BotFather in Telegram (send /newbot), then put its token in .env as "
    "TELEGRAM_BOT_TOKEN=123456789:AA... (see .env.example) or export it in the shell."
)


def load_settings() -> Settings:
    """Settings, or exit 2 with one line that says what to fix (never a traceback)."""
    try:
        return Settings()
    except ValidationError as exc:
        for error in exc.errors():
            field = str(error["loc"][0]).upper() if error["loc"] else "configuration"
            if field == "TELEGRAM_BOT_TOKEN":
                if error["type"] == "missing":
                    problem = "is not set"
                elif "placeholder" in str(error.get("msg", "")):
                    problem = "is still the example value from .env.example"
                else:
                    problem = "does not look like a bot token"
                print(f"Configuration error: TELEGRAM_BOT_TOKEN {problem}. {TOKEN_HELP}", file=sys.stderr)
            else:
                print(f"Configuration error: {field}: {error['msg']}", file=sys.stderr)
            break
        sys.exit(EXIT_CONFIG)


async def _run(settings: Settings) -> int:
    from .app import BotProcess

    from .app import Stopped

    process = BotProcess(settings)
    loop = asyncio.get_running_loop()
    # Installed before start-up, so a stop while Telegram is unreachable ends the wait at once.
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, process.stop_event.set)
    try:
        await process.start()
    except ContentError as exc:
        print(f"Content error: {exc}", file=sys.stderr)
        await process.shutdown()
        return EXIT_CONFIG
    except Stopped:
        await process.shutdown()
        return 0
    except BaseException:
        # Whatever ends start-up, the database thread must not keep the process alive.
        await process.shutdown()
        raise
    await process.run()
    return 0


async def _backup(settings: Settings, target: Path) -> int:
    from .storage import Database

    db = await Database(settings.database_path).connect()
    try:
        await db.backup(target)
    finally:
        await db.close()
    print(f"Backed up {settings.database_path} to {target}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["backup"]:
        if len(argv) != 2:
            print("usage: python -m bot backup PATH", file=sys.stderr)
            return EXIT_CONFIG
        settings = load_settings()
        setup_logging(settings.log_level, settings.telegram_bot_token.get_secret_value())
        return asyncio.run(_backup(settings, Path(argv[1])))
    if argv:
        print("usage: python -m bot [backup PATH]", file=sys.stderr)
        return EXIT_CONFIG
    settings = load_settings()
    setup_logging(settings.log_level, settings.telegram_bot_token.get_secret_value())
    from telegram.error import InvalidToken

    try:
        return asyncio.run(_run(settings))
    except InvalidToken:
        print(f"Configuration error: Telegram rejected TELEGRAM_BOT_TOKEN. {TOKEN_HELP}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
