"""musdesk: offline, encrypted desktop app for employee development conversations (MUS)."""

__version__ = "0.1.0"
APP_NAME = "musdesk"
