from make import run

P = []

P.append(("""
LAKEPORT, March 4 — Brightwater Energy today announced the opening of its 120-megawatt solar farm near Pell’s Crossing, the largest in the Northern Region.

“Today marks a turning point for clean power in the north,” said Amara Quigley, chief executive officer of Brightwater Energy. “This project will power 40,000 homes and create 60 permanent jobs.”

The company said construction had finished two months ahead of schedule. Mayor of Pell’s Crossing Derek Hollis added that the farm would bring “much-needed investment” to the area.

About Brightwater Energy
Brightwater Energy develops and operates renewable power projects across the Northern Region. Media contact: Jo Lindqvist, press@brightwater.example
""", [
    ("d", "Today marks a turning point for clean power in the north,", 0, "Amara Quigley", "said"),
    ("d", "This project will power 40,000 homes and create 60 permanent jobs.", 0, "Amara Quigley", None),
    ("i", "construction had finished two months ahead of schedule", 0, "Brightwater Energy", "said"),
    ("m", "the farm would bring “much-needed investment” to the area", 0, "Derek Hollis", "added"),
], {
    "Amara Quigley": ["Amara Quigley"],
    "Brightwater Energy": ["Brightwater Energy", "The company"],
    "Derek Hollis": ["Mayor of Pell’s Crossing Derek Hollis", "Derek Hollis"],
}))

P.append(('''
EASTWICK, June 12 — Kinley Software and the Eastwick Hospital Trust have signed a five-year agreement to modernise patient records, the two organisations announced today.

"Nurses spend too much of their shift on paperwork," said Dr Fiona Achebe, chief medical officer at the Eastwick Hospital Trust. "We want that time back at the bedside."

Kinley will install its "CarePath" platform at three hospitals, starting in September. "We are proud to be trusted with something this important," said Kinley president Omar Sayed.

Financial terms were not disclosed.
''', [
    ("i", "Kinley Software and the Eastwick Hospital Trust have signed a five-year agreement to modernise patient records", 0, "the two organisations", "announced"),
    ("d", "Nurses spend too much of their shift on paperwork,", 0, "Fiona Achebe", "said"),
    ("d", "We want that time back at the bedside.", 0, "Fiona Achebe", None),
    ("d", "We are proud to be trusted with something this important,", 0, "Omar Sayed", "said"),
], {
    "the two organisations": ["the two organisations"],
    "Fiona Achebe": ["Dr Fiona Achebe"],
    "Omar Sayed": ["Kinley president Omar Sayed", "Omar Sayed"],
}))

P.append(("""
PORT HALLAM, Nov. 2 — The Coastal Children’s Fund raised a record $3.2 million at its annual winter gala, the charity confirmed on Sunday.

The money will fund 14 new after-school programs in the region, according to executive director Celeste Mbatha. “Every dollar raised tonight stays in this community,” Mbatha said. “Our donors made that possible.”

Gala chair Walter Fenn thanked the 900 guests and said next year’s event would move to the larger Harbourfront Centre.

###
""", [
    ("i", "The Coastal Children’s Fund raised a record $3.2 million at its annual winter gala", 0, "Coastal Children’s Fund", "confirmed"),
    ("i", "The money will fund 14 new after-school programs in the region", 0, "Celeste Mbatha", "according to"),
    ("d", "Every dollar raised tonight stays in this community,", 0, "Celeste Mbatha", "said"),
    ("d", "Our donors made that possible.", 0, "Celeste Mbatha", None),
    ("i", "next year’s event would move to the larger Harbourfront Centre", 0, "Walter Fenn", "said"),
], {
    "Coastal Children’s Fund": ["The Coastal Children’s Fund", "the charity"],
    "Celeste Mbatha": ["executive director Celeste Mbatha", "Celeste Mbatha", "Mbatha"],
    "Walter Fenn": ["Gala chair Walter Fenn", "Walter Fenn"],
}))

P.append(('''
MILLBROOK — Researchers at the University of Millbrook have developed a low-cost sensor that can detect lead in tap water within minutes, the university said Tuesday.

The sensor, about the size of a postage stamp, costs less than $2 to make. Professor Helen Varga at the university's School of Chemistry, who led the work, said it could be in homes within three years.

"Lead testing shouldn't need a lab and a two-week wait," Varga said. "With this, a family can check their own tap before breakfast."

The findings are published in the journal "Water Futures". The team has filed a patent application.
''', [
    ("i", "Researchers at the University of Millbrook have developed a low-cost sensor that can detect lead in tap water within minutes", 0, "University of Millbrook", "said"),
    ("i", "it could be in homes within three years", 0, "Helen Varga", "said"),
    ("d", "Lead testing shouldn't need a lab and a two-week wait,", 0, "Helen Varga", "said"),
    ("d", "With this, a family can check their own tap before breakfast.", 0, "Helen Varga", None),
], {
    "University of Millbrook": ["the University of Millbrook", "the university"],
    "Helen Varga": ["Professor Helen Varga", "Helen Varga", "Varga"],
}))

P.append(("""
DRAYTON, Jan. 15 — Oakfield Mutual Insurance today named Patricia Nwosu as its next chief executive, effective April 1. She succeeds Graham Tait, who is retiring after 22 years with the company.

“Patricia has the rare combination of deep industry knowledge and genuine warmth,” said board chair Lionel Ashcroft. “The board’s decision was unanimous.”

Nwosu said she was “honoured and energised” by the appointment. Tait said he would remain an adviser until the end of the year.

Forward-looking statements in this release are subject to risks and uncertainties.
""", [
    ("d", "Patricia has the rare combination of deep industry knowledge and genuine warmth,", 0, "Lionel Ashcroft", "said"),
    ("d", "The board’s decision was unanimous.", 0, "Lionel Ashcroft", None),
    ("m", "she was “honoured and energised” by the appointment", 0, "Patricia Nwosu", "said"),
    ("i", "he would remain an adviser until the end of the year", 0, "Graham Tait", "said"),
], {
    "Lionel Ashcroft": ["board chair Lionel Ashcroft", "Lionel Ashcroft"],
    "Patricia Nwosu": ["Patricia Nwosu", "Nwosu"],
    "Graham Tait": ["Graham Tait", "Tait"],
}))

P.append(("""
WESTVALE — The Northern Region government will spend $48 million upgrading rural broadband over the next three years, Digital Economy Minister Keira Lott announced today.

Lott said 22,000 homes and farms would get speeds of at least 100 megabits per second by 2027. “No child should have to do homework in a car park to get a signal,” she said.

Rural Councils Association president Evan Morrow welcomed the funding. He said members had been “asking for this for a very long time”.

For more information, visit the department’s website.
""", [
    ("i", "The Northern Region government will spend $48 million upgrading rural broadband over the next three years", 0, "Keira Lott", "announced"),
    ("i", "22,000 homes and farms would get speeds of at least 100 megabits per second by 2027", 0, "Keira Lott", "said"),
    ("d", "No child should have to do homework in a car park to get a signal,", 0, "Keira Lott", "said"),
    ("m", "members had been “asking for this for a very long time”", 0, "Evan Morrow", "said"),
], {
    "Keira Lott": ["Digital Economy Minister Keira Lott", "Keira Lott", "Lott"],
    "Evan Morrow": ["Rural Councils Association president Evan Morrow", "Evan Morrow"],
}))

P.append(('''
HARWICK, May 9 — The Harwick Maritime Museum will reopen on June 1 after a two-year, $15 million renovation, the museum announced today.

The new galleries include a full-size replica of the steamship "Lady Alder", which sank off Cape Dunmore in 1889. "Visitors will be able to walk the deck where 200 passengers stood that night," said curator Tomasz Wilk.

Museum director Kathleen Orr said admission would be free for Harwick residents for the first month. She added: "This museum belongs to the town. We want the town to come home to it."
''', [
    ("i", "The Harwick Maritime Museum will reopen on June 1 after a two-year, $15 million renovation", 0, "Harwick Maritime Museum", "announced"),
    ("d", "Visitors will be able to walk the deck where 200 passengers stood that night,", 0, "Tomasz Wilk", "said"),
    ("i", "admission would be free for Harwick residents for the first month", 0, "Kathleen Orr", "said"),
    ("d", "This museum belongs to the town. We want the town to come home to it.", 0, "Kathleen Orr", "added"),
], {
    "Harwick Maritime Museum": ["The Harwick Maritime Museum", "the museum"],
    "Tomasz Wilk": ["curator Tomasz Wilk", "Tomasz Wilk"],
    "Kathleen Orr": ["Museum director Kathleen Orr", "Kathleen Orr"],
}))

run("pressrelease", P)
