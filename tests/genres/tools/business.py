from make import run

P = []

P.append(("""
Harbourline Shipping reported a 22 per cent fall in third-quarter profit on Thursday as freight rates on its Asia routes fell.

Net profit came to $412 million, down from $528 million a year earlier. Analysts had expected $450 million.

Chief executive Ingrid Haaland said the company had “weathered the worst of the storm” and that rates had stabilised in October. “We are not going to chase volume at any price,” she told analysts on a conference call.

The company expects full-year profit at the lower end of its forecast range.
""", [
    ("m", "the company had “weathered the worst of the storm” and that rates had stabilised in October", 0, "Ingrid Haaland", "said"),
    ("d", "We are not going to chase volume at any price,", 0, "Ingrid Haaland", "told"),
], {
    "Ingrid Haaland": ["Chief executive Ingrid Haaland", "Ingrid Haaland"],
}))

P.append(('''
Northgate Retail Group swung to a loss in the six months to June after writing down the value of its department stores.

The group lost $31 million, compared with a profit of $18 million a year ago. Chief financial officer Daniel Oyelowo said four stores would close next year, putting about 300 jobs at risk.

"These are hard decisions and we don't take them lightly," Oyelowo said. "But online is now 40 per cent of our sales."

Shop workers' union organiser Bev Collins said staff had learned of the closures "from the news, not from their managers."
''', [
    ("i", "four stores would close next year, putting about 300 jobs at risk", 0, "Daniel Oyelowo", "said"),
    ("d", "These are hard decisions and we don't take them lightly,", 0, "Daniel Oyelowo", "said"),
    ("d", "But online is now 40 per cent of our sales.", 0, "Daniel Oyelowo", None),
    ("m", 'staff had learned of the closures "from the news, not from their managers."', 0, "Bev Collins", "said"),
], {
    "Daniel Oyelowo": ["Chief financial officer Daniel Oyelowo", "Daniel Oyelowo", "Oyelowo"],
    "Bev Collins": ["Shop workers' union organiser Bev Collins", "Bev Collins"],
}))

P.append(("""
Fintrail, the payments start-up, said on Tuesday that it had turned its first annual profit, three years after it nearly ran out of cash.

Revenue rose 61 per cent to $220 million. Co-founder and chief executive Samira Holt posted on social media that the milestone belonged to “every person who stayed when it got hard.”

Holt told the Lakeport Business Journal that the company was not planning a stock market listing this year. Asked about a possible takeover, she declined to comment.

Chairman Peter Quayle said the board was “delighted but not complacent”.
""", [
    ("i", "it had turned its first annual profit, three years after it nearly ran out of cash", 0, "Fintrail", "said"),
    ("m", "the milestone belonged to “every person who stayed when it got hard.”", 0, "Samira Holt", "posted"),
    ("i", "the company was not planning a stock market listing this year", 0, "Samira Holt", "told"),
    ("m", "the board was “delighted but not complacent”", 0, "Peter Quayle", "said"),
], {
    "Fintrail": ["Fintrail"],
    "Samira Holt": ["Co-founder and chief executive Samira Holt", "Samira Holt", "Holt"],
    "Peter Quayle": ["Chairman Peter Quayle", "Peter Quayle"],
}))

P.append(("""
Coastal Savings Bank set aside an extra $95 million for bad loans in the first quarter, as more small businesses fell behind on repayments.

Loan losses are likely to rise further before they fall, the bank said. Chief risk officer Marta Kowalczyk warned investors that hospitality and construction firms were under particular strain.

“We are seeing stress in pockets, not across the board,” Kowalczyk said.

Analyst Jonah Redding of Pemberton Securities said the provisions were “prudent, maybe even generous”. He kept his buy rating on the shares.
""", [
    ("i", "Loan losses are likely to rise further before they fall", 0, "Coastal Savings Bank", "said"),
    ("i", "hospitality and construction firms were under particular strain", 0, "Marta Kowalczyk", "warned"),
    ("d", "We are seeing stress in pockets, not across the board,", 0, "Marta Kowalczyk", "said"),
    ("m", "the provisions were “prudent, maybe even generous”", 0, "Jonah Redding", "said"),
], {
    "Coastal Savings Bank": ["Coastal Savings Bank", "the bank"],
    "Marta Kowalczyk": ["Chief risk officer Marta Kowalczyk", "Marta Kowalczyk", "Kowalczyk"],
    "Jonah Redding": ["Analyst Jonah Redding", "Jonah Redding"],
}))

P.append(('''
Vantor Motors more than doubled its quarterly profit on strong sales of its electric pickup, the company said on Wednesday.

Chief executive Luis Arrowsmith told reporters at the company's Drayton plant that a second production line would open in 2026. "We can't build them fast enough," he said. "The waiting list is eight months long.

"I never thought I'd be apologising to customers for being too popular."

Vantor's shares rose 9 per cent. The company plans to hire 1,500 workers.
''', [
    ("i", "Vantor Motors more than doubled its quarterly profit on strong sales of its electric pickup", 0, "Vantor Motors", "said"),
    ("i", "a second production line would open in 2026", 0, "Luis Arrowsmith", "told"),
    ("d", "We can't build them fast enough,", 0, "Luis Arrowsmith", "said"),
    ("d", "The waiting list is eight months long.\n\n\"I never thought I'd be apologising to customers for being too popular.", 0, "Luis Arrowsmith", None),
], {
    "Vantor Motors": ["Vantor Motors", "the company"],
    "Luis Arrowsmith": ["Chief executive Luis Arrowsmith", "Luis Arrowsmith"],
}))

P.append(("""
Profits at Meadowgold Dairies fell 8 per cent last year as the cost of animal feed soared.

Mark Tillotson, the company’s finance director, said feed prices had risen by almost a quarter. Milk prices paid to farmers would rise from April, according to Tillotson.

Dairy farmer Jean Abara, who supplies Meadowgold from her farm near Eastwick, said the increase was “better than nothing, but only just”. “Most of us are running to stand still,” she said.

The company’s new “farm-first” pledge was launched last month.
""", [
    ("i", "feed prices had risen by almost a quarter", 0, "Mark Tillotson", "said"),
    ("i", "Milk prices paid to farmers would rise from April", 0, "Mark Tillotson", "according to"),
    ("m", "the increase was “better than nothing, but only just”", 0, "Jean Abara", "said"),
    ("d", "Most of us are running to stand still,", 0, "Jean Abara", "said"),
], {
    "Mark Tillotson": ["Mark Tillotson", "Tillotson"],
    "Jean Abara": ["Dairy farmer Jean Abara", "Jean Abara"],
}))

P.append(('''
Skyline Hotels said on Friday that occupancy at its 60 hotels reached 84 per cent over the summer, the highest in its history.

Chief executive Rupert Ngata said: "Business travel has finally come back. Conferences are full again."

Chief operating officer Hannah Bligh said room rates had risen by an average of 7 per cent, but warned that staff costs were climbing faster. She told analysts the group would open four hotels next year.

Ngata, asked about a possible sale of the group's Lakeport tower, said only that "all options are on the table."
''', [
    ("i", "occupancy at its 60 hotels reached 84 per cent over the summer, the highest in its history", 0, "Skyline Hotels", "said"),
    ("d", "Business travel has finally come back. Conferences are full again.", 0, "Rupert Ngata", "said"),
    ("i", "room rates had risen by an average of 7 per cent", 0, "Hannah Bligh", "said"),
    ("i", "staff costs were climbing faster", 0, "Hannah Bligh", "warned"),
    ("i", "the group would open four hotels next year", 0, "Hannah Bligh", "told"),
    ("d", "all options are on the table.", 0, "Rupert Ngata", "said"),
], {
    "Skyline Hotels": ["Skyline Hotels"],
    "Rupert Ngata": ["Chief executive Rupert Ngata", "Rupert Ngata", "Ngata"],
    "Hannah Bligh": ["Chief operating officer Hannah Bligh", "Hannah Bligh"],
}))

run("business", P)
