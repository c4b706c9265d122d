#!/bin/sh
# Puts four files of a public copy of CNN/DailyMail stories (the
# summarization collection of Hermann et al. 2015 / See et al. 2017, as
# kept by github.com/yixinL7/SumLLM for its experiments) where the figures
# test reads them: the ids cnndm-FILE-N of testdata/figures/fresh10.jsonl
# are line N (from 1) of one of them (g4t: cnndm/gpt4/train.jsonl, cgv:
# cnndm/chatgpt/val.jsonl, g4v: cnndm/gpt4/val.jsonl, each line a JSON
# object whose "article" is the story; test: cnndm/test.source, one story a
# line). Not committed: the stories are CNN's and the Daily Mail's, shared
# for research.
#   fetch-cnndm.sh               download (pinned commit)
#   fetch-cnndm.sh DIR           copy g4t.jsonl, cgv.jsonl, g4v.jsonl, test.source from DIR
#   fetch-cnndm.sh --git GITDIR  take them from a clone of that repository
# Either way each file must be the one the ids were made on (sha256).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/cnndm"
repo=yixinL7/SumLLM
commit=9870f7f0e4a3af1915dd89272388f0f6356624f1
mode=url
src=
case "${1:-}" in
  "") ;;
  --git) mode=git; src=$2 ;;
  *) mode=dir; src=$1 ;;
esac
while read -r name path sum; do
  out="$here/cnndm/$name"
  tmp="$out.tmp"
  case "$mode" in
    url) curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$path" -o "$tmp" ;;
    git) git --git-dir="$src" show "$commit:$path" >"$tmp" ;;
    dir) cp "$src/$name" "$tmp" ;;
  esac
  got=$(sha256sum "$tmp" | cut -d' ' -f1)
  if [ "$got" != "$sum" ]; then
    rm -f "$tmp"
    echo "fetch-cnndm: $name: sha256 $got, want $sum: not the file the ids were made on" >&2
    exit 1
  fi
  mv "$tmp" "$out"
done <<SUMS
g4t.jsonl cnndm/gpt4/train.jsonl 1a7e986f2fefcd5ae11d8b6634b72a351f8020c46f1efeb6b327787447437758
cgv.jsonl cnndm/chatgpt/val.jsonl 2142f9875cfe926c9586d78f8f2676f7051180f9d7f65c6ebf8d5059da36d786
g4v.jsonl cnndm/gpt4/val.jsonl 19697476790e32413d2e574230610f3f6087fc808643ad1c99dfbdbe218a864c
test.source cnndm/test.source 0947d12cf96dda7355f6f4e006d507da236d30b9c6c93fa910d0d767dac16c65
SUMS
echo "fetch-cnndm: 4 files in $here/cnndm"
