#include "soapxml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <vector>

namespace zaindari::soap {

namespace {
constexpr int kMaxDepth = 64;
constexpr int kMaxElements = 500000;

void writeElement(QXmlStreamWriter &w, const Element &e, const QString &parentNs)
{
    // Iterative on purpose: request trees are shallow, but keeping one style for both
    // directions makes the depth bound obvious.
    struct Frame
    {
        const Element *e;
        int next;
        QString ns;
    };
    std::vector<Frame> stack;
    auto open = [&](const Element *el, const QString &inheritedNs) {
        const QString ns = el->ns.isEmpty() ? inheritedNs : el->ns;
        if (ns != inheritedNs) {
            w.writeStartElement(el->name);
            w.writeDefaultNamespace(ns);
        } else {
            w.writeStartElement(el->name);
        }
        for (const auto &a : el->attributes)
            w.writeAttribute(a.first, a.second);
        if (!el->text.isEmpty())
            w.writeCharacters(el->text);
        stack.push_back({el, 0, ns});
    };
    open(&e, parentNs);
    while (!stack.empty()) {
        Frame &f = stack.back();
        if (f.next < f.e->children.size()) {
            const Element *c = &f.e->children.at(f.next++);
            const QString ns = f.ns;
            open(c, ns);
        } else {
            w.writeEndElement();
            stack.pop_back();
        }
    }
}

Fault readFault(const Element &f, bool soap11)
{
    Fault out;
    if (soap11) {
        out.soapCode = f.childText(QStringLiteral("faultcode"));
        out.reason = f.childText(QStringLiteral("faultstring"));
    } else {
        if (const Element *code = f.child(QStringLiteral("Code")))
            out.soapCode = code->childText(QStringLiteral("Value"));
        if (const Element *reason = f.child(QStringLiteral("Reason")))
            out.reason = reason->childText(QStringLiteral("Text"));
    }
    const Element *detail = f.child(soap11 ? QStringLiteral("detail") : QStringLiteral("Detail"));
    if (!detail)
        detail = f.child(soap11 ? QStringLiteral("Detail") : QStringLiteral("detail"));
    if (detail) {
        for (const Element &err : detail->children) {
            if (err.name != QLatin1String("Error") || err.ns != zimbraNs())
                continue;
            out.zimbraCode = err.childText(QStringLiteral("Code"));
            out.trace = err.childText(QStringLiteral("Trace"));
            for (const Element *a : err.childrenNamed(QStringLiteral("a")))
                out.args.append({a->attribute(QStringLiteral("n")), a->text});
            break;
        }
    }
    return out;
}
} // namespace

Element &Element::setAttribute(const QString &n, const QString &v)
{
    for (auto &a : attributes) {
        if (a.first == n) {
            a.second = v;
            return *this;
        }
    }
    attributes.append({n, v});
    return *this;
}

Element &Element::addChild(const QString &localName, const QString &textValue)
{
    children.append(Element(localName));
    children.last().text = textValue;
    return children.last();
}

Element &Element::addAttr(const QString &attr, const QString &value)
{
    Element &a = addChild(QStringLiteral("a"), value);
    a.setAttribute(QStringLiteral("n"), attr);
    return *this;
}

QString Element::attribute(const QString &n) const
{
    for (const auto &a : attributes)
        if (a.first == n)
            return a.second;
    return QString();
}

bool Element::hasAttribute(const QString &n) const
{
    for (const auto &a : attributes)
        if (a.first == n)
            return true;
    return false;
}

const Element *Element::child(const QString &localName) const
{
    for (const Element &c : children)
        if (c.name == localName)
            return &c;
    return nullptr;
}

QList<const Element *> Element::childrenNamed(const QString &localName) const
{
    QList<const Element *> out;
    for (const Element &c : children)
        if (c.name == localName)
            out.append(&c);
    return out;
}

QString Element::childText(const QString &localName) const
{
    // Zimbra's Element.getAttribute() treats an attribute and a child element of the same
    // name alike (section 2.1); accept both when reading.
    if (const Element *c = child(localName))
        return c->text;
    return attribute(localName);
}

QStringList Element::attrValues(const QString &attr) const
{
    QStringList out;
    for (const Element &c : children)
        if (c.name == QLatin1String("a") && c.attribute(QStringLiteral("n")) == attr)
            out.append(c.text);
    return out;
}

bool Element::hasAttr(const QString &attr) const
{
    for (const Element &c : children)
        if (c.name == QLatin1String("a") && c.attribute(QStringLiteral("n")) == attr)
            return true;
    return false;
}

QByteArray writeEnvelope(const Element &body, const QString &authToken)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    const QString soapNs = envelopeNs12();
    w.writeNamespace(soapNs, QStringLiteral("soap"));
    w.writeStartElement(soapNs, QStringLiteral("Envelope"));
    w.writeStartElement(soapNs, QStringLiteral("Header"));
    // The context must be in urn:zimbra or the server ignores it silently (2.1).
    w.writeStartElement(QStringLiteral("context"));
    w.writeDefaultNamespace(zimbraNs());
    if (!authToken.isEmpty())
        w.writeTextElement(QStringLiteral("authToken"), authToken);
    w.writeEmptyElement(QStringLiteral("userAgent"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("Zaindari"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral(ZAINDARI_VERSION));
    w.writeEndElement(); // context
    w.writeEndElement(); // Header
    w.writeStartElement(soapNs, QStringLiteral("Body"));
    writeElement(w, body, QString());
    w.writeEndElement(); // Body
    w.writeEndElement(); // Envelope
    return out;
}

bool parseDocument(const QByteArray &data, Element *root, QString *problem)
{
    QXmlStreamReader r(data);
    std::vector<Element *> stack;
    bool haveRoot = false;
    int count = 0;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            // SOAP forbids DTDs; refusing them also rules out entity expansion tricks.
            *problem = QStringLiteral("document type declarations are not allowed");
            return false;
        case QXmlStreamReader::StartElement: {
            if (++count > kMaxElements) {
                *problem = QStringLiteral("too many elements");
                return false;
            }
            if (int(stack.size()) >= kMaxDepth) {
                *problem = QStringLiteral("elements nested too deeply");
                return false;
            }
            Element *e;
            if (stack.empty()) {
                if (haveRoot) {
                    *problem = QStringLiteral("more than one root element");
                    return false;
                }
                haveRoot = true;
                *root = Element();
                e = root;
            } else {
                stack.back()->children.append(Element());
                e = &stack.back()->children.last();
            }
            e->name = r.name().toString();
            e->ns = r.namespaceUri().toString();
            const auto attrs = r.attributes();
            e->attributes.reserve(attrs.size());
            for (const auto &a : attrs)
                e->attributes.append({a.name().toString(), a.value().toString()});
            stack.push_back(e);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.empty())
                stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back()->text += r.text();
            break;
        default:
            break;
        }
    }
    if (r.hasError()) {
        *problem = r.errorString();
        return false;
    }
    if (!haveRoot) {
        *problem = QStringLiteral("no XML element");
        return false;
    }
    return true;
}

ParsedReply parseEnvelope(const QByteArray &data)
{
    ParsedReply out;
    if (data.trimmed().isEmpty()) {
        out.problem = QStringLiteral("empty body");
        return out;
    }
    Element root;
    if (!parseDocument(data, &root, &out.problem))
        return out;
    const bool soap12 = root.ns == envelopeNs12();
    const bool soap11 = root.ns == envelopeNs11();
    if (root.name != QLatin1String("Envelope") || (!soap12 && !soap11)) {
        out.problem = QStringLiteral("root element is {%1}%2, not a SOAP envelope").arg(root.ns, root.name);
        return out;
    }
    const Element *body = nullptr;
    for (const Element &c : root.children) {
        if (c.ns != root.ns)
            continue;
        if (c.name == QLatin1String("Header"))
            out.hasHeader = true;
        else if (c.name == QLatin1String("Body"))
            body = &c;
    }
    if (!body) {
        out.problem = QStringLiteral("SOAP envelope without Body");
        return out;
    }
    if (body->children.isEmpty()) {
        out.problem = QStringLiteral("empty SOAP Body");
        return out;
    }
    const Element &first = body->children.first();
    if (first.name == QLatin1String("Fault") && first.ns == root.ns) {
        out.kind = ParsedReply::Kind::Fault;
        out.fault = readFault(first, soap11);
        return out;
    }
    out.kind = ParsedReply::Kind::Body;
    out.body = first;
    return out;
}

} // namespace zaindari::soap
