"""The command line's one error for bad usage or unreadable input (exit 2, one line)."""


class UsageError(Exception):
    """Reported as one line on standard error; the command exits with status 2."""
