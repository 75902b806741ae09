#!/usr/bin/env bash
# Regenerates Bitext's catalogues from the tr() strings of models/, ui/ and app/:
#  - translations/bitext_zh_CN.ts and bitext_zh_TW.ts, the whole interface in Simplified
#    and Traditional Chinese (new strings come out unfinished: translate them in Qt
#    Linguist, or list them in a JSON file for translations/fill.py, see GLOSSARY.md);
#  - translations/bitext_en.ts, the English plural catalogue: only the numerus messages
#    (tr("%n quote(s)", nullptr, n)), so English says "1 quote" / "2 quotes".
# Run it after adding or changing a string:
#
#   bash translations/update.sh          # LUPDATE=/path/to/lupdate to choose one
#
# lupdate keeps the forms already written and adds new strings unfinished; this script
# then fills the obvious ones: "quote(s)" -> "quote" / "quotes", "match(es)" ->
# "match" / "matches". Strings it cannot decide (no "(s)", or a verb that must agree:
# "%n file(s) are ...") stay unfinished and are listed; write their two forms in the
# .ts by hand (Qt Linguist, or an editor) and run this again. test_app_translations
# fails while any %n string lacks finished forms.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
ts="$here/bitext_en.ts"

lupdate=${LUPDATE:-}
if [[ -z $lupdate ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate /usr/lib/qt5/bin/lupdate "$(command -v lupdate || true)"; do
        if [[ -n $candidate && -x $candidate ]]; then
            lupdate=$candidate
            break
        fi
    done
fi
[[ -n $lupdate ]] || { echo "update.sh: lupdate not found; set LUPDATE" >&2; exit 1; }

cd "$root"
# The same options as the check in tests/app/translations (keep them in step).
# Its parser does not know `namespace a::b {` (harmless: Bitext's translator also looks a
# class up without its namespace), so those warnings are filtered.
for language in zh_CN zh_TW; do
    "$lupdate" -silent -no-obsolete -locations none -target-language "$language" -extensions cpp,h \
        models ui app -ts "$here/bitext_$language.ts" 2> >(grep -v -e 'Qualifying with unknown namespace' \
            -e 'lacks Q_OBJECT' -e 'undeclared qualified class' >&2)
done
"$lupdate" -silent -pluralonly -no-obsolete -locations none -target-language en -extensions cpp,h \
    models ui app -ts "$ts" 2> >(grep -v -e 'Qualifying with unknown namespace' -e 'lacks Q_OBJECT' \
                                     -e 'undeclared qualified class' >&2)

python3 - "$ts" <<'PY'
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()

# Words that agree with the count: the singular form cannot be derived by dropping "(s)".
AGREEING = re.compile(r"\((?:s|es)\)\s+(are|were|have|do|use|go|need|contain|stay)\b", re.I)
PLURAL = re.compile(r"\((s|es)\)")

def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")

def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

message = re.compile(
    r'(?P<head><message numerus="yes">\s*<source>(?P<source>[^<]*)</source>(?:(?!</message>).)*?)'
    r'<translation type="unfinished">(?P<forms>.*?)</translation>', re.S)
filled, left = [], []

def fill(m):
    source = unescape(m.group("source"))
    forms = [unescape(f) for f in re.findall(r"<numerusform>(.*?)</numerusform>", m.group("forms"), re.S)]
    derivable = PLURAL.search(source) and not AGREEING.search(source)
    singular = PLURAL.sub("", source)
    plural = PLURAL.sub(lambda p: p.group(1), source)
    if forms and all(f.strip() for f in forms) and forms != [singular, plural]:
        # Written by hand, or lupdate's guess from the same source in another context,
        # but not marked finished and not the obvious forms: leave it to a human.
        left.append(source)
        return m.group(0)
    if not derivable:
        left.append(source)
        return m.group(0)
    filled.append(source)
    indent = "\n            "
    return (m.group("head") + "<translation>" + indent + "<numerusform>" + escape(singular) + "</numerusform>"
            + indent + "<numerusform>" + escape(plural) + "</numerusform>\n        </translation>")

text = message.sub(fill, text)
open(path, "w", encoding="utf-8").write(text)
for s in filled:
    print("filled:  " + s)
for s in left:
    print("TO DO:   " + s + "   (write both forms in translations/bitext_en.ts)")
PY

python3 "$here/fill.py" --report
