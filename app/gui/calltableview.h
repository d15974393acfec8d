#pragma once

#include "models/calltablemodel.h"

#include <QTableView>

class QPushButton;
#include <QTimer>

// The table of calls: fixed row heights for a million rows, placeholders drawn as such, columns
// the person can show, hide and reorder, and the rows on screen reported to the model (after the
// scrollbar settles) so only their pages are fetched.
class CallTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CallTableView(CallTableModel *model, QWidget *parent = nullptr);

    // Room between a cell's text and its column's edges.
    static constexpr int CellPadding = 6;

    void setDefaultColumns();
    // The width that shows the essential columns (ended, from, to, duration, hangup cause)
    // without scrolling, in their default sizes.
    int essentialWidth() const;
    void showColumnMenu(const QPoint &globalPosition);
    // The selected rows, top to bottom, as tab-separated text under a header of the visible
    // columns in their visible order; copies it to the clipboard and returns how many rows.
    int copySelectedRows();
    QString selectedRowsAsText() const;
    // The "↑ 12 new calls" marker's text while it is shown; empty otherwise.
    QString newCallsText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void requestVisibleRows();
    void keepPlaceAfterDrop(int firstRow, int count);
    void showArrivals(int count);
    void hideNewCalls();

    CallTableModel *m_model;
    QTimer m_visibleRowsTimer;
    QPushButton *m_newCalls = nullptr;
    int m_newAbove = 0;
    QTimer m_fadeTimer;
};
