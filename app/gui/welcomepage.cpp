#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(tr("Welcome to Callscope"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text = new QLabel(tr("Find out what happened to any call of a Plivo account: filter, "
                               "scroll through every call, read why each one ended."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    // What an account gets beyond browsing, so that a newcomer knows it is there.
    auto *more = new QLabel(tr("Keep its calls past Plivo's 90 days in an archive of your own, "
                               "follow calls as they end, be told when a watch rule fires, and "
                               "send a teammate a link to a call."),
                            this);
    more->setObjectName(QStringLiteral("welcomeMore"));
    more->setWordWrap(true);
    more->setAlignment(Qt::AlignCenter);
    more->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(more);
    layout->addSpacing(more->fontMetrics().height() / 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *connectButton = new QPushButton(tr("Connect a Plivo account\u2026"), this);
    auto *demoButton = new QPushButton(tr("Open the demo account"), this);
    demoButton->setToolTip(tr("A synthetic account served on this computer: nothing leaves it."));
    buttons->addWidget(connectButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectAccountRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}
