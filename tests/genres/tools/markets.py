from make import run

P = []

P.append(("""
Stocks closed higher on Tuesday as investors shrugged off weaker factory data. The Northern Composite index rose 0.8 per cent to 4,112.6, its best finish in three weeks.

ENERGY: Crude oil gained 2 per cent after a pipeline outage in the Kessel Basin. Analysts at Morrow Capital said supply would remain tight until at least the end of the month.

CURRENCIES: The dollar slipped against the yen. “The market is pricing in a rate cut that the central bank hasn’t promised,” said Ines Calloway, chief currency strategist at Bellwether Bank.

BONDS: Ten-year yields fell four basis points to 3.92 per cent.
""", [
    ("i", "supply would remain tight until at least the end of the month", 0, "Morrow Capital", "said"),
    ("d", "The market is pricing in a rate cut that the central bank hasn’t promised,", 0, "Ines Calloway", "said"),
], {
    "Morrow Capital": ["Analysts at Morrow Capital", "Morrow Capital"],
    "Ines Calloway": ["Ines Calloway"],
}))

P.append(("""
Shares in Tidewater Foods sank 11 per cent after the grocer cut its full-year forecast, dragging the consumer sector lower.

RETAIL: Data from the statistics office showed retail sales fell 0.4 per cent in May. The figures suggest households are cutting back on big purchases. Consumer spending will stay weak into autumn, economist Rafael Duarte of Kinley Securities told clients in a note.

METALS: Copper fell for a third day. Demand from smelters has cooled sharply, according to trader Mia Okonkwo at Redfern Commodities.

“People are sitting on their hands,” Okonkwo said. “Nobody wants to be the first to buy.”
""", [
    ("i", "Consumer spending will stay weak into autumn", 0, "Rafael Duarte", "told"),
    ("i", "Demand from smelters has cooled sharply", 0, "Mia Okonkwo", "according to"),
    ("d", "People are sitting on their hands,", 0, "Mia Okonkwo", "said"),
    ("d", "Nobody wants to be the first to buy.", 0, "Mia Okonkwo", None),
], {
    "Rafael Duarte": ["economist Rafael Duarte", "Rafael Duarte"],
    "Mia Okonkwo": ["trader Mia Okonkwo", "Mia Okonkwo", "Okonkwo"],
}))

P.append(('''
Tech shares led a broad sell-off on Thursday, with the Westvale Tech 40 dropping 2.3 per cent.

TECHNOLOGY: Chipmaker Orrin Semiconductor fell 7 per cent after its chief executive, Hal Brennan, said orders from phone makers had "fallen off a cliff" in the second quarter. The company said in a filing that it would cut 600 jobs.

So-called "meme stocks" were also hit. Portfolio manager Ayesha Rahimi, who runs the Lantern Growth Fund, said the sell-off was overdone. "We've been buying the dip," she said.

AGRICULTURE: Wheat futures were flat.
''', [
    ("m", 'orders from phone makers had "fallen off a cliff" in the second quarter', 0, "Hal Brennan", "said"),
    ("i", "it would cut 600 jobs", 0, "Orrin Semiconductor", "said"),
    ("i", "the sell-off was overdone", 0, "Ayesha Rahimi", "said"),
    ("d", "We've been buying the dip,", 0, "Ayesha Rahimi", "said"),
], {
    "Hal Brennan": ["Hal Brennan"],
    "Orrin Semiconductor": ["Chipmaker Orrin Semiconductor", "The company"],
    "Ayesha Rahimi": ["Portfolio manager Ayesha Rahimi", "Ayesha Rahimi"],
}))

P.append(("""
The Bank of Ardmore left its key rate unchanged at 4.25 per cent on Wednesday, as most economists had expected.

In its statement, the bank said inflation was “moving in the right direction” but warned that wage growth remained too strong. Governor Celia Marchetti told a news conference that the board had discussed a cut but decided it was “too early to declare victory.”

“We are not on a preset path,” Marchetti said. “Every meeting is live.”

CURRENCIES: The Ardmore dollar rose half a cent. Traders now expect a cut in December.
""", [
    ("m", "inflation was “moving in the right direction”", 0, "Bank of Ardmore", "said"),
    ("i", "wage growth remained too strong", 0, "Bank of Ardmore", "warned"),
    ("m", "the board had discussed a cut but decided it was “too early to declare victory.”", 0, "Celia Marchetti", "told"),
    ("d", "We are not on a preset path,", 0, "Celia Marchetti", "said"),
    ("d", "Every meeting is live.", 0, "Celia Marchetti", None),
], {
    "Bank of Ardmore": ["The Bank of Ardmore", "the bank"],
    "Celia Marchetti": ["Governor Celia Marchetti", "Marchetti"],
}))

P.append(("""
Stocks in Millbrook ended the week flat after a choppy session.

HOUSING: Builders gained after figures showed housing starts rose 6 per cent in April. Gareth Pryce, the chief economist at the Northern Builders’ Federation, said the numbers were encouraging but came off a low base.

“We have had two very poor years,” he said. “Interest rates are still biting, and first-home buyers are finding it very hard to get a foot on the ladder.

“So I wouldn’t pop the champagne just yet.”

ENERGY: Natural gas prices fell 3 per cent on mild weather forecasts.
""", [
    ("i", "the numbers were encouraging but came off a low base", 0, "Gareth Pryce", "said"),
    ("d", "We have had two very poor years,", 0, "Gareth Pryce", "said"),
    ("d", "Interest rates are still biting, and first-home buyers are finding it very hard to get a foot on the ladder.\n\n“So I wouldn’t pop the champagne just yet.", 0, "Gareth Pryce", None),
], {
    "Gareth Pryce": ["Gareth Pryce"],
}))

P.append(("""
Airline stocks climbed on Monday after Skyvale Airways reported record bookings for the summer.

TRAVEL: Skyvale rose 9 per cent. Passenger numbers in June were up 14 per cent on a year earlier, according to the airline. Chief financial officer Marguerite Osei told analysts on a call that fuel costs would ease in the second half.

Rival carrier Bluecrest Air fell 2 per cent after its founder, Lionel Drake, wrote on social media that the company was “exploring all options” for its regional routes. A spokesperson for Bluecrest later declined to comment.

BONDS: Yields were little changed.
""", [
    ("i", "Passenger numbers in June were up 14 per cent on a year earlier", 0, "Skyvale Airways", "according to"),
    ("i", "fuel costs would ease in the second half", 0, "Marguerite Osei", "told"),
    ("m", "the company was “exploring all options” for its regional routes", 0, "Lionel Drake", "wrote"),
], {
    "Skyvale Airways": ["Skyvale Airways", "Skyvale", "the airline"],
    "Marguerite Osei": ["Chief financial officer Marguerite Osei", "Marguerite Osei"],
    "Lionel Drake": ["Lionel Drake"],
}))

P.append(('''
Gold hit a record high of $2,480 an ounce on Friday as investors sought safety.

PRECIOUS METALS: "This is a fear trade, pure and simple," said Tobias Wren, head of commodities research at Fairhaven Partners. "When people don't trust the outlook, they buy metal."

His colleague Dana Petrov was less convinced. She told clients the rally had been driven by central bank buying rather than panic, and said prices could slip back below $2,400 by September.

EQUITIES: The Northern Composite slipped 0.2 per cent.
''', [
    ("d", "This is a fear trade, pure and simple,", 0, "Tobias Wren", "said"),
    ("d", "When people don't trust the outlook, they buy metal.", 0, "Tobias Wren", None),
    ("i", "the rally had been driven by central bank buying rather than panic", 0, "Dana Petrov", "told"),
    ("i", "prices could slip back below $2,400 by September", 0, "Dana Petrov", "said"),
], {
    "Tobias Wren": ["Tobias Wren"],
    "Dana Petrov": ["His colleague Dana Petrov", "Dana Petrov"],
}))

run("markets", P)
