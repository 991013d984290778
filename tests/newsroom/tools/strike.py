from make import run

P = []

# Batch 3 (blind). British bus strike, single curly marks, `Mr`/`Ms` without
# a point: a union organiser (she) and a managing director (he) in turns, an
# operator as "the company" and "it", "expects that" (no record), a scare
# quote, "according to the union", "said X, and added that Y", "denied that"
# followed by "saying", a spokeswoman for a council, "urged both sides to"
# (no record), a split quotation, "plans" (no record), a caption with credit.
P.append(("""
Bus drivers walk out across Brackenmere as pay talks collapse

Passengers told to expect almost no services until Friday

By Nadia Okafor, Industrial Correspondent

More than 600 bus drivers in Brackenmere walked out at 4am on Monday after last-ditch talks between their union and the city’s main operator broke down on Sunday night.

Only 11 of Cranleigh Buses’ 74 routes were running by mid-morning, the company said. It expects that number to rise slightly on Tuesday as managers and office staff with driving licences are drafted in.

The Transport and General Drivers’ Alliance last week rejected the company’s ‘final’ offer of 4.5 per cent. Members then voted by 87 per cent to strike, on a turnout of 71 per cent.

Speaking to drivers on the picket line outside the Tannery Lane depot, the alliance’s regional organiser, Bev Maitland, said the offer was ‘a pay cut with a ribbon on it’.

‘Our members have had two years of prices going up faster than their wages,’ she told the crowd. ‘Nobody here wanted to be standing in the rain this morning. They were left with no choice.’

Ms Maitland said drivers at Cranleigh earned on average £2,300 a year less than those at the operator’s depots in neighbouring Ostwick, and added that the union was ready to return to talks ‘at any hour of the day or night’.

Cranleigh’s managing director, Tom Ashdown, said he was ‘deeply disappointed’.

‘We have put more money on the table than any other operator in the region this year,’ Mr Ashdown said. ‘I would ask the alliance to put that offer to its members in a fresh ballot. I think they would accept it.’

He denied that the company had refused to negotiate, saying managers had met union officials six times since January.

According to the union, the two sides remain about £1.10 an hour apart. The alliance plans a rally outside the Guildhall on Wednesday.

A spokeswoman for the city council, which subsidises 19 of the routes, said it was ‘monitoring the situation closely’ and urged both sides to keep talking.

Schools across the city reported higher absence on Monday. At Fernhill Academy, headteacher Joanne Kirwan said about one pupil in eight had not arrived by registration. ‘Parents have been brilliant, but some simply had no way to get here,’ she said.

At the bus station on Priory Street, a handful of passengers waited for the few services still running. Care worker Samuel Odu, 58, said he had walked for an hour to reach the station from his home in Lower Pell.

‘I support the drivers, I really do,’ he said, ‘but I’ve got three clients waiting for me and one of them can’t get out of bed without help.’

Ms Maitland said the strike would go on until Friday evening. She said a further walkout over the Easter weekend was ‘very much on the table’ if no improved offer arrived.

The company said on Monday night that it would publish a revised timetable for Tuesday by 8pm. Passengers should check its website before setting out, it said.

Drivers on the picket line at Tannery Lane depot on Monday. Photograph: Leo Brandt
""", [
    ("i", "Only 11 of Cranleigh Buses’ 74 routes were running by mid-morning", 0, "Cranleigh Buses", "said"),
    ("m", "the offer was ‘a pay cut with a ribbon on it’", 0, "Bev Maitland", "said"),
    ("d", "Our members have had two years of prices going up faster than their wages,", 0, "Bev Maitland", "told"),
    ("d", "Nobody here wanted to be standing in the rain this morning. They were left with no choice.", 0, "Bev Maitland", None),
    ("i", "drivers at Cranleigh earned on average £2,300 a year less than those at the operator’s depots in neighbouring Ostwick", 0, "Bev Maitland", "said"),
    ("m", "the union was ready to return to talks ‘at any hour of the day or night’", 0, "Bev Maitland", "added"),
    ("m", "he was ‘deeply disappointed’", 0, "Tom Ashdown", "said"),
    ("d", "We have put more money on the table than any other operator in the region this year,", 0, "Tom Ashdown", "said"),
    ("d", "I would ask the alliance to put that offer to its members in a fresh ballot. I think they would accept it.", 0, "Tom Ashdown", None),
    ("i", "the company had refused to negotiate", 0, "Tom Ashdown", "denied"),
    ("i", "managers had met union officials six times since January", 0, "Tom Ashdown", "saying"),
    ("i", "the two sides remain about £1.10 an hour apart", 0, "Transport and General Drivers’ Alliance", "According to"),
    ("m", "it was ‘monitoring the situation closely’", 0, "A spokeswoman for the city council", "said"),
    ("i", "about one pupil in eight had not arrived by registration", 0, "Joanne Kirwan", "said"),
    ("d", "Parents have been brilliant, but some simply had no way to get here,", 0, "Joanne Kirwan", "said"),
    ("i", "he had walked for an hour to reach the station from his home in Lower Pell", 0, "Samuel Odu", "said"),
    ("d", "I support the drivers, I really do,", 0, "Samuel Odu", "said"),
    ("d", "but I’ve got three clients waiting for me and one of them can’t get out of bed without help.", 0, "Samuel Odu", "said"),
    ("i", "the strike would go on until Friday evening", 0, "Bev Maitland", "said"),
    ("m", "a further walkout over the Easter weekend was ‘very much on the table’ if no improved offer arrived", 0, "Bev Maitland", "said"),
    ("i", "it would publish a revised timetable for Tuesday by 8pm", 0, "Cranleigh Buses", "said"),
    ("i", "Passengers should check its website before setting out", 0, "Cranleigh Buses", "said"),
], {
    "Cranleigh Buses": ["Cranleigh Buses", "the company", "The company"],
    "Transport and General Drivers’ Alliance": ["The Transport and General Drivers’ Alliance", "the union"],
    "Bev Maitland": ["Bev Maitland", "Ms Maitland"],
    "Tom Ashdown": ["Tom Ashdown", "Mr Ashdown"],
    "A spokeswoman for the city council": ["A spokeswoman for the city council"],
    "Joanne Kirwan": ["headteacher Joanne Kirwan", "Joanne Kirwan"],
    "Samuel Odu": ["Care worker Samuel Odu", "Samuel Odu"],
}))

run("strike", P)
