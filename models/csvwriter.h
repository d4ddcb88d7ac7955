#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace anchor::models {

// RFC 4180 CSV in UTF-8: cells quoted when they hold a comma, quote or line break (quotes
// doubled), CRLF between records. Cells that start with = + - @ (or tab / carriage return) are
// prefixed with an apostrophe so spreadsheets show them as text instead of running a formula;
// phone numbers and plain numbers are left alone.
class CsvWriter
{
public:
    static QString neutralise(const QString &cell);
    static QString escape(const QString &cell);
    static QByteArray record(const QStringList &cells);
};

} // namespace anchor::models
