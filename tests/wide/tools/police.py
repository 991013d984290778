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

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
Detectives in Harlow Bay believe a gang of three men carried out a string of jewellery thefts over the summer.

CCTV images released on Friday show two of the men leaving a shop on Quay Street with a holdall. Detective Inspector Maeve Corr said officers wanted to hear from anyone who recognised them.

"Somebody knows who these men are," she said. Police found a stolen car used in one of the raids in a car park near the station.
""", [
    ("i", "a gang of three men carried out a string of jewellery thefts over the summer", 0, "Detectives in Harlow Bay", "believe", "thought"),
    ("i", "two of the men leaving a shop on Quay Street with a holdall", 0, "CCTV images released on Friday", "show", "evidence"),
    ("i", "officers wanted to hear from anyone who recognised them", 0, "Maeve Corr", "said", "speech"),
    ("d", "Somebody knows who these men are,", 0, "Maeve Corr", "said", "speech"),
], {
    "Detectives in Harlow Bay": ["Detectives in Harlow Bay", "Detectives"],
    "CCTV images released on Friday": ["CCTV images released on Friday", "CCTV images"],
    "Maeve Corr": ["Detective Inspector Maeve Corr"],
}))

B2.append(("""
A man has been charged after 40 kilograms of cannabis were found in a van stopped on the Merrow bypass.

According to police, the drugs had been hidden behind boxes of frozen fish. Officers think the load was bound for the coast, but they have not ruled out other routes.

The driver, 52, is expected to appear in court on Monday. Sergeant Ola Binns told a news conference that the seizure “took a serious amount of drugs off our streets.” A study of roadside checks in the county found the bypass was the most common route for smugglers.
""", [
    ("i", "the drugs had been hidden behind boxes of frozen fish", 0, "police", "According to", "speech"),
    ("i", "the load was bound for the coast", 0, "Officers", "think", "thought"),
    ("i", "to appear in court on Monday", 0, None, "is expected", "thought"),
    ("m", "the seizure “took a serious amount of drugs off our streets.”", 0, "Ola Binns", "told", "speech"),
    ("i", "the bypass was the most common route for smugglers", 0, "A study of roadside checks in the county", "found", "evidence"),
], {
    "police": ["police"],
    "Officers": ["Officers"],
    "Ola Binns": ["Sergeant Ola Binns"],
    "A study of roadside checks in the county": ["A study of roadside checks in the county", "A study"],
}))

B2.append(("""
Fire investigators in Castlerook suspect that a blaze which destroyed a warehouse on Sunday night was started deliberately.

Phone footage filmed by a neighbour shows two people running from the building shortly before the flames took hold. The warehouse's owner, Dario Venn, said he had received threatening messages for weeks.

"I want whoever did this caught," Venn told the Castlerook Echo. Police plan to question a former employee. He is believed to have left the town.
""", [
    ("i", "a blaze which destroyed a warehouse on Sunday night was started deliberately", 0, "Fire investigators in Castlerook", "suspect", "thought"),
    ("i", "two people running from the building shortly before the flames took hold", 0, "Phone footage filmed by a neighbour", "shows", "evidence"),
    ("i", "he had received threatening messages for weeks", 0, "Dario Venn", "said", "speech"),
    ("d", "I want whoever did this caught,", 0, "Dario Venn", "told", "speech"),
    ("i", "to question a former employee", 0, "Police", "plan", "thought"),
    ("i", "to have left the town", 0, None, "is believed", "thought"),
], {
    "Fire investigators in Castlerook": ["Fire investigators in Castlerook", "Fire investigators"],
    "Phone footage filmed by a neighbour": ["Phone footage filmed by a neighbour", "Phone footage"],
    "Dario Venn": ["Dario Venn", "Venn", "The warehouse's owner"],
    "Police": ["Police"],
}))

run("police", B2, first=5)
