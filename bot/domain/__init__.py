"""Domain logic: plain Python with no Telegram imports, tested as plain functions."""
