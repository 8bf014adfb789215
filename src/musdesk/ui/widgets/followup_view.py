"""The follow-up tab's layout: scope choosers, zoom, the timeline with its legend, the
details of the selected point with the actions, and the due list. Layout only: the tab
(`ui/tabs/followup_tab.py`) wires it to `services/followup_screen.py`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.services.followup_overview import (
    CONVERSATION,
    EVALUATION,
    GOAL_DEADLINE,
    MEETING,
    RECOGNITION,
    SIGNING,
    SUB_GOAL,
    TimelineItem,
)
from musdesk.ui.qtmodels.due_list import DATE, ORGANISATION, column_widths
from musdesk.ui.widgets.apart import divider, mark_destructive
from musdesk.ui.widgets.timeline import TimelineView
from musdesk.ui.widgets.timeline_legend import TimelineLegend

# lupdate finds translate("Context", "literal") calls, not calls of a wrapper.
translate = QCoreApplication.translate


def item_text(item: TimelineItem) -> str:
    """What the item is, in words (used in tooltips and the details panel)."""
    if item.kind == MEETING:
        return {
            "planned": translate("FollowUpTab", "Follow-up meeting (planned)"),
            "held": translate("FollowUpTab", "Follow-up meeting (held)"),
            "missed": translate("FollowUpTab", "Follow-up meeting (missed)"),
        }.get(item.status, translate("FollowUpTab", "Follow-up meeting"))
    if item.kind == SUB_GOAL:
        if item.status == "done":
            return translate("FollowUpTab", "Sub-goal (done)")
        return translate("FollowUpTab", "Sub-goal")
    return {
        CONVERSATION: translate("FollowUpTab", "MUS conversation"),
        SIGNING: translate("FollowUpTab", "Summary signed"),
        GOAL_DEADLINE: translate("FollowUpTab", "Goal deadline"),
        EVALUATION: translate("FollowUpTab", "Goal evaluated"),
        RECOGNITION: translate("FollowUpTab", "Recognition (formal)") if item.status == "formal"
        else translate("FollowUpTab", "Recognition (informal)"),
    }.get(item.kind, item.kind)



class FollowUpWidgets:
    """The view's widgets the follow-up tab takes over by name (`_VIEW_WIDGETS` there),
    declared for the type checker; it holds nothing itself."""

    adjust_button: QPushButton
    cancel_button: QPushButton
    conversation_button: QPushButton
    department: QComboBox
    details: QLabel
    due_table: QTableView
    due_title: QLabel
    employee: QComboBox
    evaluate_button: QPushButton
    export_button: QPushButton
    export_result: QLabel
    loading: QLabel
    meeting_button: QPushButton
    move_button: QPushButton
    notice: QFrame
    notice_close: QToolButton
    notice_label: QLabel
    notice_show: QPushButton
    organisation: QComboBox
    plan_button: QPushButton
    quarter_button: QToolButton
    recognition_button: QPushButton
    timeline: TimelineView
    today_button: QPushButton
    year_button: QToolButton


class FollowUpView(QWidget):
    """Every widget of the tab, laid out; the tab reads and connects them."""

    def __init__(self, due_proxy: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due_proxy = due_proxy
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.organisation = QComboBox()
        self.organisation.setMinimumWidth(180)
        self.department = QComboBox()
        self.department.setMinimumWidth(160)
        self.employee = QComboBox()
        self.employee.setMinimumWidth(180)
        for label, combo in ((self.tr("Organisation:"), self.organisation),
                             (self.tr("Department:"), self.department),
                             (self.tr("Employee:"), self.employee)):
            caption = QLabel(label)
            caption.setBuddy(combo)
            bar.addWidget(caption)
            bar.addWidget(combo)
        bar.addSpacing(12)
        self.quarter_button = QToolButton()
        self.quarter_button.setText(self.tr("Quarter"))
        self.year_button = QToolButton()
        self.year_button.setText(self.tr("Year"))
        zoom = QButtonGroup(self)
        for button in (self.quarter_button, self.year_button):
            button.setCheckable(True)
            zoom.addButton(button)
            bar.addWidget(button)
        self.quarter_button.setChecked(True)
        self.today_button = QPushButton(self.tr("Today"))
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        self.export_result = QLabel()  # what the last calendar export wrote
        bar.addWidget(self.export_result)
        self.export_button = QPushButton(self.tr("Export calendar…"))
        self.export_button.setToolTip(self.tr(
            "Write the follow-up meetings and deadlines shown here as an .ics file. It holds "
            "no notes or conversation content."))
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        # The notice after unlocking (quiet; it can be closed).
        self.notice = QFrame()
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet("QFrame { background: #fff3e0; border: 1px solid #ffb74d; }"
                                  " QLabel { border: none; }")
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(8, 4, 8, 4)
        self.notice_label = QLabel()
        self.notice_show = QPushButton(self.tr("Show the due list"))
        self.notice_close = QToolButton()
        self.notice_close.setText("✕")
        self.notice_close.setToolTip(self.tr("Close this notice"))
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.notice_show)
        notice_layout.addWidget(self.notice_close)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.timeline = TimelineView()
        self.timeline.setAccessibleName(self.tr("Follow-up timeline"))
        self.timeline.setAccessibleDescription(self.tr(
            "Arrow keys move between the points of a row and between rows; Enter opens the "
            "selected point. The due list beside it holds the same follow-ups as a table."))
        self.legend = TimelineLegend()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.timeline, 1)
        left_layout.addWidget(self.legend)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumHeight(70)
        right_layout.addWidget(self.details)
        buttons = QGridLayout()
        self.plan_button = QPushButton(self.tr("Plan a follow-up meeting…"))
        self.plan_button.setToolTip(self.tr(
            "Plan a meeting for the chosen employee (or the selected point's), on a date "
            "and time you choose, for the goals you tick."))
        self.move_button = QPushButton(self.tr("Move meeting…"))
        self.cancel_button = QPushButton(self.tr("Cancel meeting…"))
        self.meeting_button = QPushButton(self.tr("Record meeting…"))
        self.adjust_button = QPushButton(self.tr("Adjust goal…"))
        self.adjust_button.setToolTip(self.tr(
            "Change how often you meet, the start or the deadline of the selected point's "
            "goal, or mark it achieved or dropped. What was signed stays as signed; the "
            "planned meetings follow."))
        self.evaluate_button = QPushButton(self.tr("Evaluate goal…"))
        self.recognition_button = QPushButton(self.tr("Recognition…"))
        self.conversation_button = QPushButton(self.tr("Open conversation"))
        # [Plan…] [Move…] [Record…]                    ┃ [Cancel meeting…]
        # [Adjust goal…] [Evaluate…] [Recognition…]
        # [Open conversation]
        # Cancelling sits apart (after a divider, always in the same place).
        for index, action_button in enumerate((self.plan_button, self.move_button,
                                        self.meeting_button, self.adjust_button,
                                        self.evaluate_button, self.recognition_button,
                                        self.conversation_button)):
            buttons.addWidget(action_button, index // 3, index % 3)
        buttons.setColumnStretch(3, 1)
        buttons.addWidget(divider(), 0, 4, 3, 1)
        buttons.addWidget(self.cancel_button, 0, 5)
        mark_destructive(self.cancel_button)
        right_layout.addLayout(buttons)
        self.due_title = QLabel()
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.hide()
        due_heading = QHBoxLayout()
        due_heading.addWidget(self.due_title, 1)
        due_heading.addWidget(self.loading)
        right_layout.addLayout(due_heading)
        self.due_table = QTableView()
        self.due_table.setModel(self.due_proxy)
        self.due_table.setSortingEnabled(True)
        self.due_table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.verticalHeader().hide()
        self.due_table.setAlternatingRowColors(True)
        self.due_table.setWordWrap(False)
        header = self.due_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in column_widths(self.due_table.font()).items():
            self.due_table.setColumnWidth(column, width)
        # The tab always looks inside one organisation: the column would repeat its name.
        self.due_table.setColumnHidden(ORGANISATION, True)
        self.due_table.setAccessibleName(self.tr("Due list"))
        right_layout.addWidget(self.due_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

