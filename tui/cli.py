"""The `summit-tui` command: the app (default) and headless subcommands.

The Textual app is imported only when it is opened, so headless commands start fast; and
`summit-tui` alone parses nothing, so argparse and the command modules are not imported
before the app's first frame.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from functools import cache
from types import SimpleNamespace

from tui import __version__
from tui.errors import UserError

PROG = "summit-tui"


@cache
def _parser_class() -> type:
    import argparse

    class _Parser(argparse.ArgumentParser):
        """argparse, with usage errors made terminal-safe: they echo arguments (file names,
        queries) that may come from untrusted text."""

        def error(self, message: str):
            from tui.output import plain_text

            super().error(plain_text(message))

    return _Parser


def _command_modules() -> dict[str, object]:
    import importlib
    import pkgutil

    import tui.commands

    modules = {}
    for info in pkgutil.iter_modules(tui.commands.__path__):
        module = importlib.import_module(f"tui.commands.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            modules[module.NAME] = module
    return dict(sorted(modules.items()))


def _app_parser(commands: dict[str, object]):
    import argparse

    listing = "\n".join(f"  {name:<14}{getattr(m, 'HELP', '')}" for name, m in commands.items())
    parser = _parser_class()(
        prog=PROG,
        description="Explore Arabic news coverage of one event across outlets: who said what, "
                    "which outlet carried it, and where they disagree.",
        epilog=f"headless commands (each takes --help):\n{listing}\n\n"
               f"`{PROG} COMMAND --help` shows a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("dir", nargs="?",
                        help="a folder of articles (.txt, .md, .html, collections: .json, "
                             ".jsonl, .csv, .zip; subfolders per outlet), or one such file "
                             "(default: the bundled seeds)")
    from tui.commands.common import add_field_argument

    add_field_argument(parser)
    parser.add_argument("--bidi", choices=["visual", "logical"],
                        help="visual: the app shapes and orders Arabic (most terminals); "
                             "logical: the terminal does (GNOME Terminal/VTE, Konsole, mlterm). "
                             "Remembered for next time.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _command_parser(name: str, module):
    parser = _parser_class()(prog=f"{PROG} {name}", description=module.HELP)
    module.add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv:
            # The bundled seeds, the saved bidi mode: nothing to parse.
            return _open_app(SimpleNamespace(dir=None, bidi=None, field=[]))
        commands = _command_modules()
        if argv and argv[0] in commands:
            module = commands[argv[0]]
            args = _command_parser(argv[0], module).parse_args(argv[1:])
            return module.run(args)
        args = _app_parser(commands).parse_args(argv)
        return _open_app(args)
    except UserError as err:
        from tui.output import print_message

        print_message("error", str(err))
        return err.exit_status
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; say nothing more and exit quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _open_app(args) -> int:
    # No collections until the app's first frame is drawn (it turns them back on then, see
    # SummitApp.settle_heap): importing Textual and the panes makes only objects that stay,
    # and walking them again and again was a tenth of the start-up.
    import gc

    gc.disable()
    from tui.launch import launch

    return launch(args)


def run() -> None:
    code = main()
    # A big folder's heap is millions of objects: the collection at interpreter exit would
    # walk them all, for seconds. Frozen, it skips them; the process ends all the same.
    import gc

    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
