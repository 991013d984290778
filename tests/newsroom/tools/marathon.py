from make import run

P = []

# Batch 6 (blind). New Zealand city marathon, curly marks, macrons: a
# teenager (she), her coach (he) and her mother (she) sharing her surname,
# "he said, laughing", a content-first report by the race director named in
# apposition, "Organisers expect" (no record), an ambulance service and a
# hospital spokeswoman, "said X, and would Y" (one record), "Asked whether
# …, she said it was “…”", a page reference, "Photo / Supplied".
P.append(("""
Teenager smashes course record in Taurima Marathon

By Aroha Kereama

Nineteen-year-old Mere Tautahi smashed the women’s course record at the Taurima Marathon on Sunday, finishing in 2:29:41 in her first race over the distance.

Tautahi, a second-year engineering student, took more than three minutes off the record set in 2015.

“I honestly thought I would be happy with anything under two-forty,” she said. “At 30 kilometres I felt good, so I just went.”

Her coach, Rēwiti Tapsell, said he had told her to hold back for the first half. “She listened for about 15 kilometres,” he said, laughing.

The men’s race was won by Daniel Kiprono, who lives in Ngāio Bay, in 2:14:08, his third win in four years. He said the wind along the harbour had been “brutal” in the last ten kilometres.

Kiprono, a former steeplechaser, moved to Taurima six years ago and works as a physiotherapist. “I run before work, every day, in every weather,” he said. “Today the weather won, for a while.”

Last year’s winner, Anna Te Hau, pulled out at 25 kilometres with a calf injury.

More than 7,000 runners took part across four events, the race director, Fiona Hetaraka, said. Organisers expect numbers to grow again next year.

The ambulance service said it treated 41 runners for heat-related illness, and two were taken to Taurima Hospital.

A spokeswoman for the hospital said both were in a stable condition on Sunday evening.

Hetaraka said organisers had added two extra water stations after last year’s race, and would look at starting earlier if temperatures kept rising.

Tautahi’s mother, Hine Tautahi, ran the half marathon.

“I was still on the course when she finished,” she said. “Someone told me over the loudspeaker, and I just about stopped running.”

Tautahi said she would now focus on her exams, which start in a fortnight. Asked whether she would target next year’s world championships, she said it was “a bit early to think about that”.

Her university has offered her a sports scholarship, Tapsell said.

Results, page B6.

Mere Tautahi crosses the line on Marine Parade. Photo / Supplied
""", [
    ("d", "I honestly thought I would be happy with anything under two-forty,", 0, "Mere Tautahi", "said"),
    ("d", "At 30 kilometres I felt good, so I just went.", 0, "Mere Tautahi", None),
    ("i", "he had told her to hold back for the first half", 0, "Rēwiti Tapsell", "said"),
    ("d", "She listened for about 15 kilometres,", 0, "Rēwiti Tapsell", "said"),
    ("m", "the wind along the harbour had been “brutal” in the last ten kilometres", 0, "Daniel Kiprono", "said"),
    ("d", "I run before work, every day, in every weather,", 0, "Daniel Kiprono", "said"),
    ("d", "Today the weather won, for a while.", 0, "Daniel Kiprono", None),
    ("i", "More than 7,000 runners took part across four events", 0, "Fiona Hetaraka", "said"),
    ("i", "it treated 41 runners for heat-related illness, and two were taken to Taurima Hospital", 0, "The ambulance service", "said"),
    ("i", "both were in a stable condition on Sunday evening", 0, "A spokeswoman for the hospital", "said"),
    ("i", "organisers had added two extra water stations after last year’s race, and would look at starting earlier if temperatures kept rising", 0, "Fiona Hetaraka", "said"),
    ("d", "I was still on the course when she finished,", 0, "Hine Tautahi", "said"),
    ("d", "Someone told me over the loudspeaker, and I just about stopped running.", 0, "Hine Tautahi", None),
    ("i", "she would now focus on her exams, which start in a fortnight", 0, "Mere Tautahi", "said"),
    ("m", "it was “a bit early to think about that”", 0, "Mere Tautahi", "said"),
    ("i", "Her university has offered her a sports scholarship", 0, "Rēwiti Tapsell", "said"),
], {
    "Mere Tautahi": ["Mere Tautahi", "Tautahi"],
    "Rēwiti Tapsell": ["Rēwiti Tapsell", "Tapsell", "Her coach"],
    "Daniel Kiprono": ["Daniel Kiprono", "Kiprono"],
    "Fiona Hetaraka": ["Fiona Hetaraka", "Hetaraka", "the race director"],
    "The ambulance service": ["The ambulance service"],
    "A spokeswoman for the hospital": ["A spokeswoman for the hospital"],
    "Hine Tautahi": ["Hine Tautahi"],
}))

run("marathon", P)
