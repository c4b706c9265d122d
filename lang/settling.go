package lang

import _ "embed"

//go:embed lexicon/settling.tsv
var settlingData string

type settlingKind uint8

var settlingKinds = map[string]settlingKind{"stem": 1}

// settleStems are the stems of lexicon/settling.tsv in its order; the
// file is checked by flagTable at start-up.
var (
	_           = flagTable("settling.tsv", settlingData, settlingKinds)
	settleStems = flagWords(settlingData, settlingKinds, 1)
)

// SettleStems returns the beginnings of words that put a meeting in the
// business of settling a war ("negotiat", "truce", "resolv"), in the
// order of lexicon/settling.tsv. The caller must not change it.
func SettleStems() []string { return settleStems }
