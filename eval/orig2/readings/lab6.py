L = [
("wikinews-First_foreigners_die_from_coronavirus_in_Wuhan,_China", [("killed",2,"exact","foreigners","officials")], [("killed",813,"at_least","all","background","")], "disease deaths (low)"),
("wikinews-Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest", [("injured",2,"exact","police officers","mayor's office")], [], "a report citing the mayor's office"),
("wikinews-Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland", [("killed",5,"exact","girls","")], [], "one man injured: no numeral"),
("wikinews-Hurricane_Dorian_leaves_trail_of_destruction_in_the_Bahamas", [("killed",20,"exact","all","prime minister")], [], "Prime minister Hubert Minnis"),
("wikinews-Typhoon_Phanfone_strikes_Philippines", [("killed",20,"at_least","all","Philippine officials"),("evacuated",58000,"more_than","civilians","")], [("killed",6000,"more_than","all","background","")], ""),
("wikinews-Samoan_government_temporarily_shuts_down_for_nationwide_measles_vaccination_drive", [("killed",62,"at_least","all","")], [("killed",54,"exact","children","subset","government"),("killed",53,"exact","all","subset","government")], "epidemic toll as the news (low)"),
("wikinews-Study_indicates_as_great_white_shark_disappears,_living_fossil_moves_in", [], [], "no figure"),
("wikinews-Three_children_seriously_injured_as_bus_hits_bridge_in_Winchester,_England", [("injured",13,"exact","students","Hampshire Police")], [("injured",3,"exact","children","subset","")], "13 minor injuries (police) beside the 3 taken to hospital; low"),
("wikinews-Earthquake_injures_25_people_in_southern_Philippines", [("injured",25,"at_least","all","Philippine officials")], [("killed",11,"exact","all","background","")], ""),
("wikinews-Four_stabbed_to_death_at_Paris_police_headquarters", [("killed",4,"exact","all","")], [], "a fifth hospitalised: no numeral"),
]
