// libFuzzer target: the Zimbra SOAP reply parser and everything that reads its tree
// (faults, accounts, classes of service). A hostile or broken server must never crash the
// console, hang it, or make it allocate without bound (soapxml.h: no DTD, depth and element
// limits). Seeds: tests/fixtures/soap.
#include "zimbra/soapxml.h"
#include "zimbra/zimbraerror.h"
#include "zimbra/zimbratypes.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const zaindari::soap::ParsedReply r = zaindari::soap::parseEnvelope(bytes);
    switch (r.kind) {
    case zaindari::soap::ParsedReply::Kind::Fault: {
        const zaindari::ZimbraError e = zaindari::ZimbraError::fromFault(r.fault);
        if (e.message.isEmpty())
            __builtin_trap(); // every fault must become a sentence
        break;
    }
    case zaindari::soap::ParsedReply::Kind::Body:
        for (const zaindari::soap::Element *a : r.body.childrenNamed(QStringLiteral("account"))) {
            const zaindari::ZimbraAccount acc = zaindari::ZimbraAccount::fromElement(*a);
            zaindari::explainStatus(acc, QDateTime::currentDateTimeUtc());
        }
        for (const zaindari::soap::Element *c : r.body.childrenNamed(QStringLiteral("cos")))
            zaindari::CosInfo::fromElement(*c);
        r.body.childText(QStringLiteral("authToken"));
        break;
    case zaindari::soap::ParsedReply::Kind::NotSoap:
        if (r.problem.isEmpty())
            __builtin_trap(); // a rejection always says why
        break;
    }
    return 0;
}
