FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY bot ./bot
COPY conversations ./conversations
COPY content ./content
RUN pip install . && useradd --create-home --uid 10001 hanke && mkdir -p /data && chown hanke /data

USER hanke
ENV DATABASE_PATH=/data/hankebotti.sqlite3
# Exec form: Python is PID 1's child-free process and receives SIGTERM from `docker stop` directly.
CMD ["python", "-m", "bot"]
