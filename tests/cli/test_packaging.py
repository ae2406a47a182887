"""The bundled seeds ship inside the wheel, so an installed summit-tui opens them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_seeds_manifest_and_packages(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.fail(result.stderr[-2000:])
    wheel = next(tmp_path.glob("summit_tui-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    for name in seeds:
        assert f"seeds/{name}" in names
    assert "seeds/sources.toml" in names
    assert "tui/cli.py" in names and "widgets/__init__.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "summit-tui = tui.cli:run" in text


def _setup_commands() -> list[str]:
    """The README's set-up commands: the shell lines of its "Set up" section, comments off."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.strip()]


def test_the_readme_sets_up_in_a_virtual_environment_and_ci_runs_its_test_command():
    """Issue 17: `python3 -m pip install .` stops on an externally managed Python (Debian 12,
    Ubuntu 24.04). Both commands make a virtual environment first, and .ci/run runs the
    second one as it is written."""
    app, tests = _setup_commands()
    for command in (app, tests):
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install ")
        assert "python3 -m pip" not in command and "--break-system-packages" not in command
    assert app.endswith(".venv/bin/summit-tui")
    assert tests.endswith(".venv/bin/python -m pytest") and "'.[test]'" in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert tests in [line.strip() for line in ci]
