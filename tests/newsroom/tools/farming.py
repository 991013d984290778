from make import run

P = []

# Batch 2 (blind). Irish agriculture, curly marks, `Mr`/`Ms` without a
# point, Irish names with fadas: a fodder shortage, "estimates" (no
# record), "predicted that" (a record), a farm body's president, a department's
# statement, "a spokeswoman for the Minister", "told the Herald",
# "warned", bales that "sold for", a mart manager, "some farmers say".
P.append(("""
Farmers count the cost as fodder runs short after wet summer

By Ciarán Mac Giolla
Farming Editor

Dairy and beef farmers across Co Ardmoyle are paying up to twice last year’s price for silage and hay, after one of the wettest summers on record left many with barely half the winter feed they need.

A round bale of silage that sold for about €30 last spring is now making €55 to €60 at marts in the county, and some farmers say they have been offered bales from Britain at higher prices still.

Síle Ní Dhonnchadha, who milks 90 cows near Ballinafad, said she had managed only one cut of silage, in late June, when she would normally take three.

“We stood in the yard and watched it rain for eight weeks,” she told the Ardmoyle Herald. “The grass was there, but you couldn’t put a machine on the ground without sinking it.”

She said she had already sold 12 of her older cows to stretch her feed, and was considering selling more.

The president of the Western Farmers’ Association, Pádraig Flood, said the situation was “the worst I have seen in thirty years of farming”. He warned that some smaller farms might not survive the spring without help.

“These are not people who were careless,” Mr Flood said. “They did everything right and the weather beat them.”

The association estimates that about 2,000 farms in the region are short of fodder. It wants the Government to bring back a transport subsidy for feed moved from drier counties, which was last offered in 2018.

A spokeswoman for the Minister for Agriculture, Úna Costigan, said the Minister was “acutely aware” of the pressure on farmers and would meet farm organisations next week.

In a statement, the Department of Agriculture said it had asked its advisers to help every affected farm draw up a feed budget. Advisers would visit farms free of charge from Monday, it said.

At Clonbrack mart on Thursday, manager Declan Ruane said numbers of cattle for sale were up by a third on the same week last year.

“Lads are selling weanlings they’d normally keep over the winter,” he said. “That’s money they won’t see next year.”

Mr Ruane predicted that prices for young cattle would fall further before Christmas.

Teagan Moriarty, a fodder merchant from Kilcreen, said demand had “gone through the roof” since September. She said she had turned away more than 40 callers in a single week.

A monthly summary issued by the national forecaster shows that rainfall at its Ardmoyle station was 170 per cent of the long-term average between June and August.

Ms Ní Dhonnchadha said she was trying to stay positive. “The cows are fine. The family is fine,” she said. “We’ll get there.”
""", [
    ("i", "she had managed only one cut of silage, in late June, when she would normally take three", 0, "Síle Ní Dhonnchadha", "said"),
    ("d", "We stood in the yard and watched it rain for eight weeks,", 0, "Síle Ní Dhonnchadha", "told"),
    ("d", "The grass was there, but you couldn’t put a machine on the ground without sinking it.", 0, "Síle Ní Dhonnchadha", None),
    ("i", "she had already sold 12 of her older cows to stretch her feed, and was considering selling more", 0, "Síle Ní Dhonnchadha", "said"),
    ("i", "they have been offered bales from Britain at higher prices still", 0, "some farmers", "say"),
    ("m", "the situation was “the worst I have seen in thirty years of farming”", 0, "Pádraig Flood", "said"),
    ("i", "some smaller farms might not survive the spring without help", 0, "Pádraig Flood", "warned"),
    ("d", "These are not people who were careless,", 0, "Pádraig Flood", "said"),
    ("d", "They did everything right and the weather beat them.", 0, "Pádraig Flood", None),
    ("m", "the Minister was “acutely aware” of the pressure on farmers and would meet farm organisations next week", 0, "A spokeswoman for the Minister for Agriculture", "said"),
    ("i", "it had asked its advisers to help every affected farm draw up a feed budget", 0, "Department of Agriculture", "said"),
    ("i", "Advisers would visit farms free of charge from Monday", 0, "Department of Agriculture", "said"),
    ("i", "numbers of cattle for sale were up by a third on the same week last year", 0, "Declan Ruane", "said"),
    ("d", "Lads are selling weanlings they’d normally keep over the winter,", 0, "Declan Ruane", "said"),
    ("d", "That’s money they won’t see next year.", 0, "Declan Ruane", None),
    ("i", "prices for young cattle would fall further before Christmas", 0, "Declan Ruane", "predicted"),
    ("m", "demand had “gone through the roof” since September", 0, "Teagan Moriarty", "said"),
    ("i", "she had turned away more than 40 callers in a single week", 0, "Teagan Moriarty", "said"),
    ("i", "she was trying to stay positive", 0, "Síle Ní Dhonnchadha", "said"),
    ("d", "The cows are fine. The family is fine,", 0, "Síle Ní Dhonnchadha", "said"),
    ("d", "We’ll get there.", 0, "Síle Ní Dhonnchadha", None),
], {
    "Síle Ní Dhonnchadha": ["Síle Ní Dhonnchadha", "Ms Ní Dhonnchadha"],
    "some farmers": ["some farmers"],
    "Pádraig Flood": ["Pádraig Flood", "Mr Flood"],
    "A spokeswoman for the Minister for Agriculture": ["A spokeswoman for the Minister for Agriculture"],
    "Department of Agriculture": ["the Department of Agriculture"],
    "Declan Ruane": ["manager Declan Ruane", "Mr Ruane"],
    "Teagan Moriarty": ["Teagan Moriarty"],
}))

run("farming", P)
