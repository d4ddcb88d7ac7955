#include "anchorstyle.h"

#include <QStyleFactory>

namespace anchor::ui {

AnchorStyle::AnchorStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QIcon AnchorStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(QStringLiteral(":/icons/chevron-right.svg"));
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(QStringLiteral(":/icons/chevron-down.svg"));
    case SP_LineEditClearButton:
        return QIcon(QStringLiteral(":/icons/clear.svg"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace anchor::ui
