"""Fake chat platform APIs served on 127.0.0.1, so tests drive the real clients without leaving the machine."""
