from make import run

P = []

# Batch 5 (blind). British fashion week, single curly marks, Ms/Mr: a
# content-first lead by "the designer", a collection's title in marks, told
# reporters, "She added that", an organiser in apposition, "Its chief
# executive, NAME, said", "described X as ‘Y’ but praised" (praised: no
# record), a question after "Asked whether" (no record) and "said she",
# "according to the council", a store chain that "expected" and "declined to
# say" (no record), a nickname, a photograph credit.
P.append(("""
Quilted coats and patched skirts open Harrowgate Fashion Week

By Tamsin Oakes, Fashion Editor

Almost every piece in Verity Ashdown’s new collection was cut from fabric left over from earlier seasons, the designer said on Friday as Harrowgate Fashion Week opened.

The show, titled ‘Second Helpings’, drew about 400 guests to a former tram depot on the edge of the city centre.

‘Nothing you saw tonight was bought new,’ Ms Ashdown told reporters backstage. ‘Every panel was sitting in a box in our studio, waiting for someone brave enough to use it.’

She added that the label would publish a list of where each fabric had come from.

Ms Ashdown, 38, founded her label in 2016 after six years as a pattern cutter. Her designs have been worn by the singer known as ‘Little Wren’, and her shop in Calder Street has a waiting list for made-to-measure work.

The organisers, the Harrowgate Fashion Council, said ticket sales for the week were up by a fifth on last year. Its chief executive, Daniel Moreby, said the council had asked every designer to report the share of recycled material in their collections.

‘We are not going to name and shame anyone,’ Mr Moreby said. ‘But buyers are asking, and we would rather the answers came from us.’

Not every critic was convinced. Priya Halloran, who writes for the trade newsletter Cut & Stitch, described the coats as ‘heavy going’ but praised the tailoring of the skirts.

‘It is a clever idea, and some of it is beautiful,’ she said. ‘I am less sure anybody wants to wear a duvet to the office.’

The model Ola Brennick, who closed the show in a patchwork cape, said the clothes were warmer than they looked. Asked whether she would wear the cape off the runway, she laughed and said she already had one on order.

Sales of second-hand clothing in the region rose by 14 per cent last year, according to the council.

Pellings, the department store chain that stocks the label, said it expected to carry the new coats from September. The company declined to say how many it had ordered.

Ms Ashdown said she was already sketching the next collection. ‘There are still boxes,’ she said. ‘There are always more boxes.’

Photograph: Harrowgate Fashion Council
""", [
    ("i", "Almost every piece in Verity Ashdown’s new collection was cut from fabric left over from earlier seasons", 0, "Verity Ashdown", "said"),
    ("d", "Nothing you saw tonight was bought new,", 0, "Verity Ashdown", "told"),
    ("d", "Every panel was sitting in a box in our studio, waiting for someone brave enough to use it.", 0, "Verity Ashdown", None),
    ("i", "the label would publish a list of where each fabric had come from", 0, "Verity Ashdown", "added"),
    ("i", "ticket sales for the week were up by a fifth on last year", 0, "Harrowgate Fashion Council", "said"),
    ("i", "the council had asked every designer to report the share of recycled material in their collections", 0, "Daniel Moreby", "said"),
    ("d", "We are not going to name and shame anyone,", 0, "Daniel Moreby", "said"),
    ("d", "But buyers are asking, and we would rather the answers came from us.", 0, "Daniel Moreby", None),
    ("m", "the coats as ‘heavy going’", 0, "Priya Halloran", "described"),
    ("d", "It is a clever idea, and some of it is beautiful,", 0, "Priya Halloran", "said"),
    ("d", "I am less sure anybody wants to wear a duvet to the office.", 0, "Priya Halloran", None),
    ("i", "the clothes were warmer than they looked", 0, "Ola Brennick", "said"),
    ("i", "she already had one on order", 0, "Ola Brennick", "said"),
    ("i", "Sales of second-hand clothing in the region rose by 14 per cent last year", 0, "Harrowgate Fashion Council", "according to"),
    ("i", "it expected to carry the new coats from September", 0, "Pellings", "said"),
    ("i", "she was already sketching the next collection", 0, "Verity Ashdown", "said"),
    ("d", "There are still boxes,", 0, "Verity Ashdown", "said"),
    ("d", "There are always more boxes.", 0, "Verity Ashdown", None),
], {
    "Verity Ashdown": ["Verity Ashdown", "Ms Ashdown"],
    "Harrowgate Fashion Council": ["the Harrowgate Fashion Council", "the council"],
    "Daniel Moreby": ["Daniel Moreby", "Mr Moreby"],
    "Priya Halloran": ["Priya Halloran"],
    "Ola Brennick": ["Ola Brennick"],
    "Pellings": ["Pellings"],
}))

run("fashion", P)
