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
