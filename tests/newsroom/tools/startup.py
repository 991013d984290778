from make import run

P = []

# Batch 6 (blind). US tech wire, a startup's shutdown, straight marks: a
# content-first lead by the company with an appositive inside the clause,
# "In an email to customers, … said", "wrote" after a quotation, a
# content-first "…, Raman said.", "Several customers said on social media
# that", data that "show" (no record), an investor's quotation with "want"
# inside it, "declined to say whether" (no record), a farmer content-first
# then "He said".
P.append(("""
Meal-kit startup Forkful shuts down, leaving customers with prepaid boxes

By Jordan Ellery

ASHBY, Calif. — Forkful, the meal-kit startup that raised $42 million from investors two years ago, is shutting down at the end of the month, the company said Monday.

Forkful's boxes, which cost $89 a week for four meals, were sold in 11 states. The company said about 9,000 customers still had active subscriptions.

In an email to customers, co-founder and CEO Priya Raman said the company had "run out of road" after failing to raise a new round of funding.

"We believed people would pay a little more for food from local farms, and many did," Raman wrote. "Just not enough of them."

The company will deliver its last boxes on Oct. 28. Customers who prepaid for boxes beyond that date will receive refunds within 30 days, Raman said.

Several customers said on social media that they had not received refunds for boxes that were never delivered.

"I paid for six weeks in August and got two boxes," said Tom Becker, a teacher in Ashby. "I'm not holding my breath."

Forkful employs 130 people, most of them at a packing center in Ashby. A spokesperson said all employees would receive eight weeks of severance pay.

Data from the research firm PitchTrack show that investment in food delivery startups fell by 60% last year.

"The money that was everywhere in 2021 is gone," said Lena Hoffmann, a partner at the venture firm Northgate Capital, which did not invest in Forkful. "Investors want profits now, not growth."

Raman, a former chef who started Forkful in her kitchen in 2019, said she was proud of what the team had built. She declined to say whether the company had sought a buyer.

The company's 60 farm suppliers were told last week that their contracts would end, said Marcus Delgado, who grows vegetables on 40 acres near Ashby. He said Forkful owed him about $18,000 for produce delivered in September.

"They always paid on time until this summer," Delgado said. "I hope they do the right thing."

Forkful's app will stop taking orders on Friday.
""", [
    ("i", "Forkful, the meal-kit startup that raised $42 million from investors two years ago, is shutting down at the end of the month", 0, "Forkful", "said"),
    ("i", "about 9,000 customers still had active subscriptions", 0, "Forkful", "said"),
    ("m", 'the company had "run out of road" after failing to raise a new round of funding', 0, "Priya Raman", "said"),
    ("d", "We believed people would pay a little more for food from local farms, and many did,", 0, "Priya Raman", "wrote"),
    ("d", "Just not enough of them.", 0, "Priya Raman", None),
    ("i", "Customers who prepaid for boxes beyond that date will receive refunds within 30 days", 0, "Priya Raman", "said"),
    ("i", "they had not received refunds for boxes that were never delivered", 0, "Several customers", "said"),
    ("d", "I paid for six weeks in August and got two boxes,", 0, "Tom Becker", "said"),
    ("d", "I'm not holding my breath.", 0, "Tom Becker", None),
    ("i", "all employees would receive eight weeks of severance pay", 0, "A spokesperson", "said"),
    ("d", "The money that was everywhere in 2021 is gone,", 0, "Lena Hoffmann", "said"),
    ("d", "Investors want profits now, not growth.", 0, "Lena Hoffmann", None),
    ("i", "she was proud of what the team had built", 0, "Priya Raman", "said"),
    ("i", "The company's 60 farm suppliers were told last week that their contracts would end", 0, "Marcus Delgado", "said"),
    ("i", "Forkful owed him about $18,000 for produce delivered in September", 0, "Marcus Delgado", "said"),
    ("d", "They always paid on time until this summer,", 0, "Marcus Delgado", "said"),
    ("d", "I hope they do the right thing.", 0, "Marcus Delgado", None),
], {
    "Forkful": ["Forkful", "the company", "The company"],
    "Priya Raman": ["Priya Raman", "Raman"],
    "Several customers": ["Several customers"],
    "Tom Becker": ["Tom Becker"],
    "A spokesperson": ["A spokesperson"],
    "Lena Hoffmann": ["Lena Hoffmann"],
    "Marcus Delgado": ["Marcus Delgado", "Delgado"],
}))

run("startup", P)
