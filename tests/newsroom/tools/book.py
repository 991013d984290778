from make import run

P = []

# Batch 4 (blind). Irish book review with an author interview, curly marks,
# fadas: a deck naming the interviewer, present-tense "she says, laughing",
# novels' titles in marks, "writes" of style (no record), a mixed clause
# with a concessive "though", an editor (he) who "describes X as “Y.”" and
# "told me", "admits", "expects" and a reported question with "she shrugs"
# (no records), a price line with a title.
P.append(("""
A family, a farmhouse and forty years of silence

Áine Mulcahy’s second novel is her best yet. She talks to Declan Rooney about grief, Galway and getting it wrong

Áine Mulcahy was halfway through the first draft of her new novel when she threw it away.

“It was 90,000 words of people being sad in kitchens,” she says, laughing, in a café near her home in Oranmore. “I read it back and thought, I wouldn’t buy this.”

The book she wrote instead, “The Long Field”, is published this week by Harbourline. It follows three sisters who return to their late father’s farm in east Galway and find, in a locked drawer, letters that unpick everything they believed about their parents’ marriage.

It is a quieter book than her debut, “Salt and Iron”, which won the Kerrigan Prize in 2019 and sold more than 60,000 copies in Ireland. It is also a better one. Mulcahy writes grief without sentimentality, and her dialogue is sharp enough to cut yourself on.

She says the sisters are not based on her own family, though her mother “has her suspicions”.

“I have two sisters and we get on very well, which is useless for a novelist,” she says. “So I had to make up the fights.”

The letters at the heart of the novel came from an unlikely source. Mulcahy spent two summers reading correspondence held by the county library, and says she was struck by how much rural women of the 1970s wrote and how little of it survived.

Her editor at Harbourline, Colm Fahy, describes the finished book as “the one she was always going to write.”

“Áine’s first draft of anything is better than most people’s last,” Fahy told me. “But she’s ruthless with herself. I have learned not to argue.”

Not everything works. A subplot involving a land dispute with a neighbour runs out of steam, and the ending, which I will not spoil, arrives a little too neatly.

But these are small complaints. The middle section, in which the eldest sister reads the letters aloud to the others over a single night, is as good as anything I have read in Irish fiction this decade.

Mulcahy admits she cried writing it. “I don’t usually,” she says. “I’m from a family that doesn’t cry at funerals.”

She is already at work on a third book, set in a seaside hotel in the 1950s, and expects to finish a draft by next spring. Asked if she will throw that one away too, she shrugs.

“Probably,” she says. “It seems to be how I work.”

“The Long Field” by Áine Mulcahy is published by Harbourline, €16.99
""", [
    ("d", "It was 90,000 words of people being sad in kitchens,", 0, "Áine Mulcahy", "says"),
    ("d", "I read it back and thought, I wouldn’t buy this.", 0, "Áine Mulcahy", None),
    ("m", "the sisters are not based on her own family, though her mother “has her suspicions”", 0, "Áine Mulcahy", "says"),
    ("d", "I have two sisters and we get on very well, which is useless for a novelist,", 0, "Áine Mulcahy", "says"),
    ("d", "So I had to make up the fights.", 0, "Áine Mulcahy", None),
    ("i", "she was struck by how much rural women of the 1970s wrote and how little of it survived", 0, "Áine Mulcahy", "says"),
    ("m", "the finished book as “the one she was always going to write.”", 0, "Colm Fahy", "describes"),
    ("d", "Áine’s first draft of anything is better than most people’s last,", 0, "Colm Fahy", "told"),
    ("d", "But she’s ruthless with herself. I have learned not to argue.", 0, "Colm Fahy", None),
    ("i", "she cried writing it", 0, "Áine Mulcahy", "admits"),
    ("d", "I don’t usually,", 0, "Áine Mulcahy", "says"),
    ("d", "I’m from a family that doesn’t cry at funerals.", 0, "Áine Mulcahy", None),
    ("d", "Probably,", 0, "Áine Mulcahy", "says"),
    ("d", "It seems to be how I work.", 0, "Áine Mulcahy", None),
], {
    "Áine Mulcahy": ["Áine Mulcahy", "Mulcahy"],
    "Colm Fahy": ["Colm Fahy", "Fahy"],
}))

run("book", P)
