#!/bin/sh
# Puts two more public extracts of the AG News train file where the figures
# test reads them (fresh9's ids are their rows), not committed (AG News's
# research and non-commercial licence, as for the other extracts):
#   agnews/keaml-train.csv     4,000 rows drawn from train.csv (1,000 per
#                              class), class from 0 (0 = World), description
#                              only, cleaned and NLTK-tokenized by its authors
#                              (github.com/KEAML-JLU/DeepTextClustering,
#                              data/ag_news/train.csv; Guan et al., TKDE 2020)
#   agnews/keaml-ub_train.csv  5,000 rows drawn the same way, 500 World
#                              (same repository, data/ag_news/ub_train.csv)
#   fetch-agnews-keaml.sh               download both (pinned commit)
#   fetch-agnews-keaml.sh TRAIN UB      copy local copies of them
#   fetch-agnews-keaml.sh --git GITDIR  take them from a clone
# Either way each file must be the one the ids were made on (sha256). The
# test undoes the tokenizing (keamlText in analyze/agnews_keaml_test.go).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/agnews"
repo=KEAML-JLU/DeepTextClustering
commit=b84d28cbe9db02e51b3f5fa9c6e31e540b3ad219
# get NAME PATH SUM SOURCE [GITDIR]
get() {
  out="$here/agnews/$1"
  tmp="$out.tmp"
  case "$4" in
    url) curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$2" -o "$tmp" ;;
    git) git --git-dir="$5" show "$commit:$2" >"$tmp" ;;
    *) cp "$4" "$tmp" ;;
  esac
  got=$(sha256sum "$tmp" | cut -d' ' -f1)
  if [ "$got" != "$3" ]; then
    rm -f "$tmp"
    echo "fetch-agnews-keaml: $1: sha256 $got, want $3: not the file the ids were made on" >&2
    exit 1
  fi
  mv "$tmp" "$out"
  echo "fetch-agnews-keaml: $out"
}
t_sum=676fa09c80f8e208e740af90c204d8085a54e31596361ffb9d7d5142ace49c16
u_sum=02d2c58e612f2ca40abc100bae5bd93e210412565bdf6021607a6aa68bdf6283
case "${1:-}" in
  "")
    get keaml-train.csv data/ag_news/train.csv $t_sum url
    get keaml-ub_train.csv data/ag_news/ub_train.csv $u_sum url ;;
  --git)
    get keaml-train.csv data/ag_news/train.csv $t_sum git "$2"
    get keaml-ub_train.csv data/ag_news/ub_train.csv $u_sum git "$2" ;;
  *)
    get keaml-train.csv data/ag_news/train.csv $t_sum "$1"
    get keaml-ub_train.csv data/ag_news/ub_train.csv $u_sum "$2" ;;
esac
