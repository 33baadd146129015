// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardview.h"

#include "errorguard.h"
#include "scorecarddata.h"
#include "scorecardlayout.h"
#include "scorecardtext.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace entente {

namespace {
constexpr int PictureMinimumWidth = 1000;
} // namespace

ScorecardView::ScorecardView(QWidget *parent)
    : QWidget(parent), m_export(new QAction(tr("&Export Scorecard…"), this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    m_export->setEnabled(false);
    connect(m_export, &QAction::triggered, this,
            ErrorGuard::slot(this, &ScorecardView::exportWithDialog));
}

ScorecardView::~ScorecardView() = default;

void ScorecardView::setData(std::unique_ptr<ScorecardData> data)
{
    m_data = std::move(data);
    m_layout = m_data ? std::make_unique<ScorecardLayout>(m_data->input) : nullptr;
    m_focus = {};
    m_export->setEnabled(m_layout != nullptr);
    setMinimumHeight(m_layout ? drawing().size().height() : 0);
    update();
}

ScorecardPainter ScorecardView::drawing() const
{
    Q_ASSERT(m_layout);
    return ScorecardPainter(*m_layout, m_data->agreement.title, width());
}

PictureExport::Picture ScorecardView::picture() const
{
    Q_ASSERT(m_layout);
    const int width = std::max(this->width(), PictureMinimumWidth);
    const ScorecardPainter painter(*m_layout, m_data->agreement.title, width);
    // The picture outlives this call: it keeps its own copy of what it paints.
    auto layout = std::make_shared<ScorecardLayout>(*m_layout);
    const QString title = m_data->agreement.title;
    return {painter.size(), tr("Scorecard: %1").arg(title), [layout, title, width](QPainter &p) {
                ScorecardPainter(*layout, title, width).paint(p);
            }};
}

void ScorecardView::exportTo(const QString &path) const
{
    PictureExport::write(picture(), path);
}

void ScorecardView::exportWithDialog()
{
    if (!m_layout) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Scorecard"), m_data->agreement.title + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void ScorecardView::paintEvent(QPaintEvent *)
{
    ErrorGuard::run([this] {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        painter.setRenderHint(QPainter::Antialiasing);
        if (!m_layout) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                             tr("Select an agreement on the timeline, or choose one above."));
            return;
        }
        drawing().paint(painter, hasFocus() ? m_focus : ScorecardPainter::MarkIndex());
    });
}

void ScorecardView::mousePressEvent(QMouseEvent *event)
{
    ErrorGuard::run([&] {
        if (!m_layout || event->button() != Qt::LeftButton) {
            return;
        }
        const ScorecardPainter::Hit hit = drawing().hitAt(event->position());
        if (hit.mark >= 0) {
            activate({hit.row, hit.mark});
        }
    });
}

void ScorecardView::activate(ScorecardPainter::MarkIndex index)
{
    setFocusedMark(index);
    emit eventActivated(m_layout->rows().at(index.row).marks.at(index.mark).eventId);
}

void ScorecardView::keyPressEvent(QKeyEvent *event)
{
    ErrorGuard::run([&] {
        if (!m_layout) {
            QWidget::keyPressEvent(event);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Left:
            return moveAlongRow(-1);
        case Qt::Key_Right:
            return moveAlongRow(1);
        case Qt::Key_Up:
            return moveAcrossRows(-1);
        case Qt::Key_Down:
            return moveAcrossRows(1);
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_focus.isValid()) {
                return activate(m_focus);
            }
            break;
        default:
            break;
        }
        QWidget::keyPressEvent(event);
    });
}

void ScorecardView::moveAlongRow(int step)
{
    if (!m_focus.isValid()) {
        return moveAcrossRows(1);
    }
    const int count = int(m_layout->rows().at(m_focus.row).marks.size());
    setFocusedMark({m_focus.row, std::clamp(m_focus.mark + step, 0, count - 1)});
}

void ScorecardView::moveAcrossRows(int step)
{
    const QList<ScorecardLayout::Row> &rows = m_layout->rows();
    const qint64 at =
        m_focus.isValid() ? rows.at(m_focus.row).marks.at(m_focus.mark).second : m_layout->from();
    for (int row = m_focus.isValid() ? m_focus.row + step : 0; row >= 0 && row < rows.size();
         row += step) {
        const QList<ScorecardLayout::Mark> &marks = rows.at(row).marks;
        if (marks.isEmpty()) {
            continue;
        }
        int nearest = 0;
        for (int mark = 1; mark < marks.size(); ++mark) {
            if (std::llabs(marks.at(mark).second - at) <
                std::llabs(marks.at(nearest).second - at)) {
                nearest = mark;
            }
        }
        return setFocusedMark({row, nearest});
    }
}

void ScorecardView::setFocusedMark(ScorecardPainter::MarkIndex index)
{
    m_focus = index;
    update();
}

void ScorecardView::contextMenuEvent(QContextMenuEvent *event)
{
    ErrorGuard::run([&] {
        QMenu menu(this);
        menu.addAction(m_export);
        menu.exec(event->globalPos());
    });
}

bool ScorecardView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        ErrorGuard::run([&] { showTip(static_cast<QHelpEvent *>(event)->pos()); });
        return true;
    }
    return QWidget::event(event);
}

void ScorecardView::showTip(const QPoint &at)
{
    if (!m_layout) {
        QToolTip::hideText();
        return;
    }
    const ScorecardPainter::Hit hit = drawing().hitAt(at);
    QString tip;
    if (hit.row >= 0) {
        const ScorecardLayout::Row &row = m_layout->rows().at(hit.row);
        if (hit.mark >= 0) {
            tip = ScorecardText::markTip(*m_data, row.marks.at(hit.mark));
        } else if (hit.segment >= 0) {
            tip = ScorecardText::segmentTip(*m_data, row.segments.at(hit.segment));
        } else if (hit.share >= 0) {
            tip = ScorecardText::shareTip(row, row.shares.at(hit.share));
        } else if (hit.inHeader) {
            tip = ScorecardText::headerTip(row);
        }
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(mapToGlobal(at), tip, this);
    }
}

} // namespace entente
