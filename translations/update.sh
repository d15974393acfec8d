#!/usr/bin/env bash
# Refreshes the .ts files from the sources: new or changed strings appear as unfinished entries to
# translate (in Qt Linguist, or by hand), strings gone from the sources are dropped.
# callscope_en.ts keeps only the plural forms.
#   translations/update.sh           update translations/*.ts in place
#   translations/update.sh --check   update copies only; fail when any string lacks a translation
# LUPDATE names the lupdate to use (default /usr/lib/qt6/bin/lupdate).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
check=false
[ "${1:-}" = "--check" ] && check=true

out=translations
if $check; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    cp translations/callscope_*.ts "$out/"
fi

# Every directory with user-visible text: app/ and lib/, except the sandbox, which talks only to
# programs (translations/CMakeLists.txt scans the same).
sources=(app)
for dir in lib/*/; do
    [ "${dir%/}" = lib/sandbox ] || sources+=("${dir%/}")
done

common=(-silent -no-obsolete -source-language en -locations absolute)
for language in de es; do
    "$lupdate" "${common[@]}" -target-language "$language" "${sources[@]}" \
        -ts "$out/callscope_$language.ts"
done
"$lupdate" "${common[@]}" -target-language en -pluralonly "${sources[@]}" \
    -ts "$out/callscope_en.ts"

missing=0
for ts in "$out"/callscope_*.ts; do
    left=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$left" -gt 0 ]; then
        echo "$(basename "$ts"): $left to translate"
        missing=1
    else
        echo "$(basename "$ts"): complete"
    fi
done
if $check && [ "$missing" -ne 0 ]; then
    echo "Some strings in the sources have no translation: run translations/update.sh and translate them." >&2
    exit 1
fi
exit 0
