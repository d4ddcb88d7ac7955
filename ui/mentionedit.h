#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace anchor::ui {

// A text box for task updates: typing "@" offers the people to mention (a QCompleter over
// their names; Enter or Tab picks one and writes "@First Last "), and Ctrl+Enter posts.
class MentionEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionEdit)

public:
    explicit MentionEdit(QWidget *parent = nullptr);

    void setPeople(const QStringList &names);
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The text typed after an "@" up to the cursor, or a null string outside a mention.
    QString mentionPrefix() const;
    void updateCompletion();
    void insertCompletion(const QString &name);

    QCompleter *m_completer;
    QStringListModel *m_names;
};

} // namespace anchor::ui
