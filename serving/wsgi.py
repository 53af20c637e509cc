"""The single module-level app, for gunicorn:
`gunicorn -c serving/gunicorn_conf.py serving.wsgi:app`.

Configuration comes from the environment (see serving/README.md); logging is configured here,
the entry point, as JSON lines on stderr.
"""

from __future__ import annotations

import os

from serving.app import create_app
from serving.logs import configure_logging

configure_logging(os.environ.get("TRIAGE_LOG_LEVEL", "INFO"))
app = create_app()
