"""Telegram handlers, one module per feature, each with ``register(application)``.

Order matters: within handler group 0 the first matching handler wins, so features with
conversations come first, the catch-all question handler (FAQ) after them, and the fallback last.
"""

from . import faq, fallback, groups, interview, language, leader_finder, privacy, reminders, start

FEATURES = [interview, reminders, groups, start, language, privacy, leader_finder, faq, fallback]
