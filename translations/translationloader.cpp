#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace anchor {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the source language but still needs its plural forms ("1 lead", "2 leads"),
    // so it is the fallback for any language without a translation (and for the C locale).
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("anchor"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("anchor_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

} // namespace anchor
