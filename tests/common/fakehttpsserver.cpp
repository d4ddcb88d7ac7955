#include "fakehttpsserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace anchor::testing {

namespace {

// Dynamic properties on the server's sockets: errors on sockets we took over are not handshake
// failures, and one failed handshake may report several errors.
constexpr char AcceptedProperty[] = "anchorAccepted";
constexpr char FailureCountedProperty[] = "anchorFailureCounted";

// A client that never ends its header block must not grow the buffer without bound.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Unknown";
    }
}

QList<QByteArray> headerTokens(const QByteArray &value)
{
    QList<QByteArray> tokens;
    for (const QByteArray &token : value.split(','))
        tokens.append(token.trimmed().toLower());
    return tokens;
}

// HTTP/1.1 keeps the connection unless told otherwise; HTTP/1.0 closes it unless asked to keep it.
bool wantsKeepAlive(const HttpRequest &request)
{
    const QList<QByteArray> tokens = headerTokens(request.header("Connection"));
    if (tokens.contains("close"))
        return false;
    if (request.version == "HTTP/1.0")
        return tokens.contains("keep-alive");
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("FakeHttpsServer: cannot read %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::encodedPath() const
{
    QByteArray path = target;
    // Absolute form ("https://host/x", what a proxy gets): keep only the path and query.
    if (!path.startsWith('/')) {
        const qsizetype scheme = path.indexOf("://");
        const qsizetype slash = scheme < 0 ? -1 : path.indexOf('/', scheme + 3);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    const qsizetype question = path.indexOf('?');
    return question < 0 ? path : path.left(question);
}

QByteArray HttpRequest::encodedQuery() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

QString HttpRequest::path() const
{
    return QUrl::fromPercentEncoding(encodedPath());
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return text(status, "application/json; charset=utf-8", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", contentType}};
    response.body = body;
    return response;
}

// One client connection: cuts the byte stream into requests and answers them one at a time, in
// arrival order, so pipelined requests get their answers in order and a delayed answer holds
// back the ones behind it, as on a real HTTP/1.1 server.
class FakeHttpsServer::Connection : public QObject
{
public:
    Connection(QSslSocket *socket, int serial, FakeHttpsServer *server)
        : QObject(server), m_server(server), m_socket(socket), m_serial(serial)
    {
        m_socket->setParent(this);
        connect(m_socket, &QIODevice::readyRead, this, &Connection::readAvailable);
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
            m_server->m_connections.removeOne(this);
            deleteLater();
        });
    }

    ~Connection() override { m_socket->disconnect(this); }

    // Bytes may have arrived with the end of the handshake, before readyRead was connected.
    void start() { readAvailable(); }

    // Deferred delete: the server may be closed from inside a handler this connection is running.
    void drop()
    {
        m_closing = true;
        m_socket->disconnect(this);
        m_socket->abort();
        deleteLater();
    }

private:
    enum class Parsed { Incomplete, Complete, Malformed };

    void readAvailable()
    {
        const QByteArray bytes = m_socket->readAll();
        if (m_closing)
            return;
        m_buffer += bytes;
        processBuffer();
    }

    void processBuffer()
    {
        while (!m_waiting && !m_closing) {
            HttpRequest request;
            HttpResponse response;
            const Parsed parsed = takeRequest(request, response);
            if (parsed == Parsed::Incomplete)
                return;
            if (parsed == Parsed::Malformed) {
                send(response, false, false);
                return;
            }
            response = m_server->m_handler(request);
            if (m_closing)
                return;   // the handler closed the server
            const bool keepAlive = wantsKeepAlive(request) && !response.closeAfter
                                   && response.bodyBytesBeforeClose < 0;
            const bool head = request.method == "HEAD";
            if (response.dropWithoutAnswer) {
                m_server->m_connections.removeOne(this);
                drop();
                return;
            }
            if (response.delay.count() > 0) {
                m_waiting = true;
                QTimer::singleShot(response.delay, this, [this, response, keepAlive, head] {
                    m_waiting = false;
                    send(response, keepAlive, head);
                    processBuffer();
                });
                return;
            }
            send(response, keepAlive, head);
        }
    }

    // On Malformed, `error` is the answer to send before closing.
    Parsed takeRequest(HttpRequest &request, HttpResponse &error)
    {
        // RFC 9112 2.2: ignore empty lines before a request line.
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() <= MaxHeaderBytes)
                return Parsed::Incomplete;
            error = HttpResponse::text(431, "text/plain", "Header block too large\n");
            return Parsed::Malformed;
        }

        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            error = HttpResponse::text(400, "text/plain", "Malformed request line\n");
            return Parsed::Malformed;
        }
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        request.version = requestLine.at(2);
        request.connection = m_serial;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                error = HttpResponse::text(400, "text/plain", "Malformed header line\n");
                return Parsed::Malformed;
            }
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }

        // Clients with a whole body in hand (QNetworkAccessManager always) send Content-Length.
        if (!request.header("Transfer-Encoding").isEmpty()) {
            error = HttpResponse::text(501, "text/plain", "Transfer-Encoding is not supported\n");
            return Parsed::Malformed;
        }
        qint64 length = 0;
        const QByteArray lengthHeader = request.header("Content-Length");
        if (!lengthHeader.isEmpty()) {
            bool ok = false;
            length = lengthHeader.toLongLong(&ok);
            if (!ok || length < 0) {
                error = HttpResponse::text(400, "text/plain", "Bad Content-Length\n");
                return Parsed::Malformed;
            }
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (m_buffer.size() - bodyStart < length)
            return Parsed::Incomplete;
        request.body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);
        return Parsed::Complete;
    }

    void send(const HttpResponse &response, bool keepAlive, bool head)
    {
        QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                           + reasonPhrase(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            bytes += name + ": " + value + "\r\n";
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        bytes += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        if (!head) {
            bytes += response.bodyBytesBeforeClose >= 0 ? response.body.left(response.bodyBytesBeforeClose)
                                                        : response.body;
        }
        m_socket->write(bytes);
        if (!keepAlive) {
            // disconnectFromHost() sends what is buffered first, then close_notify and FIN.
            m_closing = true;
            m_buffer.clear();
            m_socket->disconnectFromHost();
        }
    }

    FakeHttpsServer *m_server;
    QSslSocket *m_socket;
    int m_serial;
    QByteArray m_buffer;
    bool m_waiting = false;   // a delayed answer is pending
    bool m_closing = false;
};

FakeHttpsServer::FakeHttpsServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
}

FakeHttpsServer::~FakeHttpsServer()
{
    close();
}

QString FakeHttpsServer::tlsFixturePath(const QString &fileName)
{
    return QStringLiteral(ANCHOR_TLS_FIXTURES "/") + fileName;
}

bool FakeHttpsServer::listen(const QString &certificateFile, const QString &keyFile, quint16 port)
{
    close();
    const QSslCertificate certificate(readFile(certificateFile), QSsl::Pem);
    const QSslKey key(readFile(keyFile), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        qWarning("FakeHttpsServer: no usable certificate/key in %s, %s", qPrintable(certificateFile),
                 qPrintable(keyFile));
        return false;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);   // no client certificates
    // QNetworkAccessManager offers h2 by ALPN; this server only speaks HTTP/1.1.
    configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});

    // A new QSslServer per listen(): sockets still in their handshake belong to the old one and
    // go with it, so they cannot turn up later as connections of a closed server.
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(configuration);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpsServer::acceptPending);
    connect(m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *socket, QAbstractSocket::SocketError) { socketError(socket); });
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qWarning("FakeHttpsServer: cannot listen: %s", qPrintable(m_server->errorString()));
        close();
        return false;
    }
    return true;
}

void FakeHttpsServer::close()
{
    if (m_server) {
        // Deferred delete: close() may run inside one of the QSslServer's own signals.
        m_server->disconnect(this);
        m_server->close();
        std::exchange(m_server, nullptr)->deleteLater();
    }
    dropConnections();
}

bool FakeHttpsServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FakeHttpsServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

// QSslServer queues a socket only once its handshake has succeeded, and then signals
// pendingConnectionAvailable. (newConnection comes earlier, at TCP accept, while the queue may
// still be empty.)
void FakeHttpsServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        socket->setProperty(AcceptedProperty, true);
        auto *connection = new Connection(socket, ++m_accepted, this);
        m_connections.append(connection);
        connection->start();
    }
}

void FakeHttpsServer::socketError(QSslSocket *socket)
{
    if (socket->property(AcceptedProperty).toBool() || socket->property(FailureCountedProperty).toBool())
        return;
    socket->setProperty(FailureCountedProperty, true);
    ++m_failedHandshakes;
}

void FakeHttpsServer::dropConnections()
{
    const QList<Connection *> connections = std::exchange(m_connections, {});
    for (Connection *connection : connections)
        connection->drop();
}

} // namespace anchor::testing
