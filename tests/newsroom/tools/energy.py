from make import run

P = []

# Batch 4 (blind). British energy prices, single curly marks, `Mr`, a deck:
# a regulator's statement and a content-first "..., it said", its chief
# executive (Dame, she), a campaign director (he) after a role and an
# organisation, "wants" and "estimates" (no record), a minister who "told the
# Commons that", "accused ministers of ‘…’" (no record), a supplier's
# statement and "It said", analysts who "expect" and a firm that "forecasts"
# (no record), a pensioner with a place before her name.
P.append(("""
Household energy bills to rise by £142 from April, regulator confirms

Price cap increase of 8 per cent blamed on gas markets and network costs

By Priya Sandhu, Consumer Affairs Editor

Millions of households will pay more for gas and electricity from April after the energy regulator raised its price cap by 8 per cent, adding about £142 a year to a typical dual-fuel bill.

The Office for Energy Markets said on Friday that the typical annual bill would rise to £1,912. Wholesale gas prices had climbed since the autumn and the cost of upgrading local power networks was also being passed on to customers, it said.

Its chief executive, Dame Fiona Harcourt, said she understood the rise would be ‘unwelcome news for families who are already stretched’.

‘We do not set prices lightly, and we know what this means at kitchen tables,’ she said. ‘But the cap has to reflect what suppliers actually pay for energy. If it does not, suppliers fail, and we have seen where that leads.’

The cap limits the rate suppliers can charge per unit of energy, not the total bill. Households that use more will pay more.

Charities reacted with dismay. Martin Oyelaran, director of the fuel poverty campaign group Warm Homes Trust, said the increase would push another 300,000 households into fuel poverty.

‘This is the fourth rise in two years. Families have cut back as far as they can,’ Mr Oyelaran said. ‘We are hearing from pensioners who are sitting in one room with a blanket.’

The trust wants the government to bring back a winter discount for low-income households. It estimates the scheme would cost £900 million a year.

The Energy Minister, Richard Dalby, told the Commons that the government was ‘looking closely at targeted support’ but gave no commitment. The opposition’s energy spokeswoman, Kate Wilmot, accused ministers of ‘sitting on their hands’.

Brightwell Energy, one of the largest suppliers, said in a statement that it would contact customers in March. It said those struggling to pay should get in touch ‘as early as possible’.

Analysts at the consultancy Grid Insight expect prices to fall slightly in the summer, when demand for gas drops. The firm forecasts a cap of about £1,850 from July.

Cornwall grandmother Jean Pascoe, 74, who lives alone, said she already turned her heating off at 8pm. ‘I go to bed early now. It is warmer there,’ she said.
""", [
    ("i", "the typical annual bill would rise to £1,912", 0, "Office for Energy Markets", "said"),
    ("i", "Wholesale gas prices had climbed since the autumn and the cost of upgrading local power networks was also being passed on to customers", 0, "Office for Energy Markets", "said"),
    ("m", "she understood the rise would be ‘unwelcome news for families who are already stretched’", 0, "Fiona Harcourt", "said"),
    ("d", "We do not set prices lightly, and we know what this means at kitchen tables,", 0, "Fiona Harcourt", "said"),
    ("d", "But the cap has to reflect what suppliers actually pay for energy. If it does not, suppliers fail, and we have seen where that leads.", 0, "Fiona Harcourt", None),
    ("i", "the increase would push another 300,000 households into fuel poverty", 0, "Martin Oyelaran", "said"),
    ("d", "This is the fourth rise in two years. Families have cut back as far as they can,", 0, "Martin Oyelaran", "said"),
    ("d", "We are hearing from pensioners who are sitting in one room with a blanket.", 0, "Martin Oyelaran", None),
    ("m", "the government was ‘looking closely at targeted support’", 0, "Richard Dalby", "told"),
    ("i", "it would contact customers in March", 0, "Brightwell Energy", "said"),
    ("m", "those struggling to pay should get in touch ‘as early as possible’", 0, "Brightwell Energy", "said"),
    ("i", "she already turned her heating off at 8pm", 0, "Jean Pascoe", "said"),
    ("d", "I go to bed early now. It is warmer there,", 0, "Jean Pascoe", "said"),
], {
    "Office for Energy Markets": ["The Office for Energy Markets"],
    "Fiona Harcourt": ["Dame Fiona Harcourt"],
    "Martin Oyelaran": ["Martin Oyelaran", "Mr Oyelaran"],
    "Richard Dalby": ["Richard Dalby"],
    "Brightwell Energy": ["Brightwell Energy"],
    "Jean Pascoe": ["Cornwall grandmother Jean Pascoe", "Jean Pascoe"],
}))

run("energy", P)
