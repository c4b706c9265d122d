L = [
("cnndm-g4t-58", [], [], "trial; one killing (2013) and one in 1985"),
("cnndm-g4t-554", [], [], "trial; one murder"),
("cnndm-g4t-183", [], [], "no figure"),
("cnndm-cgv-680", [], [], "one killing"),
("cnndm-g4t-590", [], [("killed",150,"exact","all","background","")], "opinion; Germanwings background"),
("cnndm-g4t-909", [], [("killed",96,"exact","all","background","")], "inquest; Hillsborough 1989 background"),
]
