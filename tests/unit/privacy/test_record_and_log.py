"""The record of processing (one page, counts, retention) and the activity log as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
from pathlib import Path

from pypdf import PdfReader

from musdesk.documents.privacy_record import write_record
from musdesk.services import privacy_activity, privacy_erase, privacy_record, privacy_retention
from musdesk.storage import Workspace
from tests.unit.privacy import scenario


def test_record_of_processing_is_one_page_with_counts(workspace: Workspace,
                                                       tmp_path: Path) -> None:
    built = scenario.build()
    privacy_retention.set_retention(built.org_id, 4, 9)
    record = privacy_record.processing_record(workspace, built.org_id)
    counts = {name: count for name, _category, count in record.counts}
    assert counts["Employees"] == 3 and counts["Conversations"] == 3
    path = write_record(record, tmp_path / "record.pdf")
    assert len(PdfReader(path).pages) == 1
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Record of processing activities" in text and "Nordlys AS" in text
    assert "4 years" in text and "9 months" in text and "SQLCipher" in text
    assert scenario.UNIQUE_LAST not in text  # counts, never names


def test_activity_log_filters_and_csv(workspace: Workspace, tmp_path: Path) -> None:
    built = scenario.build()
    privacy_erase.erase(workspace, "employee", built.employee_id)
    types = privacy_activity.record_types()
    assert "employee" in types and "conversation" in types
    erased = privacy_activity.activity("employee")
    assert erased[0].action == "erased" and erased[0].record_label == "Employees"
    assert all(row.record_type == "employee" for row in erased)
    today = dt.datetime.now(dt.UTC).date()
    assert privacy_activity.activity(since=today + dt.timedelta(days=1)) == []
    assert privacy_activity.activity(until=today - dt.timedelta(days=1)) == []
    everything = privacy_activity.activity(since=today, until=today)
    assert len(everything) > len(erased)
    target = tmp_path / "log.csv"
    assert privacy_activity.export_csv(target, everything) == len(everything)
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Time (UTC)" and len(rows) == len(everything) + 1
    assert scenario.UNIQUE_LAST.encode() not in raw and scenario.UNIQUE_FIRST.encode() not in raw
