// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pictureexport.h"
#include "scorecardpainter.h"

#include <QWidget>

#include <memory>

class QAction;

namespace entente {

class ScorecardLayout;
struct ScorecardData;

// The agreement scorecard: provisions as rows, time as columns, each row a band shaded by its
// implementation level, with the linked events as marks and the deadline as a tick; a
// summary row per topic and one for all. Painted by ScorecardPainter, as the exports are.
// Hover says what is under the pointer; a click on a mark, or Enter on the mark the arrows
// moved to, activates its event. Export… (the context menu) writes PNG, SVG or PDF.
class ScorecardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardView)

public:
    explicit ScorecardView(QWidget *parent = nullptr);
    ~ScorecardView() override;

    // Shows this agreement's scorecard; nothing: a hint to choose one.
    void setData(std::unique_ptr<ScorecardData> data);
    const ScorecardData *data() const { return m_data.get(); }
    const ScorecardLayout *scorecard() const { return m_layout.get(); }
    // Where things are drawn at the widget's width.
    ScorecardPainter drawing() const;
    ScorecardPainter::MarkIndex focusedMark() const { return m_focus; }

    // The scorecard as one sheet, at least as wide as a page.
    PictureExport::Picture picture() const;
    // Throws Error naming the file when it cannot be written.
    void exportTo(const QString &path) const;
    QAction *exportAction() const { return m_export; }

signals:
    void eventActivated(qint64 eventId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void exportWithDialog();
    void showTip(const QPoint &at);
    // Left and Right along a row's marks; Up and Down to the nearest mark in time in the
    // next row with marks.
    void moveAlongRow(int step);
    void moveAcrossRows(int step);
    void setFocusedMark(ScorecardPainter::MarkIndex index);
    void activate(ScorecardPainter::MarkIndex index);

    std::unique_ptr<ScorecardData> m_data;
    std::unique_ptr<ScorecardLayout> m_layout;
    ScorecardPainter::MarkIndex m_focus;
    QAction *m_export;
};

} // namespace entente
