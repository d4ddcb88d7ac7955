#include "leadquery.h"

#include "timestamps.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace anchor::storage {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

struct ColumnName
{
    LeadColumn column;
    const char16_t *key;
};

constexpr ColumnName kColumnNames[] = {
    {LeadColumn::StartedAt, u"date"},     {LeadColumn::CallerName, u"caller"},
    {LeadColumn::Number, u"number"},      {LeadColumn::Client, u"client"},
    {LeadColumn::Category, u"category"},  {LeadColumn::Stars, u"stars"},
    {LeadColumn::Duration, u"duration"},  {LeadColumn::CallerType, u"caller_type"},
    {LeadColumn::Tags, u"tags"},          {LeadColumn::Stage, u"stage"},
    {LeadColumn::Source, u"source"},
};

} // namespace

QJsonObject LeadFilter::toJson() const
{
    QJsonObject json;
    if (!text.isEmpty()) json.insert(QStringLiteral("text"), text);
    if (!clientIds.isEmpty()) json.insert(QStringLiteral("clients"), toArray(clientIds));
    if (!categories.isEmpty()) json.insert(QStringLiteral("categories"), toArray(categories));
    if (!callerTypes.isEmpty()) json.insert(QStringLiteral("callerTypes"), toArray(callerTypes));
    if (!tagIds.isEmpty()) json.insert(QStringLiteral("tags"), toArray(tagIds));
    if (!stageIds.isEmpty()) json.insert(QStringLiteral("stages"), toArray(stageIds));
    if (!sources.isEmpty()) json.insert(QStringLiteral("sources"), toArray(sources));
    if (minStars > 0) json.insert(QStringLiteral("minStars"), minStars);
    if (maxStars > 0) json.insert(QStringLiteral("maxStars"), maxStars);
    if (from.isValid()) json.insert(QStringLiteral("from"), toDbTimestamp(from));
    if (to.isValid()) json.insert(QStringLiteral("to"), toDbTimestamp(to));
    return json;
}

LeadFilter LeadFilter::fromJson(const QJsonObject &json)
{
    LeadFilter filter;
    filter.text = json.value(QStringLiteral("text")).toString();
    filter.clientIds = fromArray(json.value(QStringLiteral("clients")));
    filter.categories = fromArray(json.value(QStringLiteral("categories")));
    filter.callerTypes = fromArray(json.value(QStringLiteral("callerTypes")));
    filter.tagIds = fromArray(json.value(QStringLiteral("tags")));
    filter.stageIds = fromArray(json.value(QStringLiteral("stages")));
    filter.sources = fromArray(json.value(QStringLiteral("sources")));
    filter.minStars = qBound(0, json.value(QStringLiteral("minStars")).toInt(), 5);
    filter.maxStars = qBound(0, json.value(QStringLiteral("maxStars")).toInt(), 5);
    if (json.contains(QStringLiteral("from")))
        filter.from = fromDbTimestamp(json.value(QStringLiteral("from")).toString());
    if (json.contains(QStringLiteral("to")))
        filter.to = fromDbTimestamp(json.value(QStringLiteral("to")).toString());
    return filter;
}

QString LeadColumns::key(LeadColumn column)
{
    for (const auto &entry : kColumnNames) {
        if (entry.column == column)
            return QString::fromUtf16(entry.key);
    }
    return {};
}

std::optional<LeadColumn> LeadColumns::fromKey(const QString &key)
{
    for (const auto &entry : kColumnNames) {
        if (key.compare(QString::fromUtf16(entry.key), Qt::CaseInsensitive) == 0)
            return entry.column;
    }
    return std::nullopt;
}

QStringList LeadColumns::keys()
{
    QStringList list;
    for (const auto &entry : kColumnNames)
        list.append(QString::fromUtf16(entry.key));
    return list;
}

QString LeadColumns::title(LeadColumn column)
{
    switch (column) {
    case LeadColumn::StartedAt: return tr("Date");
    case LeadColumn::CallerName: return tr("Caller");
    case LeadColumn::Number: return tr("Number");
    case LeadColumn::Client: return tr("Client");
    case LeadColumn::Category: return tr("Category");
    case LeadColumn::Stars: return tr("Stars");
    case LeadColumn::Duration: return tr("Duration");
    case LeadColumn::CallerType: return tr("Caller type");
    case LeadColumn::Tags: return tr("Tags");
    case LeadColumn::Stage: return tr("Stage");
    case LeadColumn::Source: return tr("Source");
    case LeadColumn::Count: break;
    }
    return {};
}

std::optional<LeadSort> LeadColumns::parseSort(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    const auto column = fromKey(parts.first().trimmed());
    if (!column)
        return std::nullopt;
    LeadSort sort{*column, Qt::AscendingOrder};
    if (parts.size() == 2) {
        const QString direction = parts.at(1).trimmed().toLower();
        if (direction == QLatin1String("desc"))
            sort.order = Qt::DescendingOrder;
        else if (direction != QLatin1String("asc"))
            return std::nullopt;
    }
    return sort;
}

QString ftsMatchExpression(const QString &userText)
{
    static const QRegularExpression wordCharacters(QStringLiteral(R"([\p{L}\p{N}])"));
    QStringList terms;
    for (QString word : userText.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts)) {
        word.remove(u'"');
        if (!word.contains(wordCharacters))
            continue;
        // A quoted string is one FTS5 phrase whatever it holds; the star makes it a prefix match.
        terms.append(u'"' + word + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

QStringList ftsSearchTokens(const QString &userText)
{
    static const QRegularExpression nonWord(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QStringList tokens;
    // unicode61 with remove_diacritics folds "Zoë" to "zoe"; decomposing and dropping the marks
    // gives the same key.
    QString folded = userText.normalized(QString::NormalizationForm_D);
    folded.remove(QRegularExpression(QStringLiteral(R"(\p{Mn})")));
    for (const QString &token : folded.toLower().split(nonWord, Qt::SkipEmptyParts))
        tokens.append(token);
    return tokens;
}

} // namespace anchor::storage
