"""A SIGINT from outside quits the running app through Textual's own exit (terminal restored)."""

from __future__ import annotations

import os
import signal

from tui.app import SummitApp
from tui.launch import _sigint_quits


def test_sigint_from_outside_exits_the_app_with_130_not_a_keyboard_interrupt():
    app = SummitApp()
    after_signal = []

    async def auto(pilot):
        await pilot.pause(0.2)
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(100):
            await pilot.pause(0.05)
            after_signal.append(pilot.app.is_running)

    before = signal.getsignal(signal.SIGINT)
    with _sigint_quits(app) as seen:
        app.run(headless=True, size=(80, 24), auto_pilot=auto)   # returns; nothing raised
    assert seen == [signal.SIGINT]
    assert app.return_code == 130
    assert False in after_signal or len(after_signal) < 100    # it stopped, not the pilot
    assert signal.getsignal(signal.SIGINT) is before
