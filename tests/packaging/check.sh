#!/usr/bin/env bash
# The package a user installs: the .desktop entry and the AppStream metainfo pass their validators,
# `cpack -G DEB` builds a package holding the binary, the entry, the metainfo, the scalable icon and
# every PNG size, the man page, the Debian copyright file (GPL-3.0+) and the screenshots, with its
# library dependencies found and Qt's run-time plugins declared; the metainfo names the project
# licence; the packaged binary runs and its --version states the licence.
#   tests/packaging/check.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
id=io.github.insights.Insights
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$src/packaging/$id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$src/packaging/$id.metainfo.xml" \
  || fail "the metainfo lacks <project_license>GPL-3.0-or-later</project_license>"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
deb=$(ls "$work"/insights_*_*.deb 2>/dev/null | head -1)
[[ -f "$deb" ]] || fail "no insights_*.deb in $work"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/insights ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/man/man1/insights.1.gz \
            ./usr/share/doc/insights/copyright ./usr/lib/systemd/system/insights-collector.service \
            ./usr/share/doc/insights/team.md; do
  grep -qx "$path" <<<"$contents" || fail "$path is not in the package"
done
for size in 16 22 24 32 48 64 128 256 512; do
  grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/$id.png" <<<"$contents" || fail "no ${size}px icon"
done

shopt -s nullglob
for shot in "$src"/docs/screenshots/*.png; do
  grep -qx "./usr/share/doc/insights/screenshots/$(basename "$shot")" <<<"$contents" \
    || fail "screenshot $(basename "$shot") is not in the package"
done
shopt -u nullglob

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6charts6 libqt6keychain1 libsqlite3-0 libqt6sql6-sqlite qt6-qpa-plugins; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/$id.desktop" || fail "installed .desktop"
gzip -t "$work/root/usr/share/man/man1/insights.1.gz" || fail "man page"
# The collector's unit: installed, never enabled by the package (no maintainer script starts it),
# and sound by systemd's own check where systemd is there to ask.
unit="$work/root/usr/lib/systemd/system/insights-collector.service"
grep -q '^ExecStart=/usr/bin/insights .*collector$' "$unit" || fail "the collector unit does not start insights collector"
grep -q '^ProtectSystem=strict$' "$unit" && grep -q '^DynamicUser=yes$' "$unit" || fail "the collector unit is not confined"
if dpkg-deb -e "$deb" "$work/control" 2>/dev/null && ls "$work/control" | grep -qE '^(postinst|preinst)$'; then
  grep -q 'systemctl' "$work/control/postinst" 2>/dev/null && fail "the package enables or starts a service"
fi
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify --man=no "$unit" 2>&1 | grep -v 'Failed to load\|EnvironmentFile\|insights: No such file\|Command /usr/bin/insights' \
    | grep -i 'error\|invalid\|unknown' && fail "systemd-analyze finds fault with the collector unit"
fi
copyright=$work/root/usr/share/doc/insights/copyright
grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" "$copyright" \
  || fail "the copyright file is not in the machine-readable format"
grep -q "^License: GPL-3.0+" "$copyright" || fail "the copyright file does not say GPL-3.0+"
grep -q "/usr/share/common-licenses/GPL-3" "$copyright" || fail "the copyright file does not point at the GPL text"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$work/root/usr/share/metainfo/$id.metainfo.xml" \
  || fail "the installed metainfo lacks the project licence"
file "$work/root/usr/share/icons/hicolor/48x48/apps/$id.png" | grep -q "48 x 48" || fail "48px icon is not 48x48"
version=$("$work/root/usr/bin/insights" --version)
[[ "$version" == "insights "* ]] || fail "the packaged binary did not run: $version"
grep -q "GPL-3.0-or-later" <<<"$version" || fail "--version does not state the licence: $version"
echo "ok: $(basename "$deb"), $(wc -l <<<"$contents") entries, Depends: $depends"
