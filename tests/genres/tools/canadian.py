from make import run

P = []

P.append(("""
Minor hockey association president Doug Kowalchuk told reporters Tuesday that the Kingsbury arena will stay open through the winter, despite a $40,000 repair bill for its aging ice plant.

“Kids in this town have skated at that rink for sixty years,” Kowalchuk said. “We’re not going to be the ones who padlock it.”

Town councillor Marie-Ève Tremblay said council would cover half the cost. She added that a fundraising campaign would launch in November. The campaign will be called “Keep the Ice Nice.”

The arena’s Zamboni driver, Lou Fortin, 70, has worked there since 1981.
""", [
    ("i", "the Kingsbury arena will stay open through the winter, despite a $40,000 repair bill for its aging ice plant", 0, "Doug Kowalchuk", "told"),
    ("d", "Kids in this town have skated at that rink for sixty years,", 0, "Doug Kowalchuk", "said"),
    ("d", "We’re not going to be the ones who padlock it.", 0, "Doug Kowalchuk", None),
    ("i", "council would cover half the cost", 0, "Marie-Ève Tremblay", "said"),
    ("i", "a fundraising campaign would launch in November", 0, "Marie-Ève Tremblay", "added"),
], {
    "Doug Kowalchuk": ["Minor hockey association president Doug Kowalchuk", "Doug Kowalchuk", "Kowalchuk"],
    "Marie-Ève Tremblay": ["Town councillor Marie-Ève Tremblay", "Marie-Ève Tremblay"],
}))

P.append(('''
Premier Lise Gauthier said Wednesday her government will spend $1.2 billion to build 14 new schools over the next five years, most of them in fast-growing suburbs.

"Portable classrooms were supposed to be temporary. Some of them have been there since the 1990s," Gauthier told the legislature.

Opposition education critic Mr. Harjit Sandhu said the plan was "welcome, but late." He said parents in his riding of Oakridge North had been asking for a new high school for a decade.

The Teachers' Federation said in a statement that new buildings would mean little without more teachers.
''', [
    ("i", "her government will spend $1.2 billion to build 14 new schools over the next five years, most of them in fast-growing suburbs", 0, "Lise Gauthier", "said"),
    ("d", "Portable classrooms were supposed to be temporary. Some of them have been there since the 1990s,", 0, "Lise Gauthier", "told"),
    ("m", 'the plan was "welcome, but late."', 0, "Harjit Sandhu", "said"),
    ("i", "parents in his riding of Oakridge North had been asking for a new high school for a decade", 0, "Harjit Sandhu", "said"),
    ("i", "new buildings would mean little without more teachers", 0, "Teachers' Federation", "said"),
], {
    "Lise Gauthier": ["Premier Lise Gauthier", "Gauthier"],
    "Harjit Sandhu": ["Opposition education critic Mr. Harjit Sandhu", "Mr. Harjit Sandhu"],
    "Teachers' Federation": ["The Teachers' Federation"],
}))

P.append(("""
Snow-clearing crews in Port Laval worked through the night after a storm dumped 45 centimetres on the city, the public works department said Monday.

Crews will focus on main roads and bus routes first, according to department director Anik Roy. Residential streets could take up to three days, she said.

Resident Kevin MacLeod, shovelling his driveway on Rue Champlain, was not impressed. “Every year they act like winter is a surprise,” he said. “It’s February. It snows.”

The storm also knocked out power to 12,000 homes, Laval Hydro said.
""", [
    ("i", "Snow-clearing crews in Port Laval worked through the night after a storm dumped 45 centimetres on the city", 0, "public works department", "said"),
    ("i", "Crews will focus on main roads and bus routes first", 0, "Anik Roy", "according to"),
    ("i", "Residential streets could take up to three days", 0, "Anik Roy", "said"),
    ("d", "Every year they act like winter is a surprise,", 0, "Kevin MacLeod", "said"),
    ("d", "It’s February. It snows.", 0, "Kevin MacLeod", None),
    ("i", "The storm also knocked out power to 12,000 homes", 0, "Laval Hydro", "said"),
], {
    "public works department": ["the public works department"],
    "Anik Roy": ["department director Anik Roy", "Anik Roy"],
    "Kevin MacLeod": ["Resident Kevin MacLeod", "Kevin MacLeod"],
    "Laval Hydro": ["Laval Hydro"],
}))

P.append(('''
Lobster fishers on the Tidewater coast say the season opener has been the best in years, with catches up almost 30 per cent.

"The water's been colder, and the lobster like that," said Capt. Darren Boudreau, who has fished out of Gull Harbour for 31 years. "I've never seen traps this full in November."

The Tidewater Fish Harvesters' Association said prices at the wharf had held steady at about $7 a pound. Its president, Colleen Doucette, warned that fuel and bait costs were "eating everything we make."
''', [
    ("i", "the season opener has been the best in years, with catches up almost 30 per cent", 0, "lobster fishers", "say"),
    ("d", "The water's been colder, and the lobster like that,", 0, "Darren Boudreau", "said"),
    ("d", "I've never seen traps this full in November.", 0, "Darren Boudreau", None),
    ("i", "prices at the wharf had held steady at about $7 a pound", 0, "Tidewater Fish Harvesters' Association", "said"),
    ("m", 'fuel and bait costs were "eating everything we make."', 0, "Colleen Doucette", "warned"),
], {
    "lobster fishers": ["Lobster fishers on the Tidewater coast"],
    "Darren Boudreau": ["Capt. Darren Boudreau"],
    "Tidewater Fish Harvesters' Association": ["The Tidewater Fish Harvesters' Association"],
    "Colleen Doucette": ["Its president, Colleen Doucette", "Colleen Doucette"],
}))

P.append(("""
The reeve of Ashby Township has denied that council met in secret to approve a gravel pit near Crooked Lake.

Reeve Margaret Kowalski said the meeting was properly advertised and that minutes had been posted online. “There is nothing hidden here,” she said.

Neighbour Sam Okonkwo, who organized a petition against the pit, said he had only learned of the vote “by accident, from a guy at the hardware store.” Okonkwo posted on social media that more than 800 people had now signed.

The gravel company, Northland Aggregates, declined to comment.
""", [
    ("i", "council met in secret to approve a gravel pit near Crooked Lake", 0, "Margaret Kowalski", "has denied"),
    ("i", "the meeting was properly advertised and that minutes had been posted online", 0, "Margaret Kowalski", "said"),
    ("d", "There is nothing hidden here,", 0, "Margaret Kowalski", "said"),
    ("m", "he had only learned of the vote “by accident, from a guy at the hardware store.”", 0, "Sam Okonkwo", "said"),
    ("i", "more than 800 people had now signed", 0, "Sam Okonkwo", "posted"),
], {
    "Margaret Kowalski": ["The reeve of Ashby Township", "Reeve Margaret Kowalski"],
    "Sam Okonkwo": ["Neighbour Sam Okonkwo", "Sam Okonkwo", "Okonkwo"],
}))

P.append(('''
Emergency rooms in the Lakeshore North region have closed overnight 22 times since July because of staff shortages, according to the Lakeshore North Health Authority.

Dr. Simone Achterberg, an emergency physician in Fort Carrick, said the closures were putting lives at risk. "We're sending people an hour down the highway in January," she said. "On those roads, that is not a small thing.

"Something has to give, and right now it's the patients."

Health Minister Paul Ducharme said Thursday that 40 new nurses had been hired for the region and would start by spring.
''', [
    ("i", "Emergency rooms in the Lakeshore North region have closed overnight 22 times since July because of staff shortages", 0, "Lakeshore North Health Authority", "according to"),
    ("i", "the closures were putting lives at risk", 0, "Simone Achterberg", "said"),
    ("d", "We're sending people an hour down the highway in January,", 0, "Simone Achterberg", "said"),
    ("d", "On those roads, that is not a small thing.\n\n\"Something has to give, and right now it's the patients.", 0, "Simone Achterberg", None),
    ("i", "40 new nurses had been hired for the region and would start by spring", 0, "Paul Ducharme", "said"),
], {
    "Lakeshore North Health Authority": ["the Lakeshore North Health Authority"],
    "Simone Achterberg": ["Dr. Simone Achterberg"],
    "Paul Ducharme": ["Health Minister Paul Ducharme", "Paul Ducharme"],
}))

P.append(("""
Transit fares to rise 25 cents

Kingsbury Transit will raise fares to $3.50 in September, the agency’s board decided Thursday.

Board chair Anita Desrosiers said the increase was needed to keep buses running on Sundays. “Nobody likes a fare hike,” she said, “but the alternative was cutting service.”

Rider advocate Jean-Luc Bergeron called the decision a “cash grab” and said low-income riders would be hit hardest. He said his group would present a petition at the next council meeting.
""", [
    ("i", "the increase was needed to keep buses running on Sundays", 0, "Anita Desrosiers", "said"),
    ("d", "Nobody likes a fare hike,", 0, "Anita Desrosiers", "said"),
    ("d", "but the alternative was cutting service.", 0, "Anita Desrosiers", "said"),
    ("m", "the decision a “cash grab”", 0, "Jean-Luc Bergeron", "called"),
    ("i", "low-income riders would be hit hardest", 0, "Jean-Luc Bergeron", "said"),
    ("i", "his group would present a petition at the next council meeting", 0, "Jean-Luc Bergeron", "said"),
], {
    "Anita Desrosiers": ["Board chair Anita Desrosiers", "Anita Desrosiers"],
    "Jean-Luc Bergeron": ["Rider advocate Jean-Luc Bergeron", "Jean-Luc Bergeron"],
}))

run("canadian", P)
