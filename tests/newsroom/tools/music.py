from make import run

P = []

# Batch 3 (blind). US concert review with an interview, curly marks: a
# deck, a star rating, a question from the stage ("asked,"), album and song
# titles in marks, the critic's "she told me", "she admits" with a
# fragment, "described it as “…”", "dedicated ... to" (no record), a bassist
# (she) after the singer (she) with "she said, laughing", "announced from
# the stage that", fans' nickname, "Asked afterward whether ..., she
# laughed" (no record), a `SETLIST HIGHLIGHTS:` label, a photo credit.
P.append(("""
Review: June Halloran turns the Marlowe into a kitchen party

The songwriter’s first tour in six years is loose, loud and worth the wait

By Nate Ferreira
Music Critic

★★★★

About halfway through her set at the Marlowe Theater on Friday night, June Halloran stopped, looked out at the sold-out crowd and asked, “Is it just me, or is it really hot in here?”

It was. It was also the best show I have seen this year.

Halloran, 44, has not toured since “Paper Boats,” the 2018 album that turned a cult folk singer into a genuine draw. Her new record, “Salt and Vinegar,” came out in April, and she played nine of its eleven songs on Friday, along with most of the old favorites.

Before the show, in a dressing room that doubled as a storage closet, she told me she had nearly quit music altogether in 2020.

“I had a year where I didn’t pick up a guitar. I didn’t miss it, which scared me more than anything,” she said. “Then my niece asked me to teach her three chords, and I remembered why I liked it.”

She admits the new songs are “less polite” than her older work.

That is an understatement. “Kettle Black” opened the set on a stomping drum part from Luis Ortega, who has played with Halloran since 2011. He later described it as “somewhere between a marching band and a washing machine.”

The quieter songs landed hardest. Halloran dedicated “Low Tide” to her late father, a fisherman, and the room went silent enough to hear the air conditioning.

Bassist Kim Adair said after the show that the band had rehearsed for only eight days. “June likes it a bit raw. If we play it perfect, she gets bored and changes the key,” she said, laughing.

Not everything worked. The sound mix buried the fiddle for the first half hour, and a slowed-down cover of an old disco hit went on a verse too long.

Near the end, Halloran announced from the stage that the tour would add a second night at the Marlowe in December. The crowd roared.

She closed, as she has for years, with “Kitchen Party,” and the whole theater sang the chorus back at her. Her fans, who call themselves “the Kettles,” clearly knew every word.

Asked afterward whether six years had been too long to wait between tours, she laughed. “Ask my accountant,” she said.

SETLIST HIGHLIGHTS: “Kettle Black,” “Low Tide,” “Paper Boats,” “Kitchen Party”

June Halloran performs at the Marlowe Theater on Friday. Photo by Ana Ruelas for the Weekly
""", [
    ("d", "Is it just me, or is it really hot in here?", 0, "June Halloran", "asked"),
    ("i", "she had nearly quit music altogether in 2020", 0, "June Halloran", "told"),
    ("d", "I had a year where I didn’t pick up a guitar. I didn’t miss it, which scared me more than anything,", 0, "June Halloran", "said"),
    ("d", "Then my niece asked me to teach her three chords, and I remembered why I liked it.", 0, "June Halloran", None),
    ("m", "the new songs are “less polite” than her older work", 0, "June Halloran", "admits"),
    ("m", "it as “somewhere between a marching band and a washing machine.”", 0, "Luis Ortega", "described"),
    ("i", "the band had rehearsed for only eight days", 0, "Kim Adair", "said"),
    ("d", "June likes it a bit raw. If we play it perfect, she gets bored and changes the key,", 0, "Kim Adair", "said"),
    ("i", "the tour would add a second night at the Marlowe in December", 0, "June Halloran", "announced"),
    ("d", "Ask my accountant,", 0, "June Halloran", "said"),
], {
    "June Halloran": ["June Halloran", "Halloran"],
    "Luis Ortega": ["Luis Ortega"],
    "Kim Adair": ["Bassist Kim Adair", "Kim Adair"],
}))

run("music", P)
