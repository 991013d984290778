from make import run

P = []

# US market wrap, straight marks: wire section labels (ENERGY:, BONDS:,
# CURRENCIES:, THE QUOTE:, EARNINGS:), prices that fell and rose, "citing"
# with a noun object, "plans", "expects", "denied a report", a participle
# cue ("saying").
P.append(('''
Stocks slip as chip makers slide; oil rebounds

By Rachel Tanaka
Continental Wire

HALVERSTON (CW) — Stocks drifted lower on Tuesday as a slide in chip makers offset gains for energy companies, and investors held back ahead of a closely watched report on consumer prices due Wednesday.

The Meridian 500 index fell 0.4%, its third loss in four days. The tech-heavy Halverston Composite slipped 0.9%, while the Eastbank 30 ended roughly flat.

Quillon Semiconductor sank 6.2% after the company cut its sales forecast for the current quarter, citing weaker orders from phone makers. Chief executive Darnell Hughes told analysts on a conference call that customers were "digesting inventory" and that he expected demand to recover by the spring.

Other chip stocks followed it lower. Vantrix Devices lost 3.1% and Orrin Micro fell 2.8%.

"The whole sector was priced for perfection, and Quillon just reminded everyone that perfection is expensive," said Marisol Vega, chief market strategist at Fairhaven Capital. "I don't think this is the start of something bigger, but people are nervous going into the inflation number."

ENERGY: Benchmark crude rose $1.12, or 1.5%, to settle at $74.60 a barrel after a pipeline outage in the Gulf region. Brent crude, the international standard, gained 98 cents to $78.05. Shares of Tarrow Oil climbed 2.3%.

BONDS: The yield on the 10-year Treasury rose to 4.31% from 4.27% late Monday.

CURRENCIES: The dollar fell to 148.20 Japanese yen from 148.95. The euro rose to $1.0870 from $1.0842.

THE QUOTE: "Nobody wants to make a big bet the day before the CPI," said Howard Lindqvist, a trader at Pellman Brothers. "You'd be guessing, and guessing is how you lose a job."

EARNINGS: Bramble Foods jumped 9% after reporting a quarterly profit well above analysts' forecasts. The company said it plans to raise prices on about a third of its products this year and expects volumes to hold up. Chief financial officer Leah Moskowitz said shoppers had "stopped trading down" to store brands.

Retailer Kessler & Lowe fell 4.4%. The company denied a report that it was in talks to sell its furniture division, saying it does not comment on market rumors.

Economists surveyed by Continental Wire expect Wednesday's report to show consumer prices rose 3.1% in the 12 months through March, down from 3.3% in February.

"If that number comes in hot, the rate-cut story for June is finished," Vega said.

Markets in Asia were mixed. Stocks in Europe closed mostly higher.
''', [
    ("m", 'customers were "digesting inventory" and that he expected demand to recover by the spring', 0, "Darnell Hughes", "told"),
    ("d", "The whole sector was priced for perfection, and Quillon just reminded everyone that perfection is expensive,", 0, "Marisol Vega", "said"),
    ("d", "I don't think this is the start of something bigger, but people are nervous going into the inflation number.", 0, "Marisol Vega", None),
    ("d", "Nobody wants to make a big bet the day before the CPI,", 0, "Howard Lindqvist", "said"),
    ("d", "You'd be guessing, and guessing is how you lose a job.", 0, "Howard Lindqvist", None),
    ("i", "it plans to raise prices on about a third of its products this year and expects volumes to hold up", 0, "Bramble Foods", "said"),
    ("m", 'shoppers had "stopped trading down" to store brands', 0, "Leah Moskowitz", "said"),
    ("i", "it does not comment on market rumors", 0, "Kessler & Lowe", "saying"),
    ("d", "If that number comes in hot, the rate-cut story for June is finished,", 0, "Marisol Vega", "said"),
], {
    "Darnell Hughes": ["Chief executive Darnell Hughes"],
    "Marisol Vega": ["Marisol Vega", "Vega"],
    "Howard Lindqvist": ["Howard Lindqvist"],
    "Bramble Foods": ["Bramble Foods"],
    "Leah Moskowitz": ["Chief financial officer Leah Moskowitz"],
    "Kessler & Lowe": ["Retailer Kessler & Lowe"],
}))

# Australian earnings story, curly marks, Mr/Ms without a point: "reported
# a drop", "flagged plans", "expects", "cited" with a noun object, "denied"
# with a that-clause, an organisation as speaker.
P.append(("""
Southern Reach profit slumps as wholesale costs bite

Shares in Southern Reach Telecom fell 7 per cent on Thursday after the company reported a 38 per cent drop in half-year profit and warned that wholesale network costs would weigh on earnings for the rest of the financial year.

Net profit for the six months to December fell to $142 million from $229 million a year earlier. Revenue rose 3 per cent to $2.1 billion, helped by price rises on mobile plans in October.

Chief executive Bronwyn Achterberg said the result was “disappointing but not surprising” given the deal the company signed with the wholesale network operator two years ago. “We locked in a price that made sense at the time and doesn’t make sense now,” Ms Achterberg told analysts. “We’re renegotiating it, and I’m confident we’ll land somewhere fairer.”

The company cut its interim dividend to 4 cents a share from 7 cents. It expects full-year earnings before interest and tax of between $610 million and $650 million, below the $700 million analysts had pencilled in.

Southern Reach also flagged plans to sell its stake in a regional data centre business and to cut about 400 jobs from its head office in Port Marlow over the next 18 months.

The Communications Workers Alliance said the job cuts would fall hardest on call-centre staff who had already been through two restructures. Branch secretary Kev Dunphy called the decision “a kick in the guts for loyal workers”.

“These are people who stayed back late through the floods and the outages,” Mr Dunphy said. “This is how they get thanked.”

Ms Achterberg said the company would offer redeployment where it could. She denied that the cuts were linked to the dividend. “The dividend is a board decision based on cash flow. Jobs are about how we run the business,” she said.

Market analysts were divided. Felicity Nguyen, a telecommunications analyst at Harbourline Securities, said the sell-off was overdone.

“The wholesale deal is a known problem with a known end date,” she said. “Once that’s fixed, this is a company with 6 million customers and pricing power. I’d be a buyer at these levels.”

But fund manager Rhys Cavanagh, of Tern Asset Management, said he had sold his fund’s holding last month. He cited the company’s debt, which has climbed to $3.4 billion, and the cost of rolling out its new mobile network.

“Too much has to go right,” Mr Cavanagh said.

Southern Reach shares closed at $3.12, their lowest level since 2020. The broader market finished 0.3 per cent higher.
""", [
    ("i", "wholesale network costs would weigh on earnings for the rest of the financial year", 0, "Southern Reach Telecom", "warned"),
    ("m", "the result was “disappointing but not surprising” given the deal the company signed with the wholesale network operator two years ago", 0, "Bronwyn Achterberg", "said"),
    ("d", "We locked in a price that made sense at the time and doesn’t make sense now,", 0, "Bronwyn Achterberg", "told"),
    ("d", "We’re renegotiating it, and I’m confident we’ll land somewhere fairer.", 0, "Bronwyn Achterberg", None),
    ("i", "the job cuts would fall hardest on call-centre staff who had already been through two restructures", 0, "Communications Workers Alliance", "said"),
    ("m", "the decision “a kick in the guts for loyal workers”", 0, "Kev Dunphy", "called"),
    ("d", "These are people who stayed back late through the floods and the outages,", 0, "Kev Dunphy", "said"),
    ("d", "This is how they get thanked.", 0, "Kev Dunphy", None),
    ("i", "the company would offer redeployment where it could", 0, "Bronwyn Achterberg", "said"),
    ("i", "the cuts were linked to the dividend", 0, "Bronwyn Achterberg", "denied"),
    ("d", "The dividend is a board decision based on cash flow. Jobs are about how we run the business,", 0, "Bronwyn Achterberg", "said"),
    ("i", "the sell-off was overdone", 0, "Felicity Nguyen", "said"),
    ("d", "The wholesale deal is a known problem with a known end date,", 0, "Felicity Nguyen", "said"),
    ("d", "Once that’s fixed, this is a company with 6 million customers and pricing power. I’d be a buyer at these levels.", 0, "Felicity Nguyen", None),
    ("i", "he had sold his fund’s holding last month", 0, "Rhys Cavanagh", "said"),
    ("d", "Too much has to go right,", 0, "Rhys Cavanagh", "said"),
], {
    "Southern Reach Telecom": ["Southern Reach Telecom", "the company"],
    "Bronwyn Achterberg": ["Chief executive Bronwyn Achterberg", "Ms Achterberg"],
    "Communications Workers Alliance": ["The Communications Workers Alliance"],
    "Kev Dunphy": ["Branch secretary Kev Dunphy", "Mr Dunphy"],
    "Felicity Nguyen": ["Felicity Nguyen"],
    "Rhys Cavanagh": ["fund manager Rhys Cavanagh", "Mr Cavanagh"],
}))

run("markets", P)
