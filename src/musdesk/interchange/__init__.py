"""Data in and out of the workspace: roster import (CSV/XLSX), calendar export; later packages.

Roster import, in the order the data flows:
- `tabular.py`: reading CSV and XLSX files into plain rows, refusing bad files clearly.
- `roster_columns.py`: which column holds what (guessed from headers), parsing cell values.
- `roster_rows.py`: one row's values; the organisation's people before the import.
- `roster_import.py`: planning (matching, leaders, departments) and `run_import`, the one
  transaction; `roster_writer.py` writes a plan through the roster services.
- `roster_report.py`: what happens to each row, and the report's text.
"""
