from make import run

P = []

P.append(("""
More than 60 homes have been destroyed by a bushfire in the hills west of Wattle Creek, the Rural Fire Service confirmed on Sunday.

Commissioner Greg Talbot said crews had saved hundreds of properties overnight. “Our firefighters were outnumbered, out-gunned by the wind, and they still held the line,” Mr Talbot said.

Local resident Kylie Brennan lost her home and two sheds. She said she had left with “the dog, the photo albums and the clothes I was standing in”. “It’s only stuff,” she said. “Everyone got out. That’s what matters.”
""", [
    ("i", "More than 60 homes have been destroyed by a bushfire in the hills west of Wattle Creek", 0, "Rural Fire Service", "confirmed"),
    ("i", "crews had saved hundreds of properties overnight", 0, "Greg Talbot", "said"),
    ("d", "Our firefighters were outnumbered, out-gunned by the wind, and they still held the line,", 0, "Greg Talbot", "said"),
    ("m", "she had left with “the dog, the photo albums and the clothes I was standing in”", 0, "Kylie Brennan", "said"),
    ("d", "It’s only stuff,", 0, "Kylie Brennan", "said"),
    ("d", "Everyone got out. That’s what matters.", 0, "Kylie Brennan", None),
], {
    "Rural Fire Service": ["the Rural Fire Service"],
    "Greg Talbot": ["Commissioner Greg Talbot", "Mr Talbot"],
    "Kylie Brennan": ["Local resident Kylie Brennan"],
}))

P.append(('''
Treasurer Mei Lin Chow has promised the state budget will deliver "real relief" for households when it is handed down on Tuesday.

Ms Chow told reporters in Port Kendall that electricity rebates of $300 would be paid to every household. "Families are doing it tough, and this government has heard them," she said.

Opposition Leader Brett Sandford said the rebates were "a sugar hit" designed to win votes. Mr Sandford said his party would cut stamp duty for first-home buyers instead.
''', [
    ("m", 'the state budget will deliver "real relief" for households when it is handed down on Tuesday', 0, "Mei Lin Chow", "has promised"),
    ("i", "electricity rebates of $300 would be paid to every household", 0, "Mei Lin Chow", "told"),
    ("d", "Families are doing it tough, and this government has heard them,", 0, "Mei Lin Chow", "said"),
    ("m", 'the rebates were "a sugar hit" designed to win votes', 0, "Brett Sandford", "said"),
    ("i", "his party would cut stamp duty for first-home buyers instead", 0, "Brett Sandford", "said"),
], {
    "Mei Lin Chow": ["Treasurer Mei Lin Chow", "Ms Chow"],
    "Brett Sandford": ["Opposition Leader Brett Sandford", "Mr Sandford"],
}))

P.append(("""
Magpies ‘on the right track’ despite loss

The Kendall Magpies lost to the Wattle Creek Hawks by 22 points at Riverside Oval on Saturday, but coach Darren Pike says his young side is ‘on the right track’.

‘We’ve got six players under 21 in that team,’ Pike said. ‘They’ll be better for it.’

Hawks skipper Jack ‘Bomber’ Ellery kicked four goals and was best on ground. Ellery said the Hawks had targeted the Magpies’ inexperienced backline. ‘We knew if we got it in quick, we’d get chances,’ he said.
""", [
    ("m", "his young side is ‘on the right track’", 0, "Darren Pike", "says"),
    ("d", "We’ve got six players under 21 in that team,", 0, "Darren Pike", "said"),
    ("d", "They’ll be better for it.", 0, "Darren Pike", None),
    ("i", "the Hawks had targeted the Magpies’ inexperienced backline", 0, "Jack Ellery", "said"),
    ("d", "We knew if we got it in quick, we’d get chances,", 0, "Jack Ellery", "said"),
], {
    "Darren Pike": ["coach Darren Pike", "Pike"],
    "Jack Ellery": ["Hawks skipper Jack ‘Bomber’ Ellery", "Ellery"],
}))

P.append(('''
Three cases of a mosquito-borne virus have been confirmed in Kendall Shire, in the state's north.

Chief Health Officer Dr Anita Rao said all three patients were recovering in hospital. "This summer has been wet and warm, which is perfect mozzie weather," Dr Rao said.

The virus can cause fever and joint pain lasting months, according to Professor Sam Whitlam, an infectious diseases expert at Northern Coast University. He said there was no vaccine, so avoiding bites was the only protection.
''', [
    ("i", "all three patients were recovering in hospital", 0, "Anita Rao", "said"),
    ("d", "This summer has been wet and warm, which is perfect mozzie weather,", 0, "Anita Rao", "said"),
    ("i", "The virus can cause fever and joint pain lasting months", 0, "Sam Whitlam", "according to"),
    ("i", "there was no vaccine, so avoiding bites was the only protection", 0, "Sam Whitlam", "said"),
], {
    "Anita Rao": ["Chief Health Officer Dr Anita Rao", "Dr Rao"],
    "Sam Whitlam": ["Professor Sam Whitlam"],
}))

P.append(("""
Iron ore miner Redgum Resources has posted a record half-year profit of $1.9 billion on the back of strong demand from steelmakers.

Managing director Fiona Castellano said the company would return $800 million to shareholders. “It’s been a cracking six months,” Ms Castellano said. “Our people at Mount Carnaby have done an extraordinary job.”

Analyst Tim Rourke, of Bayside Securities, said the result beat market forecasts but warned that ore prices were likely to soften next year. “Enjoy it while it lasts,” Mr Rourke said.
""", [
    ("i", "the company would return $800 million to shareholders", 0, "Fiona Castellano", "said"),
    ("d", "It’s been a cracking six months,", 0, "Fiona Castellano", "said"),
    ("d", "Our people at Mount Carnaby have done an extraordinary job.", 0, "Fiona Castellano", None),
    ("i", "the result beat market forecasts", 0, "Tim Rourke", "said"),
    ("i", "ore prices were likely to soften next year", 0, "Tim Rourke", "warned"),
    ("d", "Enjoy it while it lasts,", 0, "Tim Rourke", "said"),
], {
    "Fiona Castellano": ["Managing director Fiona Castellano", "Ms Castellano"],
    "Tim Rourke": ["Analyst Tim Rourke", "Mr Rourke"],
}))

P.append(('''
A Port Kendall man who drove his ute through a closed floodway has been fined $2,500 and lost his licence for six months.

Nathan Pryce, 34, pleaded guilty in Port Kendall Magistrates Court on Thursday. Magistrate Helen Kostas said he had put the lives of two SES volunteers at risk when they had to rescue him. "Floodwater does not care how big your tyres are," she said.

Mr Pryce's lawyer, Chris Oyelaran, told the court his client was "deeply embarrassed" and had written letters of apology to both volunteers.
''', [
    ("i", "he had put the lives of two SES volunteers at risk when they had to rescue him", 0, "Helen Kostas", "said"),
    ("d", "Floodwater does not care how big your tyres are,", 0, "Helen Kostas", "said"),
    ("m", 'his client was "deeply embarrassed" and had written letters of apology to both volunteers', 0, "Chris Oyelaran", "told"),
], {
    "Helen Kostas": ["Magistrate Helen Kostas", "Helen Kostas"],
    "Chris Oyelaran": ["Chris Oyelaran"],
}))

P.append(("""
Wattle Creek Shire Council has installed the state’s first ‘smart’ koala crossing, with flashing signs triggered when an animal approaches the road.

Mayor Jo Roe said the $250,000 project had been funded by a state grant. ‘We lose too many koalas on Ridge Road,’ Cr Roe said.

What locals told us:

‘About time. I’ve seen three koalas hit on that road this year.’ — Sharon Liddell, Wattle Creek

‘Lovely idea, but they need to drop the speed limit too.’ — Tony Barrett, Kendall Heads
""", [
    ("i", "the $250,000 project had been funded by a state grant", 0, "Jo Roe", "said"),
    ("d", "We lose too many koalas on Ridge Road,", 0, "Jo Roe", "said"),
    ("d", "About time. I’ve seen three koalas hit on that road this year.", 0, "Sharon Liddell", "—"),
    ("d", "Lovely idea, but they need to drop the speed limit too.", 0, "Tony Barrett", "—"),
], {
    "Jo Roe": ["Mayor Jo Roe", "Cr Roe"],
    "Sharon Liddell": ["Sharon Liddell"],
    "Tony Barrett": ["Tony Barrett"],
}))

run("australian", P)
