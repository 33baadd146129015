// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementationlevel.h"
#include "provisionlink.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

class QColor;
class QPainter;

namespace entente {

class ScorecardLayout;

// Where each part of the agreement scorecard goes at a width, and its painting: one function
// for the screen and for the exports. Top to bottom: the agreement's title, the time axis, the
// rows (names on the left, bands to the right), the legend. Holds the layout by reference.
class ScorecardPainter final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ScorecardPainter)

public:
    static constexpr int HeaderWidth = 300; // the rows' names
    static constexpr int Margin = 12;
    static constexpr int TitleHeight = 30;
    static constexpr int AxisHeight = 24;
    static constexpr int LegendHeight = 36;
    static constexpr int BandHeight = 10; // a provision's band, in the middle of its row

    // A mark of a provision row, as indexes into the layout.
    struct MarkIndex
    {
        int row = -1;
        int mark = -1;
        bool isValid() const { return row >= 0; }
        friend bool operator==(const MarkIndex &, const MarkIndex &) = default;
    };

    // What lies under a point: a mark, else a band's segment or a summary's share, else a
    // row's name (segment and share -1).
    struct Hit
    {
        int row = -1;
        int mark = -1;
        int segment = -1;
        int share = -1;
        bool inHeader = false;
    };

    ScorecardPainter(const ScorecardLayout &layout, const QString &title, int width);

    QSize size() const { return {m_width, m_height}; }
    QRectF rowRect(int row) const;  // the whole width
    QRectF bandRect(int row) const; // the band or the stacked shares, over the time area
    double xOf(qint64 second) const;
    QPointF markCentre(MarkIndex index) const;
    Hit hitAt(QPointF point) const;

    void paint(QPainter &painter) const;
    // `focus`: the mark the keyboard is on, ringed.
    void paint(QPainter &painter, MarkIndex focus) const;

    static QColor levelColour(ImplementationLevel level);
    // A link's mark centred on `centre`: implements a filled circle, violates a red triangle,
    // refers-to a hollow diamond. For the bands and the legend.
    static void paintMark(QPainter &painter, QPointF centre, ProvisionLink::Type type);

private:
    static int rowHeight(int kind);
    double timeLeft() const { return Margin + HeaderWidth; }
    double timeRight() const { return m_width - Margin; }
    void paintAxis(QPainter &painter) const;
    void paintRow(QPainter &painter, int row, MarkIndex focus) const;
    void paintRowName(QPainter &painter, int row) const;
    void paintBand(QPainter &painter, int row) const;
    void paintShares(QPainter &painter, int row) const;
    void paintLegend(QPainter &painter) const;
    int markAt(int row, QPointF point) const;

    const ScorecardLayout &m_layout;
    QString m_title;
    int m_width;
    int m_height = 0;
    QList<double> m_rowTops; // and the bottom of the last row
};

} // namespace entente
