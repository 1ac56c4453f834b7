"""smsgui: send SMS campaigns through the smsadvert API from a desktop window."""

__version__ = "0.1.0"
