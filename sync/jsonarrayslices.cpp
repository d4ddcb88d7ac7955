#include "jsonarrayslices.h"

namespace anchor::sync {

namespace {

// Walks a JSON text that is known to be valid; every step stops at the end of the text.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    qsizetype at() const { return m_at; }
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_at); }
    void advance() { ++m_at; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_at;
    }

    // At an opening quote: moves past the closing one; returns the raw text between them.
    QByteArrayView string()
    {
        const qsizetype start = ++m_at;
        while (!atEnd() && peek() != '"')
            m_at += peek() == '\\' ? 2 : 1;
        const QByteArrayView raw = m_text.sliced(start, qMin(m_at, m_text.size()) - start);
        ++m_at;
        return raw;
    }

    // Moves past one value of any kind.
    void skipValue()
    {
        const char first = peek();
        if (first == '"') {
            string();
            return;
        }
        if (first != '{' && first != '[') {
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n'
                   && peek() != '\r' && peek() != '\t')
                ++m_at;
            return;
        }
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return;
        }
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<QList<QByteArrayView>> jsonArraySlices(QByteArrayView body, QByteArrayView key)
{
    Scanner scanner(body);
    scanner.skipSpace();
    if (scanner.peek() != '{')
        return std::nullopt;
    scanner.advance();
    std::optional<QList<QByteArrayView>> found;
    while (true) {
        scanner.skipSpace();
        if (scanner.peek() != '"')
            break;   // '}' or the end: the object is done
        const QByteArrayView name = scanner.string();
        if (name.contains('\\'))
            return std::nullopt;   // an escaped key may be the one Qt kept: let the parsed document decide
        scanner.skipSpace();
        if (scanner.peek() != ':')
            return std::nullopt;
        scanner.advance();
        scanner.skipSpace();
        if (name == key) {
            if (found || scanner.peek() != '[')
                return std::nullopt;   // twice, or not an array: let the parsed document decide
            QList<QByteArrayView> slices;
            scanner.advance();
            scanner.skipSpace();
            while (scanner.peek() != ']') {
                if (scanner.atEnd())
                    return std::nullopt;
                const qsizetype start = scanner.at();
                scanner.skipValue();
                if (scanner.at() == start)
                    return std::nullopt;   // not JSON after all
                slices.append(body.sliced(start, scanner.at() - start));
                scanner.skipSpace();
                if (scanner.peek() == ',') {
                    scanner.advance();
                    scanner.skipSpace();
                }
            }
            scanner.advance();
            found = std::move(slices);
        } else {
            scanner.skipValue();
        }
        scanner.skipSpace();
        if (scanner.peek() == ',')
            scanner.advance();
    }
    return found;
}

} // namespace anchor::sync
