#!/usr/bin/env python3
"""Fills blank CSV mark sheets as a committee secretary would in a spreadsheet: a stand-in for
the jurors, to try the jury round trip from the command line.

Usage: scripts/fill-sheets.py SHEETS_DIR FILLED_DIR [--conflicted-mark JUROR:APPLICATION]

Marks are deterministic: each juror's value derives from the application and criterion, on the
criterion's own scale, with one planted disagreement (the first application of j1 and j2 on
`innovation`: 1 and 4.5). --conflicted-mark adds a mark from a juror who is in conflict, which
`ptce rank --marks` must refuse. Sheets are read and written as UTF-8 CSV with a BOM and `;`."""
import csv
import hashlib
import os
import sys


def value(juror, application, criterion, scale):
    digest = int(hashlib.sha256(f"{application}:{criterion}".encode()).hexdigest(), 16)
    spread = int(hashlib.sha256(juror.encode()).hexdigest(), 16) % 3 - 1  # -1, 0 or +1 half point
    if scale.startswith(("ajustement", "adjustment")):
        return str((digest % 5 - 2) * 0.5 + spread * 0.5)
    return str(min(5, max(0, 2.5 + (digest % 5) * 0.5 + spread * 0.5)))


def main():
    source, target = sys.argv[1], sys.argv[2]
    extra = sys.argv[sys.argv.index("--conflicted-mark") + 1] if "--conflicted-mark" in sys.argv else None
    os.makedirs(target, exist_ok=True)
    planted = {}
    for name in sorted(os.listdir(source)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(source, name), encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        header, body = rows[0], rows[1:]
        column = {title: index for index, title in enumerate(header)}
        for row in body:
            juror, application, criterion = row[column["juror"]], row[column["application"]], row[column["criterion"]]
            row[column["value"]] = value(juror, application, criterion, row[5])
            if criterion == "innovation" and juror in ("j1", "j2"):
                planted.setdefault(juror, application)
                if planted[juror] == application and application == planted.get("j1"):
                    row[column["value"]] = "1" if juror == "j1" else "4.5"
        if extra and name == extra.split(":")[0] + ".csv":
            juror, application = extra.split(":")
            body.append([juror, application, "", "innovation", "", "", "5", "conflit"])
        with open(os.path.join(target, name), "w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows([header] + body)


if __name__ == "__main__":
    main()
