from make import run

P = []

# Batch 6 (blind). Australian hailstorm in wine country, straight marks,
# "Mr"/"Ms": "Growers … say" in the lead, "according to" an association,
# a grower (she) with "which she said" inside her reported clause, an
# association president (he), a weather bureau, a minister who "announced
# $5,000 grants" (no record) and "told reporters", growers again, a
# winemaker who "said he expected", a content-first close by "the
# association".
P.append(("""
Hail wipes out half of Merrin Valley grape harvest weeks before picking

By Kate Lowrie

Growers in the Merrin Valley say a 15-minute hailstorm on Saturday afternoon destroyed about half of this year's grape crop, just weeks before picking was due to begin.

Hailstones the size of golf balls stripped leaves and split fruit across more than 1,200 hectares of vineyards, according to the Merrin Valley Wine Association.

"It sounded like someone was throwing gravel at the roof," said Annette Corbel, whose family has grown shiraz at Bellbird Hill for four generations. "When it stopped, I walked out and just stood there."

Ms Corbel said she had lost about 80 per cent of her fruit and did not have crop insurance, which she said had become too expensive after three bad seasons.

The association's president, Rob Kemeny, said the storm could cost the region's growers and wineries more than $30 million.

"Some of these families were already hanging on by their fingernails," Mr Kemeny said. "This might be the thing that makes them let go."

The weather bureau said the storm cell had formed quickly over the ranges and had not been forecast to produce large hail.

The association said about 140 growers had reported damage by Monday night, and it expected the number to rise as more vineyards were inspected.

State Agriculture Minister Kerry Adamo visited the valley on Monday and announced $5,000 grants for affected growers.

"It is not going to make anyone whole, but it will help pay for the clean-up," Ms Adamo told reporters at a winery in Bellbird Hill.

Growers said the grants would barely cover the cost of spraying the damaged vines to stop disease.

Winemaker Tom Oyelaran, who buys fruit from a dozen growers, said he expected to make about a third of his usual volume this year.

"There will be less Merrin Valley wine on shelves next year, and it will cost more," he said. "But what we make will be good. The fruit that survived is beautiful."

Cellar doors in the valley will stay open over the coming long weekend, the association said.
""", [
    ("i", "a 15-minute hailstorm on Saturday afternoon destroyed about half of this year's grape crop, just weeks before picking was due to begin", 0, "Growers in the Merrin Valley", "say"),
    ("i", "Hailstones the size of golf balls stripped leaves and split fruit across more than 1,200 hectares of vineyards", 0, "the Merrin Valley Wine Association", "according to"),
    ("d", "It sounded like someone was throwing gravel at the roof,", 0, "Annette Corbel", "said"),
    ("d", "When it stopped, I walked out and just stood there.", 0, "Annette Corbel", None),
    ("i", "she had lost about 80 per cent of her fruit and did not have crop insurance, which she said had become too expensive after three bad seasons", 0, "Annette Corbel", "said"),
    ("i", "the storm could cost the region's growers and wineries more than $30 million", 0, "Rob Kemeny", "said"),
    ("d", "Some of these families were already hanging on by their fingernails,", 0, "Rob Kemeny", "said"),
    ("d", "This might be the thing that makes them let go.", 0, "Rob Kemeny", None),
    ("i", "the storm cell had formed quickly over the ranges and had not been forecast to produce large hail", 0, "The weather bureau", "said"),
    ("i", "about 140 growers had reported damage by Monday night, and it expected the number to rise as more vineyards were inspected", 0, "the Merrin Valley Wine Association", "said"),
    ("d", "It is not going to make anyone whole, but it will help pay for the clean-up,", 0, "Kerry Adamo", "told"),
    ("i", "the grants would barely cover the cost of spraying the damaged vines to stop disease", 0, "Growers in the Merrin Valley", "said"),
    ("i", "he expected to make about a third of his usual volume this year", 0, "Tom Oyelaran", "said"),
    ("d", "There will be less Merrin Valley wine on shelves next year, and it will cost more,", 0, "Tom Oyelaran", "said"),
    ("d", "But what we make will be good. The fruit that survived is beautiful.", 0, "Tom Oyelaran", None),
    ("i", "Cellar doors in the valley will stay open over the coming long weekend", 0, "the Merrin Valley Wine Association", "said"),
], {
    "Growers in the Merrin Valley": ["Growers in the Merrin Valley", "Growers"],
    "the Merrin Valley Wine Association": ["the Merrin Valley Wine Association", "the association", "The association"],
    "Annette Corbel": ["Annette Corbel", "Ms Corbel"],
    "Rob Kemeny": ["Rob Kemeny", "Mr Kemeny"],
    "The weather bureau": ["The weather bureau"],
    "Kerry Adamo": ["Kerry Adamo", "Ms Adamo"],
    "Tom Oyelaran": ["Tom Oyelaran"],
}))

run("vineyard", P)
