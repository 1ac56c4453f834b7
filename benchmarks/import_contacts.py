"""Import speed: `smsgui contacts FILE --json` on 100,000 rows against a bare baseline.

Baseline, in the same run: read every row with python-calamine, then
`phonenumbers.parse` and `is_valid_number` on every phone cell. Both run as
fresh processes, best of --repeat runs; peak memory is the child's max RSS.
Target: ratio ≤ 1.3, peak memory ≤ 250 MB.

    python benchmarks/import_contacts.py [--rows 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

BASELINE = r"""
import sys, phonenumbers, python_calamine
rows = python_calamine.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
valid = 0
for row in rows[1:]:
    try:
        valid += phonenumbers.is_valid_number(phonenumbers.parse(str(row[2]), "RO"))
    except phonenumbers.NumberParseException:
        pass
print(valid)
"""


def make_workbook(path: Path, rows: int, seed: int = 7) -> None:
    """Half the numbers stored as numbers, ~10% duplicates, ~2% invalid."""
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Clienți")
    sheet.append(["Nume", "Prenume", "Telefon", "Oraș", "Data nașterii"])
    issued: list[int] = []
    for i in range(rows):
        roll = rng.random()
        if roll < 0.02:
            phone: object = rng.choice(["07401", "abc", "0740 123 45", "+40 740 123 456 789"])
        else:
            if roll < 0.12 and issued:
                number = rng.choice(issued)
            else:
                number = 720_000_000 + rng.randrange(60_000_000)
                issued.append(number)
            phone = (
                number
                if i % 2
                else f"0{number // 1000000} {number // 1000 % 1000:03d} {number % 1000:03d}"
            )
        birthday = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20000))
        sheet.append(
            [f"Popescu {i}", rng.choice(["Ana", "Ștefan", "Ioana"]), phone, "Brașov", birthday]
        )
    book.save(path)


def run(command: list[str], repeat: int) -> tuple[float, float]:
    """(best seconds, peak MB) of a command run `repeat` times."""
    best = float("inf")
    peak = 0.0
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        peak = max(peak, after / 1024, before / 1024)
    return best, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.xlsx"
        make_workbook(path, args.rows)
        env_data = dict(os.environ, SMSGUI_DATA_DIR=folder)
        os.environ.update(env_data)
        baseline, baseline_mb = run([sys.executable, "-c", BASELINE, str(path)], args.repeat)
        smsgui, smsgui_mb = run(
            [sys.executable, "-m", "smsgui", "contacts", str(path), "--json"], args.repeat
        )
    print(f"rows: {args.rows:,}")
    print(f"baseline (calamine + parse + is_valid_number): {baseline:.2f} s, {baseline_mb:.0f} MB")
    print(f"smsgui contacts --json:                        {smsgui:.2f} s, {smsgui_mb:.0f} MB")
    print(f"ratio: {smsgui / baseline:.2f} (target ≤ 1.3); peak memory {smsgui_mb:.0f} MB (≤ 250)")


if __name__ == "__main__":
    main()
