// The yardstick for start-up: a bare Qt Widgets program that shows a 50-row QTableView and
// exits right after its first paint. anchor-crm on a million calls should take at most 1.5x this.
#include <QApplication>
#include <QEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

namespace {

class FirstPaintQuitter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardItemModel model(50, 8);
    for (int row = 0; row < 50; ++row) {
        for (int column = 0; column < 8; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("Row %1, column %2").arg(row).arg(column)));
    }
    QTableView view;
    view.setModel(&model);
    FirstPaintQuitter quitter;
    view.viewport()->installEventFilter(&quitter);
    view.resize(1280, 800);
    view.show();
    return QApplication::exec();
}
