#!/usr/bin/env bash
# real-catalogs.sh — build a corpus of real, reviewed gettext catalogs from Debian
# packages, for exercising `passeur check` on catalogs it did not write.
#
# Usage: bash Tests/Scripts/real-catalogs.sh [OUT]      (OUT defaults to /tmp/real-catalogs)
#
# Needs a Debian 12 (bookworm) machine with apt, dpkg-deb and gettext (msgunfmt,
# msgfmt, msgcat). Root is needed only if the package lists must be refreshed: the
# script runs `apt-get update` only when `apt-get download` fails.
#
# What it does:
#   1. `apt-get download`s the packages in PACKAGES below into OUT/debs (a cache:
#      files already there with the right SHA-256 are not fetched again; debs of
#      other versions are removed).
#   2. Unpacks each with `dpkg-deb -x`, takes every
#      usr/share/locale/<lang>/LC_MESSAGES/<domain>.mo for the languages in LANGS,
#      converts it with `msgunfmt` to OUT/<lang>/<domain>.po, makes sure the header
#      has a `Language:` field, and checks the result with `msgfmt -c`. Files that
#      fail are moved to OUT/rejected/<lang>/ and the reason goes to
#      OUT/rejected.log.
#   3. Concatenates each language into OUT/<lang>-all.po with `msgcat --use-first`
#      (unique msgids, first catalog in domain order wins) and checks it with
#      `msgfmt -c`.
#   4. Writes OUT/manifest.tsv (one line per catalog), OUT/packages.tsv (package,
#      version, deb, SHA-256), OUT/notes.log and OUT/SUMMARY.txt, and prints the
#      summary.
#
# What the catalogs are, and are not:
#   * A .mo file holds only translated, non-fuzzy messages, so every unit is a
#     reviewed translation; there are no untranslated or fuzzy entries.
#   * A .mo file keeps no comments, references or flags: the PO files have no
#     `#:` lines and no `#, c-format` (or other format) flags, so checks that rely
#     on the format flag (msgfmt -c's format checks) do not see them; checks that
#     guess placeholders from the text (pofilter's printf, Passeur's) do.
#   * msgunfmt writes the entries sorted by msgid, wraps at 79 columns, and keeps
#     the catalog's charset (a few are ISO-8859-1); the aggregates are UTF-8.
#   * A domain that two packages ship for one language is taken from the first
#     package in sorted order (logged in notes.log).
#   * Aggregates: a synthetic header (Language, UTF-8, the language's usual
#     two-form Plural-Forms) comes first. Catalogs written with the CLDR-style
#     three-form rule (Transifex: one / many(1000000) / other) have their plural
#     entries reduced to two forms (msgstr[0] and the "other" form) in the
#     aggregate only, so that it stays valid; the per-domain files are untouched.
#     Such files are named in notes.log.
#
# The script is idempotent: it rebuilds OUT/<lang>/, OUT/rejected/ and the
# aggregates on every run, and the same package versions give the same files.
# Other files in OUT (for instance pofilter output) are left alone.

set -euo pipefail

die() { printf 'real-catalogs.sh: error: %s\n' "$*" >&2; exit 1; }
warn() { printf 'real-catalogs.sh: warning: %s\n' "$*" >&2; }
trap 'rc=$?; [ $rc -eq 0 ] || printf "real-catalogs.sh: failed (exit %s) at line %s: %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR

OUT=${1:-/tmp/real-catalogs}
START_SECONDS=$SECONDS

case $'\n'"$(locale -a 2>/dev/null || true)"$'\n' in
  *$'\n'C.utf8$'\n'* | *$'\n'C.UTF-8$'\n'*) export LC_ALL=C.UTF-8 ;;
  *) export LC_ALL=C ;;
esac
unset LANGUAGE

LANGS=(de es fr pt_BR)

# Plural-Forms used for the header of each aggregate.
declare -A PLURAL=(
  [de]='nplurals=2; plural=(n != 1);'
  [es]='nplurals=2; plural=(n != 1);'
  [fr]='nplurals=2; plural=(n > 1);'
  [pt_BR]='nplurals=2; plural=(n > 1);'
)

# Packages (bookworm names, 66 packages, about 160 MB of .deb files). With these,
# French adds up to about 110,000 units in 344 domains (about 101,700 unique msgids
# once aggregated); de 109,000, es 102,000, pt_BR 82,000 (gcc and binutils-like
# catalogs are thin in pt_BR). 341 domains exist in all four languages.
PACKAGES=(
  # GNU and Debian command-line tools: printf placeholders (%s, %d, %lu, %1$s,
  # %<PRId64>, gcc's %qs/%<...%>), --help texts with aligned columns, \n and \t,
  # quotes `...' and '...', option names that must stay untranslated.
  apt bash bison coreutils diffutils dpkg dselect e2fsprogs-l10n findutils
  gawk gcc-12-locales gettext gettext-base gnupg-l10n grep libc-l10n
  libparted-i18n make man-db nano procps psmisc sed tar util-linux-locales wget
  xz-utils
  # GNOME / GTK / GLib and GTK applications: underscore accelerators (_File),
  # Pango markup (<b>, <span>), %s/%d and %Id, context (msgctxt), plurals.
  evolution-common evolution-data-server-common gedit-common gimp-data
  gnome-control-center-data gnome-shell-common gnucash-common gnumeric-common
  libglib2.0-data libgtk-3-common libgtk-4-common nautilus-data pidgin-data
  rhythmbox-data totem-common
  # Xfce (GTK, catalogs from Transifex, some with three plural forms).
  thunar-data xfce4-panel xfce4-settings
  # KDE / Qt (ki18n): & accelerators (&File), %1 %2 placeholders, Qt rich text
  # and XML/HTML tags (<html>, <b>, <filename>), msgctxt with @action:inmenu...
  ark digikam-data dolphin kcalc kde-cli-tools-data kdeconnect kdevelop-l10n
  kate5-data kio kmail konsole korganizer ktexteditor-data kwin-data
  libkf5configwidgets-data libkf5newstuff-data libkf5textwidgets-data
  libkf5xmlgui-data okular plasma-desktop-data plasma-workspace-data
)

# ---------------------------------------------------------------------------
# Tools

for tool in apt-get dpkg-deb msgunfmt msgfmt msgcat msgconv sha256sum awk sort; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (msgunfmt, msgfmt, msgcat and msgconv come with 'apt-get install gettext')"
done

mkdir -p "$OUT" || die "cannot create output folder '$OUT'"
OUT=$(cd "$OUT" && pwd)
DEBS=$OUT/debs
WORK=$(mktemp -d "${TMPDIR:-/tmp}/real-catalogs.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$DEBS"

mapfile -t PACKAGES < <(printf '%s\n' "${PACKAGES[@]}" | sort -u)

NOTES=$OUT/notes.log
REJECTED_LOG=$OUT/rejected.log
rm -rf "${LANGS[@]/#/$OUT/}" "$OUT/rejected"
rm -f "$NOTES" "$REJECTED_LOG" "$OUT/manifest.tsv" "$OUT/packages.tsv" "$OUT/SUMMARY.txt"
for l in "${LANGS[@]}"; do rm -f "$OUT/$l-all.po"; mkdir -p "$OUT/$l"; done
: >"$NOTES"
: >"$REJECTED_LOG"
note() { printf '%s\n' "$*" >>"$NOTES"; }

# ---------------------------------------------------------------------------
# 1. Download

UPDATED=0
apt_update_once() {
  [ "$UPDATED" -eq 0 ] || return 1
  UPDATED=1
  [ "$(id -u)" -eq 0 ] || die "apt-get download failed and refreshing the package lists needs root: run 'apt-get update' as root, then run this script again"
  echo "apt-get download failed; running apt-get update" >&2
  apt-get update -q >&2 || die "apt-get update failed"
}

# Expected .deb file names and hashes, from an empty folder (apt-get download
# --print-uris leaves out files that are already present in the current folder).
print_uris() { (cd "$WORK/empty" && apt-get download --print-uris "$@") 2>"$WORK/apt.err"; }
mkdir -p "$WORK/empty"
FAILED_PACKAGES=()
if ! print_uris "${PACKAGES[@]}" >"$WORK/uris"; then
  apt_update_once || true
  if ! print_uris "${PACKAGES[@]}" >"$WORK/uris"; then
    # Find out which packages fail, keep the others.
    : >"$WORK/uris"
    for p in "${PACKAGES[@]}"; do
      if print_uris "$p" >>"$WORK/uris"; then :; else
        FAILED_PACKAGES+=("$p")
        warn "package '$p' cannot be downloaded: $(tr '\n' ' ' <"$WORK/apt.err")"
        note "FAILED package $p: $(tr '\n' ' ' <"$WORK/apt.err")"
      fi
    done
  fi
fi
OK_PACKAGES=()
for p in "${PACKAGES[@]}"; do
  case " ${FAILED_PACKAGES[*]-} " in *" $p "*) ;; *) OK_PACKAGES+=("$p") ;; esac
done
[ "${#OK_PACKAGES[@]}" -gt 0 ] || die "no package could be downloaded"

# uris lines: 'URL' FILENAME SIZE SHA256:HEX
awk '{ sub(/^SHA256:/, "", $4); print $4 "  " $2 }' "$WORK/uris" | sort -k2 >"$WORK/sha256"
[ "$(wc -l <"$WORK/sha256")" -eq "${#OK_PACKAGES[@]}" ] || die "apt-get download --print-uris gave $(wc -l <"$WORK/sha256") files for ${#OK_PACKAGES[@]} packages"

# Remove stale debs (other versions), then fetch what is missing.
for f in "$DEBS"/*.deb; do
  [ -e "$f" ] || continue
  grep -qxF "$(basename "$f")" <(awk '{print $2}' "$WORK/sha256") || { rm -f "$f"; echo "removed stale $(basename "$f")"; }
done
if [ "$(id -u)" -eq 0 ] && id _apt >/dev/null 2>&1; then chown _apt "$DEBS" 2>/dev/null || true; fi
download() { (cd "$DEBS" && apt-get download -q "${OK_PACKAGES[@]}") >"$WORK/download.log" 2>&1; }
if ! download; then
  cat "$WORK/download.log" >&2
  apt_update_once || die "apt-get download failed (see above)"
  download || { cat "$WORK/download.log" >&2; die "apt-get download failed even after apt-get update (see above)"; }
fi
(cd "$DEBS" && sha256sum --quiet -c "$WORK/sha256") || die "SHA-256 mismatch in $DEBS (delete the folder and run again)"

# ---------------------------------------------------------------------------
# 2. Unpack, convert, check

# Header fix: make sure the header entry (the first entry, msgid "") has a
# non-empty Language field. Prints "absent", "empty" or "ok" to fd 3.
fix_language() { # in out lang
  awk -v lang="$3" -v out="$2" '
    BEGIN { state = "ok" }
    { lines[NR] = $0 }
    NR == 1 && $0 != "msgid \"\"" { noheader = 1 }
    !noheader && !done && /^$/ { hdr_end = NR; done = 1 }
    !noheader && !done && /^"Language: *\\n"$/ { state = "empty"; lines[NR] = "\"Language: " lang "\\n\"" }
    !noheader && !done && /^"Language: *[^ \\]/ { found = 1 }
    END {
      if (noheader) { print "noheader" > "/dev/fd/3"; exit 0 }
      if (!hdr_end) hdr_end = NR + 1
      if (!found && state != "empty") state = "absent"
      if (state != "ok")
        print "# real-catalogs.sh: the .mo header had " (state == "empty" ? "an empty" : "no") " Language field; set to " lang "." > out
      for (i = 1; i < hdr_end; i++) {
        print lines[i] > out
        if (state == "absent" && lines[i] == "msgstr \"\"") print "\"Language: " lang "\\n\"" > out
      }
      for (i = hdr_end; i <= NR; i++) print lines[i] > out
      print state > "/dev/fd/3"
    }' "$1"
}

reject() { # lang domain package file reason
  mkdir -p "$OUT/rejected/$1"
  [ -f "$4" ] && mv "$4" "$OUT/rejected/$1/$2.po"
  printf '%s/%s.po (%s): %s\n' "$1" "$2" "$3" "$5" >>"$REJECTED_LOG"
  warn "rejected $1/$2.po from $3: $5"
}

printf 'lang\tdomain\tpackage\tversion\tunits\tbytes\tcharset\tnote\n' >"$OUT/manifest.tsv"
printf 'package\tversion\tdeb\tsha256\n' >"$OUT/packages.tsv"

while read -r sha deb; do
  pkg=$(dpkg-deb -f "$DEBS/$deb" Package)
  ver=$(dpkg-deb -f "$DEBS/$deb" Version)
  printf '%s\t%s\t%s\t%s\n' "$pkg" "$ver" "$deb" "$sha" >>"$OUT/packages.tsv"
  root=$WORK/root/$pkg
  rm -rf "$root"; mkdir -p "$root"
  dpkg-deb -x "$DEBS/$deb" "$root" || die "dpkg-deb -x failed on $deb"
  found=0
  for l in "${LANGS[@]}"; do
    dir=$root/usr/share/locale/$l/LC_MESSAGES
    [ -d "$dir" ] || continue
    while IFS= read -r mo; do
      domain=${mo##*/}; domain=${domain%.mo}
      found=$((found + 1))
      dest=$OUT/$l/$domain.po
      if [ -e "$dest" ]; then
        note "duplicate domain $l/$domain.mo in $pkg; kept the one from $(awk -F'\t' -v l="$l" -v d="$domain" '$1==l && $2==d {print $3}' "$OUT/manifest.tsv")"
        continue
      fi
      tmp=$WORK/$l.$domain.po
      if ! msgunfmt -o "$tmp.raw" "$mo" 2>"$WORK/err"; then
        reject "$l" "$domain" "$pkg" "$tmp.raw" "msgunfmt failed: $(tr '\n' ' ' <"$WORK/err")"; continue
      fi
      state=$(fix_language "$tmp.raw" "$tmp" "$l" 3>&1 >/dev/null)
      rm -f "$tmp.raw"
      if [ "$state" = noheader ]; then
        reject "$l" "$domain" "$pkg" "$tmp" "no header entry"; continue
      fi
      if ! msgfmt -c --statistics -o /dev/null "$tmp" 2>"$WORK/err"; then
        reject "$l" "$domain" "$pkg" "$tmp" "msgfmt -c: $(grep -v 'translated message' "$WORK/err" | tr '\n' ' ')"; continue
      fi
      units=$(awk 'match($0, /[0-9]+ translated message/) { print substr($0, RSTART) + 0; exit }' "$WORK/err")
      charset=$(awk '/^$/ { exit } match($0, /charset=[^\\"]*/) { print substr($0, RSTART + 8, RLENGTH - 8); exit }' "$tmp")
      mv "$tmp" "$dest"
      case $state in
        ok) n='' ;;
        *) n="Language header $state in .mo, added"; note "$l/$domain.po ($pkg): $n" ;;
      esac
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$l" "$domain" "$pkg" "$ver" "${units:-0}" "$(wc -c <"$dest")" "$charset" "$n" >>"$OUT/manifest.tsv"
    done < <(find "$dir" -maxdepth 1 -name '*.mo' -type f | sort)
  done
  [ "$found" -gt 0 ] || note "package $pkg ($ver) has no .mo file for ${LANGS[*]}"
  rm -rf "$root"
  printf '%-32s %-28s %4d catalogs\n' "$pkg" "$ver" "$found"
done <"$WORK/sha256"

# ---------------------------------------------------------------------------
# 3. Aggregates

# Reduce CLDR-style three-form plurals (0: one, 1: many, 2: other) to two forms.
reduce_plurals() { # in out plural-forms
  awk -v pf="$3" '
    BEGIN { inhdr = 1 }
    /^$/ { inhdr = 0 }
    inhdr && /^"Plural-Forms:/ { print "\"Plural-Forms: " pf "\\n\""; skipcont = 1; next }
    skipcont && /^"/ && !/^"[A-Za-z-]+: / { next }
    { skipcont = 0 }
    /^msgstr\[1\] / { drop = 1; next }
    drop && /^"/ { next }
    { drop = 0 }
    /^msgstr\[2\] / { sub(/^msgstr\[2\]/, "msgstr[1]") }
    { print }' "$1" >"$2"
}

# First-wins deduplication over UTF-8 catalogs, in argument order: an entry whose
# (msgctxt, msgid) was seen in an earlier file is dropped (headers are kept).
# msgcat --use-first does the same, but stops with "msgid '...' is used without
# plural and with plural" when one domain has a msgid as a plural and another
# as a singular (Rename, Message, Tomorrow...).
dedup() { # outdir files...
  local outdir=$1; shift
  awk -v outdir="$outdir" '
    BEGIN { RS = ""; FS = "\n" }
    FNR == 1 { if (out != "") close(out); n = split(FILENAME, parts, "/"); out = outdir "/" parts[n]; sep = "" }
    {
      ctx = ""; id = ""; hasctx = 0; mode = ""
      for (i = 1; i <= NF; i++) {
        line = $i
        if (line ~ /^msgctxt "/) { mode = "c"; hasctx = 1; sub(/^msgctxt /, "", line) }
        else if (line ~ /^msgid "/) { mode = "i"; sub(/^msgid /, "", line) }
        else if (line ~ /^"/) { }
        else { mode = ""; continue }
        line = substr(line, 2, length(line) - 2)   # drop the quotes
        if (mode == "c") ctx = ctx line; else if (mode == "i") id = id line
      }
      key = hasctx ? ("C" ctx "\004" id) : ("N" id)
      if (FNR == 1 && id == "" && !hasctx) { printf "%s%s", sep, $0 > out; sep = "\n\n"; next }
      if (key in seen) { dropped++; next }
      seen[key] = 1
      printf "%s%s", sep, $0 > out; sep = "\n\n"
    }
    END { print dropped + 0 }' "$@"
  # Each output lacks its final newline; add it.
  local f
  for f in "$@"; do printf '\n' >>"$outdir/$(basename "$f")"; done
}

for l in "${LANGS[@]}"; do
  agg=$WORK/agg/$l
  mkdir -p "$agg"
  {
    printf '# All the catalogs in %s/ beside this file, concatenated by Tests/Scripts/real-catalogs.sh\n' "$l"
    printf '# with msgcat --use-first (for each msgid, the first catalog in domain order wins).\n'
    printf 'msgid ""\nmsgstr ""\n'
    printf '"Project-Id-Version: passeur-real-catalogs %s\\n"\n' "$l"
    printf '"Language: %s\\n"\n' "$l"
    printf '"MIME-Version: 1.0\\n"\n'
    printf '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    printf '"Content-Transfer-Encoding: 8bit\\n"\n'
    printf '"Plural-Forms: %s\\n"\n' "${PLURAL[$l]}"
  } >"$agg/000-header.po"
  inputs=("$agg/000-header.po")
  want=$(printf '%s' "${PLURAL[$l]}" | sed 's/.*nplurals=\([0-9]*\).*/\1/')
  for f in "$OUT/$l"/*.po; do
    [ -e "$f" ] || continue
    # The header's Plural-Forms, joined over msgunfmt's line wrapping (a few
    # real headers are odd, e.g. "Plural-Forms: Plural-Forms: nplurals=2; ...").
    pf=$(awk '/^$/ { exit } { printf "%s", $0 }' "$f" | sed -n 's/.*"Plural-Forms: *\([^\\]*\)\\n.*/\1/p' | tr -d '"')
    n=$(printf '%s\n' "$pf" | sed -n 's/.*nplurals *= *\([0-9][0-9]*\).*/\1/p')
    grep -q '^msgid_plural ' "$f" || n=''   # no plural entry: the rule does not matter
    if [ -z "$n" ] || [ "$n" = "$want" ]; then
      cp "$f" "$agg/$(basename "$f")"
      inputs+=("$agg/$(basename "$f")")
    elif [ "$n" = 3 ] && [[ $pf == *'% 1000000 == 0'*'? 1 : 2'* ]]; then
      reduce_plurals "$f" "$agg/$(basename "$f")" "${PLURAL[$l]}"
      inputs+=("$agg/$(basename "$f")")
      note "$l-all.po: $(basename "$f") has three plural forms (one/many/other); reduced to msgstr[0] and the 'other' form"
    else
      note "$l-all.po: $(basename "$f") left out, its Plural-Forms ($pf) do not match ${PLURAL[$l]}"
    fi
  done
  # Everything in UTF-8 first, so that equal msgids compare equal byte for byte.
  for f in "${inputs[@]}"; do
    cs=$(awk '/^$/ { exit } match($0, /charset=[^\\"]*/) { print substr($0, RSTART + 8, RLENGTH - 8); exit }' "$f")
    case $cs in
      UTF-8 | utf-8 | "") ;;
      *) msgconv -t UTF-8 -o "$f.utf8" "$f" && mv "$f.utf8" "$f" ;;
    esac
  done
  mkdir -p "$agg/dedup"
  dropped=$(dedup "$agg/dedup" "${inputs[@]}")
  note "$l-all.po: $dropped entries left out as duplicates of an earlier domain's (msgctxt, msgid)"
  dedup_inputs=()
  for f in "${inputs[@]}"; do dedup_inputs+=("$agg/dedup/$(basename "$f")"); done
  msgcat --use-first -t UTF-8 -o "$OUT/$l-all.po" "${dedup_inputs[@]}" 2>"$WORK/err" \
    || { cat "$WORK/err" >&2; die "msgcat failed for $l"; }
  if [ -s "$WORK/err" ]; then
    note "msgcat $l: $(grep -c . "$WORK/err") warning lines, the first: $(sed -n '1{s#^.*/dedup/##;p}' "$WORK/err")"
  fi
  msgfmt -c --statistics -o /dev/null "$OUT/$l-all.po" 2>"$WORK/err" \
    || { cat "$WORK/err" >&2; die "$OUT/$l-all.po fails msgfmt -c (see above)"; }
  awk 'match($0, /[0-9]+ translated message/) { print substr($0, RSTART) + 0; exit }' "$WORK/err" >"$WORK/agg-units.$l"
done

# ---------------------------------------------------------------------------
# 4. Summary

{
  echo "real catalogs in $OUT"
  echo "packages: ${#OK_PACKAGES[@]} downloaded, ${#FAILED_PACKAGES[@]} failed${FAILED_PACKAGES:+ (${FAILED_PACKAGES[*]})}"
  echo
  printf '%-6s %6s %9s %12s   %-16s %12s\n' lang files units bytes aggregate "agg. bytes"
  for l in "${LANGS[@]}"; do
    read -r files units bytes < <(awk -F'\t' -v l="$l" '$1 == l { f++; u += $5; b += $6 } END { print f + 0, u + 0, b + 0 }' "$OUT/manifest.tsv")
    printf '%-6s %6d %9d %12d   %-16s %12d\n' "$l" "$files" "$units" "$bytes" \
      "$(cat "$WORK/agg-units.$l") units" "$(wc -c <"$OUT/$l-all.po")"
  done
  echo
  alldomains=$(awk -F'\t' 'NR > 1 { n[$2]++ } END { for (d in n) if (n[d] == '"${#LANGS[@]}"') c++; print c + 0 }' "$OUT/manifest.tsv")
  echo "domains present in all of ${LANGS[*]}: $alldomains"
  echo "rejected catalogs: $(grep -c . "$REJECTED_LOG" || true) (see rejected.log)"
  echo "notes: $(grep -c . "$NOTES" || true) (see notes.log)"
  echo "runtime: $((SECONDS - START_SECONDS)) s"
} | tee "$OUT/SUMMARY.txt"

if [ "${#FAILED_PACKAGES[@]}" -gt 0 ]; then
  die "some packages could not be downloaded: ${FAILED_PACKAGES[*]} (the catalogs of the others are in $OUT)"
fi
