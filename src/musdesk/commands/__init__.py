"""Subcommands of `musdesk`, one module per area; see musdesk.cli."""
