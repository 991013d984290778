from make import run

P = []

# Batch 3 (blind). US small-town business opening, straight marks: a
# married couple who share a surname (he and she, "Renata Bell said"),
# a content-first lead by the husband, a downtown association's statement
# with a fragment and "It said", "called X "Y."", a rival shop owner (she)
# with "said she worried", a planning report that "found" (no record), a
# product name in marks, a caption with a credit.
P.append(("""
Former bank building reopens as bakery on Main Street

By Gina Abernathy, Staff Writer

HOLLISBURG — The granite building at the corner of Main and Third streets that housed Hollisburg Savings Bank for 88 years has a new tenant: a bakery.

Rise & Shine Bakehouse opened Saturday morning, and by 9 a.m. the line stretched past the old bank's bronze doors and halfway down the block, co-owner Marcus Bell said.

Bell and his wife, Renata Bell, spent 14 months and about $400,000 converting the building, which had been empty since the bank merged with a regional lender in 2019.

"Everybody in town has a memory of this place. Their first savings account, their first mortgage," Renata Bell said. "We wanted to keep that feeling. We just added butter."

The couple kept the original marble counters and the vault, which now holds the bakery's flour and sugar. She said the two-ton vault door still works.

"The kids all want to go in and get locked in. We don't let them," her husband said.

Marcus Bell, who spent 12 years as a pastry chef at hotels in the city, said the bakery would employ 11 people, most of them part time.

The Hollisburg Downtown Association said in a statement that the opening was "exactly the kind of investment" Main Street needed. It said four other storefronts on the block had been leased since January.

Mayor Tom Gerrity, who cut the ribbon, called the bakery "a vote of confidence in downtown."

Not all the neighbors are thrilled. Dolores Finch, who has owned the Corner Cup coffee shop across the street for 22 years, said she worried the bakery would take some of her morning customers.

"I wish them well. I do," Finch said. "But there are only so many people in this town who want a latte at 7 a.m."

Renata Bell said she had visited Finch's shop before opening and the two had agreed not to compete on coffee. The bakery sells only drip coffee and tea.

The city approved the conversion last spring after a dispute over parking. A planning report found the block had 140 public spaces, enough for the new business.

The bakery's best seller on Saturday was the "Safe Deposit Box," a cinnamon roll the size of a brick.

Rise & Shine is open from 6 a.m. to 2 p.m., Tuesday through Sunday.

Renata and Marcus Bell in front of the old bank vault on Saturday. (Gina Abernathy/Hollisburg Herald)
""", [
    ("i", "Rise & Shine Bakehouse opened Saturday morning, and by 9 a.m. the line stretched past the old bank's bronze doors and halfway down the block", 0, "Marcus Bell", "said"),
    ("d", "Everybody in town has a memory of this place. Their first savings account, their first mortgage,", 0, "Renata Bell", "said"),
    ("d", "We wanted to keep that feeling. We just added butter.", 0, "Renata Bell", None),
    ("i", "the two-ton vault door still works", 0, "Renata Bell", "said"),
    ("d", "The kids all want to go in and get locked in. We don't let them,", 0, "Marcus Bell", "said"),
    ("i", "the bakery would employ 11 people, most of them part time", 0, "Marcus Bell", "said"),
    ("m", "the opening was \"exactly the kind of investment\" Main Street needed", 0, "Hollisburg Downtown Association", "said"),
    ("i", "four other storefronts on the block had been leased since January", 0, "Hollisburg Downtown Association", "said"),
    ("m", "the bakery \"a vote of confidence in downtown.\"", 0, "Tom Gerrity", "called"),
    ("i", "she worried the bakery would take some of her morning customers", 0, "Dolores Finch", "said"),
    ("d", "I wish them well. I do,", 0, "Dolores Finch", "said"),
    ("d", "But there are only so many people in this town who want a latte at 7 a.m.", 0, "Dolores Finch", None),
    ("i", "she had visited Finch's shop before opening and the two had agreed not to compete on coffee", 0, "Renata Bell", "said"),
], {
    "Marcus Bell": ["co-owner Marcus Bell", "Marcus Bell", "her husband"],
    "Renata Bell": ["Renata Bell"],
    "Hollisburg Downtown Association": ["The Hollisburg Downtown Association"],
    "Tom Gerrity": ["Mayor Tom Gerrity", "Tom Gerrity"],
    "Dolores Finch": ["Dolores Finch", "Finch"],
}))

run("opening", P)
