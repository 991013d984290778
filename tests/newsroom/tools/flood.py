from make import run

P = []

# Batch 5 (blind). South African flood follow-up, straight marks, "Mr"/"Ms":
# a municipality as "the municipality" and "It said", a disaster management
# spokesperson with her role after the name, "Residents say", forecasters
# who "warned that", "denied the claim, saying", "plans" and
# "expects" (no record), an engineer's report that "found" (no record), a
# councillor (he) who "blamed" (no record) and "said", a pastor's colon
# introduction, a quotation over two paragraphs, a caption with a credit.
P.append(("""
A week after the floods, Umzila families still wait for help

By Thandeka Mokoena

UMZILA - A week after the Nqaba River burst its banks, more than 600 people in Umzila are still sleeping in church halls and schools, the municipality said on Monday.

The floods killed nine people and destroyed or damaged about 1,400 homes in the town and the villages around it.

Lindiwe Mahlangu, 41, lost everything but the clothes she was wearing. She said the water reached the roof of her house in less than an hour.

"We heard it before we saw it," she said. "It sounded like a train coming through the valley."

Residents say food parcels have been slow to reach the villages on the eastern bank, where the only bridge was washed away.

Nomsa Dube, spokesperson for the provincial disaster management centre, said helicopters had delivered supplies to three villages on Sunday. She said a temporary bridge would be in place by the end of the week.

"We understand people are frustrated," Dube said. "We are asking them to be patient with us for a few more days."

The Umzila Local Municipality said it had set aside R20 million for emergency repairs. It said water had been restored to most of the town, but residents should boil it before drinking.

A report by engineers from the provincial roads department found that the old bridge had been weakened by years of sand mining upstream.

Ward councillor Sipho Ngcobo blamed the municipality for ignoring complaints about the mining. He said residents had raised the issue at four public meetings since 2020.

"Nobody listened," Ngcobo said. "Now we are burying our neighbours."

The municipality denied the claim, saying it had referred every complaint to the provincial mining authority.

Forecasters at the regional weather office warned that more heavy rain was possible later this month. The municipality plans to move families from the lowest-lying streets before then.

At the Methodist church hall, where about 150 people are staying, Pastor Gideon Mthembu put it simply:

"People have lost their homes, not their dignity.

"We will feed them for as long as it takes."

Caption: Residents salvage belongings from a damaged house in Umzila. Photo: Sizwe Ndlovu
""", [
    ("i", "A week after the Nqaba River burst its banks, more than 600 people in Umzila are still sleeping in church halls and schools", 0, "Umzila Local Municipality", "said"),
    ("i", "the water reached the roof of her house in less than an hour", 0, "Lindiwe Mahlangu", "said"),
    ("d", "We heard it before we saw it,", 0, "Lindiwe Mahlangu", "said"),
    ("d", "It sounded like a train coming through the valley.", 0, "Lindiwe Mahlangu", None),
    ("i", "food parcels have been slow to reach the villages on the eastern bank, where the only bridge was washed away", 0, "Residents", "say"),
    ("i", "helicopters had delivered supplies to three villages on Sunday", 0, "Nomsa Dube", "said"),
    ("i", "a temporary bridge would be in place by the end of the week", 0, "Nomsa Dube", "said"),
    ("d", "We understand people are frustrated,", 0, "Nomsa Dube", "said"),
    ("d", "We are asking them to be patient with us for a few more days.", 0, "Nomsa Dube", None),
    ("i", "it had set aside R20 million for emergency repairs", 0, "Umzila Local Municipality", "said"),
    ("i", "water had been restored to most of the town, but residents should boil it before drinking", 0, "Umzila Local Municipality", "said"),
    ("i", "residents had raised the issue at four public meetings since 2020", 0, "Sipho Ngcobo", "said"),
    ("d", "Nobody listened,", 0, "Sipho Ngcobo", "said"),
    ("d", "Now we are burying our neighbours.", 0, "Sipho Ngcobo", None),
    ("i", "it had referred every complaint to the provincial mining authority", 0, "Umzila Local Municipality", "saying"),
    ("i", "more heavy rain was possible later this month", 0, "Forecasters at the regional weather office", "warned"),
    ("d", "People have lost their homes, not their dignity.\n\n\"We will feed them for as long as it takes.", 0, "Gideon Mthembu", "put it simply"),
], {
    "Umzila Local Municipality": ["The Umzila Local Municipality", "the municipality", "The municipality"],
    "Lindiwe Mahlangu": ["Lindiwe Mahlangu"],
    "Residents": ["Residents"],
    "Nomsa Dube": ["Nomsa Dube", "Dube"],
    "Sipho Ngcobo": ["Ward councillor Sipho Ngcobo", "Sipho Ngcobo", "Ngcobo"],
    "Forecasters at the regional weather office": ["Forecasters at the regional weather office"],
    "Gideon Mthembu": ["Pastor Gideon Mthembu", "Gideon Mthembu"],
}))

run("flood", P)
