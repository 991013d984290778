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
