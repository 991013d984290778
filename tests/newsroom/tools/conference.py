from make import run

P = []

# Batch 3 (blind). South African science conference, straight marks: a
# headline with a quoted phrase, a content-first lead whose speaker ("a plant
# geneticist") is named only in the next paragraph, "presented results" and
# "Her team found" (no record), "told delegates", "cautioned that X and that
# Y", "the organisers said", "argued that", a question inside a quotation,
# a paper's title and a survey that "suggests" (no record), a reported
# question from the floor (no record) answered with "said they had not, and
# that", a committee chair (she), a department's statement "read at the
# opening session", "said she believed".
P.append(("""
Heat-tolerant maize 'five years away', scientists told at crop congress

By Lerato Mahlangu, Science Writer

PORT ELANDSBERG - Farmers in southern Africa could be planting maize bred to survive heatwaves within five years, a plant geneticist told the Southern Africa Crop Science Congress on Tuesday.

Professor Ruth Mokgadi of the University of the Highveld, who leads a team of 30 breeders, presented results from three seasons of field trials in Zambia, Malawi and Zimbabwe.

Her team found that the best of the new lines lost about 20 percent of their yield in a week of 40-degree heat, against 60 percent for the varieties most farmers grow today.

"Heat is the quiet killer of maize. Everyone talks about drought, and drought matters, but a few days of extreme heat at flowering can do as much damage," Mokgadi told delegates.

She cautioned that the new lines still had to pass national variety trials, which take at least two seasons, and that seed companies would then need time to multiply them.

About 900 scientists, officials and seed company representatives are attending the four-day congress, the organisers said.

Not everyone shared her optimism. Dr Pieter van Wyk, an agricultural economist at the Veldrift Policy Institute, argued that the bottleneck was not breeding but getting seed to smallholders at a price they could afford.

"We have had good varieties sitting on the shelf for ten years. A farmer with two hectares doesn't buy new seed every season. Why would she?" he said.

Van Wyk's own survey of 1,200 households, presented in a paper titled "Seed, Credit and the Last Mile," suggests that fewer than a third of smallholders buy certified seed in a given year.

During questions, a delegate from Malawi asked whether the new lines had been tested against the fall armyworm, a pest common in the region. Mokgadi said they had not, and that trials would begin next season.

Dr Amina Sesay, who chairs the congress's scientific committee, said the meeting had "deliberately" put breeders and economists on the same stage.

"They don't always enjoy it. But they need each other," she said.

A statement from the national agriculture department, read at the opening session, said the government would spend R120 million over three years on seed multiplication.

Mokgadi said she believed the first heat-tolerant varieties could be on sale by 2030. "I would like it to be sooner. The weather is not waiting for us," she said.

The congress ends on Friday.
""", [
    ("i", "Farmers in southern Africa could be planting maize bred to survive heatwaves within five years", 0, "Ruth Mokgadi", "told"),
    ("d", "Heat is the quiet killer of maize. Everyone talks about drought, and drought matters, but a few days of extreme heat at flowering can do as much damage,", 0, "Ruth Mokgadi", "told"),
    ("i", "the new lines still had to pass national variety trials, which take at least two seasons, and that seed companies would then need time to multiply them", 0, "Ruth Mokgadi", "cautioned"),
    ("i", "About 900 scientists, officials and seed company representatives are attending the four-day congress", 0, "organisers", "said"),
    ("i", "the bottleneck was not breeding but getting seed to smallholders at a price they could afford", 0, "Pieter van Wyk", "argued"),
    ("d", "We have had good varieties sitting on the shelf for ten years. A farmer with two hectares doesn't buy new seed every season. Why would she?", 0, "Pieter van Wyk", "said"),
    ("i", "they had not, and that trials would begin next season", 0, "Ruth Mokgadi", "said"),
    ("m", "the meeting had \"deliberately\" put breeders and economists on the same stage", 0, "Amina Sesay", "said"),
    ("d", "They don't always enjoy it. But they need each other,", 0, "Amina Sesay", "said"),
    ("i", "the government would spend R120 million over three years on seed multiplication", 0, "national agriculture department", "said"),
    ("i", "she believed the first heat-tolerant varieties could be on sale by 2030", 0, "Ruth Mokgadi", "said"),
    ("d", "I would like it to be sooner. The weather is not waiting for us,", 0, "Ruth Mokgadi", "said"),
], {
    "Ruth Mokgadi": ["a plant geneticist", "Professor Ruth Mokgadi", "Mokgadi"],
    "organisers": ["the organisers"],
    "Pieter van Wyk": ["Dr Pieter van Wyk", "Van Wyk"],
    "Amina Sesay": ["Dr Amina Sesay"],
    "national agriculture department": ["the national agriculture department"],
}))

run("conference", P)
