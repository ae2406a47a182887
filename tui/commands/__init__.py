"""Headless subcommands. Each module defines NAME, HELP, add_arguments(parser) and run(args).

Modules import their heavy dependencies inside run(), so `summit-tui --help` stays fast.
"""
