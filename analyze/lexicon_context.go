package analyze

// lexiconContext ends the lexicon: the phrases that tell history and page
// furniture from the news of the day. They mark no event of their own; they
// discount the cues near them.
const lexiconContext = `
// background: history told as context, not the news of the day; a
// pasttag phrase ends the clause it dates or sums up ("displaced millions",
// "killed last year") and bears on the words before it, so "hundreds of
// thousands flee" stays news
pasttag 1 last year
pasttag 1 years ago
pasttag 0.6 ago
background 0.8 since #year
background 0.8 in #year
background 0.6 since _ #year
background 0.6 in _ #year
background 0.6 since the start
background 0.6 since the beginning
background 0.6 since the outbreak
background 0.6 previously
background 0.8 in the past
pasttag 0.5 earlier this year
background 0.6 has killed
background 0.6 have killed
background 1 has killed more than
background 1 has killed over
background 1 has claimed
background 1 have been killed since
background 0.8 war that
background 0.8 war which
background 0.8 conflict that
background 0.8 conflict which
background 0.8 years of war
background 0.8 the war began
background 0.8 the conflict began
background 0.8 began in #year
background 0.8 erupted in #year
background 0.8 started in #year
background 0.8 began in _ #year
background 0.8 erupted in _ #year
background 0.8 started in _ #year
pasttag 0.6 millions
pasttag 0.6 hundreds of thousands
pasttag 0.6 half a million
background 0.6 the first time
pasttag 0.7 last month
pasttag 0.4 last week
background 0.7 late _ #year
background 0.7 early _ #year
background 0.7 until _ #year
background 0.7 by _ #year
pasttag 0.5 earlier this month
background 0.5 had been
background 0.6 for years
background 0.6 for months

// boilerplate: page furniture left in the text; weight 1 marks the start
// of the page's tail (links to other stories), where the article has ended
boilerplate 1 related news
boilerplate 1 related articles
boilerplate 1 related stories
boilerplate 0.9 read more
boilerplate 1 see also
boilerplate 1 more news
boilerplate 0.9 click here
boilerplate 0.9 advertisement
boilerplate 0.9 pic twitter
boilerplate 0.5 tags
boilerplate 0.5 related
boilerplate 0.5 youtube
`
