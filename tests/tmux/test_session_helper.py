"""The tmux helper's own behaviour: a failed wait says what happened to the app."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.tmux.session import TmuxSession, terminal_env

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")


def test_a_failed_wait_says_the_app_exited_and_what_it_wrote_last(tmp_path):
    log = tmp_path / "pane.log"
    session = TmuxSession("sleep 0.5; echo 'Traceback: boom'; sleep 0.5",
                          env=terminal_env(tmp_path), log=log)
    try:
        time.sleep(2)       # the command has ended and its pane closed
        with pytest.raises(AssertionError) as failed:
            session.wait_for(lambda screen: False, timeout=0.5)
        assert "session alive: False" in str(failed.value)
        assert "Traceback: boom" in str(failed.value)
    finally:
        session.close()
