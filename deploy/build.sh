#!/bin/sh
# The build steps of the Dockerfile's build stage, as a script: the
# Dockerfile runs it, and so does CI (.ci/dockerfile-steps), where Docker
# does not run. Usage: deploy/build.sh OUT
#
# A static binary (CGO off: the SQLite driver is pure Go), without paths of
# the build machine (-trimpath), stripped; the VCS revision is stamped from
# .git when the source is a checkout (bot --version shows it).
set -eu
out=${1:?usage: deploy/build.sh OUT}
cd "$(dirname "$0")/.."
CGO_ENABLED=0 go build -buildvcs=auto -trimpath -ldflags='-s -w' -o "$out" ./cmd/bot
# Static: no program interpreter in the ELF headers, so it runs FROM scratch.
if command -v readelf >/dev/null 2>&1 && readelf -l "$out" | grep -q 'program interpreter'; then
	echo "deploy/build.sh: $out is dynamically linked" >&2
	exit 1
fi
"$out" --version
