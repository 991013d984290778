# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
House prices in Greywater rose by 7 per cent in the year to March, data from the land registry show.

Estate agent Farid Noor said buyers from the city were "snapping up anything with a garden." He expects prices to keep rising through the summer.

First-time buyers fear they have been priced out of the town for good. Greywater council plans 300 new homes on the old gasworks site. A new show home on Mill Lane opened to visitors on Saturday.
""", [
    ("i", "House prices in Greywater rose by 7 per cent in the year to March", 0, "data from the land registry", "show", "evidence"),
    ("m", 'buyers from the city were "snapping up anything with a garden."', 0, "Farid Noor", "said", "speech"),
    ("i", "prices to keep rising through the summer", 0, "Farid Noor", "expects", "thought"),
    ("i", "they have been priced out of the town for good", 0, "First-time buyers", "fear", "thought"),
    ("i", "300 new homes on the old gasworks site", 0, "Greywater council", "plans", "thought"),
], {
    "data from the land registry": ["data from the land registry", "data"],
    "Farid Noor": ["Estate agent Farid Noor"],
    "First-time buyers": ["First-time buyers"],
    "Greywater council": ["Greywater council"],
}))

P.append(("""
Office rents in central Portmere have fallen for the sixth quarter in a row, according to a report by the property firm Hallcroft.

The report found that a quarter of the city's office space now stands empty. Many landlords hope to turn empty floors into flats, but the city's planning rules make that difficult, said Hallcroft's head of research, Selma Okafor.

Developer Jakob Reiss believes the worst is over. “The good buildings are filling up again,” he said. His company's records show every floor of its newest tower was let within a year.
""", [
    ("i", "Office rents in central Portmere have fallen for the sixth quarter in a row", 0, "a report by the property firm Hallcroft", "according to", "evidence"),
    ("i", "a quarter of the city's office space now stands empty", 0, "a report by the property firm Hallcroft", "found", "evidence"),
    ("i", "Many landlords hope to turn empty floors into flats, but the city's planning rules make that difficult", 0, "Selma Okafor", "said", "speech"),
    ("i", "the worst is over", 0, "Jakob Reiss", "believes", "thought"),
    ("d", "The good buildings are filling up again,", 0, "Jakob Reiss", "said", "speech"),
    ("i", "every floor of its newest tower was let within a year", 0, "His company's records", "show", "evidence"),
], {
    "a report by the property firm Hallcroft": ["a report by the property firm Hallcroft", "a report", "The report"],
    "Selma Okafor": ["Selma Okafor", "Hallcroft's head of research"],
    "Jakob Reiss": ["Developer Jakob Reiss"],
    "His company's records": ["His company's records"],
}))

P.append(("""
Tenants in the Carden Court tower block want their landlord to fix broken lifts that have left elderly residents stranded for weeks.

A log kept by residents shows that the lifts have failed eleven times since January. The landlord, Brightstone Homes, said engineers would replace both lifts "by the end of the summer."

Resident Wendy Achebe, 81, doubts the work will be finished on time. "I haven't been to the shops in a month," she said. Brightstone is believed to own more than 2,000 flats in the city.
""", [
    ("i", "their landlord to fix broken lifts that have left elderly residents stranded for weeks", 0, "Tenants in the Carden Court tower block", "want", "thought"),
    ("i", "the lifts have failed eleven times since January", 0, "A log kept by residents", "shows", "evidence"),
    ("m", 'engineers would replace both lifts "by the end of the summer."', 0, "Brightstone Homes", "said", "speech"),
    ("i", "the work will be finished on time", 0, "Wendy Achebe", "doubts", "thought"),
    ("d", "I haven't been to the shops in a month,", 0, "Wendy Achebe", "said", "speech"),
    ("i", "to own more than 2,000 flats in the city", 0, None, "is believed", "thought"),
], {
    "Tenants in the Carden Court tower block": ["Tenants in the Carden Court tower block", "Tenants"],
    "A log kept by residents": ["A log kept by residents", "A log"],
    "Brightstone Homes": ["Brightstone Homes", "The landlord", "Brightstone"],
    "Wendy Achebe": ["Resident Wendy Achebe"],
}))

run("realestate", P)
