"""Helpers for the notebooks in notebooks/: find the repository, keep notebooks free of outputs.

Why strip outputs: an executed notebook carries its images, tables and execution counts in its
JSON; committed, they bloat the history, can leak customer messages and make every diff
unreadable. The test suite checks that notebooks are stored without outputs, and

    python -m training.notebook_tools strip notebooks/*.ipynb

removes them (`check` instead of `strip` only reports). Notebooks are plain JSON, so neither
needs Jupyter installed.
"""

from __future__ import annotations

import argparse
import json
import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def project_root(start: str | Path | None = None) -> Path:
    """The repository root: the nearest folder at or above `start` (default: the current
    folder) holding pyproject.toml. Notebooks run from notebooks/, data paths are relative to
    the root."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "training").is_dir():
            return folder
    raise FileNotFoundError(f"no Triage repository (pyproject.toml) at or above {here}")


def prepare_notebook() -> Path:
    """Set up a notebook kernel: work from the repository root (so relative paths such as
    data/sample/inbox.csv resolve), silence known third-party warnings, keep MLflow's artifact
    download bars out of the outputs. Returns the root."""
    root = project_root()
    os.chdir(root)
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    quiet_known_warnings()
    return root


def quiet_known_warnings() -> None:
    """Silence the warnings third-party imports raise in a notebook kernel, narrowly.

    None comes from Triage's code: the test suite turns the MLflow ones off in pyproject.toml
    for the same reasons.
    """
    warnings.filterwarnings("ignore", message=".*Any type hint is inferred as AnyType",
                            category=UserWarning)  # MLflow's import of mlflow.types.responses
    warnings.filterwarnings("ignore", message="The ``noload`` loader strategy is deprecated",
                            category=DeprecationWarning)  # MLflow's SQL store, SQLAlchemy 2.1
    # tqdm.auto (imported by MLflow and umap-learn) warns in a kernel without ipywidgets that
    # its progress bars fall back to text; nothing is lost.
    warnings.filterwarnings("ignore", message="IProgress not found")


def _cells(notebook: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in notebook.get("cells", []) if c.get("cell_type") == "code"]


def outputs_found(notebook: dict[str, Any]) -> list[str]:
    """A line per code cell that holds outputs or an execution count (empty when clean)."""
    found = []
    for number, cell in enumerate(_cells(notebook), start=1):
        if cell.get("outputs"):
            found.append(f"code cell {number}: {len(cell['outputs'])} output(s)")
        elif cell.get("execution_count") is not None:
            found.append(f"code cell {number}: execution count {cell['execution_count']}")
    return found


def strip_notebook(notebook: dict[str, Any]) -> dict[str, Any]:
    """The notebook without outputs, execution counts or per-cell execution metadata."""
    for cell in _cells(notebook):
        cell["outputs"] = []
        cell["execution_count"] = None
        cell.get("metadata", {}).pop("execution", None)
    notebook.get("metadata", {}).pop("widgets", None)
    return notebook


def read_notebook(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def write_notebook(notebook: dict[str, Any], path: str | Path) -> None:
    """Write as Jupyter does (one-space indent, UTF-8, final newline) to keep diffs small."""
    text = json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    Path(path).write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """`check` lists notebooks with outputs (exit 1 if any); `strip` removes the outputs."""
    parser = argparse.ArgumentParser(prog="python -m training.notebook_tools",
                                     description=main.__doc__)
    parser.add_argument("command", choices=["check", "strip"])
    parser.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    dirty = 0
    for path in args.notebooks:
        notebook = read_notebook(path)
        found = outputs_found(notebook)
        if not found:
            continue
        dirty += 1
        if args.command == "strip":
            write_notebook(strip_notebook(notebook), path)
            print(f"{path}: stripped ({'; '.join(found)})")
        else:
            print(f"{path}: has outputs ({'; '.join(found)})")
    return 1 if dirty and args.command == "check" else 0


if __name__ == "__main__":
    raise SystemExit(main())
