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

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
Voters in Meridia go to the polls on Sunday. Opinion polls suggest the election will be the closest in decades.

The latest survey by the Orvel Institute shows the governing party two points ahead. President Anton Selic told supporters in the capital that he expected "a clear mandate."

Opposition leader Dalia Roshan believes many voters have not yet made up their minds. International observers plan to visit more than 400 polling stations, the electoral commission said.
""", [
    ("i", "the election will be the closest in decades", 0, "Opinion polls", "suggest", "evidence"),
    ("i", "the governing party two points ahead", 0, "The latest survey by the Orvel Institute", "shows", "evidence"),
    ("m", 'he expected "a clear mandate."', 0, "Anton Selic", "told", "speech"),
    ("i", "many voters have not yet made up their minds", 0, "Dalia Roshan", "believes", "thought"),
    ("i", "International observers plan to visit more than 400 polling stations", 0, "the electoral commission", "said", "speech"),
], {
    "Opinion polls": ["Opinion polls"],
    "The latest survey by the Orvel Institute": ["The latest survey by the Orvel Institute", "The latest survey"],
    "Anton Selic": ["President Anton Selic"],
    "Dalia Roshan": ["Opposition leader Dalia Roshan"],
    "the electoral commission": ["the electoral commission"],
}))

B2.append(("""
Rescue teams in the mountain province of Tavrin fear the death toll from Tuesday's earthquake could pass 200.

Satellite photographs released by the Lunar Space Agency show whole villages flattened in the Dessa valley. The country's interior minister, Kemal Orsu, said 137 bodies had been recovered so far.

“We are digging with our hands,” a volunteer in the town of Brask told a local radio station. Neighbouring Velmora intends to send field hospitals, according to its foreign ministry. Aid is expected to reach the valley by road on Friday.
""", [
    ("i", "the death toll from Tuesday's earthquake could pass 200", 0, "Rescue teams in the mountain province of Tavrin", "fear", "thought"),
    ("i", "whole villages flattened in the Dessa valley", 0, "Satellite photographs released by the Lunar Space Agency", "show", "evidence"),
    ("i", "137 bodies had been recovered so far", 0, "Kemal Orsu", "said", "speech"),
    ("d", "We are digging with our hands,", 0, "a volunteer in the town of Brask", "told", "speech"),
    ("i", "Neighbouring Velmora intends to send field hospitals", 0, "its foreign ministry", "according to", "speech"),
    ("i", "to reach the valley by road on Friday", 0, None, "is expected", "thought"),
], {
    "Rescue teams in the mountain province of Tavrin": ["Rescue teams in the mountain province of Tavrin", "Rescue teams"],
    "Satellite photographs released by the Lunar Space Agency": ["Satellite photographs released by the Lunar Space Agency", "Satellite photographs"],
    "Kemal Orsu": ["Kemal Orsu", "The country's interior minister"],
    "a volunteer in the town of Brask": ["a volunteer in the town of Brask", "a volunteer"],
    "its foreign ministry": ["its foreign ministry"],
}))

B2.append(("""
Trade ministers from nine Pacific nations hope to sign a fishing agreement when they meet in Port Avalo next week.

A draft seen by reporters shows the deal would limit tuna catches for five years. Fisheries officials in Kora doubt that the limits go far enough, and they want an independent body to police them.

"Our fish stocks are not a bank we can keep borrowing from," said Kora's fisheries minister, Tevita Lano. The draft's record of past catches runs to 300 pages.
""", [
    ("i", "to sign a fishing agreement when they meet in Port Avalo next week", 0, "Trade ministers from nine Pacific nations", "hope", "thought"),
    ("i", "the deal would limit tuna catches for five years", 0, "A draft seen by reporters", "shows", "evidence"),
    ("i", "the limits go far enough", 0, "Fisheries officials in Kora", "doubt", "thought"),
    ("i", "an independent body to police them", 0, "Fisheries officials in Kora", "want", "thought"),
    ("d", "Our fish stocks are not a bank we can keep borrowing from,", 0, "Tevita Lano", "said", "speech"),
], {
    "Trade ministers from nine Pacific nations": ["Trade ministers from nine Pacific nations", "Trade ministers"],
    "A draft seen by reporters": ["A draft seen by reporters", "A draft"],
    "Fisheries officials in Kora": ["Fisheries officials in Kora", "Fisheries officials"],
    "Tevita Lano": ["Tevita Lano", "Kora's fisheries minister"],
}))

run("international", B2, first=5)
