from make import run

P = []

P.append(("""
A 19-year-old man has been charged after a string of car break-ins in Ashgrove, police said on Sunday.

Officers arrested the man on Harbour Street early on Saturday after a call from a resident. He is due to appear in Ashgrove Magistrates Court on Monday.

Sergeant Leah Dunmore said drivers should keep valuables out of sight. “Most of these thefts take less than thirty seconds,” she said. “A bag on the back seat is an invitation.”
""", [
    ("i", "A 19-year-old man has been charged after a string of car break-ins in Ashgrove", 0, "police", "said"),
    ("i", "drivers should keep valuables out of sight", 0, "Leah Dunmore", "said"),
    ("d", "Most of these thefts take less than thirty seconds,", 0, "Leah Dunmore", "said"),
    ("d", "A bag on the back seat is an invitation.", 0, "Leah Dunmore", None),
], {
    "police": ["police"],
    "Leah Dunmore": ["Sergeant Leah Dunmore", "Leah Dunmore"],
}))

P.append(("""
Police in Drayton are asking for help to find a 72-year-old woman who has not been seen since Tuesday afternoon.

Edna Pullman was last seen leaving her home on Cressy Lane. She is 5'4", of slim build, with short grey hair, and was wearing a red raincoat.

Her family is very worried about her, Drayton Police Service said in a statement. Inspector Rohan Baptiste told reporters that searchers had covered the nearby woodland overnight. “We have dogs and a drone out, and we will keep going,” he said.

Anyone with information is asked to call 0800 555 0199.
""", [
    ("i", "Her family is very worried about her", 0, "Drayton Police Service", "said"),
    ("i", "searchers had covered the nearby woodland overnight", 0, "Rohan Baptiste", "told"),
    ("d", "We have dogs and a drone out, and we will keep going,", 0, "Rohan Baptiste", "said"),
], {
    "Drayton Police Service": ["Police in Drayton", "Drayton Police Service"],
    "Rohan Baptiste": ["Inspector Rohan Baptiste", "Rohan Baptiste"],
}))

P.append(('''
Detectives investigating the robbery of a jewellery store in Millbrook have released an image of a man known locally as "Birdie".

Two men entered Castell Jewellers on Queen Street shortly after it opened on Wednesday and threatened staff with a hammer, Detective Sergeant Owen Tracy said. They left with watches worth about $40,000.

Shop manager Sandra Kell said her staff were shaken but unhurt. "It was over in two minutes," she said. "I keep replaying it."

Tracy said the second man was about 6 feet tall and had a tattoo on his neck.
''', [
    ("i", "Two men entered Castell Jewellers on Queen Street shortly after it opened on Wednesday and threatened staff with a hammer", 0, "Owen Tracy", "said"),
    ("i", "her staff were shaken but unhurt", 0, "Sandra Kell", "said"),
    ("d", "It was over in two minutes,", 0, "Sandra Kell", "said"),
    ("d", "I keep replaying it.", 0, "Sandra Kell", None),
    ("i", "the second man was about 6 feet tall and had a tattoo on his neck", 0, "Owen Tracy", "said"),
], {
    "Owen Tracy": ["Detective Sergeant Owen Tracy", "Owen Tracy", "Tracy"],
    "Sandra Kell": ["Shop manager Sandra Kell", "Sandra Kell"],
}))

P.append(("""
One person died and two were taken to hospital after a head-on crash on Route 9 near Pell’s Crossing on Friday night.

According to Highway Patrol Lieutenant Carla Venn, a northbound pickup truck crossed the centre line and struck a minivan. The driver of the pickup, a 52-year-old man from Oakfield, died at the scene.

The road was closed for eight hours. Venn said speed appeared to be a factor but that the investigation was at an early stage.

Local resident Mark Oyelaran, who lives near the crossing, said he had been asking the county for a guardrail for years. “Something like this was always going to happen,” he told the Pell’s Crossing Courier.
""", [
    ("i", "a northbound pickup truck crossed the centre line and struck a minivan", 0, "Carla Venn", "According to"),
    ("i", "speed appeared to be a factor but that the investigation was at an early stage", 0, "Carla Venn", "said"),
    ("i", "he had been asking the county for a guardrail for years", 0, "Mark Oyelaran", "said"),
    ("d", "Something like this was always going to happen,", 0, "Mark Oyelaran", "told"),
], {
    "Carla Venn": ["Highway Patrol Lieutenant Carla Venn", "Carla Venn", "Venn"],
    "Mark Oyelaran": ["Local resident Mark Oyelaran", "Mark Oyelaran"],
}))

P.append(("""
Police in Westvale have warned older residents about a phone scam in which callers pretend to be bank staff.

At least nine people have lost money since the start of the month, the Westvale Police Department said. The victims were persuaded to move their savings into a so-called “safe account”.

“Your bank will never ask you to do that. Never,” Detective Constable Amira Shah posted on the department’s social media page on Thursday.

Shah said anyone who had received such a call should hang up and ring their bank on a number they trust.
""", [
    ("i", "At least nine people have lost money since the start of the month", 0, "Westvale Police Department", "said"),
    ("d", "Your bank will never ask you to do that. Never,", 0, "Amira Shah", "posted"),
    ("i", "anyone who had received such a call should hang up and ring their bank on a number they trust", 0, "Amira Shah", "said"),
], {
    "Westvale Police Department": ["Police in Westvale", "the Westvale Police Department"],
    "Amira Shah": ["Detective Constable Amira Shah", "Amira Shah", "Shah"],
}))

P.append(("""
A teenager is in a serious condition after being stabbed outside a takeaway in Northfield late on Saturday.

Detective Inspector Grace Mallory said officers were called to Hythe Road just before midnight. “This was a frightening incident in a busy area,” she said, “and we know a lot of people saw what happened.”

A 17-year-old boy has been arrested. His mother, who asked not to be named, said he had been at home all evening. Takeaway owner Yusuf Demir said his staff had given first aid until the ambulance came. He said he had closed the shop on Sunday as a mark of respect.
""", [
    ("i", "officers were called to Hythe Road just before midnight", 0, "Grace Mallory", "said"),
    ("d", "This was a frightening incident in a busy area,", 0, "Grace Mallory", "said"),
    ("d", "and we know a lot of people saw what happened.", 0, "Grace Mallory", "said"),
    ("i", "he had been at home all evening", 0, "his mother", "said"),
    ("i", "his staff had given first aid until the ambulance came", 0, "Yusuf Demir", "said"),
    ("i", "he had closed the shop on Sunday as a mark of respect", 0, "Yusuf Demir", "said"),
], {
    "Grace Mallory": ["Detective Inspector Grace Mallory", "Grace Mallory"],
    "his mother": ["His mother"],
    "Yusuf Demir": ["Takeaway owner Yusuf Demir", "Yusuf Demir"],
}))

P.append(('''
Lakeport Police Chief Hamid Barrow says burglaries in the city fell by a third last year.

Speaking at the department's annual briefing on Tuesday, Barrow said the force had added 40 officers to neighbourhood beats since 2022.

"People tell me they want to see a face, not a car driving past," he said. "That's what we've given them.

"We're not done. There are still streets where people don't feel safe at night."

Police union president Carla Nunes said the numbers were welcome but that her members were "stretched to breaking point."
''', [
    ("i", "burglaries in the city fell by a third last year", 0, "Hamid Barrow", "says"),
    ("i", "the force had added 40 officers to neighbourhood beats since 2022", 0, "Hamid Barrow", "said"),
    ("d", "People tell me they want to see a face, not a car driving past,", 0, "Hamid Barrow", "said"),
    ("d", "That's what we've given them.\n\n\"We're not done. There are still streets where people don't feel safe at night.", 0, "Hamid Barrow", None),
    ("m", 'the numbers were welcome but that her members were "stretched to breaking point."', 0, "Carla Nunes", "said"),
], {
    "Hamid Barrow": ["Lakeport Police Chief Hamid Barrow", "Hamid Barrow", "Barrow"],
    "Carla Nunes": ["Police union president Carla Nunes", "Carla Nunes"],
}))

run("police", P)
