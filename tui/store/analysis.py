"""Analysing an open corpus: statements across outlets and discrepancies, kept in its cache.

`analyse(opened)` is the second half of the one way a corpus is opened and analysed (the
first is `tui.store.open_corpus`): the app and the headless commands call both. The helpers
below are what the panes show about an analysis, in the domain layer so a command, a test or
a widget all get the same answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from tui.corpus.model import Corpus
from tui.provenance import source_date
from tui.store.grouped import cached_groups, decode_discrepancies, encode_discrepancies
from tui.memory import release_freed_memory

Report = Callable[[float, str], None]


def analyse(opened, progress: Report | None = None,
            tick: Callable[[], None] = lambda: None, facts: bool = True):
    """The corpus's quotations, statements (each knowing which outlet reported it first and
    when) and discrepancies: from the cache when the same quotations were grouped by the
    same code, else grouped now (and kept). `facts=False`: no discrepancies (none read,
    none compared), for what shows only statements. `tick` is called all along; it may
    raise to stop the work (a user quitting meanwhile)."""
    from tui.quotes import forget_word_caches
    from tui.quotes.model import Analysis
    from tui.store.build import _cycle_collector_paused

    report = progress or (lambda fraction, stage: None)
    # the facts compared in a fork since the open, if they are: taken over by the
    # comparison below, else stopped here
    comparing = opened.take_comparison()
    try:
        report(0.0, "linking speakers across articles")
        forget_word_caches()    # (extraction is done: grouping needs the memory more)
        quotes = opened.quotes
        tick()

        def compute(statements, compare: bool):
            nonlocal comparing
            given, comparing = (comparing, None) if compare else (None, comparing)
            found = analysis_from_quotes(opened.corpus, quotes, report, tick,
                                         statements=statements, facts=compare,
                                         plans=opened.record_plans(),
                                         article_facts=opened.article_facts(),
                                         comparing=given)
            return found.statements, found.discrepancies

        report(0.1, "grouping statements across outlets")
        # Grouping makes millions of small objects (records, nodes, members, the claims
        # taken back), none in a cycle: the cycle collector's full collections walked the
        # whole heap again and again while they were made (eleven of them, 5.3 s of a real
        # archive's cold open, all in this process's part, which the others wait for).
        # Paused as opening is.
        with _cycle_collector_paused():
            statements, discrepancies = cached_groups(opened, compute, facts)
            statements = with_first_reports(statements, opened.corpus)
    finally:
        if comparing is not None:
            comparing.cancel()
    # (the rows the statements were read from, or grouping's own working, are freed)
    release_freed_memory()
    report(1.0, "ready")
    return Analysis(tuple(quotes), tuple(statements), tuple(discrepancies))


def analysis_from_quotes(corpus: Corpus, quotes, report: Report = lambda f, s: None,
                         tick: Callable[[], None] = lambda: None, statements=None,
                         facts: bool = True, plans=None, article_facts=None,
                         comparing=None):
    """Statements and discrepancies from quotations already extracted: the statements
    grouped unless given, the facts compared only when `facts` (else no discrepancies).
    `plans`: source id -> record plan, for the articles that have one (see
    tui.quotes.analysis.group_records); `article_facts`: source id -> what comparing facts
    needs of the article, for those that have it (see
    tui.quotes.discrepancies.article_facts: the others' are made while comparing).
    `comparing`: these facts already being compared elsewhere (`compare_elsewhere`), taken
    over: waited for, or cancelled if this fails."""
    from tui.quotes.analysis import group_records
    from tui.quotes.discrepancies import find_discrepancies, statement_figures
    from tui.quotes.model import Analysis

    compared = comparing
    try:
        if statements is None:
            report(0.2, "grouping statements across outlets")
            # Comparing facts needs the statements only at its end (their figures): the
            # rest runs in a forked copy of this process meanwhile, on the other core.
            if facts and compared is None:
                compared = _compare_in_fork(corpus, quotes, lambda: plans,
                                            lambda: article_facts)
            statements = group_records(corpus, quotes, tick, plans)
            # Grouping's working (nodes, postings, candidate pairs) is freed: its pages go
            # back before the facts compared meanwhile are taken back and joined to the
            # statements.
            release_freed_memory()
        if not facts:
            if compared is not None:
                compared.cancel()
            return Analysis(tuple(quotes), tuple(statements), ())
    except BaseException:
        if compared is not None:
            compared.cancel()
        raise
    report(0.8, "comparing facts")
    found = compared() if compared is not None else None
    if found is None:
        if len(corpus.sources) >= ELSEWHERE_SOURCES:
            # the articles' facts the open did not make (their quotations were cached
            # without them), made on every core rather than in this process alone
            from tui.store.build import with_missing_facts
            article_facts = with_missing_facts(corpus, article_facts, tick)
        discrepancies = find_discrepancies(corpus, quotes, tick, statements,
                                           facts=article_facts)
    else:
        discrepancies = [*decode_discrepancies(found[0]), *statement_figures(statements)]
    return Analysis(tuple(quotes), tuple(statements), tuple(discrepancies))


# From this many articles, facts are compared in a fork while statements are grouped.
ELSEWHERE_SOURCES = 2000


def compare_elsewhere(opened):
    """Start comparing the facts of `opened` (its quotations linked) in a forked copy of
    this process, as `analysis_from_quotes` would, from the open itself (see
    tui.store.build.Opened.compare_soon); a function that waits for the comparison's rows,
    or None for a corpus compared where it is grouped (under ELSEWHERE_SOURCES articles).
    The fork takes the record plans and the articles' facts of its own copy of `opened`:
    this process keeps both (grouping reads the plans; the facts serve if the fork fails)."""
    from tui.quotes import forget_word_caches

    quotes = opened.quotes
    forget_word_caches()    # (as `analyse` does: extraction is done; nor does the fork need them)
    return _compare_in_fork(opened.corpus, quotes, opened.record_plans, opened.article_facts)


def _compare_in_fork(corpus: Corpus, quotes, plans, article_facts):
    """A function that waits for the discrepancies of the facts compared in a fork (see
    `_elsewhere`) as plain rows, or None under ELSEWHERE_SOURCES articles. `plans` and
    `article_facts` give, in the fork, the record plans and the articles' facts (see
    `analysis_from_quotes`).

    The rows are the ones the cache keeps: a real archive's 600,000 claims pickled as
    frozen dataclasses cost seconds of both processes (each one's state read and set
    through its fields)."""
    if len(corpus.sources) < ELSEWHERE_SOURCES:
        return None
    from tui.quotes.discrepancies import find_discrepancies
    from tui.store.build import forget_plans

    def compare():
        # This copy never groups: the record plans' pickles (a real archive's 81 MB) and
        # the pages they held go before it compares.
        forget_plans(plans())
        release_freed_memory()
        return encode_discrepancies(find_discrepancies(corpus, quotes, facts=article_facts()))

    return _elsewhere(compare)


def _elsewhere(make):
    from tui.search import elsewhere

    return elsewhere.start(make, background=True)


def first_report(statement, corpus: Corpus) -> tuple[str, str] | None:
    """(source id, date) of the member reported first: the earliest dated article carrying
    the statement (the first in corpus order on a tie); None when none is dated."""
    best = None
    for member in statement.members:
        date = corpus.source(member.source_id).date
        if date is not None and (best is None or date < best[1]):
            best = (member.source_id, date)
    return best


def with_first_reports(statements: Iterable, corpus: Corpus) -> list:
    """The statements, each with `first` set (see `first_report`)."""
    if not any(s.date for s in corpus.sources):
        return list(statements)
    out = []
    for statement in statements:
        first = first_report(statement, corpus)
        out.append(statement if first == statement.first else replace(statement, first=first))
    return out


def first_report_keys(corpus: Corpus, statements) -> dict[str, tuple]:
    """statement id -> a key that orders statements by when they were first reported: the
    earliest date of the articles carrying it (dated ones first), then the first of those
    articles in the corpus, then where in it. The matrix's "first report" sort and
    `statements --sort date` both order by it."""
    order = {s.id: n for n, s in enumerate(corpus.sources)}
    dates = {s.id: source_date(s) for s in corpus.sources}
    return {st.id: min(((0, dates[m.source_id]) if dates.get(m.source_id) else (1, ""),
                        order.get(m.source_id, len(order)), m.start) for m in st.members)
            for st in statements if st.members}


def statements_first_reported(statements: Sequence, corpus: Corpus) -> list:
    """The statements ordered by when they were first reported (see `first_report_keys`)."""
    keys = first_report_keys(corpus, statements)
    return sorted(statements, key=lambda s: keys.get(s.id, ((2, ""),)))


def counts_by_source(corpus: Corpus, analysis) -> dict[str, tuple[int, int, int]]:
    """source id -> (quotes, statements it carries, statements only it carries); one pass each."""
    quotes: dict[str, int] = {}
    for quote in analysis.quotes:
        quotes[quote.source_id] = quotes.get(quote.source_id, 0) + 1
    carried: dict[str, int] = {}
    only: dict[str, int] = {}
    for statement in analysis.statements:
        sources = set(statement.sources)
        for source_id in sources:
            carried[source_id] = carried.get(source_id, 0) + 1
        if len(sources) == 1:
            (source_id,) = sources
            only[source_id] = only.get(source_id, 0) + 1
    return {s.id: (quotes.get(s.id, 0), carried.get(s.id, 0), only.get(s.id, 0))
            for s in corpus.sources}


def outlets(corpus: Corpus) -> list[str]:
    """The corpus's outlets, in the order their first articles come."""
    return list(dict.fromkeys(s.outlet for s in corpus.sources))


def derived(corpus: Corpus, analysis) -> tuple[dict, dict, dict]:
    """What the panes show of an analysis besides its statements: (quotation id -> its
    statement, source id -> (quotes, statements, only-here) counts, statement id -> when
    first reported)."""
    statement_of = {m.quote_id: st for st in analysis.statements
                    for m in st.members if m.quote_id}
    return (statement_of, counts_by_source(corpus, analysis),
            first_report_keys(corpus, analysis.statements))
