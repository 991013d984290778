from make import run

P = []

# Batch 2 (blind). British religion, single marks, clergy titles (`the Rt
# Rev`, `the Ven`, `Canon`, `the Rev`): a church closure, hymn titles in
# marks, "told the congregation", "in his sermon", a diocese as speaker
# ("the diocese said", "it said"), a content-first report, "prayed for"
# (no record), "announced the closure" (no record), a churchwarden quoted
# over two paragraphs, "insisted that".
P.append(("""
Last service held at St Aldhelm’s as diocese closes 900-year-old church

By Rebecca Townsend, Religious Affairs Correspondent

More than 300 people crowded into St Aldhelm’s Church in Lower Wenbury on Sunday for its final service, after the Diocese of Marchester confirmed it could no longer afford to keep the building open.

The church, parts of which date from the twelfth century, will be handed to a conservation trust next year. Its congregation of about 25 regular worshippers will join the parish church in Upper Wenbury, two miles away.

The Bishop of Marchester, the Rt Rev Jonathan Pell, led the service. In his sermon, he told the congregation that a church was ‘not its stones but its people’ and that the parish would ‘carry St Aldhelm’s with it’ to its new home.

‘Today is a day for grief, and I will not pretend otherwise,’ Bishop Pell said. ‘But it is also a day for thanksgiving. For nine centuries, this place has been kept alive by people like you.’

The congregation sang ‘The Day Thou Gavest’ and ‘Abide With Me’, and the bishop prayed for the families whose relatives are buried in the churchyard, which will remain open for visits.

The diocese said the roof and tower needed repairs estimated at £1.9 million, money that a small rural parish could not raise. It said it had spent three years looking for other uses for the building, including a community café and a village hall, before deciding to close it.

Churchwarden Margaret Ellery, 78, who was married at St Aldhelm’s in 1968, said the decision had been ‘like a death in the family’.

‘My husband and I sat in that third pew every Sunday for fifty years. He is buried just outside the east window,’ she said.

‘I understand the money. I do. But I don’t think anyone in an office in Marchester has ever sat in that pew.’

The Archdeacon of Wenbury, the Ven Clare Osei, insisted that the diocese had explored every option. ‘Nobody took this lightly,’ she said. ‘We looked at grants, at sharing the building, at everything. In the end, the numbers were simply too large.’

Not all parishioners accept that. A local campaign group, Friends of St Aldhelm’s, says the diocese turned down an offer from a heritage charity in 2022. Its chairman, Colin Varga, said the group would ask the conservation trust to allow services at Christmas and Easter.

Canon Peter Haslam, who was vicar of the parish for 22 years until his retirement, read the lesson. Afterwards he said he hoped the building would ‘still ring with hymns now and then’.

The bells were rung for the last time as the congregation left. The church’s Bible, a gift from the parish in 1862, will go to Upper Wenbury.

The Rev Anna Kowalczyk, who will lead the combined parish, said the two congregations had already held joint services at Harvest. ‘We will make room,’ she said.
""", [
    ("i", "it could no longer afford to keep the building open", 0, "Diocese of Marchester", "confirmed"),
    ("m", "a church was ‘not its stones but its people’ and that the parish would ‘carry St Aldhelm’s with it’ to its new home", 0, "Jonathan Pell", "told"),
    ("d", "Today is a day for grief, and I will not pretend otherwise,", 0, "Jonathan Pell", "said"),
    ("d", "But it is also a day for thanksgiving. For nine centuries, this place has been kept alive by people like you.", 0, "Jonathan Pell", None),
    ("i", "the roof and tower needed repairs estimated at £1.9 million, money that a small rural parish could not raise", 0, "Diocese of Marchester", "said"),
    ("i", "it had spent three years looking for other uses for the building, including a community café and a village hall, before deciding to close it", 0, "Diocese of Marchester", "said"),
    ("m", "the decision had been ‘like a death in the family’", 0, "Margaret Ellery", "said"),
    ("d", "My husband and I sat in that third pew every Sunday for fifty years. He is buried just outside the east window,", 0, "Margaret Ellery", "said"),
    ("d", "I understand the money. I do. But I don’t think anyone in an office in Marchester has ever sat in that pew.", 0, "Margaret Ellery", None),
    ("i", "the diocese had explored every option", 0, "Clare Osei", "insisted"),
    ("d", "Nobody took this lightly,", 0, "Clare Osei", "said"),
    ("d", "We looked at grants, at sharing the building, at everything. In the end, the numbers were simply too large.", 0, "Clare Osei", None),
    ("i", "the diocese turned down an offer from a heritage charity in 2022", 0, "Friends of St Aldhelm’s", "says"),
    ("i", "the group would ask the conservation trust to allow services at Christmas and Easter", 0, "Colin Varga", "said"),
    ("m", "he hoped the building would ‘still ring with hymns now and then’", 0, "Peter Haslam", "said"),
    ("i", "the two congregations had already held joint services at Harvest", 0, "Anna Kowalczyk", "said"),
    ("d", "We will make room,", 0, "Anna Kowalczyk", "said"),
], {
    "Jonathan Pell": ["the Rt Rev Jonathan Pell", "Bishop Pell"],
    "Diocese of Marchester": ["the Diocese of Marchester", "The diocese"],
    "Margaret Ellery": ["Churchwarden Margaret Ellery"],
    "Clare Osei": ["the Ven Clare Osei"],
    "Friends of St Aldhelm’s": ["Friends of St Aldhelm’s"],
    "Colin Varga": ["Colin Varga"],
    "Peter Haslam": ["Canon Peter Haslam"],
    "Anna Kowalczyk": ["The Rev Anna Kowalczyk"],
}))

run("religion", P)
