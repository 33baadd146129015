// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgwriter.h"

#include "error.h"
#include "timelinedocument.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace entente {

namespace {

constexpr int AxisHeight = TimelineLayout::AxisHeight;
constexpr int HeaderWidth = TimelineLayout::HeaderWidth;
// Drawn between the picture and the headers drawn again, to find where the one ends.
const auto Marker = QStringLiteral("entente-headers-again");

double number(const QRegularExpressionMatch &match, int group)
{
    return match.captured(group).toDouble();
}

// The text of the picture that lies under the lane headers, which are drawn again over it:
// else every lane's name would be in the file twice. (The document is painted without
// transforms, so a text's x and y are where it is.)
QString withoutHiddenText(const QString &picture)
{
    static const QRegularExpression text(
        QStringLiteral(R"re(<text [^>]*\bx="([-0-9.e]+)"[^>]*>[^<]*</text>\s*)re"));
    QString kept;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : text.globalMatch(picture)) {
        if (number(match, 1) < HeaderWidth) {
            kept += picture.sliced(from, match.capturedStart() - from);
            from = match.capturedEnd();
        }
    }
    return kept + picture.sliced(from);
}

// What was drawn again, cut to the column of the lane headers (the corner above them
// included) by hand: viewers that know no clip paths (SVG Tiny, Qt's own before 6.7) would
// draw the rows across the whole picture. The headers are drawn in rectangles and text.
QString cutToHeaders(const QString &again)
{
    static const QRegularExpression rect(QStringLiteral(
        R"re(<rect x="([-0-9.e]+)" y="([-0-9.e]+)" width="([-0-9.e]+)" height="([-0-9.e]+)"/>)re"));
    static const QRegularExpression text(
        QStringLiteral(R"re(<text [^>]*\bx="([-0-9.e]+)"[^>]*>[^<]*</text>)re"));
    QString cut;
    qsizetype from = 0;
    const auto replace = [&](const QRegularExpressionMatch &match, const QString &by) {
        cut += again.sliced(from, match.capturedStart() - from) + by;
        from = match.capturedEnd();
    };
    // Both in the order they come, so that what is kept stays in its place.
    QList<QRegularExpressionMatch> matches;
    for (const QRegularExpression *pattern : {&rect, &text}) {
        for (const QRegularExpressionMatch &match : pattern->globalMatch(again)) {
            matches.append(match);
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const auto &a, const auto &b) { return a.capturedStart() < b.capturedStart(); });
    for (const QRegularExpressionMatch &match : std::as_const(matches)) {
        const double left = number(match, 1);
        if (match.lastCapturedIndex() == 1) { // text, kept where it starts in the column
            if (left >= HeaderWidth) {
                replace(match, QString());
            }
            continue;
        }
        const double right = std::min<double>(left + number(match, 3), HeaderWidth);
        replace(match, right <= std::max(left, 0.0)
                           ? QString()
                           : QStringLiteral(R"re(<rect x="%1" y="%2" width="%3" height="%4"/>)re")
                                 .arg(std::max(left, 0.0))
                                 .arg(match.captured(2))
                                 .arg(right - std::max(left, 0.0))
                                 .arg(match.captured(4)));
    }
    return cut + again.sliced(from);
}

// The picture, then its lane headers drawn again over it. The generator writes one flat run
// of groups, one per change of pen, brush or font, inside one outer group; the marker has a
// group of its own.
QString withHeadersOnTop(const QString &svg)
{
    static const QRegularExpression marker(
        QStringLiteral(R"re(<g [^>]*>\s*<text[^>]*>%1</text>\s*</g>)re").arg(Marker));
    const QRegularExpressionMatch found = marker.match(svg);
    const qsizetype defsEnd = svg.indexOf(QStringLiteral("</defs>"));
    if (!found.hasMatch() || defsEnd < 0) {
        return svg; // not the generator's usual output: left as it drew it
    }
    return svg.first(defsEnd) +
           withoutHiddenText(svg.sliced(defsEnd, found.capturedStart() - defsEnd)) +
           cutToHeaders(svg.sliced(found.capturedEnd()));
}

} // namespace

QString SvgWriter::withFallbackFonts(const QString &svg)
{
    static const QRegularExpression family(QStringLiteral(R"re(font-family="([^"]*)")re"));
    QString result;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : family.globalMatch(svg)) {
        QStringList names{match.captured(1)};
        for (const char *fallback : {"DejaVu Sans", "Segoe UI", "Helvetica", "Arial"}) {
            if (!names.contains(QLatin1String(fallback))) {
                names.append(QLatin1String(fallback));
            }
        }
        for (QString &name : names) {
            name = name.contains(u' ') ? QStringLiteral("'%1'").arg(name) : name;
        }
        result += svg.sliced(from, match.capturedStart() - from) +
                  QStringLiteral(R"re(font-family="%1, sans-serif")re").arg(names.join(u", "));
        from = match.capturedEnd();
    }
    return result + svg.sliced(from);
}

void SvgWriter::write(TimelineDocument &document, const QString &path, int height,
                      const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(96); // a px of the document is a px of the browser
    svg.setSize(QSize(document.width(), height));
    svg.setViewBox(QRect(0, 0, document.width(), height));
    svg.setTitle(title);
    QPainter painter(&svg);
    document.paint(painter, 0, document.laneCount(), height);
    painter.setPen(QColor(1, 2, 3)); // a group of its own
    painter.drawText(QPointF(0, 0), Marker);
    document.paintHeaders(painter);
    painter.end();
    const QString drawn = withHeadersOnTop(QString::fromUtf8(buffer.data()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(withFallbackFonts(drawn).toUtf8()) < 0 ||
        !file.commit()) {
        throw Error(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace entente
