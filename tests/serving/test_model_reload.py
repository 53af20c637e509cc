"""GET /v1/model and reloading: a new @champion is picked up, a broken one never served."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import mlflow
import pytest

from tests.serving.conftest import AUTH, CheckedClient
from triage.mlflow_store import use_store
from triage.pyfunc import ENCODER_ARTIFACT, MODEL_ARTIFACT, LoadedModel, TriagePyfunc


@pytest.fixture(scope="module")
def broken_uri(registry: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A version registered as `triage-broken@champion` whose model file is garbage."""
    tmp = tmp_path_factory.mktemp("broken")
    (tmp / "triage_model.joblib").write_bytes(b"this is not a pickle")
    (tmp / "encoder").mkdir()
    client = mlflow.MlflowClient(registry.tracking_uri, registry.tracking_uri)
    experiment = client.create_experiment(f"serving-tests-broken-{uuid.uuid4().hex[:8]}",
                                          artifact_location=(tmp / "artifacts").as_uri())
    use_store(registry.tracking_uri)
    with mlflow.start_run(experiment_id=experiment):
        info = mlflow.pyfunc.log_model(
            name="model", python_model=TriagePyfunc(), pip_requirements=["mlflow"],
            artifacts={MODEL_ARTIFACT: str(tmp / "triage_model.joblib"),
                       ENCODER_ARTIFACT: str(tmp / "encoder")},
            registered_model_name="triage-broken")
    client.set_registered_model_alias("triage-broken", "champion",
                                      str(info.registered_model_version))
    return "models:/triage-broken@champion"


def older(champion: LoadedModel) -> LoadedModel:
    """The champion posing as an older version, so the registry's version is news."""
    return replace(champion, version="0", uri="models:/triage/0")


def test_model_info_shows_what_is_served(api: CheckedClient, champion: LoadedModel) -> None:
    info = api.get("/v1/model").get_json()
    assert info["model"]["version"] == champion.version
    assert info["intents"] == champion.model.intents
    assert {"auto_reply_threshold", "suggest_threshold"} <= set(info["thresholds"])
    assert info["metrics"], "training metrics travel with the model"
    assert info["last_reload_error"] is None


def test_reloading_the_same_version_changes_nothing(api: CheckedClient,
                                                    champion: LoadedModel) -> None:
    body = api.post("/v1/admin/reload").get_json()
    assert body["outcome"] == "unchanged"
    assert body["model"]["version"] == champion.version


def test_a_version_that_cannot_load_never_replaces_the_served_one(
        make_client: Callable[..., CheckedClient], champion: LoadedModel,
        broken_uri: str) -> None:
    api = make_client(model_uri=broken_uri)
    response = api.post("/v1/admin/reload")
    assert response.status_code == 503
    body = response.get_json()
    assert body["error"] == "reload_failed"
    assert body["details"]["serving"]["version"] == champion.version
    triage = api.post("/v1/triage", json={"message": {"text": "where is my order?"}})
    assert triage.status_code == 200
    assert triage.get_json()["model"]["version"] == champion.version
    info = api.get("/v1/model").get_json()
    assert info["model"]["version"] == champion.version
    assert "triage-broken" in info["last_reload_error"]
    assert 'triage_model_reloads_total{outcome="failed"} 1.0' in api.get("/metrics").get_data(
        as_text=True)


@pytest.mark.parametrize("uri", ["models:/triage/999", "models:/triage@no-such-alias",
                                 "runs:/0123456789abcdef/model"])
def test_a_bad_uri_keeps_the_served_model(make_client: Callable[..., CheckedClient],
                                          champion: LoadedModel, uri: str) -> None:
    api = make_client(model_uri=uri)
    assert api.post("/v1/admin/reload").status_code == 503
    assert api.get("/readyz", auth=False).status_code == 200
    assert api.get("/v1/model").get_json()["last_reload_error"]


def test_a_new_champion_is_swapped_in_without_dropping_requests(
        make_client: Callable[..., CheckedClient], champion: LoadedModel) -> None:
    api = make_client(model=older(champion))
    seen: list[tuple[int, str | None]] = []
    done = threading.Event()

    def inbox() -> None:  # keeps sending while the reload runs
        client = api.app.test_client()
        while not done.is_set():
            response = client.post("/v1/triage", headers=AUTH,
                                   json={"message": {"text": "where is my order?"}})
            seen.append((response.status_code, response.get_json()["model"]["version"]))

    sender = threading.Thread(target=inbox)
    sender.start()
    try:
        body = api.post("/v1/admin/reload").get_json()
    finally:
        done.set()
        sender.join()
    assert body["outcome"] == "loaded" and body["model"]["version"] == champion.version
    assert seen and {status for status, _ in seen} == {200}
    assert {version for _, version in seen} <= {"0", champion.version}
    assert api.triage("where is my order?")  # and the new one answers
    info = api.get("/v1/model").get_json()
    assert info["model"]["version"] == champion.version and info["last_reload_error"] is None


def _wait_for_version(holder: Any, version: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while holder.current.version != version and time.monotonic() < deadline:
        time.sleep(0.1)


def test_polling_picks_up_a_new_champion(make_client: Callable[..., CheckedClient],
                                         champion: LoadedModel) -> None:
    api = make_client(model=older(champion), reload_poll_seconds=0.2)
    holder = api.app.extensions["triage"].holder
    try:
        api.get("/healthz", auth=False)  # the first request starts the poller
        _wait_for_version(holder, champion.version)
    finally:
        holder.stop_polling()
    assert holder.current.version == champion.version
    metrics = api.get("/metrics").get_data(as_text=True)
    assert f'triage_model_info{{alias="champion",name="triage",version="{champion.version}"}} 1.0' \
        in metrics


def test_polling_is_off_by_default(api: CheckedClient) -> None:
    api.get("/healthz", auth=False)
    assert not api.app.extensions["triage"].holder.polling


def test_loading_at_start_from_the_registry(make_client: Callable[..., CheckedClient],
                                            champion: LoadedModel, tmp_path: Path) -> None:
    api = make_client(model=None)
    assert api.get("/readyz", auth=False).get_json()["model"]["version"] == champion.version
    [result] = api.triage("je veux parler à un conseiller")
    assert result["action"] == "escalate"


def test_the_service_never_uses_the_training_embedding_cache(
        make_client: Callable[..., CheckedClient], champion: LoadedModel) -> None:
    api = make_client(model=None)
    served = api.app.extensions["triage"].holder.current
    assert served.model.embedder.cache_dir is None
    injected = make_client().app.extensions["triage"].holder.current
    assert injected.model.embedder.cache_dir is None
    assert injected.model.embedder is not champion.model.embedder


def test_a_reload_asked_of_one_worker_reaches_the_others(
        make_client: Callable[..., CheckedClient], champion: LoadedModel, tmp_path: Path) -> None:
    """gunicorn sends POST /v1/admin/reload to one worker; two apps stand for two workers."""
    signal = str(tmp_path / "reload-signal")
    asked = make_client(model=older(champion), reload_signal_file=signal)
    other = make_client(model=older(champion), reload_signal_file=signal)
    other_holder = other.app.extensions["triage"].holder
    assert asked.post("/v1/admin/reload").get_json()["outcome"] == "loaded"
    assert other_holder.current.version == "0"  # not yet: it has not served a request since
    other.get("/healthz", auth=False)  # its next request sees the signal; the reload runs aside
    _wait_for_version(other_holder, champion.version)
    assert other_holder.current.version == champion.version
    assert other.triage("where is my order?")
    # The worker that was asked has already reloaded: the signal it sent starts nothing there.
    assert not asked.app.extensions["triage"].holder.follow_announcements()
    assert not other_holder.follow_announcements()  # and a signal is followed once


def test_without_a_signal_file_a_reload_stays_in_its_worker(
        make_client: Callable[..., CheckedClient], champion: LoadedModel) -> None:
    asked = make_client(model=older(champion))
    other = make_client(model=older(champion))
    assert asked.post("/v1/admin/reload").get_json()["outcome"] == "loaded"
    other.get("/healthz", auth=False)
    other_holder = other.app.extensions["triage"].holder
    assert other_holder.signal_file is None and not other_holder.follow_announcements()
    assert other_holder.current.version == "0"


def test_a_good_reload_clears_an_earlier_reload_error(
        make_client: Callable[..., CheckedClient], registry: Any, champion: LoadedModel) -> None:
    alias = f"next-{uuid.uuid4().hex[:8]}"  # an alias nobody has set yet: the reload fails
    api = make_client(model_uri=f"models:/{champion.name}@{alias}")
    assert api.post("/v1/admin/reload").status_code == 503
    assert alias in api.get("/v1/model").get_json()["last_reload_error"]
    client = mlflow.MlflowClient(registry.tracking_uri, registry.tracking_uri)
    client.set_registered_model_alias(champion.name, alias, champion.version)
    try:  # now the alias names the version already served
        body = api.post("/v1/admin/reload").get_json()
    finally:
        client.delete_registered_model_alias(champion.name, alias)
    assert body["outcome"] == "unchanged"
    assert api.get("/v1/model").get_json()["last_reload_error"] is None


def test_latest_is_served_under_its_version_number_and_a_reload_follows_it(
        make_client: Callable[..., CheckedClient], registry: Any, champion: LoadedModel) -> None:
    client = mlflow.MlflowClient(registry.tracking_uri, registry.tracking_uri)
    name = f"triage-latest-{uuid.uuid4().hex[:8]}"
    client.create_registered_model(name)
    champion_version = client.get_model_version(champion.name, champion.version)

    def register() -> None:  # the champion's files under a new version of `name`
        client.create_model_version(name, champion_version.source, champion_version.run_id,
                                    model_id=champion_version.model_id)

    register()
    api = make_client(model=None, model_uri=f"models:/{name}/latest")
    assert api.get("/v1/model").get_json()["model"]["version"] == "1"
    register()
    body = api.post("/v1/admin/reload").get_json()
    assert (body["outcome"], body["model"]["version"]) == ("loaded", "2")
    response = api.post("/v1/triage", json={"message": {"text": "where is my order?"}})
    assert response.get_json()["model"]["version"] == "2"
    assert api.post("/v1/admin/reload").get_json()["outcome"] == "unchanged"
