"""The app's screens: the explorer (main), the compare view, help and small dialogs."""
