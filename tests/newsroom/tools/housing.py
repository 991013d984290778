from make import run

P = []

# Batch 2 (blind). Australian housing, curly marks, `Mr`/`Ms`/`Cr` without
# a point: an auction result (prices that "sold for", "passed in"), data
# that "showed" (evidence), "Agents expect", "according to" a body, a
# minister in apposition, "she said" after two women, a tenant's
# multi-paragraph quotation, "told Radio Eastland", "slammed".
P.append(("""
Rents hit record as Port Wella vacancy rate falls below one per cent

By Kirsty Mahoney

Renters in Port Wella are paying more than ever for fewer homes, with the city’s vacancy rate falling to 0.8 per cent last month, the lowest since records began.

The median weekly rent for a three-bedroom house rose 11 per cent over the year to $640, according to the Wella Real Estate Institute. The institute’s president, Brett Camilleri, said investors had been selling up faster than new homes were being built.

“Every time an investor sells, that house usually goes to an owner-occupier and a rental disappears,” Mr Camilleri said. “We are losing stock at both ends.”

Data from the state’s bond authority showed new bonds lodged in the city fell by 14 per cent over the same period.

At a Saturday auction in the inner suburb of Kettle Bay, a renovated two-bedroom cottage sold for $1.12 million, $90,000 above its reserve, after eleven bidders registered. A second house on the same street passed in at $870,000.

Agents expect prices to keep climbing through winter.

Tenants’ advocate Shanelle Ruiz, from the Port Wella Renters Network, slammed the figures as “a disgrace in a city this rich”. She said families were living in cars and caravan parks while investors sat on empty units.

“I took a call last week from a nurse with two kids who’d been sleeping in her hatchback for a month,” Ms Ruiz said. “She works night shift at the hospital. She has a good job.

“She just can’t find anywhere that will take her.”

Housing Minister Ros Kettering, who toured a social housing site in the city’s north on Friday, said the state government would fund 1,200 new public homes over four years. She told Radio Eastland the first 300 would be finished by the end of next year.

“We know it isn’t enough on its own,” she said. “But these are homes that will be there for fifty years.”

The opposition’s housing spokesman, Cr Dale Pettigrew, who also sits on the Port Wella council, said the plan was “too little, four years too late”. He called on the government to cap rent increases at once a year.

Not everyone agrees that caps would help. Economist Aleisha Browne, of Meridian University, said rent controls tended to shrink the supply of rentals over time.

“It feels good for a year and then it bites,” Dr Browne said.

Ms Ruiz said she had heard that argument many times. “Tell it to the nurse in the hatchback,” she said.

The council will consider a plan to allow granny flats on more blocks at its meeting next week.
""", [
    ("i", "The median weekly rent for a three-bedroom house rose 11 per cent over the year to $640", 0, "Wella Real Estate Institute", "according to"),
    ("i", "investors had been selling up faster than new homes were being built", 0, "Brett Camilleri", "said"),
    ("d", "Every time an investor sells, that house usually goes to an owner-occupier and a rental disappears,", 0, "Brett Camilleri", "said"),
    ("d", "We are losing stock at both ends.", 0, "Brett Camilleri", None),
    ("m", "the figures as “a disgrace in a city this rich”", 0, "Shanelle Ruiz", "slammed"),
    ("i", "families were living in cars and caravan parks while investors sat on empty units", 0, "Shanelle Ruiz", "said"),
    ("d", "I took a call last week from a nurse with two kids who’d been sleeping in her hatchback for a month,", 0, "Shanelle Ruiz", "said"),
    ("d", "She works night shift at the hospital. She has a good job.\n\n“She just can’t find anywhere that will take her.", 0, "Shanelle Ruiz", None),
    ("i", "the state government would fund 1,200 new public homes over four years", 0, "Ros Kettering", "said"),
    ("i", "the first 300 would be finished by the end of next year", 0, "Ros Kettering", "told"),
    ("d", "We know it isn’t enough on its own,", 0, "Ros Kettering", "said"),
    ("d", "But these are homes that will be there for fifty years.", 0, "Ros Kettering", None),
    ("m", "the plan was “too little, four years too late”", 0, "Dale Pettigrew", "said"),
    ("i", "rent controls tended to shrink the supply of rentals over time", 0, "Aleisha Browne", "said"),
    ("d", "It feels good for a year and then it bites,", 0, "Aleisha Browne", "said"),
    ("i", "she had heard that argument many times", 0, "Shanelle Ruiz", "said"),
    ("d", "Tell it to the nurse in the hatchback,", 0, "Shanelle Ruiz", "said"),
], {
    "Wella Real Estate Institute": ["Wella Real Estate Institute"],
    "Brett Camilleri": ["Brett Camilleri", "Mr Camilleri"],
    "Shanelle Ruiz": ["Tenants’ advocate Shanelle Ruiz", "Ms Ruiz"],
    "Ros Kettering": ["Housing Minister Ros Kettering"],
    "Dale Pettigrew": ["Cr Dale Pettigrew"],
    "Aleisha Browne": ["Economist Aleisha Browne", "Dr Browne"],
}))

run("housing", P)
