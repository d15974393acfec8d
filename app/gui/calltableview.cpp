#include "calltableview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QProxyStyle>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleOptionHeader>
#include <QStyledItemDelegate>

namespace {

// Rows still loading are drawn in the palette's placeholder colour.
class PlaceholderDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(CallTableModel::LoadedRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        // A call that just arrived (Follow) stands out for a few seconds.
        if (index.data(CallTableModel::NewRole).toBool()) {
            QColor highlight = option->palette.color(QPalette::Highlight);
            highlight.setAlpha(60);
            option->backgroundBrush = highlight;
        }
    }
};

// What support staff read first, in the order they read it: when, who, to whom, how long and
// how it ended. These come first and must fit the table at the default window size.
const QList<CallField> essentialColumns{CallField::EndTime, CallField::FromNumber,
                                        CallField::ToNumber, CallField::CallDuration,
                                        CallField::HangupCauseName};
const QList<CallField> defaultColumns = essentialColumns
        + QList<CallField>{CallField::CallDirection, CallField::BillDuration,
                           CallField::HangupSource, CallField::TotalAmount};

// Fusion, like most Qt styles, draws an ascending sort as a downward arrow. People read the
// arrow as the direction in which values grow (GNOME, macOS, the web): swap them.
class SortArrowStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        if (element != PE_IndicatorHeaderArrow || !header
            || header->sortIndicator == QStyleOptionHeader::None) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        QStyleOptionHeader swapped = *header;
        swapped.sortIndicator = header->sortIndicator == QStyleOptionHeader::SortUp
                ? QStyleOptionHeader::SortDown
                : QStyleOptionHeader::SortUp;
        QProxyStyle::drawPrimitive(element, &swapped, painter, widget);
    }
};

} // namespace

CallTableView::CallTableView(CallTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegate(new PlaceholderDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto *arrowStyle = new SortArrowStyle;
    arrowStyle->setParent(horizontalHeader());
    horizontalHeader()->setStyle(arrowStyle);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(CallTableModel::columnOf(CallField::EndTime),
                                         Qt::DescendingOrder);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showColumnMenu(horizontalHeader()->mapToGlobal(pos)); });

    // While the scrollbar is dragged, ask only where it stops.
    m_visibleRowsTimer.setSingleShot(true);
    m_visibleRowsTimer.setInterval(30);
    connect(&m_visibleRowsTimer, &QTimer::timeout, this, &CallTableView::requestVisibleRows);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, &m_visibleRowsTimer,
            qOverload<>(&QTimer::start));
    connect(model, &CallTableModel::queryCounted, &m_visibleRowsTimer, qOverload<>(&QTimer::start));
    connect(model, &CallTableModel::layoutChanged, &m_visibleRowsTimer,
            qOverload<>(&QTimer::start));
    setDefaultColumns();

    // Follow: new calls arrive above. Someone reading further down keeps their place, and a
    // marker offers the way up.
    m_newCalls = new QPushButton(viewport());
    m_newCalls->setObjectName(QStringLiteral("newCallsMarker"));
    m_newCalls->hide();
    connect(m_newCalls, &QPushButton::clicked, this, [this] {
        scrollToTop();
        hideNewCalls();
    });
    connect(model, &CallTableModel::followedArrived, this, &CallTableView::showArrivals);
    connect(model, &CallTableModel::followedLeft, this, &CallTableView::keepPlaceAfterDrop);
    connect(model, &CallTableModel::modelReset, this, &CallTableView::hideNewCalls);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0)
            hideNewCalls();
    });
    m_fadeTimer.setSingleShot(true);
    m_fadeTimer.setInterval(int(CallTableModel::NewForMs) + 100);
    connect(&m_fadeTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
}

void CallTableView::showArrivals(int count)
{
    m_fadeTimer.start();
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() == 0)
        return; // at the top: the newest calls are what the person watches
    // The rows above grew by `count`: move down as much, so the same rows stay in view.
    const int step = verticalScrollMode() == QAbstractItemView::ScrollPerItem
            ? count
            : count * verticalHeader()->defaultSectionSize();
    bar->setValue(bar->value() + step);
    m_newAbove += count;
    m_newCalls->setText(tr("\u2191 %n new call(s)", nullptr, m_newAbove));
    m_newCalls->adjustSize();
    m_newCalls->move((viewport()->width() - m_newCalls->width()) / 2, 4);
    m_newCalls->show();
    m_newCalls->raise();
}

void CallTableView::keepPlaceAfterDrop(int firstRow, int count)
{
    // Rows above the ones being read left: move up as much, so the same rows stay in view.
    QScrollBar *bar = verticalScrollBar();
    const int perRow = verticalScrollMode() == QAbstractItemView::ScrollPerItem
            ? 1
            : verticalHeader()->defaultSectionSize();
    if (bar->value() / perRow > firstRow)
        bar->setValue(qMax(firstRow * perRow, bar->value() - count * perRow));
}

void CallTableView::hideNewCalls()
{
    m_newAbove = 0;
    m_newCalls->hide();
}

QString CallTableView::newCallsText() const
{
    return m_newCalls->isVisible() ? m_newCalls->text() : QString();
}

void CallTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_visibleRowsTimer.start();
}

void CallTableView::requestVisibleRows()
{
    if (m_model->rowCount() == 0)
        return;
    const int first = qMax(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->requestRows(first, last);
}

void CallTableView::setDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    for (CallField field : CallFields::all())
        header->setSectionHidden(CallTableModel::columnOf(field), !defaultColumns.contains(field));
    header->setSectionHidden(CallTableModel::LegColumn, false);
    for (int i = 0; i < defaultColumns.size(); ++i)
        header->moveSection(header->visualIndex(CallTableModel::columnOf(defaultColumns[i])), i);
    header->moveSection(header->visualIndex(CallTableModel::LegColumn),
                        int(essentialColumns.size()));
    // Widths from the text they hold, so the essential columns fit in every language and font.
    const QFontMetrics metrics(font());
    const auto fit = [&](int column, const QString &sample) {
        const QString title
                = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int arrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        header->resizeSection(column,
                              std::max(metrics.horizontalAdvance(sample),
                                       metrics.horizontalAdvance(title) + arrow)
                                      + 2 * CellPadding);
    };
    fit(CallTableModel::columnOf(CallField::EndTime), QStringLiteral("2026-12-31 23:59:59"));
    fit(CallTableModel::columnOf(CallField::FromNumber), QStringLiteral("+44 7700 900123"));
    fit(CallTableModel::columnOf(CallField::ToNumber), QStringLiteral("+44 7700 900123"));
    fit(CallTableModel::columnOf(CallField::CallDuration), QStringLiteral("10:00:00"));
    fit(CallTableModel::columnOf(CallField::HangupCauseName), QStringLiteral("Normal Hangup"));
    fit(CallTableModel::LegColumn, QStringLiteral("A-leg \u00b7 10 legs"));
}

int CallTableView::essentialWidth() const
{
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (CallField field : essentialColumns)
        width += horizontalHeader()->sectionSize(CallTableModel::columnOf(field));
    return width;
}

void CallTableView::showColumnMenu(const QPoint &globalPosition)
{
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    const auto addColumn = [&](int column) {
        QAction *action = menu.addAction(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    };
    for (CallField field : CallFields::all())
        addColumn(CallTableModel::columnOf(field));
    addColumn(CallTableModel::LegColumn);
    menu.addSeparator();
    connect(menu.addAction(tr("Restore default columns")), &QAction::triggered, this,
            &CallTableView::setDefaultColumns);
    menu.exec(globalPosition);
}

QString CallTableView::selectedRowsAsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    const auto cell = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ');
    };
    QStringList lines;
    QStringList titles;
    for (int column : columns)
        titles.append(
                cell(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    lines.append(titles.join(u'\t'));
    for (int row : rows) {
        QStringList cells;
        for (int column : columns)
            cells.append(cell(m_model->index(row, column).data().toString()));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

int CallTableView::copySelectedRows()
{
    const QString text = selectedRowsAsText();
    if (text.isEmpty())
        return 0;
    QGuiApplication::clipboard()->setText(text);
    return int(text.count(u'\n')) - 1;
}
