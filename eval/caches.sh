#!/usr/bin/env bash
# Builds the git-ignored text caches of analyze/testdata/gate that the sets of README's measurement table read,
# from local clones of the public repositories they come from (no network here: clone them first). M is a
# folder holding one clone per repository, named OWNER+NAME (for example M/mhjabreel+CharCnn_Keras), each a
# work tree with its .git or a bare git dir, as the fetch scripts take them; a missing clone skips its sets.
# The sets collected through a search store (named, cf2, cf3, talks2, rwp9, rwp10, rwp11, orig4) are not built here:
# their READMEs say how they are collected again by URL. usage, from a checkout root: bash eval/caches.sh M
set -u
M=$(readlink -f "${1:?usage: bash eval/caches.sh MIRROR_DIR}")
mkdir -p analyze/testdata/gate/news analyze/testdata/gate/rwp
git_of() { if [ -d "$M/$1/repo/.git" ]; then echo "$M/$1/repo/.git"; elif [ -d "$M/$1/repo" ]; then echo "$M/$1/repo"; elif [ -d "$M/$1/.git" ]; then echo "$M/$1/.git"; else echo "$M/$1"; fi; }
have() { [ -d "$M/$1" ] || { echo "caches.sh: no clone $M/$1; its sets are skipped" >&2; return 1; }; }
have mhjabreel+CharCnn_Keras && sh analyze/testdata/gate/fetch-agnews.sh --git "$(git_of mhjabreel+CharCnn_Keras)"
have amrayach+PML && have vicrudakov+adaptive_supervised_ml && have lst11111+bert-text-classification &&
  sh analyze/testdata/gate/fetch-agnews-train.sh --git "$(git_of amrayach+PML)" "$(git_of vicrudakov+adaptive_supervised_ml)" "$(git_of lst11111+bert-text-classification)"
have KEAML-JLU+DeepTextClustering && sh analyze/testdata/gate/fetch-agnews-keaml.sh --git "$(git_of KEAML-JLU+DeepTextClustering)"
have wuodar+reuters_text_classification && sh analyze/testdata/gate/fetch-reuters.sh --git "$(git_of wuodar+reuters_text_classification)"
have yixinL7+SumLLM && sh analyze/testdata/gate/fetch-cnndm.sh --git "$(git_of yixinL7+SumLLM)" && python3 eval/cnndm/pool.py
have idecost+Scraping_Reliefweb && sh eval/rwp/fetch-rwp5.sh --git "$(git_of idecost+Scraping_Reliefweb)"
if have embelliardo+HumSet_geolocation_annotations; then
  sh eval/rwp/fetch-rwp7.sh --git "$(git_of embelliardo+HumSet_geolocation_annotations)"
  ALL=1 sh eval/rwp/fetch-rwp7.sh --git "$(git_of embelliardo+HumSet_geolocation_annotations)" analyze/testdata/gate/rwp/rwp7-all.jsonl
fi
have vanatteveldt+wikinews && have igorbrigadir+newsir16-data && have CAMeL-Lab+FIGNEWS-2024 &&
  sh eval/open/fetch.sh --wikinews "$(git_of vanatteveldt+wikinews)" --cep "$(git_of igorbrigadir+newsir16-data)" --fignews "$(git_of CAMeL-Lab+FIGNEWS-2024)" &&
  python3 eval/mix9/pages.py
# the WHO outbreak news are in R data files: eval/dons/fetch.sh needs R (Debian's r-base-core)
have jatorresmunguia+disease_outbreak_news && command -v Rscript >/dev/null && bash eval/dons/fetch.sh "$(git_of jatorresmunguia+disease_outbreak_news)"
echo "caches.sh: done"
