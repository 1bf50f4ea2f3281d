#pragma once
// SecretService on the OS keychain through qtkeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). Create it on the thread that runs the event loop for
// the application's lifetime (the main thread); every qtkeychain job is created, started and
// finished there, one at a time, and nothing ever waits for one.
#include "secretservice.h"

#include <QCoreApplication>

namespace insights {

class Keychain final : public SecretService {
    Q_OBJECT
public:
    explicit Keychain(QString service = QStringLiteral("Insights"), QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    QString m_service;
};

} // namespace insights
