#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an Entente .csv export with Python's csv module and compares its rows with the
Entente JSON export of the same timeline."""
import csv
import json
import sys


def main(csv_path, json_path):
    with open(csv_path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.DictReader(f))
    with open(json_path, encoding='utf-8') as f:
        events = json.load(f)['events']
    problems = []
    if len(rows) != len(events):
        problems.append('%d rows for %d events' % (len(rows), len(events)))
    for row, event in zip(rows, events):
        for column in ('uid', 'title', 'description', 'category', 'location'):
            cell = row[column]
            if cell.startswith("'") and event[column][:1] in ('=', '+', '-', '@', '\t', '\r'):
                cell = cell[1:]  # neutralised formula
            if cell != event[column]:
                problems.append('%s: %s %r, expected %r' % (event['uid'], column, cell,
                                                           event[column]))
        if row['start'] != (event['start'] or '').rstrip('~'):
            problems.append('%s: start %r' % (event['uid'], row['start']))
        if row['tags'] != '; '.join(event['tags']):
            problems.append('%s: tags %r' % (event['uid'], row['tags']))
    for problem in problems:
        print('csv: ' + problem)
    print('csv: %d rows read back as written' % len(rows) if not problems else 'csv: FAILED')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
