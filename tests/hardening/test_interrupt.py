"""Ctrl-C in the real app, in a real terminal (tmux): exit status 130 and the terminal given
back as it was (main screen, cursor shown, no mouse reporting), the shell prompt usable.
"""

from __future__ import annotations

import os
import re
import signal
import time

import pytest

from tests.tmux.session import HAVE_TERMINAL, TmuxSession, terminal_env

pytestmark = pytest.mark.skipif(not HAVE_TERMINAL,
                                reason="needs tmux and the installed summit-tui command")

PROMPT = "READY$ "


@pytest.fixture
def shell(tmp_path):
    env = terminal_env(tmp_path)
    # A plain shell with a known prompt, so the test sees when the app has given it back.
    session = TmuxSession("env", f"PS1={PROMPT}", "bash", "--norc", "--noprofile", env=env)
    try:
        session.wait_for(lambda s: PROMPT.strip() in s)
        yield session
    finally:
        session.close()


def test_ctrl_c_exits_130_and_gives_the_terminal_back(shell):
    shell.type("summit-tui; echo EXIT=$?")
    shell.wait_for(lambda s: "Sources" in s and "Reader" in s)
    assert shell.flag("alternate_on") == "1"
    shell.run("send-keys", "-t", "t", "C-c")
    screen = shell.wait_for(lambda s: re.search(r"EXIT=\d", s), timeout=20)
    assert "EXIT=130" in screen, screen
    assert "Traceback" not in screen
    assert shell.flag("alternate_on") == "0"      # back on the main screen
    assert shell.flag("cursor_flag") == "1"       # cursor shown again
    assert shell.flag("mouse_any_flag") == "0"    # no mouse reporting left on
    assert shell.flag("mouse_sgr_flag") == "0"
    shell.type("echo still-$((6*7))")
    shell.wait_for(lambda s: "still-42" in s)     # the shell reads keys normally


def test_sigint_from_outside_exits_130_and_gives_the_terminal_back(shell, tmp_path):
    pid_file = tmp_path / "app.pid"
    shell.type(f"sh -c 'echo $$ > {pid_file}; exec summit-tui'; echo EXIT=$?")
    shell.wait_for(lambda s: "Sources" in s and "Reader" in s)
    os.kill(int(pid_file.read_text()), signal.SIGINT)
    screen = shell.wait_for(lambda s: re.search(r"EXIT=\d", s), timeout=20)
    assert "EXIT=130" in screen, screen
    assert "Traceback" not in screen
    assert shell.flag("alternate_on") == "0" and shell.flag("cursor_flag") == "1"
    assert shell.flag("mouse_any_flag") == "0"


def test_the_real_app_survives_fast_resizing_and_quits_cleanly(shell):
    shell.type("summit-tui; echo EXIT=$?")
    shell.wait_for(lambda s: "Sources" in s and "Reader" in s)
    for width, height in [(20, 6), (300, 100), (40, 10), (250, 80), (21, 7), (160, 45),
                          (80, 24), (119, 30), (120, 30), (100, 30)]:
        shell.run("resize-window", "-t", "t", "-x", str(width), "-y", str(height))
        time.sleep(0.05)
    # Once the last size settles, every frame closes on the row it opens on: panes are
    # drawn whole, not garbled (a repaint caught half-way may be unbalanced for a moment).
    screen = shell.wait_for(lambda s: "Sources" in s and _frames_balanced(s))
    assert len(screen.splitlines()) == 30 and "Traceback" not in screen
    shell.run("send-keys", "-t", "t", "q")
    screen = shell.wait_for(lambda s: re.search(r"EXIT=\d", s), timeout=20)
    assert "EXIT=0" in screen and shell.flag("alternate_on") == "0"


def _frames_balanced(screen: str) -> bool:
    rows = screen.splitlines()
    return (sum(r.count("╭") for r in rows) == sum(r.count("╮") for r in rows) >= 1
            and sum(r.count("╰") for r in rows) == sum(r.count("╯") for r in rows) >= 1)
