#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parses an Entente .ics export with the icalendar library and compares every VEVENT's
DTSTART and SUMMARY with the Entente JSON export of the same timeline."""
import json
import sys

import icalendar


def expected_start(start):
    # Entente's "2014-09-05", "2025-02~", "2025-02-12T14:30" → what DTSTART should hold
    text = start.rstrip('~')
    parts = text.replace('T', '-').replace(':', '-').split('-')
    year, month, day = int(parts[0]), 1, 1
    if len(parts) > 1:
        month = int(parts[1])
    if len(parts) > 2:
        day = int(parts[2])
    if len(parts) > 3:
        return '%04d-%02d-%02dT%s:%s:00' % (year, month, day, parts[3], parts[4])
    return '%04d-%02d-%02d' % (year, month, day)


def main(ics_path, json_path):
    with open(ics_path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    with open(json_path, encoding='utf-8') as f:
        timeline = json.load(f)
    wanted = {e['uid'] + '@entente': e for e in timeline['events'] if e['start']}
    seen = 0
    problems = []
    for vevent in calendar.walk('VEVENT'):
        uid = str(vevent['UID'])
        event = wanted.get(uid)
        if event is None:
            problems.append('%s: not in the timeline' % uid)
            continue
        seen += 1
        start = vevent.decoded('DTSTART').isoformat()
        if start != expected_start(event['start']):
            problems.append('%s: DTSTART %s, expected %s' % (uid, start, event['start']))
        if str(vevent['SUMMARY']) != event['title']:
            problems.append('%s: SUMMARY %r' % (uid, str(vevent['SUMMARY'])))
    if seen != len(wanted):
        problems.append('%d of %d dated events in the calendar' % (seen, len(wanted)))
    for problem in problems:
        print('ics: ' + problem)
    print('ics: %d events, DTSTART and SUMMARY as expected' % seen if not problems
          else 'ics: FAILED')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
