from make import run

P = []

# Batch 2 (blind). Canadian school board, curly marks, `Mr.`/`Ms.`: a
# dateline, a report that "found" and "showed" (evidence), "called X “Y”",
# "moved to delay", "declined to comment, citing", a petition title in
# marks, "according to the board", "Some families say", a caption with a
# credit.
P.append(("""
Upper Marsh trustees vote to close two rural schools

By Dana Whitcombe
The Lakeshore Ledger

CEDAR HOLLOW, Ont. — Trustees of the Upper Marsh District School Board voted 7-4 on Tuesday night to close Birchwood Public School and Pell Creek Public School in June, ending more than a century of classes in both villages.

About 140 students will be bused to a new addition at Cedar Hollow Central, which the board expects to finish by September.

Board chair Gwen Tallis said the decision was the hardest of her 12 years as a trustee. “Nobody ran for this job to close schools,” she told a crowded meeting in the board office’s gymnasium. “But we cannot keep paying to heat half-empty buildings while we cut music teachers.”

A facilities report presented last month found that Birchwood was at 38 per cent of capacity and needed $4.2 million in roof and boiler repairs. The same report showed enrolment across the board’s rural schools had fallen by a fifth since 2015.

Parents were not persuaded. Marcy Delorme, whose two sons attend Pell Creek, said the board had treated the review as “a done deal from day one.” She said the bus ride to Cedar Hollow would take some children more than an hour each way.

“My youngest is five,” Ms. Delorme said after the vote. “He’ll be on a bus before the sun comes up in December. Tell me how that helps him learn.”

Trustee Raj Mehandru, who voted against the closures, called the process “rushed and backwards.” He moved to delay the vote until the province announces its capital funding in the spring, but the motion failed.

“We are making a permanent decision on the basis of a temporary budget,” Mr. Mehandru said.

Superintendent of education Colette Fournier told trustees that staff had looked at sharing the buildings with a daycare or a library branch, but no partner had come forward. She said the board would hold transition meetings with each school’s families in February.

The closures will save about $610,000 a year in operating costs, according to the board.

Birchwood opened in 1908 as a one-room schoolhouse. Its principal, Hal Brennick, declined to comment on the vote, citing board policy. A petition titled “Save Our Birchwood” collected more than 2,300 signatures.

Some families say they will not wait for June. Erin Vasquez, who runs a dairy farm outside Pell Creek with her husband, said the family had already applied to a Catholic school in a neighbouring town.

“We’ve got three kids and one truck,” she said. “If we’re driving anyway, we’ll drive somewhere we chose.”

Parents hold signs outside the Upper Marsh board office before Tuesday’s vote. (Dana Whitcombe/The Lakeshore Ledger)

The board’s next meeting is Feb. 11.
""", [
    ("i", "the decision was the hardest of her 12 years as a trustee", 0, "Gwen Tallis", "said"),
    ("d", "Nobody ran for this job to close schools,", 0, "Gwen Tallis", "told"),
    ("d", "But we cannot keep paying to heat half-empty buildings while we cut music teachers.", 0, "Gwen Tallis", None),
    ("m", "the board had treated the review as “a done deal from day one.”", 0, "Marcy Delorme", "said"),
    ("i", "the bus ride to Cedar Hollow would take some children more than an hour each way", 0, "Marcy Delorme", "said"),
    ("d", "My youngest is five,", 0, "Marcy Delorme", "said"),
    ("d", "He’ll be on a bus before the sun comes up in December. Tell me how that helps him learn.", 0, "Marcy Delorme", None),
    ("m", "the process “rushed and backwards.”", 0, "Raj Mehandru", "called"),
    ("d", "We are making a permanent decision on the basis of a temporary budget,", 0, "Raj Mehandru", "said"),
    ("i", "staff had looked at sharing the buildings with a daycare or a library branch, but no partner had come forward", 0, "Colette Fournier", "told"),
    ("i", "the board would hold transition meetings with each school’s families in February", 0, "Colette Fournier", "said"),
    ("i", "The closures will save about $610,000 a year in operating costs", 0, "Upper Marsh District School Board", "according to"),
    ("i", "they will not wait for June", 0, "Some families", "say"),
    ("i", "the family had already applied to a Catholic school in a neighbouring town", 0, "Erin Vasquez", "said"),
    ("d", "We’ve got three kids and one truck,", 0, "Erin Vasquez", "said"),
    ("d", "If we’re driving anyway, we’ll drive somewhere we chose.", 0, "Erin Vasquez", None),
], {
    "Gwen Tallis": ["Board chair Gwen Tallis"],
    "Marcy Delorme": ["Marcy Delorme", "Ms. Delorme"],
    "Raj Mehandru": ["Trustee Raj Mehandru", "Mr. Mehandru"],
    "Colette Fournier": ["Superintendent of education Colette Fournier"],
    "Upper Marsh District School Board": ["Upper Marsh District School Board", "the board"],
    "Some families": ["Some families"],
    "Erin Vasquez": ["Erin Vasquez"],
}))

run("education", P)
