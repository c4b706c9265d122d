L = [
("cnndm-cgv-654", [], [], "one death"),
("cnndm-cgv-523", [], [], "no figure"),
("cnndm-g4t-935", [("killed",4,"exact","all","El Excelsior")], [], "reportedly, El Excelsior reported"),
("cnndm-g4t-657", [], [("injured",70,"exact","cast and crew","background","")], "film re-release"),
("cnndm-cgv-450", [("injured",3,"exact","workers","")], [], ""),
("cnndm-cgv-834", [], [], "one death; inquest"),
("cnndm-cgv-595", [("killed",1,"exact","all","")], [], "one dead, another injured (low)"),
("cnndm-cgv-203", [], [], "hoax call"),
("cnndm-cgv-995", [], [("killed",2,"exact","all","background","")], "campaign after a past crash"),
("cnndm-cgv-127", [("injured",9,"exact","students","")], [("injured",8,"exact","students","subset","")], "(low)"),
]
