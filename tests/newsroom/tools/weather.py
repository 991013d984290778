from make import run

P = []

# Canadian wire disaster story, curly marks: a dateline, "warned" for a
# utility in the lead, content-first reports by a weather service and by
# police, "urged residents never to", "declared a state of emergency",
# "Forecasters expect", "issued a warning", a caption with a credit.
P.append(("""
Ice storm leaves 180,000 without power; utility warns of week-long outages

By Étienne Lapointe
Dominion Press

BEAUPRÉ-SUR-RIVE, Que. — More than 180,000 homes and businesses were without electricity on Wednesday after an ice storm coated power lines and trees across the east of the province, and the utility warned some customers could wait a week or more for the lights to come back on.

Up to 30 millimetres of freezing rain fell overnight in some areas, the federal weather service said.

Rivière Énergie, the provincial utility, said about 2,400 workers, including crews from neighbouring provinces and two northern states, were working to restore service. Spokesperson Chloé Marchand said the damage was worse than during a similar storm in 2019.

“We are not talking about a few wires down. We are talking about poles snapped in half and entire sections of line that have to be rebuilt,” Marchand said at a briefing in Beaupré-sur-Rive. “People need to prepare for several days without power.”

At least two deaths were linked to the storm. Provincial police said a 74-year-old man died after a tree branch fell on him while he was clearing his driveway in Saint-Clément on Tuesday evening. A woman in her 50s died of suspected carbon monoxide poisoning after running a generator inside her garage, police said.

Public Security Minister Luc Bérubé urged residents never to use generators, barbecues or propane heaters indoors. “These tragedies are preventable,” he said.

Warming centres opened in 14 municipalities. In Beaupré-sur-Rive, about 300 people spent the night at the Centre Sportif Lavoie, many of them elderly.

Gisèle Tremblay, 83, arrived with her cat in a carrier and a bag of knitting. “My house is like an icebox,” she said. “I lasted one night. That was enough.”

Schools in six school service centres were closed Wednesday, and officials said most would stay closed Thursday. The city of Beaupré-sur-Rive declared a local state of emergency.

Mayor Annick Pelletier said fallen trees were blocking more than 80 streets. “Our public works crews have not slept,” she said. “I am asking people to stay home if they can, and to check on their neighbours.”

Forecasters expect temperatures to fall to -18 C by the weekend, raising fears for people without heat. The weather service issued an extreme cold warning for the region Wednesday afternoon.

Ice coats branches along Rue Principale in Beaupré-sur-Rive on Wednesday. (Étienne Lapointe / Dominion Press)
""", [
    ("i", "some customers could wait a week or more for the lights to come back on", 0, "Rivière Énergie", "warned"),
    ("i", "Up to 30 millimetres of freezing rain fell overnight in some areas", 0, "the federal weather service", "said"),
    ("i", "about 2,400 workers, including crews from neighbouring provinces and two northern states, were working to restore service", 0, "Rivière Énergie", "said"),
    ("i", "the damage was worse than during a similar storm in 2019", 0, "Chloé Marchand", "said"),
    ("d", "We are not talking about a few wires down. We are talking about poles snapped in half and entire sections of line that have to be rebuilt,", 0, "Chloé Marchand", "said"),
    ("d", "People need to prepare for several days without power.", 0, "Chloé Marchand", None),
    ("i", "a 74-year-old man died after a tree branch fell on him while he was clearing his driveway in Saint-Clément on Tuesday evening", 0, "provincial police", "said"),
    ("i", "A woman in her 50s died of suspected carbon monoxide poisoning after running a generator inside her garage", 0, "provincial police", "said"),
    ("d", "These tragedies are preventable,", 0, "Luc Bérubé", "said"),
    ("d", "My house is like an icebox,", 0, "Gisèle Tremblay", "said"),
    ("d", "I lasted one night. That was enough.", 0, "Gisèle Tremblay", None),
    ("i", "most would stay closed Thursday", 0, "officials", "said"),
    ("i", "fallen trees were blocking more than 80 streets", 0, "Annick Pelletier", "said"),
    ("d", "Our public works crews have not slept,", 0, "Annick Pelletier", "said"),
    ("d", "I am asking people to stay home if they can, and to check on their neighbours.", 0, "Annick Pelletier", None),
], {
    "Rivière Énergie": ["Rivière Énergie", "the utility"],
    "the federal weather service": ["the federal weather service"],
    "Chloé Marchand": ["Spokesperson Chloé Marchand", "Marchand"],
    "provincial police": ["Provincial police", "police"],
    "Luc Bérubé": ["Public Security Minister Luc Bérubé"],
    "Gisèle Tremblay": ["Gisèle Tremblay"],
    "officials": ["officials"],
    "Annick Pelletier": ["Mayor Annick Pelletier"],
}))

run("weather", P)
