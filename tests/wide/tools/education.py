# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
Teachers at Holloway Academy believe a new rule banning phones in class has improved pupils' concentration.

A survey of staff carried out by the school found that four in five had noticed fewer distractions. Head teacher Gwen Arkwright said the ban would stay "for as long as it works."

Some parents want pupils to keep their phones for the journey home. The school plans to install lockers near the main gate. Pupils in Year 9 showed inspectors their new science lab on Tuesday.
""", [
    ("i", "a new rule banning phones in class has improved pupils' concentration", 0, "Teachers at Holloway Academy", "believe", "thought"),
    ("i", "four in five had noticed fewer distractions", 0, "A survey of staff carried out by the school", "found", "evidence"),
    ("m", 'the ban would stay "for as long as it works."', 0, "Gwen Arkwright", "said", "speech"),
    ("i", "pupils to keep their phones for the journey home", 0, "Some parents", "want", "thought"),
    ("i", "to install lockers near the main gate", 0, "Holloway Academy", "plans", "thought"),
], {
    "Teachers at Holloway Academy": ["Teachers at Holloway Academy", "Teachers"],
    "A survey of staff carried out by the school": ["A survey of staff carried out by the school", "A survey"],
    "Gwen Arkwright": ["Head teacher Gwen Arkwright"],
    "Some parents": ["Some parents"],
    "Holloway Academy": ["Holloway Academy", "The school"],
}))

P.append(("""
Fewer students are applying to study languages at university, according to figures from the admissions service Unipath.

The figures show that applications for French and German fell by a quarter in five years. Professor Anika Brunner, who heads the modern languages department at Wellsford University, worries that some courses will close.

“A country that only speaks one language is talking to itself,” she said. The department intends to offer free evening classes to local schools. Its study abroad office has moved to a new building.
""", [
    ("i", "Fewer students are applying to study languages at university", 0, "figures from the admissions service Unipath", "according to", "evidence"),
    ("i", "applications for French and German fell by a quarter in five years", 0, "figures from the admissions service Unipath", "show", "evidence"),
    ("i", "some courses will close", 0, "Anika Brunner", "worries", "thought"),
    ("d", "A country that only speaks one language is talking to itself,", 0, "Anika Brunner", "said", "speech"),
    ("i", "to offer free evening classes to local schools", 0, "The department", "intends", "thought"),
], {
    "figures from the admissions service Unipath": ["figures from the admissions service Unipath", "figures", "The figures"],
    "Anika Brunner": ["Professor Anika Brunner"],
    "The department": ["The department"],
}))

P.append(("""
The Kestrel Valley school district expects to hire forty new teachers before September, superintendent Luis Mardones said on Monday.

Enrolment data show the district has grown by 900 pupils since 2021, largely because of new housing to the east of Cotter. Mardones said classes at two schools were already "bursting at the seams."

The teachers' union doubts the district can find enough staff. "We have been asking for this for years," said union representative Kim Yoon. The district's plans for a new high school are on hold.
""", [
    ("i", "The Kestrel Valley school district expects to hire forty new teachers before September", 0, "Luis Mardones", "said", "speech"),
    ("i", "the district has grown by 900 pupils since 2021, largely because of new housing to the east of Cotter", 0, "Enrolment data", "show", "evidence"),
    ("m", 'classes at two schools were already "bursting at the seams."', 0, "Luis Mardones", "said", "speech"),
    ("i", "the district can find enough staff", 0, "The teachers' union", "doubts", "thought"),
    ("d", "We have been asking for this for years,", 0, "Kim Yoon", "said", "speech"),
], {
    "Luis Mardones": ["superintendent Luis Mardones", "Mardones"],
    "Enrolment data": ["Enrolment data"],
    "The teachers' union": ["The teachers' union"],
    "Kim Yoon": ["union representative Kim Yoon"],
}))

run("education", P)
