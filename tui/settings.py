"""The user's settings (bidi mode, harakat, theme), kept in the user's config directory.

The directory is `$SUMMIT_TUI_CONFIG_DIR`, else platformdirs' user config dir. A file that
cannot be read falls back to the defaults with a warning, so a broken file never stops the
app; writes go to a temporary file that replaces the old one, so a crash never leaves half
a file behind.
"""

from __future__ import annotations

import os
import stat
import tempfile
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import get_args

from tui.text.layout import ArabicDisplay, BidiMode
from tui.userdirs import config_dir

BIDI_MODES: tuple[BidiMode, ...] = get_args(BidiMode)
SETTINGS_NAME = "settings.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    """The user's choices, each with its default."""

    bidi: BidiMode = "visual"
    harakat: bool = True
    theme: str = "textual-dark"

    @property
    def arabic(self) -> ArabicDisplay:
        return ArabicDisplay(self.bidi, self.harakat)


def settings_path() -> Path:
    return config_dir() / SETTINGS_NAME


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The saved settings and a warning for anything that had to be replaced by its default."""
    path = path or settings_path()
    if not path.exists():
        return Settings(), []
    if not path.is_file():  # a FIFO would block the read, and so the app, forever
        return Settings(), [f"{path}: not a regular file, using defaults"]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return Settings(), [f"{path}: unreadable settings, using defaults ({err})"]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        return Settings(), [f"{path}: unreadable settings, using defaults ({err})"]
    settings, warnings = Settings(), []
    checks = {
        "bidi": lambda v: v in BIDI_MODES,
        "harakat": lambda v: isinstance(v, bool),
        "theme": lambda v: isinstance(v, str) and bool(v),
    }
    for key, value in data.items():
        if key not in checks:
            warnings.append(f"{path}: unknown setting {key!r} ignored")
        elif not checks[key](value):
            warnings.append(f"{path}: bad value {value!r} for {key!r}, using the default")
        else:
            settings = replace(settings, **{key: value})
    return settings, warnings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    import json  # here: only saving needs it, and the app's first screen does not save

    path = path or settings_path()
    lines = ["# summit-tui settings (written by the app; edits are kept)"]
    for field in fields(Settings):
        value = getattr(settings, field.name)
        # JSON strings and booleans are valid TOML basic strings and booleans.
        lines.append(f"{field.name} = {json.dumps(value, ensure_ascii=False)}")
    atomic_write(path, "\n".join(lines) + "\n")
    return path


def _umask() -> int:
    """The process's umask: read where the system says it (Linux), since setting it to read
    it back would, for a moment, apply to every thread's new files."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and os.replace.

    The file keeps the mode it had; a new one gets the mode any new file gets (0666 less the
    umask), not the 0600 of the temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.chmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
