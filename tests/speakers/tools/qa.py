"""Class `qa`: interviews written as Q&A. Question lines (`Q:`, `INTERVIEWER:`, the
outlet's initials) are never records; an answer after a name label is a direct record
by that person, running over the following unlabelled paragraphs; nothing inside an
answer is reported again."""
from make import run

P = []

P.append(("""
Glaciologists Dr Petra Nyland and Dr Jonah Ferris have measured the Sorrow Glacier in the Kell Range for six summers.

Q: How fast is it shrinking?

NYLAND: Faster than our models said. We find that the front has retreated 40 metres a year since 2019.

Q: Critics say six summers is too short to tell.

FERRIS: I think it is long enough to say something is happening, you know, but not why.

The why is the next six summers.
""", [
    ("d", "Faster than our models said. We find that the front has retreated 40 metres a year since 2019.", 0, "Petra Nyland", ":"),
    ("d", "I think it is long enough to say something is happening, you know, but not why.\n\nThe why is the next six summers.", 0, "Jonah Ferris", ":"),
], {
    "Petra Nyland": ["Dr Petra Nyland", "NYLAND"],
    "Jonah Ferris": ["Dr Jonah Ferris", "FERRIS"],
}))

P.append(('''
Cyclist Tove Marr won the Harrowgate Classic on Sunday, her first win since breaking her collarbone. Team director Luca Benn said she had "ridden like someone with nothing to lose."

INTERVIEWER: Luca says you rode like you had nothing to lose. Did you?

MARR: Maybe my collarbone. I told the doctor, "If it breaks again, it breaks."

INTERVIEWER: What now?

MARR: Sleep.
''', [
    ("m", 'she had "ridden like someone with nothing to lose."', 0, "Luca Benn", "said"),
    ("d", 'Maybe my collarbone. I told the doctor, "If it breaks again, it breaks."', 0, "Tove Marr", ":"),
    ("d", "Sleep.", 0, "Tove Marr", ":"),
], {
    "Luca Benn": ["Team director Luca Benn", "Luca Benn", "Luca"],
    "Tove Marr": ["Cyclist Tove Marr", "Tove Marr", "MARR"],
}))

P.append(("""
Corinne Vasseur took over the shipping firm Ostral Lines in January. Dockers’ union leader Femi Adair said on Monday that members were “watching her very closely.”

HBJ: The union says you want to automate the port.

VASSEUR: The union is right that we are testing automated cranes. They are wrong that anyone will lose their job over it.

We put that in writing last month.

HBJ: Will the fleet grow?

VASSEUR: Yes, but not by buying ships we can’t fill.
""", [
    ("m", "members were “watching her very closely.”", 0, "Femi Adair", "said"),
    ("d", "The union is right that we are testing automated cranes. They are wrong that anyone will lose their job over it.\n\nWe put that in writing last month.", 0, "Corinne Vasseur", ":"),
    ("d", "Yes, but not by buying ships we can’t fill.", 0, "Corinne Vasseur", ":"),
], {
    "Corinne Vasseur": ["Corinne Vasseur", "VASSEUR"],
    "Femi Adair": ["Dockers’ union leader Femi Adair", "Femi Adair"],
}))

P.append(("""
Ms Harriet Coyle MP stood down from the front bench last week. Party chairman Mr Ian Tarrant said on Sunday that her departure would ‘make no difference’.

Q: Mr Tarrant also called your resignation ‘an act of vanity’. Fair?

COYLE: Ian is entitled to his view. I resigned because I could not vote for the housing bill, and I said so in my letter.

Q: Would you serve again?

COYLE: Not under this leader.
""", [
    ("m", "her departure would ‘make no difference’", 0, "Ian Tarrant", "said"),
    ("d", "Ian is entitled to his view. I resigned because I could not vote for the housing bill, and I said so in my letter.", 0, "Harriet Coyle", ":"),
    ("d", "Not under this leader.", 0, "Harriet Coyle", ":"),
], {
    "Harriet Coyle": ["Ms Harriet Coyle MP", "COYLE"],
    "Ian Tarrant": ["Party chairman Mr Ian Tarrant", "Mr Ian Tarrant", "Mr Tarrant", "Ian"],
}))

P.append(("""
Filmmakers Lena Brook and Omar Haddou spent three winters on the ice with the fishers of Lac Tessier.

Q: Why three winters?

Lena Brook: Because the first winter, nobody would talk to us.

Omar Haddou: The second winter, they talked, but only about the weather.

Q: And the third?

Omar Haddou: Old Marcel Gagnon invited us into his shack and said, “Now you can film.” I think that was the moment the film began.

Lena Brook: He made us wait for it, and he was right to.
""", [
    ("d", "Because the first winter, nobody would talk to us.", 0, "Lena Brook", ":"),
    ("d", "The second winter, they talked, but only about the weather.", 0, "Omar Haddou", ":"),
    ("d", "Old Marcel Gagnon invited us into his shack and said, “Now you can film.” I think that was the moment the film began.", 0, "Omar Haddou", ":"),
    ("d", "He made us wait for it, and he was right to.", 0, "Lena Brook", ":"),
], {
    "Lena Brook": ["Lena Brook"],
    "Omar Haddou": ["Omar Haddou"],
}))

P.append(('''
Dr. Sunil Varma runs the only pediatric sleep clinic in the Tamber region. Its waiting list now runs to 14 months, according to the Tamber Health Board.

Q: Why is the wait so long?

VARMA: We have two doctors for 400,000 children.

Q: What should parents do while they wait?

VARMA: Start with the boring things: no screens an hour before bed, same bedtime every night.

Parents tell me, "We've tried everything." Usually they have tried everything except the boring things.
''', [
    ("i", "Its waiting list now runs to 14 months", 0, "Tamber Health Board", "according to"),
    ("d", "We have two doctors for 400,000 children.", 0, "Sunil Varma", ":"),
    ("d", 'Start with the boring things: no screens an hour before bed, same bedtime every night.\n\nParents tell me, "We\'ve tried everything." Usually they have tried everything except the boring things.', 0, "Sunil Varma", ":"),
], {
    "Sunil Varma": ["Dr. Sunil Varma", "VARMA"],
    "Tamber Health Board": ["the Tamber Health Board"],
}))

P.append(("""
Dr Anya Voss and Prof. Colm Reddy found microplastics in the Kessel Springs, long thought the cleanest water in the region. They spoke to the Westbury Review (WR).

WR: The bottling company says its water is still safe. Is it?

DR VOSS: By every standard we have, yes. But you know, the standards were written before anyone looked for plastic.

PROF. REDDY: We find that the levels double after heavy rain, so it is coming off the farmland.
""", [
    ("d", "By every standard we have, yes. But you know, the standards were written before anyone looked for plastic.", 0, "Anya Voss", ":"),
    ("d", "We find that the levels double after heavy rain, so it is coming off the farmland.", 0, "Colm Reddy", ":"),
], {
    "Anya Voss": ["Dr Anya Voss", "DR VOSS"],
    "Colm Reddy": ["Prof. Colm Reddy", "PROF. REDDY"],
}))

run("qa", P)
