from make import run

P = []

# Batch 5 (blind). Australian gardening column, curly double marks, present
# tense: the columnist's first person, an expert (she) with "Dr", a nursery
# owner (he), "says" before and after, a colon introduction, "recommends"
# and "suggests" with a noun phrase (no record), a
# variety's name in marks, a council "It says", "warns that", scare quotes,
# "according to the Bureau", a section label, a quotation over two
# paragraphs, "Her other piece of advice is blunt: “…”".
P.append(("""
Dry summer ahead: how to keep your veggie patch alive

By Lorraine Petrakis

There is nothing quite like the smell of a tomato leaf on a hot afternoon. There is also nothing quite like the sight of that same plant, collapsed and yellow, after a week of 40-degree days.

This summer is expected to be hotter and drier than average across most of the state, according to the Bureau of Meteorology. So I went looking for advice.

Dr Helen Marchetti, a soil scientist at Coolabah University, says most home gardeners water too often and too lightly.

“A quick sprinkle every evening teaches roots to stay at the surface,” she says. “Give the bed a deep soak twice a week instead, early in the morning, and the roots will follow the water down.”

Mulch matters even more, Dr Marchetti says. She recommends at least seven centimetres of sugarcane or pea straw, kept a hand’s width away from the stems.

Her other piece of advice is blunt: “Stop digging. Every time you turn the soil over, you let the moisture out.”

At Wattle Grove Nursery in Kelso, owner Tony Vukovic says customers are already asking about heat-tolerant varieties. He suggests “Rouge de Marmande” tomatoes and snake beans, which cope better than most with the heat.

“People come in wanting the big beefsteak tomatoes they saw on television,” he says, laughing. “I tell them to start small.

“A cherry tomato will forgive you for forgetting it. A beefsteak will not.”

Mr Vukovic says sales of shade cloth have tripled since October.

The local council has also weighed in. It says residents on tank water should check their tanks for leaks before Christmas, and warns that garden hoses may be banned if dam levels fall below 40 per cent.

A council spokesman, Rhys Albany, told me the restrictions were “a last resort” and had not been used since 2019.

WATERING TIPS:

Water at the base of the plant, not the leaves. Group thirsty plants together. Empty saucers under pots so they do not become mosquito “nurseries”.

Dr Marchetti says the most common mistake she sees is giving up too early. “A wilted plant at 3pm is not a dead plant,” she says. “Check it again at dusk before you pull it out.”
""", [
    ("i", "This summer is expected to be hotter and drier than average across most of the state", 0, "Bureau of Meteorology", "according to"),
    ("i", "most home gardeners water too often and too lightly", 0, "Helen Marchetti", "says"),
    ("d", "A quick sprinkle every evening teaches roots to stay at the surface,", 0, "Helen Marchetti", "says"),
    ("d", "Give the bed a deep soak twice a week instead, early in the morning, and the roots will follow the water down.", 0, "Helen Marchetti", None),
    ("i", "Mulch matters even more", 0, "Helen Marchetti", "says"),
    ("d", "Stop digging. Every time you turn the soil over, you let the moisture out.", 0, "Helen Marchetti", None),
    ("i", "customers are already asking about heat-tolerant varieties", 0, "Tony Vukovic", "says"),
    ("d", "People come in wanting the big beefsteak tomatoes they saw on television,", 0, "Tony Vukovic", "says"),
    ("d", "I tell them to start small.\n\n“A cherry tomato will forgive you for forgetting it. A beefsteak will not.", 0, "Tony Vukovic", None),
    ("i", "sales of shade cloth have tripled since October", 0, "Tony Vukovic", "says"),
    ("i", "residents on tank water should check their tanks for leaks before Christmas", 0, "local council", "says"),
    ("i", "garden hoses may be banned if dam levels fall below 40 per cent", 0, "local council", "warns"),
    ("m", "the restrictions were “a last resort” and had not been used since 2019", 0, "Rhys Albany", "told"),
    ("i", "the most common mistake she sees is giving up too early", 0, "Helen Marchetti", "says"),
    ("d", "A wilted plant at 3pm is not a dead plant,", 0, "Helen Marchetti", "says"),
    ("d", "Check it again at dusk before you pull it out.", 0, "Helen Marchetti", None),
], {
    "Bureau of Meteorology": ["the Bureau of Meteorology"],
    "Helen Marchetti": ["Dr Helen Marchetti", "Helen Marchetti", "Dr Marchetti"],
    "Tony Vukovic": ["Tony Vukovic", "Mr Vukovic"],
    "local council": ["The local council"],
    "Rhys Albany": ["A council spokesman, Rhys Albany", "Rhys Albany"],
}))

run("gardening", P)
