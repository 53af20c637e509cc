"""Small synthetic data for the analysis code behind the notebooks: fast, and shaped on purpose.

Embeddings are drawn around one centre per intent (L2-normalised, like the encoder's), so a
test can place a message between two intents and know what the analysis should say about it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


def around(centre: np.ndarray, n: int, spread: float, rng: np.random.Generator) -> np.ndarray:
    """`n` unit vectors scattered around `centre`."""
    points = centre + spread * rng.normal(size=(n, centre.shape[0]))
    return points / np.linalg.norm(points, axis=1, keepdims=True)


@pytest.fixture()
def labelled() -> tuple[pd.DataFrame, np.ndarray]:
    """Three intents: `order_status` and `delivery_delay` share a region, `thanks` is apart;
    one delivery_delay message sits among order_status messages (row 0)."""
    rng = np.random.default_rng(7)
    centres = np.eye(16)
    shared = (centres[0] + 0.6 * centres[1]) / np.linalg.norm(centres[0] + 0.6 * centres[1])
    blocks = {"order_status": around(centres[0], 20, 0.05, rng),
              "delivery_delay": around(shared, 20, 0.05, rng),
              "thanks": around(centres[5], 20, 0.05, rng)}
    texts = {"order_status": "where is my order {i}", "delivery_delay": "my parcel is late {i}",
             "thanks": "thank you so much {i}"}
    rows, vectors = [], []
    for intent, block in blocks.items():
        for i, vector in enumerate(block):
            rows.append({"text": texts[intent].format(i=i), "intent": intent,
                         "language": "fr" if i % 4 == 0 else "en",
                         "urgency": "high" if intent == "delivery_delay" and i % 2 else "normal"})
            vectors.append(vector)
    frame = pd.DataFrame(rows)
    embeddings = np.vstack(vectors)
    frame.loc[0, ["text", "intent"]] = ["it is late, where is my order?", "delivery_delay"]
    return frame, embeddings.astype(np.float32)
