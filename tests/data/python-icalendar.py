# SPDX-License-Identifier: GPL-3.0-or-later
# Run: /usr/bin/python3 tests/data/python-icalendar.py tests/data/python-icalendar.ics
# Writes tests/data/python-icalendar.ics with Python's icalendar package (a writer that is not
# Entente's), for tst_icalendarreader.
from icalendar import Calendar, Event
from datetime import datetime, date
import pytz
berlin = pytz.timezone('Europe/Berlin')
cal = Calendar()
cal.add('prodid', '-//Entente tests//python icalendar//EN')
cal.add('version', '2.0')
cal.add('x-wr-calname', 'Normandy format')
e = Event()
e.add('uid', 'normandy-2014@example.org')
e.add('summary', 'Зустріч у нормандському форматі, Берлін; друга сесія переговорів міністрів')
e.add('dtstart', berlin.localize(datetime(2014, 7, 2, 18, 0)))
e.add('dtend', berlin.localize(datetime(2014, 7, 2, 21, 15)))
e.add('description', 'Foreign ministers met.\nJoint declaration, in full; see annex \\ 2.')
e.add('location', 'Villa Borsig, Berlin')
e.add('categories', ['Talks', 'Normandy, format'])
e.add('url', 'https://example.org/berlin')
cal.add_component(e)
e = Event()
e.add('uid', 'geneva-2014@example.org')
e.add('summary', 'Geneva statement')
e.add('dtstart', date(2014, 4, 17))
e.add('dtend', date(2014, 4, 19))
cal.add_component(e)
e = Event()
e.add('uid', 'utc@example.org')
e.add('summary', 'Call')
e.add('dtstart', datetime(2014, 12, 31, 23, 30, tzinfo=pytz.utc))
cal.add_component(e)
import sys
open(sys.argv[1], 'wb').write(cal.to_ical())
