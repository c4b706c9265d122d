package analyze

// lexiconMore continues lexicon: humanitarian and violence cues, and the
// modifiers that tell hypotheses, fighters and casualties' care from the news.
const lexiconMore = `
// hypothetical: a state feared or threatened, not reported
hypothetical 1 could
hypothetical 1 would
// "may" before a word, not the month in "3 May 2021" or "May 3"
hypothetical 1 may #w
hypothetical 1 might
hypothetical 1 unless
hypothetical 0.6 if
hypothetical 0.8 threaten* to
hypothetical 0.8 risk*
hypothetical 0.8 on the verge
hypothetical 0.8 on the brink
hypothetical 0.6 fear*
hypothetical 0.6 warn*
hypothetical 1 avert*
hypothetical 0.8 prevent*

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
aid 0.4 convoy*
aid 0.6 relief
aid 0.5 assistance
aid 1 humanitarian assistance
aid 0.4 food
aid 1 food aid
aid 1 food assistance
aid 0.8 food and shelter
aid 0.8 food and medicine
aid 0.8 food and water
aid 1 food rations
aid 1 food parcels
aid 1 food baskets
aid 1 food supplies
aid 0.6 deliver*
aid 0.4 supplies
aid 0.5 distribut*
aid 0.8 airdrop*
aid 0.8 wfp
aid 0.8 world food
aid 0.8 aid workers
aid 0.8 aid agencies
aid 0.8 provid* aid
aid 0.8 provid* food
aid 0.8 provid* shelter
aid 0.8 provid* assistance
aid 0.8 provid* treatment
aid 0.8 provid* medical
notevent 1 military aid
notevent 1 first aid
notevent 1 humanitarian law
notevent 1 humanitarian laws
notevent 1 military assistance
notevent 1 delivery system*
notevent 1 delivery vehicle*
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
access 1 aid access
access 1 reach besieged
access 1 convoys to reach
access 1 blocking aid
access 1 aid blocked
access 1 aid _ blocked
access 1 aid was blocked
access 1 aid is blocked
access 0.8 denied access
access 0.8 obstruct*
access 1 allow humanitarian
access 0.8 entering besieged
access 0.4 to reach
access 0.5 cross into
siege 0.6 besieged
siege 1 siege
siege 1 blockade
siege 0.6 encircle*
siege 0.8 trapped
siege 1 starv*
siege 0.8 hunger
siege 1 malnutrition
siege 1 famine
siege 0.8 food insecurity
siege 1 malnourished
siege 0.8 shortage*
siege 0.6 cut off
evacuation 1 evacuat*
evacuation 1 evacuees
evacuation 0.6 buses
evacuation 1 green buses
evacuation 1 civilians to leave
evacuation 0.8 residents to leave
evacuation 0.8 safe passage
evacuation 0.6 safe exit
displacement 1 displaced
displacement 1 displacement
displacement 1 idps
displacement 1 refugee*
displacement 0.6 fled
displacement 1 civilians fled
displacement 1 residents fled
displacement 1 families fled
displacement 1 people fled
displacement 1 thousands flee
displacement 1 thousands fled
displacement 1 thousands fleeing
displacement 1 hundreds flee
displacement 1 hundreds fled
displacement 1 people flee
displacement 1 civilians flee
displacement 1 residents flee
displacement 1 families flee
displacement 0.8 have fled
displacement 0.8 had fled
displacement 1 civilians to flee
displacement 1 residents to flee
displacement 1 people to flee
displacement 1 families to flee
displacement 0.8 civilians fleeing
displacement 0.8 trying to flee
displacement 0.8 trying to escape
displacement 0.8 trying to leave
displacement 0.8 attempting to flee
displacement 0.8 intended to leave
displacement 0.8 residents fleeing
displacement 0.8 families fleeing
displacement 1 fled their homes
displacement 1 flee their homes
displacement 1 forced from their homes
displacement 1 driven from their homes
displacement 0.6 flee
displacement 0.6 flees
displacement 0.6 fleeing
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
// a hospital struck is the health system hit, not a detail of the attack
humanitarian 0.9 out of service
humanitarian 0.9 inoperable
humanitarian 0.8 hit a hospital
humanitarian 0.8 struck a hospital
humanitarian 0.8 on a hospital
humanitarian 0.8 targeted a hospital
humanitarian 0.8 bombed a hospital
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
health 0.5 clinic*
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
appeal 1 appeal for
appeal 1 billion appeal
appeal 1 million appeal
appeal 1 humanitarian appeal
appeal 1 flash appeal
appeal 1 response plan
appeal 1 funding
appeal 1 donor*
appeal 1 pledging conference
appeal 1 pledged _ million
appeal 1 pledged _ billion
appeal 1 pledged _ _ million
appeal 1 pledged _ _ billion
appeal 0.5 fund
appeal 1 international community to
appeal 0.8 plea
appeal 0.6 call* upon
appeal 0.4 call* on
appeal 0.4 urg*
appeal 0.6 relieve

// fighters and civilians: who is moved decides whether an evacuation is
// humanitarian ("wounded civilians evacuated") or the terms of a surrender
// ("rebels evacuated to Idlib")
fighters 1 rebels
fighters 1 fighters
fighters 1 militants
fighters 1 jihadists
fighters 1 gunmen
fighters 1 insurgents
fighters 1 militiamen
civilians 1 civilians
civilians 1 residents
civilians 1 families
civilians 1 children
civilians 1 women
civilians 1 wounded
civilians 1 injured
civilians 1 sick
civilians 1 people
civilians 1 population

// victims: the hurt named as people to treat or move, which is no attack
// by itself; these lines come before the violence cues they shadow
victims 1 wounded civilians
victims 1 wounded people
victims 1 wounded children
victims 1 wounded and sick
victims 1 sick and wounded
victims 1 injured civilians
victims 1 injured people
victims 1 the wounded
victims 1 the injured
treated 1 taken to hospital
treated 1 taken to a hospital
treated 1 rushed to hospital
treated 1 treated in hospital
treated 1 treated at
treated 1 treated in
treated 1 hospital treatment
treated 1 receiving treatment
treated 1 received treatment
treated 1 being treated
treated 1 were treated

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
violence 0.8 shell
violence 0.8 shells
violence 0.8 shelled
violence 0.8 shelling
violence 0.8 shellfire
violence 1 bomb*
violence 1 clash*
violence 0.8 fighting
violence 0.8 battle*
violence 0.8 offensive
violence 0.8 assault*
violence 0.9 onslaught
violence 0.5 war crimes
violence 0.8 attack*
violence 0.8 explosion*
violence 0.8 blast*
violence 1 mortar*
violence 0.8 rocket*
violence 0.8 missile*
violence 1 gunfire
violence 1 sniper*
violence 0.8 execute
violence 0.8 executes
violence 0.8 executed
violence 0.8 executing
violence 0.8 execution
violence 0.8 executions
violence 1 assassinat*
violence 1 massacre*
violence 1 chemical attack
violence 1 gas attack
violence 0.7 captured
violence 1 recaptured
violence 0.6 seized
violence 0.8 took control
violence 0.5 advances
violence 0.5 advancing
violence 0.5 advanced on
violence 0.5 advanced into
violence 0.5 advanced toward*
violence 0.5 advance on
violence 0.5 advance into
violence 1 ambush*
violence 1 opened fire
violence 1 exchanged fire
violence 1 exchange fire
violence 1 exchanging fire
violence 1 traded fire
violence 1 behead*
violence 0.7 stabb*
violence 0.8 taken hostage
violence 0.8 took _ hostage
violence 0.8 took _ _ hostage
violence 0.7 strike*
violence 0.7 shot
violence 0.8 gunmen
violence 0.4 militants
violence 0.5 destroyed
violence 0.8 shot down
violence 0.6 bodies
violence 0.8 fatalities
violence 0.8 fatality
violence 0.8 artillery
violence 0.8 gunshot*
violence 0.9 grenade*
violence 0.6 explosive*
violence 0.9 detonat*
violence 0.6 riot*
violence 1 lynch*
violence 0.7 beaten
violence 0.7 tortur*
violence 0.5 looted
violence 1 armed clash*
violence 0.6 struck
violence 1 drone strike*
violence 1 drone attack*
violence 0.5 fired
violence 1 bombard*
violence 0.7 stormed
violence 1 firefight
violence 1 firefights
violence 1 ied
violence 1 ieds
violence 0.8 landmine*
violence 0.6 abduct*
violence 0.6 kidnap*
violence 0.6 incursion
violence 0.6 invasion
violence 1 gun battle*
violence 1 shootout
violence 0.8 insurgent attack*
violence 0.5 victims
`
