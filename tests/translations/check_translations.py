#!/usr/bin/env python3
"""Fails when a catalogue (Basque, Spanish, and the English plural forms) is missing, out of date with the sources, or not fully translated.

Runs lupdate over the sources into scratch copies of translations/zaindari_{eu,es}.ts, so a
string added to the code without a translation shows up as unfinished here, then checks every
message of both catalogues and of qtbase_eu.ts (Basque for Qt's own strings).
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

LANGS = ("eu", "es")
# English is the source language: its catalogue holds only the plural forms (lupdate -pluralonly).
ALL_CATALOGUES = (("eu", []), ("es", []), ("en", ["-pluralonly"]))
SOURCE_DIRS = ("app", "models", "ui")


def messages(ts_path):
    root = ET.parse(ts_path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def problems_in(ts_path):
    found = []
    for ctx, msg in messages(ts_path):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        kind = tr.get("type") if tr is not None else "missing"
        numerus = msg.get("numerus") == "yes"
        empty = tr is None or (
            not "".join(tr.itertext()).strip() if not numerus
            else not all((f.text or "").strip() for f in tr.findall("numerusform")))
        if kind in ("unfinished", "vanished", "obsolete", "missing") or empty:
            found.append("%s: [%s] %r (%s)" % (ts_path.name, ctx, source, kind or "empty"))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--work-dir", required=True)
    args = ap.parse_args()
    src = pathlib.Path(args.source_dir)
    work = pathlib.Path(args.work_dir) / "ts-check"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    failures = []
    for lang, extra in ALL_CATALOGUES:
        committed = src / "translations" / ("zaindari_%s.ts" % lang)
        if not committed.exists():
            failures.append("missing catalogue %s" % committed)
            continue
        scratch = work / committed.name
        shutil.copy(committed, scratch)
        cmd = [args.lupdate, "-silent", "-no-obsolete", "-locations", "none", "-extensions", "cpp,h"] + extra
        cmd += [str(src / d) for d in SOURCE_DIRS] + ["-ts", str(scratch)]
        subprocess.run(cmd, check=True)
        failures += problems_in(scratch)
        committed_count = sum(1 for _ in messages(committed))
        scratch_count = sum(1 for _ in messages(scratch))
        if committed_count != scratch_count:
            failures.append("%s holds %d messages, the sources have %d: run update_translations"
                            % (committed.name, committed_count, scratch_count))
    qt_eu = src / "translations" / "qtbase_eu.ts"
    if not qt_eu.exists() or sum(1 for _ in messages(qt_eu)) == 0:
        failures.append("translations/qtbase_eu.ts is missing or empty")
    else:
        failures += problems_in(qt_eu)

    for f in failures[:200]:
        print(f)
    if len(failures) > 200:
        print("... and %d more" % (len(failures) - 200))
    counts = {lang: sum(1 for _ in messages(src / "translations" / ("zaindari_%s.ts" % lang)))
              for lang, _ in ALL_CATALOGUES if (src / "translations" / ("zaindari_%s.ts" % lang)).exists()}
    print("messages per catalogue: %s; problems: %d" % (counts, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
