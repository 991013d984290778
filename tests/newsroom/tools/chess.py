from make import run

P = []

# Batch 5 (blind). New Zealand chess championship, curly double marks,
# macrons, "Dr": a teenage winner (she) and a veteran (he) across
# paragraphs, an opening's name in marks (no record), a nickname, the
# chess union with "said" and "It said", an unnamed player
# who "claimed", an arbiter who "ruled that", "admitted that", "according
# to her coach", "told the Tribune", a colon introduction, a question in a quotation, "hopes"
# (no record), a photo credit.
P.append(("""
Teenager Aroha Tipene crowned national chess champion

By Grant Whitlock

KAURI BAY — Sixteen-year-old Aroha Tipene became the youngest New Zealand chess champion in more than forty years on Sunday, beating the eight-time title holder in the final round.

Tipene, a Year 12 student at Kōwhai College, needed only a draw against Dr Martin Alcock but chose to play for a win with the black pieces.

“I didn’t come here to draw,” she said after the game. “If I lose, I lose. At least I lose trying.”

She won in 52 moves after Alcock, 61, ran short of time in a difficult endgame.

Alcock, a retired physics lecturer known at the club as “The Professor”, admitted that he had misjudged the position. He said Tipene had played “like someone twice her age”.

“I had chances early on, and I let them go,” he said. “She did not give me a second one.”

Earlier in the round there was a dispute on board three, where a player claimed his opponent had touched a piece and then moved another. The chief arbiter, Hemi Pōtae, ruled that the move would stand because no one had seen the touch.

“Without a witness, there is nothing I can do,” Pōtae said.

Tipene learned the game from her grandmother at the age of six. According to her coach, Lynette Forsyth, she studies for about three hours a day, mostly on the bus to and from school.

Forsyth told the Northland Tribune that Tipene’s favourite opening, the “Dragon”, was a risky choice for a player who needed only half a point.

“Did I want her to play it? No,” she said. “Did she play it anyway? Of course she did.”

The Kiwi Chess Union said the result qualified Tipene for the world junior championship in Armenia next year. It said it would help the family raise the cost of the trip, which it put at about $12,000.

The union’s president, Dr Rangi Walker, had a simple message for young players: “Look at what she has done, and then go and do it yourself.”

Tipene hopes to study engineering after school. Asked about the world championship, she grinned.

“I should probably learn some new openings first,” she said.

Photo / Supplied
""", [
    ("d", "I didn’t come here to draw,", 0, "Aroha Tipene", "said"),
    ("d", "If I lose, I lose. At least I lose trying.", 0, "Aroha Tipene", None),
    ("i", "he had misjudged the position", 0, "Martin Alcock", "admitted"),
    ("m", "Tipene had played “like someone twice her age”", 0, "Martin Alcock", "said"),
    ("d", "I had chances early on, and I let them go,", 0, "Martin Alcock", "said"),
    ("d", "She did not give me a second one.", 0, "Martin Alcock", None),
    ("i", "his opponent had touched a piece and then moved another", 0, "a player", "claimed"),
    ("i", "the move would stand because no one had seen the touch", 0, "Hemi Pōtae", "ruled"),
    ("d", "Without a witness, there is nothing I can do,", 0, "Hemi Pōtae", "said"),
    ("i", "she studies for about three hours a day, mostly on the bus to and from school", 0, "Lynette Forsyth", "According to"),
    ("i", "Tipene’s favourite opening, the “Dragon”, was a risky choice for a player who needed only half a point", 0, "Lynette Forsyth", "told"),
    ("d", "Did I want her to play it? No,", 0, "Lynette Forsyth", "said"),
    ("d", "Did she play it anyway? Of course she did.", 0, "Lynette Forsyth", None),
    ("i", "the result qualified Tipene for the world junior championship in Armenia next year", 0, "Kiwi Chess Union", "said"),
    ("i", "it would help the family raise the cost of the trip, which it put at about $12,000", 0, "Kiwi Chess Union", "said"),
    ("d", "Look at what she has done, and then go and do it yourself.", 0, "Rangi Walker", None),
    ("d", "I should probably learn some new openings first,", 0, "Aroha Tipene", "said"),
], {
    "Aroha Tipene": ["Aroha Tipene", "Tipene"],
    "Martin Alcock": ["Dr Martin Alcock", "Martin Alcock", "Alcock"],
    "a player": ["a player"],
    "Hemi Pōtae": ["Hemi Pōtae", "Pōtae"],
    "Lynette Forsyth": ["Lynette Forsyth", "Forsyth"],
    "Kiwi Chess Union": ["The Kiwi Chess Union", "The union"],
    "Rangi Walker": ["Dr Rangi Walker"],
}))

run("chess", P)
