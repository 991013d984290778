"""Class `names`: a surname first and the full name later; honorifics and post-nominals
are never part of the name; two people sharing a surname; a given name alone."""
from make import run

P = []

P.append(('''
Work to dredge Port Alder's silted harbour will begin in April, Brannigan told the harbour board on Wednesday, ending two years of delays.

"The boats have been scraping the bottom at low tide since 2023," said harbour master Sean Brannigan, who has run the port for a decade.

Fisherman Kate Ocampo, whose trawler ran aground in March, welcomed the news. Ocampo said she would believe it "when I see the diggers." Kate Ocampo's brother, Luis, said the delay had cost the fleet "a whole season."
''', [
    ("i", "Work to dredge Port Alder's silted harbour will begin in April", 0, "Sean Brannigan", "told"),
    ("d", "The boats have been scraping the bottom at low tide since 2023,", 0, "Sean Brannigan", "said"),
    ("m", 'she would believe it "when I see the diggers."', 0, "Kate Ocampo", "said"),
    ("m", 'the delay had cost the fleet "a whole season."', 0, "Luis", "said"),
], {
    "Sean Brannigan": ["Brannigan", "harbour master Sean Brannigan", "Sean Brannigan"],
    "Kate Ocampo": ["Fisherman Kate Ocampo", "Kate Ocampo", "Ocampo"],
    "Luis": ["Luis"],
}))

P.append(('''
Lt. Marcus Dell Jr. of the Orran County Sheriff's Office said Tuesday that deputies had recovered 14 stolen tractors from a barn outside Keswin.

"Some of these machines were taken four years ago," Dell said. Sgt. Amy Royce, who led the search, said the barn's owner had been arrested.

Prof. Harold Quint, who studies rural crime at Tillary State University, said farm theft was "wildly underreported." Dr. Quint said insurers often paid out without a police report.
''', [
    ("i", "deputies had recovered 14 stolen tractors from a barn outside Keswin", 0, "Marcus Dell", "said"),
    ("d", "Some of these machines were taken four years ago,", 0, "Marcus Dell", "said"),
    ("i", "the barn's owner had been arrested", 0, "Amy Royce", "said"),
    ("m", 'farm theft was "wildly underreported."', 0, "Harold Quint", "said"),
    ("i", "insurers often paid out without a police report", 0, "Harold Quint", "said"),
], {
    "Marcus Dell": ["Lt. Marcus Dell Jr.", "Dell"],
    "Amy Royce": ["Sgt. Amy Royce"],
    "Harold Quint": ["Prof. Harold Quint", "Dr. Quint"],
}))

P.append(("""
A jury at Farleigh Crown Court has cleared a paramedic of causing a patient’s death.

Mr Keith Arlow, 44, wept as the verdict was read. His barrister, Ms Joanna Pike KC, said outside court that he had ‘lived a nightmare for three years’.

Prosecuting, Mr Richard Soames had told the jury that Mr Arlow ‘made a choice that cost a life’. Det Sgt Carol Ames said the police respected the verdict.

Dr Neema Holt, the patient’s GP, said she hoped the family would find some peace.
""", [
    ("m", "he had ‘lived a nightmare for three years’", 0, "Joanna Pike", "said"),
    ("m", "Mr Arlow ‘made a choice that cost a life’", 0, "Richard Soames", "had told"),
    ("i", "the police respected the verdict", 0, "Carol Ames", "said"),
    ("i", "she hoped the family would find some peace", 0, "Neema Holt", "said"),
], {
    "Joanna Pike": ["His barrister, Ms Joanna Pike KC", "Ms Joanna Pike KC"],
    "Richard Soames": ["Mr Richard Soames"],
    "Carol Ames": ["Det Sgt Carol Ames"],
    "Neema Holt": ["Dr Neema Holt"],
}))

P.append(("""
The Penn family has farmed at Ridley Cross for five generations, but the next one may not.

Gareth Penn, 67, said he had been offered £3 million for the land by a housing developer. “I could retire tomorrow,” he said.

His daughter Alice Penn, who manages the dairy herd, wants to keep farming. “This land fed my great-grandparents,” Penn said. “It is not a lottery ticket.”

Her father said no decision would be made before the spring.
""", [
    ("i", "he had been offered £3 million for the land by a housing developer", 0, "Gareth Penn", "said"),
    ("d", "I could retire tomorrow,", 0, "Gareth Penn", "said"),
    ("d", "This land fed my great-grandparents,", 0, "Alice Penn", "said"),
    ("d", "It is not a lottery ticket.", 0, "Alice Penn", None),
    ("i", "no decision would be made before the spring", 0, "Gareth Penn", "said"),
], {
    "Gareth Penn": ["Gareth Penn", "Her father"],
    "Alice Penn": ["His daughter Alice Penn", "Alice Penn", "Penn"],
}))

P.append(("""
Swimming coach Ines Carvalho has guided three teenagers from the tiny Marlo Bay club to the national championships.

“Ines never lets you feel sorry for yourself,” said Kit Danner, 16, who will swim the 200m butterfly. Ines said the club trained in a 25-metre pool that was “older than me.”

Club president Walter Grieve said the club had raised $8,000 for travel costs. “We sold a lot of cupcakes,” he said.
""", [
    ("d", "Ines never lets you feel sorry for yourself,", 0, "Kit Danner", "said"),
    ("m", "the club trained in a 25-metre pool that was “older than me.”", 0, "Ines Carvalho", "said"),
    ("i", "the club had raised $8,000 for travel costs", 0, "Walter Grieve", "said"),
    ("d", "We sold a lot of cupcakes,", 0, "Walter Grieve", "said"),
], {
    "Ines Carvalho": ["Swimming coach Ines Carvalho", "Ines Carvalho", "Ines"],
    "Kit Danner": ["Kit Danner"],
    "Walter Grieve": ["Club president Walter Grieve", "Walter Grieve"],
}))

P.append(("""
Rachel Dunford MP has called on ministers to reopen the Coldbrook rail line, closed since 1968.

Speaking in the Commons, Ms Dunford said a reopened line would take ‘thousands of cars off the valley road every week’.

Transport minister Mr Neil Oakes MP replied that the government would ‘look carefully’ at any bid. Mr Oakes said funding would depend on local councils contributing.

Rail campaigner Dr Yusuf Amin said he had heard ‘careful looks’ before.
""", [
    ("m", "a reopened line would take ‘thousands of cars off the valley road every week’", 0, "Rachel Dunford", "said"),
    ("m", "the government would ‘look carefully’ at any bid", 0, "Neil Oakes", "replied"),
    ("i", "funding would depend on local councils contributing", 0, "Neil Oakes", "said"),
    ("m", "he had heard ‘careful looks’ before", 0, "Yusuf Amin", "said"),
], {
    "Rachel Dunford": ["Rachel Dunford MP", "Ms Dunford"],
    "Neil Oakes": ["Transport minister Mr Neil Oakes MP", "Mr Neil Oakes MP", "Mr Oakes"],
    "Yusuf Amin": ["Rail campaigner Dr Yusuf Amin", "Dr Yusuf Amin"],
}))

P.append(('''
De la Cruz has been named the new conductor of the Hallam Philharmonic, the orchestra said on Friday.

Elena de la Cruz, 41, currently leads the Santa Ilda Chamber Orchestra. She said she was "thrilled and slightly terrified."

Board chair Mrs. Ruth van Dijk said the search had taken two years. "We interviewed 30 conductors," Mrs. van Dijk said. "Only one of them made the players laugh."

Principal cellist Jonas Ek-Larsen said de la Cruz had "the best ears in the business."
''', [
    ("i", "De la Cruz has been named the new conductor of the Hallam Philharmonic", 0, "Hallam Philharmonic", "said"),
    ("m", 'she was "thrilled and slightly terrified."', 0, "Elena de la Cruz", "said"),
    ("i", "the search had taken two years", 0, "Ruth van Dijk", "said"),
    ("d", "We interviewed 30 conductors,", 0, "Ruth van Dijk", "said"),
    ("d", "Only one of them made the players laugh.", 0, "Ruth van Dijk", None),
    ("m", 'de la Cruz had "the best ears in the business."', 0, "Jonas Ek-Larsen", "said"),
], {
    "Hallam Philharmonic": ["the Hallam Philharmonic", "the orchestra"],
    "Elena de la Cruz": ["Elena de la Cruz"],
    "Ruth van Dijk": ["Board chair Mrs. Ruth van Dijk", "Mrs. Ruth van Dijk", "Mrs. van Dijk"],
    "Jonas Ek-Larsen": ["Principal cellist Jonas Ek-Larsen", "Jonas Ek-Larsen"],
}))

run("names", P)
