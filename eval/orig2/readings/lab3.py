L = [
("cnndm-cgv-459", [], [("killed",3,"exact","all","background",""),("injured",260,"more_than","all","background","")], "trial; the bombing is background"),
("cnndm-g4t-934", [("killed",2,"exact","all","")], [], "murder-suicide, both found dead (no number written; low)"),
("cnndm-cgv-199", [], [], "no figure"),
("cnndm-g4t-352", [], [("killed",2,"exact","fighters","background","")], "feature on a veteran; 2007 gunfight"),
("cnndm-g4t-670", [("killed",7,"exact","all","")], [], ""),
("cnndm-g4t-508", [], [("killed",2,"exact","all","background",""),("killed",3,"exact","all","background","")], "trial footage; the bombing is background"),
("cnndm-g4t-872", [], [("killed",2200,"exact","soldiers","background","")], "speech; war dead background"),
("cnndm-g4t-180", [], [("killed",3,"exact","all","background","Boston Police Department"),("injured",260,"more_than","all","background","Boston Police Department")], "fraud indictment; the bombing is background"),
("cnndm-g4t-127", [], [("killed",18,"exact","all","background","")], "Thredbo 1997 background"),
("cnndm-g4t-559", [("killed",3,"exact","all",""),("injured",11,"exact","all","")], [], "gunmen shot 14"),
]
