from make import run

P = []

P.append(("""
People who sleep fewer than six hours a night are more likely to catch colds, a new study suggests.

The study, by researchers at Vellmoor University, followed 900 adults for two years. Lead author Dr Hana Okoro said the link held "even after we allowed for age and smoking."

She wants to test whether longer sleep can reverse the effect. The study of sleep has grown quickly over the past decade.
""", [
    ("i", "People who sleep fewer than six hours a night are more likely to catch colds", 0, "a new study", "suggests", "evidence"),
    ("m", 'the link held "even after we allowed for age and smoking."', 0, "Hana Okoro", "said", "speech"),
    ("i", "to test whether longer sleep can reverse the effect", 0, "Hana Okoro", "wants", "thought"),
], {
    "a new study": ["a new study"],
    "Hana Okoro": ["Lead author Dr Hana Okoro"],
}))

P.append(("""
A hospital trust in Marlow has closed two wards after an outbreak of norovirus.

Infection data show that 31 patients and 12 staff have fallen ill since Friday. Chief nurse Judith Eyre said visiting was limited to one person per patient.

The trust hopes to reopen the wards next week. Test results showed no other infections.
""", [
    ("i", "31 patients and 12 staff have fallen ill since Friday", 0, "Infection data", "show", "evidence"),
    ("i", "visiting was limited to one person per patient", 0, "Judith Eyre", "said", "speech"),
    ("i", "to reopen the wards next week", 0, "The trust", "hopes", "thought"),
    ("i", "no other infections", 0, "Test results", "showed", "evidence"),
], {
    "Infection data": ["Infection data"],
    "Judith Eyre": ["Chief nurse Judith Eyre"],
    "The trust": ["A hospital trust in Marlow", "The trust"],
    "Test results": ["Test results"],
}))

P.append(("""
A drug used for arthritis may slow the loss of memory in older people, early trial results indicate.

The trial, run by Corvin Pharma, gave the drug to 120 volunteers. Neurologist Dr Emil Strand, who was not involved, said the results were "promising but small."

Corvin plans to start a larger trial next year. Doctors doubt the drug will be ready before 2030.
""", [
    ("i", "A drug used for arthritis may slow the loss of memory in older people", 0, "early trial results", "indicate", "evidence"),
    ("m", 'the results were "promising but small."', 0, "Emil Strand", "said", "speech"),
    ("i", "to start a larger trial next year", 0, "Corvin Pharma", "plans", "thought"),
    ("i", "the drug will be ready before 2030", 0, "Doctors", "doubt", "thought"),
], {
    "early trial results": ["early trial results"],
    "Emil Strand": ["Neurologist Dr Emil Strand"],
    "Corvin Pharma": ["Corvin Pharma", "Corvin"],
    "Doctors": ["Doctors"],
}))

P.append(("""
Astronomers have found water vapour in the air of a planet 90 light years away.

"This is the smallest planet where we have seen water," said Dr Leona Faye of the Kessin Institute. Her team's measurements suggest the planet may have a thick layer of cloud.

Dr Faye showed the spectrum at a conference in Oster. She expects other teams to check the result within a year.
""", [
    ("d", "This is the smallest planet where we have seen water,", 0, "Leona Faye", "said", "speech"),
    ("i", "the planet may have a thick layer of cloud", 0, "Her team's measurements", "suggest", "evidence"),
    ("i", "other teams to check the result within a year", 0, "Leona Faye", "expects", "thought"),
], {
    "Leona Faye": ["Dr Leona Faye", "Dr Faye"],
    "Her team's measurements": ["Her team's measurements"],
}))

run("health", P)

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
A daily walk of twenty minutes may cut the risk of heart disease by a tenth, a study from the University of Ferrand suggests.

The researchers tracked 9,000 adults for eight years. Their data show that the benefit was largest among people over sixty. Lead author Dr Hamid Olusola said the findings were "encouraging but not a licence to skip the gym."

Dr Olusola plans a second study of people with diabetes. The university's new sports centre, which will show the results on a screen in its foyer, opens next month.
""", [
    ("i", "A daily walk of twenty minutes may cut the risk of heart disease by a tenth", 0, "a study from the University of Ferrand", "suggests", "evidence"),
    ("i", "the benefit was largest among people over sixty", 0, "Their data", "show", "evidence"),
    ("m", 'the findings were "encouraging but not a licence to skip the gym."', 0, "Hamid Olusola", "said", "speech"),
    ("i", "a second study of people with diabetes", 0, "Hamid Olusola", "plans", "thought"),
], {
    "a study from the University of Ferrand": ["a study from the University of Ferrand", "a study"],
    "Their data": ["Their data"],
    "Hamid Olusola": ["Lead author Dr Hamid Olusola", "Dr Olusola"],
}))

B2.append(("""
Health officials in Lanmore fear that a measles outbreak at two primary schools could spread to nearby towns.

Eleven children have been treated in hospital since Monday, according to the regional health board. Vaccination records indicate that fewer than eight in ten pupils at the schools had received both doses.

“Measles is not a mild illness,” said Dr Ciara Munt, the board's director of public health. She wants parents to check their children's records before the holidays. Many families intend to do so this week, a survey by the parents' association found.
""", [
    ("i", "a measles outbreak at two primary schools could spread to nearby towns", 0, "Health officials in Lanmore", "fear", "thought"),
    ("i", "Eleven children have been treated in hospital since Monday", 0, "the regional health board", "according to", "speech"),
    ("i", "fewer than eight in ten pupils at the schools had received both doses", 0, "Vaccination records", "indicate", "evidence"),
    ("d", "Measles is not a mild illness,", 0, "Ciara Munt", "said", "speech"),
    ("i", "parents to check their children's records before the holidays", 0, "Ciara Munt", "wants", "thought"),
    ("i", "Many families intend to do so this week", 0, "a survey by the parents' association", "found", "evidence"),
], {
    "Health officials in Lanmore": ["Health officials in Lanmore", "Health officials"],
    "the regional health board": ["the regional health board"],
    "Vaccination records": ["Vaccination records"],
    "Ciara Munt": ["Dr Ciara Munt"],
    "a survey by the parents' association": ["a survey by the parents' association", "a survey"],
}))

B2.append(("""
A new blood test can detect early signs of bowel cancer in nine cases out of ten, according to the results of a trial published on Wednesday.

The trial, run at six hospitals in Verland, found the test missed very few tumours. Professor Ilse Damrow, who led it, expects the test to be offered to patients within two years.

Some doctors worry that it will produce too many false alarms. "We need to see how it works outside a trial," said Dr Kwame Asante, a bowel surgeon. He showed little enthusiasm for a national roll-out.
""", [
    ("i", "A new blood test can detect early signs of bowel cancer in nine cases out of ten", 0, "the results of a trial published on Wednesday", "according to", "evidence"),
    ("i", "the test missed very few tumours", 0, "The trial", "found", "evidence"),
    ("i", "the test to be offered to patients within two years", 0, "Ilse Damrow", "expects", "thought"),
    ("i", "it will produce too many false alarms", 0, "Some doctors", "worry", "thought"),
    ("d", "We need to see how it works outside a trial,", 0, "Kwame Asante", "said", "speech"),
], {
    "the results of a trial published on Wednesday": ["the results of a trial published on Wednesday", "the results of a trial", "the results"],
    "The trial": ["The trial"],
    "Ilse Damrow": ["Professor Ilse Damrow"],
    "Some doctors": ["Some doctors"],
    "Kwame Asante": ["Dr Kwame Asante"],
}))

run("health", B2, first=5)
