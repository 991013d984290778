from make import run

P = []

P.append(("""
Castlemere council plans to close two of its five libraries to save 1.2 million dollars a year.

A consultation found that most residents opposed the closures. Councillor Peter Vance said the council had "no good options left."

Library users want the council to cut its own expenses first. The plans for a new town hall were put on hold.
""", [
    ("i", "to close two of its five libraries to save 1.2 million dollars a year", 0, "Castlemere council", "plans", "thought"),
    ("i", "most residents opposed the closures", 0, "A consultation", "found", "evidence"),
    ("m", 'the council had "no good options left."', 0, "Peter Vance", "said", "speech"),
    ("i", "the council to cut its own expenses first", 0, "Library users", "want", "thought"),
], {
    "Castlemere council": ["Castlemere council"],
    "A consultation": ["A consultation"],
    "Peter Vance": ["Councillor Peter Vance"],
    "Library users": ["Library users"],
}))

P.append(("""
Mayor Helen Osei has promised to fill every pothole in Kelby by the end of the summer.

Council records show that the city received more than 4,000 pothole complaints last year. Osei said crews would work at night to avoid traffic.

Opposition councillor Dev Barratt doubts the mayor can keep her promise. The city's roads department found a new supplier for asphalt in May.
""", [
    ("i", "to fill every pothole in Kelby by the end of the summer", 0, "Helen Osei", "has promised", "speech"),
    ("i", "the city received more than 4,000 pothole complaints last year", 0, "Council records", "show", "evidence"),
    ("i", "crews would work at night to avoid traffic", 0, "Helen Osei", "said", "speech"),
    ("i", "the mayor can keep her promise", 0, "Dev Barratt", "doubts", "thought"),
], {
    "Helen Osei": ["Mayor Helen Osei", "Osei"],
    "Council records": ["Council records"],
    "Dev Barratt": ["Opposition councillor Dev Barratt"],
}))

P.append(("""
The town of Pellam will vote next month on a plan to build 300 homes on the old rail yard.

A traffic study commissioned by the town suggests the homes would add 600 car trips a day. Planning chair Rita Cole believes the town needs the housing.

"Our children cannot afford to live here," she said. Neighbours expect a crowded meeting.
""", [
    ("i", "the homes would add 600 car trips a day", 0, "A traffic study commissioned by the town", "suggests", "evidence"),
    ("i", "the town needs the housing", 0, "Rita Cole", "believes", "thought"),
    ("d", "Our children cannot afford to live here,", 0, "Rita Cole", "said", "speech"),
    ("i", "a crowded meeting", 0, "Neighbours", "expect", "thought"),
], {
    "A traffic study commissioned by the town": ["A traffic study commissioned by the town", "A traffic study"],
    "Rita Cole": ["Planning chair Rita Cole"],
    "Neighbours": ["Neighbours"],
}))

P.append(("""
Water bills in Dunmore will rise by 8 per cent in April, the utility board decided on Tuesday.

According to the board's budget papers, most of the money will go to replacing old pipes. Board chair Sam Whitlow said the rise was "the smallest we could responsibly make."

Residents showed up in large numbers to the meeting. Many fear bills will rise again next year.
""", [
    ("i", "Water bills in Dunmore will rise by 8 per cent in April", 0, "the utility board", "decided", "speech"),
    ("i", "most of the money will go to replacing old pipes", 0, "the board's budget papers", "According to", "evidence"),
    ("m", 'the rise was "the smallest we could responsibly make."', 0, "Sam Whitlow", "said", "speech"),
    ("i", "bills will rise again next year", 0, "Many", "fear", "thought"),
], {
    "the utility board": ["the utility board"],
    "the board's budget papers": ["the board's budget papers"],
    "Sam Whitlow": ["Board chair Sam Whitlow"],
    "Many": ["Many"],
}))

run("localgov", P)
