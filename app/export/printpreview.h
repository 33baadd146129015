// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPrintPreviewDialog>

class QPrinter;

namespace entente {

class TimelineView;

// File ▸ Print: a preview of what the view shows as a document (see TimelineExporter), opened
// at a useful size with the whole page in view, from which it is printed. Qt's own opens at
// its widgets' smallest size, a strip in which the page is a thumbnail.
class PrintPreview final : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    PrintPreview(QPrinter *printer, TimelineView &view, QWidget *parent = nullptr);

private:
    void paintPages(QPrinter *printer);

    TimelineView &m_view;
};

} // namespace entente
