from make import run

P = []

# Batch 3 (blind). US wire technology recall, straight marks, dateline with
# a wire tag: a company content-first, product names in marks, "according
# to" a safety board (a record) and "according to a filing" (evidence, no
# record), "the board said in a notice", a chief executive's video
# ("apologized to families" is no record), "declined to name", "expects",
# "wrote in an email that" with a quoted fragment, "did not respond", a
# father's question, "accuses ... of", "has denied the allegations", "fell",
# people of both genders in turn, a caption with a credit.
P.append(("""
Maker of popular kids' smartwatch recalls 1.2 million devices over burn risk

By MARCUS REYES
NWS Technology Writer

LINDEN HILLS, Calif. (NWS) — Brightpath Devices is recalling about 1.2 million children's smartwatches sold in the U.S. and Canada because the battery can overheat and burn the wearer, the company said Thursday.

The recall covers the Brightpath "Pip" and "Pip Plus" watches, which sold for $79 to $129 at major retailers and online from March 2022 through last month.

The company has received 212 reports of the watches overheating, including 31 reports of burns to the wrist, according to the National Product Safety Board. Two children needed treatment at a hospital, the board said.

Parents should take the watch off their child immediately and stop charging it, the board said in a notice posted on its website.

In a video posted to the company's website, CEO Anjali Rao apologized to families. "We make these watches so parents can worry less. Right now, we have given some of you something to worry about, and I'm sorry," she said.

Rao said engineers had traced the fault to a batch of battery cells from one supplier and that watches made after August used a different cell. She declined to name the supplier.

Customers can return the watches for a full refund or a free replacement, the company said. It expects the recall to cost about $40 million, according to a filing with securities regulators on Thursday.

Company spokeswoman Tessa Lindqvist wrote in an email that replacement watches would ship "within four to six weeks" of a request. She did not respond to a question about how many had already been replaced.

Derrick Mills of Marlow Springs, Ohio, said his 8-year-old daughter woke up crying in June with a red welt under the strap.

"It was hot like a stove. I pulled it off her and it left a mark for two weeks," Mills said in a phone interview. "Why did it take them until now?"

Mills is one of four parents named in a lawsuit filed in federal court in Ohio in September, which accuses Brightpath of ignoring early complaints. The company has denied the allegations.

His lawyer, Monica Feld, said the recall was "overdue by at least a year."

"They knew. They had the reports in their own customer service logs," she said.

Kevin Osei, an analyst at Halvorsen Research who follows consumer electronics, said the recall was unlikely to hurt holiday sales much, because most of the company's revenue now comes from a newer model.

"Parents are forgiving if you fix it fast," he said. "This wasn't fast."

Shares of Brightpath fell 6% to $23.40 in afternoon trading.

The board said it was not aware of any deaths linked to the watches.

A Brightpath Pip watch is shown at a store in Linden Hills on Thursday. (NWS Photo/Lauren Kim)
""", [
    ("i", "Brightpath Devices is recalling about 1.2 million children's smartwatches sold in the U.S. and Canada because the battery can overheat and burn the wearer", 0, "Brightpath Devices", "said"),
    ("i", "The company has received 212 reports of the watches overheating, including 31 reports of burns to the wrist", 0, "National Product Safety Board", "according to"),
    ("i", "Two children needed treatment at a hospital", 0, "National Product Safety Board", "said"),
    ("i", "Parents should take the watch off their child immediately and stop charging it", 0, "National Product Safety Board", "said"),
    ("d", "We make these watches so parents can worry less. Right now, we have given some of you something to worry about, and I'm sorry,", 0, "Anjali Rao", "said"),
    ("i", "engineers had traced the fault to a batch of battery cells from one supplier and that watches made after August used a different cell", 0, "Anjali Rao", "said"),
    ("i", "Customers can return the watches for a full refund or a free replacement", 0, "Brightpath Devices", "said"),
    ("m", "replacement watches would ship \"within four to six weeks\" of a request", 0, "Tessa Lindqvist", "wrote"),
    ("i", "his 8-year-old daughter woke up crying in June with a red welt under the strap", 0, "Derrick Mills", "said"),
    ("d", "It was hot like a stove. I pulled it off her and it left a mark for two weeks,", 0, "Derrick Mills", "said"),
    ("d", "Why did it take them until now?", 0, "Derrick Mills", None),
    ("m", "the recall was \"overdue by at least a year.\"", 0, "Monica Feld", "said"),
    ("d", "They knew. They had the reports in their own customer service logs,", 0, "Monica Feld", "said"),
    ("i", "the recall was unlikely to hurt holiday sales much, because most of the company's revenue now comes from a newer model", 0, "Kevin Osei", "said"),
    ("d", "Parents are forgiving if you fix it fast,", 0, "Kevin Osei", "said"),
    ("d", "This wasn't fast.", 0, "Kevin Osei", None),
    ("i", "it was not aware of any deaths linked to the watches", 0, "National Product Safety Board", "said"),
], {
    "Brightpath Devices": ["Brightpath Devices", "the company", "Brightpath"],
    "National Product Safety Board": ["the National Product Safety Board", "the board", "The board"],
    "Anjali Rao": ["CEO Anjali Rao", "Anjali Rao", "Rao"],
    "Tessa Lindqvist": ["Company spokeswoman Tessa Lindqvist", "Tessa Lindqvist"],
    "Derrick Mills": ["Derrick Mills", "Mills"],
    "Monica Feld": ["Monica Feld"],
    "Kevin Osei": ["Kevin Osei"],
}))

run("recall", P)
