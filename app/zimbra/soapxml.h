#pragma once
// SOAP 1.2 envelopes for the Zimbra admin API, written with QXmlStreamWriter and read with
// QXmlStreamReader into a small element tree. Reference: zimbra-admin-soap.md sections 2 and 4.
//  - Requests: <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"> with
//    <context xmlns="urn:zimbra"><authToken>...</authToken></context> in the Header (2.1).
//  - Replies carry no XML declaration; attribute and <a> order is arbitrary (1), so everything
//    is looked up by name. Faults come in SOAP 1.2 and SOAP 1.1 shapes (4.1); the Zimbra code
//    is Detail/Error/Code in namespace urn:zimbra.
// The parser is exposed to libFuzzer (tests/fuzz/soap_fuzz.cpp): it refuses DTDs and bounds
// depth and element count so a hostile reply cannot exhaust memory.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace zaindari::soap {

inline QString envelopeNs12()
{
    return QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
}
inline QString envelopeNs11()
{
    return QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
}
inline QString zimbraNs()
{
    return QStringLiteral("urn:zimbra");
}
inline QString adminNs()
{
    return QStringLiteral("urn:zimbraAdmin");
}
inline QString accountNs()
{
    return QStringLiteral("urn:zimbraAccount");
}

struct Element
{
    QString name; // local name
    QString ns; // namespace URI ("" = inherit the parent's when writing)
    QList<QPair<QString, QString>> attributes;
    QString text;
    QList<Element> children;

    Element() = default;
    explicit Element(const QString &localName, const QString &nsUri = QString())
        : name(localName)
        , ns(nsUri)
    { }
    // A request element in urn:zimbraAdmin, e.g. admin(QStringLiteral("GetAccountRequest")).
    static Element admin(const QString &localName) { return Element(localName, adminNs()); }

    Element &setAttribute(const QString &n, const QString &v);
    // Appends a child and returns it (for chaining on the child).
    Element &addChild(const QString &localName, const QString &textValue = QString());
    // Appends <a n="attr">value</a>, Zimbra's admin attribute pair (section 5/6).
    Element &addAttr(const QString &attr, const QString &value);

    QString attribute(const QString &n) const;
    bool hasAttribute(const QString &n) const;
    const Element *child(const QString &localName) const;
    QList<const Element *> childrenNamed(const QString &localName) const;
    QString childText(const QString &localName) const;

    // Values of <a n="attr"> children (multi-valued attributes repeat <a>).
    QStringList attrValues(const QString &attr) const;
    QString attrValue(const QString &attr) const { return attrValues(attr).value(0); }
    bool hasAttr(const QString &attr) const;
};

// The whole request document: `body` is the request element (in urn:zimbraAdmin or
// urn:zimbraAccount), `authToken` goes into <context xmlns="urn:zimbra"> unless empty.
QByteArray writeEnvelope(const Element &body, const QString &authToken = QString());

struct Fault
{
    QString soapCode; // "soap:Sender" / "soap:Receiver" (1.2) or "soap:Client" (1.1)
    QString reason; // Java exception message, never localised (4.1)
    QString zimbraCode; // e.g. "account.NO_SUCH_ACCOUNT"; empty when the Detail has none
    QString trace;
    QList<QPair<QString, QString>> args; // <a n="..." t="...">value</a> in the Error element
};

struct ParsedReply
{
    enum class Kind { Body, Fault, NotSoap };
    Kind kind = Kind::NotSoap;
    Element body; // the single response element inside soap:Body (Kind::Body)
    Fault fault; // Kind::Fault
    bool hasHeader = false;
    QString problem; // why it is NotSoap (untranslated, for details)
};

// Never throws, never recurses on input depth. Limits: depth 64, 500000 elements.
ParsedReply parseEnvelope(const QByteArray &data);

// Parses any XML document into the tree (the root element). Used by parseEnvelope.
bool parseDocument(const QByteArray &data, Element *root, QString *problem);

} // namespace zaindari::soap
