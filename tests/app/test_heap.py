"""`summit-tui` freezes its long-lived heap; an app made any other way (tests) leaves gc alone."""

from __future__ import annotations

import gc

from tests.app.helpers import explorer, make_app, run_async, settle


@run_async
async def test_the_launched_app_freezes_its_heap_at_start_and_when_the_analysis_is_in(seeds):
    gc.unfreeze()
    try:
        app = make_app(None, freeze_heap=True)
        async with app.run_test(size=(80, 24)) as pilot:
            at_start = gc.get_freeze_count()
            await settle(pilot)
            analysis = explorer(app).analysis
            after = gc.get_freeze_count()
            assert at_start > 0 and after > at_start
            # Collections are off only until the first frame is drawn.
            assert gc.isenabled()
            # The analysis made in the worker is among what no collection walks any more.
            assert gc.is_tracked(analysis)
            assert not any(analysis is obj for obj in gc.get_objects(generation=2))
    finally:
        gc.unfreeze()
        gc.enable()


@run_async
async def test_an_app_made_without_it_leaves_the_collector_alone(seeds):
    gc.unfreeze()
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert gc.get_freeze_count() == 0
