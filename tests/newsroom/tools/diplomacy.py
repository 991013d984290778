from make import run

P = []

# Batch 2 (blind). International wire, straight marks, dateline with the
# wire's tag: foreign ministers, "said through an interpreter", "told
# reporters in French", a ministry's statement, "according to his office",
# a content-first report by a ministry, "accused X of" (no record),
# "called for" (no record), "Asked whether ..., she said", a joint
# statement, a summit's name in marks, a caption with a credit.
P.append(('''
Foreign ministers agree to reopen border crossings after three-day talks

By Ilse Vandermeer and Tomasz Rudnik
Associated Continental Press

VESTRAVA, Orlenia (ACP) - The foreign ministers of Orlenia and Kavastan agreed on Friday to reopen two border crossings closed since last spring, in the first concrete step toward easing a dispute over water rights that has soured relations between the neighbors for more than a year.

The agreement, announced after three days of talks in the Orlenian capital, will allow trucks and pedestrians to cross at Dovra and Skelm from June 1. Talks on the shared Vesk River reservoir will resume next month, the two governments said in a joint statement.

Orlenian Foreign Minister Anneliese Dragomir called the deal "a door opened, not yet a house built."

"We have spent a year shouting across a river," Dragomir told reporters at a news conference with her Kavastani counterpart. "Today we talked across a table. That is better."

Kavastani Foreign Minister Rustam Beklemishev, speaking through an interpreter, said his country had come to Vestrava "in good faith" and expected the same in return. He said farmers on both sides of the border had suffered from the closures and deserved relief before the summer harvest.

Asked whether Kavastan would lift its ban on Orlenian grain imports, Beklemishev said the question would be discussed "at the appropriate level."

The dispute began when Kavastan completed a dam upstream on the Vesk in 2022. Orlenia has accused Kavastan of cutting the river's flow by a third during dry months, a claim Kavastan rejects. Orlenia closed the crossings in April last year.

The Kavastani Foreign Ministry said in a statement late Friday that it "welcomed the constructive spirit" of the talks. The dam would continue to operate normally, the ministry said.

The European mediator who chaired the talks, former Belgian diplomat Luc Verhaeghe, told reporters in French that both ministers had shown "courage and patience." According to his office, the two sides also agreed to set up a joint technical commission on water levels.

Not everyone welcomed the deal. Orlenian opposition leader Vasile Horodnic called for the agreement to be put to a vote in parliament and said the government had "given away the river for two gates."

In Dovra, where the closed crossing has emptied cafes and fuel stations along the main road, residents reacted with cautious relief.

"If the trucks come back, we come back," said Mirela Stanciu, who runs a roadside restaurant two kilometers from the border. "But I will believe it when I see the first one."

The ministers are expected to meet again at the "Three Rivers" regional summit in September.

Orlenian Foreign Minister Anneliese Dragomir, right, and Kavastani Foreign Minister Rustam Beklemishev shake hands in Vestrava on Friday. (ACP Photo/Nadia Petrenko)
''', [
    ("i", "Talks on the shared Vesk River reservoir will resume next month", 0, "the two governments", "said"),
    ("m", 'the deal "a door opened, not yet a house built."', 0, "Anneliese Dragomir", "called"),
    ("d", "We have spent a year shouting across a river,", 0, "Anneliese Dragomir", "told"),
    ("d", "Today we talked across a table. That is better.", 0, "Anneliese Dragomir", None),
    ("m", 'his country had come to Vestrava "in good faith" and expected the same in return', 0, "Rustam Beklemishev", "said"),
    ("i", "farmers on both sides of the border had suffered from the closures and deserved relief before the summer harvest", 0, "Rustam Beklemishev", "said"),
    ("m", 'the question would be discussed "at the appropriate level."', 0, "Rustam Beklemishev", "said"),
    ("m", 'it "welcomed the constructive spirit" of the talks', 0, "Kavastani Foreign Ministry", "said"),
    ("i", "The dam would continue to operate normally", 0, "Kavastani Foreign Ministry", "said"),
    ("m", 'both ministers had shown "courage and patience."', 0, "Luc Verhaeghe", "told"),
    ("i", "the two sides also agreed to set up a joint technical commission on water levels", 0, "his office", "According to"),
    ("m", 'the government had "given away the river for two gates."', 0, "Vasile Horodnic", "said"),
    ("d", "If the trucks come back, we come back,", 0, "Mirela Stanciu", "said"),
    ("d", "But I will believe it when I see the first one.", 0, "Mirela Stanciu", None),
], {
    "the two governments": ["the two governments"],
    "Anneliese Dragomir": ["Orlenian Foreign Minister Anneliese Dragomir", "Dragomir"],
    "Rustam Beklemishev": ["Kavastani Foreign Minister Rustam Beklemishev", "Beklemishev"],
    "Kavastani Foreign Ministry": ["The Kavastani Foreign Ministry", "the ministry"],
    "Luc Verhaeghe": ["former Belgian diplomat Luc Verhaeghe"],
    "his office": ["his office"],
    "Vasile Horodnic": ["Orlenian opposition leader Vasile Horodnic"],
    "Mirela Stanciu": ["Mirela Stanciu"],
}))

run("diplomacy", P)
