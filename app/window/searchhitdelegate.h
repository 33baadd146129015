// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace entente {

// Draws a search result in two lines: the title, then the dates and the snippet with the
// words found in bold. The text is drawn as plain text, run by run: it comes from files, and
// must never be read as markup.
class SearchHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Run
    {
        QString text;
        bool matched = false;

        friend bool operator==(const Run &, const Run &) = default;
    };
    // The snippet cut at EventSearch::MatchBegin and MatchEnd, on one line.
    static QList<Run> runs(const QString &snippet);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int Margin = 4;
    static void paintSnippet(QPainter &painter, const QFont &font, const QRect &line,
                             const QString &snippet);
};

} // namespace entente
