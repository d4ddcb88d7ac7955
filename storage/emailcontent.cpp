#include "emailcontent.h"

#include <QRegularExpression>

namespace anchor::storage::email {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_.-]+)\s*\}\})"));
    return pattern;
}

QString decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},    {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},  {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("copy"), QStringLiteral("©")}, {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")}, {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")}, {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("ldquo"), QStringLiteral("“")}, {QStringLiteral("euro"), QStringLiteral("€")},
    };
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement = match.captured(0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (named.contains(name.toLower())) {
            replacement = named.value(name.toLower());
        }
        out += replacement;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

const QStringList &knownPlaceholders()
{
    static const QStringList names = {
        QStringLiteral("first_name"),    QStringLiteral("last_name"),     QStringLiteral("name"),
        QStringLiteral("email"),         QStringLiteral("client_name"),   QStringLiteral("sender_name"),
        QStringLiteral("campaign_name"), QStringLiteral("unsubscribe_url"), QStringLiteral("today"),
    };
    return names;
}

QStringList unknownPlaceholders(const QString &text)
{
    QStringList unknown;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!knownPlaceholders().contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values, bool html)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (values.contains(name)) {
            const QString value = values.value(name);
            out += html ? value.toHtmlEscaped() : value;
        } else if (!knownPlaceholders().contains(name)) {
            out += match.captured(0);
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString htmlToPlainText(const QString &html)
{
    QString text = html;
    static const QRegularExpression dropped(QStringLiteral("<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression link(QStringLiteral("<a\\b[^>]*?href\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(QStringLiteral("<li\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnd(
        QStringLiteral("</?(p|div|h[1-6]|ul|ol|table|tr|blockquote|section|article|header|footer)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spacesAroundBreaks(QStringLiteral(" *\n *"));
    static const QRegularExpression manyBreaks(QStringLiteral("\n{3,}"));

    text.remove(comments);
    text.remove(dropped);
    text.replace(whitespace, QStringLiteral(" "));   // source line breaks mean nothing in HTML
    // Links: "text (url)", or just the url when the text is the url.
    QString linked;
    qsizetype last = 0;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        linked += QStringView(text).mid(last, match.capturedStart() - last);
        const QString url = match.captured(2).trimmed();
        QString label = match.captured(3);
        label.remove(tag);
        label = label.trimmed();
        if (label.isEmpty() || decodeEntities(label) == decodeEntities(url) || url.startsWith(u'#'))
            linked += label.isEmpty() ? url : label;
        else
            linked += label + QStringLiteral(" (") + url + u')';
        last = match.capturedEnd();
    }
    linked += QStringView(text).mid(last);
    text = linked;
    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(listItem, QStringLiteral("\n- "));
    text.replace(blockEnd, QStringLiteral("\n\n"));
    text.replace(cell, QStringLiteral(" "));
    text.remove(tag);
    text = decodeEntities(text);
    text.replace(spacesAroundBreaks, QStringLiteral("\n"));
    text.replace(manyBreaks, QStringLiteral("\n\n"));
    return text.trimmed();
}

bool isValidAddress(const QString &address)
{
    // Deliberately plain (what Mailgun accepts as a single recipient), not RFC 5322's full grammar.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$)"));
    if (address.size() > 254 || address.contains(QStringLiteral("..")))
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at < 1 || at > 64 || address.startsWith(u'.') || address.at(at - 1) == u'.')
        return false;
    return pattern.match(address).hasMatch();
}

QString firstNameOf(const QString &fullName)
{
    const QString trimmed = fullName.simplified();
    const qsizetype space = trimmed.indexOf(u' ');
    return space < 0 ? trimmed : trimmed.left(space);
}

} // namespace anchor::storage::email
