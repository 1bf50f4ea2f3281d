// Several subjects on one page (PageRequest::subjects): each chart of the page draws one line per
// subject — its main measure, or for stacked areas their total — in its own colour, a card per
// subject shows the page's first figure (ten rows of every card would push the charts out of
// sight), and a "Comparison" table puts every subject's figures side by side.
// Each subject's data is the page's own for that subject (the builders with chartsOnly), so a
// compared line and the subject's own page never disagree.
#include "dashboarddata.h"

namespace insights {

namespace {

const ChartData *chartById(const PageData &data, const QString &id)
{
    for (const ChartData &chart : data.charts)
        if (chart.id == id)
            return &chart;
    return nullptr;
}

// A chart's one line for the comparison: the stacked layers added up, else its first series on
// the left axis (the measure the chart is about: views, not unique visitors).
SeriesData mainLine(const ChartData &chart, const QString &name)
{
    SeriesData line;
    line.name = name;
    if (chart.kind == ChartData::Kind::StackedAreas) {
        line.values = DailyValues(chart.range.days(), std::nullopt);
        for (const SeriesData &s : chart.series)
            for (qsizetype i = 0; i < line.values.size(); ++i)
                if (const auto v = s.values.value(i))
                    line.values[i] = line.values[i].value_or(0) + *v;
        return line;
    }
    for (const SeriesData &s : chart.series)
        if (s.axis == 0) {
            line.values = s.values;
            line.cumulative = s.cumulative;
            return line;
        }
    return line;
}

// Each series already starts on its subject's first day: pad them to the longest and let the
// chart count days instead of dates. Markers belong to dates, which no longer line up.
void alignToStart(ChartData &chart)
{
    qsizetype days = 1;
    for (const SeriesData &s : chart.series)
        days = std::max(days, s.values.size());
    for (SeriesData &s : chart.series)
        while (s.values.size() < days)
            s.values.append(std::nullopt);
    const QDate standIn(2000, 1, 1);
    chart.range = {standIn, standIn.addDays(days - 1)};
    chart.annotations.clear();
    chart.daysSinceStart = true;
}

} // namespace

bool alignable(const QString &page)
{
    return page == QLatin1String("stars") || page == QLatin1String("pypi");
}

Result<PageData> buildComparison(QSqlDatabase &db, const PageRequest &request)
{
    const bool align = request.alignByStart && alignable(request.page);
    QList<PageData> each;
    for (const QString &subject : request.subjects) {
        PageRequest one = request;
        one.subjects.clear();
        one.subject = subject;
        one.compare = false; // one line per subject: a previous period of each would double the lines
        one.chartsOnly = true;
        one.alignByStart = false;
        if (align) { // from the subject's own first day to the range's end
            auto first = DashboardData::firstDay(db, request.page, subject);
            if (!first)
                return first.error();
            if (first->isValid() && *first <= request.range.to)
                one.range.from = *first;
            one.allTime = false;
        }
        auto data = DashboardData::load(db, one);
        if (!data)
            return data.error();
        each.append(*data);
    }
    PageData out;
    if (each.isEmpty())
        return out;
    const PageData &first = each.first();
    for (const ChartData &model : first.charts) {
        ChartData merged = model;
        merged.kind = ChartData::Kind::Lines;
        merged.series.clear();
        merged.gaps.clear();
        merged.annotations.clear();
        merged.rightUnit.clear();
        merged.subject = request.subjects.join(QStringLiteral(", "));
        // The chart now shows one measure: its title says which.
        if (model.kind == ChartData::Kind::StackedAreas)
            merged.title = DashboardData::tr("%1, total").arg(model.title);
        else if (const auto main = std::find_if(model.series.begin(), model.series.end(), [](const SeriesData &s) { return s.axis == 0; });
                 main != model.series.end())
            merged.title = main->name;
        for (qsizetype i = 0; i < each.size(); ++i) {
            const ChartData *chart = chartById(each[i], model.id);
            if (!chart)
                continue;
            merged.series.append(mainLine(*chart, request.subjects[i]));
            for (const Annotation &a : chart->annotations) // releases name their repository; notes come with load()
                if (a.kind == Annotation::Kind::Release)
                    merged.annotations.append(a);
        }
        if (align)
            alignToStart(merged);
        out.charts.append(merged);
    }

    TableData table{QStringLiteral("comparison"), DashboardData::tr("Comparison"), {DashboardData::tr("Subject")}, {}, false, {}, -1, {}};
    for (const CardData &card : first.cards)
        table.headers.append(card.unit.isEmpty() ? card.label : QStringLiteral("%1 (%2)").arg(card.label, card.unit));
    bool anything = false;
    for (qsizetype i = 0; i < each.size(); ++i) {
        QVariantList row{request.subjects[i]};
        for (const CardData &model : first.cards) {
            QVariant value;
            for (CardData card : each[i].cards)
                if (card.label == model.label) {
                    if (card.value)
                        value = *card.value;
                    if (&model != &first.cards.first())
                        continue;
                    card.label = QStringLiteral("%1 — %2").arg(card.label, request.subjects[i]);
                    card.page = request.page;
                    card.subject = request.subjects[i];
                    out.cards.append(card);
                }
            row.append(value);
        }
        table.rows.append(row);
        anything = anything || each[i].empty.isEmpty();
    }
    out.tables.append(table);
    if (!anything)
        out.empty = first.empty;
    return out;
}

} // namespace insights
