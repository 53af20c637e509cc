"""The feedback store: agents' verdicts on decisions, kept durably, read back as training examples.

Why SQLAlchemy: SQLite (a file next to the models, nothing to run) by default, and any database a
team already has (PostgreSQL, MySQL) by changing one URL. SQLite runs in WAL mode with a busy
timeout, so several threads or gunicorn workers can write at once: writers queue instead of
failing, and readers never block them. It lives in triage/ because the service writes it and
training reads it, and serving must not import training.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import (
    Boolean,
    DateTime,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

TRAINING_COLUMNS = ("text", "intent", "urgency", "answer", "language")
SQLITE_BUSY_TIMEOUT_MS = 30_000
CREATE_ATTEMPTS = 5  # creating the table races only with other starting processes


class FeedbackStoreError(RuntimeError):
    """The feedback store cannot be opened, written or read."""


class _Base(DeclarativeBase):
    pass


class FeedbackRecord(_Base):
    """One verdict, as stored."""

    __tablename__ = "triage_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    request_id: Mapped[str | None] = mapped_column(String(200), index=True)
    message_id: Mapped[str | None] = mapped_column(String(200))
    model_version: Mapped[str | None] = mapped_column(String(200))
    predicted_intent: Mapped[str | None] = mapped_column(String(100))
    correct_intent: Mapped[str | None] = mapped_column(String(100))
    predicted_urgency: Mapped[str | None] = mapped_column(String(16))
    correct_urgency: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str | None] = mapped_column(String(16))
    escalation_correct: Mapped[bool | None] = mapped_column(Boolean)
    answer_status: Mapped[str | None] = mapped_column(String(16))
    answer: Mapped[str | None] = mapped_column(Text)
    agent_id: Mapped[str | None] = mapped_column(String(200))
    comment: Mapped[str | None] = mapped_column(Text)


_TABLE = FeedbackRecord.__table__
FIELDS = tuple(c.name for c in _TABLE.columns if c.name not in ("id", "created_at"))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _engine(url: str) -> Engine:
    """An engine for `url`; for a SQLite file, the folder is created and WAL is switched on."""
    try:
        parsed: URL = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return create_engine(parsed, pool_pre_ping=True)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    except (ArgumentError, ImportError) as e:  # unparsable URL, unknown dialect, missing driver
        raise FeedbackStoreError(f"invalid feedback database URL {url!r}: {e}") from e
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _schema_exists(engine: Engine) -> bool:
    """Whether the table and its indexes are all there (False when the database cannot say)."""
    try:
        inspector = inspect(engine)
        if not inspector.has_table(_TABLE.name):
            return False
        found = {index["name"] for index in inspector.get_indexes(_TABLE.name)}
    except SQLAlchemyError:
        return False
    return {index.name for index in _TABLE.indexes} <= found


def _create_schema(engine: Engine) -> None:
    """Create the table and its index unless they exist, safely when processes start together.

    `create_all` checks, then creates: gunicorn workers opening a new database at the same time
    all see no table, and all but one fail ("table already exists", or "database is locked"
    while another holds the write lock). A failure is therefore tolerated when the schema is
    complete afterwards, and retried (the next check sees what the others made) otherwise.
    """
    for attempt in range(1, CREATE_ATTEMPTS + 1):
        try:
            _Base.metadata.create_all(engine)
            return
        except SQLAlchemyError as e:
            if _schema_exists(engine):
                return
            if attempt == CREATE_ATTEMPTS:
                raise FeedbackStoreError(f"cannot open the feedback store: {e}") from e
            time.sleep(0.05 * 2 ** attempt)  # let the process that is creating it finish


class FeedbackStore:
    """Append verdicts; read the corrected examples back for training."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _engine(url)
        _create_schema(self.engine)
        # Hold no connection until the first write: a process that forks after opening the
        # store (gunicorn --preload) must not hand one SQLite connection to every worker.
        self.engine.dispose()

    def add(self, text: str, **fields: Any) -> int:
        """Store one verdict (keyword fields as in `FIELDS`); returns its id."""
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise FeedbackStoreError(f"unknown feedback fields: {sorted(unknown)}")
        record = FeedbackRecord(text=text, created_at=datetime.now(UTC), **fields)
        try:
            with Session(self.engine) as session, session.begin():
                session.add(record)
                session.flush()
                return int(record.id)
        except SQLAlchemyError as e:
            raise FeedbackStoreError(f"cannot store feedback: {e}") from e

    def records(self) -> list[dict[str, Any]]:
        """Every verdict, oldest first, as plain dicts."""
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(select(_TABLE).order_by(_TABLE.c.id))
                return [dict(row._mapping) for row in rows]
        except SQLAlchemyError as e:
            raise FeedbackStoreError(f"cannot read feedback: {e}") from e

    def count(self) -> int:
        """How many verdicts are stored."""
        try:
            with self.engine.connect() as conn:
                return int(conn.execute(select(func.count()).select_from(_TABLE)).scalar_one())
        except SQLAlchemyError as e:
            raise FeedbackStoreError(f"cannot read feedback: {e}") from e

    def training_examples(self) -> pd.DataFrame:
        """Corrected examples (verdicts that name the right intent), latest verdict per text.

        The answer is kept only when the agent sent it (used or edited): a rejected answer must
        not be learnt as a good one.
        """
        rows = [_training_row(r) for r in self.records() if r["correct_intent"]]
        frame = pd.DataFrame(rows, columns=list(TRAINING_COLUMNS), dtype=object)  # None stays None
        frame = frame.drop_duplicates(subset="text", keep="last")
        return frame.reset_index(drop=True)

    def close(self) -> None:
        """Release the connections (the data is already on disk)."""
        self.engine.dispose()


def _training_row(record: dict[str, Any]) -> dict[str, Any]:
    sent = record["answer_status"] in ("used", "edited") or (
        record["answer_status"] is None and record["answer"])
    return {"text": record["text"], "intent": record["correct_intent"],
            "urgency": record["correct_urgency"], "answer": record["answer"] if sent else None,
            "language": record["language"]}
