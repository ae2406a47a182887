"""The statement matrix on its own: marks per outlet, sorting, the only-one filter, many outlets."""

from __future__ import annotations

from textual.app import ComposeResult

from tests.app.helpers import run_async
from tui.quotes import Member, Speaker, Statement
from widgets.arabic import ArabicApp
from widgets.matrix import MARKS, MAX_OUTLET_COLUMNS, StatementMatrix, arrange, relations


def _statement(n: int, relations_by_source: dict[str, str]) -> Statement:
    members = tuple(Member(sid, 0, 4, "نص", rel, 90.0, None)
                    for sid, rel in relations_by_source.items())
    return Statement(f"st{n}", Speaker("putin", "بوتين"), f"تصريح رقم {n}", members, ())


def test_strongest_relation_wins_per_outlet():
    statement = _statement(1, {"a": "paraphrase"})
    statement = Statement("x", None, "t", statement.members + (
        Member("a", 5, 9, "نص", "verbatim", 99.0, None),), ())
    assert relations(statement) == {"a": "verbatim"}


def test_arrange_sorts_stably_and_filters():
    one = _statement(1, {"a": "verbatim"})
    three = _statement(2, {"a": "verbatim", "b": "paraphrase", "c": "indirect"})
    two = _statement(3, {"b": "verbatim", "c": "verbatim"})
    assert arrange([one, three, two], by_count=True, only_one=False) == [three, two, one]
    assert arrange([one, three, two], by_count=False, only_one=True) == [one]


class MatrixApp(ArabicApp):
    def __init__(self, outlets, statements) -> None:
        super().__init__()
        self.outlets, self.statements = outlets, statements

    def compose(self) -> ComposeResult:
        matrix = StatementMatrix()
        matrix.outlets = self.outlets
        matrix.statements = self.statements
        yield matrix


@run_async
async def test_cells_show_one_mark_per_outlet():
    outlets = (("a", "Source 1"), ("b", "Source 2"), ("c", "Source 3"))
    statements = (_statement(1, {"a": "verbatim", "c": "paraphrase"}),)
    app = MatrixApp(outlets, statements)
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        matrix = app.query_one(StatementMatrix)
        row = [str(getattr(cell, "plain", cell)) for cell in matrix.get_row_at(0)]
        assert row[1:4] == [MARKS["verbatim"][0], "·", MARKS["paraphrase"][0]]


@run_async
async def test_many_outlets_keep_the_busiest_columns():
    outlets = tuple((f"s{n}", f"Source {n}") for n in range(30))
    # Source 29 carries every statement; the others one each.
    statements = tuple(_statement(n, {f"s{n}": "verbatim", "s29": "paraphrase"})
                       for n in range(29))
    app = MatrixApp(outlets, statements)
    async with app.run_test(size=(160, 20)) as pilot:
        await pilot.pause()
        matrix = app.query_one(StatementMatrix)
        shown = [source_id for source_id, _ in matrix.columns_shown]
        assert len(shown) == MAX_OUTLET_COLUMNS and "s29" in shown
        assert shown == sorted(shown, key=lambda s: int(s[1:]))
        assert len(matrix.columns) == MAX_OUTLET_COLUMNS + 3   # id, outlets, speaker, words


def test_outlet_headers_stay_distinct_with_any_names():
    """Real outlet names (issue 17 saw "WakJarMawWir", and every Arabic name starting with
    ال shown as ال…): full names when they fit, else short Latin labels, else numbers."""
    from widgets.matrix import outlet_headers

    latin = ["Wakalat Anba", "Jaridat Riyadh", "Mawqi Sabq", "Wiraq"]
    assert outlet_headers(latin, 200)[0] == "full"
    mode, headers, width = outlet_headers(latin, 16)
    assert mode == "short" and len(set(headers)) == 4 and width * 4 <= 16
    arabic = ["الرياض", "الوطن", "الجزيرة", "المدينة"]
    mode, headers, width = outlet_headers(arabic, 16)
    assert (mode, headers) == ("number", ["1", "2", "3", "4"]) and width == 2
    # Short labels that would clash fall back to numbers, which never do.
    mode, headers, _ = outlet_headers(["Source A1", "Source A2", "Sabq A1"], 9)
    assert mode == "number"


def test_the_speaker_column_names_the_family_not_a_bare_title():
    from widgets.matrix import short_name

    trump = Speaker("t", "دونالد ترامب", "person", ("دونالد ترامب", "الرئيس", "ترامب"))
    assert short_name(trump, 20) == "دونالد ترامب"
    assert short_name(trump, 8) == "ترامب"


def test_sorts_do_something_on_the_seeds(seeds):
    """`s` visibly changed nothing on the bundled corpus: it was in outlet order already."""
    from tui.quotes import analyze
    from widgets.matrix import SORTS

    from tui.store.analysis import first_report_keys

    statements = analyze(seeds).statements
    firsts = first_report_keys(seeds, statements)
    orders = {sort: tuple(s.id for s in arrange(statements, sort=sort, firsts=firsts))
              for sort in SORTS}
    assert len(set(orders.values())) == len(SORTS)     # each sort is a different order
    assert orders["outlets"] == tuple(s.id for s in statements)   # and the first the ids'
    counts = [len(relations(s)) for s in arrange(statements, sort="outlets", firsts=firsts)]
    assert counts == sorted(counts, reverse=True)
    by_speaker = arrange(statements, sort="speaker")
    labels = [s.speaker.label for s in by_speaker if s.speaker]
    assert labels == sorted(labels)


def test_a_later_cell_is_made_once_from_its_arguments_and_keywords():
    from rich.text import Text

    from widgets.arabic import Later

    calls = []

    def make(*args, **kwargs):
        calls.append((args, kwargs))
        return Text("x")

    plain, keyed = Later(make, 1, 2), Later(make, 3, k=4)
    assert plain.plain == "x" and keyed.plain == "x" and plain.text is plain.text
    assert calls == [((1, 2), {}), ((3,), {"k": 4})]


@run_async
async def test_the_speaker_and_words_cells_are_laid_out_for_their_columns():
    from widgets.arabic import one_line

    outlets = (("a", "Source 1"), ("b", "Source 2"))
    statements = (_statement(1, {"a": "verbatim", "b": "paraphrase"}),)
    app = MatrixApp(outlets, statements)
    async with app.run_test(size=(120, 10)) as pilot:
        await pilot.pause()
        matrix = app.query_one(StatementMatrix)
        *_, speaker, words = matrix.get_row_at(0)
        *_, speaker_width, text_width = [column.width for column in matrix.ordered_columns]
        assert words.plain == one_line(statements[0].text, text_width - 1,
                                       arabic=matrix.arabic).plain
        assert speaker.plain == matrix._speaker(statements[0].speaker, speaker_width).plain
        assert speaker.plain.startswith("? ") and words.plain.strip()


class ChoosingApp(MatrixApp):
    def __init__(self, outlets, statements) -> None:
        super().__init__(outlets, statements)
        self.chosen: list = []

    def on_statement_matrix_chosen(self, message: StatementMatrix.Chosen) -> None:
        self.chosen.append(message.statement)


@run_async
async def test_a_long_matrix_makes_only_the_rows_shown_and_keeps_the_cursors_statement(
        monkeypatch):
    import widgets.matrix

    made = []
    real = widgets.matrix.relations

    def counted(statement):
        made.append(statement.id)
        return real(statement)

    monkeypatch.setattr(widgets.matrix, "relations", counted)
    outlets = (("a", "Source 1"), ("b", "Source 2"), ("c", "Source 3"))
    many = 20_000
    statements = tuple(_statement(n, {"a": "verbatim", "b": "paraphrase"} if n % 3 else
                                  {"c": "verbatim"}) for n in range(many))
    app = ChoosingApp(outlets, statements)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        matrix = app.query_one(StatementMatrix)
        assert matrix.row_count == many and len(set(made)) <= 20
        # Ordered by date (first report), each row is its statement in the new order, and
        # the cursor stays on the statement it was on.
        matrix.move_cursor(row=5000)
        chosen = matrix.current
        matrix.firsts = {s.id: (many - n,) for n, s in enumerate(statements)}
        matrix.sort = "first"
        await pilot.pause()
        assert [s.id for s in matrix.shown[:3]] == [f"st{many - 1}", f"st{many - 2}",
                                                     f"st{many - 3}"]
        assert matrix.current is chosen and matrix.cursor_row == matrix.shown.index(chosen)
        assert matrix.get_row_at(0)[0].plain == f"st{many - 1}"
        assert matrix.get_row_at(matrix.cursor_row)[0].plain == chosen.id
        assert len(set(made)) <= 80     # a few screens' worth of rows, not 20,000
        matrix.focus()
        await pilot.press("enter")
        assert app.chosen == [chosen]
