# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
Solar panels now supply a fifth of the electricity used in the province of Eastmark, figures from the grid operator show.

The operator, Voltaris, expects this share to double by 2030. Its chief engineer, Hyun-woo Park, said the grid could cope "if we keep building batteries at the same pace."

Some farmers fear that solar parks will take good land out of food production. The province plans a review of its planning rules. A row of panels shows up on satellite maps as a dark blue stripe.
""", [
    ("i", "Solar panels now supply a fifth of the electricity used in the province of Eastmark", 0, "figures from the grid operator", "show", "evidence"),
    ("i", "this share to double by 2030", 0, "Voltaris", "expects", "thought"),
    ("m", 'the grid could cope "if we keep building batteries at the same pace."', 0, "Hyun-woo Park", "said", "speech"),
    ("i", "solar parks will take good land out of food production", 0, "Some farmers", "fear", "thought"),
    ("i", "a review of its planning rules", 0, "The province", "plans", "thought"),
], {
    "figures from the grid operator": ["figures from the grid operator", "figures"],
    "Voltaris": ["Voltaris", "The operator"],
    "Hyun-woo Park": ["Hyun-woo Park", "Its chief engineer"],
    "Some farmers": ["Some farmers"],
    "The province": ["The province"],
}))

P.append(("""
The Corran nuclear plant will close two years early, its owner, Atlas Power, announced on Thursday.

An internal safety study found cracks in the graphite core of one of its two reactors. Plant manager Hilde Raske said no radiation had leaked and the public was “not at any risk.”

Many of the plant's 700 workers hope to find jobs at a wind farm being built nearby. The union intends to fight for every one of them, its regional secretary said. The plant's visitor centre shows a film about how the reactors work.
""", [
    ("i", "The Corran nuclear plant will close two years early", 0, "Atlas Power", "announced", "speech"),
    ("i", "cracks in the graphite core of one of its two reactors", 0, "An internal safety study", "found", "evidence"),
    ("m", "no radiation had leaked and the public was “not at any risk.”", 0, "Hilde Raske", "said", "speech"),
    ("i", "to find jobs at a wind farm being built nearby", 0, "Many of the plant's 700 workers", "hope", "thought"),
    ("i", "The union intends to fight for every one of them", 0, "its regional secretary", "said", "speech"),
], {
    "Atlas Power": ["Atlas Power", "its owner"],
    "An internal safety study": ["An internal safety study"],
    "Hilde Raske": ["Plant manager Hilde Raske"],
    "Many of the plant's 700 workers": ["Many of the plant's 700 workers"],
    "its regional secretary": ["its regional secretary"],
}))

P.append(("""
Households in Drummore could save about 300 pounds a year by switching to a heat pump, a study by the consumer group Fairbill suggests.

But installers say demand has been slow. "People like their boilers," said Ahmed Qureshi, who fits heat pumps across the county and believes a grant of 5,000 pounds would change many minds.

The government is expected to announce new grants in the autumn budget. Energy minister Clara Vance has said she wants every new home heated without gas by 2028. Gas prices showed little movement on Friday.
""", [
    ("i", "Households in Drummore could save about 300 pounds a year by switching to a heat pump", 0, "a study by the consumer group Fairbill", "suggests", "evidence"),
    ("i", "demand has been slow", 0, "installers", "say", "speech"),
    ("d", "People like their boilers,", 0, "Ahmed Qureshi", "said", "speech"),
    ("i", "a grant of 5,000 pounds would change many minds", 0, "Ahmed Qureshi", "believes", "thought"),
    ("i", "to announce new grants in the autumn budget", 0, None, "is expected", "thought"),
    ("i", "she wants every new home heated without gas by 2028", 0, "Clara Vance", "has said", "speech"),
], {
    "a study by the consumer group Fairbill": ["a study by the consumer group Fairbill", "a study"],
    "installers": ["installers"],
    "Ahmed Qureshi": ["Ahmed Qureshi"],
    "Clara Vance": ["Energy minister Clara Vance"],
}))

run("energy", P)
