from make import run

P = []

# Batch 4 (blind). US museum acquisition, curly marks, a deck: a lead
# content-first "..., the museum announced Monday", a painting's title in
# marks inside a clause "according to the museum", the director named after
# "said the museum's director,", a curator (she), conservators who "found"
# (no record), a donor's daughter "said in a statement that her father “…”",
# a foundation that "declined to say", a historian who "questioned whether"
# (no record), "said X and that the museum plans to", content-first "...,
# the museum said."
P.append(("""
Harlan Museum buys long-lost Okafor painting for $4.2 million

The 1961 canvas, missing from public view for five decades, will go on display in March

By Judith Farrow

The Harlan Museum of Art has bought a painting by the Nigerian-American artist Chidi Okafor that had not been seen in public since 1974, the museum announced Monday.

The work, “Harbor at Dusk, No. 3,” was acquired for $4.2 million from the estate of a Connecticut collector, according to the museum. It is the most the Harlan has ever paid for a single work by a living or recently living artist.

“This is the painting we have been looking for since I arrived,” said the museum’s director, Paul Brandt. “When the call came, I did not sleep for two nights.”

Okafor, who died in 2009, painted the canvas in a rented studio in Baltimore. It shows fishing boats at anchor under a sky of orange and violet, and critics have long regarded it as the finest of his harbor series.

The painting’s curator at the Harlan, Denise Wu, said it had been bought in 1974 by the collector Harold Stiles, who hung it in his dining room and rarely let anyone photograph it.

“For years, scholars worked from a single black-and-white photograph,” Wu said. “We knew the composition. We had no idea about the color. When I saw it in person, I actually laughed.”

Conservators found the canvas in good condition, though its varnish has yellowed. Wu said a cleaning would begin this month and should take about eight weeks.

Stiles’s daughter, Margaret Stiles-Ronan, said in a statement that her father “always believed the painting belonged in a museum, eventually.” She said the family was pleased it would stay in the region.

The purchase was funded by the museum’s acquisitions endowment and a gift from the Larkin Foundation. The foundation declined to say how much it had contributed.

Not everyone welcomed the news. Art historian Marcus Bell of Eastbrook College questioned whether a single purchase of that size was the best use of the endowment, at a time when the museum has cut education staff.

“It’s a wonderful picture,” Bell said. “I just wish the Harlan were as excited about the people who teach kids to look at pictures.”

Brandt said no education positions had been cut as a result of the purchase and that the museum plans to hire two educators next year.

“Harbor at Dusk, No. 3” goes on view March 14 in the museum’s American galleries. Admission will be free on the opening weekend, the museum said.
""", [
    ("i", "The Harlan Museum of Art has bought a painting by the Nigerian-American artist Chidi Okafor that had not been seen in public since 1974", 0, "Harlan Museum of Art", "announced"),
    ("i", "The work, “Harbor at Dusk, No. 3,” was acquired for $4.2 million from the estate of a Connecticut collector", 0, "Harlan Museum of Art", "according to"),
    ("d", "This is the painting we have been looking for since I arrived,", 0, "Paul Brandt", "said"),
    ("d", "When the call came, I did not sleep for two nights.", 0, "Paul Brandt", None),
    ("i", "it had been bought in 1974 by the collector Harold Stiles, who hung it in his dining room and rarely let anyone photograph it", 0, "Denise Wu", "said"),
    ("d", "For years, scholars worked from a single black-and-white photograph,", 0, "Denise Wu", "said"),
    ("d", "We knew the composition. We had no idea about the color. When I saw it in person, I actually laughed.", 0, "Denise Wu", None),
    ("i", "a cleaning would begin this month and should take about eight weeks", 0, "Denise Wu", "said"),
    ("m", "her father “always believed the painting belonged in a museum, eventually.”", 0, "Margaret Stiles-Ronan", "said"),
    ("i", "the family was pleased it would stay in the region", 0, "Margaret Stiles-Ronan", "said"),
    ("d", "It’s a wonderful picture,", 0, "Marcus Bell", "said"),
    ("d", "I just wish the Harlan were as excited about the people who teach kids to look at pictures.", 0, "Marcus Bell", None),
    ("i", "no education positions had been cut as a result of the purchase and that the museum plans to hire two educators next year", 0, "Paul Brandt", "said"),
    ("i", "Admission will be free on the opening weekend", 0, "Harlan Museum of Art", "said"),
], {
    "Harlan Museum of Art": ["The Harlan Museum of Art", "the museum"],
    "Paul Brandt": ["Paul Brandt", "Brandt"],
    "Denise Wu": ["Denise Wu", "Wu"],
    "Margaret Stiles-Ronan": ["Margaret Stiles-Ronan"],
    "Marcus Bell": ["Art historian Marcus Bell", "Marcus Bell", "Bell"],
}))

run("museum", P)
