#include "theme.h"

#include "anchorstyle.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>

namespace anchor::ui {

namespace {

bool g_dark = false;

bool systemPrefersDark()
{
    const QString forced = qEnvironmentVariable("ANCHOR_THEME").toLower();
    if (forced == QLatin1String("dark"))
        return true;
    if (forced == QLatin1String("light"))
        return false;
#ifdef Q_OS_WIN
    const QSettings personalize(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
                                QSettings::NativeFormat);
    if (personalize.contains(QStringLiteral("AppsUseLightTheme")))
        return personalize.value(QStringLiteral("AppsUseLightTheme")).toInt() == 0;
#endif
    if (qEnvironmentVariable("GTK_THEME").contains(QLatin1String("dark"), Qt::CaseInsensitive))
        return true;
    // macOS and KDE hand Qt a dark palette when the desktop is dark.
    return QApplication::palette().color(QPalette::Window).lightness() < 110;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x20, 0x23);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor highlight(0x3b, 0x82, 0xf6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x1a, 0x73, 0xe8));
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8b));
    return p;
}

} // namespace

void applyTheme(QApplication &app)
{
    // Read the system's palette, not the one applied last time: drop ours first.
    QApplication::setPalette(QPalette());
    g_dark = systemPrefersDark();
    app.setStyle(new AnchorStyle);   // the application owns it
    app.setPalette(g_dark ? darkPalette() : lightPalette());
}

bool isDarkTheme()
{
    return g_dark;
}

} // namespace anchor::ui
