L = [
("cnndm-cgv-905", [], [("killed",55573,"exact","airmen","background","")], "no event"),
("cnndm-g4t-314", [("killed",3,"exact","models",""),("injured",2,"exact","all","")], [], "injured: a man and another woman (no numeral; low)"),
("cnndm-cgv-312", [], [], "no figure"),
("cnndm-g4v-85", [], [("killed",3,"exact","all","background",""),("injured",250,"more_than","all","background","")], "trial; the bombing is background"),
("cnndm-cgv-669", [("killed",3,"exact","all","")], [], "three bodies found (low)"),
("cnndm-g4t-217", [("killed",149,"exact","all","")], [], "the crash this week; article on its inquiry"),
("cnndm-g4t-529", [], [("killed",1000000,"about","all","background","WHO")], "no event"),
("cnndm-cgv-357", [], [("killed",3,"exact","all","background",""),("injured",250,"more_than","all","background","")], "same text as cnndm-g4v-85"),
("cnndm-test-86", [], [("killed",2,"exact","women","background","")], "sentencing for a 2013 murder"),
("cnndm-g4t-989", [], [("killed",11,"at_least","all","other_event","residents"),("injured",2,"exact","all","other_event","residents"),("killed",800,"more_than","all","background","")], "the election's concession is the news; polling-station attacks a secondary event"),
("cnndm-cgv-425", [], [], "no figure"),
("cnndm-g4t-228", [], [], "no figure"),
]
