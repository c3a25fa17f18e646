#include "output.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace zaindari::cli {

namespace {

void put(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Output::document(const QJsonObject &doc) const
{
    put(stdout, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
}

void Output::jsonLine(const QJsonObject &line) const
{
    put(stdout, QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void Output::line(const QString &text) const
{
    put(stdout, text + QLatin1Char('\n'));
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows) const
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto format = [&widths](const QStringList &cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            if (i + 1 < widths.size())
                s += cells[i].leftJustified(widths[i] + 2);
            else
                s += cells[i];
        }
        return s;
    };
    line(format(headers));
    for (const QStringList &row : rows)
        line(format(row));
}

void Output::error(const QString &message)
{
    put(stderr, QStringLiteral("zaindari-cli: ") + message + QLatin1Char('\n'));
}

QString Output::isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace zaindari::cli
