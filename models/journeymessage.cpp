#include "journeymessage.h"

#include <QRegularExpression>

namespace anchor::models {

QString renderJourneyMessage(const QString &message, const JourneyMessageValues &values)
{
    const QString firstName = values.personName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    const QHash<QString, QString> fields = {
        {QStringLiteral("client_name"), values.personName}, {QStringLiteral("first_name"), firstName},
        {QStringLiteral("service"), values.service},       {QStringLiteral("business_name"), values.businessName},
        {QStringLiteral("phone"), values.phone},
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-z_]+)\\s*\\}\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += message.mid(last, match.capturedStart() - last);
        const auto field = fields.constFind(match.captured(1));
        result += field != fields.constEnd() ? *field : match.captured(0);
        last = match.capturedEnd();
    }
    result += message.mid(last);
    return result;
}

} // namespace anchor::models
