from make import run

P = []

# Batch 6 (blind). Canadian zoo birth, curly marks, "Dr.": a content-first
# lead by "zoo officials", "according to head veterinarian Dr. NAME" after a
# clause with a relative clause, a rhino's name (no record), "Her keepers
# believe" (no record), figures that "suggest" (no record), a director's
# mixed clause and a second "He said", "plans to" (no record), "a zoo
# spokesperson", an activist who "said … “…,”" and "called for" (no record),
# a caption with a credit.
P.append(("""
Rare rhino calf born at Prairie Valley Zoo

By Carmen Duchesne

WESTBRIDGE, Sask. — A female black rhinoceros calf was born at the Prairie Valley Zoo early Tuesday, the first birth of the endangered species in the province, zoo officials said Wednesday.

The calf, which weighed about 35 kilograms, was standing within an hour and nursing within three, according to head veterinarian Dr. Lionel Bouchard.

“She’s strong, she’s curious, and she’s already bossing her mother around,” Dr. Bouchard said. “We could not have asked for a better start.”

The mother, a 14-year-old rhino named Zuri, arrived from a zoo in the United States in 2021 as part of a breeding program. Her keepers believe the pregnancy lasted about 15 months.

Keeper Anika Larocque, who has cared for Zuri since she arrived, said she watched the birth on a camera from the keepers’ office at 3 a.m.

“I cried, I’ll admit it,” Larocque said.

Black rhinos are critically endangered. Figures from a conservation group suggest that fewer than 6,500 remain in the wild.

The zoo’s director, Martin Ouellette, said the birth was “a small piece of good news for a species that badly needs it.” He said the calf would not be shown to the public until the spring, when it is big enough to be moved to the outdoor enclosure.

The zoo plans to hold a contest to name the calf. Schoolchildren across the province can submit names until Dec. 1, a zoo spokesperson said.

Not everyone welcomed the news. Kevin Marchand of the group Empty the Cages said rhinos “belong on the savanna, not on the prairie,” and called for the zoo to send the calf to a sanctuary abroad.

Dr. Bouchard said the calf was far safer in Westbridge than it would be in the wild.

“Poaching is still the biggest threat these animals face,” he said. “Every calf born in a zoo is insurance for the species.”

The zoo, which drew 410,000 visitors last year, will extend its winter opening hours on weekends from next month.

Zuri and her calf in the rhino barn at the Prairie Valley Zoo on Wednesday. (Prairie Valley Zoo)
""", [
    ("i", "A female black rhinoceros calf was born at the Prairie Valley Zoo early Tuesday, the first birth of the endangered species in the province", 0, "zoo officials", "said"),
    ("i", "The calf, which weighed about 35 kilograms, was standing within an hour and nursing within three", 0, "Lionel Bouchard", "according to"),
    ("d", "She’s strong, she’s curious, and she’s already bossing her mother around,", 0, "Lionel Bouchard", "said"),
    ("d", "We could not have asked for a better start.", 0, "Lionel Bouchard", None),
    ("i", "she watched the birth on a camera from the keepers’ office at 3 a.m.", 0, "Anika Larocque", "said"),
    ("d", "I cried, I’ll admit it,", 0, "Anika Larocque", "said"),
    ("m", "the birth was “a small piece of good news for a species that badly needs it.”", 0, "Martin Ouellette", "said"),
    ("i", "the calf would not be shown to the public until the spring, when it is big enough to be moved to the outdoor enclosure", 0, "Martin Ouellette", "said"),
    ("i", "Schoolchildren across the province can submit names until Dec. 1", 0, "a zoo spokesperson", "said"),
    ("m", "rhinos “belong on the savanna, not on the prairie,”", 0, "Kevin Marchand", "said"),
    ("i", "the calf was far safer in Westbridge than it would be in the wild", 0, "Lionel Bouchard", "said"),
    ("d", "Poaching is still the biggest threat these animals face,", 0, "Lionel Bouchard", "said"),
    ("d", "Every calf born in a zoo is insurance for the species.", 0, "Lionel Bouchard", None),
], {
    "zoo officials": ["zoo officials"],
    "Lionel Bouchard": ["Dr. Lionel Bouchard", "Dr. Bouchard"],
    "Anika Larocque": ["Anika Larocque", "Larocque"],
    "Martin Ouellette": ["Martin Ouellette"],
    "a zoo spokesperson": ["a zoo spokesperson"],
    "Kevin Marchand": ["Kevin Marchand"],
}))

run("zoo", P)
