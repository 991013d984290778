from make import run

P = []

# Batch 5 (blind). US tech product launch, curly double marks: product names
# in marks, a company as "the company" and "it", a chief executive (she) who
# "told developers", a colon introduction, "according to the company", an
# analyst (he) with a firm after his name, "expects" and "plans" (no
# record), "declined to comment on", a rival's statement, a split
# quotation, "showed" of a demonstration (no record), "added that",
# a reviewer's question, "did not respond".
P.append(("""
Lumio unveils “Halo” glasses, betting on a screen you wear

ALDER BAY, Calif. — Lumio, the smart-home company best known for its talking doorbells, on Tuesday unveiled a pair of glasses that show text messages, directions and translations on the inside of the lens.

The glasses, called “Halo,” will go on sale in April for $549, the company said. They weigh about as much as an ordinary pair of sunglasses and run for nine hours on a charge, according to Lumio.

Chief executive Priya Ramanathan introduced the product at the company’s annual developer conference, in a converted aircraft hangar near the bay.

“For ten years we have asked people to look down at their phones,” Ramanathan told developers. “Halo lets them look up.”

A demonstration on stage showed the glasses translating a conversation between a Spanish speaker and an English speaker, with a delay of about a second.

Ramanathan said the company had spent four years on the project and that more than 300 engineers had worked on it. She added that Lumio would open the glasses to outside apps in the summer.

Her pitch to the room was short: “Build for the street, not the desk.”

Lumio expects to sell about a million pairs in the first year, said Marcus Feld, an analyst at Corbett Research. He said the price was “on the edge of what people will pay” for a device with no proven use.

“It is beautiful hardware,” Feld said. “The question is what you do with it on day thirty, not day one.”

Several companies have tried and failed to sell glasses with screens. Brightwave, which pulled its own model from shops in 2022, said in a statement that it welcomed competition and plans to return to the market next year.

Lumio declined to comment on reports that the glasses had been delayed twice. It said privacy was “built in from the start,” and that the camera cannot record without a visible light.

Dana Whitcombe, who reviews gadgets for the newsletter Gadget Ledger, tried the glasses for an hour before the event. Were they comfortable? “Surprisingly, yes,” she said. “I forgot I had them on, which is either the best thing or the worst thing about them.”

Shares of Lumio rose 4% in afternoon trading.

A representative for the city of Alder Bay, which is considering rules on recording devices in public buildings, did not respond to a request for comment.
""", [
    ("i", "The glasses, called “Halo,” will go on sale in April for $549", 0, "Lumio", "said"),
    ("i", "They weigh about as much as an ordinary pair of sunglasses and run for nine hours on a charge", 0, "Lumio", "according to"),
    ("d", "For ten years we have asked people to look down at their phones,", 0, "Priya Ramanathan", "told"),
    ("d", "Halo lets them look up.", 0, "Priya Ramanathan", None),
    ("i", "the company had spent four years on the project and that more than 300 engineers had worked on it", 0, "Priya Ramanathan", "said"),
    ("i", "Lumio would open the glasses to outside apps in the summer", 0, "Priya Ramanathan", "added"),
    ("d", "Build for the street, not the desk.", 0, "Priya Ramanathan", None),
    ("i", "Lumio expects to sell about a million pairs in the first year", 0, "Marcus Feld", "said"),
    ("m", "the price was “on the edge of what people will pay” for a device with no proven use", 0, "Marcus Feld", "said"),
    ("d", "It is beautiful hardware,", 0, "Marcus Feld", "said"),
    ("d", "The question is what you do with it on day thirty, not day one.", 0, "Marcus Feld", None),
    ("i", "it welcomed competition and plans to return to the market next year", 0, "Brightwave", "said"),
    ("m", "privacy was “built in from the start,” and that the camera cannot record without a visible light", 0, "Lumio", "said"),
    ("d", "Surprisingly, yes,", 0, "Dana Whitcombe", "said"),
    ("d", "I forgot I had them on, which is either the best thing or the worst thing about them.", 0, "Dana Whitcombe", None),
], {
    "Lumio": ["Lumio"],
    "Priya Ramanathan": ["Chief executive Priya Ramanathan", "Priya Ramanathan", "Ramanathan"],
    "Marcus Feld": ["Marcus Feld", "Feld"],
    "Brightwave": ["Brightwave"],
    "Dana Whitcombe": ["Dana Whitcombe"],
}))

run("gadget", P)
