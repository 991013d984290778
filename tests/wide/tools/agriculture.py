# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
Dairy farmers in the Ellerby hills fear a second dry summer will force them to sell part of their herds.

Rainfall records show the region had its driest spring since 1976. "We are feeding the cows hay that was meant for the winter," said Niamh Corcoran, who milks 120 cows near Tobar.

The farmers' union wants the government to cover the cost of extra feed. Agriculture minister Pieter Jansz is expected to visit the area on Thursday. Corcoran's family has farmed the same land since her great-grandfather found it for sale in 1911.
""", [
    ("i", "a second dry summer will force them to sell part of their herds", 0, "Dairy farmers in the Ellerby hills", "fear", "thought"),
    ("i", "the region had its driest spring since 1976", 0, "Rainfall records", "show", "evidence"),
    ("d", "We are feeding the cows hay that was meant for the winter,", 0, "Niamh Corcoran", "said", "speech"),
    ("i", "the government to cover the cost of extra feed", 0, "The farmers' union", "wants", "thought"),
    ("i", "to visit the area on Thursday", 0, None, "is expected", "thought"),
], {
    "Dairy farmers in the Ellerby hills": ["Dairy farmers in the Ellerby hills", "Dairy farmers"],
    "Rainfall records": ["Rainfall records"],
    "Niamh Corcoran": ["Niamh Corcoran"],
    "The farmers' union": ["The farmers' union"],
}))

P.append(("""
Wheat yields across the Darrow plains will be the lowest in a decade, according to the latest crop report from the Grain Board.

The report found that heavy rain in June had left a fifth of the fields under water. Grain merchant Oskar Lindahl said prices had already risen by 12 per cent and would “keep climbing until the harvest is in.”

Farmers plan to plant more barley next year, a survey by the board indicates. Tom Hebden, who grows wheat near Ashby, intends to stick with the crop. “My grandfather planted wheat, and so will I,” he said.
""", [
    ("i", "Wheat yields across the Darrow plains will be the lowest in a decade", 0, "the latest crop report from the Grain Board", "according to", "evidence"),
    ("i", "heavy rain in June had left a fifth of the fields under water", 0, "the latest crop report from the Grain Board", "found", "evidence"),
    ("m", "prices had already risen by 12 per cent and would “keep climbing until the harvest is in.”", 0, "Oskar Lindahl", "said", "speech"),
    ("i", "Farmers plan to plant more barley next year", 0, "a survey by the board", "indicates", "evidence"),
    ("i", "to stick with the crop", 0, "Tom Hebden", "intends", "thought"),
    ("d", "My grandfather planted wheat, and so will I,", 0, "Tom Hebden", "said", "speech"),
], {
    "the latest crop report from the Grain Board": ["the latest crop report from the Grain Board", "the latest crop report", "The report"],
    "Oskar Lindahl": ["Grain merchant Oskar Lindahl"],
    "a survey by the board": ["a survey by the board", "a survey"],
    "Tom Hebden": ["Tom Hebden"],
}))

P.append(("""
Beekeepers in the Corve valley believe a new pesticide used on rapeseed is killing their bees.

Tests carried out by the University of Hallam found traces of the chemical in nine of twelve hives that died over the winter. Its maker, Agrivane, said the product was safe when used "as directed on the label."

Beekeeper Rhys Tanaka lost forty hives this year. "I opened the boxes and found them empty," he said. The county's beekeeping association plans to ask for a ban, and it expects a decision from the regulator by the autumn.
""", [
    ("i", "a new pesticide used on rapeseed is killing their bees", 0, "Beekeepers in the Corve valley", "believe", "thought"),
    ("i", "traces of the chemical in nine of twelve hives that died over the winter", 0, "Tests carried out by the University of Hallam", "found", "evidence"),
    ("m", 'the product was safe when used "as directed on the label."', 0, "Agrivane", "said", "speech"),
    ("d", "I opened the boxes and found them empty,", 0, "Rhys Tanaka", "said", "speech"),
    ("i", "to ask for a ban", 0, "The county's beekeeping association", "plans", "thought"),
    ("i", "a decision from the regulator by the autumn", 0, "The county's beekeeping association", "expects", "thought"),
], {
    "Beekeepers in the Corve valley": ["Beekeepers in the Corve valley", "Beekeepers"],
    "Tests carried out by the University of Hallam": ["Tests carried out by the University of Hallam", "Tests"],
    "Agrivane": ["Agrivane", "Its maker"],
    "Rhys Tanaka": ["Beekeeper Rhys Tanaka"],
    "The county's beekeeping association": ["The county's beekeeping association"],
}))

run("agriculture", P)
