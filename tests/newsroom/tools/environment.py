from make import run

P = []

# Batch 2 (blind). US environment, straight marks: a fish kill, test
# results that "showed" and "detected" (evidence), "the lawsuit alleges",
# a company's emailed statement ("wrote in an email that"), "denied that",
# "denied any wrongdoing", "according to" a state agency, a river's
# nickname in marks, "declined to say", a caption with a credit.
P.append(('''
Thousands of dead fish found downstream of Calder Mills plant

Environmental group files federal suit over years of discharges into the Tannery River

By Luis Okafor-Grant
Staff Writer

PINE BLUFF JUNCTION - State officials are investigating after an estimated 40,000 fish were found dead along an eight-mile stretch of the Tannery River below the Calder Mills paper plant last weekend.

Water samples taken Monday showed dissolved oxygen levels near zero immediately downstream of the plant's outfall pipe, according to the state Department of Environmental Quality. Tests also detected elevated levels of ammonia.

The department said it had not yet determined the cause of the kill and would release full results within two weeks.

Residents who fish the river, which old-timers still call "the Tan," said they had never seen anything like it. Ray Dubuisson, 67, who has fished the same bend since he was a boy, said the banks were "white with bellies" on Saturday morning.

"It smelled like a sewer all the way up to the highway," he said. "My grandson asked me if the river was dead. I didn't know what to tell him."

On Wednesday, the Tannery Riverkeeper Alliance filed a lawsuit in federal court accusing Calder Mills of violating its discharge permit at least 140 times since 2019. The lawsuit alleges that the company routinely released wastewater at night to avoid detection.

The group's executive director, Monique Tran, said the fish kill was "the predictable result of years of looking the other way."

"We have been sending the state photographs of foam on this river since 2020," Tran said at a news conference on the riverbank. "Nobody came."

Calder Mills denied any wrongdoing. In an email, company spokesman Jeff Hollander wrote that the plant had operated within its permit limits and that the company was "cooperating fully" with regulators. He denied that the plant discharged wastewater at night.

Hollander declined to say whether the plant had reported any equipment failures in the days before the fish were found.

The plant employs about 600 people and is the largest private employer in Harlan Parish. Parish President Dwight Cormier said he wanted answers but cautioned against rushing to judgment.

"Those are our neighbors working in that mill," Cormier said. "Let's get the facts first."

Biologist Karen Ashby, who studies freshwater fish at Southern Delta University, said a kill of this size could set back the river's fish populations for several years. She said bass and catfish were likely to recover faster than mussels, which grow slowly.

State wildlife officials have advised people not to eat fish from the affected stretch until further notice.

A volunteer collects dead fish from the Tannery River on Sunday. (Luis Okafor-Grant/Staff)
''', [
    ("i", "Water samples taken Monday showed dissolved oxygen levels near zero immediately downstream of the plant's outfall pipe", 0, "Department of Environmental Quality", "according to"),
    ("i", "it had not yet determined the cause of the kill and would release full results within two weeks", 0, "Department of Environmental Quality", "said"),
    ("i", "they had never seen anything like it", 0, "Residents who fish the river", "said"),
    ("m", 'the banks were "white with bellies" on Saturday morning', 0, "Ray Dubuisson", "said"),
    ("d", "It smelled like a sewer all the way up to the highway,", 0, "Ray Dubuisson", "said"),
    ("d", "My grandson asked me if the river was dead. I didn't know what to tell him.", 0, "Ray Dubuisson", None),
    ("i", "the company routinely released wastewater at night to avoid detection", 0, "The lawsuit", "alleges"),
    ("m", 'the fish kill was "the predictable result of years of looking the other way."', 0, "Monique Tran", "said"),
    ("d", "We have been sending the state photographs of foam on this river since 2020,", 0, "Monique Tran", "said"),
    ("d", "Nobody came.", 0, "Monique Tran", None),
    ("m", 'the plant had operated within its permit limits and that the company was "cooperating fully" with regulators', 0, "Jeff Hollander", "wrote"),
    ("i", "the plant discharged wastewater at night", 0, "Jeff Hollander", "denied"),
    ("i", "he wanted answers", 0, "Dwight Cormier", "said"),
    ("d", "Those are our neighbors working in that mill,", 0, "Dwight Cormier", "said"),
    ("d", "Let's get the facts first.", 0, "Dwight Cormier", None),
    ("i", "a kill of this size could set back the river's fish populations for several years", 0, "Karen Ashby", "said"),
    ("i", "bass and catfish were likely to recover faster than mussels, which grow slowly", 0, "Karen Ashby", "said"),
], {
    "Department of Environmental Quality": ["the state Department of Environmental Quality", "The department"],
    "Residents who fish the river": ["Residents who fish the river"],
    "Ray Dubuisson": ["Ray Dubuisson"],
    "The lawsuit": ["The lawsuit"],
    "Monique Tran": ["Monique Tran", "Tran"],
    "Jeff Hollander": ["company spokesman Jeff Hollander", "Hollander"],
    "Dwight Cormier": ["Parish President Dwight Cormier", "Cormier"],
    "Karen Ashby": ["Biologist Karen Ashby"],
}))

run("environment", P)
