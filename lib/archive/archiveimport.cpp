#include "archiveimport.h"

#include "plivo/jsontext.h"
#include "plivo/pageparser.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

constexpr int RejectionsListed = 100;

// A header as the console and people write it: "Call UUID", "call uuid", "CallUUID" are one.
QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : header)
        if (!c.isSpace())
            key.append(c.toLower());
    return key;
}

// The console's columns (per Plivo's support article), by header key, as API field names.
const QHash<QString, QString> &consoleColumns()
{
    static const QHash<QString, QString> columns{
            {u"calluuid"_s, u"call_uuid"_s},
            {u"parentcalluuid"_s, u"parent_call_uuid"_s},
            {u"fromnumber"_s, u"from_number"_s},
            {u"tonumber"_s, u"to_number"_s},
            {u"calldirection"_s, u"call_direction"_s},
            {u"endtime"_s, u"end_time"_s},
            {u"initiationtime"_s, u"initiation_time"_s},
            {u"answertime"_s, u"answer_time"_s},
            {u"callduration"_s, u"call_duration"_s},
            {u"billedduration"_s, u"billed_duration"_s},
            {u"callrate"_s, u"total_rate"_s},
            {u"billedamount"_s, u"total_amount"_s},
            {u"hangupcause"_s, u"hangup_cause_name"_s},
            {u"hangupcausecode"_s, u"hangup_cause_code"_s},
            {u"hangupsource"_s, u"hangup_source"_s},
    };
    return columns;
}

// Splits one CSV record (RFC 4180: quotes, doubled quotes, line breaks inside quotes).
QStringList csvCells(const QString &record)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < record.size() && record.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells.append(cell);
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    cells.append(cell);
    return cells;
}

// Callscope's CSV guards cells a spreadsheet would run as formulas with a leading "'".
QString unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'') {
        const QChar next = cell.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t'
            || next == u'\r' || next == u'\n')
            return cell.mid(1);
    }
    return cell;
}

// The console writes times without an offset; they are taken as UTC.
QString consoleTime(const QString &text)
{
    static const QRegularExpression offset(u"[+-]\\d\\d:?\\d\\d$|Z$"_s);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || offset.match(trimmed).hasMatch())
        return trimmed;
    return trimmed + u"+00:00"_s;
}

class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveImport)

public:
    FileReader(QFile *file, const QString &path)
        : m_file(file)
        , m_path(path)
    { }

    // The next line without its line end; nullopt at the end or on an error (see error()).
    std::optional<QString> nextLine()
    {
        if (m_file->atEnd())
            return std::nullopt;
        QByteArray bytes = readLineUpTo(ArchiveImport::MaxLineBytes + 1);
        ++m_line;
        if (!bytes.endsWith('\n') && !m_file->atEnd()) {
            m_error = tr("%1:%2: the line is longer than %3 MB; this is not a call export, and "
                         "nothing was imported.")
                              .arg(m_path)
                              .arg(m_line)
                              .arg(ArchiveImport::MaxLineBytes >> 20);
            return std::nullopt;
        }
        if (bytes.contains('\0')) {
            m_error = tr("%1:%2: the file holds binary data; this is not a call export, and "
                         "nothing was imported.")
                              .arg(m_path)
                              .arg(m_line);
            return std::nullopt;
        }
        if (m_line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        // The line end is kept aside: inside a quoted CSV cell it is part of the value.
        qsizetype textEnd = bytes.size();
        while (textEnd > 0 && (bytes.at(textEnd - 1) == '\n' || bytes.at(textEnd - 1) == '\r'))
            --textEnd;
        m_lastEnding = QString::fromLatin1(bytes.sliced(textEnd));
        bytes.truncate(textEnd);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(bytes);
        if (decoder.hasError()) {
            m_error = tr("%1:%2: the text is not UTF-8; nothing was imported.")
                              .arg(m_path)
                              .arg(m_line);
            return std::nullopt;
        }
        m_lastBytes = bytes;
        return text;
    }

    // The next line with its end, or its first `limit` bytes when it is longer. In pieces: a
    // buffer of the limit's size for every line cost a megabyte's allocation each.
    QByteArray readLineUpTo(qsizetype limit)
    {
        constexpr qsizetype piece = 64 * 1024;
        QByteArray bytes;
        while (bytes.size() < limit) {
            const qsizetype held = bytes.size();
            const qsizetype room = qMin(piece, limit - held);
            bytes.resize(held + room + 1); // readLine() ends what it reads with a '\0'
            const qint64 read = m_file->readLine(bytes.data() + held, room + 1);
            bytes.resize(held + qMax<qint64>(0, read));
            if (read <= 0 || bytes.endsWith('\n'))
                break;
        }
        return bytes;
    }

    // A whole CSV record, which may span lines inside quotes.
    std::optional<QString> nextRecord(qint64 *firstLine)
    {
        std::optional<QString> record = nextLine();
        *firstLine = m_line;
        while (record && record->count(u'"') % 2 == 1) {
            const QString ending = m_lastEnding;
            const std::optional<QString> more = nextLine();
            if (!more) {
                if (m_error.isEmpty())
                    m_error = tr("%1:%2: a quoted cell is never closed; nothing was imported.")
                                      .arg(m_path)
                                      .arg(*firstLine);
                return std::nullopt;
            }
            if (record->size() + more->size() > ArchiveImport::MaxLineBytes) {
                m_error = tr("%1:%2: the record is longer than %3 MB; nothing was imported.")
                                  .arg(m_path)
                                  .arg(*firstLine)
                                  .arg(ArchiveImport::MaxLineBytes >> 20);
                return std::nullopt;
            }
            *record += ending + *more;
        }
        return record;
    }

    QByteArray lastBytes() const { return m_lastBytes; }
    qint64 line() const { return m_line; }
    QString error() const { return m_error; }

private:
    QFile *m_file;
    QString m_path;
    qint64 m_line = 0;
    QByteArray m_lastBytes;
    QString m_lastEnding;
    QString m_error;
};

// One batch of calls read and prepared, with the origin they are stored under.
struct Batch
{
    QList<CallArchive::PreparedCall> calls;
    CallArchive::Origin origin = CallArchive::Origin::Api;
};

// Hands batches from the reading thread to the storing one. At most two wait, so a file larger
// than memory streams through. Stored batches go back to be freed where they were made: freeing
// another thread's memory held up the storing thread for a sixth of its time.
class BatchQueue
{
public:
    // False once the storing side has stopped: reading is then pointless.
    bool push(Batch batch)
    {
        std::deque<Batch> spent; // freed on return, outside the lock
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < 2 || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        spent.swap(m_spent);
        lock.unlock();
        m_changed.notify_all();
        return true;
    }
    // The next batch; nullopt once reading has finished and every batch was taken.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }
    void giveBack(Batch batch)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }
    void stop()
    {
        std::deque<Batch> waiting;
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
            waiting.swap(m_batches);
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_spent; // stored, to be freed by the reading thread
    bool m_finished = false;
    bool m_stopped = false;
};

// Reads a file's calls on a thread of its own: decoding, parsing and preparing a batch take
// about as long as storing one, so the two overlap (see tests/bench/RESULTS.md, import).
class CallReading
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveImport)

public:
    struct Outcome
    {
        ArchiveImport::Format format = ArchiveImport::Format::Unknown;
        qint64 rejected = 0;
        QStringList rejections; // the first RejectionsListed
        QString error; // the file is refused as a whole
    };

    CallReading(QFile *file, const QString &path, BatchQueue *queue)
        : m_reader(file, path)
        , m_path(path)
        , m_queue(queue)
    { }

    // Reads the whole file, or up to its first fault or until the storing side stops.
    void run()
    {
        read();
        if (m_outcome.error.isEmpty() && !m_calls.isEmpty())
            pushBatch();
        m_queue->finish();
    }
    const Outcome &outcome() const { return m_outcome; }

private:
    void read();
    void fail(const QString &why) { m_outcome.error = why; }
    void reject(qint64 line, const QString &reason)
    {
        ++m_outcome.rejected;
        if (m_outcome.rejections.size() < RejectionsListed)
            m_outcome.rejections.append(u"%1:%2: %3"_s.arg(m_path).arg(line).arg(reason));
    }
    // False when storing has stopped.
    bool accept(CallRecord record, qint64 line)
    {
        if (record.callUuid.isNull()) {
            reject(line, tr("no readable call UUID"));
            return true;
        }
        m_calls.append(CallArchive::prepare(std::move(record)));
        return m_calls.size() < ArchiveImport::BatchSize || pushBatch();
    }
    bool pushBatch()
    {
        Batch full{std::exchange(m_calls, {}), m_origin};
        m_calls.reserve(ArchiveImport::BatchSize);
        return m_queue->push(std::move(full));
    }

    FileReader m_reader;
    QString m_path;
    BatchQueue *m_queue;
    Outcome m_outcome;
    CallArchive::Origin m_origin = CallArchive::Origin::Api;
    QList<CallArchive::PreparedCall> m_calls;
};

void CallReading::read()
{
    qint64 headerLine = 0;
    std::optional<QString> first;
    do {
        first = m_reader.nextLine();
        headerLine = m_reader.line();
    } while (first && first->trimmed().isEmpty());
    if (!first)
        return fail(m_reader.error().isEmpty() ? tr("%1 is empty.").arg(m_path) : m_reader.error());

    if (first->trimmed().startsWith(u'{')) {
        m_outcome.format = ArchiveImport::Format::JsonLines;
        m_origin = CallArchive::Origin::Api;
        std::optional<QString> line = first;
        qint64 number = headerLine;
        while (line) {
            if (!line->trimmed().isEmpty()) {
                const QByteArray bytes = m_reader.lastBytes();
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
                if (!document.isObject()) {
                    reject(number,
                           parseError.error != QJsonParseError::NoError
                                   ? tr("not JSON: %1").arg(parseError.errorString())
                                   : tr("not a call object"));
                } else {
                    CallRecord record = PageParser::parseRecord(document.object());
                    record.sentJson = JsonText::compact(bytes);
                    if (!accept(std::move(record), number))
                        return;
                }
            }
            line = m_reader.nextLine();
            number = m_reader.line();
        }
    } else {
        const QStringList header = csvCells(*first);
        QStringList keys;
        for (const QString &cell : header)
            keys.append(headerKey(cell));
        if (keys.contains(u"call_uuid"_s)) {
            m_outcome.format = ArchiveImport::Format::CallscopeCsv;
            m_origin = CallArchive::Origin::CallscopeCsv;
        } else if (keys.contains(u"calluuid"_s)) {
            m_outcome.format = ArchiveImport::Format::ConsoleCsv;
            m_origin = CallArchive::Origin::ConsoleCsv;
        } else {
            return fail(tr("%1:%2: this is not the header of a Callscope or Plivo console CSV "
                           "export (there is no call UUID column); nothing was imported.")
                                .arg(m_path)
                                .arg(headerLine));
        }
        qint64 number = 0;
        while (const std::optional<QString> row = m_reader.nextRecord(&number)) {
            if (row->isEmpty())
                continue;
            const QStringList cells = csvCells(*row);
            if (cells.size() != header.size())
                return fail(tr("%1:%2: %3 cells where the header has %4; the file is not "
                               "a whole CSV export, and nothing was imported.")
                                    .arg(m_path)
                                    .arg(number)
                                    .arg(cells.size())
                                    .arg(header.size()));
            QJsonObject object;
            bool readable = true;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (m_outcome.format == ArchiveImport::Format::CallscopeCsv) {
                    const QString value = unguarded(cells.at(i));
                    if (keys.at(i) == u"unknown_fields") {
                        if (value.isEmpty())
                            continue;
                        const QJsonDocument extra = QJsonDocument::fromJson(value.toUtf8());
                        if (!extra.isObject()) {
                            reject(number, tr("the unknown_fields cell is not a JSON object"));
                            readable = false;
                            break;
                        }
                        const QJsonObject fields = extra.object();
                        for (auto it = fields.begin(); it != fields.end(); ++it)
                            object.insert(it.key(), it.value());
                        continue;
                    }
                    object.insert(header.at(i).trimmed(),
                                  value.isEmpty() ? QJsonValue() : QJsonValue(value));
                    continue;
                }
                // Console CSV.
                const QString name = consoleColumns().value(keys.at(i));
                QString value = cells.at(i).trimmed();
                if (name.isEmpty()) {
                    object.insert(header.at(i).trimmed(), value); // kept as an unknown field
                    continue;
                }
                if (name.endsWith(u"_time"))
                    value = consoleTime(value);
                else if (name == u"call_direction")
                    value = value.toLower();
                else if (name == u"total_rate" || name == u"total_amount")
                    value.remove(u'$');
                object.insert(name, value.isEmpty() ? QJsonValue() : QJsonValue(value));
            }
            if (!readable)
                continue;
            CallRecord record = PageParser::parseRecord(object);
            if (!record.callUuid.isNull() && !record.endTime && object.contains(u"end_time"_s)
                && !object.value(u"end_time"_s).isNull()) {
                reject(number,
                       tr("the end time “%1” cannot be read")
                               .arg(object.value(u"end_time"_s).toString()));
                continue;
            }
            if (!accept(std::move(record), number))
                return;
        }
    }
    if (!m_reader.error().isEmpty())
        fail(m_reader.error());
}

} // namespace

QString ArchiveImport::formatName(Format format)
{
    switch (format) {
    case Format::JsonLines:
        return tr("Callscope JSON Lines");
    case Format::CallscopeCsv:
        return tr("Callscope CSV");
    case Format::ConsoleCsv:
        return tr("Plivo console CSV");
    case Format::Unknown:
        break;
    }
    return tr("unknown format");
}

ArchiveImport::Result ArchiveImport::importFile(CallArchive *archive, const QString &path)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 could not be read: %2").arg(path, file.errorString());
        return result;
    }
    QString error;
    if (!archive->beginWrite(&error)) {
        result.error = error;
        return result;
    }
    // The file is read on another thread while this one stores; the archive's connection
    // belongs to this thread. The file is the reading thread's alone until it has finished.
    BatchQueue queue;
    CallReading reading(&file, path, &queue);
    std::thread readingThread([&reading] { reading.run(); });
    bool stored = true;
    while (std::optional<Batch> batch = queue.pop()) {
        CallArchive::StoreCounts counts;
        if (!archive->storeMore(batch->calls, batch->origin, &counts, &error)) {
            stored = false;
            queue.stop();
            break;
        }
        result.imported += counts.inserted;
        result.alreadyPresent += counts.updated + counts.keptRicher;
        queue.giveBack(std::move(*batch));
    }
    readingThread.join();

    const CallReading::Outcome &read = reading.outcome();
    if (!read.error.isEmpty() || !stored) {
        archive->abortWrite();
        result.imported = result.alreadyPresent = 0;
        result.error = stored ? read.error : error;
        return result;
    }
    if (!archive->commitWrite(&error)) {
        result.error = error;
        result.imported = result.alreadyPresent = 0;
        return result;
    }
    result.format = read.format;
    result.formatName = formatName(result.format);
    result.rejected = read.rejected;
    result.rejections = read.rejections;
    return result;
}
