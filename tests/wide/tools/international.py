from make import run

P = []

P.append(("""
Talks between Tarsia and Velland on a shared river broke down on Friday after three days.

Tarsia's foreign minister, Ana Kovic, said her country would "not accept a single litre less." Velland wants a new survey of the river before any deal.

Satellite data show the river's flow has fallen by a quarter in ten years.
""", [
    ("m", 'her country would "not accept a single litre less."', 0, "Ana Kovic", "said", "speech"),
    ("i", "a new survey of the river before any deal", 0, "Velland", "wants", "thought"),
    ("i", "the river's flow has fallen by a quarter in ten years", 0, "Satellite data", "show", "evidence"),
], {
    "Ana Kovic": ["Tarsia's foreign minister, Ana Kovic"],
    "Velland": ["Velland"],
    "Satellite data": ["Satellite data"],
}))

P.append(("""
Voters in Orlova go to the polls on Sunday in a presidential election that President Marek Dolin is expected to win.

A poll by the Orlova Institute shows Dolin 20 points ahead of his nearest rival. Opposition leader Irina Sava fears the count will not be fair.

"We will have observers in every town," Sava told reporters.
""", [
    ("i", "to win", 0, None, "is expected", "thought"),
    ("i", "Dolin 20 points ahead of his nearest rival", 0, "A poll by the Orlova Institute", "shows", "evidence"),
    ("i", "the count will not be fair", 0, "Irina Sava", "fears", "thought"),
    ("d", "We will have observers in every town,", 0, "Irina Sava", "told", "speech"),
], {
    "A poll by the Orlova Institute": ["A poll by the Orlova Institute", "A poll"],
    "Irina Sava": ["Opposition leader Irina Sava", "Sava"],
}))

P.append(("""
Aid convoys reached the flooded city of Haddar on Monday for the first time in a week.

According to a United Nations report, more than 200,000 people have lost their homes. Relief worker Tom Ekwe said families were "sleeping on roofs and in trees."

The government hopes to reopen the main road by Friday. Soldiers found a way across the river with a pontoon bridge.
""", [
    ("i", "more than 200,000 people have lost their homes", 0, "a United Nations report", "According to", "evidence"),
    ("m", 'families were "sleeping on roofs and in trees."', 0, "Tom Ekwe", "said", "speech"),
    ("i", "to reopen the main road by Friday", 0, "The government", "hopes", "thought"),
], {
    "a United Nations report": ["a United Nations report"],
    "Tom Ekwe": ["Relief worker Tom Ekwe"],
    "The government": ["The government"],
}))

P.append(("""
Velland has expelled two diplomats from Tarsia, accusing them of spying.

Documents seen by the Velland Herald suggest the two had met defence officials in secret. Tarsia's embassy called the expulsions "a provocation" and said it would respond.

Analysts think the row will delay the river talks. Both countries want to avoid a wider rift.
""", [
    ("i", "the two had met defence officials in secret", 0, "Documents seen by the Velland Herald", "suggest", "evidence"),
    ("m", 'the expulsions "a provocation"', 0, "Tarsia's embassy", "called", "speech"),
    ("i", "it would respond", 0, "Tarsia's embassy", "said", "speech"),
    ("i", "the row will delay the river talks", 0, "Analysts", "think", "thought"),
    ("i", "to avoid a wider rift", 0, "Both countries", "want", "thought"),
], {
    "Documents seen by the Velland Herald": ["Documents seen by the Velland Herald", "Documents"],
    "Tarsia's embassy": ["Tarsia's embassy"],
    "Analysts": ["Analysts"],
    "Both countries": ["Both countries"],
}))

run("international", P)
