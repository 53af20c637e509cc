"""`make demo` tells an answer that is sent from a draft an agent has to judge."""

from __future__ import annotations

import pytest

from training.demo import EXAMPLES, show


def _result(action: str, reason: str) -> dict:
    item = {"intent": {"name": "shipping_info", "confidence": 0.68},
            "urgency": {"level": "low"}, "language": "en", "action": action,
            "reasons": [{"code": reason, "message": "..."}],
            "answers": [{"text": "We deliver across the EU.", "source": "template",
                         "score": 0.68}]}
    return {"model": {"name": "triage", "version": "1", "alias": "champion"},
            "results": [item] * len(EXAMPLES)}


@pytest.mark.parametrize(("action", "reason", "label"), [
    ("auto_reply", "high_confidence", "    answer: We deliver"),
    ("suggest", "medium_confidence", "    draft for the agent: We deliver"),
    ("escalate", "out_of_scope", "    draft for the agent: We deliver"),
])
def test_only_an_auto_reply_is_shown_as_the_answer(action: str, reason: str, label: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    show(_result(action, reason))

    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith(label) for line in lines) == len(EXAMPLES)
