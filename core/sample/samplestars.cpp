// The sample's stargazers: every star with a profile, given at increasing times so that
// star_number (1 = first) follows starred_at as the collector numbers it, and what the collector
// derives from the stars — stars_daily and the timeline's star days — made by its own code.
#include "collectors/github/stardaily.h"
#include "collectors/github/starderived.h"
#include "collectors/github/starledger.h"
#include "samplemath.h"
#include "sampleparts.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlutil.h"

#include <QJsonObject>
#include <cmath>

namespace insights::sample {

namespace {

const QStringList kFirst = QStringLiteral(
    "Anna Ben Chen Dana Emil Fatima Gustav Hana Ivan Jonas Kenji Lena Mateo Nadia Omar Priya Quentin Rosa Sven Tomas "
    "Uma Victor Wei Ximena Yusuf Zoe Aiko Bruno Carla Diego Elif Farid Greta Hugo Ines Jamal Kofi Lucia Mikko Noor")
                                 .split(u' ');
const QStringList kLast = QStringLiteral(
    "Schmidt Nguyen Garcia Kowalski Rossi Tanaka Silva Novak Dubois Haddad Jensen Kim Okafor Patel Ivanova Larsen "
    "Moreau Cohen Yilmaz Fischer Santos Mehta Berg Costa Sato Weber Ali Horvat Lind Wang Brown Meyer Popescu Chen "
    "Laine Ortiz Nakamura Varga Keller Murphy")
                                .split(u' ');
const QStringList kLocations = {QStringLiteral("Berlin, Germany"), QStringLiteral("San Francisco, CA"), QStringLiteral("London"),
                                QStringLiteral("Bangalore, India"), QStringLiteral("Paris, France"), QStringLiteral("Tokyo"),
                                QStringLiteral("São Paulo, Brazil"), QStringLiteral("Toronto"), QStringLiteral("Shanghai, China"),
                                QStringLiteral("Seattle, WA"), QStringLiteral("Munich"), {}, {}};
const QStringList kCompanies = {QStringLiteral("@microsoft"), QStringLiteral("Google"), QStringLiteral("@redhat"),
                                QStringLiteral("Freelance"), QStringLiteral("KDE"), QStringLiteral("@canonical"), {}, {}, {}};
const QStringList kBios = {QStringLiteral("Open source enthusiast"), QStringLiteral("C++ and Qt developer"),
                           QStringLiteral("Data engineer. Python, SQL."), QStringLiteral("Maintainer of small tools"), {}, {}, {}};

QJsonValue textOrNull(const QStringList &list, quint32 seed)
{
    const QString &text = list.at(qsizetype(seed % quint32(list.size())));
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Heavy-tailed counts (followers, repositories): most people have a few, some many.
double skewed(quint32 number, quint32 seed, double scale)
{
    return std::floor(std::exp(noise(number, seed) * std::log(scale + 1)) - 1);
}

MetricRow star(const QString &repo, int number, const QDateTime &at)
{
    // A bijection of 1,600 name pairs, repeated with a suffix: every login is unique.
    const int pair = int((quint32(number) * 7919u) % 1600u);
    const QString first = kFirst.at(pair % 40), last = kLast.at(pair / 40);
    const int round = number / 1600;
    const QString login = (first + last).toLower() + (round ? QString::number(round) : QString());
    const auto n = quint32(number);
    // GitHub opened in April 2008; accounts are created before the star.
    const QDateTime opened(QDate(2008, 4, 10), QTime(0, 0), Qt::UTC);
    QDateTime created = at.addSecs(-qint64(std::pow(noise(n, 4), 2) * 5000 * 86400) - 3600);
    if (created < opened)
        created = opened.addSecs(qint64(hash(n, 5) % 86400));
    MetricRow r = MetricRow::make("new_star", repo, at.date(), Period::Event, 1, login);
    r.metadata = {{QStringLiteral("username"), login},
                  {QStringLiteral("name"), hash(n, 6) % 5 == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QString(first + u' ' + last))},
                  {QStringLiteral("location"), textOrNull(kLocations, hash(n, 1))},
                  {QStringLiteral("company"), textOrNull(kCompanies, hash(n, 2))},
                  {QStringLiteral("bio"), textOrNull(kBios, hash(n, 7))},
                  {QStringLiteral("email"), QJsonValue(QJsonValue::Null)}, // the sample's token may not read e-mail
                  {QStringLiteral("blog"), hash(n, 8) % 4 == 0 ? QJsonValue(QStringLiteral("https://%1.dev").arg(login))
                                                                : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("followers"), skewed(n, 3, 3000)},
                  {QStringLiteral("following"), skewed(n, 11, 400)},
                  {QStringLiteral("public_repos"), skewed(n, 12, 250)},
                  {QStringLiteral("stars_given"), skewed(n, 13, 4000)},
                  {QStringLiteral("account_created_at"), isoUtc(created)},
                  {QStringLiteral("account_age_days"), double(std::max<qint64>(0, created.daysTo(at)))},
                  {QStringLiteral("github_pro"), QJsonValue(QJsonValue::Null)}, // no API tells
                  {QStringLiteral("starred_at"), isoUtc(at)},
                  {QStringLiteral("star_number"), number}};
    r.overwrite = false;
    return r;
}

// What the stars collector derives after each write, here once for all stars.
Status derive(Writer &w, const QString &repo)
{
    QSqlDatabase &db = w.db().handle();
    ScopedTransaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    MetricStore store(db);
    Batch state;
    state.state.append({QString::fromLatin1(StarLedger::kSource), repo, QString::fromLatin1(stars::kDailySource), QStringLiteral("list")});
    if (auto written = store.write(state, w.now()); !written)
        return written.error();
    if (auto st = stars::refreshDerived(db, store, repo, w.now()); !st)
        return st;
    if (auto st = stars::refreshDailyFromList(db, store, repo, w.now()); !st)
        return st;
    return tx.commit();
}

} // namespace

Status writeStars(Writer &w, const Calendar &calendar)
{
    const QString repo = DatasetGenerator::repository();
    int number = 0;
    for (int i = 0; i < calendar.days(); ++i) {
        const qint64 n = calendar.stars(i);
        if (n == 0)
            continue;
        // Each star in its own slot of the day, so times increase with the number.
        const qint64 slot = std::max<qint64>(1, 86'400 / n);
        const QDateTime midnight = calendar.day(i).startOfDay(Qt::UTC);
        for (qint64 k = 0; k < n; ++k) {
            ++number;
            const qint64 second = k * slot + qint64(noise(quint32(number), 14) * double(slot));
            if (auto st = w.row(star(repo, number, midnight.addSecs(std::min<qint64>(second, 86'399)))); !st)
                return st;
        }
    }
    if (auto st = w.flush(true); !st)
        return st;
    return derive(w, repo);
}

} // namespace insights::sample
