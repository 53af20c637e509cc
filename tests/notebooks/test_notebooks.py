"""The notebooks themselves: stored without outputs, parameterised, and executed on the sample.

Each notebook runs in a fresh Jupyter kernel (nbclient) against the session's trained model and
its embedding cache, so it never rots: a cell that fails, a missing figure or a warning in a
cell's output fails the suite. Executed copies go to a temporary folder, never to notebooks/.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import nbclient
import nbformat
import pandas as pd
import pytest
from jupyter_client.manager import KernelManager

from tests.conftest import ROOT, SAMPLE_DIR, SAMPLE_INBOX
from training.discovery import NOISE
from training.notebook_tools import main as notebook_tools_main
from training.notebook_tools import outputs_found, read_notebook
from training.validate import load_training_data

NOTEBOOK_DIR = ROOT / "notebooks"
# In this order, the two that draw UMAP maps run one after the other in the shared kernel.
NOTEBOOKS = ("explore_intents.ipynb", "discover_intents.ipynb", "model_report.ipynb")
# Figures each notebook must draw (image outputs), at least.
FIGURES = {"explore_intents.ipynb": 5, "model_report.ipynb": 5, "discover_intents.ipynb": 2}
# Themes of the sample's out-of-scope file, as a person reading a cluster would name them.
THEMES = {
    "job application": (
        r"\bcv\b|\bjob\b|hiring|recrut|candidature|\bstage\b|stagiaire"
        r"|alternance|salaire|salary|internship|apprentice|graduate scheme"
        r"|application|postul|entretien|interview on|join your team"
        r"|come back this year|\bposition\b|\brole in\b"),
    "partnership": (
        r"collab|stocking|wholesale|founder of|affiliate|tiktoker|co-branded"
        r"|packaging supplier|emballages|influenc|corporate gifts"
        r"|retail partners|sponsor|pop-up|revendre|référencée|referencee"
        r"|fournisseurs|partenariat|marché de créateurs|marche de createurs"
        r"|stand"),
    "other company": (
        r"ryanair|easyjet|aer lingus|air france|transavia|vodafone|\bee\b"
        r"|three\b|revolut|monzo|\baib\b|amazon|\bo2\b|royal mail"
        r"|netflix password|deliveroo|puregym|vinted|spotify|boarding pass"
        r"|orange|sfr|\bfree\b|bouygues|la poste|canal\+|uber eats|banque"
        r"|port my number"),
    "advice": (
        r"ibuprof|landlord|propriétaire|proprietaire|tax|impôts|impots|fever"
        r"|fièvre|fievre|employer|employeur|rash|eczema|lawyer|avocat|dermatolog"
        r"|chocolate|chocolat|neighbour|antibiotic|divorce|will\?"),
    "tech support": (
        r"laptop|wifi|iphone|excel|printer|imprimante|gmail|whatsapp|ps5"
        r"|phone storage|blue screen|airpods|zoom|ordi|box internet|word plante"
        r"|mot de passe|télé|tele ne|photos"),
    "small talk": (
        r"weather|joke|robot|cats|chats|match|single|capital of|bored|new year"
        r"|bonne ann|what time|series on netflix|favourite colour|temps à"
        r"|temps a|blague|ennuie|quelle heure"),
    "booking": (
        r"\bbook\b|table for|double room|chambre|flight to|taxi|restaurant"
        r"|reservation|réservation|réserver|reserver|massage|tickets|haircut"
        r"|coiffeur|sea view|train|dentist|places pour|spectacle|brunch"),
    "press": (
        r"journalist|journalis|podcast|gift guide|guide cadeaux|media requests"
        r"|radio|newsletter|documentary|press kit|presse|blogger|blog"
        r"|homeware shops|reportage|comment on the recent"),
    "spam": (
        r"bitcoin|crypto|won an iphone|gagné un iphone|seo|référencement"
        r"|referencement|widow|followers|abonnés instagram|critical errors"
        r"|erreurs critiques|token|email lists|domain|domaine|hot singles|loan"
        r"|prêt|pret entre|five-star"),
    "car": (
        r"\bcar\b|insurance|assurance|windscreen|pare-brise|engine|moteur"
        r"|\bmot\b|tyre|clutch|embrayage|garage|voiture|contrôle technique"
        r"|controle technique|fiesta|clio"),
}


def stored_notebook(path: Path) -> dict:
    """The notebook as git stores it (the staged version when tracked), else the file."""
    relative = path.relative_to(ROOT).as_posix()
    shown = subprocess.run(["git", "show", f":{relative}"], cwd=ROOT, capture_output=True,
                           text=True, check=False)
    return json.loads(shown.stdout) if shown.returncode == 0 else read_notebook(path)


def code_cells(notebook: dict) -> list[str]:
    return ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_are_stored_without_outputs(name):
    path = NOTEBOOK_DIR / name
    assert outputs_found(stored_notebook(path)) == [], (
        f"{name} holds outputs; run `python -m training.notebook_tools strip {path}`")
    assert outputs_found(read_notebook(path)) == [], (
        f"{name} holds outputs; run `python -m training.notebook_tools strip {path}`")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_read_parameters_first_and_define_no_code_of_their_own(name):
    cells = code_cells(read_notebook(NOTEBOOK_DIR / name))
    assert "os.environ.get(" in cells[0] and "prepare_notebook()" in cells[0]
    for source in cells:  # analysis code belongs in training/, where it is tested
        assert not re.search(r"^\s*(def|class) ", source, flags=re.MULTILINE), source


def test_strip_command_removes_outputs_and_check_reports_them(tmp_path, capsys):
    source = read_notebook(NOTEBOOK_DIR / "model_report.ipynb")
    cell = next(c for c in source["cells"] if c["cell_type"] == "code")
    cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["hi\n"]}]
    cell["execution_count"] = 3
    path = tmp_path / "dirty.ipynb"
    path.write_text(json.dumps(source), encoding="utf-8")
    assert notebook_tools_main(["check", str(path)]) == 1
    assert "code cell 1: 1 output(s)" in capsys.readouterr().out
    assert notebook_tools_main(["strip", str(path)]) == 0
    assert outputs_found(read_notebook(path)) == []
    assert notebook_tools_main(["check", str(path)]) == 0


# Edge cases run after the three notebooks, in the same kernel: (notebook, environment
# overrides relative to the run's folder, key in `executed`).
EDGE_CASES = (
    ("explore_intents.ipynb", {"TRIAGE_DATA": "text_and_intent.csv"}, "explore without labels"),
    ("discover_intents.ipynb", {"TRIAGE_MESSAGES": "seven.csv",
                                "TRIAGE_LABELLING_FILE": "seven_to_label.csv"}, "seven messages"),
)


def write_edge_case_data(out: Path) -> None:
    """Data a notebook must cope with: only text and intent (no urgency, no language), and
    too few messages to form a cluster."""
    sample = pd.read_csv(SAMPLE_INBOX, dtype=str, keep_default_na=False)
    sample[["text", "intent"]].head(150).to_csv(out / "text_and_intent.csv", index=False)
    messages = pd.read_csv(SAMPLE_DIR / "out_of_scope.csv", dtype=str, keep_default_na=False)
    messages[["text"]].head(7).to_csv(out / "seven.csv", index=False)


def execute(notebook_name: str, kernel: KernelManager, out: Path, saved_as: str,
            env: dict[str, str] | None = None) -> nbformat.NotebookNode | Exception:
    """Run one notebook in the shared kernel after `%reset -f` (and, for an edge case, after
    setting its environment); returns the executed notebook, or the error it stopped on so
    only that notebook's tests fail."""
    notebook = nbformat.read(NOTEBOOK_DIR / notebook_name, as_version=4)
    setup = ["%reset -f"] + ([f"import os; os.environ.update({env!r})"] if env else [])
    notebook.cells[:0] = [nbformat.v4.new_code_cell(source) for source in setup]
    client = nbclient.NotebookClient(notebook, km=kernel, timeout=300)
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as e:
        return e
    finally:
        if client.kc is not None:  # nbclient leaves a client on a kernel it does not own
            client.kc.stop_channels()
        del notebook.cells[:len(setup)]
        nbformat.write(notebook, out / saved_as)  # kept for reading when a test fails
    return notebook


@pytest.fixture(scope="module")
def executed(trained_registry, tmp_path_factory) -> dict[str, dict]:
    """Run the three notebooks once, against the session's model store and embedding cache,
    then the edge cases of `EDGE_CASES`.

    They share one kernel to keep the suite fast: imports and UMAP's compiled code (numba,
    about 20 s of CPU per process) are paid once. `%reset -f` before each notebook empties the
    namespace, so a notebook cannot lean on another's variables.
    """
    out = tmp_path_factory.mktemp("notebooks")
    write_edge_case_data(out)
    env = os.environ | {
        "TRIAGE_DATA": str(SAMPLE_INBOX),
        "TRIAGE_MESSAGES": str(SAMPLE_DIR / "out_of_scope.csv"),
        "TRIAGE_MODEL_URI": trained_registry.model_uri,
        "MLFLOW_TRACKING_URI": trained_registry.tracking_uri,
        "TRIAGE_MODELS_DIR": str(trained_registry.config.models_dir),
        "TRIAGE_LABELLING_FILE": str(out / "to_label.csv"),
        "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR": "false",
        "TOKENIZERS_PARALLELISM": "false",
    }
    kernel = KernelManager(kernel_name="python3")
    kernel.start_kernel(env=env, cwd=str(NOTEBOOK_DIR))
    results = {}
    try:
        for name in NOTEBOOKS:
            results[name] = execute(name, kernel, out, name)
        for name, overrides, key in EDGE_CASES:
            paths = {variable: str(out / file) for variable, file in overrides.items()}
            results[key] = execute(name, kernel, out, f"{key}.ipynb", paths)
    finally:
        kernel.shutdown_kernel(now=True)
    results["labelling_file"] = out / "to_label.csv"
    return results


def ran(executed: dict, key: str) -> dict:
    """The executed notebook, or a test failure showing the cell that raised."""
    result = executed[key]
    if isinstance(result, Exception):
        pytest.fail(f"{key}: {result}")
    return result


def outputs(notebook: dict) -> list[dict]:
    return [o for c in notebook["cells"] if c["cell_type"] == "code" for o in c["outputs"]]


@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_and_draws_its_figures_without_warnings(executed, name):
    produced = outputs(ran(executed, name))
    images = [o for o in produced if "image/png" in o.get("data", {})]
    assert len(images) >= FIGURES[name]
    noisy = [o["text"] for o in produced if o.get("name") == "stderr"]
    assert not [t for t in noisy if "Warning" in t or "Traceback" in t], noisy


@pytest.mark.slow
def test_discovery_proposes_clusters_a_person_recognises(executed):
    """On the sample's out-of-scope file (ten themes, English and French), many clusters are
    about one theme — at least two thirds of their messages — and most themes get one."""
    labelling = pd.read_csv(executed["labelling_file"], keep_default_na=False)
    clustered = labelling[labelling["cluster"] != NOISE]
    recognised, clear = set(), 0
    for _, members in clustered.groupby("cluster"):
        texts = members["text"].str.lower()
        shares = {theme: texts.str.contains(pattern).mean() for theme, pattern in THEMES.items()}
        theme, share = max(shares.items(), key=lambda item: item[1])
        if share >= 2 / 3:
            recognised.add(theme)
            clear += 1
    assert len(recognised) >= 7, recognised
    assert clear >= clustered["cluster"].nunique() / 3
    assert len(clustered) >= 0.7 * len(labelling)  # most messages get a proposal


@pytest.mark.slow
def test_the_labelling_file_becomes_training_data_once_labelled(executed, tmp_path):
    labelling = pd.read_csv(executed["labelling_file"], keep_default_na=False)
    assert list(labelling.columns) == ["text", "language", "proposed_intent", "cluster",
                                       "keywords", "intent"]
    assert (labelling["intent"] == "").all()
    sizes = labelling[labelling["cluster"] != NOISE].groupby("proposed_intent").size()
    kept = labelling[labelling["proposed_intent"].isin(sizes[sizes >= 5].index)].copy()
    kept["intent"] = kept["proposed_intent"]  # a person accepting the proposals as they are
    kept.to_csv(tmp_path / "labelled.csv", index=False)
    frame = load_training_data(tmp_path / "labelled.csv")
    assert len(frame) == len(kept) and frame["intent"].nunique() == len(sizes[sizes >= 5])


def stdout_and_stderr(notebook: dict) -> tuple[str, str]:
    streams = {"stdout": "", "stderr": ""}
    for output in outputs(notebook):
        if output.get("output_type") == "stream":
            streams[output["name"]] += output["text"]
    return streams["stdout"], streams["stderr"]


@pytest.mark.slow
def test_explore_notebook_runs_on_data_with_only_text_and_intent(executed):
    """Urgency and language are optional columns: the notebook skips the language breakdown
    (and says so) instead of stopping on a KeyError."""
    notebook = ran(executed, "explore without labels")
    printed, errors = stdout_and_stderr(notebook)
    assert "no language breakdown" in printed
    assert "Warning" not in errors and "Traceback" not in errors, errors


@pytest.mark.slow
def test_discovery_notebook_says_why_it_found_no_clusters(executed):
    notebook = ran(executed, "seven messages")
    printed, errors = stdout_and_stderr(notebook)
    assert "no clusters found: 7 message(s), and clustering needs at least 8" in printed
    assert "Warning" not in errors and "Traceback" not in errors, errors
