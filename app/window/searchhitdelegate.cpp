// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhitdelegate.h"

#include "eventsearch.h"
#include "searchresultsmodel.h"

#include <QApplication>
#include <QPainter>

namespace entente {

using namespace Qt::StringLiterals;

QList<SearchHitDelegate::Run> SearchHitDelegate::runs(const QString &snippet)
{
    QList<Run> found;
    Run run;
    const auto flush = [&] {
        if (!run.text.isEmpty()) {
            found.append(run);
        }
        run.text.clear();
    };
    for (QChar c : snippet) {
        if (c == EventSearch::MatchBegin || c == EventSearch::MatchEnd) {
            flush();
            run.matched = c == EventSearch::MatchBegin;
        } else {
            run.text += c.isSpace() ? QLatin1Char(' ') : c; // one line
        }
    }
    flush();
    return found;
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {200, 2 * line + 3 * Margin};
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear(); // the lines below are the text
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const int height = option.fontMetrics.height();
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QRect titleLine(area.left(), area.top(), area.width(), height);
    QRect line(area.left(), area.top() + height + Margin, area.width(), height);
    // The title has the width to itself, in bold; the dates lead the line of the snippet,
    // quieter.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        titleLine, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, titleLine.width()));
    const QString dates = index.data(SearchResultsModel::DatesRole).toString() + u"  "_s;
    painter->setFont(option.font);
    painter->setPen(selected ? text : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, dates);
    line.setLeft(line.left() + option.fontMetrics.horizontalAdvance(dates));
    painter->setPen(text);
    paintSnippet(*painter, option.font, line,
                 index.data(SearchResultsModel::SnippetRole).toString());
    painter->restore();
}

void SearchHitDelegate::paintSnippet(QPainter &painter, const QFont &font, const QRect &line,
                                     const QString &snippet)
{
    QFont bold = font;
    bold.setBold(true);
    QList<Run> pieces = runs(snippet);
    // The words found must show: a long lead before them is cut from its start.
    if (pieces.size() > 1 && !pieces.first().matched) {
        pieces.first().text =
            QFontMetrics(font).elidedText(pieces.first().text, Qt::ElideLeft, line.width() / 3);
    }
    int x = line.left();
    for (const Run &run : std::as_const(pieces)) {
        const QFont &runFont = run.matched ? bold : font;
        const QFontMetrics metrics(runFont);
        const int room = line.right() - x;
        if (room <= 0) {
            break;
        }
        const QString text = metrics.elidedText(run.text, Qt::ElideRight, room);
        painter.setFont(runFont);
        painter.drawText(QRect(x, line.top(), room, line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        x += metrics.horizontalAdvance(text);
    }
    painter.setFont(font);
}

} // namespace entente
