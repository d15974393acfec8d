#include "archivecallsource.h"

#include "callarchive.h"

// Runs on the source's thread: opens the archive there (a connection belongs to its thread) and
// answers one request after another, skipping those of a superseded query.
class ArchiveWorker : public QObject
{
    Q_OBJECT

public:
    ArchiveWorker(const QString &location, std::shared_ptr<QAtomicInteger<quint64>> current,
                  std::shared_ptr<std::array<QAtomicInteger<quint64>, 2>> fetchEpochs)
        : m_location(location)
        , m_current(std::move(current))
        , m_fetchEpochs(std::move(fetchEpochs))
    { }

    void start(quint64 generation, const CallQuery &query)
    {
        if (!open(generation))
            return;
        m_query = query;
        if (generation != m_current->loadAcquire())
            return;
        QString error;
        const std::optional<qint64> total = ArchiveQuery(m_archive.get(), m_query).count(&error);
        if (generation != m_current->loadAcquire())
            return;
        m_total = total.value_or(0);
        if (total)
            emit counted(generation, *total);
        else
            emit failed(generation, -1, 0, ApiError::unavailable(sentence(error)));
    }

    void fetch(quint64 generation, int priority, quint64 epoch, qint64 first, int count)
    {
        if (generation != m_current->loadAcquire()
            || epoch != (*m_fetchEpochs)[size_t(priority)].loadAcquire() || !m_archive)
            return;
        QString error;
        const std::optional<QList<CallRecord>> calls
                = ArchiveQuery(m_archive.get(), m_query)
                          .calls(m_query.sortField, m_query.sortOrder, first, count, &error);
        if (generation != m_current->loadAcquire())
            return;
        if (calls) {
            emit rowsReady(generation, first, *calls);
            // Fewer than counted: the archive lost calls since (months dropped while browsing).
            const qint64 end = qMin(first + count, m_total);
            if (first + calls->size() < end)
                emit notReturned(generation, first + calls->size(),
                                 int(end - first - calls->size()));
        } else
            emit failed(generation, first, count, ApiError::unavailable(sentence(error)));
    }

    void aggregate(quint64 generation, const TimeBuckets &buckets)
    {
        if (generation != m_current->loadAcquire() || !m_archive)
            return;
        QString error;
        const std::optional<CallAggregates> counts
                = ArchiveQuery(m_archive.get(), m_query)
                          .aggregates(buckets.originSecond, buckets.widthSeconds, buckets.count,
                                      buckets.firstSecond, buckets.lastSecond, &error);
        if (generation != m_current->loadAcquire())
            return;
        if (counts)
            emit aggregated(generation, *counts);
        else
            emit failed(generation, -1, 0, ApiError::unavailable(sentence(error)));
    }

    void lookUp(const QUuid &callUuid)
    {
        if (!m_archive) {
            QString error;
            m_archive = CallArchive::open(m_location, &error);
            if (!m_archive) {
                emit lookedUp(callUuid, std::nullopt, ApiError::unavailable(error));
                return;
            }
        }
        const std::optional<CallRecord> call = m_archive->call(callUuid);
        emit lookedUp(
                callUuid, call,
                call ? ApiError()
                     : ApiError::notFound(ArchiveCallSource::tr("The archive holds no call %1.")
                                                  .arg(CallFields::uuidText(callUuid))));
    }

    void summarize()
    {
        if (!m_archive) {
            QString error;
            m_archive = CallArchive::open(m_location, &error);
            if (!m_archive) {
                emit summaryFailed(error);
                return;
            }
        }
        emit summaryReady(m_archive->summary(), m_archive->syncedRanges());
    }

    void close() { m_archive.reset(); }

signals:
    void summaryReady(const CallArchive::Summary &summary,
                      const QList<CallArchive::TimeRange> &synced);
    void summaryFailed(const QString &error);
    void counted(quint64 generation, qint64 total);
    void rowsReady(quint64 generation, qint64 first, const QList<CallRecord> &calls);
    void failed(quint64 generation, qint64 first, int count, const ApiError &error);
    void notReturned(quint64 generation, qint64 first, int count);
    void aggregated(quint64 generation, const CallAggregates &aggregates);
    void lookedUp(const QUuid &callUuid, const std::optional<CallRecord> &call,
                  const ApiError &error);

private:
    bool open(quint64 generation)
    {
        if (m_archive)
            return true;
        QString error;
        m_archive = CallArchive::open(m_location, &error);
        if (!m_archive)
            emit failed(generation, -1, 0, ApiError::unavailable(error));
        return m_archive != nullptr;
    }

    static QString sentence(const QString &error)
    {
        return ArchiveCallSource::tr("The archive could not answer: %1").arg(error);
    }

    QString m_location;
    std::shared_ptr<QAtomicInteger<quint64>> m_current;
    std::shared_ptr<std::array<QAtomicInteger<quint64>, 2>> m_fetchEpochs;
    std::unique_ptr<CallArchive> m_archive;
    CallQuery m_query;
    qint64 m_total = 0;
};

ArchiveCallSource::ArchiveCallSource(const QString &location, QObject *parent)
    : CallSource(parent)
    , m_current(std::make_shared<QAtomicInteger<quint64>>(0))
    , m_fetchEpochs(std::make_shared<std::array<QAtomicInteger<quint64>, 2>>())
{
    qRegisterMetaType<CallQuery>();
    qRegisterMetaType<QList<CallRecord>>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<CallArchive::Summary>();
    qRegisterMetaType<CallAggregates>();
    qRegisterMetaType<TimeBuckets>();
    qRegisterMetaType<std::optional<CallRecord>>();
    qRegisterMetaType<QList<CallArchive::TimeRange>>();
    m_worker = new ArchiveWorker(location, m_current, m_fetchEpochs);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: what the worker says arrives on this source's thread, then goes on if current.
    connect(m_worker, &ArchiveWorker::counted, this, [this](quint64 generation, qint64 total) {
        if (generation == m_generation)
            emit counted(generation, total);
    });
    connect(m_worker, &ArchiveWorker::rowsReady, this,
            [this](quint64 generation, qint64 first, const QList<CallRecord> &calls) {
                if (generation == m_generation)
                    emit rowsReady(generation, first, calls);
            });
    connect(m_worker, &ArchiveWorker::failed, this,
            [this](quint64 generation, qint64 first, int count, const ApiError &error) {
                if (generation == m_generation)
                    emit failed(generation, first, count, error);
            });
    connect(m_worker, &ArchiveWorker::notReturned, this,
            [this](quint64 generation, qint64 first, int count) {
                if (generation == m_generation)
                    emit notReturned(generation, first, count);
            });
    connect(m_worker, &ArchiveWorker::aggregated, this,
            [this](quint64 generation, const CallAggregates &aggregates) {
                if (generation == m_generation)
                    emit aggregated(generation, aggregates);
            });
    connect(m_worker, &ArchiveWorker::lookedUp, this, &ArchiveCallSource::lookedUp);
    connect(m_worker, &ArchiveWorker::summaryReady, this, &ArchiveCallSource::summaryReady);
    connect(m_worker, &ArchiveWorker::summaryFailed, this, &ArchiveCallSource::summaryFailed);
    m_thread.setObjectName(QStringLiteral("archive"));
    m_thread.start();
}

ArchiveCallSource::~ArchiveCallSource()
{
    m_current->storeRelease(0);
    QMetaObject::invokeMethod(m_worker, &ArchiveWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QStringList ArchiveCallSource::problems(const CallQuery &query) const
{
    QStringList sentences;
    const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    for (const CallFilter::Problem &problem :
         query.filter.validate(now, CallFilter::Answerer::Archive))
        sentences.append(problem.message);
    if (!query.filter.subaccount.isEmpty())
        sentences.append(tr("The archive cannot filter by subaccount: Plivo's call objects do not "
                            "say which subaccount a call belongs to."));
    return sentences;
}

quint64 ArchiveCallSource::start(const CallQuery &query)
{
    const quint64 generation = ++m_generation;
    m_current->storeRelease(generation);
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, generation, query] { worker->start(generation, query); });
    return generation;
}

bool ArchiveCallSource::requestAggregates(const TimeBuckets &buckets)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, buckets] {
        worker->aggregate(generation, buckets);
    });
    return true;
}

void ArchiveCallSource::lookUp(const QUuid &callUuid)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, callUuid] { worker->lookUp(callUuid); });
}

void ArchiveCallSource::requestSummary()
{
    QMetaObject::invokeMethod(m_worker, &ArchiveWorker::summarize);
}

static int epochIndex(RequestPriority priority)
{
    return priority == RequestPriority::Bulk ? 1 : 0;
}

void ArchiveCallSource::fetch(qint64 first, int count, RequestPriority priority)
{
    if (count <= 0)
        return;
    const quint64 generation = m_generation;
    const int index = epochIndex(priority);
    const quint64 epoch = (*m_fetchEpochs)[size_t(index)].loadAcquire();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, generation, index, epoch, first, count] {
                                  worker->fetch(generation, index, epoch, first, count);
                              });
}

void ArchiveCallSource::cancelFetches(RequestPriority priority)
{
    (*m_fetchEpochs)[size_t(epochIndex(priority))].fetchAndAddRelease(1);
}

#include "archivecallsource.moc"
