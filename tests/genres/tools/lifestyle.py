from make import run

P = []

P.append(("""
Five ways to keep your houseplants alive this winter

Most indoor plants die from kindness, not neglect, says horticulturist Maeve Dolan. “People water on a schedule instead of checking the soil,” she says. “Push a finger in. If it’s damp, walk away.”

Dolan, who runs the Greenhouse Collective in Eastwick, also says plants should be moved away from radiators. Her new book, “The Unkillable Windowsill”, comes out in March.

Garden centre owner Raj Mehta agrees. He says winter is the season when he sells the most replacement plants.
""", [
    ("i", "Most indoor plants die from kindness, not neglect", 0, "Maeve Dolan", "says"),
    ("d", "People water on a schedule instead of checking the soil,", 0, "Maeve Dolan", "says"),
    ("d", "Push a finger in. If it’s damp, walk away.", 0, "Maeve Dolan", None),
    ("i", "plants should be moved away from radiators", 0, "Maeve Dolan", "says"),
    ("i", "winter is the season when he sells the most replacement plants", 0, "Raj Mehta", "says"),
], {
    "Maeve Dolan": ["horticulturist Maeve Dolan", "Maeve Dolan", "Dolan"],
    "Raj Mehta": ["Garden centre owner Raj Mehta", "Raj Mehta"],
}))

P.append(('''
Should you pay off your mortgage early or save for retirement? It depends, says financial planner Corinne Adeyemi.

"If your mortgage rate is higher than what you can safely earn on savings, paying it down is a guaranteed return," Adeyemi says. She adds that anyone without an emergency fund should build one first, ideally covering three months of spending.

Tom Walsh, a 41-year-old teacher from Drayton, said he paid off his mortgage last year. "It's the best sleep I've had in a decade," he said.

Adeyemi's podcast, "Money on the Table", is released every Thursday.
''', [
    ("i", "It depends", 0, "Corinne Adeyemi", "says"),
    ("d", "If your mortgage rate is higher than what you can safely earn on savings, paying it down is a guaranteed return,", 0, "Corinne Adeyemi", "says"),
    ("i", "anyone without an emergency fund should build one first, ideally covering three months of spending", 0, "Corinne Adeyemi", "adds"),
    ("i", "he paid off his mortgage last year", 0, "Tom Walsh", "said"),
    ("d", "It's the best sleep I've had in a decade,", 0, "Tom Walsh", "said"),
], {
    "Corinne Adeyemi": ["financial planner Corinne Adeyemi", "Corinne Adeyemi", "Adeyemi"],
    "Tom Walsh": ["Tom Walsh"],
}))

P.append(("""
Struggling to sleep? Put the phone down an hour before bed, says Dr Owen Castell, a sleep specialist at Harwick Royal Infirmary.

“The light is one problem,” he says, “but the bigger problem is that your brain is still at work.”

Psychologist Lina Forsberg keeps a notebook by her own bed. She says writing down tomorrow’s worries can stop them circling in the small hours. “Get them out of your head and onto the page,” Forsberg says. “They will still be there in the morning.”
""", [
    ("i", "Put the phone down an hour before bed", 0, "Owen Castell", "says"),
    ("d", "The light is one problem,", 0, "Owen Castell", "says"),
    ("d", "but the bigger problem is that your brain is still at work.", 0, "Owen Castell", "says"),
    ("i", "writing down tomorrow’s worries can stop them circling in the small hours", 0, "Lina Forsberg", "says"),
    ("d", "Get them out of your head and onto the page,", 0, "Lina Forsberg", "says"),
    ("d", "They will still be there in the morning.", 0, "Lina Forsberg", None),
], {
    "Owen Castell": ["Dr Owen Castell"],
    "Lina Forsberg": ["Psychologist Lina Forsberg", "Lina Forsberg", "Forsberg"],
}))

P.append(("""
Travellers heading abroad this summer should check their passports now, the Northern Passport Office has warned.

Applications usually take three weeks, but can take longer in July and August, according to the office. A spokesperson said people should not book flights until their new passport had arrived.

Travel writer Jess Harrow, whose guide “Pack Light, Go Far” has sold 100,000 copies, says the most common mistake she sees is overpacking. “You will not wear the fourth pair of shoes,” she says. “Nobody ever has.”
""", [
    ("i", "Travellers heading abroad this summer should check their passports now", 0, "Northern Passport Office", "has warned"),
    ("i", "Applications usually take three weeks, but can take longer in July and August", 0, "Northern Passport Office", "according to"),
    ("i", "people should not book flights until their new passport had arrived", 0, "a spokesperson", "said"),
    ("i", "the most common mistake she sees is overpacking", 0, "Jess Harrow", "says"),
    ("d", "You will not wear the fourth pair of shoes,", 0, "Jess Harrow", "says"),
    ("d", "Nobody ever has.", 0, "Jess Harrow", None),
], {
    "Northern Passport Office": ["the Northern Passport Office", "the office"],
    "a spokesperson": ["A spokesperson"],
    "Jess Harrow": ["Travel writer Jess Harrow", "Jess Harrow"],
}))

P.append(('''
Chef Marco "Big Mo" Benedetti has a simple rule for better pasta: salt the water until it tastes like the sea.

"Most home cooks are scared of salt," Benedetti said at a cooking demonstration in Lakeport on Saturday. "The pasta only gets one chance to take it in."

He also told the audience that fresh pasta is not always better than dried. Food scientist Dr Priya Lal said he was right for most sauces, because dried pasta holds its shape better.

Benedetti, who is 6'4" and towered over the demonstration kitchen, signed copies of his cookbook afterwards.
''', [
    ("d", "Most home cooks are scared of salt,", 0, "Marco Benedetti", "said"),
    ("d", "The pasta only gets one chance to take it in.", 0, "Marco Benedetti", None),
    ("i", "fresh pasta is not always better than dried", 0, "Marco Benedetti", "told"),
    ("i", "he was right for most sauces, because dried pasta holds its shape better", 0, "Priya Lal", "said"),
], {
    "Marco Benedetti": ['Chef Marco "Big Mo" Benedetti', "Benedetti"],
    "Priya Lal": ["Food scientist Dr Priya Lal", "Dr Priya Lal"],
}))

P.append(("""
Is screen time really that bad for toddlers?

Children under two get little benefit from screens, according to the Westvale Paediatric Society. But its president, Dr Helen Ashby, said parents should not feel guilty about the odd video call with grandparents.

“Talking to Grandma on a tablet is not the same as watching cartoons for three hours,” she said.

Father of three Kwame Asante said he had stopped using the television as a “babysitter”. He said the first week had been hard but the children now played outside more.
""", [
    ("i", "Children under two get little benefit from screens", 0, "Westvale Paediatric Society", "according to"),
    ("i", "parents should not feel guilty about the odd video call with grandparents", 0, "Helen Ashby", "said"),
    ("d", "Talking to Grandma on a tablet is not the same as watching cartoons for three hours,", 0, "Helen Ashby", "said"),
    ("m", "he had stopped using the television as a “babysitter”", 0, "Kwame Asante", "said"),
    ("i", "the first week had been hard but the children now played outside more", 0, "Kwame Asante", "said"),
], {
    "Westvale Paediatric Society": ["the Westvale Paediatric Society"],
    "Helen Ashby": ["its president, Dr Helen Ashby", "Dr Helen Ashby"],
    "Kwame Asante": ["Father of three Kwame Asante", "Kwame Asante"],
}))

P.append(('''
Want stronger knees? Start with your hips, says physiotherapist Aaron Kemp.

Kemp, who works with runners at the Millbrook Sports Clinic, said weak hip muscles were behind many of the knee injuries he treats. "The knee is usually the victim, not the culprit," he said.

He uses a simple test: stand on one leg and step down from a step about 8 inches high. Kemp said that if your knee drifts inward, your hips need work.

Runner Sofia Marr, 34, said the exercises had kept her injury-free for two years.
''', [
    ("i", "Start with your hips", 0, "Aaron Kemp", "says"),
    ("i", "weak hip muscles were behind many of the knee injuries he treats", 0, "Aaron Kemp", "said"),
    ("d", "The knee is usually the victim, not the culprit,", 0, "Aaron Kemp", "said"),
    ("i", "if your knee drifts inward, your hips need work", 0, "Aaron Kemp", "said"),
    ("i", "the exercises had kept her injury-free for two years", 0, "Sofia Marr", "said"),
], {
    "Aaron Kemp": ["physiotherapist Aaron Kemp", "Aaron Kemp", "Kemp"],
    "Sofia Marr": ["Runner Sofia Marr", "Sofia Marr"],
}))

run("lifestyle", P)
