"""File → Privacy → Activity log: the content-free audit events, filtered by record type and
date, exportable as CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui import dates
from musdesk.ui.errors import guarded
from musdesk.ui.file_dialogs import start_path
from musdesk.ui.qtmodels.activity_log import RECORD_ID, ActivityLogModel


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ActivityLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from musdesk.services import privacy_activity

        self.service = privacy_activity
        self.setWindowTitle(self.tr("Activity log"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "What was done to which record, and when. The log holds no names and no texts, "
            "only the kind of record and its ID."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Record type:")))
        self.record_type = QComboBox()
        self.record_type.addItem(self.tr("All"), None)
        for kind in privacy_activity.record_types():
            self.record_type.addItem(privacy_activity.record_label(kind), kind)
        filters.addWidget(self.record_type)
        filters.addWidget(QLabel(self.tr("From:")))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addYears(-1))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(dates.date_format())
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("To:")))
        self.until = QDateEdit(today)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(dates.date_format())
        filters.addWidget(self.until)
        filters.addStretch(1)
        self.count = QLabel()
        filters.addWidget(self.count)
        layout.addLayout(filters)
        self.model = ActivityLogModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Activity log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECORD_ID, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Export as CSV…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_and_export)
        self.record_type.currentIndexChanged.connect(lambda _i: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.until.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        rows = self.service.activity(self.record_type.currentData(), _day(self.since.date()),
                                     _day(self.until.date()))
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} events").format(n=len(rows)))
        self.export_button.setEnabled(bool(rows))

    def choose_and_export(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the activity log"), start_path("activity-log.csv"),
            self.tr("CSV files (*.csv)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> int | None:
        return guarded(self, lambda: self.service.export_csv(path, self.model.rows))
