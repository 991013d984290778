from make import run

P = []

# Batch 3 (blind). Canadian personal finance feature, straight marks, `Ms.`,
# `Mr.`, present-tense "says": a headline with "planners warn" (no record),
# a couple (she speaks, then "Her husband says"), "expect" (no record),
# "according to estimates" and a survey that "found" (no record), "warns
# against" with a gerund (no record), "calls X "Y."" twice, "A spokesperson
# for NAME said in an e-mail that" with a fragment, "declined to say" (no
# record), a man and women in turn.
P.append(("""
Renewing a mortgage this year? Brace for the payment shock, planners warn

By Amrita Sandhu
Personal Finance Reporter

When Jasmine and Theo Kowalski bought their semi-detached house in Eastwick, Ont., in 2020, their five-year fixed mortgage rate was 1.99 per cent. Next spring, when the term ends, they expect to renew at something closer to 5 per cent.

"We've run the numbers about a hundred times," Ms. Kowalski says. "It's roughly $640 more a month. That's our daycare, basically."

Her husband says they have cut back on restaurant meals and cancelled a planned trip to see his parents out west.

About 1.2 million mortgages in Canada are up for renewal over the next 12 months, according to estimates from the Canadian Mortgage Insurers' Council.

Fee-only financial planner Rebecca Tam, who works in Eastwick, says homeowners facing renewal should start shopping at least four months before their term ends.

"Your bank is counting on you to sign whatever lands in your mailbox," she says. "Don't. Get two or three quotes, and use them."

Ms. Tam also warns against stretching the amortization period to keep payments low. She calls that habit "the most expensive comfort blanket you can buy."

Not everyone agrees. Mark Delacroix, a mortgage broker in Port Selwyn, says a longer amortization can make sense for families who expect their incomes to rise.

"It's a tool. Used for a year or two, it buys you breathing room," he says. "Used forever, it costs you a fortune. Those are both true."

A spokesperson for Northshore Bank, one of the country's larger lenders, said in an e-mail that the bank contacts customers 120 days before their renewal date and offers "a range of options" to those who are struggling.

The bank declined to say how many of its customers had asked for help.

A survey released this month by the Financial Literacy Network found that 38 per cent of homeowners renewing in the next year had not worked out how much their payments would rise.

The network's president, Yusuf Abdi, calls that figure "alarming."

"People are hoping rates drop before their date comes up," Mr. Abdi says. "Hope is not a plan."

For the Kowalskis, the plan now includes a spreadsheet on the fridge. Ms. Kowalski says they have set aside $200 a month since January to soften the jump.

"It won't cover all of it," she says. "But when the letter comes, I don't want to open it and panic."
""", [
    ("d", "We've run the numbers about a hundred times,", 0, "Jasmine Kowalski", "says"),
    ("d", "It's roughly $640 more a month. That's our daycare, basically.", 0, "Jasmine Kowalski", None),
    ("i", "they have cut back on restaurant meals and cancelled a planned trip to see his parents out west", 0, "Theo Kowalski", "says"),
    ("i", "homeowners facing renewal should start shopping at least four months before their term ends", 0, "Rebecca Tam", "says"),
    ("d", "Your bank is counting on you to sign whatever lands in your mailbox,", 0, "Rebecca Tam", "says"),
    ("d", "Don't. Get two or three quotes, and use them.", 0, "Rebecca Tam", None),
    ("m", "that habit \"the most expensive comfort blanket you can buy.\"", 0, "Rebecca Tam", "calls"),
    ("i", "a longer amortization can make sense for families who expect their incomes to rise", 0, "Mark Delacroix", "says"),
    ("d", "It's a tool. Used for a year or two, it buys you breathing room,", 0, "Mark Delacroix", "says"),
    ("d", "Used forever, it costs you a fortune. Those are both true.", 0, "Mark Delacroix", None),
    ("m", "the bank contacts customers 120 days before their renewal date and offers \"a range of options\" to those who are struggling", 0, "A spokesperson for Northshore Bank", "said"),
    ("m", "that figure \"alarming.\"", 0, "Yusuf Abdi", "calls"),
    ("d", "People are hoping rates drop before their date comes up,", 0, "Yusuf Abdi", "says"),
    ("d", "Hope is not a plan.", 0, "Yusuf Abdi", None),
    ("i", "they have set aside $200 a month since January to soften the jump", 0, "Jasmine Kowalski", "says"),
    ("d", "It won't cover all of it,", 0, "Jasmine Kowalski", "says"),
    ("d", "But when the letter comes, I don't want to open it and panic.", 0, "Jasmine Kowalski", None),
], {
    "Jasmine Kowalski": ["Ms. Kowalski"],
    "Theo Kowalski": ["Theo Kowalski", "Her husband"],
    "Rebecca Tam": ["Fee-only financial planner Rebecca Tam", "Rebecca Tam", "Ms. Tam"],
    "Mark Delacroix": ["Mark Delacroix"],
    "A spokesperson for Northshore Bank": ["A spokesperson for Northshore Bank"],
    "Yusuf Abdi": ["Yusuf Abdi", "Mr. Abdi"],
}))

run("finance", P)
