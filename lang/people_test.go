package lang

import "testing"

func TestPeopleWords(t *testing.T) {
	sameWords(t, "PopulationNoun", PeopleWords(PopulationNoun), "people persons families households population populations individuals iraqis syrians civilians women children")
	sameWords(t, "CountNoun", PeopleWords(CountNoun), "people persons individuals civilians children women men residents refugees idps")
	sameWords(t, "DemographicNoun", PeopleWords(DemographicNoun), "children child kids women woman girls boys minors elderly infants babies teenagers")
	sameWords(t, "StatusNoun", PeopleWords(StatusNoun), "evacuees civilians people residents patients refugees idps displaced passengers villagers worshippers students pupils")
	sameWords(t, "ListNoun", PeopleWords(ListNoun), "men women children boys girls elderly people civilians soldiers police policemen fighters militants rebels troops officers students workers")
	sameWords(t, "PersonNoun", PeopleWords(PersonNoun), "child woman man boy girl civilian soldier nurse doctor journalist fighter policeman officer medic teacher student baby infant driver commander worker activist daughter son wife husband mother father brother sister person resident paramedic volunteer farmer shepherd photographer reporter cameraman peacekeeper pilot member employee guard guide bodyguard")
	sameWords(t, "StaffNoun", PeopleWords(StaffNoun), "staff doctors nurses medics paramedics employees personnel workers")
	sameWords(t, "DisplacedNoun", PeopleWords(DisplacedNoun), "refugees idps displaced displacements asylum arrivals")
	sameWords(t, "ArrivalNoun", PeopleWords(ArrivalNoun), "refugees asylum-seekers individuals persons")
	sameWords(t, "FleeingNoun", PeopleWords(FleeingNoun), "people civilians families residents villagers children women patients thousands hundreds refugees inhabitants others")
}
