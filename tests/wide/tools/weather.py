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
