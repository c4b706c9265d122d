package news

// Relevance is the analysis's decision, taken before any category, whether
// an article is about armed conflict, its diplomacy or its humanitarian
// consequences. An article that is not gets no category and never enters
// a digest; the reason is kept so that `bot analyze` and /sources health
// can say why.
type Relevance struct {
	Relevant bool `json:"relevant"`
	// Reason is why the article is not relevant, one of the Not* codes;
	// "" when it is relevant.
	Reason string `json:"reason,omitempty"`
	// Detail names what decided it: the words that made a sports report
	// ("Premier League"), the language an article is written in
	// ("Urdu"), or for a relevant article the evidence of armed conflict
	// that let it in ("armed word in the headline or lead").
	Detail string `json:"detail,omitempty"`
}

// Reasons an article is not relevant. NotReadLanguage marks an article
// the analysis cannot read at all: it is stored and counted, not analysed.
const (
	NotReadLanguage = "language"     // written in a language the analysis does not read
	NotSport        = "sport"        // a sports report
	NotBusiness     = "business"     // markets, companies, technology products
	NotDefence      = "defence"      // armed forces and arms outside any fighting: contracts, tests, technology
	NotDisaster     = "disaster"     // a natural disaster with no armed conflict
	NotHealth       = "health"       // a health feature or report with no armed conflict
	NotClimate      = "climate"      // climate, environment or farming with no armed conflict
	NotLabour       = "labour"       // a strike by workers, not an armed one
	NotCrime        = "crime"        // crime, a trial or an accident outside any conflict
	NotPolitics     = "politics"     // elections and domestic politics outside any conflict
	NotNoConflict   = "not_conflict" // no armed conflict, party or place named at all
)

// RelevanceOf returns an analysis's relevance: analyses made before the
// gate existed carry none and count as relevant, as they were read then.
func (a *Analysis) RelevanceOf() Relevance {
	if a.Relevance == nil {
		return Relevance{Relevant: true}
	}
	return *a.Relevance
}

// IsRelevant reports whether the article may enter a digest.
func (a *Analysis) IsRelevant() bool { return a.RelevanceOf().Relevant }
