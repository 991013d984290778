from make import run

P = []

# Batch 5 (blind). Canadian charity auction, curly double marks, "Ms."/"Mr.":
# an auctioneer (he) with a nickname in marks, a painting's title in marks,
# a hospice as "the hospice" and "it", "according to organizers", an
# anonymous bidder (no speaker), "said in an e-mail that", a husband and wife
# sharing a surname ("her husband said"), "told the crowd", "joked that",
# "hopes" (no record), a question in a quotation, "HOW TO GIVE:" label.
P.append(("""
Maple Hill hospice auction raises record $410,000

By Geneviève Arsenault

MAPLE HILL, Ont. — A weekend at a lakeside cabin, a signed hockey stick and a painting of the town’s old train station helped a charity auction for the Maple Hill Hospice raise $410,000 on Saturday, organizers said.

The total is almost twice what the event raised last year, according to the hospice. The money will pay for two new family suites, it said.

The auctioneer, retired real-estate agent Gord “The Gavel” MacIntyre, has run the evening for 14 years without charge.

“I just talk fast and point at people,” Mr. MacIntyre said. “The town does the rest.”

The top lot was the painting, “Station Road in Winter,” by local artist Helena Rusk, which sold for $38,000 to a bidder on the telephone. The buyer asked not to be named.

Ms. Rusk said she had painted the station from memory after it was torn down in 1998. She said she cried when the price passed $30,000.

“I kept thinking, who is this person?” she said. “And then I thought, it doesn’t matter, because the hospice gets it.”

The hospice’s executive director, Anita Sorensen, told the crowd that every dollar would stay in Maple Hill. In an e-mail on Sunday, she said the hospice had cared for 212 patients last year and turned away none.

Among the bidders were Paul and Denise Cheung, whose mother spent her last weeks at the hospice in 2021.

“They looked after her, and they looked after us,” Denise Cheung said. Her husband said the couple had bid on the cabin weekend but dropped out at $9,000.

“I told him we should have kept going,” she joked.

Mayor Ron Delisle, who bought the hockey stick for $2,600, joked that his wife did not yet know about it. He said the town would match any money raised at next year’s event, up to $50,000.

Organizers hope to hold the next auction in the new community hall, which is scheduled to open in the spring.

Mr. MacIntyre said he has no plans to retire.

“Fourteen years,” he said. “Why stop now?”

HOW TO GIVE: Donations can be made at the hospice office on Queen Street or by phone.
""", [
    ("i", "A weekend at a lakeside cabin, a signed hockey stick and a painting of the town’s old train station helped a charity auction for the Maple Hill Hospice raise $410,000 on Saturday", 0, "organizers", "said"),
    ("i", "The total is almost twice what the event raised last year", 0, "Maple Hill Hospice", "according to"),
    ("i", "The money will pay for two new family suites", 0, "Maple Hill Hospice", "said"),
    ("d", "I just talk fast and point at people,", 0, "Gord MacIntyre", "said"),
    ("d", "The town does the rest.", 0, "Gord MacIntyre", None),
    ("i", "she had painted the station from memory after it was torn down in 1998", 0, "Helena Rusk", "said"),
    ("i", "she cried when the price passed $30,000", 0, "Helena Rusk", "said"),
    ("d", "I kept thinking, who is this person?", 0, "Helena Rusk", "said"),
    ("d", "And then I thought, it doesn’t matter, because the hospice gets it.", 0, "Helena Rusk", None),
    ("i", "every dollar would stay in Maple Hill", 0, "Anita Sorensen", "told"),
    ("i", "the hospice had cared for 212 patients last year and turned away none", 0, "Anita Sorensen", "said"),
    ("d", "They looked after her, and they looked after us,", 0, "Denise Cheung", "said"),
    ("i", "the couple had bid on the cabin weekend but dropped out at $9,000", 0, "Paul Cheung", "said"),
    ("d", "I told him we should have kept going,", 0, "Denise Cheung", "joked"),
    ("i", "his wife did not yet know about it", 0, "Ron Delisle", "joked"),
    ("i", "the town would match any money raised at next year’s event, up to $50,000", 0, "Ron Delisle", "said"),
    ("i", "he has no plans to retire", 0, "Gord MacIntyre", "said"),
    ("d", "Fourteen years,", 0, "Gord MacIntyre", "said"),
    ("d", "Why stop now?", 0, "Gord MacIntyre", None),
], {
    "organizers": ["organizers"],
    "Maple Hill Hospice": ["the Maple Hill Hospice", "the hospice"],
    "Gord MacIntyre": ["Gord “The Gavel” MacIntyre", "Mr. MacIntyre"],
    "Helena Rusk": ["Helena Rusk", "Ms. Rusk"],
    "Anita Sorensen": ["Anita Sorensen"],
    "Denise Cheung": ["Denise Cheung"],
    "Paul Cheung": ["Paul and Denise Cheung"],
    "Ron Delisle": ["Mayor Ron Delisle", "Ron Delisle"],
}))

run("auction", P)
