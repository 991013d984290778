from make import run

P = []

# Batch 5 (blind). British local by-election count night, curly double marks,
# "Cllr", "Mr"/"Ms": a returning officer who "declared" a result (no record),
# the winner (she) who "told supporters", the loser (he) who "conceded" (no
# record) and "congratulated" (no record) then "said", a party as "the party"
# and "It said", "a party source said" (unnamed), a recount "requested" (no
# record), "claimed that", a quotation over two paragraphs, turnout figures
# that "showed" (no record), a results box.
P.append(("""
Commonweal Party takes Hollins Moor seat after late-night recount

By Callum Reid, Local Democracy Reporter

The Commonweal Party won the Hollins Moor by-election on Borrowdale District Council in the early hours of Friday, taking the seat from the Civic Party by 41 votes after a recount.

The returning officer, Janet Crowther, declared Ruth Okonjo elected at 2.15am, almost five hours after polls closed.

Ms Okonjo, a 34-year-old primary school teacher, told supporters at Hollins Moor Leisure Centre that the result belonged to “everyone who knocked on a door in the rain”.

“People here have been ignored for too long,” she said. “They wanted someone who would answer the phone, and that is what I am going to do.”

The Civic Party’s candidate, Martin Ellery, had asked for a recount after the first count put him 37 votes behind. He conceded shortly afterwards and congratulated Ms Okonjo.

“It was close, and it was fair,” Mr Ellery said. “I wish her well. I will be back.”

Figures released by the council showed turnout of 29.4 per cent, up from 24 per cent at the last election in 2022.

The seat fell vacant in September when the Civic Party councillor Derek Hale stood down on health grounds.

The Civic Party said in a statement that it was disappointed but that the result was “a local one, about local issues”. It said its vote had held up in the estates on the north side of the ward.

A Civic Party source said privately that the party had underestimated the anger over the closure of the Moor Road library.

Cllr Fiona Baird, who leads the Commonweal group on the council, claimed that the result showed voters were “tired of being taken for granted”. She said the party would now push for the library to reopen.

“This is not a fluke,” Cllr Baird said.

“We have been working these streets for three years. Tonight people noticed.”

The Heritage Party candidate, Andrew Sim, came third with 412 votes. He said he was pleased to have held on to most of the party’s support.

The Liberal Union, which came fourth, did not respond to a request for comment.

The council’s leader, Cllr Raymond Tait, said he looked forward to working with Ms Okonjo.

RESULT: Ruth Okonjo (Commonweal) 1,106; Martin Ellery (Civic) 1,065; Andrew Sim (Heritage) 412; Helen Marsh (Liberal Union) 198. Commonweal gain from Civic.
""", [
    ("m", "the result belonged to “everyone who knocked on a door in the rain”", 0, "Ruth Okonjo", "told"),
    ("d", "People here have been ignored for too long,", 0, "Ruth Okonjo", "said"),
    ("d", "They wanted someone who would answer the phone, and that is what I am going to do.", 0, "Ruth Okonjo", None),
    ("d", "It was close, and it was fair,", 0, "Martin Ellery", "said"),
    ("d", "I wish her well. I will be back.", 0, "Martin Ellery", None),
    ("m", "it was disappointed but that the result was “a local one, about local issues”", 0, "Civic Party", "said"),
    ("i", "its vote had held up in the estates on the north side of the ward", 0, "Civic Party", "said"),
    ("i", "the party had underestimated the anger over the closure of the Moor Road library", 0, "A Civic Party source", "said"),
    ("m", "the result showed voters were “tired of being taken for granted”", 0, "Fiona Baird", "claimed"),
    ("i", "the party would now push for the library to reopen", 0, "Fiona Baird", "said"),
    ("d", "This is not a fluke,", 0, "Fiona Baird", "said"),
    ("d", "We have been working these streets for three years. Tonight people noticed.", 0, "Fiona Baird", None),
    ("i", "he was pleased to have held on to most of the party’s support", 0, "Andrew Sim", "said"),
    ("i", "he looked forward to working with Ms Okonjo", 0, "Raymond Tait", "said"),
], {
    "Ruth Okonjo": ["Ruth Okonjo", "Ms Okonjo"],
    "Martin Ellery": ["Martin Ellery", "Mr Ellery"],
    "Civic Party": ["the Civic Party", "The Civic Party"],
    "A Civic Party source": ["A Civic Party source"],
    "Fiona Baird": ["Cllr Fiona Baird", "Fiona Baird", "Cllr Baird"],
    "Andrew Sim": ["Andrew Sim"],
    "Raymond Tait": ["Cllr Raymond Tait", "Raymond Tait"],
}))

run("count", P)
