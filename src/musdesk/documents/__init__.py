"""PDF documents made with ReportLab: the sealed summary and the handouts.

Renderers (`summary`, `handouts`) take plain dataclasses from `content` and return PDF bytes;
`data` turns database records into those dataclasses; `seal` signs and verifies summaries;
`batch` writes many files with progress and cancel. Nothing here imports Qt.
"""
