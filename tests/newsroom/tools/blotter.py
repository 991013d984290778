from make import run

P = []

# Batch 2 (blind). US local crime roundup, straight marks: town labels in
# capitals with a colon (no speaker), "charged with", "was arrested on",
# "told officers", "according to police", "Police said", a sheriff's
# office as speaker, "denied stealing" (no record), "asked anyone with
# information to call" (no record), a suspect's nickname in marks, a
# victim quoted, an arrest report that "states".
P.append(('''
Crime roundup: catalytic converter thefts, a stolen boat and a bank robbery

Compiled by Staff

Here is a look at some of the week's notable arrests and incidents from police departments and the sheriff's office across Greer County.

BELLAMY: Police arrested two men early Tuesday after a resident reported someone sawing under a neighbor's pickup on Oriole Lane. Officers found three catalytic converters and a battery-powered saw in the men's car, according to police.

Dwayne Pickett, 24, and Marco Solis, 31, both of Hadley, were charged with felony theft and possession of burglary tools. Police said the pair may be linked to at least 19 similar thefts in the county since August.

Lt. Andrea Voss said catalytic converters can sell for several hundred dollars to scrap dealers because of the precious metals inside. "It takes about two minutes to cut one off," Voss said. "We're asking people to park in a garage or a well-lit driveway if they can."

GREER LAKE: A 22-foot fishing boat reported stolen from a marina on Sept. 3 was found Thursday at a storage lot in Ostrander, the Greer County Sheriff's Office said.

Deputies arrested Kyle "Tank" Brannigan, 38, who told investigators he had bought the boat from a man he met online for $2,000 in cash. An arrest report states that the boat's registration numbers had been painted over. Brannigan denied stealing the boat and was released on bond.

The boat's owner, retired teacher Glenda Hooper, said she had nearly given up hope. "I figured it was in another state by now," she said. "I'm just glad it's back in one piece."

WESTFIELD: A man wearing a surgical mask and a ball cap robbed the First Prairie Bank branch on Main Street shortly before noon Wednesday, police said.

The man handed a teller a note demanding cash and left on foot with an undisclosed amount of money. No weapon was shown and no one was hurt, according to police.

Police Chief Ron Okafor said detectives were reviewing video from nearby businesses. He asked anyone with information to call the department's tip line.

"Somebody saw this guy walk away," Okafor said. "We just need one person to pick up the phone."

HADLEY: A 17-year-old was cited for reckless driving after a crash that damaged a fence and a fire hydrant on Cherry Street on Saturday night. The driver told officers he had swerved to avoid a deer. Nobody was injured, police said.

Water service on the street was shut off for about four hours while crews repaired the hydrant, a city spokeswoman said.

OSTRANDER: The Ostrander Police Department will hold a free car-seat safety check from 9 a.m. to noon Saturday at Fire Station 2. Officer Tia Ramsey said about three out of four car seats checked at last year's event were installed incorrectly.

All suspects are presumed innocent until proven guilty in court.
''', [
    ("i", "Officers found three catalytic converters and a battery-powered saw in the men's car", 0, "police", "according to"),
    ("i", "the pair may be linked to at least 19 similar thefts in the county since August", 0, "police", "said"),
    ("i", "catalytic converters can sell for several hundred dollars to scrap dealers because of the precious metals inside", 0, "Andrea Voss", "said"),
    ("d", "It takes about two minutes to cut one off,", 0, "Andrea Voss", "said"),
    ("d", "We're asking people to park in a garage or a well-lit driveway if they can.", 0, "Andrea Voss", None),
    ("i", "A 22-foot fishing boat reported stolen from a marina on Sept. 3 was found Thursday at a storage lot in Ostrander", 0, "Greer County Sheriff's Office", "said"),
    ("i", "he had bought the boat from a man he met online for $2,000 in cash", 0, "Kyle Brannigan", "told"),
    ("i", "the boat's registration numbers had been painted over", 0, "An arrest report", "states"),
    ("i", "she had nearly given up hope", 0, "Glenda Hooper", "said"),
    ("d", "I figured it was in another state by now,", 0, "Glenda Hooper", "said"),
    ("d", "I'm just glad it's back in one piece.", 0, "Glenda Hooper", None),
    ("i", "A man wearing a surgical mask and a ball cap robbed the First Prairie Bank branch on Main Street shortly before noon Wednesday", 0, "police", "said"),
    ("i", "No weapon was shown and no one was hurt", 0, "police", "according to"),
    ("i", "detectives were reviewing video from nearby businesses", 0, "Ron Okafor", "said"),
    ("d", "Somebody saw this guy walk away,", 0, "Ron Okafor", "said"),
    ("d", "We just need one person to pick up the phone.", 0, "Ron Okafor", None),
    ("i", "he had swerved to avoid a deer", 0, "The driver", "told"),
    ("i", "Nobody was injured", 0, "police", "said"),
    ("i", "Water service on the street was shut off for about four hours while crews repaired the hydrant", 0, "a city spokeswoman", "said"),
    ("i", "about three out of four car seats checked at last year's event were installed incorrectly", 0, "Tia Ramsey", "said"),
], {
    "police": ["police", "Police"],
    "Andrea Voss": ["Lt. Andrea Voss", "Voss"],
    "Greer County Sheriff's Office": ["the Greer County Sheriff's Office"],
    "Kyle Brannigan": ['Kyle "Tank" Brannigan', "Brannigan"],
    "An arrest report": ["An arrest report"],
    "Glenda Hooper": ["retired teacher Glenda Hooper"],
    "Ron Okafor": ["Police Chief Ron Okafor", "Okafor"],
    "The driver": ["The driver"],
    "a city spokeswoman": ["a city spokeswoman"],
    "Tia Ramsey": ["Officer Tia Ramsey"],
}))

run("blotter", P)
