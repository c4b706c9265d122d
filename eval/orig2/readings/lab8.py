L = [
("cnndm-cgv-729", [("evacuated",15,"exact","pupils","")], [], "bus fire; no one hurt"),
("cnndm-g4t-10", [], [("killed",2,"exact","fighters","other_event","")], "court ruling"),
("cnndm-g4t-930", [], [("killed",197,"exact","all","background","Chinese media")], "no event"),
("cnndm-g4t-234", [], [("killed",5600,"more_than","all","background","")], "no event"),
("cnndm-cgv-514", [], [], "no casualty figure"),
("cnndm-g4t-920", [], [], "acquittal; one death"),
("cnndm-cgv-6", [], [("killed",500,"about","all","background","")], "auction"),
("cnndm-cgv-200", [("killed",3,"exact","all","")], [], "all three shot dead (low)"),
]
