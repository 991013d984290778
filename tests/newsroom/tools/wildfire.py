from make import run

P = []

# Batch 4 (blind). Canadian wildfire evacuation, curly marks, `Cpl.`: a
# byline over two lines and a dateline, a wildfire service as "the service"
# and "It", "Forecasters expect" (no record), a mayor who "issued" an order
# and "told residents ... that", content-first "..., according to the Red
# Cross", nested speech in a quotation, a husband and wife with one surname,
# "called X “Y” and said", a web page's title in marks.
P.append(("""
Wildfire forces 3,000 from homes as flames jump Kestrel River

Crews expect hot, dry winds to push the fire north overnight

By Maren Holt
The Northern Wire

SALTER LAKE, B.C. — About 3,000 people left their homes in and around Salter Lake on Tuesday after a wildfire that had smouldered for a week in the hills west of town jumped the Kestrel River and raced toward the highway.

The fire grew from 900 hectares to more than 4,200 hectares in a single afternoon, the provincial wildfire service said. It has destroyed at least 14 structures, most of them cabins and outbuildings on the north shore.

“This is a fire that is making its own weather,” said fire information officer Dana Pruitt. “When it jumped the river, it was throwing embers more than a kilometre ahead of the front.”

Pruitt said 160 firefighters, 12 helicopters and heavy equipment from two logging companies were on the fire, and that more crews were expected from Alberta by Thursday.

Forecasters expect winds of up to 50 kilometres an hour overnight. The service said it was preparing for the fire to reach the outskirts of town by Wednesday morning.

Mayor Gordon Ferreira issued the evacuation order at 2:40 p.m. He told residents at a hastily called briefing in the arena parking lot that the decision had been the hardest of his 11 years in office.

“I know people want to go back for their pets, their photos, their medication,” Ferreira said. “Please don’t. Let the RCMP and the firefighters do their jobs.”

RCMP Cpl. Lise Tremblay said officers had gone door to door on the north shore and found two people who had not heard the order. Both left safely, she said.

Evacuees were directed to a reception centre at the recreation complex in Hollis, 70 kilometres east. By evening, volunteers there had registered more than 1,100 people, according to the Red Cross.

Among them was Arjun Batra, who runs a motel on the highway. He said he had loaded guests’ cars before his own.

“You could see the glow over the ridge and hear it, like a train,” Batra said. “One family from Ontario asked me, ‘Is this normal?’ I told them nothing about this is normal.”

His wife, Simran, said the couple had left with two suitcases and the motel’s cash box. She said they had no idea whether the building was still standing.

The fire is believed to have been sparked by lightning on July 2. Investigators have not ruled out other causes.

Premier Carolyn Bouchard called the situation “extremely serious” and said the province would cover the cost of hotels for evacuees who could not stay with family.

Residents can find updates on the district’s website and on the service’s “Fire Map” page.
""", [
    ("i", "The fire grew from 900 hectares to more than 4,200 hectares in a single afternoon", 0, "the provincial wildfire service", "said"),
    ("d", "This is a fire that is making its own weather,", 0, "Dana Pruitt", "said"),
    ("d", "When it jumped the river, it was throwing embers more than a kilometre ahead of the front.", 0, "Dana Pruitt", None),
    ("i", "160 firefighters, 12 helicopters and heavy equipment from two logging companies were on the fire, and that more crews were expected from Alberta by Thursday", 0, "Dana Pruitt", "said"),
    ("i", "it was preparing for the fire to reach the outskirts of town by Wednesday morning", 0, "the provincial wildfire service", "said"),
    ("i", "the decision had been the hardest of his 11 years in office", 0, "Gordon Ferreira", "told"),
    ("d", "I know people want to go back for their pets, their photos, their medication,", 0, "Gordon Ferreira", "said"),
    ("d", "Please don’t. Let the RCMP and the firefighters do their jobs.", 0, "Gordon Ferreira", None),
    ("i", "officers had gone door to door on the north shore and found two people who had not heard the order", 0, "Lise Tremblay", "said"),
    ("i", "Both left safely", 0, "Lise Tremblay", "said"),
    ("i", "By evening, volunteers there had registered more than 1,100 people", 0, "the Red Cross", "according to"),
    ("i", "he had loaded guests’ cars before his own", 0, "Arjun Batra", "said"),
    ("d", "You could see the glow over the ridge and hear it, like a train,", 0, "Arjun Batra", "said"),
    ("d", "One family from Ontario asked me, ‘Is this normal?’ I told them nothing about this is normal.", 0, "Arjun Batra", None),
    ("i", "the couple had left with two suitcases and the motel’s cash box", 0, "Simran Batra", "said"),
    ("i", "they had no idea whether the building was still standing", 0, "Simran Batra", "said"),
    ("m", "the situation “extremely serious”", 0, "Carolyn Bouchard", "called"),
    ("i", "the province would cover the cost of hotels for evacuees who could not stay with family", 0, "Carolyn Bouchard", "said"),
], {
    "the provincial wildfire service": ["the provincial wildfire service", "The service"],
    "Dana Pruitt": ["fire information officer Dana Pruitt", "Dana Pruitt", "Pruitt"],
    "Gordon Ferreira": ["Mayor Gordon Ferreira", "Gordon Ferreira", "Ferreira"],
    "Lise Tremblay": ["RCMP Cpl. Lise Tremblay", "Lise Tremblay"],
    "the Red Cross": ["the Red Cross"],
    "Arjun Batra": ["Arjun Batra", "Batra"],
    "Simran Batra": ["Simran"],
    "Carolyn Bouchard": ["Premier Carolyn Bouchard", "Carolyn Bouchard"],
}))

run("wildfire", P)
