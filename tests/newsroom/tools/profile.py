from make import run

P = []

# Batch 2 (blind). US business profile, curly marks: a founder quoted at
# length, pronouns for two people of different genders, a product name in
# marks, revenue that "grew", "the company expects", "investors include",
# "recalled that", "admits", "jokes", "her co-founder", an analyst "who
# covers", a competitor that "did not return calls", a multi-paragraph
# quotation, scare quotes.
P.append(("""
How a two-person soap company in Millbrook became a $40 million business

Ottoline Baptiste started making soap in her kitchen to treat her son’s eczema. Eleven years later, her company ships to 3,000 stores.

By Jared Whitlock
Business Writer

MILLBROOK — The first batch of soap that Ottoline Baptiste ever made was a disaster, she says.

“It was the color of wet cardboard and it smelled like a campfire,” she said, standing in the company’s 60,000-square-foot plant on the edge of Millbrook. “My son used it anyway. His skin cleared up in two weeks. That was the whole business plan.”

Today Baptiste, 46, runs Quiet Harbor Soap Co., which sold about $41 million worth of bar soap, shampoo bars and lotions last year. Revenue grew 38% in 2023, and the company expects to pass $50 million this year.

Its best-known product, an oatmeal bar sold as “The Plain One,” has no fragrance and no color. Baptiste admits it has never had any marketing to speak of. It accounts for about a third of sales.

Baptiste founded the company in 2013 with her neighbor, Dennis Kowalski, a former chemistry teacher who now runs production. He recalled that the two of them spent their first summer selling soap at farmers markets out of the back of his station wagon.

“We made $212 the first weekend,” Kowalski said. “She wanted to celebrate. I wanted to know how many bars we’d have to sell to pay for the gas.”

“That’s still basically our relationship,” Baptiste jokes.

The company’s big break came in 2017, when a regional grocery chain, Fairway Provisions, agreed to stock the bars in 40 stores. Quiet Harbor now sells in more than 3,000 shops across 31 states, and last year it opened its own website store.

Investors include a Millbrook credit union and a small private-equity firm, Larchmont Partners, which bought a 20% stake in 2021. Baptiste said she has turned down three offers to buy the company outright.

“Every buyer wants to add a scent, add a color, add a celebrity,” she said. “Then it isn’t the plain one anymore.

“I’d rather be small and stubborn.”

Natasha Greer, a consumer-goods analyst who covers the personal-care industry for Hollis & Park, said the company had benefited from shoppers’ growing suspicion of long ingredient lists. But she said “clean” brands face stiff competition from giant companies that have launched look-alike products.

“The question is whether a simple product can stay special when everybody copies it,” Greer said.

A spokesperson for Velmont Brands, whose rival oatmeal bar launched last spring, did not return calls.

Kowalski said the company plans to add a second production line next year and hire 45 workers. He said most of the current staff of 160 live within ten miles of the plant.

Baptiste’s son is now 19 and studying engineering. “He still uses the soap,” she said. “He says he’d be embarrassed not to.”
""", [
    ("i", "The first batch of soap that Ottoline Baptiste ever made was a disaster", 0, "Ottoline Baptiste", "says"),
    ("d", "It was the color of wet cardboard and it smelled like a campfire,", 0, "Ottoline Baptiste", "said"),
    ("d", "My son used it anyway. His skin cleared up in two weeks. That was the whole business plan.", 0, "Ottoline Baptiste", None),
    ("i", "it has never had any marketing to speak of", 0, "Ottoline Baptiste", "admits"),
    ("i", "the two of them spent their first summer selling soap at farmers markets out of the back of his station wagon", 0, "Dennis Kowalski", "recalled"),
    ("d", "We made $212 the first weekend,", 0, "Dennis Kowalski", "said"),
    ("d", "She wanted to celebrate. I wanted to know how many bars we’d have to sell to pay for the gas.", 0, "Dennis Kowalski", None),
    ("d", "That’s still basically our relationship,", 0, "Ottoline Baptiste", "jokes"),
    ("i", "she has turned down three offers to buy the company outright", 0, "Ottoline Baptiste", "said"),
    ("d", "Every buyer wants to add a scent, add a color, add a celebrity,", 0, "Ottoline Baptiste", "said"),
    ("d", "Then it isn’t the plain one anymore.\n\n“I’d rather be small and stubborn.", 0, "Ottoline Baptiste", None),
    ("i", "the company had benefited from shoppers’ growing suspicion of long ingredient lists", 0, "Natasha Greer", "said"),
    ("m", "“clean” brands face stiff competition from giant companies that have launched look-alike products", 0, "Natasha Greer", "said"),
    ("d", "The question is whether a simple product can stay special when everybody copies it,", 0, "Natasha Greer", "said"),
    ("i", "the company plans to add a second production line next year and hire 45 workers", 0, "Dennis Kowalski", "said"),
    ("i", "most of the current staff of 160 live within ten miles of the plant", 0, "Dennis Kowalski", "said"),
    ("d", "He still uses the soap,", 0, "Ottoline Baptiste", "said"),
    ("d", "He says he’d be embarrassed not to.", 0, "Ottoline Baptiste", None),
], {
    "Ottoline Baptiste": ["Ottoline Baptiste", "Baptiste"],
    "Dennis Kowalski": ["Dennis Kowalski", "Kowalski"],
    "Natasha Greer": ["Natasha Greer", "Greer"],
}))

run("profile", P)
