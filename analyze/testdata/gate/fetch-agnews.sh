#!/bin/sh
# Puts the AG News test file (7,600 rows) where TestGateNewsSet reads it:
# analyze/testdata/gate/agnews/test.csv, not committed (its licence allows
# research and non-commercial use, not a copy in this repository).
#   fetch-agnews.sh              download it (a pinned commit of a public copy)
#   fetch-agnews.sh FILE         copy a local copy of it
#   fetch-agnews.sh --git GITDIR take it from a clone of mhjabreel/CharCnn_Keras
# Either way the file must be the one the labels were made on (sha256 below).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/agnews/test.csv"
sum=521465c2428ed7f02f8d6db6ffdd4b5447c1c701962353eb2c40d548c3c85699
commit=555590db4219b1243abb1918effd6a7425a2d75f
url="https://raw.githubusercontent.com/mhjabreel/CharCnn_Keras/$commit/data/ag_news_csv/test.csv"
mkdir -p "$here/agnews"
tmp="$out.tmp"
case "${1:-}" in
  "") curl -fsSL "$url" -o "$tmp" ;;
  --git) git --git-dir="$2" show "$commit:data/ag_news_csv/test.csv" >"$tmp" ;;
  *) cp "$1" "$tmp" ;;
esac
got=$(sha256sum "$tmp" | cut -d' ' -f1)
if [ "$got" != "$sum" ]; then
  rm -f "$tmp"
  echo "fetch-agnews: sha256 $got, want $sum: not the file the labels were made on" >&2
  exit 1
fi
mv "$tmp" "$out"
echo "fetch-agnews: $out"
