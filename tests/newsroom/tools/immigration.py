from make import run

P = []

# Batch 4 (blind). US immigration court, straight marks, a byline over two
# lines and a dateline: a lead with "who said", "ruled that X and that Y",
# "testified through a Spanish interpreter", "told the court that", a note
# "saying" inside a reported clause, a government lawyer named in apposition
# who "had argued that", "did not respond", "rejected that argument" (no
# record), a mixed clause with "which he called "..."", a spokesperson for
# an agency, "according to" an office, nested speech in a quotation.
P.append(("""
Judge grants asylum to Honduran teacher who fled gang threats

By CARLA MENDEZ
Staff Writer

BRENTWOOD, Texas — An immigration judge on Tuesday granted asylum to a former schoolteacher from Honduras who said gang members threatened to kill her after she refused to let them recruit students at her school.

Judge Walter Pryce ruled that Rosa Elena Cárdenas, 34, had shown a well-founded fear of persecution and that Honduran authorities were unable or unwilling to protect her.

Cárdenas, who testified through a Spanish interpreter, wept as the decision was read. Her 9-year-old son, who entered the country with her in 2022, sat in the back row of the small courtroom with a volunteer.

During a hearing last month, Cárdenas told the court that two men had come to her classroom in San Pedro Sula and demanded a list of the older boys. She said that when she refused, they left a note on her car saying she had three days to leave.

"I did not choose to leave my country," she said through the interpreter. "I chose to stay alive."

A lawyer for the Department of Homeland Security, Derek Olsen, had argued that the threats were a matter of general gang violence and did not target her for a protected reason. He did not respond to a request for comment after the ruling.

Pryce rejected that argument. In his oral decision, he said Cárdenas had been singled out because of her role as a teacher and her open opposition to the gang, which he called "a political opinion in every sense that matters."

Her attorney, Miriam Gold of the Gulf Coast Immigrant Legal Center, said the ruling could help other teachers in similar cases.

"Teachers are on the front line in these neighborhoods," Gold said outside the courthouse. "The gangs know it. Today the court recognized it."

The government has 30 days to appeal. A spokesperson for U.S. Immigration and Customs Enforcement said the agency does not comment on individual cases.

Immigration courts nationwide face a backlog of more than 3 million cases, according to the Justice Department's Executive Office for Immigration Review. Cases at the Brentwood court typically take four years to reach a final hearing.

Cárdenas said she hoped to teach again one day, perhaps as a classroom aide while she learns English.

"My son asked me this morning, 'Mama, can we stay?'" she said. "Now I can tell him yes."
""", [
    ("i", "gang members threatened to kill her after she refused to let them recruit students at her school", 0, "Rosa Elena Cárdenas", "said"),
    ("i", "Rosa Elena Cárdenas, 34, had shown a well-founded fear of persecution and that Honduran authorities were unable or unwilling to protect her", 0, "Walter Pryce", "ruled"),
    ("i", "two men had come to her classroom in San Pedro Sula and demanded a list of the older boys", 0, "Rosa Elena Cárdenas", "told"),
    ("i", "when she refused, they left a note on her car saying she had three days to leave", 0, "Rosa Elena Cárdenas", "said"),
    ("d", "I did not choose to leave my country,", 0, "Rosa Elena Cárdenas", "said"),
    ("d", "I chose to stay alive.", 0, "Rosa Elena Cárdenas", None),
    ("i", "the threats were a matter of general gang violence and did not target her for a protected reason", 0, "Derek Olsen", "had argued"),
    ("m", "Cárdenas had been singled out because of her role as a teacher and her open opposition to the gang, which he called \"a political opinion in every sense that matters.\"", 0, "Walter Pryce", "said"),
    ("i", "the ruling could help other teachers in similar cases", 0, "Miriam Gold", "said"),
    ("d", "Teachers are on the front line in these neighborhoods,", 0, "Miriam Gold", "said"),
    ("d", "The gangs know it. Today the court recognized it.", 0, "Miriam Gold", None),
    ("i", "the agency does not comment on individual cases", 0, "A spokesperson for U.S. Immigration and Customs Enforcement", "said"),
    ("i", "Immigration courts nationwide face a backlog of more than 3 million cases", 0, "Executive Office for Immigration Review", "according to"),
    ("i", "she hoped to teach again one day, perhaps as a classroom aide while she learns English", 0, "Rosa Elena Cárdenas", "said"),
    ("d", "My son asked me this morning, 'Mama, can we stay?'", 0, "Rosa Elena Cárdenas", "said"),
    ("d", "Now I can tell him yes.", 0, "Rosa Elena Cárdenas", None),
], {
    "Rosa Elena Cárdenas": ["Rosa Elena Cárdenas", "Cárdenas"],
    "Walter Pryce": ["Judge Walter Pryce", "Walter Pryce", "Pryce"],
    "Derek Olsen": ["Derek Olsen"],
    "Miriam Gold": ["Miriam Gold", "Gold"],
    "A spokesperson for U.S. Immigration and Customs Enforcement": ["A spokesperson for U.S. Immigration and Customs Enforcement"],
    "Executive Office for Immigration Review": ["Executive Office for Immigration Review"],
}))

run("immigration", P)
