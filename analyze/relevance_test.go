package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestRelevanceGate: reports from the bundled Guardian feed, ReliefWeb and
// general news collections that are not about armed conflict are turned
// away with their reason; conflict reports, including those whose words
// look like another topic's ("Arab League", a bomb near a police station,
// malnutrition in refugee camps), stay.
func TestRelevanceGate(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"football", "Tottenham Hotspur v Manchester United: Premier League – live!",
			"Live updates from the Premier League match at Wembley, as Spurs host United.", news.NotSport},
		{"football strikes", "UPDATE 1-Ronaldinho strikes to give Barca win over Milan",
			"A brilliant late strike from Ronaldinho gave dominant Barcelona a 2-1 win over AC Milan in an epic Champions League contest at the Nou Camp on Tuesday.", news.NotSport},
		{"golf shootout", "Broadhurst leads by a shot after second round of Madrid Open",
			"England's Paul Broadhurst shot a 6-under 65 Friday to take a one-stroke lead after the second round of the Madrid Open, a PGA event.", news.NotSport},
		{"typhoon", "Typhoon Tembin forces mass evacuations in Viet Nam",
			"More than 1.1 million people in 15 provinces and cities in the south of Viet Nam have been evacuated to safety as Typhoon Tembin approaches, the government said.", news.NotDisaster},
		{"hiv", "HIV on the rise in Angola",
			"The HIV/AIDS pandemic in Angola is spreading, mainly in the provinces, the executive secretary of Angola's Aids Service Organisations Network said.", news.NotHealth},
		{"climate", "Climate Change Threatens Mexican Agriculture",
			"Farmers in central Mexico say changing rains have cut their crops, and agricultural officials warn of worse to come as the climate warms.", news.NotClimate},
		// an industrial disaster's blast is [toll]'s (the explosions of an accident), so the gas
		// explosion decides as a disaster before the police make it a crime's
		{"mine accident", "China Mine Blast Kills 56, Death Toll Could Soar",
			"A gas explosion in a crowded coal mine in China killed at least 56 people and left 92 missing, police and officials said, in the country's worst mine accident this year.", news.NotDisaster},
		{"labour strike", "Israel Unions Start Nationwide Strike",
			"Israeli unions began a nationwide strike on Tuesday expected to affect about 400,000 public sector workers.", news.NotLabour},
		{"nothing of war", "Lab-made meat could be the next food revolution: here's what it tastes like",
			"Scientists in California say meat grown from cells could be on supermarket shelves within a few years.", news.NotNoConflict},
		{"air strike", "Russian strike kills 18 civilians in Syria's Idlib",
			"An air strike killed 18 civilians including five children in Syria's northwestern province of Idlib on Saturday, the Syrian Observatory for Human Rights said.", ""},
		{"talks beside a conflict place", "Foreign ministers end talks without deal on Nagorno-Karabakh",
			"The two ministers concluded two days of talks in Washington without agreement on the border.", ""},
		{"talks with no conflict place", "Foreign ministers end talks without deal on fishing quotas",
			"The two ministers concluded two days of talks in Oslo without agreement on the quotas.", news.NotNoConflict},
		{"arab league", "World leaders react to Syria chemical attack claim",
			"The Arab League called an emergency meeting after the attack on Khan Sheikhoun, which killed dozens of people including children.", ""},
		{"bomb near police", "Bomb Explosion in Nepali Capital Wounds 38",
			"A bomb exploded near a police post in Kathmandu on Sunday, wounding 38 people, police said, blaming Maoist rebels.", ""},
		{"refugee camp nutrition", "Severe malnutrition tops 11% in Bangladesh refugee camps",
			"A nutrition survey in the camps of Cox's Bazar found severe acute malnutrition among Rohingya children above the emergency threshold.", ""},
		{"cyclone over refugee camps", "Cyclone season threatens Rohingya refugee camps",
			"Aid agencies are reinforcing shelters in the camps of Cox's Bazar before the cyclone season, when storms could flatten the bamboo homes of 700,000 refugees.", ""},
		{"outbreak in the camps", "Diphtheria outbreak, Cox’s Bazar, Bangladesh - Daily epidemiological bulletin",
			"Suspected diphtheria cases were reported in the settlements of forcibly displaced Myanmar nationals; the attack rate was highest among children.", ""},
		{"food assistance in a conflict region", "Cash Suitability Assessment for Food Assistance in Konduga, Borno State, Nigeria",
			"This factsheet presents findings from an assessment of the most appropriate food assistance modality in the town of Konduga.", ""},
		{"food assistance after a drought", "Food assistance reaches drought-hit families in Kenya",
			"The WFP said food assistance had reached 300,000 people in northern Kenya after the fifth failed rainy season.", news.NotDisaster},
		{"talks", "Russia-backed Syrian peace talks agree deal on new constitution",
			"Delegates at the Sochi congress agreed to form a committee to draft a new constitution, Russia's foreign ministry said.", ""},
		// words that are armed only in a war's company, and idioms
		{"rocket launch", "SpaceX rocket launch delayed by high winds",
			"The company said the launch of its Falcon 9 rocket from Cape Canaveral would be attempted again on Friday.", news.NotNoConflict},
		{"tory rebels", "Tory rebels defeat government over Brexit bill",
			"Eleven Conservative MPs voted with the opposition on Wednesday night, inflicting the first Commons defeat on the prime minister.", news.NotNoConflict},
		{"time bomb", "'Ticking time bomb' as Pacific children bear mental scars of floods",
			"Each time teenager Freddy hears the rumble of thunder in his coastal village he is gripped with fear that the sea will take his home.", news.NotDisaster},
		{"conflict of interest", "Director of health agency resigns over financial conflicts of interest",
			"Her financial interests had caused conflicts of interest that made it difficult to do her job, a statement said.", news.NotNoConflict},
		{"trade truce", "Markets rally as US and China agree trade truce",
			"Stocks rose in Asia after the two governments agreed to suspend new tariffs for ninety days.", news.NotBusiness},
		{"striker in a conflict country", "Shakhtar striker's late goal sinks Roma in Kharkiv",
			"Shakhtar Donetsk scored twice in the second half to beat Roma 2-1 in the Champions League last-16 first leg in Kharkiv, Ukraine.", news.NotSport},
		{"drought relief in a conflict country", "Somalia: water prices rise as rains fail",
			"Humanitarian partners expanded water trucking in Nugaal region of Somalia as the drought left pastoralists without water for their livestock.", news.NotDisaster},
		{"refugees in passing", "The 2017 voices on gender equality you cannot miss",
			"Women who broke barriers at home and in politics, men who refused to stay silent, and refugees who have shown us what resilience means.", news.NotNoConflict},
		{"football attack", "Salah strikes twice as Liverpool's attack routs Brighton",
			"Mohamed Salah fired two shots past the keeper and Liverpool's attack killed off the game before half-time at Anfield.", news.NotSport},
		{"cricket", "England bowled out for 58 as Boult and Southee run riot",
			"England were bowled out for 58 in Auckland, Trent Boult taking six wickets as the tourists' batting collapsed.", news.NotSport},
		{"boxing", "Joshua knocks out Parker's hopes in heavyweight unification bout",
			"Anthony Joshua beat Joseph Parker on points in Cardiff to unify three of the four heavyweight belts in front of 78,000 fans.", news.NotSport},
		{"fight night with no sport word known", "Fighters make weight ahead of Saturday's card in Las Vegas",
			"Both fighters weighed in on Friday before the main event at the T-Mobile Arena.", news.NotNoConflict},
		{"decommissioning", "Sellafield decommissioning costs rise to £100bn",
			"The cost of decommissioning the nuclear site in Cumbria has risen again, the National Audit Office said.", news.NotNoConflict},
		{"bricks and mortar", "High street retailers close bricks-and-mortar stores as sales move online",
			"Several chains said they would close a third of their shops after a poor Christmas.", news.NotNoConflict},
		{"heart attack in a conflict country", "Lebanese singer dies of a heart attack at 62",
			"The singer, whose songs were sung across Lebanon for four decades, died of a heart attack in Beirut on Sunday, his family said.", news.NotNoConflict},
		{"relief rally", "Turkish lira sees relief rally",
			"The lira rose 3% against the dollar in Turkey on Thursday in a relief rally after the government eased its currency rules.", news.NotNoConflict},
		{"space flight from a conflict country", "Docking fault delays space station mission",
			"The launch of a Russian rocket due to blast off for the International Space Station next month has been put back, Russia's space agency said.", news.NotBusiness},
		{"a video game's war", "Video game makers bring the streets of Baghdad to the living room",
			"In the newest video game the player drives through Baghdad as gunmen open fire from the rooftops.", news.NotBusiness},
		{"a war of another century", "Gulf states to get little for Gulf war pollution",
			"Kuwait and Saudi Arabia want billions of dollars for damage done to their deserts in the 1990-91 Gulf conflict, a UN panel heard.", news.NotNoConflict},
		{"a siege of rivals", "A hard winter for the high street",
			"Department stores say they are under siege from online shops that undercut their prices.", news.NotNoConflict},
		{"a computer worm", "Worm attack slows corporate networks in Israel",
			"A new worm attack spread through corporate email in Israel on Monday, security firms said.", news.NotNoConflict},
		{"a legal battle in a conflict country", "Oil company loses legal battle in Moscow court",
			"The company lost its court battle against a tax claim in Russia on Friday.", news.NotBusiness},
		{"cricket in a conflict country", "Pakistan bowlers rout Sri Lanka",
			"Pakistan's fast bowlers took eight wickets in Karachi as the injured captain watched.", news.NotSport},
		{"soldiers of a disaster's relief", "Philippine storm toll rises to 400",
			"The death toll from a storm in the Philippines rose to 400, with soldiers searching for survivors.", news.NotDisaster},
		{"soldiers in a flood with shelling", "Floods hit villages as soldiers come under attack",
			"Soldiers came under attack near Mosul while floods cut the road, officials said.", ""},
		{"negotiations to join a union", "Turkey and EU to open membership negotiations",
			"Turkey and the European Union agreed to open membership negotiations in October, officials said in Brussels.", news.NotNoConflict},
		{"a missile shield as a customer", "Arms maker wins missile defense contract",
			"The company won a $500 million contract to build interceptors for the missile defense system.", news.NotNoConflict},
		{"an army's engineers as a customer", "Oil services firm wins new Iraq contract",
			"The firm won a contract worth $1.2 billion to restore Iraq's oil fields, the Army Corps of Engineers said.", news.NotNoConflict},
		{"a spam war", "Spam war heats up",
			"Two internet companies sued hundreds of spammers in a new offensive against junk e-mail.", news.NotNoConflict},
		{"a team's name", "Militia win rugby league title",
			"The Militia beat the Sharks 24-20 to win the title.", news.NotSport},
		{"rebels at a match", "Rebels attack stadium during football match",
			"Rebels attacked a stadium in Mogadishu during a football match on Friday, killing 12 fans.", ""},
		{"the oil market moved by a strike", "Crude climbs on Nigeria strike threat",
			"Crude oil futures rose after Nigerian unions threatened a general strike over fuel prices.", news.NotBusiness},
		{"a crude bomb", "Crude bomb kills three in Maiduguri market",
			"A crude bomb exploded in a crowded market in Maiduguri, killing three people, police said.", ""},
		{"guarding the games", "Athens security tight as Games open",
			"Some 70,000 police and soldiers guard the Athens Olympics, with Patriot missiles on alert against terrorist attack.", news.NotSport},
		{"missiles on a stadium in a city at war", "Missiles hit stadium during football match",
			"Two missiles hit a stadium in Donetsk during a football match on Sunday, killing four fans, officials said.", ""},
		{"rebel players", "Rebel players return to Zimbabwe side",
			"The rebel players ended their strike and rejoined the national team.", news.NotNoConflict},
		{"a strike of workers in a conflict country", "Airline strike grounds Israeli flights",
			"A strike by El Al workers grounded flights at Ben Gurion airport in Israel.", news.NotNoConflict},
		{"a strike by jets", "Strike by coalition jets hits Raqqa",
			"A strike by coalition jets hit a market in Raqqa on Monday, a monitor said.", ""},
		{"climate refugees", "Climate refugees of the Pacific look for higher ground",
			"Villagers in the low-lying islands say rising seas will soon force them from their homes.", news.NotNoConflict},
		// the vocabulary of sport and business: an attack, a kill, a war or a truce of a game or a market
		{"baseball shelling", "Rockies' bullpen collapses in the ninth",
			"The Colorado bullpen was shelled for six runs in the ninth inning as the Cubs won their fifth straight.", news.NotSport},
		{"tennis in a conflict country", "Top-seeded Safin upset in Moscow",
			"The top-seeded Russian lost in the first round in Moscow, his rival's attack at the net deciding it.", news.NotSport},
		{"killed off near a conflict place", "Plan to join two Russian banks killed off by the regulator",
			"The plan to join the two lenders in Moscow was killed off on Tuesday when the regulator said it would weaken competition.", news.NotNoConflict},
		{"strike a deal near a conflict place", "Israeli chip designer strikes a deal with a Californian rival",
			"The Tel Aviv company will license its designs to the larger firm for five years.", news.NotNoConflict},
		{"figurative war", "Supermarket war hots up as discounters expand",
			"Two discount chains will open forty more stores next year, squeezing the margins of the big grocers.", news.NotNoConflict},
		{"takeover siege", "Board ousts chief after a long takeover siege",
			"The board of the software maker removed its chief executive, who had fought the hostile bid for 16 months.", news.NotBusiness},
		{"truce of rivals", "Software rivals call a truce",
			"The two companies said they would make their products work together after years of rivalry.", news.NotNoConflict},
		{"terrorists in a quotation", "Actress sparks a security scare at the airport",
			"Guards found a pocketknife in her handbag. \"The terrorists put it there,\" she told them, a passenger said. \"The terrorists did it.\"", news.NotNoConflict},
		{"terrorists as a kind of criminal", "Who pays for wiretapping the net?",
			"Monitoring internet calls of criminals and terrorists is costly, and the carriers want the government to pay.", news.NotNoConflict},
		{"conflict and violence in different sentences", "Chip maker agrees to a friendly deal",
			"After 18 months of conflict, the board accepted the raised offer. The deal strikes a balance between the two firms' products.", news.NotNoConflict},
		// markets, companies and technology whose leads hold armed words: the headline's topic decides
		{"a defence maker's results", "Arms maker's profit rises on fighter jet sales",
			"The defence contractor said quarterly profit rose 20 percent as governments bought more fighter jets and missiles.", news.NotBusiness},
		{"the oil market moved by attacks", "Oil hits a record on supply fears",
			"Crude oil futures rose to a record after saboteurs attacked pipelines in southern Iraq and militants threatened more attacks.", news.NotBusiness},
		{"a contractor's earnings from a war", "Caterer's profit jumps on Iraq work",
			"The company's earnings rose as it fed and housed US troops in Iraq and Kuwait.", news.NotBusiness},
		{"a camera called the Rebel", "Camera maker cuts the price of its Digital Rebel",
			"The Digital Rebel, the cheapest digital SLR camera, now sells for $899.", news.NotNoConflict},
		{"a search engine war", "Search war heats up as Yahoo attacks Google's lead",
			"Yahoo launched a new search engine on Tuesday in its fight to win users back.", news.NotBusiness},
		{"a market's headline with a war's words", "Shares fall as militants attack oil field",
			"Militants attacked an oil field in the Niger Delta on Monday, killing four guards, and the company's shares fell 3 percent.", ""},
		{"a company's war on spyware", "Software giant declares war on spyware",
			"The company will attack the programs that spy on users with a free tool, it said on Tuesday.", news.NotNoConflict},
		{"a chipmaker's soldiers", "Chipmaker wins an order for rugged laptops",
			"The company said soldiers and troops in the field would use its processors in new rugged laptops.", news.NotBusiness},
		{"a market's war that troops make literal", "Shares slump as war looms",
			"Investors sold stocks as troops massed on the border.", ""},
		{"missile makers' shares", "Arms makers ride a boom",
			"Shares of missile makers rose as investors bet on higher profits from fighter jets and missiles.", news.NotBusiness},
		{"missiles on a company's depot in a city at war", "Missiles hit oil depot as shares fall",
			"Two missiles struck an oil depot in Aden, and the company's shares fell 5 percent on the news.", ""},
		{"money shelled out in a conflict country", "Chip designer sold for $2 billion",
			"A rival shelled out $2 billion for the firm, which has 300 staff in Haifa, Israel.", news.NotNoConflict},
		{"a company soldiers on", "Chip maker soldiers on with its server processor",
			"The company said it would keep making the chip despite weak sales.", news.NotNoConflict},
		{"a chief rallies the troops", "Chief executive rallies the troops after a weak quarter",
			"The software maker's boss told staff that profits would return next year.", news.NotBusiness},
		{"a war of another century in the headline", "Film-maker returns to the American Civil War",
			"His new series tells the story through letters home.", news.NotNoConflict},
		{"a rude remark about a conflict place", "Broadcaster apologises for offensive remarks about Kashmir",
			"The network said the presenter's words had been a mistake.", news.NotNoConflict},
		{"a press conference in a conflict country", "Finance minister sees debt repaid early",
			"The country may repay $10 billion of foreign debt next year, the finance minister told a press conference in Moscow, Russia.", news.NotBusiness},
		{"a rocket that carries a crew", "Launch of new crew delayed",
			"The launch of the Soyuz rocket due to carry the next crew from Russia was put back for technical reasons, the space agency said.", news.NotNoConflict},
		{"a league's name as a possessive near an army club", "Champions' trip cancelled over security",
			"The NBA's champions cancelled their trip to Moscow, Russia, citing security, the army club said.", news.NotSport},
		{"unions call a strike in a conflict country", "Unions call strike to cut oil supply",
			"Unions in Nigeria called a strike this month to disrupt the country's oil exports.", news.NotLabour},
		{"a call for an air strike", "Governor calls for an air strike on the rebels' base",
			"The governor of the province asked the army to bomb the hideout.", ""},
		// armed forces and arms at peace, strikes of workers, markets a war moves (issue 13)
		{"a contract to feed troops in a war's country", "",
			"Caterer wins contract to feed troops in Iraq HOUSTON - The company won a $300 million contract to provide meals for soldiers in Iraq and Kuwait.", news.NotDefence},
		{"a missile test", "Missile interceptor fails in test",
			"An interceptor missile failed to leave its silo in the Pacific, the second failure of the missile defense system this year.", news.NotDefence},
		{"a satellite the military launches in a conflict country", "Russian military launches navigation satellites",
			"Russia's military space forces launched three navigation satellites from the Plesetsk cosmodrome.", news.NotDefence},
		{"an army's order with no headline", "",
			"Armor maker's shares soar on Army order. Shares of the company rose 12 percent after the Army ordered more body armor for troops in Iraq and Afghanistan.", news.NotDefence},
		{"troops sent to a war", "US to send more troops to Iraq",
			"The Pentagon said it would send 1,500 more troops to Iraq to provide security for the January elections.", ""},
		{"arms makers' shares beside air strikes", "Defence shares rise as air strikes go on",
			"Shares of missile makers rose as air strikes on rebel positions in Yemen entered a second week.", ""},
		{"a general strike with no headline in a conflict country", "",
			"Strike hits Israel's ports and airport. A general strike by public sector unions shut the country's airport and ports on Wednesday.", news.NotLabour},
		{"oil moved by fighting, with no headline", "",
			"Oil prices rise on Mideast worries. Oil prices rose on Wednesday on concerns that fighting in Iraq could cut supplies.", news.NotBusiness},
		{"a war named as a time", "Iraq's oil exports recover",
			"Iraq's oil exports rose to 1.9 million barrels a day in August, the highest since the war.", news.NotNoConflict},
		{"a pipeline blown up", "Saboteurs blow up pipeline",
			"Saboteurs blew up a pipeline in northern Iraq on Monday, halting exports to Turkey.", ""},
		{"animals at war", "",
			"Chimps wage war on neighbours. Chimpanzees raid neighbouring groups and kill rival males to take their territory, researchers said.", news.NotNoConflict},
		{"a bomb of the Second World War", "WWII bomb defused in Berlin",
			"Police evacuated 5,000 people while experts defused an unexploded World War II bomb found on a building site.", news.NotNoConflict},
		{"an ancient battle in a conflict country stays", "Ancient battlefield found near Mosul",
			"Archaeologists found the site of a battle fought by Assyrian soldiers near Mosul, in northern Iraq.", ""},
		{"a market's negotiation in a conflict country", "Saudis back a higher price band",
			"Saudi Arabia is negotiating the level of OPEC's price band with other producers, a Saudi oil official said.", news.NotNoConflict},
		{"a war as a market's cost", "Iraq war costs weigh on dollar",
			"The dollar fell as the rising cost of the war in Iraq added to worries about the budget deficit.", news.NotBusiness},
		{"a market's war with militants who attack", "War fears lift oil as militants attack pipeline",
			"Oil prices rose after militants attacked a pipeline in southern Iraq.", ""},
		{"a company's rebels", "",
			"Rebel shareholders fight chipmaker's board. Rebel shareholders said they would vote against the board's plan for a new processor.", news.NotNoConflict},
		// general news with armed words, read with no headline (issue 13, h-gate15)
		{"executives who flee a conflict country's prosecutors", "",
			"A steel maker in Russia filed for bankruptcy after its chief executive and two other executives fled the country, fearing arrest.", news.NotBusiness},
		{"a barrel moved by attacks far away", "",
			"Crude traders pushed the price above $60 a barrel as attacks on pipelines in Iraq threatened exports.", news.NotBusiness},
		{"insurers moved by an attack at sea far away", "",
			"Insurers raised premiums on ships crossing the Gulf of Aden after an attack on a tanker off Yemen, a London broker said.", news.NotBusiness},
		{"gold moved by fighting far away", "Gold climbs on Mideast tension",
			"Gold rose to a four-month high as fighting in Najaf lifted oil and investors bought bullion as a haven.", news.NotBusiness},
		{"a game's wars with no headline", "",
			"The new space opera lets players fight the Galactic Wars as troopers or rebels, and gamers bought a million copies in a week.", news.NotNoConflict},
		{"extortion with attacks from hijacked computers in a conflict country", "",
			"A gang in Russia extorted money from betting sites by threatening to knock them offline with attacks from hijacked computers.", news.NotNoConflict},
		{"a training simulation's ambushes", "",
			"A simulation built with game designers trains soldiers to handle checkpoints and ambushes before they deploy, its makers said.", news.NotNoConflict},
		{"a multiplayer simulation of a terrorist attack", "",
			"Drill for disaster: a networked multiplayer simulation lets firefighters and paramedics practise their response to a terrorist attack.", news.NotNoConflict},
		{"a war game in a conflict country stays", "",
			"Troops in Afghanistan held a simulated assault on a Taliban compound a day after insurgents killed four soldiers.", ""},
		{"mail scanned for an attack that is only planned", "",
			"The agency's new software scans millions of e-mails for words used by terrorists planning an attack.", news.NotNoConflict},
		{"a missile added to an arsenal", "",
			"Iran said it had added a new long-range missile to its arsenal and was ready to face any threat.", news.NotDefence},
		{"a contractor's bills for troops' meals", "",
			"Halliburton said the Pentagon had agreed to pay its bills for meals served to troops in Iraq.", news.NotDefence},
		{"a state's military rulers as its government", "",
			"The UN chief urged Myanmar's military rulers to free the opposition leader and hold the promised vote.", news.NotNoConflict},
		{"military rulers who send troops against rebels stay", "",
			"Myanmar's military rulers sent troops against Karen rebels, and thousands of villagers fled into Thailand.", ""},
		// World news with no armed conflict in it (issue 13 item 4, h-gate16)
		{"a country's military leaders as its government", "Burma urged to free detained dissidents",
			"The UN chief urged the country's military leaders to release the detained opposition leader before the vote.", news.NotNoConflict},
		{"military leaders who order an offensive stay", "",
			"Myanmar's military leaders ordered an offensive against Kachin rebels, and villagers fled to the border.", ""},
		{"a peace treaty of a war long over", "Tokyo and Moscow to discuss peace treaty issue",
			"The two foreign ministers will discuss the peace treaty issue and the disputed islands when they meet in Tokyo next month.", news.NotNoConflict},
		{"islands and a peace treaty with Tokyo", "",
			"Moscow said it was ready to hand back two small islands as part of a peace treaty with Tokyo, but Japan wants all four.", news.NotNoConflict},
		{"a tribunal for a regime long fallen", "Khmer Rouge leaders to face genocide tribunal",
			"The legislature approved a tribunal to try surviving Khmer Rouge leaders for genocide and war crimes that killed more than a million people.", news.NotNoConflict},
		{"a peace treaty of a war today stays", "",
			"Armenia and Azerbaijan moved closer to a peace treaty after shelling along the border killed two soldiers.", ""},
		{"a soldier's desertion in a past decade", "Former soldier who deserted in the 1960s to face court martial",
			"A former army sergeant who deserted his unit near the border in the 1960s will face a military court, officials said.", news.NotNoConflict},
		{"mediation of a political crisis", "Mediators head for Kiev as vote dispute deepens",
			"European mediators will fly to Kiev on Friday to help end the political crisis over the disputed election, officials said.", news.NotPolitics},
		{"a political crisis with fighting stays", "",
			"Mediators arrived in Bamako to end the political crisis as rebels attacked an army post in the north.", ""},
		{"desertion in a war of today stays", "",
			"Dozens of soldiers deserted in the 1990s war and more have deserted since the offensive in Donetsk began.", ""},
		{"a plot foiled with casualties stays", "",
			"Soldiers killed three militants planning an attack on a checkpoint near Kandahar.", ""},
		// conflict reports with few armed words
		{"conflict and hunger", "Conflict causing spikes in food insecurity in the Near East and North Africa",
			"Strife and violence in some countries are casting a shadow on prospects for Zero Hunger across the region, a new FAO report says.", ""},
		{"camp in a war zone", "Camp Profile - Ein Issa Extension: Ar-Raqqa governorate, Syria, November 2017",
			"This profile provides a multisectoral needs overview of the camp and the services present there.", ""},
		{"a war and gunfire in a place the gazetteer does not know", "President calls for a conference on South Ossetia",
			"The president asked world leaders to convene a conference on the conflict in South Ossetia, where daily exchanges of gunfire threaten a wider war.", ""},
		{"extremists in a conflict place", "Chechnya's new leader vows to rebuild",
			"The new president of Chechnya vowed on Monday to rebuild the shattered region and crush the extremists.", ""},
		{"a truce in the headline and nothing else", "FARC and government agree truce",
			"The truce begins on Monday, the negotiators said in Havana.", ""},
		{"missiles in the headline and nothing else", "Missiles fired at Riyadh",
			"Saudi air defences intercepted two missiles over the capital, state media said.", ""},
		{"guerrillas", "Guerrilla group declares a truce for the election",
			"The group said its ceasefire would last three days.", ""},
		{"disarmament alone", "Paisley weighs the disarmament deal",
			"Politicians in Belfast wait for the DUP leader to decide whether to back the deal with Sinn Fein.", ""},
		{"rockets on a city at war", "8 Killed 25 Injured by Rocket Attacks on Aleppo City",
			"Eight people were killed and 25 injured when rockets hit residential neighbourhoods of Aleppo, SANA reported.", ""},
		// h-gate17: an explosion, violence, bloodshed or shooting beside a conflict place
		{"an explosion in a city at war", "Loud bang heard across central Kabul",
			"A loud explosion rocked the centre of Kabul late on Tuesday; officials did not say what caused it.", ""},
		{"envoys pressing on violence", "Foreign minister flies to Juba to press for calm",
			"The minister arrived in Juba on Monday to urge South Sudan's leaders to end the violence in Jonglei state.", ""},
		{"shooting in a city of a conflict", "Protesters and police clash again in Port-au-Prince",
			"Gangs roamed the streets of Port-au-Prince for a third day, shooting at passing cars and burning tyres.", ""},
		{"violence with no conflict place is no evidence", "Study finds violence on television rising",
			"Researchers counted more acts of violence per hour of prime-time programming than a decade ago.", news.NotNoConflict},
		// a war to be avoided, an attack only threatened, peace talks of rivals at peace
		{"peace talks to avoid a war", "Belize's leader urges Guatemala to open talks on the border",
			"The prime minister urged Guatemala to begin peace talks over the disputed border so that the two neighbours can avoid war; Guatemala City has threatened to attack if Belize builds the road.", news.NotNoConflict},
		{"peace talks in the headline stay", "Peace talks resume in Geneva",
			"Delegations of the two sides met for a third round on Monday, the mediators said.", ""},
		{"a war to avoid beside shelling stays", "",
			"Envoys rushed to the border to avert a war as artillery shelled villages near Kashmir's Line of Control.", ""},
		// a war defended or opposed at home: its politics
		{"a war defended in a campaign", "Senator's new ads take on her critics",
			"In television ads aired across Ohio, the senator defended the war in Iraq and her vote for it, her campaign said.", news.NotNoConflict},
		{"a war defended beside its fighting stays", "",
			"The minister defended the war in parliament as troops shelled rebel positions near Kandahar.", ""},
		// Pakistan's tribal north-west and al-Qaeda spelt "al-Qa'ida"
		{"a shell in Waziristan", "Four die in tribal area",
			"Four people died when a shell hit a house in North Waziristan, the army said.", ""},
		{"al-Qa'ida", "Wanted man shot dead",
			"Security forces killed a man they said was a senior al-Qa'ida figure wanted for the murder of two police officers.", ""},
		// diplomacy over a nuclear programme
		{"talks on a nuclear programme", "Tehran and European envoys near a deal",
			"Iranian and European negotiators said talks in Geneva over Iran's nuclear programme and its uranium enrichment were in their final stages.", news.NotNoConflict},
		{"nuclear rivals' talks on a war stay", "Foreign ministers end talks, deadlock on Kashmir",
			"The nuclear rivals' foreign ministers closed two days of talks in Islamabad still deadlocked over Kashmir.", ""},
		{"talks after strikes on a reactor stay", "",
			"Negotiators met in Muscat over Iran's nuclear programme a week after air strikes on the enrichment site at Natanz.", ""},
		// a peace treaty of long ago
		{"a peace treaty's anniversary", "Jordan and Israel open a trade zone 30 years after peace treaty",
			"Jordan and Israel opened a joint industrial zone on Sunday, a project first promised in the peace treaty of 30 years ago.", news.NotNoConflict},
		// a state's economy: violence abroad named as the economy's worry
		{"an economy's worry", "Shoppers' mood sours as fuel bills climb",
			"Consumer confidence fell to a six-month low in March as energy prices rose and violence in Iraq weighed on Americans, a survey showed.", news.NotBusiness},
		{"a lender on a state at war", "IMF backs Baghdad's budget plan",
			"Iraq can carry out a basic economic program next year, the International Monetary Fund said, even as the government struggles to contain violence in the north.", news.NotBusiness},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
			r := an.RelevanceOf()
			if r.Reason != tt.reason || r.Relevant != (tt.reason == "") {
				t.Fatalf("relevance %+v, want reason %q", r, tt.reason)
			}
			if !r.Relevant && (len(an.Categories) != 0 || an.CeasefireStatus != "" || len(an.Changes) != 0) {
				t.Errorf("not relevant but categories %v, status %q, changes %v", an.Categories, an.CeasefireStatus, an.Changes)
			}
			if tt.reason != news.NotNoConflict && r.Detail == "" {
				t.Errorf("no detail says what made it %q", tt.reason)
			}
		})
	}
}

// TestRelevanceOfOlderAnalyses: an analysis stored before the gate has no
// relevance and counts as relevant.
func TestRelevanceOfOlderAnalyses(t *testing.T) {
	an := news.Analysis{Version: 1}
	if !an.IsRelevant() {
		t.Error("an analysis without a relevance decision is not relevant")
	}
}

// BenchmarkGate measures the relevance gate alone (its share of
// BenchmarkAnalyze) on the development articles.
func BenchmarkGate(b *testing.B) {
	var ins []gateInput
	for _, a := range benchArticles(b) {
		d := newDoc(a.Title, a.Text)
		places, actors := entities(d)
		ins = append(ins, newGateInput(d, places, actors))
	}
	i := 0
	for b.Loop() {
		relevance(ins[i%len(ins)])
		i++
	}
}

// checkRelevance analyses an invented article and checks the gate's
// reason ("" for relevant) and that an article kept out gets no category,
// no ceasefire state and no change.
func checkRelevance(t *testing.T, title, text, reason string) {
	t.Helper()
	an := Analyze(&news.Article{Title: title, Text: text})
	r := an.RelevanceOf()
	if r.Reason != reason || r.Relevant != (reason == "") {
		t.Fatalf("relevance %+v, want reason %q", r, reason)
	}
	if !r.Relevant && (len(an.Categories) != 0 || an.CeasefireStatus != "" || len(an.Changes) != 0) {
		t.Errorf("not relevant but categories %v, status %q, changes %v", an.Categories, an.CeasefireStatus, an.Changes)
	}
}
