// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <utility>

namespace entente {

// Maps time (seconds, naive calendar) to x pixels and back for a view of a given width, and
// chooses calendar-aligned ticks that suit the zoom, from centuries down to minutes.
class TimeScale final
{
public:
    // The axis has two tiers: ticks of the unit that suits the zoom (days, say), labelled
    // briefly ("9"), under bands of the next coarser unit ("February 2025") that name them.
    struct Tick
    {
        qint64 second;
        QString label;
        bool major; // a band starts here (a new month among days, a new year among months, ...)
    };
    struct Band
    {
        qint64 from; // first second
        qint64 to;   // first second of the next band
        QString label;
    };

    TimeScale() = default;
    TimeScale(qint64 from, qint64 to, int width);

    int width() const { return m_width; }
    double secondsPerPixel() const { return m_secondsPerPixel; }
    qint64 visibleFrom() const;
    qint64 visibleTo() const;

    double toX(qint64 second) const { return (double(second) - m_start) / m_secondsPerPixel; }
    double toTime(double x) const { return m_start + x * m_secondsPerPixel; }

    void setWidth(int width); // keeps the left edge and the zoom
    void setRange(qint64 from, qint64 to);
    // factor > 1 zooms in; the time under x stays under x.
    void zoomAbout(double x, double factor);
    void panByPixels(double dx);

    // Ticks at least minSpacing pixels apart, calendar-aligned, covering the view, with
    // labels in the locale's language and conventions.
    QList<Tick> ticks(double minSpacing = 90, const QLocale &locale = QLocale()) const;
    // The bands over those ticks, covering the view.
    QList<Band> bands(double minSpacing = 90, const QLocale &locale = QLocale()) const;
    // The locale's days of rest (Saturday and Sunday in most) in view, as [from, to) spans,
    // when a day is at least minDayWidth pixels wide; none when zoomed out further.
    QList<std::pair<qint64, qint64>> restDays(const QLocale &locale = QLocale(),
                                              double minDayWidth = 8) const;

    static constexpr double MinSecondsPerPixel = 1.0; // a minute is 60 px
    static qint64 minSecond();
    static qint64 maxSecond();

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    void clamp();

    double m_start = 0;
    double m_secondsPerPixel = 86400;
    int m_width = 1;
};

} // namespace entente
