package lang

import "testing"

// TestFamilies holds each kind of the word families of lexicon/ to the
// set its rule in analysis kept before the list moved here (issue 14.4).
func TestFamilies(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  map[string]bool
		want string
	}{
		{"phenomenon", SettingWords(Phenomenon), "violence hostilities conflict conflicts warfare"},
		{"owner", SettingWords(SettingOwner), "operational operating security"},
		{"epidemic|accident", CauseWords(EpidemicCause | AccidentCause), "cholera measles covid-19 covid ebola epidemic outbreak disease diseases malaria dengue diphtheria polio meningitis cases fatality mortality fire fires blaze flood floods flooding landslide landslides accident accidents earthquake storm cyclone quake quakes tremor tremors aftershock aftershocks collapse collapsed drowned drowning stampede stampedes shipwreck shipwrecks capsized capsizing collision collisions"},
		{"illness", CauseWords(IllnessCause), "sick ill illness illnesses infected patient patients malnourished malnutrition starvation"},
		{"outbreak", CauseWords(OutbreakWord), "covid covid-19 coronavirus pandemic cases case vaccine vaccines vaccination tested tests testing quarantine isolation infections infected epidemiological"},
		{"disease", CauseWords(DiseaseName), "cholera diphtheria measles malaria ebola dengue meningitis polio disease diseases outbreak epidemic hiv aids tuberculosis influenza diarrhoea diarrhea"},
		{"state", CauseWords(CaseState), "confirmed suspected positive new cumulative probable active"},
		{"disaster", CauseWords(DisasterEvent), "flood floods flooding cyclone hurricane typhoon storm earthquake tsunami eruption"},
		{"cases", CauseWords(CaseCount), "cases infections"},
		{"WarName", WarWords(WarName), "war conflict uprising crisis revolution revolt insurgency unrest fighting"},
		{"WholeWar", WarWords(WholeWar), "war wars invasion revolution uprising insurgency"},
		{"WarScope", WarWords(WarScope), "war conflict insurgency uprising revolution"},
		{"ConflictName", WarWords(ConflictName), "conflict hostilities clashes fighting"},
		{"EventNoun", WarWords(EventNoun), "attack attacks strike strikes airstrike bombing bombings massacre assault raid raids offensive blast explosion shelling"},
		{"PastEvent", WarWords(PastEvent), "killing killings clashes fighting violence incident incidents"},
		{"FollowedEvent", WarWords(FollowedEvent), "attack attacks strike strikes airstrike bombing bombings massacre assault raid raids blast blasts explosion shelling killings siege ambush"},
		{"ChargeWord", WarWords(ChargeWord), "charged charges convicted sentenced jailed arrested arrests arrest indicted questioning questioned suspects detained extradited extradition"},
		{"InquiryWord", WarWords(InquiryWord), "investigation investigations investigating inquiry probe probing trial verdict involvement anniversary"},
		{"ViolenceWord", WarWords(ViolenceWord), "fighting clashes battle battles violence deadly killings bloodshed raided stormed shelled bombed attacked pounded fired clashed battled incursion operation"},
		{"StrikeVerb", WarWords(StrikeVerb), "strike strikes struck bomb bombs hit hits pound pounds shell shells raid raids attack attacks launch launches launched"},
		{"BeganWord", WarWords(BeganWord), "began started erupted broke escalated"},
		{"StartWord", WarWords(StartWord), "began begun started launched since erupted"},
		{"TimeSpan", SpanWords(TimeSpan), "week weeks weekend month months day days year years night nights hours hour fortnight period quarter"},
		{"LapseSpan", SpanWords(LapseSpan), "day days week weeks month months year years hours weekend"},
		{"AfterSpan", SpanWords(AfterSpan), "day days week weeks month months hours"},
		{"StaySpan", SpanWords(StaySpan), "years months decade decades"},
		{"LongSpan", SpanWords(LongSpan), "weeks months years decades"},
		{"FlightTime", SpanWords(FlightTime), "since yesterday today tonight overnight day days week weeks weekend hours ago last past recent recently new newly latest following after"},
		{"RateSpan", SpanWords(RateSpan), "day week month year"},
		{"DayPart", SpanWords(DayPart), "morning afternoon evening night spring summer autumn fall winter time season"},
		{"NightWord", SpanWords(NightWord), "night evening midnight"},
		{"PopulationNoun", PeopleWords(PopulationNoun), "people persons families households population populations individuals iraqis syrians civilians women children"},
		{"CountNoun", PeopleWords(CountNoun), "people persons individuals civilians children women men residents refugees idps"},
		{"DemographicNoun", PeopleWords(DemographicNoun), "children child kids women woman girls boys minors elderly infants babies teenagers"},
		{"StatusNoun", PeopleWords(StatusNoun), "evacuees civilians people residents patients refugees idps displaced passengers villagers worshippers students pupils"},
		{"ListNoun", PeopleWords(ListNoun), "men women children boys girls elderly people civilians soldiers police policemen fighters militants rebels troops officers students workers"},
		{"PersonNoun", PeopleWords(PersonNoun), "child woman man boy girl civilian soldier nurse doctor journalist fighter policeman officer medic teacher student baby infant driver commander worker activist daughter son wife husband mother father brother sister person resident paramedic volunteer farmer shepherd photographer reporter cameraman peacekeeper pilot member employee guard guide bodyguard"},
		{"StaffNoun", PeopleWords(StaffNoun), "staff doctors nurses medics paramedics employees personnel workers"},
		{"DisplacedNoun", PeopleWords(DisplacedNoun), "refugees idps displaced displacements asylum arrivals"},
		{"ArrivalNoun", PeopleWords(ArrivalNoun), "refugees asylum-seekers individuals persons"},
		{"FleeingNoun", PeopleWords(FleeingNoun), "people civilians families residents villagers children women patients thousands hundreds refugees inhabitants others"},
		{"CrumbWidget", FurnitureWords(CrumbWidget), "home news top latest live breaking video videos photos tweet share print email e-mail facebook twitter whatsapp comments more"},
		{"WireTag", FurnitureWords(WireTag), "afp ap reuters dpa xinhua tass sana irna aa efe ansa upi sputnik anadolu"},
		{"DatelineWord", FurnitureWords(DatelineWord), "date of publication published at posted updated on last gmt utc am pm by"},
		{"ShowWord", FurnitureWords(ShowWord), "shows show showed footage of from released emerges emerged appears purports captures captured posted filmed"},
		{"CreditStart", FurnitureWords(CreditStart), "the a an in on at it he she they this these after according syrian russian turkish iraqi israeli us u.s"},
		{"AidTaken", AidWords(AidTaken), "received receive receiving receives benefited benefitted benefit benefiting benefitting participated participate attended assisted supported"},
		{"AidGiven", AidWords(AidGiven), "distributed distributing distribute provided providing delivered delivering supplied handed allocated donated"},
		{"CompassNoun", CompassWords(CompassNoun), "north south east west northeast northwest southeast southwest"},
		{"CompassAdj", CompassWords(CompassAdj), "eastern western northern southern north-eastern north-western south-eastern south-western northeastern northwestern southeastern southwestern"},
		{"PeriodicWord", BulletinWords(PeriodicWord), "weekly monthly bulletin factsheet newsletter"},
		{"BulletinEvent", BulletinWords(BulletinEvent), "hurricane typhoon tsunami eruption volcano volcanic attack attacks clash offensive influx explosion blast"},
		{"ProcessState", ProcessWords(ProcessState), "resumed resumes resuming resumption restarted suspended suspends suspending suspension halted halts halting stalled paused lifted postponed"},
		{"AidProcess", ProcessWords(AidProcess), "aid convoy convoys deliveries delivery evacuation evacuations evacuees siege airdrops"},
		{"TalksProcess", ProcessWords(TalksProcess), "talks negotiations negotiation"},
		{"VetoWord", DecisionWords(VetoWord), "vetoed vetoes vetoing veto"},
		{"DecisionVerb", DecisionWords(DecisionVerb), "adopted adopts approved approves rejected rejects passed passes endorsed endorses voted votes ratified ratifies blocked blocks"},
		{"DecisionObject", DecisionWords(DecisionObject), "resolution resolutions draft motion bill text"},
		{"FreeWord", CaptiveWords(FreeWord), "release released releases releasing free freed frees freeing"},
		{"CaptiveNoun", CaptiveWords(CaptiveNoun), "hostage hostages captive captives captivity prisoner prisoners detainee detainees prison"},
		{"TakerNoun", CaptiveWords(TakerNoun), "captors kidnappers abductors hostage-takers"},
		{"SeizedWord", CaptiveWords(SeizedWord), "seized kidnapped abducted captured"},
		{"SendWord", CaptiveWords(SendWord), "dispatched dispatches dispatch sent sends send headed heads flew flies travelled traveled travels"},
		{"MissionAim", CaptiveWords(MissionAim), "work free release persuade secure win negotiate"},
		{"MissionHeld", CaptiveWords(MissionHeld), "kidnapped abducted hostage hostages captive captives kidnappers captors abductors hostage-takers"},
	} {
		sameWords(t, tc.name, tc.got, tc.want)
	}
}
