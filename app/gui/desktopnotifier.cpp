#include "desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(Service, Path, Interface, u"ActionInvoked"_s, this,
                    SLOT(handleActionInvoked(uint, QString)));
    }
}

DesktopNotifier::~DesktopNotifier()
{
    delete m_tray;
}

void DesktopNotifier::notify(const QString &summary, const QString &body, int key)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        notifyFromTray(summary, body, key);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, u"io.github.callscope.Callscope"_s},
                            {u"urgency"_s, QVariant::fromValue(uchar(1))}};
    call << QCoreApplication::applicationName() << uint(0) << u"io.github.callscope.Callscope"_s
         << summary << body << QStringList{u"default"_s, tr("Open calls")} << hints << int(-1);
    // Asynchronous: a slow or stuck notification server never holds up the window.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body, key] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) { // no notification server on this bus
            notifyFromTray(summary, body, key);
            return;
        }
        m_keys.insert(reply.value(), key);
        emit shown(true);
    });
}

void DesktopNotifier::handleActionInvoked(uint id, const QString &action)
{
    const auto key = m_keys.constFind(id);
    if (key == m_keys.constEnd() || action != u"default")
        return;
    emit activated(*key);
}

void DesktopNotifier::notifyFromTray(const QString &summary, const QString &body, int key)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        emit shown(false);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon());
        m_tray->setToolTip(QCoreApplication::applicationName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_trayKey >= 0)
                emit activated(m_trayKey);
        });
        m_tray->show();
    }
    m_trayKey = key;
    m_tray->showMessage(summary, body, QSystemTrayIcon::Warning);
    emit shown(true);
}
