#!/usr/bin/env python3
"""Moves Chinese translations between Bitext's catalogues and JSON files.

The .ts files are what Qt's tools read and write; JSON is easier to write by hand, to
review in a diff and to hand to a translator. Each JSON file is a list of messages:

    {"context": "MainWindow", "source": "&File", "comment": "", "numerus": false,
     "zh_CN": "文件(&F)", "zh_TW": "檔案(&F)"}

(numerus messages have one form in Chinese: a string, or a list of one string).

    python3 translations/fill.py FILE.json...        # write the translations into both .ts
    python3 translations/fill.py --export OUT.json   # unfinished messages of either file
    python3 translations/fill.py --report            # how many are unfinished, per file

Run translations/update.sh first so the .ts files hold every source string; read
translations/GLOSSARY.md before translating.
"""
import argparse
import json
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ("zh_CN", "zh_TW")


def ts_path(language):
    return os.path.join(HERE, "bitext_%s.ts" % language)


def key(context, source, comment):
    return (context or "", source or "", comment or "")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def message_key(name, message):
    return key(name, message.findtext("source"), message.findtext("comment"))


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if message.get("numerus") == "yes" else [translation.text or ""]
    return bool(texts) and all(t.strip() for t in texts)


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def fill(files):
    wanted = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f):
                wanted[key(entry.get("context"), entry.get("source"), entry.get("comment"))] = entry
    for language in LANGUAGES:
        tree = ET.parse(ts_path(language))
        done = 0
        for name, message in messages(tree):
            entry = wanted.get(message_key(name, message))
            text = entry.get(language) if entry else None
            if isinstance(text, list):
                text = text[0] if text else None
            if not text or not text.strip():
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            done += 1
        write(tree, ts_path(language))
        print("%s: %d messages written" % (language, done))


def unfinished():
    found = {}
    for language in LANGUAGES:
        for name, message in messages(ET.parse(ts_path(language))):
            k = message_key(name, message)
            entry = found.setdefault(k, {"context": k[0], "source": k[1], "comment": k[2],
                                         "numerus": message.get("numerus") == "yes"})
            translation = message.find("translation")
            text = ""
            if translation is not None:
                forms = translation.findall("numerusform")
                text = (forms[0].text if forms else translation.text) or ""
            entry[language] = text if is_finished(message) else ""
    return [e for e in found.values() if not all(e.get(lang) for lang in LANGUAGES)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", help="JSON files of translations to write into the .ts files")
    parser.add_argument("--export", metavar="OUT", help="write the unfinished messages to OUT as JSON")
    parser.add_argument("--report", action="store_true", help="count the unfinished messages")
    args = parser.parse_args()
    if args.files:
        fill(args.files)
    if args.export:
        with open(args.export, "w", encoding="utf-8") as out:
            json.dump(unfinished(), out, ensure_ascii=False, indent=1)
    if args.report or not (args.files or args.export):
        left = unfinished()
        for language in LANGUAGES:
            count = sum(1 for e in left if not e.get(language))
            print("bitext_%s.ts: %d unfinished" % (language, count))
        return 1 if left else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
