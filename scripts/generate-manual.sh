#!/usr/bin/env bash
# Writes the man page of ptce, Documentation/man/ptce.1 (read it with `man -l Documentation/man/ptce.1`),
# with swift-argument-parser's GenerateManual plugin, from the commands' own help.
#
# The plugin's generate-manual tool (swift-argument-parser 1.8.2) drops every non-ASCII character
# ("Évalue" becomes "value"). So the plugin is run once to build that tool, then the tool is run on
# a stand-in for ptce whose help (`--experimental-dump-help`) carries each non-ASCII character as an
# ASCII placeholder, and the placeholders become roff escapes (\[u00E9]) in the page.
#
# Run it after changing a command, an option or a help text: `ManualTests` checks that the committed
# page names every subcommand and option that `ptce --experimental-dump-help` lists.
set -euo pipefail
cd "$(dirname "$0")/.."

# A stable date (the last change to the commands), so the page changes only when they do.
date=$(git log -1 --format=%cs -- Sources/ptce 2>/dev/null || true)
date=${date:-$(date -u +%F)}

# Builds ptce and the generate-manual tool (debug: the build the tests use).
swift package plugin generate-manual --configuration debug --date "$date" >/dev/null
bin=$(swift build --show-bin-path)
tool=$(find .build -path '*/debug/generate-manual-tool' -type f | head -n 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/ptce" <<STANDIN
#!/usr/bin/env bash
"$bin/ptce" --experimental-dump-help | python3 -c '
import json, sys
def ascii(value):
    if isinstance(value, str):
        return "".join(c if ord(c) < 128 else "QQU%04XQQ" % ord(c) for c in value)
    if isinstance(value, list):
        return [ascii(v) for v in value]
    if isinstance(value, dict):
        return {k: ascii(v) for k, v in value.items()}
    return value
json.dump(ascii(json.load(sys.stdin)), sys.stdout)
'
STANDIN
chmod +x "$work/ptce"
mkdir -p "$work/out"
"$tool" "$work/ptce" --date "$date" --output-directory "$work/out"

mkdir -p Documentation/man
# Placeholders become roff escapes; a blank line becomes a paragraph break (.Pp), and indented
# lines (examples, exit codes) a literal display, so that man does not refill them mid-command.
python3 - "$work/out/ptce.1" > Documentation/man/ptce.1 <<'FIX'
import re, sys
out, literal = [], False
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    line = re.sub(r"QQU([0-9A-F]{4,6})QQ", r"\\[u\1]", line)
    indented = line.startswith("  ") and not line.startswith(".")
    if indented and not literal:
        out.append(".Bd -literal -offset indent")
    if not indented and literal:
        out.append(".Ed")
    literal = indented
    out.append(line[2:] if indented else (".Pp" if line == "" else line))
print("\n".join(out).rstrip("\n").replace(".Pp\n.Pp", ".Pp"))
FIX
echo "Documentation/man/ptce.1 ($(wc -l < Documentation/man/ptce.1) lines)"
