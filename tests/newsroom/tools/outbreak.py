from make import run

P = []

# Batch 3 (blind). South African public health outbreak, curly marks, `Dr`
# without a point: content-first "..., the provincial health department
# said", "Laboratory tests confirmed the first cases" and results that
# "showed", "according to a report" (evidence, no record), a spokesperson's
# statement then his quotation, "Residents have been told to boil" (no
# record), "she said" after content, "denied that ..., saying", "asked:",
# "told the meeting that" with a quoted fragment, a national unit's
# "said" and "It has sent", "expects to" (no record), a quotation over two
# paragraphs after "said:", a picture credit; two women and three men.
P.append(("""
Typhoid outbreak: 23 cases confirmed as Mthonjeni residents told to boil water

By Thandeka Mokoena

Twenty-three people in the Mthonjeni Valley have tested positive for typhoid fever and at least 40 more are being treated as suspected cases, the provincial health department said on Tuesday.

Laboratory tests confirmed the first cases last Thursday in two children from Ekuphumleni village, who were admitted to St Agnes Hospital with high fevers.

Department spokesperson Sipho Ndlovu said in a statement that teams had been sent to test water from every communal tap and borehole in the valley. “We are treating this as an emergency,” he said. “Every day counts.”

Residents have been told to boil all drinking water for at least one minute, or to add a teaspoon of household bleach to 25 litres.

Dr Naledi Khumalo, who heads the hospital’s paediatric ward, said most of the children were responding well to antibiotics. Three remained in a serious condition, she said.

“The parents brought them in quickly, and that has made a difference,” Dr Khumalo said. “My worry is the families who live far from a clinic and are treating a fever at home with paracetamol and hoping.”

Samples taken at the Ekuphumleni reservoir showed high levels of faecal bacteria, according to a laboratory report seen by this newspaper.

The valley’s water is supplied by the Mthonjeni Local Municipality. Municipal manager Lungile Dube denied that the municipality was to blame, saying a pump station had been vandalised twice in March and that repairs had been delayed by a contractor.

Residents were not convinced. At a packed meeting in the village hall on Monday night, Nomsa Plaatjie, whose six-year-old son is in hospital, asked: “How many times must we report a broken pipe before someone comes?”

Ward councillor Andile Sithole told the meeting that he had written to the municipality about the reservoir “at least four times” since January.

“I have the letters. I will give them to anyone who asks,” he said.

The National Outbreak Response Unit said typhoid was spread through food and water contaminated by the faeces of an infected person, and was not usually passed on by casual contact. It has sent two epidemiologists to the valley.

Ndlovu said a water tanker would visit each village twice a day until the reservoir was cleaned and the pump station repaired. The municipality expects to finish the repairs by the end of the month.

Dr Khumalo said: “Typhoid is treatable. Nobody in this valley should die of it.

“But it is a disease of broken pipes. Fix the pipes, and it goes away.”

Residents queue at a water tanker in Ekuphumleni on Tuesday. Picture: Lindiwe Maseko
""", [
    ("i", "Twenty-three people in the Mthonjeni Valley have tested positive for typhoid fever and at least 40 more are being treated as suspected cases", 0, "provincial health department", "said"),
    ("i", "teams had been sent to test water from every communal tap and borehole in the valley", 0, "Sipho Ndlovu", "said"),
    ("d", "We are treating this as an emergency,", 0, "Sipho Ndlovu", "said"),
    ("d", "Every day counts.", 0, "Sipho Ndlovu", None),
    ("i", "most of the children were responding well to antibiotics", 0, "Naledi Khumalo", "said"),
    ("i", "Three remained in a serious condition", 0, "Naledi Khumalo", "said"),
    ("d", "The parents brought them in quickly, and that has made a difference,", 0, "Naledi Khumalo", "said"),
    ("d", "My worry is the families who live far from a clinic and are treating a fever at home with paracetamol and hoping.", 0, "Naledi Khumalo", None),
    ("i", "the municipality was to blame", 0, "Lungile Dube", "denied"),
    ("i", "a pump station had been vandalised twice in March and that repairs had been delayed by a contractor", 0, "Lungile Dube", "saying"),
    ("d", "How many times must we report a broken pipe before someone comes?", 0, "Nomsa Plaatjie", "asked"),
    ("m", "he had written to the municipality about the reservoir “at least four times” since January", 0, "Andile Sithole", "told"),
    ("d", "I have the letters. I will give them to anyone who asks,", 0, "Andile Sithole", "said"),
    ("i", "typhoid was spread through food and water contaminated by the faeces of an infected person, and was not usually passed on by casual contact", 0, "National Outbreak Response Unit", "said"),
    ("i", "a water tanker would visit each village twice a day until the reservoir was cleaned and the pump station repaired", 0, "Sipho Ndlovu", "said"),
    ("d", "Typhoid is treatable. Nobody in this valley should die of it.\n\n“But it is a disease of broken pipes. Fix the pipes, and it goes away.", 0, "Naledi Khumalo", "said"),
], {
    "provincial health department": ["the provincial health department"],
    "Sipho Ndlovu": ["Department spokesperson Sipho Ndlovu", "Sipho Ndlovu", "Ndlovu"],
    "Naledi Khumalo": ["Dr Naledi Khumalo", "Dr Khumalo"],
    "Lungile Dube": ["Municipal manager Lungile Dube", "Lungile Dube"],
    "Nomsa Plaatjie": ["Nomsa Plaatjie"],
    "Andile Sithole": ["Ward councillor Andile Sithole", "Andile Sithole"],
    "National Outbreak Response Unit": ["The National Outbreak Response Unit"],
}))

run("outbreak", P)
