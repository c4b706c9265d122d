#!/bin/sh
# Puts three public extracts of the AG News train file (120,000 rows; no
# public copy of it whole is at hand) where TestGateNewsHeldOut reads them,
# not committed (research and non-commercial licence, as for the test file):
#   agnews/train-first2000.csv  rows 1-2,000 of train.csv, verbatim
#                               (github.com/amrayach/PML, datasets/ag_news/train.csv)
#   agnews/train-sample.csv     2,000 World and 2,000 Sci/Tech rows drawn from it,
#                               each with its row number (from 0) and title and
#                               description joined (github.com/vicrudakov/
#                               adaptive_supervised_ml, data/agnews/train.csv)
#   agnews/train-lst5000.csv    5,000 rows drawn from it, text and class only
#                               (github.com/lst11111/bert-text-classification,
#                               data/ag_news/train.csv): the fit part's
#   fetch-agnews-train.sh                       download all three (pinned commits)
#   fetch-agnews-train.sh FIRST2000 SAMPLE LST  copy local copies of them
#   fetch-agnews-train.sh --git GITDIR GITDIR GITDIR  take them from clones of the three
# Either way each file must be the one the held-out ids were made on (sha256).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/agnews"
a_commit=b3a19f773e16b72c4e603788821f7a1388b9e418
a_path=datasets/ag_news/train.csv
a_sum=fe1b508b8e4b92d6dedf36c21756e0568a7693a0b7fc244bea416e918308318f
b_commit=5bd1b68b4ea4ed48ea796805fb35c413fe40181c
b_path=data/agnews/train.csv
b_sum=12f856f840fba25ba56f3c1780e023ea462fdcab1d20aa99c07de8cfbd03cf73
c_commit=d52bf84e15f59794226916f08e74702b3f70389c
c_path=data/ag_news/train.csv
c_sum=23ff4a798bef4c6f1bab4018f491757b87e124901515e4e208461e022a163401

# get NAME REPO COMMIT PATH SUM SOURCE [GITDIR]
get() {
  out="$here/agnews/$1"
  tmp="$out.tmp"
  case "$6" in
    url) curl -fsSL "https://raw.githubusercontent.com/$2/$3/$4" -o "$tmp" ;;
    git) git --git-dir="$7" show "$3:$4" >"$tmp" ;;
    *) cp "$6" "$tmp" ;;
  esac
  got=$(sha256sum "$tmp" | cut -d' ' -f1)
  if [ "$got" != "$5" ]; then
    rm -f "$tmp"
    echo "fetch-agnews-train: $1: sha256 $got, want $5: not the file the ids were made on" >&2
    exit 1
  fi
  mv "$tmp" "$out"
  echo "fetch-agnews-train: $out"
}

case "${1:-}" in
  "")
    get train-first2000.csv amrayach/PML $a_commit $a_path $a_sum url
    get train-sample.csv vicrudakov/adaptive_supervised_ml $b_commit $b_path $b_sum url
    get train-lst5000.csv lst11111/bert-text-classification $c_commit $c_path $c_sum url ;;
  --git)
    get train-first2000.csv amrayach/PML $a_commit $a_path $a_sum git "$2"
    get train-sample.csv vicrudakov/adaptive_supervised_ml $b_commit $b_path $b_sum git "$3"
    get train-lst5000.csv lst11111/bert-text-classification $c_commit $c_path $c_sum git "$4" ;;
  *)
    get train-first2000.csv amrayach/PML $a_commit $a_path $a_sum "$1"
    get train-sample.csv vicrudakov/adaptive_supervised_ml $b_commit $b_path $b_sum "$2"
    get train-lst5000.csv lst11111/bert-text-classification $c_commit $c_path $c_sum "$3" ;;
esac
