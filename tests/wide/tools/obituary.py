# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
Hedda Varnhus, the botanist who catalogued more than 3,000 plants in the Vessel mountains, has died at the age of 91, her family said.

Colleagues believe her field notes, kept in 64 notebooks, are the most complete record of the region's flora. "She walked every valley twice," said her former student, Professor Arne Dahl.

Her family plans a small funeral in her home village of Ostervik. The university intends to put her notebooks online, according to its library.
""", [
    ("i", "Hedda Varnhus, the botanist who catalogued more than 3,000 plants in the Vessel mountains, has died at the age of 91", 0, "her family", "said", "speech"),
    ("i", "her field notes, kept in 64 notebooks, are the most complete record of the region's flora", 0, "Colleagues", "believe", "thought"),
    ("d", "She walked every valley twice,", 0, "Arne Dahl", "said", "speech"),
    ("i", "a small funeral in her home village of Ostervik", 0, "her family", "plans", "thought"),
    ("i", "The university intends to put her notebooks online", 0, "its library", "according to", "speech"),
], {
    "her family": ["her family", "Her family"],
    "Colleagues": ["Colleagues"],
    "Arne Dahl": ["Professor Arne Dahl", "her former student"],
    "its library": ["its library"],
}))

P.append(("""
Tommy Brack, the goalkeeper who kept Ardmore Rovers in the top division for a decade, died on Sunday at the age of 78.

Club records show he played 612 games, more than anyone else in the club's history. "He was the bravest man I ever shared a dressing room with," said his former captain, Des Moloney.

Fans believe his save in the 1974 cup final was the finest ever seen at the ground. Brack found a second career as a pub landlord after he retired in 1981. The club hopes to name its new stand after him, chairman Eoin Hale said.
""", [
    ("i", "he played 612 games, more than anyone else in the club's history", 0, "Club records", "show", "evidence"),
    ("d", "He was the bravest man I ever shared a dressing room with,", 0, "Des Moloney", "said", "speech"),
    ("i", "his save in the 1974 cup final was the finest ever seen at the ground", 0, "Fans", "believe", "thought"),
    ("i", "The club hopes to name its new stand after him", 0, "Eoin Hale", "said", "speech"),
], {
    "Club records": ["Club records"],
    "Des Moloney": ["Des Moloney", "his former captain"],
    "Fans": ["Fans"],
    "Eoin Hale": ["chairman Eoin Hale"],
}))

P.append(("""
The jazz pianist Celia Ombwe, whose recordings from the 1960s are still played around the world, has died in Ravelle at 86, her publisher announced.

Ombwe wanted to be a doctor, but a scholarship took her to a music school in Sorrel instead. Friends say she practised for six hours a day well into her eighties.

“She heard music in everything, even the rain,” said the saxophonist Leo Farrant, who toured with her in the 1970s. A documentary about her life is expected to be released next year. Her final album, recorded in 2019, showed she had lost none of her touch, critics wrote.
""", [
    ("i", "The jazz pianist Celia Ombwe, whose recordings from the 1960s are still played around the world, has died in Ravelle at 86", 0, "her publisher", "announced", "speech"),
    ("i", "to be a doctor", 0, "Celia Ombwe", "wanted", "thought"),
    ("i", "she practised for six hours a day well into her eighties", 0, "Friends", "say", "speech"),
    ("d", "She heard music in everything, even the rain,", 0, "Leo Farrant", "said", "speech"),
    ("i", "to be released next year", 0, None, "is expected", "thought"),
    ("i", "Her final album, recorded in 2019, showed she had lost none of her touch", 0, "critics", "wrote", "speech"),
], {
    "her publisher": ["her publisher"],
    "Celia Ombwe": ["Celia Ombwe", "Ombwe"],
    "Friends": ["Friends"],
    "Leo Farrant": ["Leo Farrant"],
    "critics": ["critics"],
}))

run("obituary", P)
