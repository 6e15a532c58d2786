#!/usr/bin/env bash
# Builds the .deb from a configured build folder, holds it to lintian (any error or warning fails),
# extracts it into a temporary root and runs the installed program from there, and
# validates the installed desktop entry and AppStream metadata. Used by .ci/run.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
cd "$build"
rm -f pcc-campaigner_*.deb
cpack -G DEB >/dev/null
deb=$(ls pcc-campaigner_*.deb)
echo "check-deb: $deb"

lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" || true
lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || { echo "check-deb: lintian reports errors or warnings" >&2; exit 1; }
# Every dependency it names exists in the archive.
apt-get install --simulate --no-install-recommends "./$deb" >/dev/null

root=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$root" "$home"' EXIT
dpkg-deb -x "$deb" "$root"
exe="$root/usr/bin/pcc-campaigner"
# In English whatever the machine's language: the checks below read the program's messages.
run() { env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen LANGUAGE=en LC_ALL=C.UTF-8 "$@"; }

run "$exe" --version
# The console program is installed beside it and runs the same commands.
cli="$root/usr/bin/pcc-campaigner-cli"
[ "$(run "$cli" forces | wc -l)" -ge 43 ] || { echo "check-deb: the installed pcc-campaigner-cli does not list the forces" >&2; exit 1; }
[ "$(run "$exe" forces | wc -l)" -ge 43 ] || { echo "check-deb: the installed 'forces' lists fewer than 43 forces" >&2; exit 1; }
run "$exe" --db "$home/log.sqlite" --exit-after-startup
# The network module is found where the package put it (it fails to connect, not to load).
# (The output is kept first: under pipefail a failing command would hide grep's match.)
said=$(run "$exe" data fetch http://127.0.0.1:9/policing_bodies.json --timeout 2 2>&1 || true)
if grep -q "pcc-network) is missing" <<<"$said"; then
    echo "check-deb: the installed program cannot find its network module" >&2
    exit 1
fi
for module in pcc-network pcc-signing pcc-svg pcc-keychain pcc-spelling pcc-printing; do
    [ -f "$root/usr/lib/pcc-campaigner/modules/$module.so" ] || { echo "check-deb: $module.so is not in the package" >&2; exit 1; }
done
# The signature and SVG modules too: a key pair is made, a file signed, the map saved as SVG.
run "$exe" data keygen "$home/campaign.secret" "$home/campaign.pub" >/dev/null
run "$exe" data sign "$home/campaign.pub" --key "$home/campaign.secret" >/dev/null
[ -s "$home/campaign.pub.sig" ] || { echo "check-deb: the installed program made no signature" >&2; exit 1; }
run "$exe" map --svg "$home/map.svg" >/dev/null
grep -q "<svg" "$home/map.svg" || { echo "check-deb: the installed program wrote no SVG map" >&2; exit 1; }
# The printing module: listing the printers loads it (no printer here is not a failure).
said=$(run "$exe" printers 2>&1) || { echo "check-deb: the installed program cannot list the printers: $said" >&2; exit 1; }
desktop-file-validate "$root/usr/share/applications/org.pcccampaigner.PccCampaigner.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.pcccampaigner.PccCampaigner.metainfo.xml"
[ -f "$root/usr/share/doc/pcc-campaigner/copyright" ] && [ -f "$root/usr/share/man/man1/pcc-campaigner.1.gz" ] \
    && [ -f "$root/usr/share/man/man1/pcc-campaigner-cli.1.gz" ]
echo "check-deb: ok"
