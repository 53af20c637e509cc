"""Fixtures of the service tests: apps on the session's trained model, and a client that checks
every response against the app's own OpenAPI document.

Apps are created with `model=` (the session's champion, already loaded) unless a test is about
loading, so each app costs milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator
from werkzeug.test import TestResponse

from serving.app import create_app
from serving.config import ServingConfig
from serving.model_holder import as_loaded
from triage.pyfunc import LoadedModel

API_KEY = "test-key-1"
OTHER_KEY = "test-key-2"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


def response_schema(doc: dict[str, Any], path: str, method: str, status: int) -> dict | None:
    """The documented schema of a response (the Error schema for unknown routes)."""
    operation = doc["paths"].get(path, {}).get(method.lower())
    if operation is None:
        return {"$ref": "#/components/schemas/Error"}
    response = operation["responses"].get(str(status)) or operation["responses"].get("default")
    assert response is not None, f"{method} {path} → {status} is not documented"
    content = response["content"]
    return content.get("application/json", content.get("text/plain"))["schema"]


def assert_conforms(doc: dict[str, Any], path: str, method: str, response: TestResponse) -> None:
    """The response matches what /openapi.json says this endpoint returns."""
    schema = response_schema(doc, path, method, response.status_code)
    body = response.get_json() if response.is_json else response.get_data(as_text=True)
    validator = Draft202012Validator({**schema, "components": doc["components"]})
    errors = sorted(validator.iter_errors(body), key=str)
    assert not errors, f"{method} {path} → {response.status_code} breaks the schema: {errors[0]}"


class CheckedClient:
    """A Flask test client that sends the API key and validates every response."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.client: FlaskClient = app.test_client()
        self.doc = self.client.get("/openapi.json").get_json()

    def open(self, path: str, method: str = "GET", auth: bool = True,
             headers: dict[str, str] | None = None, **kwargs: Any) -> TestResponse:
        all_headers = {**(AUTH if auth else {}), **(headers or {})}
        response = self.client.open(path, method=method, headers=all_headers, **kwargs)
        assert_conforms(self.doc, path, method, response)
        return response

    def get(self, path: str, **kwargs: Any) -> TestResponse:
        return self.open(path, "GET", **kwargs)

    def post(self, path: str, **kwargs: Any) -> TestResponse:
        return self.open(path, "POST", **kwargs)

    def triage(self, *texts: str, **message: Any) -> list[dict[str, Any]]:
        """Triage messages (a batch when several), assert 200, return the results."""
        body = ({"message": {"text": texts[0], **message}} if len(texts) == 1
                else {"messages": [{"text": t, **message} for t in texts]})
        response = self.post("/v1/triage", json=body)
        assert response.status_code == 200, response.get_json()
        return response.get_json()["results"]


@pytest.fixture(scope="session")
def registry(trained_registry: Any) -> Any:
    """The session's MLflow store with a trained @champion (tests/conftest.py)."""
    return trained_registry


@pytest.fixture(scope="session")
def champion(registry: Any) -> LoadedModel:
    """The registry's champion as the service sees it (version as a string)."""
    return as_loaded(registry.loaded)


@pytest.fixture
def make_config(registry: Any, tmp_path: Path) -> Callable[..., ServingConfig]:
    """A config for the session's registry, with a feedback store in this test's tmp dir."""
    def make(**changes: Any) -> ServingConfig:
        values: dict[str, Any] = {
            "model_uri": registry.model_uri, "tracking_uri": registry.tracking_uri,
            "api_keys": (API_KEY, OTHER_KEY),
            "feedback_url": f"sqlite:///{tmp_path / 'feedback.db'}", "warm_up": False}
        values.update(changes)
        return ServingConfig(**values)
    return make


@pytest.fixture
def make_client(make_config: Callable[..., ServingConfig],
                champion: LoadedModel) -> Callable[..., CheckedClient]:
    """Build an app (serving the champion unless `model` is given) and a checked client."""
    def make(model: Any = champion, **changes: Any) -> CheckedClient:
        return CheckedClient(create_app(make_config(**changes), model=model))
    return make


@pytest.fixture
def api(make_client: Callable[..., CheckedClient]) -> CheckedClient:
    """A client of an app serving the champion with the default limits."""
    return make_client()

