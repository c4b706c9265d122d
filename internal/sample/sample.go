// Package sample embeds the bundled sample articles (see README.md for their
// provenance and licence) so that the bot can build a digest on a fresh
// machine with no network and no token.
package sample

import (
	"bytes"
	_ "embed"
	"io"
)

//go:embed articles.jsonl
var articles []byte

// Attribution is the credit line that must accompany the sample.
const Attribution = "Sample articles: FA-KES corpus (Abu Salem et al., ICWSM 2019, doi:10.5281/zenodo.2607278), CC BY 4.0; texts © their outlets."

// Articles returns the sample as JSON Lines in the format of SCHEMA.md.
func Articles() io.Reader { return bytes.NewReader(articles) }
