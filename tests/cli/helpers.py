"""Running the real `summit-tui` entry point in a subprocess, as a user or script would."""

from __future__ import annotations

import os
import subprocess
import sys


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120
            ) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout, env=full_env, stdin=subprocess.DEVNULL)
