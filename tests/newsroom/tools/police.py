from make import run

P = []

# Australian police story, curly marks: "Police say", "Police allege",
# "according to police", "urged", "called for" (no speech), a minister's
# statement, "could not be reached for comment".
P.append(("""
Man charged after stolen ute rams police car in Gindara chase

A 27-year-old man has been charged with dangerous driving and assaulting police after a stolen ute allegedly rammed a patrol car during a pursuit through Gindara early on Sunday.

Police say officers tried to stop the vehicle on the Esplanade about 2.15am after it was seen travelling at more than 120km/h in a 60 zone.

The ute allegedly failed to stop and was chased for about eight kilometres before it struck the rear of a patrol car at the intersection of Banksia Road and Mill Street.

Two senior constables, a man and a woman, were taken to Gindara Base Hospital with minor injuries and have since been released.

Acting Inspector Tania Roukos said it was “pure luck” that nobody was seriously hurt. “At that hour there are shift workers coming home, there are taxis, there are people walking,” she told reporters on Sunday afternoon. “Somebody could very easily have been killed.”

The man, from Kurrajong Flat, was arrested at the scene after a short foot chase. He had been driving on a suspended licence, according to police. He was refused bail and is due to appear in Gindara Local Court on Monday.

Police allege the ute had been stolen from a driveway in Marlo Heights on Saturday evening. Acting Inspector Roukos said detectives were also investigating whether the man was involved in a string of break-ins in the area.

She urged anyone with dashcam footage of the pursuit to contact the police assistance line.

Neighbour Colin Yeats, who lives near the intersection, said he was woken by “an almighty bang”. “I thought a tree had come down,” Mr Yeats said. “Then I saw the lights and the coppers running up the street.”

The Police Association of Westland said the crash showed the risks officers faced during pursuits. Its president, Grant Holloway, said members were “sick of being used as crash barriers” and called for tougher penalties for drivers who fail to stop.

Police Minister Deb Farrant said she would meet the association this week. “Every officer deserves to go home safely at the end of a shift,” Ms Farrant said in a statement.

Under the state’s pursuit policy, officers must end a chase if the risk to the public outweighs the need to catch the offender. Acting Inspector Roukos said the pursuit had been reviewed and was within policy.

The man’s lawyer could not be reached for comment.
""", [
    ("i", "officers tried to stop the vehicle on the Esplanade about 2.15am after it was seen travelling at more than 120km/h in a 60 zone", 0, "police", "say"),
    ("m", "it was “pure luck” that nobody was seriously hurt", 0, "Tania Roukos", "said"),
    ("d", "At that hour there are shift workers coming home, there are taxis, there are people walking,", 0, "Tania Roukos", "told"),
    ("d", "Somebody could very easily have been killed.", 0, "Tania Roukos", None),
    ("i", "He had been driving on a suspended licence", 0, "police", "according to"),
    ("i", "the ute had been stolen from a driveway in Marlo Heights on Saturday evening", 0, "police", "allege"),
    ("i", "detectives were also investigating whether the man was involved in a string of break-ins in the area", 0, "Tania Roukos", "said"),
    ("m", "he was woken by “an almighty bang”", 0, "Colin Yeats", "said"),
    ("d", "I thought a tree had come down,", 0, "Colin Yeats", "said"),
    ("d", "Then I saw the lights and the coppers running up the street.", 0, "Colin Yeats", None),
    ("i", "the crash showed the risks officers faced during pursuits", 0, "Police Association of Westland", "said"),
    ("m", "members were “sick of being used as crash barriers”", 0, "Grant Holloway", "said"),
    ("i", "she would meet the association this week", 0, "Deb Farrant", "said"),
    ("d", "Every officer deserves to go home safely at the end of a shift,", 0, "Deb Farrant", "said"),
    ("i", "the pursuit had been reviewed and was within policy", 0, "Tania Roukos", "said"),
], {
    "police": ["Police", "police"],
    "Tania Roukos": ["Acting Inspector Tania Roukos", "Acting Inspector Roukos"],
    "Colin Yeats": ["Neighbour Colin Yeats", "Mr Yeats"],
    "Police Association of Westland": ["The Police Association of Westland"],
    "Grant Holloway": ["Grant Holloway"],
    "Deb Farrant": ["Police Minister Deb Farrant", "Ms Farrant"],
}))

run("police", P)
