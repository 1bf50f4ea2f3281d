#pragma once
// Errors as values: every fallible operation in core returns Result<T>. The message is written
// for the user (what failed, for which source and subject, and what to do about it).
#include <QDateTime>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace insights {

struct Error {
    QString message;
    // Optional machine-readable kind, so callers can branch without parsing the message.
    // NoCredential: a source needs a token or key that is not configured at all (not a rejected
    // one, which is Auth); a run of every source skips such a source instead of failing.
    enum class Kind { Generic, Network, Timeout, Http, Auth, Permission, RateLimited, Parse, Storage, Config, Cancelled,
                      NoCredential };
    Kind kind = Kind::Generic;
    int httpStatus = 0;
    QDateTime retryAt; // RateLimited: when asking again can succeed (invalid when unknown)
};

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const { return value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

struct Ok {};
using Status = Result<Ok>;

inline Error makeError(QString message, Error::Kind kind = Error::Kind::Generic, int httpStatus = 0)
{
    Error error;
    error.message = std::move(message);
    error.kind = kind;
    error.httpStatus = httpStatus;
    return error;
}

} // namespace insights
