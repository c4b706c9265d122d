L = [
("cnndm-cgv-614", [("injured",24,"exact","all","New York City Fire Department")], [("injured",3,"exact","all","subset","New York City Fire Department")], "the next sentence names the fire department's tweet (low)"),
("cnndm-cgv-965", [], [], "no event"),
("cnndm-cgv-691", [], [], "two men treated for minor injuries: no numeral"),
("cnndm-g4t-817", [("evacuated",300,"exact","guests and staff","")], [("evacuated",180,"about","residents","subset","London Fire Brigade"),("evacuated",120,"exact","staff","subset","London Fire Brigade")], "station manager Clive Robinson"),
("cnndm-g4t-342", [], [], "one child's death; sentencing"),
("cnndm-g4t-506", [], [], "execution for a 1996 killing"),
("cnndm-g4t-441", [], [], "no figure"),
("cnndm-cgv-855", [], [], "one death in 1957"),
("cnndm-g4t-500", [], [("killed",150,"exact","all","background","")], "adverts removed after the crash"),
("cnndm-cgv-863", [], [], "no figure"),
]
