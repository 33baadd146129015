// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wholefilereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

class QXmlStreamReader;

namespace entente {

// Reads the files of Timeline, the desktop program by Rickard Lindberg
// (thetimelineproject.sourceforge.net): <timeline> with <timetype>, <eras>, <categories> and
// <events>, dates written "2014-09-05 14:30:00".
// - An event is a point when its start and end are equal (or it is a <milestone>), else a
//   period; with <ends_today> an ongoing period. Its dates are days when both times are
//   00:00:00 (Timeline writes whole days so), else minutes; <fuzzy> (or <fuzzy_start>,
//   <fuzzy_end>) makes them approximate. <text> is the title, <description> the
//   description, <category> the category, each URL of <hyperlink> (several are separated by
//   ";") a source; <locked> and <progress> are kept as the attributes "timeline.locked" and
//   "timeline.progress".
// - Categories keep their colour ("r,g,b" → #rrggbb). Entente's categories are flat: the
//   parents of an event's category (Timeline nests them) become tags of the event.
// - A container ("[1]Group") is no event of its own: its name is a tag of the events in it
//   ("(1)Step"), which is how Entente groups them.
// - Eras keep their name, dates and colour.
// - The uid is "timeline:" and a hash of the start and the title (the file has no ids).
// Only Gregorian timelines are read: numeric and Bosparanian time types, the pre-XML text
// format ("# Written by Timeline") and broken XML throw Error with the line (and column).
class TimelineXmlReader final : public WholeFileReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::TimelineXmlReader)

protected:
    TimelineContent readWhole(QIODevice &device, const QString &fileName, ImportReport *report,
                              const ImportProgress &progress) override;

private:
    struct Field // the text of a child element, and where it is
    {
        QString text;
        int line = 0;
    };
    using Fields = QMap<QString, Field>;
    struct Row; // an event or an era being read

    void readTimeline(QXmlStreamReader &xml);
    void readList(QXmlStreamReader &xml, const QString &item,
                  void (TimelineXmlReader::*readItem)(const Fields &, int));
    Fields readFields(QXmlStreamReader &xml);
    void checkTimeType(const QString &timeType, int line) const;
    void readCategory(const Fields &fields, int line);
    void readEvent(const Fields &fields, int line);
    void readEra(const Fields &fields, int line);
    bool readDates(const Fields &fields, Row &row, PartialDate *start, PartialDate *end);
    PartialDate dateOf(const Field &field, const QString &name, bool wholeDays, Row &row);
    QString colourOf(const Fields &fields, const QString &name, int line);
    void addHyperlinks(const Field &field, Event *event);
    void addCategoryParents();
    [[noreturn]] void fail(int line, int column, const QString &message) const;

    TimelineContent m_content;
    QString m_fileName;
    ImportReport *m_report = nullptr;
    ImportProgress m_progress;
    QHash<QString, QString> m_parents;    // category → its parent category
    QHash<QString, QString> m_containers; // container id → its name
};

} // namespace entente
