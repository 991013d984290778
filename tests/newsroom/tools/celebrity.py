from make import run

P = []

# Batch 2 (blind). US entertainment, curly marks: an album title and song
# titles in marks, a nickname inside a name, a social-media post
# ("wrote in a post that", "the post read"), "a representative confirmed
# that", "teased a new single" and "thanked fans" (no record), "joked",
# "told Marquee magazine", a publicist who "did not respond", "sources
# close to", a caption with a credit.
P.append(("""
Singer Delia “Dee” Marchetti postpones fall tour, citing vocal injury

By Hannah Strickland
Entertainment Reporter

Pop singer Delia “Dee” Marchetti has postponed the remaining 22 dates of her North American tour after doctors found a hemorrhage on one of her vocal cords, her representatives said Thursday.

The tour, which supports her chart-topping third album, “Paper Lanterns,” was due to resume next week in Ridgeport. Ticket holders will be able to use their tickets for rescheduled dates in the spring, according to the tour’s promoter, Bright Arc Live.

In a post on her social media accounts, Marchetti, 29, wrote that she was “heartbroken” and had pushed through pain for weeks before seeing a specialist.

“I kept thinking I could sing through it, because that’s what you do,” the post read. “My doctor says if I keep going, I could lose my voice for good. So I’m listening to her for once.”

A representative for the singer confirmed that Marchetti would need at least six weeks of complete vocal rest and would not perform at next month’s Harvest Moon awards, where she is nominated in four categories.

Marchetti thanked fans for their patience and teased a new single, “Glass House,” for the new year.

The news came a day after a video from her concert in Amberly showed the singer stopping midway through her hit “Northbound” and handing the microphone to the crowd. Fans online had speculated for days about her health.

Longtime collaborator and producer Marcus Bellweather told Marquee magazine that Marchetti had recorded most of “Paper Lanterns” with a cold and “never once complained.”

“She’s the hardest-working person I’ve ever been in a studio with,” Bellweather said. “Sometimes that’s the problem.”

Vocal coach Tamsin Orr, who has worked with several touring artists but not with Marchetti, said injuries of this kind were common among singers who perform night after night without breaks.

“The voice is a muscle, and this schedule is a marathon run as a sprint,” Orr said. She said most singers recover fully if they rest.

It is the second time Marchetti has cancelled shows for health reasons. In 2021 she pulled out of a festival after a bout of bronchitis, and joked at the time that her body was “staging a union walkout.”

Bright Arc Live said in a statement that new dates would be announced “as soon as Dee’s doctors give the green light.” A publicist for the singer did not respond to a request for further comment.

Fans gathered outside the Ridgeport Arena on Thursday evening anyway, holding candles and singing her songs. “She gave us everything on this tour,” said Kayla Dorsett, 17, who had driven three hours with her mother. “We can wait.”

Delia Marchetti performs in Amberly last week. Photo: Gino Ferraro/Marquee
""", [
    ("i", "Pop singer Delia “Dee” Marchetti has postponed the remaining 22 dates of her North American tour after doctors found a hemorrhage on one of her vocal cords", 0, "her representatives", "said"),
    ("i", "Ticket holders will be able to use their tickets for rescheduled dates in the spring", 0, "Bright Arc Live", "according to"),
    ("m", "she was “heartbroken” and had pushed through pain for weeks before seeing a specialist", 0, "Delia Marchetti", "wrote"),
    ("d", "I kept thinking I could sing through it, because that’s what you do,", 0, "Delia Marchetti", "the post read"),
    ("d", "My doctor says if I keep going, I could lose my voice for good. So I’m listening to her for once.", 0, "Delia Marchetti", None),
    ("i", "Marchetti would need at least six weeks of complete vocal rest and would not perform at next month’s Harvest Moon awards, where she is nominated in four categories", 0, "A representative for the singer", "confirmed"),
    ("m", "Marchetti had recorded most of “Paper Lanterns” with a cold and “never once complained.”", 0, "Marcus Bellweather", "told"),
    ("d", "She’s the hardest-working person I’ve ever been in a studio with,", 0, "Marcus Bellweather", "said"),
    ("d", "Sometimes that’s the problem.", 0, "Marcus Bellweather", None),
    ("i", "injuries of this kind were common among singers who perform night after night without breaks", 0, "Tamsin Orr", "said"),
    ("d", "The voice is a muscle, and this schedule is a marathon run as a sprint,", 0, "Tamsin Orr", "said"),
    ("i", "most singers recover fully if they rest", 0, "Tamsin Orr", "said"),
    ("m", "her body was “staging a union walkout.”", 0, "Delia Marchetti", "joked"),
    ("m", "new dates would be announced “as soon as Dee’s doctors give the green light.”", 0, "Bright Arc Live", "said"),
    ("d", "She gave us everything on this tour,", 0, "Kayla Dorsett", "said"),
    ("d", "We can wait.", 0, "Kayla Dorsett", None),
], {
    "her representatives": ["her representatives"],
    "Bright Arc Live": ["Bright Arc Live"],
    "Delia Marchetti": ["Pop singer Delia “Dee” Marchetti", "Delia Marchetti", "Marchetti", "Dee"],
    "A representative for the singer": ["A representative for the singer"],
    "Marcus Bellweather": ["producer Marcus Bellweather", "Bellweather"],
    "Tamsin Orr": ["Vocal coach Tamsin Orr", "Orr"],
    "Kayla Dorsett": ["Kayla Dorsett"],
}))

run("celebrity", P)
