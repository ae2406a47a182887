from pathlib import Path

from tui.settings import Settings, config_dir, load_settings, save_settings, settings_path


def test_config_dir_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMIT_TUI_CONFIG_DIR", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg"
    assert settings_path() == tmp_path / "cfg" / "settings.toml"


def test_missing_file_gives_defaults_without_warnings():
    assert load_settings() == (Settings(), [])


def test_round_trip_keeps_every_value():
    wanted = Settings(bidi="logical", harakat=False, theme="nord")
    save_settings(wanted)
    assert load_settings() == (wanted, [])


def test_write_is_atomic_and_leaves_no_temporary_files():
    path = save_settings(Settings())
    save_settings(Settings(bidi="logical"))
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.toml"]


def test_corrupt_file_falls_back_to_defaults_with_a_warning():
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"bidi = [unterminated\n\xff")
    settings, warnings = load_settings()
    assert settings == Settings()
    assert len(warnings) == 1 and str(path) in warnings[0]


def test_bad_values_are_replaced_one_by_one():
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('bidi = "sideways"\nharakat = false\ncolour = 3\n', encoding="utf-8")
    settings, warnings = load_settings()
    assert settings == Settings(bidi="visual", harakat=False)
    assert any("sideways" in w for w in warnings) and any("colour" in w for w in warnings)


def test_theme_with_quotes_survives(tmp_path: Path):
    path = tmp_path / "s.toml"
    save_settings(Settings(theme='odd "name" \\ here'), path)
    assert load_settings(path)[0].theme == 'odd "name" \\ here'
