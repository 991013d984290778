from make import run

P = []

# Batch 6 (blind). Scottish archaeology find, single curly marks, "Mr",
# "Dr", "Prof": a content-first lead by "archaeologists say" whose clause
# holds "shows that", a detectorist (he) and an excavation leader (she) in
# turn, radiocarbon dates that "suggest" (no record) "according to a report",
# "described X as ‘Y’ but cautioned that …", a museum curator, "he said,
# laughing".
P.append(("""
Detectorist’s silver hoard rewrites history of hill fort

By Morag Ellison

A hoard of silver found by a metal detectorist in a field near Kinloch Barra shows that the hill fort above the village was occupied two centuries later than historians had thought, archaeologists say.

The hoard, 43 pieces of cut silver, two brooches and a finger ring, was found last spring by retired postman Callum Ross, who has been searching the fields around the village for thirty years.

‘I thought it was a ring pull from a can,’ Mr Ross said. ‘Then I rubbed the mud off and saw the pattern, and I had to sit down.’

He reported the find to the Crown’s treasure office, as the law requires, and a team from the University of Strathcorran began digging in the field in August. The dig also uncovered the remains of a timber hall inside the fort’s walls.

Dr Eilidh Munro, who led the excavation, said coins found with the silver dated the hoard to the late eighth century.

‘Everyone assumed the fort was abandoned by 600,’ she said. ‘This tells us somebody was still there, and somebody wealthy, in the 780s.’

Radiocarbon dates from charcoal in the fort’s rampart suggest it was rebuilt at about the same time, according to a report by the team published this week.

Prof Hamish Gault of the University of Dunmore, who was not involved in the dig, described the find as ‘genuinely important’ but cautioned that a single hoard ‘does not prove a permanent settlement’.

He said silver was sometimes buried far from where its owners lived, in places chosen because they were easy to find again.

‘Hoards are messages to the future, but we do not always know who wrote them,’ Prof Gault said.

The hoard will go on display at the Kinloch Barra Museum in June. The museum’s curator, Iona Strachan, said the museum hoped to raise £60,000 to pay Mr Ross the reward he is owed under the law.

Mr Ross said he would give half of any reward to the farmer who owns the field.

‘It was his field, after all,’ he said, laughing. ‘I only borrowed it for an afternoon.’
""", [
    ("i", "A hoard of silver found by a metal detectorist in a field near Kinloch Barra shows that the hill fort above the village was occupied two centuries later than historians had thought", 0, "archaeologists", "say"),
    ("d", "I thought it was a ring pull from a can,", 0, "Callum Ross", "said"),
    ("d", "Then I rubbed the mud off and saw the pattern, and I had to sit down.", 0, "Callum Ross", None),
    ("i", "coins found with the silver dated the hoard to the late eighth century", 0, "Eilidh Munro", "said"),
    ("d", "Everyone assumed the fort was abandoned by 600,", 0, "Eilidh Munro", "said"),
    ("d", "This tells us somebody was still there, and somebody wealthy, in the 780s.", 0, "Eilidh Munro", None),
    ("m", "the find as ‘genuinely important’", 0, "Hamish Gault", "described"),
    ("m", "a single hoard ‘does not prove a permanent settlement’", 0, "Hamish Gault", "cautioned"),
    ("i", "silver was sometimes buried far from where its owners lived, in places chosen because they were easy to find again", 0, "Hamish Gault", "said"),
    ("d", "Hoards are messages to the future, but we do not always know who wrote them,", 0, "Hamish Gault", "said"),
    ("i", "the museum hoped to raise £60,000 to pay Mr Ross the reward he is owed under the law", 0, "Iona Strachan", "said"),
    ("i", "he would give half of any reward to the farmer who owns the field", 0, "Callum Ross", "said"),
    ("d", "It was his field, after all,", 0, "Callum Ross", "said"),
    ("d", "I only borrowed it for an afternoon.", 0, "Callum Ross", None),
], {
    "archaeologists": ["archaeologists"],
    "Callum Ross": ["Callum Ross", "Mr Ross"],
    "Eilidh Munro": ["Dr Eilidh Munro"],
    "Hamish Gault": ["Prof Hamish Gault"],
    "Iona Strachan": ["Iona Strachan"],
}))

run("archaeology", P)
