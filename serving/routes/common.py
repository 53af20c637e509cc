"""Helpers the route modules share."""

from __future__ import annotations

from serving.errors import ApiError
from serving.state import ServiceState
from triage.pyfunc import LoadedModel


def model_ref(loaded: LoadedModel | None) -> dict[str, str | None] | None:
    """The `model` object of a response: which registered version answered."""
    if loaded is None:
        return None
    return {"name": loaded.name, "version": loaded.version, "alias": loaded.alias}


def require_model(state: ServiceState) -> LoadedModel:
    """The model for this request, read once; 503 while none is loaded."""
    loaded = state.holder.current
    if loaded is None:
        raise ApiError(503, "model_unavailable", "No model is loaded yet; retry later.",
                       {"uri": state.holder.uri, "last_reload_error": state.holder.last_error})
    return loaded
