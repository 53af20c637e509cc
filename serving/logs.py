"""Structured logs: one JSON object per line, for the access log and for errors.

Logging is configured only by entry points (wsgi.py, the gunicorn config); the app itself only
emits records, so importing or creating it never touches the root logger.
"""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime
from typing import Any

ACCESS_LOGGER = "triage.serving.access"


class JsonFormatter(logging.Formatter):
    """Render a record as one JSON line; `record.fields` (a dict) is merged in."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(getattr(record, "fields", {}))
        if record.exc_info:
            line["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(level: str = "INFO") -> None:
    """Send every log record to stderr as JSON lines (called by entry points only)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())


def log_access(fields: dict[str, Any]) -> None:
    """Write the one access line of a request."""
    logging.getLogger(ACCESS_LOGGER).info("request", extra={"fields": fields})
