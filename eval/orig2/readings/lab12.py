L = [
("cnndm-cgv-129", [], [], "no figure"),
("cnndm-g4v-41", [], [], "no figure"),
("cnndm-g4t-758", [], [], "football injuries: no figure of the kinds"),
("cnndm-g4v-6", [], [], "no figure"),
("cnndm-cgv-156", [("killed",1,"exact","all","")], [], "drive-by that killed one (low); two injured, no numeral"),
("cnndm-g4t-440", [], [("killed",100000,"about","all","background","")], "study"),
("cnndm-cgv-471", [], [], "one killing; plea"),
("cnndm-cgv-957", [], [], "one death"),
("cnndm-g4v-31", [], [], "monkeys"),
("cnndm-g4t-695", [], [], "one death; arraignment"),
]
