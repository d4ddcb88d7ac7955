#pragma once

#include <QProxyStyle>

namespace anchor::ui {

// Fusion, with the few standard icons the main window needs up front drawn from our SVG
// resources. Fusion's own are PNG files, and reading the first PNG makes Qt load every
// image-format plugin (with libjpeg) before the first paint; SVG also stays sharp at any scale.
class AnchorStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    AnchorStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace anchor::ui
