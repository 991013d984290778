from make import run

P = []

# Batch 3 (blind). Australian regional tourism, straight marks, `Mr`, `Ms`,
# `Cr`: operators who "say", figures that "show" (evidence), a campaign
# title in marks, a boat's name, "counted" and "expects" (no record), a
# councillor's "said X, and that Y" with a quoted fragment, "has asked staff
# to report" (no record), a question with "she asked", a spokesman for a
# minister, "announced $4 million" (no record), "According to Ms", a quote
# after "put it simply:", a quotation over two paragraphs, a picture credit.
P.append(("""
Whale season lifts Banksia Coast after two lean years

By Kirra Dawson
Regional Affairs Reporter

Tour operators say bookings for the winter whale-watching season are running at their highest level since 2019, after two years in which floods and a closed highway kept visitors away from the Banksia Coast.

Figures from the regional tourism board show overnight stays in June were up 23 per cent on the same month last year.

The board's chief executive, Leanne Moffatt, said the numbers were "better than anyone dared hope in January".

"We had operators telling us at Christmas they weren't sure they'd make it to winter," Ms Moffatt said. "Now some of them are turning people away on Saturdays."

The board's "Come Back to the Coast" campaign ran on television in Sydney and Brisbane in April and May.

Skipper Dave Kowalczyk, who has run the Southern Cross II out of Banksia Heads harbour for 26 years, counted 14 humpbacks on his first trip of the season.

"You get a mother and calf come up alongside, 20 metres off the boat, and the whole deck goes quiet," he said. "Then the kids start screaming. Every time."

Mr Kowalczyk said he had added a third daily trip and hired two deckhands. He expects to carry about 9,000 passengers by the end of October, up from 5,500 last year.

Not everyone is celebrating. Shire councillor Rosa Ventura said residents of the small town of Tallow Creek were "drowning in traffic" on weekends, and that the council had done too little to plan for the crowds.

Cr Ventura has asked council staff to report on a shuttle bus from the headland car park.

"Where are people supposed to park? On my front lawn?" she asked at Tuesday's council meeting.

The mayor, Cr Graham Pettit, said a shuttle trial would start in the September school holidays, pending funding from the state government.

A spokesman for Tourism Minister Alana Byrne said the government was "looking closely" at the council's application. The minister announced $4 million for regional tourism infrastructure last month.

Accommodation is tight. According to Ms Moffatt, fewer than one in ten holiday rentals on the coast were free for the second half of July.

Jenny Tran, who manages the Breakwater Motel, put it simply: "We're full. We've been full since the first whale was spotted, and my phone hasn't stopped."

Mr Kowalczyk said the bigger worry was the weather. "Two bad years nearly finished a lot of us. One good winter doesn't fix that.

"But I'll take it. Ask me again in October."

A humpback breaches off Banksia Heads on Sunday. Picture: Sam Okoro
""", [
    ("i", "bookings for the winter whale-watching season are running at their highest level since 2019, after two years in which floods and a closed highway kept visitors away from the Banksia Coast", 0, "Tour operators", "say"),
    ("m", "the numbers were \"better than anyone dared hope in January\"", 0, "Leanne Moffatt", "said"),
    ("d", "We had operators telling us at Christmas they weren't sure they'd make it to winter,", 0, "Leanne Moffatt", "said"),
    ("d", "Now some of them are turning people away on Saturdays.", 0, "Leanne Moffatt", None),
    ("d", "You get a mother and calf come up alongside, 20 metres off the boat, and the whole deck goes quiet,", 0, "Dave Kowalczyk", "said"),
    ("d", "Then the kids start screaming. Every time.", 0, "Dave Kowalczyk", None),
    ("i", "he had added a third daily trip and hired two deckhands", 0, "Dave Kowalczyk", "said"),
    ("m", "residents of the small town of Tallow Creek were \"drowning in traffic\" on weekends, and that the council had done too little to plan for the crowds", 0, "Rosa Ventura", "said"),
    ("d", "Where are people supposed to park? On my front lawn?", 0, "Rosa Ventura", "asked"),
    ("i", "a shuttle trial would start in the September school holidays, pending funding from the state government", 0, "Graham Pettit", "said"),
    ("m", "the government was \"looking closely\" at the council's application", 0, "A spokesman for Tourism Minister Alana Byrne", "said"),
    ("i", "fewer than one in ten holiday rentals on the coast were free for the second half of July", 0, "Leanne Moffatt", "According to"),
    ("d", "We're full. We've been full since the first whale was spotted, and my phone hasn't stopped.", 0, "Jenny Tran", "put it simply"),
    ("i", "the bigger worry was the weather", 0, "Dave Kowalczyk", "said"),
    ("d", "Two bad years nearly finished a lot of us. One good winter doesn't fix that.\n\n\"But I'll take it. Ask me again in October.", 0, "Dave Kowalczyk", None),
], {
    "Tour operators": ["Tour operators"],
    "Leanne Moffatt": ["Leanne Moffatt", "Ms Moffatt"],
    "Dave Kowalczyk": ["Skipper Dave Kowalczyk", "Dave Kowalczyk", "Mr Kowalczyk"],
    "Rosa Ventura": ["Shire councillor Rosa Ventura", "Rosa Ventura", "Cr Ventura"],
    "Graham Pettit": ["Cr Graham Pettit", "Graham Pettit"],
    "A spokesman for Tourism Minister Alana Byrne": ["A spokesman for Tourism Minister Alana Byrne"],
    "Jenny Tran": ["Jenny Tran"],
}))

run("tourism", P)
