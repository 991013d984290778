from make import run

P = []

P.append(("""
A daily 20-minute walk may cut the risk of a second heart attack by almost a third, according to a study of 4,000 patients in the Northern Region.

The study, published in the Journal of Coastal Medicine, followed patients for five years. The data suggest the benefit holds even for people over 75.

Lead author Dr Anika Rowe, a cardiologist at Westvale General Hospital, said the results were “remarkably consistent”. “You don’t need a gym membership,” she said. “You need a pair of shoes and a bit of stubbornness.”

Professor Colm Davitt at the University of Harwick says the study was well designed but could not rule out that healthier people simply walk more.
""", [
    ("m", "the results were “remarkably consistent”", 0, "Anika Rowe", "said"),
    ("d", "You don’t need a gym membership,", 0, "Anika Rowe", "said"),
    ("d", "You need a pair of shoes and a bit of stubbornness.", 0, "Anika Rowe", None),
    ("i", "the study was well designed but could not rule out that healthier people simply walk more", 0, "Colm Davitt", "says"),
], {
    "Anika Rowe": ["Lead author Dr Anika Rowe", "Dr Anika Rowe"],
    "Colm Davitt": ["Professor Colm Davitt", "Colm Davitt"],
}))

P.append(("""
Eleven cases of measles have been linked to a primary school in Drayton, the largest outbreak in the county for a decade.

All eleven children are recovering at home, the Drayton Public Health Unit said on Wednesday. Medical officer of health Dr Samuel Pryor warned that more cases were likely over the next two weeks.

“Measles is one of the most contagious diseases we know of,” Pryor told a briefing. “If your child has not had both doses, please book them in now.”

Parent Kelly Marsh said the school had handled the outbreak well.
""", [
    ("i", "All eleven children are recovering at home", 0, "Drayton Public Health Unit", "said"),
    ("i", "more cases were likely over the next two weeks", 0, "Samuel Pryor", "warned"),
    ("d", "Measles is one of the most contagious diseases we know of,", 0, "Samuel Pryor", "told"),
    ("d", "If your child has not had both doses, please book them in now.", 0, "Samuel Pryor", None),
    ("i", "the school had handled the outbreak well", 0, "Kelly Marsh", "said"),
], {
    "Drayton Public Health Unit": ["the Drayton Public Health Unit"],
    "Samuel Pryor": ["Medical officer of health Dr Samuel Pryor", "Dr Samuel Pryor", "Pryor"],
    "Kelly Marsh": ["Parent Kelly Marsh", "Kelly Marsh"],
}))

P.append(('''
Astronomers at the Kessel Observatory say they have spotted a comet that will be visible to the naked eye in late October.

The comet, catalogued as K/2024 R3, was found by amateur observer Bill Tennant on his backyard telescope. "I thought it was a smudge on the lens," Tennant said. "Then it moved."

Observatory director Dr Marisol Vance said the comet could become "one of the brightest of the decade" if it survives its close pass of the sun. She believes it is on its first trip into the inner solar system.
''', [
    ("i", "they have spotted a comet that will be visible to the naked eye in late October", 0, "Kessel Observatory", "say"),
    ("d", "I thought it was a smudge on the lens,", 0, "Bill Tennant", "said"),
    ("d", "Then it moved.", 0, "Bill Tennant", None),
    ("m", 'the comet could become "one of the brightest of the decade" if it survives its close pass of the sun', 0, "Marisol Vance", "said"),
], {
    "Kessel Observatory": ["Astronomers at the Kessel Observatory"],
    "Bill Tennant": ["amateur observer Bill Tennant", "Bill Tennant", "Tennant"],
    "Marisol Vance": ["Observatory director Dr Marisol Vance", "Dr Marisol Vance"],
}))

P.append(("""
A new pill for migraine reduced the number of headache days by half in a late-stage trial, its maker, Corvane Pharma, said on Monday.

Corvane said it would apply for approval in the spring. Shares in the company rose 14 per cent.

Dr Yasmin Farouk, a neurologist at Lakeport University Hospital who was not involved in the trial, said the results were promising but that side effects needed careful study.

“Migraine is hugely underestimated,” she said. “People lose days of work, miss their children’s birthdays, sit in dark rooms.

“Anything that gives them some of that life back matters.”
""", [
    ("i", "A new pill for migraine reduced the number of headache days by half in a late-stage trial", 0, "Corvane Pharma", "said"),
    ("i", "it would apply for approval in the spring", 0, "Corvane Pharma", "said"),
    ("i", "the results were promising but that side effects needed careful study", 0, "Yasmin Farouk", "said"),
    ("d", "Migraine is hugely underestimated,", 0, "Yasmin Farouk", "said"),
    ("d", "People lose days of work, miss their children’s birthdays, sit in dark rooms.\n\n“Anything that gives them some of that life back matters.", 0, "Yasmin Farouk", None),
], {
    "Corvane Pharma": ["its maker, Corvane Pharma", "Corvane Pharma", "Corvane"],
    "Yasmin Farouk": ["Dr Yasmin Farouk", "Yasmin Farouk"],
}))

P.append(('''
A survey of 600 farms has found that hedgerow planting is helping bring back farmland birds in the Harwick Valley.

Numbers of yellowhammers rose by 40 per cent on farms that planted new hedges, the figures show. Ecologist Dr Ruth Okonjo, who led the survey for the Valley Wildlife Trust, said the results were "the best news we've had in twenty years."

Farmer Ian Cottrell said he had planted two miles of hedge since 2019. "My grandfather pulled them out, and I'm putting them back," he said with a laugh.

The trust plans to repeat the survey in 2026.
''', [
    ("m", 'the results were "the best news we\'ve had in twenty years."', 0, "Ruth Okonjo", "said"),
    ("i", "he had planted two miles of hedge since 2019", 0, "Ian Cottrell", "said"),
    ("d", "My grandfather pulled them out, and I'm putting them back,", 0, "Ian Cottrell", "said"),
], {
    "Ruth Okonjo": ["Ecologist Dr Ruth Okonjo", "Dr Ruth Okonjo"],
    "Ian Cottrell": ["Farmer Ian Cottrell", "Ian Cottrell"],
}))

P.append(("""
Waiting times at emergency departments in the Northern Region reached a record high in August, official figures show.

Opposition health spokesperson Farah Dalton said the figures showed a system “on its knees”. Health Minister Brian Keogh denied that the service was in crisis. He told the legislature that an extra 300 nurses would start work by Christmas.

“We are not pretending this is easy,” Keogh said. “But the trend is turning.”

The so-called “winter plan” will be published next month.
""", [
    ("m", "the figures showed a system “on its knees”", 0, "Farah Dalton", "said"),
    ("i", "the service was in crisis", 0, "Brian Keogh", "denied"),
    ("i", "an extra 300 nurses would start work by Christmas", 0, "Brian Keogh", "told"),
    ("d", "We are not pretending this is easy,", 0, "Brian Keogh", "said"),
    ("d", "But the trend is turning.", 0, "Brian Keogh", None),
], {
    "Farah Dalton": ["Opposition health spokesperson Farah Dalton", "Farah Dalton"],
    "Brian Keogh": ["Health Minister Brian Keogh", "Brian Keogh", "Keogh"],
}))

P.append(("""
Children who eat breakfast at school concentrate better in afternoon lessons, according to Professor Nadia Kirwan of Eastwick University.

Kirwan and her team tracked 1,200 pupils across 30 schools. Pupils in the breakfast scheme grew on average half an inch more over the year, though Kirwan said the finding needed checking.

“We were surprised by how big the effect was,” she told the Eastwick Gazette. “It is not a small thing to be hungry at eleven o’clock.”

Schools minister Daniel Hebb posted on social media that the scheme would be extended to 200 more schools next year.
""", [
    ("i", "Children who eat breakfast at school concentrate better in afternoon lessons", 0, "Nadia Kirwan", "according to"),
    ("i", "the finding needed checking", 0, "Nadia Kirwan", "said"),
    ("d", "We were surprised by how big the effect was,", 0, "Nadia Kirwan", "told"),
    ("d", "It is not a small thing to be hungry at eleven o’clock.", 0, "Nadia Kirwan", None),
    ("i", "the scheme would be extended to 200 more schools next year", 0, "Daniel Hebb", "posted"),
], {
    "Nadia Kirwan": ["Professor Nadia Kirwan", "Kirwan"],
    "Daniel Hebb": ["Schools minister Daniel Hebb", "Daniel Hebb"],
}))

run("health", P)
