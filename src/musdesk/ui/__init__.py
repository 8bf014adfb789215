"""Qt widgets only. Nothing outside this package (and musdesk.app) imports Qt."""
