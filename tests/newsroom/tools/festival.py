from make import run

P = []

# Batch 3 (blind). Irish arts festival, curly double marks, fadas, `Mr`/`Ms`
# without a point: content-first "..., organisers said." with a play's
# title inside the clause, "said X, and that Y" with a quoted fragment,
# "told the Tribune", a grant cut "citing a review that found" (no record),
# "insisted that", an arts body's statement and "It said", a nickname for
# paintings, a painting's title, "She warned, however, that", a spokesman for
# a council, "Gardaí said", "hoped" inside a reported clause, a photo credit.
P.append(("""
Dunmallow festival draws record crowds despite funding row

By Órla Keating
Arts Correspondent

More than 42,000 people attended the ten-day Dunmallow Arts Festival, which ended on Sunday night with a sold-out performance of the new play “The Salt Road” in the town’s restored cornmarket, organisers said.

The festival’s director, Fergal Ó Ceallaigh, said it was “the best year we have ever had, by a distance”, and that more than half of the tickets had been bought by people from outside the county.

“There were nights when the whole of Main Street was one big audience,” he told the Western Tribune. “You couldn’t get a pint, and nobody minded.”

The success comes after a difficult spring. In March, the Arts Council cut its grant by €60,000, citing a review that found the festival had relied too heavily on a single sponsor.

Mr Ó Ceallaigh insisted that the cut had been “a wake-up call, not a death sentence”. He said the board had since signed three new local sponsors and raised €18,000 through a public appeal.

In a statement, the Arts Council said it welcomed the festival’s “strong recovery” and would consider its application for next year “on its merits”. It said decisions would be announced in December.

Among the highlights was a residency by the Carrickdown-born painter Nuala Breen, who turned an empty draper’s shop into a studio open to the public for the length of the festival.

Ms Breen, whose large seascapes are known locally as “the weather paintings”, said she had been nervous about working in front of an audience.

“I thought people would stand behind me and judge,” she said. “Instead, children brought me shells and old men told me which bits of the sea I had got wrong. They were usually right.”

Her final canvas, “Low Water, Dunmallow”, was bought on the last day by the county library.

Local traders were broadly positive. Pauline Hession, who runs a café on Quay Street, said takings were up by about a third on an ordinary August fortnight. She warned, however, that the town’s car parks could not cope.

“Three or four evenings, cars were parked on the footpaths the length of the bay road,” Ms Hession said. “Somebody is going to get hurt.”

A spokesman for Ardcullen County Council said a park-and-ride scheme would be examined “in good time” for next year’s festival.

Gardaí said the festival had passed off with only two minor public order incidents.

The street theatre company Teatro Lume brought a three-metre puppet, nicknamed “the Heron”, through the town every evening. Mr Ó Ceallaigh said he hoped to bring the company back next August.

The Heron on Main Street, Dunmallow, on Saturday evening. Photo: Ciara Lenihan
""", [
    ("i", "More than 42,000 people attended the ten-day Dunmallow Arts Festival, which ended on Sunday night with a sold-out performance of the new play “The Salt Road” in the town’s restored cornmarket", 0, "organisers", "said"),
    ("m", "it was “the best year we have ever had, by a distance”, and that more than half of the tickets had been bought by people from outside the county", 0, "Fergal Ó Ceallaigh", "said"),
    ("d", "There were nights when the whole of Main Street was one big audience,", 0, "Fergal Ó Ceallaigh", "told"),
    ("d", "You couldn’t get a pint, and nobody minded.", 0, "Fergal Ó Ceallaigh", None),
    ("m", "the cut had been “a wake-up call, not a death sentence”", 0, "Fergal Ó Ceallaigh", "insisted"),
    ("i", "the board had since signed three new local sponsors and raised €18,000 through a public appeal", 0, "Fergal Ó Ceallaigh", "said"),
    ("m", "it welcomed the festival’s “strong recovery” and would consider its application for next year “on its merits”", 0, "Arts Council", "said"),
    ("i", "decisions would be announced in December", 0, "Arts Council", "said"),
    ("i", "she had been nervous about working in front of an audience", 0, "Nuala Breen", "said"),
    ("d", "I thought people would stand behind me and judge,", 0, "Nuala Breen", "said"),
    ("d", "Instead, children brought me shells and old men told me which bits of the sea I had got wrong. They were usually right.", 0, "Nuala Breen", None),
    ("i", "takings were up by about a third on an ordinary August fortnight", 0, "Pauline Hession", "said"),
    ("i", "the town’s car parks could not cope", 0, "Pauline Hession", "warned"),
    ("d", "Three or four evenings, cars were parked on the footpaths the length of the bay road,", 0, "Pauline Hession", "said"),
    ("d", "Somebody is going to get hurt.", 0, "Pauline Hession", None),
    ("m", "a park-and-ride scheme would be examined “in good time” for next year’s festival", 0, "A spokesman for Ardcullen County Council", "said"),
    ("i", "the festival had passed off with only two minor public order incidents", 0, "Gardaí", "said"),
    ("i", "he hoped to bring the company back next August", 0, "Fergal Ó Ceallaigh", "said"),
], {
    "organisers": ["organisers"],
    "Fergal Ó Ceallaigh": ["Fergal Ó Ceallaigh", "Mr Ó Ceallaigh"],
    "Arts Council": ["the Arts Council"],
    "Nuala Breen": ["Nuala Breen", "Ms Breen"],
    "Pauline Hession": ["Pauline Hession", "Ms Hession"],
    "A spokesman for Ardcullen County Council": ["A spokesman for Ardcullen County Council"],
    "Gardaí": ["Gardaí"],
}))

run("festival", P)
