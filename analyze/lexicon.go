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
talks 1 peace negotiations
talks 1 peace initiative
talks 1 peace efforts
talks 1 peace proposal
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
talks 0.8 negotiat*
talks 0.8 mediat*
talks 0.8 broker*
talks 0.7 envoy
talks 1 special envoy
talks 1 peace envoy
talks 1 de mistura
talks 1 brahimi
talks 0.8 kofi annan
talks 0.6 geneva
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
talks 0.8 phone call
talks 0.8 telephone call
talks 0.8 telephone conversation
talks 0.8 phone conversation
talks 0.8 phone talks
talks 0.8 telephone talks
talks 0.5 met with
talks 0.5 meeting with
talks 0.7 summit
talks 0.5 foreign ministers
talks 0.5 counterpart*
talks 0.4 discussed
talks 0.4 bilateral
talks 0.6 delegation
talks 1 opposition delegation
talks 1 high negotiations committee
talks 1 contact group
talks 1 friends of syria
talks 0.8 roadmap
talks 0.8 road map
talks 0.8 settlement

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
ceasefire 0.4 stop the bombing
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
proposed 0.6 plan*
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
proposed 1 ahead of
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
collapsed 0.6 resumed
collapsed 0.6 resumption
collapsed 1 unravel*
collapsed 1 fell apart
collapsed 0.6 falter*
collapsed 0.8 pulled out
collapsed 0.8 withdrew from
collapsed 0.8 is over
collapsed 0.8 was over

// hypothetical: a state feared or threatened, not reported
hypothetical 1 could
hypothetical 1 would
hypothetical 1 may
hypothetical 1 might
hypothetical 1 unless
hypothetical 0.6 if
hypothetical 0.8 threaten* to
hypothetical 0.8 risk*
hypothetical 0.8 on the verge
hypothetical 0.8 on the brink
hypothetical 0.6 fear*
hypothetical 0.6 warn*

// humanitarian: the plight of civilians and the response to it
humanitarian 0.8 humanitarian
humanitarian 1 humanitarian situation
humanitarian 1 humanitarian crisis
humanitarian 1 humanitarian catastrophe
humanitarian 1 humanitarian disaster
humanitarian 1 plight
humanitarian 1 humanitarian pause*
humanitarian 0.8 desperate need
humanitarian 0.8 dire need
humanitarian 0.6 in need of
humanitarian 0.6 suffering
humanitarian 0.3 unicef
humanitarian 0.7 icrc
humanitarian 0.7 red cross
humanitarian 0.7 red crescent
humanitarian 0.5 ocha
humanitarian 0.6 detainees
aid 0.8 aid
aid 1 humanitarian aid
aid 1 aid convoy*
aid 1 aid trucks
aid 1 aid deliver*
aid 0.5 convoy*
aid 0.6 relief
aid 0.5 assistance
aid 1 humanitarian assistance
aid 0.6 food
aid 1 food supplies
aid 0.6 deliver*
aid 0.5 supplies
aid 0.5 distribut*
aid 0.8 airdrop*
aid 0.8 wfp
aid 0.8 world food
aid 0.8 aid workers
aid 0.8 aid agencies
notevent 1 military aid
notevent 1 first aid
notevent 1 humanitarian law
notevent 1 humanitarian laws
notevent 1 military assistance
access 1 humanitarian access
access 0.4 access
access 1 access to aid
access 1 access for aid
access 0.8 reach civilians
access 0.8 reach the besieged
access 1 humanitarian corridor*
access 0.4 corridor*
access 1 hard-to-reach
access 1 unimpeded
access 0.6 allowed in
access 1 allow aid
access 1 blocked aid
access 0.6 cross-border
siege 0.6 besieged
siege 1 siege
siege 1 blockade
siege 0.6 encircle*
siege 0.8 trapped
siege 1 starv*
siege 0.8 hunger
siege 1 malnutrition
siege 1 malnourished
siege 0.8 shortage*
siege 0.6 cut off
evacuation 1 evacuat*
evacuation 1 evacuees
evacuation 0.6 buses
evacuation 1 green buses
displacement 1 displaced
displacement 1 displacement
displacement 1 idps
displacement 1 refugee*
displacement 0.8 fled
displacement 0.8 flee*
displacement 1 exodus
displacement 0.3 camp
displacement 0.6 camps
displacement 0.3 tents
displacement 0.5 shelter*
displacement 0.8 homeless
displacement 1 return to their homes
displacement 1 returned to their homes
displacement 1 returnees
displacement 1 uprooted
displacement 1 unhcr
displacement 0.8 asylum
health 0.5 hospital*
health 1 hospitals are
health 1 hospitals were
health 1 out of service
health 1 inoperable
health 0.5 ambulance*
health 1 health care
health 1 healthcare
health 1 health system
health 1 health facilities
health 1 medical facilities
health 1 medical care
health 1 medical aid
health 0.8 field hospital*
health 1 attacks on hospitals
health 1 attacks on health
health 1 shortage of medicine*
health 1 shortages of medicine*
health 0.8 overwhelmed
health 0.8 overflowing
health 1 medical staff
health 1 health workers
health 0.4 medical
health 0.5 medics
health 0.5 doctors
health 0.6 health
health 0.8 clinic*
health 0.8 disease*
health 1 cholera
health 1 polio
health 1 epidemic
health 1 vaccin*
health 0.8 medicine*
health 1 medical supplies
health 0.3 treatment
health 0.3 treated
health 1 world health organization
health 1 world health organisation
health 0.8 msf
health 1 doctors without borders
health 0.3 water
health 1 drinking water
health 1 running water
health 1 sanitation
appeal 0.8 appeal*
appeal 1 funding
appeal 1 donor*
appeal 0.8 pledg*
appeal 0.5 fund
appeal 1 international community to
appeal 0.8 plea

// violence: armed violence itself
violence 1 killed
violence 1 killing*
violence 0.8 kill*
violence 0.8 dead
violence 0.6 deaths
violence 0.6 died
violence 0.8 wounded
violence 0.8 injured
violence 0.8 casualties
violence 1 air strike*
violence 1 airstrike*
violence 1 air raid*
violence 0.8 raid*
violence 0.8 shell*
violence 1 bomb*
violence 1 clash*
violence 0.8 fighting
violence 0.8 battle*
violence 0.8 offensive
violence 0.8 attack*
violence 0.8 explosion*
violence 0.8 blast*
violence 1 mortar*
violence 0.8 rocket*
violence 0.8 missile*
violence 1 gunfire
violence 1 sniper*
violence 0.8 execut*
violence 1 assassinat*
violence 1 massacre*
violence 1 chemical attack
violence 1 gas attack
violence 0.7 captured
violence 1 recaptured
violence 0.6 seized
violence 0.8 took control
violence 0.5 advance*
violence 1 ambush*
violence 1 opened fire
violence 0.7 strike*
violence 0.7 shot
violence 0.8 gunmen
violence 0.4 militants
violence 0.5 destroyed
violence 0.8 shot down

// background: history told as context, not the news of the day
background 1 last year
background 1 years ago
background 0.6 ago
background 0.8 since #year
background 0.8 in #year
background 0.6 since _ #year
background 0.6 in _ #year
background 0.6 since the start
background 0.6 since the beginning
background 0.6 since the outbreak
background 0.6 previously
background 0.8 in the past
background 0.5 earlier this year
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
background 0.8 began in
background 0.8 erupted in
background 0.8 started in
background 0.6 millions
background 0.6 hundreds of thousands
background 0.6 half a million
background 0.6 the first time
background 0.7 last month
background 0.4 last week
background 0.7 late _ #year
background 0.7 early _ #year
background 0.7 until _ #year
background 0.7 by _ #year
background 0.5 earlier this month
background 0.8 had been
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
