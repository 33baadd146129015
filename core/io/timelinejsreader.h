// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wholefilereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace entente {

// Reads timelines made for TimelineJS (https://timeline.knightlab.com):
// - TimelineJS 3 JSON: {"title": slide, "events": [slide], "eras": [...]}. A slide's
//   partial `start_date`/`end_date` (year, month, day, hour, minute; `display_date` kept as
//   the attribute "timelinejs.display_date") become the event's dates at that precision, and
//   an end makes it a period; `text.headline`/`text.text` (HTML made plain) its title and
//   description (a slide without a headline takes its text's first line, or its media's caption);
//   `media` a source (url, caption → title, credit → outlet); `group` its category; `location` its
//   location and "latitude"/"longitude"; `unique_id` its uid "timelinejs:ID". The title slide's
//   headline is the content's title.
// - TimelineJS 2 JSON: {"timeline": {"headline", "date": [{"startDate": "2014,9,5",
//   "endDate", "headline", "text", "asset": {"media", "credit", "caption"}, "tag"}],
//   "era": [...]}}, mapped the same way ("tag" is the category).
// A slide without an id of its own gets the uid "timelinejs:" and a hash of its date and
// headline, so that importing the same file again finds it. A slide that cannot be an event
// (no date Entente can hold, such as a year BC; nothing to call it) is a problem of its
// line; a file that is not such JSON throws Error with its line.
class TimelineJsReader final : public WholeFileReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::TimelineJsReader)

protected:
    TimelineContent readWhole(QIODevice &device, const QString &fileName, ImportReport *report,
                              const ImportProgress &progress) override;

private:
    struct Row; // a slide being read: where it is, and what is wrong with it
    // Slides and eras as TimelineJS 3 writes them, each with the line it starts on.
    void readSlides(const QJsonArray &slides, const QList<int> &lines);
    void readEras(const QJsonArray &eras, const QList<int> &lines);
    void readSlide(const QJsonObject &slide, Row &row);
    void readEra(const QJsonObject &era, Row &row);
    PartialDate dateOf(const QJsonValue &value, Row &row, const QString &column) const;
    void addMedia(const QString &url, const QString &caption, const QString &credit, Row &row,
                  Event *event);
    void step(qint64 done, qint64 total) const;

    TimelineContent m_content;
    QString m_fileName;
    ImportReport *m_report = nullptr;
    ImportProgress m_progress;
};

} // namespace entente
