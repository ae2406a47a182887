"""summit-tui: a terminal explorer for Arabic news coverage of one event across outlets."""

__version__ = "0.1.0"
