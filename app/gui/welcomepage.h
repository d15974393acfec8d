#pragma once

#include <QWidget>

// What a person sees before any account is open: what Callscope does, and the two ways in.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void connectAccountRequested();
    void demoRequested();
};
