"""Class `addressee`: the addressee, interviewer or outlet is never the speaker."""
from make import run

P = []

P.append(("""
The Brennock city council voted 5-2 on Tuesday to close the Quarry Street library branch at the end of the year.

Speaking to Nadia Orr of the Brennock Ledger after the vote, Mayor Tobias Wend said the decision had been “the hardest of my two terms.” He added that the branch’s books would move to the main library on Elm Avenue.

Librarian Carla Diaz told the council that the branch lent more children’s books than any other in the city. “You are closing the one place these kids walk to,” she said.

In an interview with Radio Brennock, council member Pete Aldana said he had voted against the closure. “We found money for a parking garage,” he told the station. “We can find it for books.”
""", [
    ("m", "the decision had been “the hardest of my two terms.”", 0, "Tobias Wend", "said"),
    ("i", "the branch’s books would move to the main library on Elm Avenue", 0, "Tobias Wend", "added"),
    ("i", "the branch lent more children’s books than any other in the city", 0, "Carla Diaz", "told"),
    ("d", "You are closing the one place these kids walk to,", 0, "Carla Diaz", "said"),
    ("i", "he had voted against the closure", 0, "Pete Aldana", "said"),
    ("d", "We found money for a parking garage,", 0, "Pete Aldana", "told"),
    ("d", "We can find it for books.", 0, "Pete Aldana", None),
], {
    "Tobias Wend": ["Mayor Tobias Wend", "Tobias Wend"],
    "Carla Diaz": ["Librarian Carla Diaz", "Carla Diaz"],
    "Pete Aldana": ["council member Pete Aldana", "Pete Aldana"],
}))

P.append(("""
A former care home manager has been jailed for two years for stealing from residents.

Asked by reporters outside Lowmoor Crown Court whether she had anything to say to the families, Mrs Lydia Crane shook her head. Her barrister, Mr Owen Thale KC, had told the judge that she was ‘ashamed beyond words’.

Judge Harriet Vose told Mrs Crane: ‘You took from people who trusted you with everything they had left.’

The son of one resident, Mr Raj Pillay, said in comments to the Lowmoor Echo that the sentence was ‘a start’. ‘My father never got his watch back,’ he told the paper.
""", [
    ("m", "she was ‘ashamed beyond words’", 0, "Owen Thale", "had told"),
    ("d", "You took from people who trusted you with everything they had left.", 0, "Harriet Vose", "told"),
    ("m", "the sentence was ‘a start’", 0, "Raj Pillay", "said"),
    ("d", "My father never got his watch back,", 0, "Raj Pillay", "told"),
], {
    "Owen Thale": ["Her barrister, Mr Owen Thale KC", "Mr Owen Thale KC"],
    "Harriet Vose": ["Judge Harriet Vose", "Harriet Vose"],
    "Raj Pillay": ["The son of one resident, Mr Raj Pillay", "Mr Raj Pillay"],
}))

P.append(('''
Harlan City FC coach Bruno Salas did not hold back after Saturday's 3-0 loss at Pine Ridge.

"We were soft in every duel," Salas told Meg Tully of KRVN Sports after the game. "That's on me."

Pine Ridge striker Dayo Ekwueme, who scored twice, told reporters the win was for the club's injured captain. Asked by KRVN whether the title race was over, Ekwueme said: "Not even close. Ask me in May."

Harlan City's owner, Vera Lusk, said in comments to the Harlan Times that Salas had her full support.
''', [
    ("d", "We were soft in every duel,", 0, "Bruno Salas", "told"),
    ("d", "That's on me.", 0, "Bruno Salas", None),
    ("i", "the win was for the club's injured captain", 0, "Dayo Ekwueme", "told"),
    ("d", "Not even close. Ask me in May.", 0, "Dayo Ekwueme", "said"),
    ("i", "Salas had her full support", 0, "Vera Lusk", "said"),
], {
    "Bruno Salas": ["Harlan City FC coach Bruno Salas", "Bruno Salas", "Salas"],
    "Dayo Ekwueme": ["Pine Ridge striker Dayo Ekwueme", "Dayo Ekwueme", "Ekwueme"],
    "Vera Lusk": ["Harlan City's owner, Vera Lusk", "Vera Lusk"],
}))

P.append(("""
Shares in Corvane Foods fell 6% on Thursday after the company cut its full-year forecast.

In an interview with Market Hour on WBX Radio, chief executive Helena Strand said the cut reflected “a brutal spring for cocoa prices.” She told host Gil Ramos that the company would not raise prices again this year.

Analyst Priya Venkat of Tarrow Securities said the forecast was still too optimistic. “They are assuming cocoa comes back down by autumn,” she wrote in a note to clients. “I see no sign of that.”

Corvane declined to comment on Venkat’s note.
""", [
    ("m", "the cut reflected “a brutal spring for cocoa prices.”", 0, "Helena Strand", "said"),
    ("i", "the company would not raise prices again this year", 0, "Helena Strand", "told"),
    ("i", "the forecast was still too optimistic", 0, "Priya Venkat", "said"),
    ("d", "They are assuming cocoa comes back down by autumn,", 0, "Priya Venkat", "wrote"),
    ("d", "I see no sign of that.", 0, "Priya Venkat", None),
], {
    "Helena Strand": ["chief executive Helena Strand", "Helena Strand"],
    "Priya Venkat": ["Analyst Priya Venkat", "Priya Venkat", "Venkat"],
}))

P.append(("""
A rare orchid has flowered in the Halvey Fens for the first time in 60 years, conservationists say.

Dr Imogen Rusk, who found the plant, told the Fenland Gazette she had ‘almost trodden on it’. Speaking to the paper’s nature writer, Mr Colin Aske, she said: ‘I sat down in the mud and cried.’

Mr Tom Berrow, the reserve’s warden, told volunteers at a meeting on Sunday that its location would stay secret. He said in comments to Fen Radio that collectors had dug up orchids on the reserve before.
""", [
    ("i", "A rare orchid has flowered in the Halvey Fens for the first time in 60 years", 0, "conservationists", "say"),
    ("m", "she had ‘almost trodden on it’", 0, "Imogen Rusk", "told"),
    ("d", "I sat down in the mud and cried.", 0, "Imogen Rusk", "said"),
    ("i", "its location would stay secret", 0, "Tom Berrow", "told"),
    ("i", "collectors had dug up orchids on the reserve before", 0, "Tom Berrow", "said"),
], {
    "conservationists": ["conservationists"],
    "Imogen Rusk": ["Dr Imogen Rusk"],
    "Tom Berrow": ["Mr Tom Berrow"],
}))

P.append(('''
Premier Denise Arcand says her government will not call an early election.

Asked by reporters on Wednesday about rumours of a spring vote, Arcand said: "There will be no election before the budget. Full stop."

Opposition leader Marc Tellier told CJRT host Anne-Marie Doucet that the premier was "afraid of the voters." Pressed by Doucet on whether his party was ready, he replied, "We have candidates in 71 of 80 ridings."

A spokesperson for the premier said Tellier's remarks did not deserve a response.
''', [
    ("i", "her government will not call an early election", 0, "Denise Arcand", "says"),
    ("d", "There will be no election before the budget. Full stop.", 0, "Denise Arcand", "said"),
    ("m", 'the premier was "afraid of the voters."', 0, "Marc Tellier", "told"),
    ("d", "We have candidates in 71 of 80 ridings.", 0, "Marc Tellier", "replied"),
    ("i", "Tellier's remarks did not deserve a response", 0, "a spokesperson", "said"),
], {
    "Denise Arcand": ["Premier Denise Arcand", "Denise Arcand", "Arcand"],
    "Marc Tellier": ["Opposition leader Marc Tellier", "Marc Tellier", "Tellier"],
    "a spokesperson": ["A spokesperson"],
}))

P.append(("""
Shire president Cr Barry Lenehan told Water Minister Greg Halpin on Tuesday that the town of Coolabri would run out of water by February.

"We've got eight weeks of supply left, and that's if it doesn't get hotter," Cr Lenehan said. He told the minister the shire had been asking for a new bore for six years.

In an interview with Outback FM, Mr Halpin said funding for the bore had been approved that morning. "The cheque is in the mail, and I mean that literally," he told the station's breakfast host, Kerry Nolan.

Local farmer Dot McKinnon said she would believe it when the drill arrived.
""", [
    ("i", "the town of Coolabri would run out of water by February", 0, "Barry Lenehan", "told"),
    ("d", "We've got eight weeks of supply left, and that's if it doesn't get hotter,", 0, "Barry Lenehan", "said"),
    ("i", "the shire had been asking for a new bore for six years", 0, "Barry Lenehan", "told"),
    ("i", "funding for the bore had been approved that morning", 0, "Greg Halpin", "said"),
    ("d", "The cheque is in the mail, and I mean that literally,", 0, "Greg Halpin", "told"),
    ("i", "she would believe it when the drill arrived", 0, "Dot McKinnon", "said"),
], {
    "Barry Lenehan": ["Shire president Cr Barry Lenehan", "Cr Barry Lenehan", "Cr Lenehan"],
    "Greg Halpin": ["Water Minister Greg Halpin", "Greg Halpin", "Mr Halpin"],
    "Dot McKinnon": ["Local farmer Dot McKinnon", "Dot McKinnon"],
}))

run("addressee", P)
