// SPDX-License-Identifier: GPL-3.0-or-later
#include "printpreview.h"
#include "plainmessage.h"

#include "error.h"
#include "errorguard.h"
#include "timelineexporter.h"
#include "timelineview.h"

#include <QAction>
#include <QGuiApplication>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>

namespace entente {

PrintPreview::PrintPreview(QPrinter *printer, TimelineView &view, QWidget *parent)
    : QPrintPreviewDialog(printer, parent), m_view(view)
{
    connect(this, &QPrintPreviewDialog::paintRequested, this,
            ErrorGuard::slot(this, &PrintPreview::paintPages));
    // Most of the screen the window is on, where a landscape page is large enough to read.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        const QRect available = screen->availableGeometry();
        resize(available.size() * 0.85);
        move(available.center() - rect().center());
    }
    // The whole page rather than its width: a landscape page's width leaves its foot below.
    // Through the dialog's own action, so that its tool bar shows what is chosen.
    if (auto *fitPage = findChild<QAction *>(QStringLiteral("fitPageAction"))) {
        fitPage->trigger();
    } else if (auto *preview = findChild<QPrintPreviewWidget *>()) {
        preview->setZoomMode(QPrintPreviewWidget::FitInView);
    }
}

void PrintPreview::paintPages(QPrinter *printer)
{
    try {
        if (m_view.store()) {
            TimelineExporter::paintPages(*m_view.store(), TimelineExporter::optionsOf(m_view),
                                         *printer);
        }
    } catch (const Error &error) {
        PlainMessage::critical(this, tr("Printing failed"), error.message());
    }
}

} // namespace entente
