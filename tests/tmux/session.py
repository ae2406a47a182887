"""A detached tmux session on its own server socket: the real terminal the tests drive."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path


# The programs of the interpreter running the tests come first: a virtual environment that
# is not activated (the README's `.venv/bin/python -m pytest`) has its summit-tui there.
PATH = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
HAVE_TERMINAL = shutil.which("tmux") is not None and shutil.which("summit-tui", path=PATH)


def terminal_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a UTF-8 xterm on a tmux server of its own (never the tmux the tests
    may themselves run in), plus `extra`."""
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color",
               TMUX_TMPDIR=str(tmp_path), PATH=PATH, **extra)
    env.pop("TMUX", None)
    return env


class TmuxSession:
    """`command` (one shell string or an argv) running in a tmux window named "t" (100x30
    unless `size` says otherwise). With `log`, everything the command writes is copied to
    that file as well, so a failed wait can show a crash's traceback: the pane closes with
    the app and takes its screen along."""

    def __init__(self, *command: str, env: dict[str, str], size: tuple[int, int] = (100, 30),
                 log: Path | None = None) -> None:
        self.socket = f"summit-test-{uuid.uuid4().hex[:8]}"
        self.env = env
        self.log = log
        self.run("new-session", "-d", "-x", str(size[0]), "-y", str(size[1]), "-s", "t",
                 *command)
        if log is not None:
            self.run("pipe-pane", "-o", "-t", "t", f"cat >> {log}")

    def run(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], env=self.env,
                              capture_output=True, text=True, timeout=20)
        return done.stdout

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "t", *keys)

    def type(self, line: str) -> None:
        self.run("send-keys", "-t", "t", "-l", line)
        self.run("send-keys", "-t", "t", "Enter")

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "t")

    def flag(self, name: str) -> str:
        return self.run("display-message", "-p", "-t", "t", f"#{{{name}}}").strip()

    def wait_for(self, predicate, timeout: float = 40.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if predicate(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; the screen was:\n{screen}\n{self._why()}")
            time.sleep(0.2)

    def _why(self) -> str:
        """What else there is to know when a wait fails: whether the app's session is still
        there (an empty screen with no session means the app exited), and the last bytes
        it wrote, where a test logs them (a traceback goes there, not to the screen)."""
        alive = bool(self.run("list-sessions").strip())
        tail = ""
        if self.log is not None and Path(self.log).exists():
            tail = Path(self.log).read_bytes()[-3000:].decode("utf-8", "replace")
            tail = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in tail)
        return f"session alive: {alive}; the app's last output:\n{tail}"

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], env=self.env,
                       capture_output=True, timeout=20)
