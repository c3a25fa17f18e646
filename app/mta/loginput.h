#pragma once
// Reading a saved MTA or audit log: plain, gzip (zlib), or "-" for standard input. Data comes
// out in large chunks of complete lines so parsers run over one buffer without copying.

#include "logline.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <string_view>

namespace zaindari {

struct LogReadOptions
{
    // Called with chunks that end on a line boundary (the final chunk may lack a newline).
    // Return false to stop.
    std::function<bool(std::string_view chunk)> chunk;
    // Bytes of the input consumed so far and the input's size (0 when unknown: stdin).
    std::function<void(quint64 done, quint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;
    size_t chunkSize = 4 << 20;
};

// False with a translated sentence in *error when the input cannot be opened or read
// (a cancelled read returns true).
bool readLogInput(const QString &path, const LogReadOptions &options, QString *error);

// The stamp of the newest (last) syslog line of a log, for year inference (CLI.md: the year
// that makes the newest entry not lie in the future). Plain files are read from the end; gzip
// files are decompressed once; standard input cannot be read twice, so for "-" callers read
// everything into memory first (readAllInput) and use newestStampIn.
std::optional<maillog::LogStamp> newestLogStamp(const QString &path);
std::optional<maillog::LogStamp> newestStampIn(std::string_view data);

// Whole input in memory (stdin, small files). False with *error on failure.
bool readAllInput(const QString &path, std::string *data, QString *error);

// Seconds east of UTC of this machine's zone, used for stamps without a zone.
int localUtcOffset();

} // namespace zaindari
