"""SQLite storage: one aiosqlite connection, WAL, versioned migrations, repositories per aggregate.

Conventions every table follows, so that /deletedata can find a user's rows without a list to keep
up to date: a column that names the person a row is about is called ``user_id``; a column with the
chat a row belongs to is ``chat_id`` (a private chat's id equals its user's id); other columns that
point at a person end in ``_user_id`` (for example ``created_by_user_id``).
"""

from .db import Database

__all__ = ["Database"]
