"""Step 8, evaluation: anonymous figures per department, a drawn bar chart, the most used
learning methods and the round's own evaluation notes (saved shortly after typing)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services.evaluation import MIN_GROUP, GroupFigures, RoundFigures

SERIES_COLOURS = (QColor("#3f7296"), QColor("#3d8462"), QColor("#b07a22"))
AUTOSAVE_MS = 800


def shares(group: GroupFigures) -> tuple[float, float, float] | None:
    """Held and signed as a share of the people, follow-ups on time of those due."""
    if group.suppressed or not group.people:
        return None
    on_time = (group.follow_ups_on_time or 0) / group.follow_ups_due \
        if group.follow_ups_due else 0.0
    return ((group.held or 0) / group.people, (group.signed or 0) / group.people, on_time)


MIN_BAR = 5.0  # px: the thinnest bar drawn
GROUP_GAP = 18.0  # px under each group's three bars


class FiguresChart(QWidget):
    """Horizontal bars per group: held, signed (of the people), follow-ups on time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[GroupFigures] = []
        self._series = ("held", "signed", "on time")
        self._suppressed_text = "fewer than 5 people"
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_figures(self, groups: list[GroupFigures], series: tuple[str, str, str],
                    suppressed_text: str) -> None:
        self._groups, self._series, self._suppressed_text = list(groups), series, suppressed_text
        line = QFontMetricsF(self.font()).height()
        self.setMinimumHeight(int(line + 14 + max(1, len(groups)) * (3 * MIN_BAR + GROUP_GAP)))
        self.setAccessibleDescription("\n".join(self._describe(group) for group in groups))
        self.updateGeometry()
        self.update()

    def _describe(self, group: GroupFigures) -> str:
        values = shares(group)
        if values is None:
            return f"{group.name}: {self._suppressed_text}"
        return f"{group.name}: " + ", ".join(
            f"{name} {round(value * 100)} %" for name, value in zip(self._series, values,
                                                                      strict=True))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 40 + 58 * max(1, len(self._groups)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        label_width = min(self.width() * 0.35,
                          max((metrics.horizontalAdvance(g.name) for g in self._groups),
                              default=0) + 12)
        # Legend along the top.
        x = 4.0
        for colour, name in zip(SERIES_COLOURS, self._series, strict=True):
            painter.fillRect(QRectF(x, 6, 12, 12), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 16, 2, 200, line + 4), Qt.AlignmentFlag.AlignVCenter,
                             name)
            x += 28 + metrics.horizontalAdvance(name)
        top = line + 14
        # Bars as thick as the height allows for EVERY group (none clipped at the bottom):
        # each group takes three bars and GROUP_GAP.
        groups = max(1, len(self._groups))
        bar_height = max(MIN_BAR, min(14.0, ((self.height() - top) / groups - GROUP_GAP) / 3))
        bar_left = label_width + 8
        bar_span = max(40.0, self.width() - bar_left - 52)
        for group in self._groups:
            block = bar_height * 3 + GROUP_GAP - 8
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, top, label_width, block),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(group.name, Qt.TextElideMode.ElideRight,
                                                label_width))
            values = shares(group)
            if values is None:
                painter.setPen(QPen(QColor("#5d6b75")))
                painter.drawText(QRectF(bar_left, top, bar_span, block),
                                 Qt.AlignmentFlag.AlignVCenter, self._suppressed_text)
            else:
                for index, value in enumerate(values):
                    y = top + index * bar_height + 2
                    painter.fillRect(QRectF(bar_left, y, bar_span, bar_height - 2),
                                     QColor("#eef2f4"))
                    painter.fillRect(QRectF(bar_left, y, bar_span * value, bar_height - 2),
                                     SERIES_COLOURS[index])
                    painter.setPen(self.palette().text().color())
                    painter.drawText(QRectF(bar_left + bar_span + 4, y - 2, 48, bar_height + 2),
                                     Qt.AlignmentFlag.AlignVCenter, f"{round(value * 100)} %")
            top += block + 8
        painter.end()


class EvaluationPanel(QWidget):
    """`notesChanged(text)` fires after a pause in typing (and on `flush`)."""

    notesChanged = Signal(str)
    reportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self.tr(
            "Counts only, without names. A group of fewer than %1 people gets no figures of "
            "its own; small departments are counted together.").replace("%1", str(MIN_GROUP)))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Department"), self.tr("People"), self.tr("Held"), self.tr("Signed"),
            self.tr("Follow-ups due"), self.tr("On time")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # The figures' columns as wide as their headings (never "…ger, der forf…"); the
        # department's name takes the rest, with the whole heading as tooltip.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(self.table.columnCount()):
            heading = cast(QTableWidgetItem, self.table.horizontalHeaderItem(column))
            heading.setToolTip(heading.text())
        self.table.setAccessibleName(self.tr("Evaluation figures per department"))
        self.chart = FiguresChart()
        self.report_button = QPushButton(self.tr("Round report (PDF)…"))
        self.report_button.setToolTip(self.tr(
            "One page for management and the works council: counts only, no names"))
        self.report_button.clicked.connect(self.reportRequested)
        self.report_state = QLabel()
        self.report_state.setWordWrap(True)
        self.methods = QLabel()
        self.methods.setWordWrap(True)
        self.methods.setTextFormat(Qt.TextFormat.RichText)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr(
            "How did the round go? What should change next year?"))
        self.notes.setAccessibleName(self.tr("The round's evaluation notes"))
        self.save_state = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._loading = False
        self._dirty = False
        self.notes.textChanged.connect(self._on_typed)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.intro)
        upper_layout.addWidget(self.table, 2)
        upper_layout.addWidget(self.chart, 3)
        upper_layout.addWidget(self.methods)
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_state, 1)
        report_row.addWidget(self.report_button)
        upper_layout.addLayout(report_row)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("<b>The round's own evaluation</b>")))
        lower_layout.addWidget(self.notes, 1)
        lower_layout.addWidget(self.save_state)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_figures(self, figures: RoundFigures | None) -> None:
        groups = [] if figures is None else [*figures.departments, figures.total]
        self.table.setRowCount(len(groups))
        hidden = self.tr("fewer than %1").replace("%1", str(MIN_GROUP))
        for row, group in enumerate(groups):
            total_row = figures is not None and group is figures.total
            name = self.tr("Whole round") if total_row else group.name
            cells = [name] + ([hidden, "", "", "", ""] if group.suppressed else [
                str(group.people), str(group.held), str(group.signed),
                str(group.follow_ups_due), str(group.follow_ups_on_time)])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if total_row:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        rows_height = sum(self.table.rowHeight(row) for row in range(len(groups)))
        # Every row shown (the whole round's total last): the chart takes what is left.
        height = self.table.horizontalHeader().height() + rows_height + 6
        self.table.setMaximumHeight(height)
        self.table.setMinimumHeight(min(height, 260))
        self.chart.set_figures(
            figures.departments if figures else [],
            (self.tr("held"), self.tr("signed"), self.tr("follow-ups on time")),
            self.tr("no figures: fewer than %1 people").replace("%1", str(MIN_GROUP)))
        if figures is None:
            self.methods.setText("")
        elif not figures.learning_methods:
            self.methods.setText(self.tr("<b>Learning methods:</b> none to show yet."))
        else:
            listed = ", ".join(f"{enums.label('learning_method', method)} ({count})"
                               for method, count in figures.learning_methods[:5])
            self.methods.setText(self.tr("<b>Most used learning methods:</b> %1")
                                 .replace("%1", listed))
        self._loading = True
        self.notes.setPlainText(figures.evaluation_notes if figures else "")
        self._loading = False
        self._dirty = False
        self.notes.setEnabled(figures is not None)
        self.report_button.setEnabled(figures is not None)
        self.save_state.setText("")

    def _on_typed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Not saved yet…"))
        self._timer.start()

    def has_pending(self) -> bool:
        return self._dirty

    def flush(self) -> None:
        """Hand the notes over for saving now, if they changed."""
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self.notesChanged.emit(self.notes.toPlainText())

    def mark_saved(self) -> None:
        self.save_state.setText(self.tr("Saved"))
