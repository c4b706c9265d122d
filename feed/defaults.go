package feed

import "github.com/conflict-digest/conflict-digest/news"

// DefaultSources returns the built-in conflict-news feeds: the UN, relief
// agencies, a conflict think tank and international newsrooms. Their URLs
// are public RSS addresses as published by each outlet.
func DefaultSources() []news.Source {
	feeds := []struct{ name, url string }{
		{"UN News: Peace and Security", "https://news.un.org/feed/subscribe/en/news/topic/peace-and-security/feed/rss.xml"},
		{"UN News: Humanitarian Aid", "https://news.un.org/feed/subscribe/en/news/topic/humanitarian-aid/feed/rss.xml"},
		{"UN News: Middle East", "https://news.un.org/feed/subscribe/en/news/region/middle-east/feed/rss.xml"},
		{"ReliefWeb: Updates", "https://reliefweb.int/updates/rss.xml"},
		{"ReliefWeb: Headlines", "https://reliefweb.int/headlines/rss.xml"},
		{"International Crisis Group", "https://www.crisisgroup.org/rss.xml"},
		{"BBC News: World", "https://feeds.bbci.co.uk/news/world/rss.xml"},
		{"BBC News: Middle East", "https://feeds.bbci.co.uk/news/world/middle_east/rss.xml"},
		{"Al Jazeera", "https://www.aljazeera.com/xml/rss/all.xml"},
		{"The Guardian: World", "https://www.theguardian.com/world/rss"},
		{"France 24", "https://www.france24.com/en/rss"},
		{"DW: World", "https://rss.dw.com/rdf/rss-en-world"},
		{"NPR: World", "https://feeds.npr.org/1004/rss.xml"},
	}
	out := make([]news.Source, len(feeds))
	for i, f := range feeds {
		out[i] = news.Source{Name: f.name, URL: f.url, Kind: news.KindFeed}
	}
	return out
}
