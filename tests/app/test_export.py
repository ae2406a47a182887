import csv
import io
import json

import pytest

from tui.export import (export_format, hits_json, matrix_csv, matrix_markdown, matrix_table,
                        write_export)
from tui.quotes import Member, Speaker, Statement


@pytest.fixture
def statements():
    putin = Speaker("putin", "بوتين")
    return [
        Statement("st1", putin, "أجواء من | الاحترام", (
            Member("s1", 0, 5, "أجواء", "verbatim", 100.0, "s1:q1"),
            Member("s3", 0, 5, "أجواء", "paraphrase", 70.0, "s3:q2"),
            Member("s3", 9, 12, "أجو", "verbatim", 90.0, "s3:q4"),
        ), ("s2", "s4", "s5")),
        Statement("st2", None, "only here", (
            Member("s2", 0, 4, "only", "indirect", 60.0, None),), ("s1", "s3", "s4", "s5")),
    ]


def test_matrix_rows_have_one_column_per_outlet(seeds, statements):
    header, rows = matrix_table(statements, seeds)
    assert header[:5] == ["id", "statement", "speaker", "speaker type", "outlets"]
    assert header[5:] == [s.outlet for s in seeds.sources]
    assert rows[0][:5] == ["st1", "أجواء من | الاحترام", "بوتين", "unknown", "2"]
    # An outlet's strongest version is the one reported (s3: a paraphrase and a verbatim).
    assert rows[0][5:] == ["verbatim", "absent", "verbatim", "absent", "absent"]
    assert rows[1][:6] == ["st2", "only here", "", "", "1", "absent"]


def test_reported_speech_is_never_exported_as_verbatim(seeds):
    """#15: an indirect member (قال إن …) is "indirect (reported)" in exports, even when
    grouping compared it as verbatim."""
    statement = Statement("st3", Speaker("p", "بوتين", "person"), "نص", (
        Member("s1", 0, 5, "أجواء", "verbatim", 100.0, "s1:q1", direct=True),
        Member("s2", 0, 5, "أجواء", "verbatim", 100.0, "s2:q1", direct=False),
        Member("s3", 0, 5, "أجواء", "indirect", 80.0, "s3:q1", direct=False)), ())
    header, rows = matrix_table([statement], seeds)
    assert rows[0][3] == "person"
    assert rows[0][5:8] == ["verbatim", "indirect (reported)", "indirect (reported)"]
    markdown = matrix_markdown([statement], seeds)
    assert markdown.count("indirect (reported)") == 2 and markdown.count("verbatim") == 1


def test_csv_parses_back_to_the_same_cells(seeds, statements):
    parsed = list(csv.reader(io.StringIO(matrix_csv(statements, seeds))))
    header, rows = matrix_table(statements, seeds)
    assert parsed == [header, *rows]


def test_markdown_escapes_pipes_and_has_a_row_per_statement(seeds, statements):
    lines = matrix_markdown(statements, seeds).splitlines()
    assert len(lines) == 2 + len(statements)
    assert "أجواء من \\| الاحترام" in lines[2]
    assert all(line.count(" | ") >= 7 for line in lines[2:])


def test_hits_json_carries_the_search_contract(seeds):
    class Record:
        source_id, start, end, text, speaker = "s2", 10, 20, "نص", "بوتين"

    class Hit:
        record, score, matches = Record(), 87.456, ((10, 12),)

    data = json.loads(hits_json([Hit()], seeds, "ترمب"))
    assert data["query"] == "ترمب"
    hit = data["hits"][0]
    # The search contract's keys, as they were (keys are only added).
    assert {k: hit[k] for k in ("source", "outlet", "start", "end", "text", "score",
                                "speaker")} == {
        "source": "s2", "outlet": "Source 2", "start": 10, "end": 20, "text": "نص",
        "score": 87.46, "speaker": "بوتين"}


def test_hits_json_of_rows_lists_every_article_carrying_them(seeds):
    from tui.search import Record, SearchIndex
    from tui.search.rows import collapse

    text = "أسسنا اتصالات مباشرة جيدة"
    records = [Record(f"r{n}", source, 0, len(text), text, "quote", None)
               for n, source in enumerate(("s1", "s2", "s4"))]
    index = SearchIndex(records)
    rows = collapse(index.search("اتصالات"), index, {}, {s.id: n for n, s in
                                                         enumerate(seeds.sources)})
    data = json.loads(hits_json(rows, seeds, "اتصالات", index=index))
    (hit,) = data["hits"]
    assert hit["copies"] == 3 and hit["statement"] is None
    assert [a["source"] for a in hit["articles"]] == ["s1", "s2", "s4"]
    assert [a["outlet"] for a in hit["articles"]] == ["Source 1", "Source 2", "Source 4"]


def test_write_export_never_overwrites_unless_told(tmp_path):
    target = tmp_path / "out.csv"
    write_export(target, "first\n")
    with pytest.raises(FileExistsError):
        write_export(target, "second\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    write_export(target, "second\n", overwrite=True)
    assert target.read_text(encoding="utf-8") == "second\n"


@pytest.mark.parametrize("name, kind", [("a.csv", "csv"), ("a.MD", "markdown"),
                                        ("x/hits.json", "json"), ("a.txt", None)])
def test_format_follows_the_suffix(name, kind):
    assert export_format(name) == kind


def test_csv_cells_that_look_like_formulas_stay_text(seeds):
    statement = Statement("st9", Speaker("x", "=HYPERLINK(\"http://e\")"), "+1 ثم -2 و@ref", (
        Member("s1", 0, 5, "أجواء", "verbatim", 100.0, None),), ("s2",))
    parsed = list(csv.reader(io.StringIO(matrix_csv([statement], seeds))))
    assert parsed[1][1] == "'+1 ثم -2 و@ref"
    assert parsed[1][2] == "'=HYPERLINK(\"http://e\")"
    assert parsed[1][4] == "1"  # ordinary cells are untouched
