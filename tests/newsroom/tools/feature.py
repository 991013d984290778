from make import run

P = []

# US profile, curly marks: a deck under the headline, a quotation that runs
# over two paragraphs, speech nested in a quotation, scare quotes, words on
# a web page in marks, "has said" for a company, "he said" with a
# participle after it, a short closing quotation.
P.append(("""
The last repairman on Delmore Avenue

For 57 years, Walt Kosinski has fixed what the rest of us throw away. He has no plans to stop.

By Corinne Ashby
Staff Writer

Walt Kosinski’s repair shop on Delmore Avenue is about the width of a parking space. Its shelves hold radios, toasters, sewing machines and, lately, the occasional electric scooter, each tagged with a name and a phone number in pencil.

He opened the shop in 1967, the year he came home from the Army. The neighborhood around him has changed three times over. The shop has not.

“People think I’m stubborn,” Kosinski said on a recent morning, peering through a magnifying lens at the circuit board of a clock radio. “I’m not stubborn. I just like knowing how things work. You throw something away, you never find out what was wrong with it.

“My father was the same. He fixed shoes on Garner Street for forty years. He used to tell me a man who can’t fix his own shoes has no business walking anywhere.”

Kosinski, 81, still opens at 7 a.m., six days a week. His daughter, Renata Kosinski-Bell, who lives two blocks away, said she has stopped trying to talk him into retirement.

“I used to bring it up every Christmas,” she said. “Now I bring him lunch instead. It’s a better use of everybody’s time.”

The shop has become something of a local landmark. A video of Kosinski reviving a 1950s jukebox for a nearby diner drew more than 2 million views last year, and he now gets packages from strangers in other states asking him to take a look at a broken lamp or a record player.

He does not own a computer. The shop’s “website,” a page set up by a teenage neighbor, lists only his phone number and the words “Call Walt.”

Teresa Dubois, who runs the Delmore Avenue Merchants Association, called Kosinski “the reason half of us are still here.” She said his shop draws customers who then stop in at the bakery and the bookstore next door.

“He’s an anchor,” Dubois said. “When people talk about saving a main street, they mean him.”

The city’s planning department is considering a proposal to rezone the block for apartments. A developer, Halsey Row Partners, has said it would preserve the storefronts on the ground floor. Kosinski is unconvinced.

“They say that,” he said, not looking up from the radio. “Then the rent goes up, and the people who fix things go away, and you get another place that sells candles.”

He paused, found the loose wire he had been hunting for and reached for his soldering iron.

“There,” he said. “She’ll play.”
""", [
    ("d", "People think I’m stubborn,", 0, "Walt Kosinski", "said"),
    ("d", "I’m not stubborn. I just like knowing how things work. You throw something away, you never find out what was wrong with it.\n\n“My father was the same. He fixed shoes on Garner Street for forty years. He used to tell me a man who can’t fix his own shoes has no business walking anywhere.", 0, "Walt Kosinski", None),
    ("i", "she has stopped trying to talk him into retirement", 0, "Renata Kosinski-Bell", "said"),
    ("d", "I used to bring it up every Christmas,", 0, "Renata Kosinski-Bell", "said"),
    ("d", "Now I bring him lunch instead. It’s a better use of everybody’s time.", 0, "Renata Kosinski-Bell", None),
    ("m", "Kosinski “the reason half of us are still here.”", 0, "Teresa Dubois", "called"),
    ("i", "his shop draws customers who then stop in at the bakery and the bookstore next door", 0, "Teresa Dubois", "said"),
    ("d", "He’s an anchor,", 0, "Teresa Dubois", "said"),
    ("d", "When people talk about saving a main street, they mean him.", 0, "Teresa Dubois", None),
    ("i", "it would preserve the storefronts on the ground floor", 0, "Halsey Row Partners", "has said"),
    ("d", "They say that,", 0, "Walt Kosinski", "said"),
    ("d", "Then the rent goes up, and the people who fix things go away, and you get another place that sells candles.", 0, "Walt Kosinski", None),
    ("d", "There,", 0, "Walt Kosinski", "said"),
    ("d", "She’ll play.", 0, "Walt Kosinski", None),
], {
    "Walt Kosinski": ["Walt Kosinski", "Kosinski"],
    "Renata Kosinski-Bell": ["Renata Kosinski-Bell"],
    "Teresa Dubois": ["Teresa Dubois", "Dubois"],
    "Halsey Row Partners": ["Halsey Row Partners"],
}))

run("feature", P)
