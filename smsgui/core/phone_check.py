"""What a phone cell turned out to be; kept apart from `phones` so reading it loads no metadata."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

DEFAULT_REGION = "RO"


class Verdict(Enum):
    MOBILE = "mobile"
    NOT_MOBILE = "not_mobile"
    INVALID = "invalid"
    EMPTY = "empty"


@dataclass(frozen=True)
class PhoneCheck:
    """What a cell holds: `e164` for any valid number, `reason` for anything else."""

    verdict: Verdict
    e164: str | None = None
    reason: str = ""
    number_type: str = ""

    @property
    def is_recipient(self) -> bool:
        return self.verdict is Verdict.MOBILE
