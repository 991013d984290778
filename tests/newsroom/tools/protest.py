from make import run

P = []

# Batch 6 (blind). US tenants' march, straight marks: a byline over two lines
# and a dateline, a chant in marks (no record), "calling for" (no record), an
# organizer who "told the crowd that", figures that "show" (no record), a
# mayor's office "said the mayor "..." but believed" (one record), a council
# member who "has proposed" the cap, a landlords' group that "urged" (no
# record), "called the march "..." and said", "estimated the crowd at" (no
# record), "is expected to" (no record), a caption with a credit.
P.append(("""
Tenants march on Brayfield City Hall as rents climb

By Dana Whitcombe
Staff Writer

BRAYFIELD, Ore. — About 600 tenants and their supporters marched through downtown Brayfield on Saturday, chanting "Homes, not profits" and calling for a cap on rent increases of 5 percent a year.

The march, organized by the Brayfield Tenants Union, ended on the steps of City Hall, where organizer Marisa Quintal told the crowd that rents in the city had risen by a third in three years.

"We are teachers, nurses, bus drivers," Quintal said. "We keep this city running, and we can't afford to live in it."

Figures from the county assessor's office show that the median rent for a two-bedroom apartment in Brayfield reached $1,940 in June.

Mayor Keith Albrecht did not attend the march. In a statement, his office said the mayor "shares the concern of every renter in this city" but believed a cap would discourage new construction.

Council member Tanya Reyes, who has proposed the cap, said she expected a vote before the end of the year.

"The votes are there," Reyes said in an interview after the march. "What's missing is the will."

The Brayfield Landlords Association urged the council to reject the proposal. Its president, Glen Sorensen, said rent caps in other cities had led owners to sell their buildings or convert them to condominiums.

"Nobody builds apartments to lose money," Sorensen said. He called the march "a piece of theater" and said the real problem was a shortage of land zoned for housing.

Among the marchers was Delia Munro, 71, who has lived in the same apartment on Fremont Street for 26 years. She said her rent had gone up by $310 since January.

"I'm not going anywhere," Munro said, leaning on a cane. "They'll have to carry me out."

Police estimated the crowd at 600; organizers put it at more than 1,000. A police spokesman said there were no arrests.

The council is expected to discuss the proposal at its Oct. 14 meeting. Reyes said she hoped the chamber would be "as full as the street was today."

Marchers fill Main Street in Brayfield on Saturday. (Lee Harmon/Brayfield Courier)
""", [
    ("i", "rents in the city had risen by a third in three years", 0, "Marisa Quintal", "told"),
    ("d", "We are teachers, nurses, bus drivers,", 0, "Marisa Quintal", "said"),
    ("d", "We keep this city running, and we can't afford to live in it.", 0, "Marisa Quintal", None),
    ("m", 'the mayor "shares the concern of every renter in this city" but believed a cap would discourage new construction', 0, "his office", "said"),
    ("i", "she expected a vote before the end of the year", 0, "Tanya Reyes", "said"),
    ("d", "The votes are there,", 0, "Tanya Reyes", "said"),
    ("d", "What's missing is the will.", 0, "Tanya Reyes", None),
    ("i", "rent caps in other cities had led owners to sell their buildings or convert them to condominiums", 0, "Glen Sorensen", "said"),
    ("d", "Nobody builds apartments to lose money,", 0, "Glen Sorensen", "said"),
    ("m", 'the march "a piece of theater"', 0, "Glen Sorensen", "called"),
    ("i", "the real problem was a shortage of land zoned for housing", 0, "Glen Sorensen", "said"),
    ("i", "her rent had gone up by $310 since January", 0, "Delia Munro", "said"),
    ("d", "I'm not going anywhere,", 0, "Delia Munro", "said"),
    ("d", "They'll have to carry me out.", 0, "Delia Munro", None),
    ("i", "there were no arrests", 0, "A police spokesman", "said"),
    ("m", 'she hoped the chamber would be "as full as the street was today."', 0, "Tanya Reyes", "said"),
], {
    "Marisa Quintal": ["Marisa Quintal", "Quintal"],
    "his office": ["his office"],
    "Tanya Reyes": ["Tanya Reyes", "Reyes"],
    "Glen Sorensen": ["Glen Sorensen", "Sorensen"],
    "Delia Munro": ["Delia Munro", "Munro"],
    "A police spokesman": ["A police spokesman"],
}))

run("protest", P)
