from widgets.compare import drift


def _words(text, spans):
    return [text[s:e] for s, e in spans]


def test_spelling_variants_and_harakat_are_not_drift():
    reference = "قال ترامب إن القمة مثمرة"
    other = "قالَ ترمب إنّ القمة مثمرة"
    assert drift(reference, [other]) == [(), ()]


def test_added_and_changed_words_are_marked_on_both_sides():
    reference = "القمة كانت مثمرة"
    other = "القمة كانت بناءة جدا"
    ref_spans, other_spans = drift(reference, [other])
    assert _words(reference, ref_spans) == ["مثمرة"]
    assert _words(other, other_spans) == ["بناءة", "جدا"]


def test_punctuation_alone_is_not_drift():
    assert drift("هذا جيد", ["«هذا جيد.»"]) == [(), ()]
