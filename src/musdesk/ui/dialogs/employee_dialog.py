"""Adding or editing an employee. The service has the last word: its refusals (a leader
cycle, a bad e-mail) appear in the dialog, which stays open to correct them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.widgets.forms import ChoiceBox, OptionalDateEdit, error_label, show_problem


def looks_like_email(text: str) -> bool:
    name, at, domain = text.partition("@")
    return bool(at and name and "." in domain and " " not in text)


class EmployeeDialog(QDialog):
    def __init__(
        self,
        save: Callable[[dict[str, Any]], dict[str, Any]],
        departments: list[tuple[str, str]],
        leaders: list[tuple[str, str]],
        employee: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Edit employee") if employee else self.tr("Add employee"))
        self.setMinimumWidth(520)
        employee = employee or {}

        self.first_name = QLineEdit(employee.get("first_name", ""))
        self.last_name = QLineEdit(employee.get("last_name", ""))
        self.job_title = QLineEdit(employee.get("job_title", ""))
        self.email = QLineEdit(employee.get("email", ""))
        self.phone = QLineEdit(employee.get("phone", ""))
        self.start_date = OptionalDateEdit(self.tr("Known:"))
        self.start_date.set_date(employee.get("start_date"))
        self.department = ChoiceBox(self.tr("(no department)"))
        self.department.set_choices(departments, employee.get("department_id"))
        self.leader = ChoiceBox(self.tr("(no leader)"))
        self.leader.set_choices(leaders, employee.get("leader_id"))
        self.external_ref = QLineEdit(employee.get("external_ref") or "")
        self.external_ref.setPlaceholderText(self.tr("The client's employee number, if any"))

        form = QFormLayout()
        form.addRow(self.tr("First name:"), self.first_name)
        form.addRow(self.tr("Last name:"), self.last_name)
        form.addRow(self.tr("Job title:"), self.job_title)
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Leader:"), self.leader)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Start date:"), self.start_date)
        form.addRow(self.tr("Employee number:"), self.external_ref)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        required = QLabel(self.tr("First and last name are required."))
        required.setEnabled(False)
        layout.addWidget(required)
        self.problem = error_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.first_name, self.last_name):
            field.textChanged.connect(self._update)
        self._update()
        self.first_name.setFocus()

    def problems(self) -> list[str]:
        """What must be corrected before saving, in the order of the form."""
        found = []
        if not self.first_name.text().strip():
            found.append(self.tr("The first name is missing."))
        if not self.last_name.text().strip():
            found.append(self.tr("The last name is missing."))
        if not self.department.chosen()[0]:
            found.append(self.tr("Choose the department from the list."))
        if not self.leader.chosen()[0]:
            found.append(self.tr("Choose the leader from the list."))
        email = self.email.text().strip()
        if email and not looks_like_email(email):
            found.append(self.tr("The e-mail address does not look right."))
        return found

    def values(self) -> dict[str, Any]:
        return {
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "job_title": self.job_title.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "start_date": self.start_date.date(),
            "department_id": self.department.chosen()[1],
            "leader_id": self.leader.chosen()[1],
            "external_ref": self.external_ref.text().strip(),
        }

    def _update(self) -> None:
        ready = bool(self.first_name.text().strip() and self.last_name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            show_problem(self.problem, " ".join(problems))
            return
        try:
            self.saved = self._save(self.values())
        except MusdeskError as exc:
            show_problem(self.problem, str(exc))
            return
        super().accept()
