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

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
Councillors in Brackley want the old bus depot turned into affordable homes, and the council is expected to vote on the plan next month.

A housing needs report shows that 1,200 families are on the town's waiting list. Mayor Ines Fairbairn told a public meeting that the depot was "the best chance we have had in a decade."

The owner of a neighbouring factory fears the homes will bring complaints about noise. Council officers plan to meet him next week. The meeting showed how divided the town remains.
""", [
    ("i", "the old bus depot turned into affordable homes", 0, "Councillors in Brackley", "want", "thought"),
    ("i", "to vote on the plan next month", 0, None, "is expected", "thought"),
    ("i", "1,200 families are on the town's waiting list", 0, "A housing needs report", "shows", "evidence"),
    ("m", 'the depot was "the best chance we have had in a decade."', 0, "Ines Fairbairn", "told", "speech"),
    ("i", "the homes will bring complaints about noise", 0, "The owner of a neighbouring factory", "fears", "thought"),
    ("i", "to meet him next week", 0, "Council officers", "plan", "thought"),
], {
    "Councillors in Brackley": ["Councillors in Brackley", "Councillors"],
    "A housing needs report": ["A housing needs report"],
    "Ines Fairbairn": ["Mayor Ines Fairbairn"],
    "The owner of a neighbouring factory": ["The owner of a neighbouring factory"],
    "Council officers": ["Council officers"],
}))

B2.append(("""
Water bills in the Selby district will rise by 8 per cent in April, the district council confirmed on Tuesday.

Council leader Mark Odell blamed the cost of replacing pipes laid in the 1950s. “Every year we wait, the repairs get dearer,” he said. An audit of the network found that one pipe in five leaks.

Residents' groups doubt the money will be spent on pipes, and they plan to ask the regulator to look at the council's accounts. Workers found a missing valve buried under a car park last year.
""", [
    ("i", "Water bills in the Selby district will rise by 8 per cent in April", 0, "the district council", "confirmed", "speech"),
    ("d", "Every year we wait, the repairs get dearer,", 0, "Mark Odell", "said", "speech"),
    ("i", "one pipe in five leaks", 0, "An audit of the network", "found", "evidence"),
    ("i", "the money will be spent on pipes", 0, "Residents' groups", "doubt", "thought"),
    ("i", "to ask the regulator to look at the council's accounts", 0, "Residents' groups", "plan", "thought"),
], {
    "the district council": ["the district council"],
    "Mark Odell": ["Council leader Mark Odell"],
    "An audit of the network": ["An audit of the network", "An audit"],
    "Residents' groups": ["Residents' groups"],
}))

B2.append(("""
Plans for a new library in Tully Green have been approved after four years of delays, the borough's planning committee said on Thursday.

Committee chair Rosa Fenwick said she believed the building would be open by the end of next year. Traffic studies show the site can handle the extra visitors, according to the council.

The borough intends to sell the old library to pay for the project. "It served us well, but it is falling apart," said Len Harrow, a librarian there for 31 years.
""", [
    ("i", "Plans for a new library in Tully Green have been approved after four years of delays", 0, "the borough's planning committee", "said", "speech"),
    ("i", "she believed the building would be open by the end of next year", 0, "Rosa Fenwick", "said", "speech"),
    ("i", "Traffic studies show the site can handle the extra visitors", 0, "the council", "according to", "speech"),
    ("i", "to sell the old library to pay for the project", 0, "The borough", "intends", "thought"),
    ("d", "It served us well, but it is falling apart,", 0, "Len Harrow", "said", "speech"),
], {
    "the borough's planning committee": ["the borough's planning committee"],
    "Rosa Fenwick": ["Committee chair Rosa Fenwick"],
    "the council": ["the council"],
    "The borough": ["The borough"],
    "Len Harrow": ["Len Harrow"],
}))

run("localgov", B2, first=5)
