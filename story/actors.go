package story

// CouncilActor is the name the analysis gives the UN Security Council
// among a story's actors (analyze/gazetteer/actors.tsv): a talks story that
// names it in its lead tells of its session or decision.
const CouncilActor = "UN Security Council"
