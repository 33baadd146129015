// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace entente {

// Maps time (seconds, naive calendar) to x pixels and back for a view of a given width, and
// chooses calendar-aligned ticks that suit the zoom, from centuries down to minutes.
class TimeScale final
{
public:
    struct Tick
    {
        qint64 second;
        QString label;
        bool major; // a coarser unit starts here (a new year among months, ...)
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

    // Ticks at least minSpacing pixels apart, calendar-aligned, covering the view.
    QList<Tick> ticks(double minSpacing = 90) const;

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
