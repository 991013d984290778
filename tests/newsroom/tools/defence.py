from make import run

P = []

# Batch 2 (blind). Australian defence, curly marks, `Mr`/`Ms` without a
# point, ranks (`Vice Admiral`, `Commodore`): a frigate contract, an
# exercise's code name in marks, an audit report that "found" (evidence),
# "a Defence spokesperson said", "according to the department", "rejected
# claims that", "declined to comment on operational matters", "flagged",
# a shipyard union, "described X as “Y”", content-first.
P.append(("""
Navy frigate program running three years late, costs up $4 billion

By Mitchell Sorensen
Defence Correspondent

The navy’s new fleet of general-purpose frigates is running three years behind schedule and is expected to cost $4.1 billion more than first budgeted, the Defence Department has told a Senate committee.

The first of six ships being built at the Carrick Point shipyard will not be handed over until 2031, Deputy Secretary of Capability Acquisition Fiona Gallacher said during a hearing in the capital on Tuesday.

Ms Gallacher said design changes requested by the navy, and a shortage of skilled welders, had caused most of the delay. She rejected claims that the program was “out of control”.

“This is the most complex ship ever built in this country,” she told senators. “We are not going to rush it into the water and find problems at sea.”

An Auditor-General report tabled last month found that the department had approved the design before it was mature, and that it had not tested key systems before construction began.

Opposition defence spokesman Garth Lindqvist described the program as “a slow-motion shipwreck”. He said the government had known about the delays for at least a year and had kept them from the public.

“Every month this drags on, our old frigates are getting older,” Mr Lindqvist said. “Sailors are being sent to sea in ships that should already be museum pieces.”

The Chief of Navy, Vice Admiral Rohan Castellano, told the hearing the existing fleet remained “fit for purpose” and would be kept in service until the new ships arrived. He said crews had taken part in Exercise “Southern Reach” with regional partners in September without major faults.

The program’s prime contractor, Harland Maritime, flagged the delays in its annual report in August. A company spokesperson said Harland remained “fully committed” to the project and had hired 400 extra workers this year.

Shipyard workers say morale is low. Kev Duggan, a Carrick Point organiser for the Metal Trades Union, said members had been told for years that the ships would bring decades of secure work.

“Now they hear on the news that it’s late and over budget, and they wonder if the next government will scrap it,” he said.

The department expects the remaining five ships to be delivered at intervals of about 18 months. The full program is now forecast to cost $49.6 billion, according to the department.

A Defence spokesperson declined to comment on operational matters, including where the navy’s current frigates are deployed.

Defence Minister Paula Whitford was not at the hearing. In a brief statement, her office said the minister had “full confidence” in the department and would receive a detailed briefing next week.
""", [
    ("i", "The navy’s new fleet of general-purpose frigates is running three years behind schedule and is expected to cost $4.1 billion more than first budgeted", 0, "Defence Department", "has told"),
    ("i", "The first of six ships being built at the Carrick Point shipyard will not be handed over until 2031", 0, "Fiona Gallacher", "said"),
    ("i", "design changes requested by the navy, and a shortage of skilled welders, had caused most of the delay", 0, "Fiona Gallacher", "said"),
    ("d", "This is the most complex ship ever built in this country,", 0, "Fiona Gallacher", "told"),
    ("d", "We are not going to rush it into the water and find problems at sea.", 0, "Fiona Gallacher", None),
    ("m", "the program as “a slow-motion shipwreck”", 0, "Garth Lindqvist", "described"),
    ("i", "the government had known about the delays for at least a year and had kept them from the public", 0, "Garth Lindqvist", "said"),
    ("d", "Every month this drags on, our old frigates are getting older,", 0, "Garth Lindqvist", "said"),
    ("d", "Sailors are being sent to sea in ships that should already be museum pieces.", 0, "Garth Lindqvist", None),
    ("m", "the existing fleet remained “fit for purpose” and would be kept in service until the new ships arrived", 0, "Rohan Castellano", "told"),
    ("m", "crews had taken part in Exercise “Southern Reach” with regional partners in September without major faults", 0, "Rohan Castellano", "said"),
    ("m", "Harland remained “fully committed” to the project and had hired 400 extra workers this year", 0, "A company spokesperson", "said"),
    ("i", "morale is low", 0, "Shipyard workers", "say"),
    ("i", "members had been told for years that the ships would bring decades of secure work", 0, "Kev Duggan", "said"),
    ("d", "Now they hear on the news that it’s late and over budget, and they wonder if the next government will scrap it,", 0, "Kev Duggan", "said"),
    ("i", "The full program is now forecast to cost $49.6 billion", 0, "Defence Department", "according to"),
    ("m", "the minister had “full confidence” in the department and would receive a detailed briefing next week", 0, "her office", "said"),
], {
    "Defence Department": ["the Defence Department", "the department"],
    "Fiona Gallacher": ["Deputy Secretary of Capability Acquisition Fiona Gallacher", "Ms Gallacher"],
    "Garth Lindqvist": ["Opposition defence spokesman Garth Lindqvist", "Mr Lindqvist"],
    "Rohan Castellano": ["Vice Admiral Rohan Castellano"],
    "A company spokesperson": ["A company spokesperson"],
    "Shipyard workers": ["Shipyard workers"],
    "Kev Duggan": ["Kev Duggan"],
    "her office": ["her office"],
}))

run("defence", P)
