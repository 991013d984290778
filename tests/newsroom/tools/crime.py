from make import run

P = []

# Batch 4 (blind). South African local crime with a police appeal, curly
# marks, ranks (`Captain`, `Colonel`), a dateline: content-first "..., police
# said.", a police spokesperson (she) with her rank after her name, "It is
# alleged that" (no speaker: no record), "asked anyone with information to"
# (no record), the owner (he) and his daughter (she), a security company's
# statement and "it said", "according to" a ward councillor, a crime-line
# number, a caption with a credit.
P.append(("""
Police hunt gang after armed robbery at Durbanville jeweller

Staff tied up as four men escape with gold and watches worth R2 million

By Thandiwe Mokoena

CAPE TOWN — Police have launched a manhunt for four armed men who tied up staff at a family-owned jewellery shop in Durbanville on Thursday morning and escaped with goods worth about R2 million.

The men entered Van Rooyen Jewellers on Wellington Road shortly after it opened at 9am, police said. Two of them were carrying handguns.

Western Cape police spokesperson Captain Nomsa Dlamini said the suspects forced three employees and a customer into a back room and tied their hands with cable ties. “They were in and out in under six minutes. This was planned,” she said.

It is alleged that the men smashed display cases and took gold chains, rings and at least 30 watches. Nobody was seriously hurt.

Captain Dlamini asked anyone with information to call Crime Stop on 08600 10111. She said callers could remain anonymous.

The shop’s owner, Pieter van Rooyen, 63, whose father opened the business in 1971, said it was the first robbery in its history.

“My father sat behind that counter for 40 years and never once had a gun pointed at him,” Mr van Rooyen said. “Today they pointed one at my daughter.”

His daughter, Anika, who manages the shop, was among those tied up. She told the Northern Suburbs Herald that the men had been calm and spoke to one another in English.

“One of them kept saying, ‘Nobody gets hurt if nobody is a hero,’” she said. “I just kept looking at the floor.”

A private security company, Sentinel Response, said its officers arrived within four minutes of a panic alarm being triggered but the men had already fled in a grey sedan. The vehicle was later found abandoned in Bellville, it said.

Ward councillor Ruth Adams said there had been three business robberies in the area since June. “People are scared. They want to see police on the street, not just after something happens,” she said.

Colonel Jacques Fourie, the Durbanville station commander, said visible patrols would be stepped up along the main road. He declined to comment on whether the robbery was linked to others in the northern suburbs.

According to Captain Dlamini, detectives have obtained footage from cameras on neighbouring buildings.

Staff outside Van Rooyen Jewellers after the robbery on Thursday. Picture: Lindiwe Sithole
""", [
    ("i", "The men entered Van Rooyen Jewellers on Wellington Road shortly after it opened at 9am", 0, "police", "said"),
    ("i", "the suspects forced three employees and a customer into a back room and tied their hands with cable ties", 0, "Nomsa Dlamini", "said"),
    ("d", "They were in and out in under six minutes. This was planned,", 0, "Nomsa Dlamini", "said"),
    ("i", "callers could remain anonymous", 0, "Nomsa Dlamini", "said"),
    ("i", "it was the first robbery in its history", 0, "Pieter van Rooyen", "said"),
    ("d", "My father sat behind that counter for 40 years and never once had a gun pointed at him,", 0, "Pieter van Rooyen", "said"),
    ("d", "Today they pointed one at my daughter.", 0, "Pieter van Rooyen", None),
    ("i", "the men had been calm and spoke to one another in English", 0, "Anika van Rooyen", "told"),
    ("d", "One of them kept saying, ‘Nobody gets hurt if nobody is a hero,’", 0, "Anika van Rooyen", "said"),
    ("d", "I just kept looking at the floor.", 0, "Anika van Rooyen", None),
    ("i", "its officers arrived within four minutes of a panic alarm being triggered but the men had already fled in a grey sedan", 0, "Sentinel Response", "said"),
    ("i", "The vehicle was later found abandoned in Bellville", 0, "Sentinel Response", "said"),
    ("i", "there had been three business robberies in the area since June", 0, "Ruth Adams", "said"),
    ("d", "People are scared. They want to see police on the street, not just after something happens,", 0, "Ruth Adams", "said"),
    ("i", "visible patrols would be stepped up along the main road", 0, "Jacques Fourie", "said"),
    ("i", "detectives have obtained footage from cameras on neighbouring buildings", 0, "Nomsa Dlamini", "According to"),
], {
    "police": ["police"],
    "Nomsa Dlamini": ["Captain Nomsa Dlamini", "Nomsa Dlamini", "Captain Dlamini"],
    "Pieter van Rooyen": ["Pieter van Rooyen", "Mr van Rooyen"],
    "Anika van Rooyen": ["Anika"],
    "Sentinel Response": ["Sentinel Response"],
    "Ruth Adams": ["Ward councillor Ruth Adams", "Ruth Adams"],
    "Jacques Fourie": ["Colonel Jacques Fourie", "Jacques Fourie"],
}))

run("crime", P)
