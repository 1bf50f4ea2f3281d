#pragma once
// Runs a task on Qt's thread pool and hands its result to a callback on `context`'s thread —
// unless `context` is gone by then (the watcher is its child and dies with it). For the service's
// short network questions (token tests, discovery) and file work (the sample data).
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace insights {

template<typename T, typename Task, typename Done>
void runOnPool(Task task, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        const T value = watcher->result();
        watcher->deleteLater();
        done(value);
    });
    watcher->setFuture(QtConcurrent::run(std::move(task)));
}

} // namespace insights
