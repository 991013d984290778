from make import run

P = []

# Canadian town council, curly marks, "Coun." before names: "voting
# against", "a report showed", "a study found", "proposed" with a noun
# object, "moved to defer", "urged council to", "called X “Y”" and a
# mixed clause in one sentence.
P.append(("""
Pinecrest council approves tax hike, delays arena vote

Pinecrest homeowners will pay about $140 more in property taxes this year after town council approved a 4.8 per cent increase on Tuesday night, but councillors put off a decision on the future of the town’s aging arena.

The budget passed 6-1, with Coun. Heather Vandersteen voting against. She said residents on fixed incomes could not keep absorbing increases of that size. “I hear from seniors every week who are choosing between groceries and their tax bill,” Vandersteen said. “We have to find another way.”

Mayor Gord Baptiste said the increase was driven by the cost of policing, which rose 11 per cent under a new provincial contract, and by repairs to the water treatment plant.

“Nobody on this council likes raising taxes,” Baptiste said. “But the bills are real, and the pipes don’t fix themselves.”

Treasurer Mélanie Fortier told council that without the increase, the town would have had to dip into reserves for a third straight year. A report from her department showed reserves had fallen to $2.3 million from $5.1 million in 2021.

The bigger debate of the night was over the Pinecrest Memorial Arena, built in 1968. An engineering study presented in March found the roof trusses would need to be replaced within five years at a cost of about $6 million.

A staff report proposed a $14-million plan to build a new twin-pad arena on land next to the high school. Coun. Raj Sandhu moved to defer the vote until September so the town could apply for federal infrastructure funding.

“If we go now, we go alone,” Sandhu said. “If we wait four months, there’s a real chance the federal government pays a third of it.”

The motion to defer passed 5-2.

About 60 people packed the council chamber, many of them wearing jerseys from the Pinecrest Flyers, the town’s junior B team. Flyers president Sandy Kowalchuk told council the team could not survive another season of uncertainty.

“Families are already asking whether they should register their kids in Dorval Creek instead,” he said. “Every month we wait, we lose a few more.”

Resident Bev Marchetti, who spoke during the public comment period, urged council to renovate the existing arena rather than build a new one. She called the current building “the heart of this town” and said tearing it down would be “like tearing up the family photos.”

Baptiste said council would hold a public meeting on the arena in June. He said he expected the debate to be “long and loud, which is how it should be.”

The 2025 budget also includes $400,000 for sidewalk repairs on Queen Street and a new part-time bylaw officer.
""", [
    ("i", "residents on fixed incomes could not keep absorbing increases of that size", 0, "Heather Vandersteen", "said"),
    ("d", "I hear from seniors every week who are choosing between groceries and their tax bill,", 0, "Heather Vandersteen", "said"),
    ("d", "We have to find another way.", 0, "Heather Vandersteen", None),
    ("i", "the increase was driven by the cost of policing, which rose 11 per cent under a new provincial contract, and by repairs to the water treatment plant", 0, "Gord Baptiste", "said"),
    ("d", "Nobody on this council likes raising taxes,", 0, "Gord Baptiste", "said"),
    ("d", "But the bills are real, and the pipes don’t fix themselves.", 0, "Gord Baptiste", None),
    ("i", "without the increase, the town would have had to dip into reserves for a third straight year", 0, "Mélanie Fortier", "told"),
    ("d", "If we go now, we go alone,", 0, "Raj Sandhu", "said"),
    ("d", "If we wait four months, there’s a real chance the federal government pays a third of it.", 0, "Raj Sandhu", None),
    ("i", "the team could not survive another season of uncertainty", 0, "Sandy Kowalchuk", "told"),
    ("d", "Families are already asking whether they should register their kids in Dorval Creek instead,", 0, "Sandy Kowalchuk", "said"),
    ("d", "Every month we wait, we lose a few more.", 0, "Sandy Kowalchuk", None),
    ("m", "the current building “the heart of this town”", 0, "Bev Marchetti", "called"),
    ("m", "tearing it down would be “like tearing up the family photos.”", 0, "Bev Marchetti", "said"),
    ("i", "council would hold a public meeting on the arena in June", 0, "Gord Baptiste", "said"),
    ("m", "he expected the debate to be “long and loud, which is how it should be.”", 0, "Gord Baptiste", "said"),
], {
    "Heather Vandersteen": ["Coun. Heather Vandersteen", "Vandersteen"],
    "Gord Baptiste": ["Mayor Gord Baptiste", "Baptiste"],
    "Mélanie Fortier": ["Treasurer Mélanie Fortier"],
    "Raj Sandhu": ["Coun. Raj Sandhu", "Sandhu"],
    "Sandy Kowalchuk": ["Flyers president Sandy Kowalchuk"],
    "Bev Marchetti": ["Resident Bev Marchetti"],
}))

# Australian shire council, straight marks, "Cr" before names: "plans to",
# "expects", "moved an amendment", a nickname in marks, "his report found",
# "confirmed ... but declined to comment", an unnamed spokeswoman.
P.append(('''
Shire votes to close Tallong tip despite petition

Tallowood Shire councillors have voted to close the Tallong waste transfer station from July, despite a petition signed by more than 1,100 residents.

The decision, made at Wednesday's ordinary meeting, passed five votes to four after almost three hours of debate.

Mayor Cr Leanne Hutchings said the shire could no longer justify spending $380,000 a year to run a site that handled less than 4 per cent of the region's rubbish. "I know this isn't popular," Cr Hutchings said. "But we have a responsibility to every ratepayer, not just the ones who live closest to the tip."

Residents will instead be directed to the larger facility at Bimbi, a 35-minute drive away. The shire plans to run a free monthly bulky-waste collection in Tallong and expects to start it in August.

Cr Phil Drummond, who lives in Tallong, said the closure would lead to more illegal dumping in state forest and along creek lines. "You watch," he told the meeting. "Within six months we'll be paying contractors to pick up mattresses from the side of the road."

The petition was organised by the Tallong Progress Association. Its secretary, Margaret "Peg" O'Rourke, said the association had not been consulted before the proposal went to council.

"We found out about it from a Facebook post," Mrs O'Rourke said. "That's not consultation. That's an announcement."

A shire spokeswoman said residents had been invited to comment during a six-week consultation period in February and March, and that 212 submissions were received.

Council's director of infrastructure, Sanjay Iyer, told councillors that the Tallong site no longer met Environment Protection Authority standards for stormwater run-off. Upgrading it would cost an estimated $1.2 million, his report found.

Cr Drummond moved an amendment to keep the site open on weekends only. It was defeated.

Local business owner Trent McAllister, who runs a landscaping supply yard in Tallong, said he was worried about the extra time his customers would spend on the road. "For a tradie with a trailer, that's an hour round trip, every trip," he said.

The Environment Protection Authority confirmed it had issued the shire with a notice about the site in 2023 but declined to comment further.

The shire said the site would close on July 1. Opening hours will be extended at Bimbi from the same date.
''', [
    ("i", "the shire could no longer justify spending $380,000 a year to run a site that handled less than 4 per cent of the region's rubbish", 0, "Leanne Hutchings", "said"),
    ("d", "I know this isn't popular,", 0, "Leanne Hutchings", "said"),
    ("d", "But we have a responsibility to every ratepayer, not just the ones who live closest to the tip.", 0, "Leanne Hutchings", None),
    ("i", "the closure would lead to more illegal dumping in state forest and along creek lines", 0, "Phil Drummond", "said"),
    ("d", "You watch,", 0, "Phil Drummond", "told"),
    ("d", "Within six months we'll be paying contractors to pick up mattresses from the side of the road.", 0, "Phil Drummond", None),
    ("i", "the association had not been consulted before the proposal went to council", 0, "Margaret O'Rourke", "said"),
    ("d", "We found out about it from a Facebook post,", 0, "Margaret O'Rourke", "said"),
    ("d", "That's not consultation. That's an announcement.", 0, "Margaret O'Rourke", None),
    ("i", "residents had been invited to comment during a six-week consultation period in February and March, and that 212 submissions were received", 0, "A shire spokeswoman", "said"),
    ("i", "the Tallong site no longer met Environment Protection Authority standards for stormwater run-off", 0, "Sanjay Iyer", "told"),
    ("i", "he was worried about the extra time his customers would spend on the road", 0, "Trent McAllister", "said"),
    ("d", "For a tradie with a trailer, that's an hour round trip, every trip,", 0, "Trent McAllister", "said"),
    ("i", "it had issued the shire with a notice about the site in 2023", 0, "Environment Protection Authority", "confirmed"),
    ("i", "the site would close on July 1", 0, "Tallowood Shire", "said"),
], {
    "Leanne Hutchings": ["Mayor Cr Leanne Hutchings", "Cr Hutchings"],
    "Phil Drummond": ["Cr Phil Drummond", "Cr Drummond"],
    "Margaret O'Rourke": ['Margaret "Peg" O\'Rourke', "Mrs O'Rourke"],
    "A shire spokeswoman": ["A shire spokeswoman"],
    "Sanjay Iyer": ["Sanjay Iyer"],
    "Trent McAllister": ["Local business owner Trent McAllister"],
    "Environment Protection Authority": ["The Environment Protection Authority"],
    "Tallowood Shire": ["Tallowood Shire", "The shire"],
}))

run("council", P)
