"""Speed and memory targets, measured (never asserted in tests). Run with `make bench`."""
