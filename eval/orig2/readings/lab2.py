L = [
("wikinews-British_mathematician_Richard_K._Guy_dies_at_103", [], [], "no figure"),
("wikinews-Catalonia_apartment_block_fire_kills_three,_injures_sixteen", [("killed",3,"exact","all",""),("injured",16,"exact","all","")], [("killed",1,"exact","all","other_event","firefighters")], ""),
("wikinews-Passenger_flight_crashes_upon_landing_at_Calicut_airport_in_India", [("killed",18,"exact","all","Civil Aviation Minister"),("injured",149,"exact","all","Civil Aviation Minister")], [("killed",12,"at_least","all","subset","authorities")], "hospitalised read as injured; the minister's statement runs on (low)"),
("wikinews-Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue", [("injured",66,"at_least","all","health officials")], [], ""),
("wikinews-World_Health_Organization_names_new_coronavirus_COVID-19", [], [("killed",1000,"more_than","all","background","")], ""),
("wikinews-SARS-CoV-2_surpasses_100,000_confirmed_deaths_in_the_United_States", [("killed",100000,"more_than","all","Johns Hopkins University")], [("killed",37542,"exact","all","other_event",""),("killed",32000,"about","all","other_event","Institute for Health Metrics and Evaluation")], "epidemic toll as the report's news (low)"),
("wikinews-Iranian_government_official_Mohammad_Mir-Mohammadi_dies_of_COVID-19", [], [("killed",66,"exact","all","other_event","Health Ministry"),("killed",12,"exact","all","other_event","Health Ministry")], "one official's death is the news"),
("wikinews-New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch", [("killed",50,"at_least","all","")], [("killed",42,"at_least","all","subset",""),("killed",8,"at_least","all","subset","")], "court appearance two days after the attack; its toll read as the main event's"),
("wikinews-Dozens_dead_in_California_boat_fire", [("killed",33,"exact","passengers","")], [("killed",20,"exact","all","subset","Santa Barbara County Sheriff")], "low"),
("wikinews-Brother_of_murdered_Pakistani_social_media_star_sentenced_to_life", [], [], "no figure"),
("wikinews-State-run_bus_crashes_in_Cuba_en_route_to_Havana,_killing_seven", [("killed",7,"exact","all",""),("injured",33,"exact","all","")], [("killed",4,"exact","foreigners","subset",""),("killed",750,"exact","all","background",""),("injured",7999,"exact","all","background","")], "hospitalised read as injured"),
("wikinews-Seismic_activity_continues_to_shake_Puerto_Rico_with_5.2_quake", [], [("killed",1,"exact","all","other_event",""),("injured",8,"exact","all","other_event",""),("killed",3000,"about","all","background","")], "the day's quake harmed no one"),
]
