# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
The designer Marisol Quintero wants her new collection to be worn "by women who run for the bus, not just the runway."

Her show at Dorn Fashion Week on Friday featured flat shoes and coats with deep pockets. Sales data from the retailer Lisle & Co suggest that demand for flat shoes has overtaken heels for the first time.

Quintero plans to open a shop in Halden next spring. Critic Jonah Pryor said the show was the best of the week. Several buyers showed interest in the coats.
""", [
    ("m", 'her new collection to be worn "by women who run for the bus, not just the runway."', 0, "Marisol Quintero", "wants", "thought"),
    ("i", "demand for flat shoes has overtaken heels for the first time", 0, "Sales data from the retailer Lisle & Co", "suggest", "evidence"),
    ("i", "to open a shop in Halden next spring", 0, "Marisol Quintero", "plans", "thought"),
    ("i", "the show was the best of the week", 0, "Jonah Pryor", "said", "speech"),
], {
    "Marisol Quintero": ["Marisol Quintero", "Quintero"],
    "Sales data from the retailer Lisle & Co": ["Sales data from the retailer Lisle & Co", "Sales data"],
    "Jonah Pryor": ["Critic Jonah Pryor"],
}))

P.append(("""
Second-hand clothing now makes up one in ten garments sold in Corland, according to a report by the Textile Institute.

The report found that buyers under 25 were twice as likely as their parents to buy used clothes. “My generation grew up knowing what fast fashion does to the planet,” said Ama Owusu, 22, who sells vintage jackets online.

High-street chains fear the trend will eat into their sales. Some intend to open second-hand sections in their own stores, the institute said.
""", [
    ("i", "Second-hand clothing now makes up one in ten garments sold in Corland", 0, "a report by the Textile Institute", "according to", "evidence"),
    ("i", "buyers under 25 were twice as likely as their parents to buy used clothes", 0, "a report by the Textile Institute", "found", "evidence"),
    ("d", "My generation grew up knowing what fast fashion does to the planet,", 0, "Ama Owusu", "said", "speech"),
    ("i", "the trend will eat into their sales", 0, "High-street chains", "fear", "thought"),
    ("i", "Some intend to open second-hand sections in their own stores", 0, "the Textile Institute", "said", "speech"),
], {
    "a report by the Textile Institute": ["a report by the Textile Institute", "a report", "The report"],
    "Ama Owusu": ["Ama Owusu"],
    "High-street chains": ["High-street chains"],
    "the Textile Institute": ["the Textile Institute", "the institute"],
}))

P.append(("""
The Ardel fashion house is expected to name a new creative director this month after the sudden departure of Bruno Lacasse.

Lacasse, who led the house for nine years, told staff in an email that he wanted "to make clothes again, not spreadsheets." Company accounts show that profits fell by a third last year.

Industry insiders believe Ardel will pick someone from outside the company. Its spring show, which revealed a new logo, was widely mocked.
""", [
    ("i", "to name a new creative director this month after the sudden departure of Bruno Lacasse", 0, None, "is expected", "thought"),
    ("m", 'he wanted "to make clothes again, not spreadsheets."', 0, "Bruno Lacasse", "told", "speech"),
    ("i", "profits fell by a third last year", 0, "Company accounts", "show", "evidence"),
    ("i", "Ardel will pick someone from outside the company", 0, "Industry insiders", "believe", "thought"),
], {
    "Bruno Lacasse": ["Bruno Lacasse", "Lacasse"],
    "Company accounts": ["Company accounts"],
    "Industry insiders": ["Industry insiders"],
}))

run("fashion", P)
