#!/bin/sh
# Checks the Traditional Chinese translation against the sources, so that a
# string added in the code cannot ship untranslated:
#   1. zh_TW.po compiles with `msgfmt -c --check-format` and has no
#      untranslated or fuzzy message;
#   2. every string xgettext extracts from the files in po/POTFILES.in (with
#      the keywords of meson's glib preset) is translated in zh_TW.po;
#   3. every file under src/, ui/ or data/ that has translatable strings is
#      listed in po/POTFILES.in (and every listed file exists);
#   4. the header says charset=UTF-8 and Plural-Forms: nplurals=1; plural=0;.
# Each problem is printed with the string or the file it concerns.
#
# Usage: check-po.sh [PODIR]
# PODIR (or $EC_PO_DIR) holds the zh_TW.po to check; the default is the
# source tree's po/.  POTFILES.in and the sources always come from the
# source tree this script is in.
set -eu

srcroot=$(cd "$(dirname "$0")/.." && pwd)
podir=${1:-${EC_PO_DIR:-$srcroot/po}}
lang=zh_TW
po=$podir/$lang.po
potfiles=$srcroot/po/POTFILES.in

# gettext's tools translate their own messages; their output is parsed here.
LC_ALL=C.UTF-8
export LC_ALL

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

problems=0
problem() {
  printf 'check-po: %s\n' "$*" >&2
  problems=$((problems + 1))
}

# Prints one line per message of a PO file, tab-separated:
#   msgctxt (or "-" when none), msgid, first source reference (or "-"),
#   state (translated, untranslated or fuzzy).
# With -v header=1 it prints the header's fields instead, one a line.
# Strings keep their PO escapes, so they never hold a real tab or newline.
po_entries() {
  awk -v header="${2:-0}" '
    function unquote(s) {
      sub(/^[^"]*"/, "", s)
      sub(/"[[:space:]]*$/, "", s)
      return s
    }
    function reset() {
      ctx = "-"; id = ""; hasid = 0; ref = "-"; fuzzy = 0; obsolete = 0
      state = ""; strs = 0; empty = 0; cur = ""
    }
    function endstr() {
      if (state == "str") {
        strs++
        if (cur == "") empty++
        if (hasid && id == "" && ctx == "-") hdr = cur
      }
      cur = ""
    }
    function flush() {
      endstr()
      if (hasid && !obsolete && !(id == "" && ctx == "-") && !header) {
        st = fuzzy ? "fuzzy" : (strs > 0 && empty == 0 ? "translated" : "untranslated")
        printf "%s\t%s\t%s\t%s\n", ctx, id, ref, st
      }
      reset()
    }
    BEGIN { reset(); hdr = "" }
    /^[[:space:]]*$/ { flush(); next }
    /^#~/ { obsolete = 1; next }
    /^#,/ { if ($0 ~ /fuzzy/) fuzzy = 1; next }
    /^#:/ { if (ref == "-" && NF > 1) ref = $2; next }
    /^#/ { next }
    /^msgctxt/ { endstr(); state = "ctx"; ctx = unquote($0); next }
    /^msgid_plural/ { endstr(); state = "plural"; next }
    /^msgid/ { endstr(); state = "id"; hasid = 1; id = unquote($0); next }
    /^msgstr/ { endstr(); state = "str"; cur = unquote($0); next }
    /^"/ {
      if (state == "id") id = id unquote($0)
      else if (state == "ctx") ctx = ctx unquote($0)
      else if (state == "str") cur = cur unquote($0)
      next
    }
    END {
      flush()
      if (header) {
        n = split(hdr, fields, /\\n/)
        for (i = 1; i <= n; i++) if (fields[i] != "") print fields[i]
      }
    }
  ' "$1"
}

# Prints the messages of an entries file whose state is $2, one a line.
list_state() {
  awk -F '\t' -v want="$2" -v what="$3" '
    $4 == want {
      c = ($1 == "-") ? "" : " (context \"" $1 "\")"
      where = ($3 == "-") ? "" : " " $3 ":"
      printf "check-po:   %s%s \"%s\"%s\n", what, where, $2, c
    }
  ' "$1" >&2
}

if [ ! -f "$po" ]; then
  problem "$po does not exist"
  exit 1
fi
if [ ! -f "$potfiles" ]; then
  problem "$potfiles does not exist"
  exit 1
fi

# 1. The catalog compiles and is complete.
if ! msgfmt -c --check-format --statistics -o /dev/null "$po" 2>"$tmp/msgfmt"; then
  cat "$tmp/msgfmt" >&2
  problem "$po: msgfmt -c --check-format failed (see above)"
fi
po_entries "$po" >"$tmp/po.tsv"
n_untranslated=$(awk -F '\t' '$4 == "untranslated"' "$tmp/po.tsv" | wc -l)
n_fuzzy=$(awk -F '\t' '$4 == "fuzzy"' "$tmp/po.tsv" | wc -l)
if [ "$n_untranslated" -gt 0 ]; then
  problem "$po: $n_untranslated untranslated message(s):"
  list_state "$tmp/po.tsv" untranslated untranslated
fi
if [ "$n_fuzzy" -gt 0 ]; then
  problem "$po: $n_fuzzy fuzzy message(s) (review them and remove the fuzzy flag):"
  list_state "$tmp/po.tsv" fuzzy fuzzy
fi

# 3 (first, since extraction needs the list). POTFILES.in names existing
# files, and names every file with translatable strings.
sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" \
  | sort -u >"$tmp/listed"
while IFS= read -r f; do
  [ -f "$srcroot/$f" ] || problem "po/POTFILES.in lists $f, which does not exist"
done <"$tmp/listed"

for dir in src ui data; do
  [ -d "$srcroot/$dir" ] || continue
  (cd "$srcroot" && find "$dir" -type f ! -name '*.po' ! -name '*.pot') | sort >>"$tmp/candidates"
done
if [ -f "$tmp/candidates" ]; then
  while IFS= read -r f; do
    reason=""
    case "$f" in
      *.desktop.in) reason="a desktop file template" ;;
      *.metainfo.xml.in) reason="a metainfo template" ;;
    esac
    if [ -z "$reason" ] && grep -Iq 'translatable=.yes.' "$srcroot/$f"; then
      reason='it has translatable="yes"'
    fi
    # The gettext macros as whole words, with or without a space before the
    # parenthesis (the C style puts one there); a #define of them is not a use.
    if [ -z "$reason" ] &&
      grep -IE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dn?gettext|g_dpgettext2) *\(' "$srcroot/$f" 2>/dev/null \
        | grep -Evq '^[[:space:]]*#[[:space:]]*define'; then
      reason="it calls _() or another gettext macro"
    fi
    if [ -n "$reason" ]; then
      grep -qxF "$f" "$tmp/listed" ||
        problem "$f is not listed in po/POTFILES.in ($reason)"
    fi
  done <"$tmp/candidates"
fi

# 2. Every extracted string is translated.  The keywords are those of
# meson's i18n.gettext(preset: 'glib'); .ui, .desktop.in and .metainfo.xml.in
# files go through xgettext's own Desktop and ITS support, as in the build.
while IFS= read -r f; do
  [ -f "$srcroot/$f" ] && printf '%s\n' "$f"
done <"$tmp/listed" >"$tmp/existing"
if (cd "$srcroot" && xgettext --from-code=UTF-8 --force-po --no-wrap \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --files-from="$tmp/existing" --output="$tmp/messages.pot") 2>"$tmp/xgettext"; then
  po_entries "$tmp/messages.pot" >"$tmp/pot.tsv"
  # A source string is missing when zh_TW.po has no message with the same
  # context and msgid; one that is present but untranslated or fuzzy was
  # reported above.  (FILENAME, not NR == FNR: the first file may be empty.)
  awk -F '\t' '
    FILENAME == ARGV[1] { have[$1 "\t" $2] = 1; next }
    !(($1 "\t" $2) in have) {
      c = ($1 == "-") ? "" : " (context \"" $1 "\")"
      printf "check-po:   %s: \"%s\"%s\n", $3, $2, c
    }
  ' "$tmp/po.tsv" "$tmp/pot.tsv" >"$tmp/missing"
  if [ -s "$tmp/missing" ]; then
    problem "$(wc -l <"$tmp/missing") source string(s) missing from $po:"
    cat "$tmp/missing" >&2
  fi
  # Strings that no source uses any more are only worth a note: they do no
  # harm, and may belong to code merged after this translation.
  awk -F '\t' '
    FILENAME == ARGV[1] { used[$1 "\t" $2] = 1; next }
    !(($1 "\t" $2) in used) { printf "check-po: note: not in the sources any more: \"%s\"\n", $2 }
  ' "$tmp/pot.tsv" "$tmp/po.tsv" >&2
else
  cat "$tmp/xgettext" >&2
  problem "xgettext failed on the files of po/POTFILES.in (see above)"
fi

# 4. The header.
po_entries "$po" 1 >"$tmp/header"
grep -qxF 'Content-Type: text/plain; charset=UTF-8' "$tmp/header" ||
  problem "$po: the header must say \"Content-Type: text/plain; charset=UTF-8\""
grep -qxF 'Plural-Forms: nplurals=1; plural=0;' "$tmp/header" ||
  problem "$po: the header must say \"Plural-Forms: nplurals=1; plural=0;\""

total=$(wc -l <"$tmp/po.tsv")
if [ "$problems" -gt 0 ]; then
  printf 'check-po: %s: %d problem(s)\n' "$po" "$problems" >&2
  exit 1
fi
printf 'check-po: %s: %d messages, all translated and up to date\n' "$po" "$total"
