# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
Commuters on the Ferris line can expect delays of up to twenty minutes for the rest of the year, the rail operator Northlink said on Wednesday.

An inspection found that a bridge near Alder Cross needs new supports. Engineering director Paula Stavros said the work was "long overdue."

Passenger groups fear the line will be closed at weekends too. "We were told last spring it would all be finished," said commuter Dev Malhotra. Northlink hopes to run a replacement bus service from March.
""", [
    ("i", "Commuters on the Ferris line can expect delays of up to twenty minutes for the rest of the year", 0, "Northlink", "said", "speech"),
    ("i", "a bridge near Alder Cross needs new supports", 0, "An inspection", "found", "evidence"),
    ("m", 'the work was "long overdue."', 0, "Paula Stavros", "said", "speech"),
    ("i", "the line will be closed at weekends too", 0, "Passenger groups", "fear", "thought"),
    ("d", "We were told last spring it would all be finished,", 0, "Dev Malhotra", "said", "speech"),
    ("i", "to run a replacement bus service from March", 0, "Northlink", "hopes", "thought"),
], {
    "Northlink": ["Northlink", "the rail operator Northlink"],
    "An inspection": ["An inspection"],
    "Paula Stavros": ["Engineering director Paula Stavros"],
    "Passenger groups": ["Passenger groups"],
    "Dev Malhotra": ["commuter Dev Malhotra"],
}))

P.append(("""
A new cycle lane on Marsh Road has cut the number of crashes on the street by half, according to a report by the city's transport department.

The report also shows that cycle traffic has tripled since the lane opened. Shop owners on the road believe they have lost trade because of the loss of parking spaces.

“Half my customers used to park outside,” said Rita Okonkwo, who runs a bakery there. The city plans three more lanes next year. Critics expect a fight over each of them.
""", [
    ("i", "A new cycle lane on Marsh Road has cut the number of crashes on the street by half", 0, "a report by the city's transport department", "according to", "evidence"),
    ("i", "cycle traffic has tripled since the lane opened", 0, "a report by the city's transport department", "shows", "evidence"),
    ("i", "they have lost trade because of the loss of parking spaces", 0, "Shop owners on the road", "believe", "thought"),
    ("d", "Half my customers used to park outside,", 0, "Rita Okonkwo", "said", "speech"),
    ("i", "three more lanes next year", 0, "The city", "plans", "thought"),
    ("i", "a fight over each of them", 0, "Critics", "expect", "thought"),
], {
    "a report by the city's transport department": ["a report by the city's transport department", "a report", "The report"],
    "Shop owners on the road": ["Shop owners on the road", "Shop owners"],
    "Rita Okonkwo": ["Rita Okonkwo"],
    "The city": ["The city"],
    "Critics": ["Critics"],
}))

P.append(("""
Airport bosses in Ravensholm want a second runway built by 2035, and a public consultation on the plan opens on Monday.

Passenger numbers at the airport rose to 14 million last year, its annual report shows. Chief executive Simon Achterberg told local business leaders that the airport was "full at peak times."

People living under the flight path doubt that new planes will be much quieter. "We have heard it all before," said Grace Whitlow of the Ravensholm Noise Group. The runway is expected to cost 2 billion pounds.
""", [
    ("i", "a second runway built by 2035", 0, "Airport bosses in Ravensholm", "want", "thought"),
    ("i", "Passenger numbers at the airport rose to 14 million last year", 0, "its annual report", "shows", "evidence"),
    ("m", 'the airport was "full at peak times."', 0, "Simon Achterberg", "told", "speech"),
    ("i", "new planes will be much quieter", 0, "People living under the flight path", "doubt", "thought"),
    ("d", "We have heard it all before,", 0, "Grace Whitlow", "said", "speech"),
    ("i", "to cost 2 billion pounds", 0, None, "is expected", "thought"),
], {
    "Airport bosses in Ravensholm": ["Airport bosses in Ravensholm", "Airport bosses"],
    "its annual report": ["its annual report"],
    "Simon Achterberg": ["Chief executive Simon Achterberg"],
    "People living under the flight path": ["People living under the flight path"],
    "Grace Whitlow": ["Grace Whitlow"],
}))

run("transport", P)
