from make import run

P = []

P.append(("""
‘Regeneration’, apparently. Eastwick is about to get another car park.

Last month, councillor Brenda Hollins told a packed meeting at Eastwick Town Hall that the new Market Square plan would “put the heart back into the town”. It will do no such thing. It removes forty trees and the only bench where my late father fed the pigeons.

Hollins says the scheme will pay for itself within ten years. Perhaps. But the council’s own consultants warned in 2021 that footfall in the old square had been falling for a decade, and nothing in this plan reverses that.
""", [
    ("m", "the new Market Square plan would “put the heart back into the town”", 0, "Brenda Hollins", "told"),
    ("i", "the scheme will pay for itself within ten years", 0, "Brenda Hollins", "says"),
    ("i", "footfall in the old square had been falling for a decade", 0, "the council’s own consultants", "warned"),
], {
    "Brenda Hollins": ["councillor Brenda Hollins", "Brenda Hollins", "Hollins"],
    "the council’s own consultants": ["the council’s own consultants"],
}))

P.append(('''
Every few years a government discovers "red tape". This one has discovered it four times in three years.

On Tuesday, Business Minister Colin Ferris said new rules would save small firms "thousands of hours" a year. I asked three small firms in my street what they made of that. "Which hours?" said Meera Pillai, who runs the dry cleaner's. "I still fill in the same forms."

Ferris's department says the savings will show up by 2026. I will believe it when Meera does.
''', [
    ("m", 'new rules would save small firms "thousands of hours" a year', 0, "Colin Ferris", "said"),
    ("d", "Which hours?", 0, "Meera Pillai", "said"),
    ("d", "I still fill in the same forms.", 0, "Meera Pillai", None),
    ("i", "the savings will show up by 2026", 0, "Ferris's department", "says"),
], {
    "Colin Ferris": ["Business Minister Colin Ferris", "Colin Ferris"],
    "Meera Pillai": ["Meera Pillai", "Meera"],
    "Ferris's department": ["Ferris's department"],
}))

P.append(("""
Nobody in Kestrel Vale needs telling that this has been a grim season. The ‘Valiants’, as the club’s marketing department insists on calling them, have won twice since August.

Manager Owen Brace says the players are “hurting as much as the fans”. I am not sure that is possible. What I am sure of is that supporters deserve more than the same post-match sentences every Saturday.

Season-ticket holder Margaret Dunne, 81, put it better than I can. “I’ve watched this club through three relegations,” she told me. “I don’t mind losing.

“I mind not caring.”
""", [
    ("m", "the players are “hurting as much as the fans”", 0, "Owen Brace", "says"),
    ("d", "I’ve watched this club through three relegations,", 0, "Margaret Dunne", "told"),
    ("d", "I don’t mind losing.\n\n“I mind not caring.", 0, "Margaret Dunne", None),
], {
    "Owen Brace": ["Manager Owen Brace", "Owen Brace"],
    "Margaret Dunne": ["Season-ticket holder Margaret Dunne", "Margaret Dunne"],
}))

P.append(('''
My phone now shows me, every Sunday, how many hours I spent staring at it. Last week it was 31. The phone seemed proud.

Screen time is down 12 per cent among its users, according to Fennix, the company that makes my handset. A Fennix spokesperson told me the company wanted people to have "a healthier relationship with their devices."

I'd find that more convincing if the same company had not launched a game called "Endless Garden" last month. Its chief executive, Rowan Tse, posted that the game had been downloaded five million times in a week.
''', [
    ("i", "Screen time is down 12 per cent among its users", 0, "Fennix", "according to"),
    ("m", 'the company wanted people to have "a healthier relationship with their devices."', 0, "a Fennix spokesperson", "told"),
    ("i", "the game had been downloaded five million times in a week", 0, "Rowan Tse", "posted"),
], {
    "Fennix": ["Fennix"],
    "a Fennix spokesperson": ["A Fennix spokesperson"],
    "Rowan Tse": ["Its chief executive, Rowan Tse", "Rowan Tse"],
}))

P.append(("""
Teachers are leaving the profession faster than we can train them, and the reasons are not a mystery.

Kerry Mabaso, who taught maths at Northfield High for nineteen years, left in July. She told me the paperwork had become “a second full-time job”. Her former head teacher, Ian Rudd, agrees with her. He says he lost six staff last year and replaced four.

Education Minister Gail Porter believes a pay rise will fix this. It will help. But when I asked her office about workload, a spokesman said only that the minister was “listening carefully”.
""", [
    ("m", "the paperwork had become “a second full-time job”", 0, "Kerry Mabaso", "told"),
    ("i", "he lost six staff last year and replaced four", 0, "Ian Rudd", "says"),
    ("m", "the minister was “listening carefully”", 0, "a spokesman", "said"),
], {
    "Kerry Mabaso": ["Kerry Mabaso"],
    "Ian Rudd": ["Her former head teacher, Ian Rudd", "Ian Rudd"],
    "a spokesman": ["a spokesman"],
}))

P.append(('''
Lakeport has denied its young people a decent public pool for fifteen years. It is time to stop.

The city's own review, "Swimming for All", found that one in three children in Lakeport cannot swim 25 metres. Councillor Yusuf Harrow told me this week that a new pool was "a priority, just not this year's priority."

Lifeguard Chloe Tan, 22, said she had pulled four children out of the river since June. "Every one of them said they could swim," she said.
''', [
    ("m", 'a new pool was "a priority, just not this year\'s priority."', 0, "Yusuf Harrow", "told"),
    ("i", "she had pulled four children out of the river since June", 0, "Chloe Tan", "said"),
    ("d", "Every one of them said they could swim,", 0, "Chloe Tan", "said"),
], {
    "Yusuf Harrow": ["Councillor Yusuf Harrow", "Yusuf Harrow"],
    "Chloe Tan": ["Lifeguard Chloe Tan", "Chloe Tan"],
}))

P.append(("""
By Ann Roe

Twelve inches of rain fell on Millbrook in October. The drains, built when the town was a third of its size, gave up on the 14th.

Mayor Don Kettering said afterwards that the flooding was “a once-in-a-century event”. It was the third once-in-a-century event since 2009. Engineer Lucia Brandt, who has surveyed the town’s drains, says the truth is simpler. “The pipes are too small,” she says. “They were too small in 1970.”

Kettering’s office says a drainage study will report next spring. I hope somebody reads it.
""", [
    ("m", "the flooding was “a once-in-a-century event”", 0, "Don Kettering", "said"),
    ("i", "the truth is simpler", 0, "Lucia Brandt", "says"),
    ("d", "The pipes are too small,", 0, "Lucia Brandt", "says"),
    ("d", "They were too small in 1970.", 0, "Lucia Brandt", None),
    ("i", "a drainage study will report next spring", 0, "Kettering’s office", "says"),
], {
    "Don Kettering": ["Mayor Don Kettering", "Don Kettering"],
    "Lucia Brandt": ["Engineer Lucia Brandt", "Lucia Brandt"],
    "Kettering’s office": ["Kettering’s office"],
}))

run("opinion", P)
