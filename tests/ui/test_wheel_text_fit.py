"""The wheel's step titles and centre text wrap at words and never lose half a word."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from musdesk.ui.widgets.mus_wheel import fit_words


def metrics() -> QFontMetricsF:
    font = QFont()
    font.setPointSizeF(9)
    font.setBold(True)
    return QFontMetricsF(font)


def test_a_three_line_title_keeps_every_word(qapp) -> None:
    m = metrics()
    title = "Hvem gør hvad og hvornår"
    width = m.horizontalAdvance("Hvem gør hvad") + 2
    lines = fit_words(title, m, width, 3)
    assert " ".join(lines) == title  # "hvornår" is there
    assert all(m.horizontalAdvance(line) <= width for line in lines)


def test_too_long_text_ends_after_a_whole_word(qapp) -> None:
    m = metrics()
    text = "Borgerne får svar hurtigere og mere sammenhængende hjælp fra kommunen"
    width = m.horizontalAdvance("Borgerne får svar") + 2
    lines = fit_words(text, m, width, 2)
    assert len(lines) == 2 and lines[-1].endswith(" …")
    shown = " ".join(lines).removesuffix(" …").split()
    assert shown == text.split()[:len(shown)]  # whole words from the start, none cut
    assert all(m.horizontalAdvance(line) <= width for line in lines)
