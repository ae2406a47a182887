"""Arabic text: direction, normalisation for matching, sanitising, layout for display."""
