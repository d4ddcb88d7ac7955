#include "csvwriter.h"

#include <QRegularExpression>

namespace anchor::models {

QString CsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    // A phone number ("+1 (303) 555-0142") or a plain number cannot run as a formula.
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?[0-9][0-9 ().-]*$)"));
    if (number.match(cell).hasMatch())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvWriter::escape(const QString &cell)
{
    const QString safe = neutralise(cell);
    if (!safe.contains(u',') && !safe.contains(u'"') && !safe.contains(u'\n') && !safe.contains(u'\r'))
        return safe;
    QString quoted = safe;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvWriter::record(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &cell : cells)
        escaped.append(escape(cell));
    return (escaped.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

} // namespace anchor::models
