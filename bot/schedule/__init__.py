"""Briefs on a schedule: cron slots, the delivery of one run, ``mode = "new"`` and the scheduler service."""
