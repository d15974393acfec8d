#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

// Tells the person something while they look elsewhere: a freedesktop notification (with an
// "Open calls" action) where a notification server answers on the session bus, else a message
// from the tray icon where there is a tray. Clicking either reports the notification's key.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows `summary` and `body`; `key` comes back through activated() if the person clicks it.
    void notify(const QString &summary, const QString &body, int key);

signals:
    void activated(int key);
    // How the last notification was shown, for the status bar: false when nothing could show
    // it (no notification server and no tray).
    void shown(bool shown);

private slots:
    void handleActionInvoked(uint id, const QString &action);

private:
    void notifyFromTray(const QString &summary, const QString &body, int key);

    QHash<uint, int> m_keys; // notification id → key
    QPointer<QSystemTrayIcon> m_tray;
    int m_trayKey = -1;
};
