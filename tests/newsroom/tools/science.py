from make import run

P = []

# Batch 2 (blind). New Zealand science, curly marks, `Dr` without a point,
# Māori names with macrons: a fossil find, a species name and a nickname in
# marks, "the study, published in ..., found" and "the bones suggest"
# (evidence), "said, adding that", "according to" a co-author, "who was
# not involved in the research", an iwi spokesperson, "described X as “Y”",
# a caption with a credit.
P.append(("""
Giant fossil penguin found on Tūrangi Bay beach stood taller than a child

By Aroha Whaanga
Science Reporter

The bones of a penguin that stood about 1.5 metres tall and weighed as much as an adult man have been found in 57-million-year-old rocks on the Tūrangi Bay coast, researchers say.

The bird, named Kupuwai maunga, is one of the largest penguins ever found and among the oldest. Its discovery was announced on Wednesday in the Journal of Southern Palaeontology.

The study, published by a team from Kaharoa University and the Tūrangi Museum, found that the penguin’s flipper bones were longer and flatter than those of any living species. The bones suggest it hunted in shallow, warm seas.

Lead author Dr Mereana Tawhiri said the find showed giant penguins had evolved “remarkably soon” after the extinction of the dinosaurs, adding that the seas around the islands must have been rich in food.

“When we laid the bones out on the bench, we just stood there,” Dr Tawhiri said. “You expect a penguin to come up to your knee. This one would have looked you in the chest.”

The first bones were spotted in 2021 by amateur collector Graham Liddle, a retired electrician who walks the beach most mornings. He said he had thought at first that he had found part of a sheep.

“I nearly left it there,” Mr Liddle said, laughing. “My wife told me to ring the museum. She’s usually right.”

Museum staff have since nicknamed the bird “Big Graham” in his honour.

Researchers spent two years cutting the bones out of a boulder of hard mudstone. More than 40 bones were recovered, about a third of the skeleton, according to co-author Dr Sam Kettleworth.

Professor Linh Tran, a palaeontologist at Coastal Pacific University who was not involved in the research, described the fossil as “a genuinely important piece of the puzzle”. She said scientists had long suspected that penguins grew to huge sizes early in their history, but had few bones to prove it.

“A find like this fills in a gap of several million years,” Professor Tran said.

The site lies on land belonging to the local iwi, Ngāti Rangiwai, who worked with the researchers and gave the penguin its name. Kupuwai means “flipper” and maunga means “mountain”.

Iwi spokesperson Hēmi Parata said the hapū was proud to share the discovery with the world.

“Our tūpuna walked this coast for generations,” he said. “Now our children can come to the museum and see what was here long before any of us.”

The bones will go on display at the Tūrangi Museum in March.

Dr Mereana Tawhiri with a flipper bone of Kupuwai maunga. Photo / Supplied
""", [
    ("i", "The bones of a penguin that stood about 1.5 metres tall and weighed as much as an adult man have been found in 57-million-year-old rocks on the Tūrangi Bay coast", 0, "researchers", "say"),
    ("m", "the find showed giant penguins had evolved “remarkably soon” after the extinction of the dinosaurs", 0, "Mereana Tawhiri", "said"),
    ("i", "the seas around the islands must have been rich in food", 0, "Mereana Tawhiri", "adding"),
    ("d", "When we laid the bones out on the bench, we just stood there,", 0, "Mereana Tawhiri", "said"),
    ("d", "You expect a penguin to come up to your knee. This one would have looked you in the chest.", 0, "Mereana Tawhiri", None),
    ("i", "he had thought at first that he had found part of a sheep", 0, "Graham Liddle", "said"),
    ("d", "I nearly left it there,", 0, "Graham Liddle", "said"),
    ("d", "My wife told me to ring the museum. She’s usually right.", 0, "Graham Liddle", None),
    ("i", "More than 40 bones were recovered, about a third of the skeleton", 0, "Sam Kettleworth", "according to"),
    ("m", "the fossil as “a genuinely important piece of the puzzle”", 0, "Linh Tran", "described"),
    ("i", "scientists had long suspected that penguins grew to huge sizes early in their history, but had few bones to prove it", 0, "Linh Tran", "said"),
    ("d", "A find like this fills in a gap of several million years,", 0, "Linh Tran", "said"),
    ("i", "the hapū was proud to share the discovery with the world", 0, "Hēmi Parata", "said"),
    ("d", "Our tūpuna walked this coast for generations,", 0, "Hēmi Parata", "said"),
    ("d", "Now our children can come to the museum and see what was here long before any of us.", 0, "Hēmi Parata", None),
], {
    "researchers": ["researchers"],
    "Mereana Tawhiri": ["Lead author Dr Mereana Tawhiri", "Dr Tawhiri", "Dr Mereana Tawhiri"],
    "Graham Liddle": ["amateur collector Graham Liddle", "Mr Liddle"],
    "Sam Kettleworth": ["co-author Dr Sam Kettleworth"],
    "Linh Tran": ["Professor Linh Tran", "Professor Tran"],
    "Hēmi Parata": ["Iwi spokesperson Hēmi Parata"],
}))

run("science", P)
