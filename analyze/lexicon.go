package analyze

// lexicon lists the cue phrases of conflict news, one a line: the feature it
// signals, its weight (1 = decisive on its own, 0.3 = a hint), and the
// phrase as lower-case word tokens ("negotiat*" is a prefix, "_" any word,
// "#year" a year). Phrases, not bare keywords: "talks" alone is a hint,
// "peace talks" is decisive. A phrase may signal several features on
// separate lines ("evacuation deal" is talks and evacuation).
const lexicon = `
// talks: diplomacy aimed at settling or managing the conflict
talks 1 peace talks
talks 1 peace process
talks 1 peace conference
talks 1 peace plan
talks 1 peace deal
talks 1 peace agreement
talks 1 peace treaty
talks 1 peace accord*
talks 1 peace pact
talks 1 peace summit
talks 1 peace framework
talks 0.6 treaty
talks 1 peace negotiations
talks 1 peace initiative
talks 1 peace efforts
talks 1 peace proposal
talks 0.8 accept* _ proposal
talks 0.8 accept* _ _ proposal
talks 0.8 reject* _ proposal
talks 0.8 reject* _ _ proposal
talks 0.8 counterproposal
talks 0.8 counter-proposal
talks 0.5 talks
talks 1 round of talks
talks 1 round of negotiations
talks 1 _ round of talks
talks 1 talks in
talks 1 talks on
talks 1 talks between
talks 1 talks with
talks 1 held talks
talks 1 hold talks
talks 1 return to talks
talks 1 return to the talks
talks 1 negotiating table
talks 0.8 back to the table
talks 0.8 negotiat*
talks 0.8 mediat*
talks 0.8 broker*
talks 0.7 envoy
talks 1 special envoy
talks 1 peace envoy
talks 1 de mistura
talks 1 brahimi
talks 0.8 kofi annan
talks 0.4 geneva
talks 1 geneva talks
talks 1 geneva conference
talks 1 geneva communique
talks 0.8 astana
talks 0.6 sochi
talks 0.4 vienna
talks 0.5 security council
talks 1 security council resolution
talks 1 security council meeting
talks 1 security council vote*
talks 1 security council voted
talks 1 draft resolution
talks 0.8 resolution
talks 0.8 veto*
talks 0.8 emergency meeting
talks 0.8 international meeting
talks 0.8 ministerial meeting
talks 0.8 urgent meeting
talks 0.7 general assembly
talks 1 political solution
talks 1 political settlement
talks 1 political transition
talks 1 political process
talks 1 transitional government
talks 1 diplomatic solution
talks 0.8 diplomatic efforts
talks 0.8 diplomacy
talks 0.4 diplomat*
talks 0.8 reconciliation
talks 1 reconciliation deal*
talks 1 reconciliation agreement*
talks 1 surrender deal
talks 1 evacuation deal
talks 1 evacuation agreement
talks 1 agreement was reached
talks 1 deal was reached
talks 1 deal has been reached
talks 1 deal had been reached
talks 1 reached an agreement
talks 1 reached a deal
talks 1 struck a deal
talks 1 agreed to
talks 0.7 signed an agreement
talks 0.5 agreement
talks 0.4 deal
talks 1 prisoner exchange
talks 1 prisoner swap
talks 1 prisoners exchange
talks 1 exchange of prisoners
talks 0.8 exchanged _ prisoners
talks 0.8 exchanged _ _ prisoners
talks 0.6 swap*
talks 0.8 phone call
talks 0.8 spoke by phone
talks 0.8 spoke by telephone
talks 0.8 talked by phone
talks 0.8 by phone with
talks 0.8 by telephone with
talks 0.8 telephone call*
talks 0.8 telephone conversation*
talks 0.8 phone conversation*
talks 0.8 phone calls
talks 0.8 phone talks
talks 0.8 telephone talks
talks 0.5 met with
talks 0.5 meeting with
talks 0.7 summit
talks 0.5 foreign ministers
talks 0.5 counterpart*
talks 0.4 discuss*
talks 0.6 to discuss
talks 0.4 met in
talks 0.4 bilateral
talks 0.6 delegation
talks 1 opposition delegation
talks 1 high negotiations committee
talks 1 contact group
talks 1 friends of syria
talks 0.8 roadmap
talks 0.8 road map
talks 0.8 settlement

// nottalks: negotiation about trade, money or a government at home
nottalks 1 trade talks
nottalks 1 trade deal
nottalks 1 trade agreement
nottalks 1 trade negotiations
nottalks 1 coalition talks
nottalks 1 coalition negotiations
nottalks 1 wage talks
nottalks 1 pay deal
nottalks 1 climate talks
nottalks 1 budget talks
nottalks 1 arms deal
nottalks 1 debt talks
nottalks 1 gas deal
nottalks 1 oil deal

// rhetoric: a solution named as what an attack undermines is not diplomacy
rhetoric 1 chances of
rhetoric 1 the only way
rhetoric 0.8 undermin*
rhetoric 0.8 responsibility for

// ceasefire: any halt in fighting
ceasefire 1 ceasefire*
ceasefire 1 cease-fire*
ceasefire 1 cease fire
ceasefire 1 truce*
ceasefire 1 cessation of hostilities
ceasefire 1 humanitarian pause*
ceasefire 1 pause in fighting
ceasefire 1 pause in the fighting
ceasefire 1 pauses in fighting
ceasefire 1 pauses in the fighting
ceasefire 1 de-escalation
ceasefire 1 deescalation
ceasefire 1 de escalation
ceasefire 0.6 safe zone*
ceasefire 1 period of calm
ceasefire 1 halt to the fighting
ceasefire 1 halt to fighting
ceasefire 1 halt in fighting
ceasefire 1 halt the fighting
ceasefire 0.8 stop the fighting
ceasefire 0.8 end the fighting
ceasefire 0.6 halt to
ceasefire 0.6 halt in
ceasefire 1 armistice
ceasefire 1 hudna
ceasefire 0.8 moratorium
ceasefire 0.6 lull
ceasefire 0.6 demilitari*
ceasefire 0.5 buffer zone
ceasefire 0.6 stop the bombing
ceasefire 0.6 end to the bombing
ceasefire 0.8 halt* fire
ceasefire 0.8 halt* airstrikes
ceasefire 0.8 halt* _ airstrikes
ceasefire 0.8 halt* air strikes
ceasefire 0.8 halt* _ air strikes
ceasefire 0.8 halt* bombing
ceasefire 0.8 halt* _ bombing
ceasefire 0.8 halt* _ _ bombing
ceasefire 0.8 respite from
ceasefire 0.6 respite
ceasefire 0.6 pauses
ceasefire 1 humanitarian window*
ceasefire 0.8 daily pause*
notevent 1 ceasefire line
notevent 1 cease-fire line
notevent 1 armistice line

// ceasefire states, read only in sentences that speak of a ceasefire
proposed 1 call* for
proposed 1 urge*
proposed 1 demand*
proposed 1 propos*
proposed 0.6 plan
proposed 0.6 plans
proposed 0.6 planning
proposed 0.4 would
proposed 0.6 seek*
proposed 0.6 negotiat*
proposed 1 push* for
proposed 0.6 to broker
proposed 0.6 attempt*
proposed 0.6 effort*
proposed 0.5 hope*
proposed 0.6 initiative
proposed 0.8 work towards
proposed 0.8 work toward
proposed 0.5 possible
proposed 0.5 aimed at
proposed 0.3 will
proposed 0.6 draft
proposed 0.6 offer*
collapsed 0.5 restore
collapsed 0.8 revive
collapsed 0.8 reinstate
collapsed 1 resurrect*
violated 0.6 salvage
proposed 0.6 new ceasefire
proposed 0.6 new truce
in_effect 1 took effect
proposed 1 to take effect
proposed 1 will take effect
proposed 1 planned
proposed 1 due to
proposed 1 ahead of the
proposed 1 ahead of a
proposed 1 ahead of its
in_effect 1 ahead of schedule
proposed 0.8 set to
proposed 0.8 expected to
proposed 0.8 would take
in_effect 1 went into effect
in_effect 1 came into effect
in_effect 1 into force
in_effect 1 took hold
in_effect 1 in effect
in_effect 1 in place
in_effect 1 in force
in_effect 1 holding
in_effect 0.6 held
in_effect 0.4 hold
in_effect 0.8 agreed
in_effect 0.8 declared
in_effect 0.6 announced
in_effect 0.6 began
in_effect 0.6 started
in_effect 1 extended
in_effect 0.8 halted
in_effect 0.6 paused
in_effect 0.8 extend
in_effect 0.8 extension
in_effect 0.6 observed
in_effect 0.5 respect*
in_effect 0.6 brokered
in_effect 0.6 reached
in_effect 0.6 signed
in_effect 0.6 implement*
in_effect 0.4 fragile
in_effect 0.8 under the
in_effect 0.6 calm
in_effect 0.5 monitor*
in_effect 0.6 guarantor*
in_effect 0.6 covered by
in_effect 0.6 excluded
in_effect 0.6 exclude*
in_effect 0.5 zone*
violated 1 violat*
violated 1 breach*
violated 0.8 broke the
violated 1 despite
violated 1 in spite of
violated 1 flout*
violated 0.6 shaky
violated 0.4 fragile
violated 1 infring*
violated 0.6 undermin*
violated 0.5 threaten*
violated 0.6 jeopardi*
violated 0.8 breaking
violated 1 marred
collapsed 1 collaps*
collapsed 0.8 ended
collapsed 0.8 ends
collapsed 0.4 end
collapsed 0.6 end of
collapsed 1 expired
collapsed 1 broke down
collapsed 1 broken down
collapsed 0.6 failed
collapsed 0.4 fail*
violated 0.8 failed to
violated 0.8 supposed to
collapsed 1 abandon*
collapsed 1 no longer
collapsed 0.8 is dead
collapsed 0.8 was dead
collapsed 0.8 suspend*
collapsed 1 scrapped
violated 0.6 resumed
violated 0.6 resumption
collapsed 1 unravel*
collapsed 1 fell apart
collapsed 0.6 falter*
collapsed 0.8 pulled out
collapsed 0.8 withdrew from
collapsed 0.8 is over
collapsed 0.8 was over
`
