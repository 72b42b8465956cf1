"""Hankebotti: a bilingual Telegram bot for Finnish associations planning EU-funded projects."""
