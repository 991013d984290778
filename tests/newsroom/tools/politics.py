from make import run

P = []

# US wire politics, straight marks: two bylines, a dateline with the wire's
# tag, section labels (THE DEAL, WHAT'S NEXT), "a promise ... made", "his
# office estimates", "said ... but warned that", a caption with a credit.
P.append(('''
Governor signs budget after standoff, vetoes rail money

By Marcus Albright and Joy Nakamura
Continental Wire

EASTON FALLS, Tamarack (CW) — Gov. Patricia Walsh-Ebert signed a $48 billion state budget on Friday, ending a three-week standoff with legislative leaders, but used her line-item veto to strike $310 million that lawmakers had set aside for a new commuter rail line.

The Democratic governor said the rail money "wasn't ready for prime time" and that lawmakers had padded the budget with projects that had not been properly studied.

"I'm not going to sign a blank check for a train that doesn't have a route, a timetable or a ridership estimate," Walsh-Ebert told reporters at the Capitol. "Bring me a plan and we'll talk."

Senate Majority Leader Tom Barrera, a fellow Democrat, called the veto "a slap in the face to every commuter stuck on Route 9." He said the Senate would try to override it when lawmakers return in September, though it was not clear he had the votes.

Republicans, who hold 22 of the Senate's 60 seats, largely backed the governor. Senate Minority Leader Judith Kalb said in a statement that the veto showed "someone in this building can still read a spreadsheet."

The standoff had threatened to shut down state parks and delay paychecks for about 9,000 seasonal workers. The budget was due July 1.

THE DEAL

The final plan increases school funding by 4.2% and puts $600 million into the state's rainy-day fund, bringing it to $3.1 billion. It includes no new broad-based taxes, a promise Walsh-Ebert made during her 2022 campaign.

It also expands a tax credit for child care that Barrera had championed, which his office estimates will save families an average of $850 a year.

WHAT'S NEXT

The Tamarack Transit Authority, which would have run the rail line, said it was "deeply disappointed" by the veto. Its chairman, Ed Villanueva, said the authority had spent two years on planning and would release a full ridership study in October.

Budget analysts at the nonpartisan Tamarack Fiscal Institute said the state remained on stable footing but warned that federal pandemic aid, which had propped up spending, was now gone. Institute director Lorna Castellanos said the next budget would be "much harder."

"This year they had a cushion. Next year they don't," she said.

Gov. Patricia Walsh-Ebert speaks to reporters in Easton Falls on Friday. (CW Photo/Dana Ruiz)
''', [
    ("m", '''the rail money "wasn't ready for prime time" and that lawmakers had padded the budget with projects that had not been properly studied''', 0, "Patricia Walsh-Ebert", "said"),
    ("d", "I'm not going to sign a blank check for a train that doesn't have a route, a timetable or a ridership estimate,", 0, "Patricia Walsh-Ebert", "told"),
    ("d", "Bring me a plan and we'll talk.", 0, "Patricia Walsh-Ebert", None),
    ("m", 'the veto "a slap in the face to every commuter stuck on Route 9."', 0, "Tom Barrera", "called"),
    ("i", "the Senate would try to override it when lawmakers return in September", 0, "Tom Barrera", "said"),
    ("m", 'the veto showed "someone in this building can still read a spreadsheet."', 0, "Judith Kalb", "said"),
    ("m", 'it was "deeply disappointed" by the veto', 0, "Tamarack Transit Authority", "said"),
    ("i", "the authority had spent two years on planning and would release a full ridership study in October", 0, "Ed Villanueva", "said"),
    ("i", "the state remained on stable footing", 0, "Budget analysts", "said"),
    ("i", "federal pandemic aid, which had propped up spending, was now gone", 0, "Budget analysts", "warned"),
    ("m", 'the next budget would be "much harder."', 0, "Lorna Castellanos", "said"),
    ("d", "This year they had a cushion. Next year they don't,", 0, "Lorna Castellanos", "said"),
], {
    "Patricia Walsh-Ebert": ["Gov. Patricia Walsh-Ebert", "Walsh-Ebert"],
    "Tom Barrera": ["Senate Majority Leader Tom Barrera", "Barrera"],
    "Judith Kalb": ["Senate Minority Leader Judith Kalb"],
    "Tamarack Transit Authority": ["The Tamarack Transit Authority"],
    "Ed Villanueva": ["Ed Villanueva"],
    "Budget analysts": ["Budget analysts"],
    "Lorna Castellanos": ["Institute director Lorna Castellanos"],
}))

run("politics", P)
