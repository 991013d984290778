# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
The congregation of St Aldric's in Wendham hopes to raise 400,000 pounds to repair the church's leaking roof.

A survey of the building found that the medieval timbers are riddled with beetle. The Rev Judith Ames told worshippers on Sunday that the church would stay open "for as long as it is safe."

Some parishioners worry that the appeal will fall short. Ames believes the village will rally round. Last year the church's bells showed their age when one of them cracked during a wedding.
""", [
    ("i", "to raise 400,000 pounds to repair the church's leaking roof", 0, "The congregation of St Aldric's in Wendham", "hopes", "thought"),
    ("i", "the medieval timbers are riddled with beetle", 0, "A survey of the building", "found", "evidence"),
    ("m", 'the church would stay open "for as long as it is safe."', 0, "Judith Ames", "told", "speech"),
    ("i", "the appeal will fall short", 0, "Some parishioners", "worry", "thought"),
    ("i", "the village will rally round", 0, "Judith Ames", "believes", "thought"),
], {
    "The congregation of St Aldric's in Wendham": ["The congregation of St Aldric's in Wendham", "The congregation"],
    "A survey of the building": ["A survey of the building", "A survey"],
    "Judith Ames": ["The Rev Judith Ames", "Ames"],
    "Some parishioners": ["Some parishioners"],
}))

P.append(("""
Leaders of the Ravenmoor mosque plan to open a food bank in its basement this winter.

Imam Yusuf Hadley said demand for emergency food in the town had “never been higher.” Figures from the local food network show that it handed out 9,000 parcels last year, up from 5,000 in 2022.

Volunteers from two churches intend to help run the food bank. “Hunger does not ask what you believe,” said Mary Lusk, a churchwarden at St Ebba's. The mosque's plans for an extension were approved last spring.
""", [
    ("i", "to open a food bank in its basement this winter", 0, "Leaders of the Ravenmoor mosque", "plan", "thought"),
    ("m", "demand for emergency food in the town had “never been higher.”", 0, "Yusuf Hadley", "said", "speech"),
    ("i", "it handed out 9,000 parcels last year, up from 5,000 in 2022", 0, "Figures from the local food network", "show", "evidence"),
    ("i", "to help run the food bank", 0, "Volunteers from two churches", "intend", "thought"),
    ("d", "Hunger does not ask what you believe,", 0, "Mary Lusk", "said", "speech"),
], {
    "Leaders of the Ravenmoor mosque": ["Leaders of the Ravenmoor mosque", "Leaders"],
    "Yusuf Hadley": ["Imam Yusuf Hadley"],
    "Figures from the local food network": ["Figures from the local food network", "Figures"],
    "Volunteers from two churches": ["Volunteers from two churches", "Volunteers"],
    "Mary Lusk": ["Mary Lusk"],
}))

P.append(("""
A study by the Centre for Faith and Society suggests that church attendance in the Lorne region has fallen by a third in ten years.

The centre's director, Dr Helen Marsh, said younger people were "not hostile, just absent." Its data show that online services had drawn large audiences during the pandemic.

Bishop Andrew Kole thinks smaller parishes should share their clergy. He is expected to set out his plans at a synod in May. Many clergy fear the merger of parishes will leave rural villages without a priest.
""", [
    ("i", "church attendance in the Lorne region has fallen by a third in ten years", 0, "A study by the Centre for Faith and Society", "suggests", "evidence"),
    ("m", 'younger people were "not hostile, just absent."', 0, "Helen Marsh", "said", "speech"),
    ("i", "online services had drawn large audiences during the pandemic", 0, "Its data", "show", "evidence"),
    ("i", "smaller parishes should share their clergy", 0, "Andrew Kole", "thinks", "thought"),
    ("i", "to set out his plans at a synod in May", 0, None, "is expected", "thought"),
    ("i", "the merger of parishes will leave rural villages without a priest", 0, "Many clergy", "fear", "thought"),
], {
    "A study by the Centre for Faith and Society": ["A study by the Centre for Faith and Society", "A study"],
    "Helen Marsh": ["Dr Helen Marsh", "The centre's director"],
    "Its data": ["Its data"],
    "Andrew Kole": ["Bishop Andrew Kole"],
    "Many clergy": ["Many clergy"],
}))

run("religion", P)
