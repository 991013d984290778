"""Class `pronoun`: gender agreement, salience (the subject of the last sentence, not
its object), no reach across someone else's quotation, `it`/`they` for an organisation,
and a pronoun with no antecedent at all (gold speaker null)."""
from make import run

P = []

P.append(("""
Detective Inspector Rhona Castle and defence solicitor Martin Febe clashed outside Hollins Crown Court on Tuesday.

‘The evidence against this man is overwhelming,’ she said.

He told reporters his client would appeal. ‘The inspector made up her mind before the trial even started,’ he said.

She declined to respond.
""", [
    ("d", "The evidence against this man is overwhelming,", 0, "Rhona Castle", "said"),
    ("i", "his client would appeal", 0, "Martin Febe", "told"),
    ("d", "The inspector made up her mind before the trial even started,", 0, "Martin Febe", "said"),
], {
    "Rhona Castle": ["Detective Inspector Rhona Castle", "Rhona Castle"],
    "Martin Febe": ["defence solicitor Martin Febe", "Martin Febe"],
}))

P.append(("""
Mayor Ellen Varga thanked fire chief Diane Kopp at a ceremony on Friday for her department’s work during the August floods. She said the city owed the crews “more than a plaque.”

Kopp, who is retiring next month, accepted the award on behalf of 42 firefighters. “They did the work. I just signed the overtime,” she said.

Firefighter Jamal Reyes, who spent 30 hours in a boat during the floods, said he was proud but tired.
""", [
    ("m", "the city owed the crews “more than a plaque.”", 0, "Ellen Varga", "said"),
    ("d", "They did the work. I just signed the overtime,", 0, "Diane Kopp", "said"),
    ("i", "he was proud but tired", 0, "Jamal Reyes", "said"),
], {
    "Ellen Varga": ["Mayor Ellen Varga", "Ellen Varga"],
    "Diane Kopp": ["fire chief Diane Kopp", "Diane Kopp", "Kopp"],
    "Jamal Reyes": ["Firefighter Jamal Reyes", "Jamal Reyes"],
}))

P.append(("""
Council leader Paul Ashdown defended the new parking charges at a packed meeting in Brisley on Thursday, saying the money would pay for pothole repairs.

‘Nobody will drive into town to pay £3 for an hour,’ said shopkeeper Nadia Farrow. ‘We will be a ghost town by spring.’

Her husband, Leo, who runs the bakery next door, nodded. ‘I’ve already lost my Saturday trade,’ he said.

Ashdown left without taking questions.
""", [
    ("i", "the money would pay for pothole repairs", 0, "Paul Ashdown", "saying"),
    ("d", "Nobody will drive into town to pay £3 for an hour,", 0, "Nadia Farrow", "said"),
    ("d", "We will be a ghost town by spring.", 0, "Nadia Farrow", None),
    ("d", "I’ve already lost my Saturday trade,", 0, "Leo", "said"),
], {
    "Paul Ashdown": ["Council leader Paul Ashdown", "Paul Ashdown", "Ashdown"],
    "Nadia Farrow": ["shopkeeper Nadia Farrow", "Nadia Farrow"],
    "Leo": ["Her husband, Leo", "Leo"],
}))

P.append(('''
Kestrel Water has apologised to 12,000 households in Ambry left without water for two days. It said a burst main under the ring road had been harder to reach than expected.

Local resident Gwen Pryor, 82, said she had carried bottled water up three flights of stairs. "Nobody knocked on my door to check on me," she said.

The company said it would pay each household £50. They added that engineers had worked through both nights.
''', [
    ("i", "a burst main under the ring road had been harder to reach than expected", 0, "Kestrel Water", "said"),
    ("i", "she had carried bottled water up three flights of stairs", 0, "Gwen Pryor", "said"),
    ("d", "Nobody knocked on my door to check on me,", 0, "Gwen Pryor", "said"),
    ("i", "it would pay each household £50", 0, "Kestrel Water", "said"),
    ("i", "engineers had worked through both nights", 0, "Kestrel Water", "added"),
], {
    "Kestrel Water": ["Kestrel Water", "The company"],
    "Gwen Pryor": ["Local resident Gwen Pryor", "Gwen Pryor"],
}))

P.append(("""
Two nurses at Lindale General Hospital have been suspended after a patient was given the wrong blood type, the hospital said on Monday.

Chief nursing officer Sandra Whitlow said the patient, a woman in her 70s, was recovering well. “This should never have happened, and we are sorry,” she said.

The patient’s daughter, Irene Mosse, said the family had been told about the error “almost by accident.”

“We are looking at every step of the process,” he said.
""", [
    ("i", "Two nurses at Lindale General Hospital have been suspended after a patient was given the wrong blood type", 0, "Lindale General Hospital", "said"),
    ("i", "the patient, a woman in her 70s, was recovering well", 0, "Sandra Whitlow", "said"),
    ("d", "This should never have happened, and we are sorry,", 0, "Sandra Whitlow", "said"),
    ("m", "the family had been told about the error “almost by accident.”", 0, "Irene Mosse", "said"),
    ("d", "We are looking at every step of the process,", 0, None, "said"),
], {
    "Lindale General Hospital": ["Lindale General Hospital", "the hospital"],
    "Sandra Whitlow": ["Chief nursing officer Sandra Whitlow", "Sandra Whitlow"],
    "Irene Mosse": ["The patient’s daughter, Irene Mosse", "Irene Mosse"],
}))

P.append(('''
Striker Joel Amankwah scored twice as Fenton City beat Redcliff 3-1 on Saturday to go top of the league.

"I have waited three years for a day like this," he said. City manager Bruce Hallam said Amankwah had "finally stopped overthinking in front of goal."

Redcliff captain Owen Kerr said his side had been second best all afternoon.

"We have to be honest with ourselves," she said. "That was not good enough."
''', [
    ("d", "I have waited three years for a day like this,", 0, "Joel Amankwah", "said"),
    ("m", 'Amankwah had "finally stopped overthinking in front of goal."', 0, "Bruce Hallam", "said"),
    ("i", "his side had been second best all afternoon", 0, "Owen Kerr", "said"),
    ("d", "We have to be honest with ourselves,", 0, None, "said"),
    ("d", "That was not good enough.", 0, None, None),
], {
    "Joel Amankwah": ["Striker Joel Amankwah", "Joel Amankwah"],
    "Bruce Hallam": ["City manager Bruce Hallam", "Bruce Hallam"],
    "Owen Kerr": ["Redcliff captain Owen Kerr", "Owen Kerr"],
}))

P.append(("""
Restaurant owner Chiara Bellini is suing her former business partner, chef Dmitri Olsen, for £200,000.

In court papers, she says he took the restaurant’s recipes when he left to open a rival place across the street. He denies it. “Recipes are not property. Nobody owns carbonara,” he told the Ridley Mercury.

She was unmoved. “He can cook whatever he likes,” she said. “He just can’t use my name on the menu.”
""", [
    ("i", "he took the restaurant’s recipes when he left to open a rival place across the street", 0, "Chiara Bellini", "says"),
    ("d", "Recipes are not property. Nobody owns carbonara,", 0, "Dmitri Olsen", "told"),
    ("d", "He can cook whatever he likes,", 0, "Chiara Bellini", "said"),
    ("d", "He just can’t use my name on the menu.", 0, "Chiara Bellini", None),
], {
    "Chiara Bellini": ["Restaurant owner Chiara Bellini", "Chiara Bellini"],
    "Dmitri Olsen": ["chef Dmitri Olsen", "Dmitri Olsen"],
}))

run("pronoun", P)
