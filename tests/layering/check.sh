#!/usr/bin/env bash
# The layers the build checks (docs/architecture.md, "Layers"): every #include of ui/ and core/ and
# core's CMakeLists.txt against the rules below. Each violation is printed as file:line, what it
# includes or names, and the rule; any violation fails (exit 1).
#   tests/layering/check.sh SOURCE_DIR              check the tree (ctest: layering)
#   tests/layering/check.sh --selftest SOURCE_DIR   prove every rule fires on copies with forbidden
#                                                   includes injected (ctest: layering_selftest)
# QTWIDGETS_HEADERS: Qt's QtWidgets header folder (default: /usr/include/<multiarch>/qt6/QtWidgets).
set -euo pipefail

# ------------------------------------------------------------------------------------------------
# FILES: the sources (recursively) a rule is about. KIND:
#   forbid  no #include may resolve to a name PATTERN matches
#   only    every #include of a project file must resolve to a name PATTERN matches
#   word    no line may name a word PATTERN matches (comments too)
#   cmake   no line of a CMakeLists.txt / *.cmake (comments aside) may match PATTERN
# Names: an include resolved to a path from the source root ("core/storage/database.h",
# "ui/chartview.h"), or <Header> for a system header. @QTWIDGETS@: every QtWidgets header.
# For one #include the first rule it breaks is reported.
# FILES       KIND    PATTERN                                                     RULE
RULES=$(cat <<'EOF'
ui/           forbid  ^core/(collectors|http|clickhouse|storage|scheduling)/      ui/ reaches collectors, http, clickhouse, storage, scheduling only via core/service/
ui/           forbid  ^core/secrets/(keychain|secretsnapshot|tokens|tokencheck|memorysecretservice)\.h$   ui/ uses secrets only through the interface secrets/secretservice.h
ui/           forbid  ^<(QtCore/)?(QEventLoop|qeventloop\.h)>$                      ui/ never waits in a nested event loop
ui/           only    ^(ui/.*|core/(service|queries|util)/.*|core/(dashboard/(pagedata|dashboarddata)|config/(config|validation)|status/statusreport|secrets/secretservice|alerts/(alert|alertrules))\.h)$   ui/ includes of core/ only service/, queries/, util/ and the headers this pattern names
ui/           word    KeychainStore|CollectionSession|HttpClient|QEventLoop       ui/ does not name the backend's classes (they stay behind core/service/)
core/         forbid  ^<(QtWidgets(/.*)?|@QTWIDGETS@)>$                           core/ has no widgets: no QtWidgets header
core/         forbid  ^ui/                                                        core/ does not include ui/
core/         cmake   ::Widgets|Qt6?Widgets                                       core/ does not link Qt6::Widgets
core/storage/ only    ^core/(storage|util)/                                       storage/ is the lowest layer: of core/ it includes only storage/ and util/
core/util/    only    ^core/util/                                                 util/ includes of core/ only util/
EOF
)
# ------------------------------------------------------------------------------------------------

SOURCES=(-name '*.h' -o -name '*.hpp' -o -name '*.cpp' -o -name '*.cc' -o -name '*.cxx' -o -name '*.inl')

die() { echo "layering: $*" >&2; exit 2; }

# QtWidgets' own headers, as an alternation: the names in Qt's QtWidgets folder, less the
# forwarding headers also in QtCore or QtGui (qaction.h, qshortcut.h, … belong to QtGui).
qtwidgets_pattern() {
  local dir=${QTWIDGETS_HEADERS:-}
  if [[ -z $dir ]]; then
    local multiarch
    multiarch=$(gcc -print-multiarch 2>/dev/null || dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
    dir=/usr/include/$multiarch/qt6/QtWidgets
  fi
  [[ -f $dir/QWidget ]] || die "no QtWidgets headers in '$dir' (set QTWIDGETS_HEADERS): the widget rule cannot be checked"
  local -A elsewhere=()
  local f name names=()
  for f in "$dir"/../QtCore/* "$dir"/../QtGui/*; do elsewhere[${f##*/}]=1; done
  for f in "$dir"/*; do
    name=${f##*/}
    [[ -f $f && -z ${elsewhere[$name]:-} ]] || continue
    names+=("${name//./\\.}")
  done
  ((${#names[@]} > 100)) || die "only ${#names[@]} QtWidgets headers in '$dir'"
  local IFS='|'
  echo "${names[*]}"
}

# REPLY: PATH with "." and ".." segments folded.
normalize() {
  if [[ /$1/ != */./* && /$1/ != */../* && $1 != *//* ]]; then
    REPLY=$1
    return
  fi
  local IFS=/ part
  local -a parts out=()
  read -ra parts <<<"$1"
  for part in "${parts[@]}"; do
    case $part in
      '' | .) ;;
      ..) if ((${#out[@]})) && [[ ${out[-1]} != .. ]]; then unset 'out[-1]'; else out+=(..); fi ;;
      *) out+=("$part") ;;
    esac
  done
  REPLY="${out[*]}"
}

# REPLY: what `#include <delim><name>` in FILE (a path from ROOT) names. Quoted: the including
# folder, core/ (the include directory every target has), the source root, ui/; a name found in none
# of them is taken as core's when its first folder is one of core's, else as the including
# folder's. <…>: a project file when core/ or the root has it, else "<name>".
resolve() {
  local root=$1 file=$2 delim=$3 name=$4 dir=${2%/*} candidate
  if [[ $delim == '<' ]]; then
    for candidate in "core/$name" "$name"; do
      [[ -f $root/$candidate ]] && { normalize "$candidate"; return; }
    done
    REPLY="<$name>"
    return
  fi
  for candidate in "$dir/$name" "core/$name" "$name" "ui/$name"; do
    [[ -f $root/$candidate ]] && { normalize "$candidate"; return; }
  done
  if [[ $name == */* && -d $root/core/${name%%/*} ]]; then
    normalize "core/$name"
  else
    normalize "$dir/$name"
  fi
}

check() {
  local root=${1%/}
  [[ -d $root/core && -d $root/ui ]] || die "'$root' has no core/ and ui/"
  local widgets
  widgets=$(qtwidgets_pattern) || exit 2

  local -a rfiles=() rkinds=() rpatterns=() rtexts=()
  local files kind pattern text
  while read -r files kind pattern text; do
    [[ -n $files ]] || continue
    rfiles+=("$files") rkinds+=("$kind") rpatterns+=("${pattern//@QTWIDGETS@/$widgets}") rtexts+=("$text")
  done <<<"$RULES"

  local -a violations=()
  local -A verdicts=() # "rule|name" → 1 when the name breaks the rule (a regex is costly to compile)
  local -A scanned=() # top folder → #include lines read: none read is an error, not a pass
  local i line file number rest delim close name resolved re_include='^[[:space:]]*#[[:space:]]*include[[:space:]]*([<"])([^>"]+)[>"]'

  # #include lines of every source under ui/ and core/.
  while IFS= read -r line; do
    line=${line#"$root"/}
    file=${line%%:*} rest=${line#*:}
    number=${rest%%:*} rest=${rest#*:}
    [[ $rest =~ $re_include ]] || continue
    scanned[${file%%/*}]=$((${scanned[${file%%/*}]:-0} + 1))
    delim=${BASH_REMATCH[1]} name=${BASH_REMATCH[2]}
    resolve "$root" "$file" "$delim" "$name"
    resolved=$REPLY
    for i in "${!rkinds[@]}"; do
      [[ $file == "${rfiles[i]}"* && ${rkinds[i]} =~ ^(forbid|only)$ ]] || continue
      if [[ -z ${verdicts[$i|$resolved]:-} ]]; then
        verdicts[$i|$resolved]=0
        case ${rkinds[i]} in
          forbid) [[ $resolved =~ ${rpatterns[i]} ]] && verdicts[$i|$resolved]=1 ;;
          only) [[ $resolved != '<'* && ! $resolved =~ ${rpatterns[i]} ]] && verdicts[$i|$resolved]=1 ;;
        esac
      fi
      [[ ${verdicts[$i|$resolved]} == 1 ]] || continue
      close='"'
      [[ $delim == '<' ]] && close='>'
      violations+=("$file:$number: #include $delim$name$close ($resolved) breaks: ${rtexts[i]}")
      break
    done
  done < <(find "$root/ui" "$root/core" -type f \( "${SOURCES[@]}" \) -exec \
             grep -nHE '^[[:space:]]*#[[:space:]]*include' {} + | sort -t: -k1,1 -k2,2n)

  [[ ${scanned[ui]:-0} -gt 0 && ${scanned[core]:-0} -gt 0 ]] \
    || die "read no #include lines in ui/ or core/ of '$root' (find or grep failed?)"

  # Words and CMake lines.
  for i in "${!rkinds[@]}"; do
    [[ -d $root/${rfiles[i]} ]] || continue
    case ${rkinds[i]} in
      word)
        while IFS= read -r line; do
          line=${line#"$root"/}
          file=${line%%:*} rest=${line#*:}
          number=${rest%%:*}
          violations+=("$file:$number: names ${rest#*:} breaks: ${rtexts[i]}")
        done < <(find "$root/${rfiles[i]}" -type f \( "${SOURCES[@]}" \) -exec \
                   grep -nHowE "${rpatterns[i]}" {} + | sort -u -t: -k1,1 -k2,2n -k3,3)
        ;;
      cmake)
        while IFS= read -r line; do
          line=${line#"$root"/}
          file=${line%%:*} rest=${line#*:}
          number=${rest%%:*} rest=${rest#*:}
          rest=${rest%%#*} # a comment may say what is not linked
          [[ $rest =~ ${rpatterns[i]} ]] || continue
          violations+=("$file:$number: ${BASH_REMATCH[0]} breaks: ${rtexts[i]}")
        done < <(find "$root/${rfiles[i]}" -type f \( -name CMakeLists.txt -o -name '*.cmake' \) -exec grep -nHE '' {} +)
        ;;
    esac
  done

  if ((${#violations[@]})); then
    printf '%s\n' "${violations[@]}"
    echo "layering: ${#violations[@]} violation(s) of the rules in ${BASH_SOURCE[0]} (docs/architecture.md, \"Layers\")" >&2
    return 1
  fi
  echo "layering: ui/ and core/ keep their layers"
}

# ------------------------------------------------------------------------------------------------
# Self-test: the check must find what is injected, or it could pass by finding nothing.

selftest() {
  local src=${1%/} self work failures=0
  self=$(readlink -f "${BASH_SOURCE[0]}")
  work=$(mktemp -d)
  trap "rm -rf '$work'" EXIT

  # expect fail|pass TREE LOCATION... : the check's verdict on TREE, and each LOCATION
  # ("file:line") it must report.
  expect() {
    local want=$1 tree=$2 out status=0 location
    shift 2
    out=$(bash "$self" "$tree" 2>&1) || status=$?
    if [[ $want == pass && $status -ne 0 ]] || [[ $want == fail && $status -ne 1 ]]; then
      echo "SELFTEST FAIL: expected the check to $want on ${tree#"$work"/} (exit $status):"$'\n'"$out" >&2
      failures=$((failures + 1))
      return
    fi
    for location in "$@"; do
      grep -q "^$location: " <<<"$out" && continue
      echo "SELFTEST FAIL: ${tree#"$work"/}: $location was not reported:"$'\n'"$out" >&2
      failures=$((failures + 1))
    done
  }
  # append FILE LINE: adds LINE to FILE; REPLY: "file:line" of it, FILE relative to its tree.
  append() {
    printf '%s\n' "$2" >>"$1"
    REPLY="${1#"$work"/*/}:$(wc -l <"$1")"
  }

  # 1. A copy of the real tree with one forbidden include in a ui file and one in a storage file.
  local copy=$work/copy uifile storagefile
  mkdir -p "$copy"
  cp -a "$src/core" "$src/ui" "$copy/"
  [[ -d $src/app ]] && cp -a "$src/app" "$copy/"
  uifile=$(find "$copy/ui" -name '*.cpp' | sort | sed -n 1p)
  storagefile=$(find "$copy/core/storage" -name '*.cpp' | sort | sed -n 1p)
  [[ -n $uifile && -n $storagefile ]] || die "selftest: no ui/*.cpp or core/storage/*.cpp in $src"
  local -a injected=()
  append "$uifile" '#include "storage/database.h"'; injected+=("$REPLY")
  append "$storagefile" '#include "queries/daterange.h"'; injected+=("$REPLY")
  expect fail "$copy" "${injected[@]}"

  # 2. A small tree that keeps every rule passes; each rule, broken once, fails naming file:line.
  local tree=$work/clean
  mkdir -p "$tree"/ui "$tree"/core/{service,queries,util,storage,dashboard,config,status,secrets,http,collectors/pypi,scheduling}
  for f in service/appservice.h queries/daterange.h util/result.h util/daterange.h storage/database.h storage/rollups.h \
           dashboard/pagedata.h dashboard/dashboarddata.h dashboard/pagequery.h config/config.h status/statusreport.h \
           secrets/secretservice.h secrets/keychain.h http/httpclient.h collectors/pypi/installerclasses.h \
           scheduling/schedule.h; do
    echo '#pragma once' >"$tree/core/$f"
  done
  printf '#include "%s"\n' chartview.h service/appservice.h queries/daterange.h util/result.h dashboard/pagedata.h \
    dashboard/dashboarddata.h config/config.h config/validation.h status/statusreport.h secrets/secretservice.h \
    >"$tree/ui/window.cpp"
  printf '#include <QWidget>\n#include <QtWidgets/QLabel>\n// the keychain is asked by core/service\n' >>"$tree/ui/window.cpp"
  echo '#pragma once' >"$tree/ui/chartview.h"
  printf '#include "rollups.h"\n#include "util/daterange.h"\n#include "../util/result.h"\n#include <QSqlDatabase>\n#include "database.moc"\n' \
    >"$tree/core/storage/database.cpp"
  printf '#include "daterange.h"\n#include <QDate>\n#include <QAction>\n' >"$tree/core/util/daterange.cpp"
  printf '#include "storage/database.h"\n#include "queries/daterange.h"\n#include <QEventLoop>\n' >"$tree/core/dashboard/page.cpp"
  printf '# no widgets here: not Qt6::Widgets\ntarget_link_libraries(core PUBLIC Qt6::Core Qt6::Sql)\n' >"$tree/core/CMakeLists.txt"
  expect pass "$tree"

  local n=0 broken
  # break FILE LINE: a copy of the clean tree with LINE added to FILE must fail, naming it.
  break_rule() {
    n=$((n + 1))
    broken=$work/broken$n
    cp -a "$tree" "$broken"
    append "$broken/$1" "$2"
    expect fail "$broken" "$REPLY"
  }
  break_rule ui/window.cpp '#include "collectors/pypi/installerclasses.h"'
  break_rule ui/window.cpp '#include "http/httpclient.h"'
  break_rule ui/window.cpp '#  include "scheduling/schedule.h"'
  break_rule ui/window.cpp '#include "storage/rollups.h"'
  break_rule ui/window.cpp '#include "secrets/keychain.h"'
  break_rule ui/window.cpp '#include "dashboard/pagequery.h"'
  break_rule ui/window.cpp '#include <QEventLoop>'
  break_rule ui/window.cpp '#include "../core/storage/database.h"'
  break_rule ui/window.cpp '#include "service/appservice.h" // CollectionSession'
  break_rule ui/window.cpp '    HttpClient http;'
  break_rule ui/window.cpp '// a KeychainStore'
  break_rule core/http/client.cpp '#include <QWidget>'
  break_rule core/http/client.cpp '#include <QtWidgets/QApplication>'
  break_rule core/service/appservice.cpp '#include <qpushbutton.h>'
  break_rule core/service/appservice.cpp '#include "chartview.h"'
  break_rule core/service/appservice.cpp '#include "ui/chartview.h"'
  break_rule core/CMakeLists.txt 'target_link_libraries(core PRIVATE Qt6::Widgets)'
  break_rule core/storage/database.cpp '#include "queries/daterange.h"'
  break_rule core/storage/database.cpp '#include "../dashboard/pagedata.h"'
  break_rule core/storage/database.cpp '#include "http/httpclient.h"'
  break_rule core/storage/database.cpp '#include "collectors/collector.h"'
  break_rule core/storage/database.cpp '#include "status/statusreport.h"'
  break_rule core/storage/database.cpp '#include "scheduling/schedule.h"'
  break_rule core/storage/database.cpp '#include "service/appservice.h"'
  break_rule core/util/daterange.cpp '#include "storage/database.h"'
  break_rule core/util/daterange.cpp '#include "config/config.h"'

  if ((failures)); then
    echo "layering selftest: $failures failure(s)" >&2
    return 1
  fi
  echo "layering selftest: every rule fails where it should ($n broken trees, one real copy) and a clean tree passes"
}

if [[ ${1:-} == --selftest ]]; then
  [[ $# -eq 2 ]] || die "usage: $0 --selftest SOURCE_DIR"
  selftest "$2"
else
  [[ $# -eq 1 ]] || die "usage: $0 [--selftest] SOURCE_DIR"
  check "$1"
fi
