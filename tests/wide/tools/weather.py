from make import run

P = []

P.append(("""
Heavy rain is expected to reach the west coast of Norland on Tuesday night.

The national weather service said up to 80 millimetres could fall in 24 hours. Satellite images show a band of cloud stretching more than 1,000 kilometres.

Farmers hope the rain will end a dry spell that has lasted since June.
""", [
    ("i", "to reach the west coast of Norland on Tuesday night", 0, None, "is expected", "thought"),
    ("i", "up to 80 millimetres could fall in 24 hours", 0, "The national weather service", "said", "speech"),
    ("i", "a band of cloud stretching more than 1,000 kilometres", 0, "Satellite images", "show", "evidence"),
    ("i", "the rain will end a dry spell that has lasted since June", 0, "Farmers", "hope", "thought"),
], {
    "The national weather service": ["The national weather service"],
    "Satellite images": ["Satellite images"],
    "Farmers": ["Farmers"],
}))

P.append(("""
Last month was the warmest October on record in Brackley, data from the city's airport show.

The average temperature reached 17.4 degrees. Climate scientist Dr Yusuf Adler said the figure was "well outside anything we would expect from natural swings."

Adler expects more records to fall this winter. The airport's new radar found its first use during a storm on Friday.
""", [
    ("i", "Last month was the warmest October on record in Brackley", 0, "data from the city's airport", "show", "evidence"),
    ("m", 'the figure was "well outside anything we would expect from natural swings."', 0, "Yusuf Adler", "said", "speech"),
    ("i", "more records to fall this winter", 0, "Yusuf Adler", "expects", "thought"),
], {
    "data from the city's airport": ["data from the city's airport", "data"],
    "Yusuf Adler": ["Climate scientist Dr Yusuf Adler", "Adler"],
}))

P.append(("""
Snow closed the mountain pass at Oberlin for a second day on Sunday.

"We have never seen drifts like this in November," said road crew chief Hal Brenner. He plans to reopen one lane by Monday evening.

Forecasters warned that another storm could arrive by the weekend. Drivers showed patience as they waited at the barrier.
""", [
    ("d", "We have never seen drifts like this in November,", 0, "Hal Brenner", "said", "speech"),
    ("i", "to reopen one lane by Monday evening", 0, "Hal Brenner", "plans", "thought"),
    ("i", "another storm could arrive by the weekend", 0, "Forecasters", "warned", "speech"),
], {
    "Hal Brenner": ["road crew chief Hal Brenner"],
    "Forecasters": ["Forecasters"],
}))

P.append(("""
A tornado damaged at least 30 homes near Pettigrew on Wednesday afternoon.

According to the county's emergency office, no one was badly hurt. Resident Carla Mendes said the storm "sounded like a train running through the kitchen."

Insurers fear claims will top 10 million dollars. The storm's path showed how close it came to the town's school.
""", [
    ("i", "no one was badly hurt", 0, "the county's emergency office", "According to", "speech"),
    ("m", 'the storm "sounded like a train running through the kitchen."', 0, "Carla Mendes", "said", "speech"),
    ("i", "claims will top 10 million dollars", 0, "Insurers", "fear", "thought"),
], {
    "the county's emergency office": ["the county's emergency office"],
    "Carla Mendes": ["Resident Carla Mendes"],
    "Insurers": ["Insurers"],
}))

run("weather", P)

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
Forecasters expect the heatwave in the Varro valley to break on Thursday. Thunderstorms are likely to move in from the west.

Temperatures reached 41C in Portbury on Tuesday, the highest reading since records began, the national weather service said. Satellite images show a band of cloud building over the sea.

Farmer Jude Halloran hopes the storms bring rain without hail. "One bad storm could flatten the wheat," she said.
""", [
    ("i", "the heatwave in the Varro valley to break on Thursday", 0, "Forecasters", "expect", "thought"),
    ("i", "Temperatures reached 41C in Portbury on Tuesday, the highest reading since records began", 0, "the national weather service", "said", "speech"),
    ("i", "a band of cloud building over the sea", 0, "Satellite images", "show", "evidence"),
    ("i", "the storms bring rain without hail", 0, "Jude Halloran", "hopes", "thought"),
    ("d", "One bad storm could flatten the wheat,", 0, "Jude Halloran", "said", "speech"),
], {
    "Forecasters": ["Forecasters"],
    "the national weather service": ["the national weather service"],
    "Satellite images": ["Satellite images"],
    "Jude Halloran": ["Farmer Jude Halloran"],
}))

B2.append(("""
The storm that swept across the Kessel coast on Sunday night was the strongest in thirty years, according to data from the Dunmere observatory.

Wind gauges recorded gusts of 160 kilometres an hour at the harbour. Harbourmaster Owen Pryce said three fishing boats had sunk at their moorings, and he fears more damage will be found when the tide goes out.

Residents are expected to be without power until Wednesday. The power company showed crews the worst-hit streets on Monday morning.
""", [
    ("i", "The storm that swept across the Kessel coast on Sunday night was the strongest in thirty years", 0, "data from the Dunmere observatory", "according to", "evidence"),
    ("i", "three fishing boats had sunk at their moorings", 0, "Owen Pryce", "said", "speech"),
    ("i", "more damage will be found when the tide goes out", 0, "Owen Pryce", "fears", "thought"),
    ("i", "to be without power until Wednesday", 0, None, "are expected", "thought"),
], {
    "data from the Dunmere observatory": ["data from the Dunmere observatory", "data"],
    "Owen Pryce": ["Harbourmaster Owen Pryce"],
}))

B2.append(("""
Snow is likely to close mountain passes in the north of Garrovia this weekend, the meteorological office warned on Friday.

Its models suggest that up to 60 centimetres could fall above 1,500 metres. Ski resorts welcomed the forecast. “We have been waiting for this since November,” said Elke Brandvold, who runs a lodge in Haddon.

Road officials doubt the passes will reopen before Tuesday. Drivers who plan to travel should carry chains, they said.
""", [
    ("i", "Snow is likely to close mountain passes in the north of Garrovia this weekend", 0, "the meteorological office", "warned", "speech"),
    ("i", "up to 60 centimetres could fall above 1,500 metres", 0, "Its models", "suggest", "evidence"),
    ("d", "We have been waiting for this since November,", 0, "Elke Brandvold", "said", "speech"),
    ("i", "the passes will reopen before Tuesday", 0, "Road officials", "doubt", "thought"),
    ("i", "Drivers who plan to travel should carry chains", 0, "Road officials", "said", "speech"),
], {
    "the meteorological office": ["the meteorological office"],
    "Its models": ["Its models"],
    "Elke Brandvold": ["Elke Brandvold"],
    "Road officials": ["Road officials"],
}))

run("weather", B2, first=5)
