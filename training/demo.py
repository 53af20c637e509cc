"""`make demo`: train on the sample inbox, promote, serve with gunicorn, score example messages.

It runs the same commands a team would (`triage train`, `triage promote`, `triage serve`) and
talks to the service over HTTP on a loopback port, so the demo proves the whole path works.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample" / "inbox.csv"
EXAMPLES = [
    {"text": "Hi, where is my order #4471203? It was supposed to arrive yesterday",
     "channel": "chat"},
    {"text": "Bonjour, je voudrais annuler ma commande FR-2024-88123 svp", "channel": "whatsapp"},
    {"text": "someone used my card on your site without permission!!! 3 payments I never made",
     "channel": "email"},
    {"text": "je veux parler à un conseiller humain, pas à un robot", "channel": "messenger"},
    {"text": "Do you have the linen shirt in size M in stock?", "channel": "chat"},
    {"text": "merci beaucoup, colis bien reçu 😊", "channel": "whatsapp"},
    {"text": "Can you recommend a good dentist near Lyon?", "channel": "chat"},
]


def run(*args: str, check: bool = True) -> int:
    print(f"\n$ triage {' '.join(args)}", flush=True)
    return subprocess.run([sys.executable, "-m", "training.cli", *args], check=check,
                          cwd=ROOT).returncode


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(base: str, server: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    raise RuntimeError(f"the server was not ready after {seconds:.0f} s")


def score(base: str) -> dict:
    body = json.dumps({"messages": EXAMPLES}).encode()
    request = urllib.request.Request(f"{base}/v1/triage", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def show(result: dict) -> None:
    model = result["model"]
    print(f"\nDecisions by {model['name']} version {model['version']} (@{model['alias']}):")
    for item, example in zip(result["results"], EXAMPLES, strict=True):
        answer = item["answers"][0]["text"] if item["answers"] else "—"
        reasons = ", ".join(r["code"] for r in item["reasons"])
        print(f"\n  [{example['channel']}] {example['text']}\n"
              f"    intent {item['intent']['name']} ({item['intent']['confidence']:.2f}), "
              f"urgency {item['urgency']['level']}, language {item['language']}\n"
              f"    → {item['action'].upper()} ({reasons})\n"
              f"    {answer_label(item['action'])}: {answer[:140]}")


def answer_label(action: str) -> str:
    """Only an auto-reply sends the answer; otherwise it is a draft an agent judges."""
    return "answer" if action == "auto_reply" else "draft for the agent"


def main() -> int:
    run("train", "--data", str(SAMPLE))
    if run("promote", check=False) != 0:  # refused: the current champion keeps serving
        print("(the existing @champion is kept and served)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    print(f"\n$ triage serve --port {port} --workers 1", flush=True)
    server = subprocess.Popen([sys.executable, "-m", "training.cli", "serve", "--port", str(port),
                               "--workers", "1"], cwd=ROOT)
    try:
        wait_ready(base, server)
        show(score(base))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("\nDone. Browse runs with: .venv/bin/mlflow ui --backend-store-uri sqlite:///models/mlflow.db")
    return 0


if __name__ == "__main__":
    sys.exit(main())
