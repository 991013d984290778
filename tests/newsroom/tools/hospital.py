from make import run

P = []

# Batch 5 (blind). Irish hospital waiting lists, curly double marks, fadas:
# figures that "show" (no record), a patient (she) then a consultant (he),
# "told the committee that", a quotation over two paragraphs after "said:",
# a health authority as "the authority" and "It said", a spokeswoman for the
# Minister named in apposition, "denied that", "According to the union",
# "expects" (no record), "Patients' groups say", a caption.
P.append(("""
Waiting lists at Ballinacree hospital reach record high

More than 9,000 people are waiting for an outpatient appointment, new figures show

By Siobhán Mac Giolla

More than 9,000 people are now waiting for a first outpatient appointment at St Fintan’s Hospital in Ballinacree, figures published on Thursday show.

One of them is Nóirín Walsh, a 63-year-old retired teacher from Kilbrack, who was referred to the hospital’s orthopaedic clinic in March of last year.

“I was told it would be six months,” Mrs Walsh said. “It has been nineteen, and nobody can tell me when it will end.”

She said she now walks with two sticks and has not been able to drive since the summer.

The hospital’s clinical director, Dr Eamon Fitzsimons, told an Oireachtas committee on Wednesday that the orthopaedic list had doubled in three years. He said the hospital had two theatres that stood empty for part of every week because it could not recruit anaesthetists.

“We have the rooms, and we have the surgeons,” he said. “What we do not have is the people to put the patient to sleep.”

The Western Regional Health Authority, which runs the hospital, said it had approved funding for four new anaesthetist posts. It said interviews would take place in January and that the first theatre would reopen by Easter.

According to the Irish Nurses’ Guild, the hospital is short of at least 40 nurses. The union’s regional officer, Caitríona Dolan, said staff were leaving for jobs in Australia and the Gulf.

“You cannot blame them,” she said. “They are working double shifts on wards that were built for half the beds.”

A spokeswoman for the Minister for Health, Gerard Keohane, denied that the hospital had been overlooked in this year’s budget. She said St Fintan’s would receive €12 million for a new day-surgery unit.

Patients’ groups say the money will take years to make a difference. The authority expects the new unit to open in 2027.

Mr Keohane is due to visit the hospital next month.

Dr Fitzsimons said he understood the anger of patients such as Mrs Walsh. Asked what he would say to her, he said:

“I would say I am sorry, and I mean it.

“I would also say that every one of us here is trying, and that the list will come down, though not as fast as any of us would like.”

Caption: St Fintan’s Hospital, where two operating theatres stand idle for part of each week.
""", [
    ("d", "I was told it would be six months,", 0, "Nóirín Walsh", "said"),
    ("d", "It has been nineteen, and nobody can tell me when it will end.", 0, "Nóirín Walsh", None),
    ("i", "she now walks with two sticks and has not been able to drive since the summer", 0, "Nóirín Walsh", "said"),
    ("i", "the orthopaedic list had doubled in three years", 0, "Eamon Fitzsimons", "told"),
    ("i", "the hospital had two theatres that stood empty for part of every week because it could not recruit anaesthetists", 0, "Eamon Fitzsimons", "said"),
    ("d", "We have the rooms, and we have the surgeons,", 0, "Eamon Fitzsimons", "said"),
    ("d", "What we do not have is the people to put the patient to sleep.", 0, "Eamon Fitzsimons", None),
    ("i", "it had approved funding for four new anaesthetist posts", 0, "Western Regional Health Authority", "said"),
    ("i", "interviews would take place in January and that the first theatre would reopen by Easter", 0, "Western Regional Health Authority", "said"),
    ("i", "the hospital is short of at least 40 nurses", 0, "Irish Nurses’ Guild", "According to"),
    ("i", "staff were leaving for jobs in Australia and the Gulf", 0, "Caitríona Dolan", "said"),
    ("d", "You cannot blame them,", 0, "Caitríona Dolan", "said"),
    ("d", "They are working double shifts on wards that were built for half the beds.", 0, "Caitríona Dolan", None),
    ("i", "the hospital had been overlooked in this year’s budget", 0, "A spokeswoman for the Minister for Health", "denied"),
    ("i", "St Fintan’s would receive €12 million for a new day-surgery unit", 0, "A spokeswoman for the Minister for Health", "said"),
    ("i", "the money will take years to make a difference", 0, "Patients’ groups", "say"),
    ("i", "he understood the anger of patients such as Mrs Walsh", 0, "Eamon Fitzsimons", "said"),
    ("d", "I would say I am sorry, and I mean it.\n\n“I would also say that every one of us here is trying, and that the list will come down, though not as fast as any of us would like.", 0, "Eamon Fitzsimons", "said"),
], {
    "Nóirín Walsh": ["Nóirín Walsh", "Mrs Walsh"],
    "Eamon Fitzsimons": ["Dr Eamon Fitzsimons", "Eamon Fitzsimons", "Dr Fitzsimons"],
    "Western Regional Health Authority": ["The Western Regional Health Authority", "Western Regional Health Authority", "The authority"],
    "Irish Nurses’ Guild": ["the Irish Nurses’ Guild", "The union"],
    "Caitríona Dolan": ["Caitríona Dolan"],
    "A spokeswoman for the Minister for Health": ["A spokeswoman for the Minister for Health"],
    "Patients’ groups": ["Patients’ groups"],
}))

run("hospital", P)
