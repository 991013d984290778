from make import run

P = []

P.append(("""
Police in Dunmore are searching for a man who robbed a petrol station at knifepoint late on Sunday.

CCTV footage shows the man leaving in a grey van. Detective Sergeant Alan Royce said officers believed he had targeted the station before.

"Someone knows who this is," Royce said. The force wants to hear from anyone who was in the area.
""", [
    ("i", "the man leaving in a grey van", 0, "CCTV footage", "shows", "evidence"),
    ("i", "officers believed he had targeted the station before", 0, "Alan Royce", "said", "speech"),
    ("d", "Someone knows who this is,", 0, "Alan Royce", "said", "speech"),
    ("i", "to hear from anyone who was in the area", 0, "The force", "wants", "thought"),
], {
    "CCTV footage": ["CCTV footage"],
    "Alan Royce": ["Detective Sergeant Alan Royce", "Royce"],
    "The force": ["The force"],
}))

P.append(("""
Two teenagers were arrested after a string of car thefts in the north of Kelby.

Police found the stolen cars in a barn near the ring road. Inspector Maeve Doran said the arrests followed "weeks of patient work."

Residents fear the thefts will start again when the pair are released. Crime figures suggest car theft in the town has doubled since 2021.
""", [
    ("m", 'the arrests followed "weeks of patient work."', 0, "Maeve Doran", "said", "speech"),
    ("i", "the thefts will start again when the pair are released", 0, "Residents", "fear", "thought"),
    ("i", "car theft in the town has doubled since 2021", 0, "Crime figures", "suggest", "evidence"),
], {
    "Maeve Doran": ["Inspector Maeve Doran"],
    "Residents": ["Residents"],
    "Crime figures": ["Crime figures"],
}))

P.append(("""
A missing hiker was found alive on Mount Carrel after three nights in the open.

Rescue leader Ben Ostrow said the woman had sheltered in a gully and rationed her water. Her phone records revealed that she had walked almost 20 kilometres off the marked trail.

Ostrow showed reporters the route on a map. The woman is expected to make a full recovery.
""", [
    ("i", "the woman had sheltered in a gully and rationed her water", 0, "Ben Ostrow", "said", "speech"),
    ("i", "she had walked almost 20 kilometres off the marked trail", 0, "Her phone records", "revealed", "evidence"),
    ("i", "to make a full recovery", 0, None, "is expected", "thought"),
], {
    "Ben Ostrow": ["Rescue leader Ben Ostrow", "Ostrow"],
    "Her phone records": ["Her phone records"],
}))

P.append(("""
Officers seized 40 kilograms of cocaine from a container at the port of Selwick, the border agency said on Thursday.

According to the agency, the drugs were hidden inside frozen fish. Agency director Colm Rafferty thinks the shipment came from a gang that was broken up last year.

A 2023 report by the agency found that only one container in fifty is searched.
""", [
    ("i", "Officers seized 40 kilograms of cocaine from a container at the port of Selwick", 0, "the border agency", "said", "speech"),
    ("i", "the drugs were hidden inside frozen fish", 0, "the border agency", "According to", "speech"),
    ("i", "the shipment came from a gang that was broken up last year", 0, "Colm Rafferty", "thinks", "thought"),
    ("i", "only one container in fifty is searched", 0, "A 2023 report by the agency", "found", "evidence"),
], {
    "the border agency": ["the border agency", "the agency"],
    "Colm Rafferty": ["Agency director Colm Rafferty"],
    "A 2023 report by the agency": ["A 2023 report by the agency", "A 2023 report"],
}))

run("police", P)
