"""Small modal dialogs: ask for a line of text, ask yes or no."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual import events
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from tui.output import plain_text


SMALL = (60, 16)   # below this width or height dialogs drop their frame's padding


class Dialog(ModalScreen):
    """A dialog that fits small terminals: its text wraps and scrolls, its buttons and box
    go compact, so nothing is cut at 40 columns."""

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def on_mount(self) -> None:
        self._fit()

    def _fit(self) -> None:
        small = self.app.size.width < SMALL[0] or self.app.size.height < SMALL[1]
        self.set_class(small, "-small")
        for widget in self.query("Button, Input"):
            widget.compact = small


class PromptScreen(Dialog, ModalScreen[str | None]):
    """Returns the entered text, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, question: str, value: str = "", *, placeholder: str = "") -> None:
        super().__init__(classes="dialog")
        self.question, self.value, self.placeholder = question, value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            with VerticalScroll(classes="dialog-text"):
                yield Label(Content(plain_text(self.question)), classes="dialog-question")
            yield Input(self.value, placeholder=self.placeholder, id="answer")

    def on_mount(self) -> None:
        # The answer, not the question's scroll (Tab reaches that, for a long question).
        self.query_one("#answer", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(Dialog, ModalScreen[bool]):
    """Returns True only for an explicit yes."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="dialog.yes"),
        Binding("n,escape", "answer(False)", "No", id="dialog.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__(classes="dialog")
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            with VerticalScroll(classes="dialog-text"):
                yield Label(Content(plain_text(self.question)), classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes (y)", id="yes", variant="warning")
                yield Button("No (n)", id="no", variant="primary")

    def on_mount(self) -> None:
        self._fit()
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
