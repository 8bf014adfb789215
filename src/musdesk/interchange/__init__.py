"""Data in and out of the workspace: roster import (CSV/XLSX); later calendar export, packages.

- `tabular.py`: reading CSV and XLSX files into plain rows, refusing bad files clearly.
- `roster_columns.py`: which column holds what (guessed from headers), parsing cell values.
- `roster_import.py`: planning and running a roster import in one transaction.
"""
