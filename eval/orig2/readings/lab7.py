L = [
("wikinews-Former_U.S._intelligence_agent_Tony_Mendez,_architect_of_%27Argo%27_rescue,_dies_at_78", [], [], "no figure"),
("wikinews-Nevada_prop_plane_crash_near_Las_Vegas_leaves_two_dead,_three_injured", [("killed",2,"exact","all",""),("injured",3,"exact","all","")], [], "the title's toll; the text's parts by investigators (low)"),
("wikinews-New_Hampshire_crash_kills_seven,_including_former_US_Marines", [("killed",7,"exact","motorcyclists",""),("injured",3,"exact","motorcyclists","")], [], "hospitalised read as injured"),
("wikinews-Samoan_government_ends_state_of_emergency_over_measles_outbreak", [("killed",81,"exact","all","Disease Surveillance Team")], [], "the outbreak's toll at its end (low)"),
("wikinews-German_authorities_confirm_first_case_of_novel_coronavirus_in_Germany", [], [("killed",80,"exact","all","other_event","WHO")], "one case is the news"),
("wikinews-Power_firm_helicopter_strikes_cables,_crashes_near_Fairfield,_California", [("killed",3,"exact","all",""),("injured",3,"exact","firefighters","")], [], ""),
("wikinews-Stampede_during_funeral_procession_of_Qasem_Soleimani_causes_deaths,_delays_burial", [("killed",56,"at_least","all","state television"),("injured",200,"more_than","all","state television")], [], ""),
("wikinews-Fire_kills_nine,_injures_dozens_in_Chittagong,_Bangladesh_slum", [("killed",9,"exact","all","officials"),("injured",50,"at_least","all","officials")], [], ""),
("wikinews-Fire_at_historic_Welsh_ex-hotel_Bontddu_Hall_kills_one", [("killed",1,"exact","all","")], [], "one woman died (low)"),
("wikinews-On_the_campaign_trail_in_the_USA,_May_2020", [], [], "no figure"),
]
