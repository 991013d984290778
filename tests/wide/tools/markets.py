from make import run

P = []

P.append(("""
Shares in Calloway Foods showed strong gains on Thursday after the grocer raised its profit forecast.

Chief executive Mara Lindqvist said demand for fresh meals had "surprised everyone, including us." Analysts at Bexford Capital expect margins to widen next year.

Sales are expected to rise by 6 per cent in the second half, according to the company's own filing.
""", [
    ("m", 'demand for fresh meals had "surprised everyone, including us."', 0, "Mara Lindqvist", "said", "speech"),
    ("i", "margins to widen next year", 0, "Analysts at Bexford Capital", "expect", "thought"),
    ("i", "Sales are expected to rise by 6 per cent in the second half", 0, "the company's own filing", "according to", "evidence"),
], {
    "Mara Lindqvist": ["Chief executive Mara Lindqvist"],
    "Analysts at Bexford Capital": ["Analysts at Bexford Capital", "Analysts"],
    "the company's own filing": ["the company's own filing"],
}))

P.append(("""
The Norland dollar fell to a six-month low as traders bet on a rate cut.

Figures released on Monday show that inflation slowed to 2.1 per cent in May. Central bank governor Ilse Varga has said she wants to see two more months of data before acting.

Most economists think the cut will come in August.
""", [
    ("i", "inflation slowed to 2.1 per cent in May", 0, "Figures released on Monday", "show", "evidence"),
    ("i", "she wants to see two more months of data before acting", 0, "Ilse Varga", "has said", "speech"),
    ("i", "the cut will come in August", 0, "Most economists", "think", "thought"),
], {
    "Figures released on Monday": ["Figures released on Monday", "Figures"],
    "Ilse Varga": ["Central bank governor Ilse Varga"],
    "Most economists": ["Most economists"],
}))

P.append(("""
Orvane Motors will cut 800 jobs at its plant in Sellick, the carmaker announced on Wednesday.

An internal review found that the plant was running at half its capacity. Union leader Gareth Boles called the decision "a betrayal of three generations of workers."

The company hopes to sell the site by the end of next year. Its stock closed 4 per cent higher.
""", [
    ("i", "Orvane Motors will cut 800 jobs at its plant in Sellick", 0, "Orvane Motors", "announced", "speech"),
    ("i", "the plant was running at half its capacity", 0, "An internal review", "found", "evidence"),
    ("m", 'the decision "a betrayal of three generations of workers."', 0, "Gareth Boles", "called", "speech"),
    ("i", "to sell the site by the end of next year", 0, "Orvane Motors", "hopes", "thought"),
], {
    "Orvane Motors": ["Orvane Motors", "the carmaker", "The company"],
    "An internal review": ["An internal review"],
    "Gareth Boles": ["Union leader Gareth Boles"],
}))

P.append(("""
Copper prices climbed for a fourth day as mines in the south of Tarsia remained closed by floods.

"The market is pricing in a long outage," said Nell Ashdown, a metals strategist at Quillon Bank. She expects the mines to reopen within a month.

Warehouse data indicate stocks have fallen to their lowest level since 2019. The rally showed no sign of slowing on Friday.
""", [
    ("d", "The market is pricing in a long outage,", 0, "Nell Ashdown", "said", "speech"),
    ("i", "the mines to reopen within a month", 0, "Nell Ashdown", "expects", "thought"),
    ("i", "stocks have fallen to their lowest level since 2019", 0, "Warehouse data", "indicate", "evidence"),
], {
    "Nell Ashdown": ["Nell Ashdown"],
    "Warehouse data": ["Warehouse data"],
}))

run("markets", P)

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
Shares in Penwright Media fell 9 per cent on Tuesday after the publisher said advertising revenue had dropped for a third quarter.

Chief financial officer Lotte Aramis told analysts on a call that the company expects a recovery "late next year at the earliest." Data from the research firm Adlyne indicate that spending on print advertising has halved since 2020.

Investors want a clearer plan for the digital business, said Curtis Obi, a fund manager at Marlow Partners. Penwright plans to reveal its new strategy in September.
""", [
    ("i", "advertising revenue had dropped for a third quarter", 0, "Penwright Media", "said", "speech"),
    ("m", 'the company expects a recovery "late next year at the earliest."', 0, "Lotte Aramis", "told", "speech"),
    ("i", "spending on print advertising has halved since 2020", 0, "Data from the research firm Adlyne", "indicate", "evidence"),
    ("i", "Investors want a clearer plan for the digital business", 0, "Curtis Obi", "said", "speech"),
    ("i", "to reveal its new strategy in September", 0, "Penwright Media", "plans", "thought"),
], {
    "Penwright Media": ["Penwright Media", "the publisher", "Penwright"],
    "Lotte Aramis": ["Chief financial officer Lotte Aramis"],
    "Data from the research firm Adlyne": ["Data from the research firm Adlyne", "Data"],
    "Curtis Obi": ["Curtis Obi"],
}))

B2.append(("""
The price of cocoa hit a record on Wednesday as dry weather in Valdora hurt the harvest.

Traders believe supplies will stay tight until at least the spring. A report by the Cocoa Growers Council shows that output in Valdora fell by 30 per cent in the first half of the season.

"Chocolate makers are paying whatever it takes," said Bea Lindholm, a commodities analyst at Fenwick Bank. She doubts that prices will ease before the summer.

Sweetco, the largest buyer, declined to comment.
""", [
    ("i", "supplies will stay tight until at least the spring", 0, "Traders", "believe", "thought"),
    ("i", "output in Valdora fell by 30 per cent in the first half of the season", 0, "A report by the Cocoa Growers Council", "shows", "evidence"),
    ("d", "Chocolate makers are paying whatever it takes,", 0, "Bea Lindholm", "said", "speech"),
    ("i", "prices will ease before the summer", 0, "Bea Lindholm", "doubts", "thought"),
], {
    "Traders": ["Traders"],
    "A report by the Cocoa Growers Council": ["A report by the Cocoa Growers Council", "A report"],
    "Bea Lindholm": ["Bea Lindholm"],
}))

B2.append(("""
Brenford Air expects to return to profit this year, the airline said on Thursday, as bookings for the summer reached their highest level since 2019.

The carrier's results showed a loss of 40 million euros for the last quarter. The loss was smaller than the market had feared. According to a filing with the stock exchange, the airline is also in talks to buy twelve new jets.

Chief executive Tove Hallam wants the deal signed by June. The rally in the shares showed that investors are willing to give her time, said Nadia Ferro of Glenmoor Securities.
""", [
    ("i", "Brenford Air expects to return to profit this year", 0, "Brenford Air", "said", "speech"),
    ("i", "a loss of 40 million euros for the last quarter", 0, "The carrier's results", "showed", "evidence"),
    ("i", "the airline is also in talks to buy twelve new jets", 0, "a filing with the stock exchange", "According to", "evidence"),
    ("i", "the deal signed by June", 0, "Tove Hallam", "wants", "thought"),
    ("i", "The rally in the shares showed that investors are willing to give her time", 0, "Nadia Ferro", "said", "speech"),
], {
    "Brenford Air": ["Brenford Air", "the airline"],
    "The carrier's results": ["The carrier's results"],
    "a filing with the stock exchange": ["a filing with the stock exchange", "a filing"],
    "Tove Hallam": ["Chief executive Tove Hallam"],
    "Nadia Ferro": ["Nadia Ferro"],
}))

run("markets", B2, first=5)
