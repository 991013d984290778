from make import run

P = []

# Batch 6 (blind). British boxing press conference, single curly marks, "By
# … at venue": two fighters (he, he) trading insults, "said he would ‘…’",
# "called X ‘Y’ and said he had ‘…’", a promoter, a board that "confirmed
# that", a trainer's mixed clause and "shrugged" before a quotation, a
# mother named by her given name, "according to the board", bookmakers'
# odds (no record).
P.append(("""
Okonjo and Hale trade insults as Halstead fight night sells out

By Gary Pemberton at the Grand Hotel, Halstead

Tunde Okonjo said he would ‘put Danny Hale to sleep inside six rounds’ as the pair came face to face for the first time ahead of their British middleweight title fight on Saturday.

The champion, 29, had to be held back by his trainer when Hale, the challenger from Brackmoor, shoved him during the traditional face-off.

‘He can push me all he wants this week,’ Okonjo said. ‘On Saturday there’s a referee and nowhere to run.’

Hale, 31, who has lost only once in 24 fights, called the champion ‘a social media boxer’ and said he had ‘never been hit by a proper puncher’.

‘I’ve watched every one of his fights. He’s never met anyone like me,’ Hale said. ‘I’m not here to be a name on his record.’

Okonjo won the title in March with a points decision over Leon Carver, though many at ringside thought Carver had done enough. ‘People still bring that up,’ Okonjo said. ‘I’ll settle it properly this time.’

Promoter Barry Kinsella said all 8,500 tickets for the Halstead Arena had been sold within four hours, a record for the venue.

‘This is the fight the town has wanted for three years,’ Kinsella said. ‘Both lads are from within ten miles of here, and there’s genuine needle.’

The boxing board confirmed that both fighters had passed their medicals on Tuesday.

Okonjo’s trainer, Mick Darragh, said his man had sparred 120 rounds for the fight and was ‘in the shape of his life’.

Asked about the shove, Darragh shrugged. ‘It’s a show. Everybody knows it’s a show,’ he said. ‘The real talking is done on Saturday night.’

Bookmakers make Okonjo the 4-9 favourite with most firms in the town.

Hale’s mother, Carol, who will be ringside, said she would not be watching the first round.

‘I never do,’ she said. ‘I look at the floor and wait for the noise.’

The winner will be ordered to face the European champion, Luca Ferrante, by the end of the year, according to the board.
""", [
    ("m", "he would ‘put Danny Hale to sleep inside six rounds’", 0, "Tunde Okonjo", "said"),
    ("d", "He can push me all he wants this week,", 0, "Tunde Okonjo", "said"),
    ("d", "On Saturday there’s a referee and nowhere to run.", 0, "Tunde Okonjo", None),
    ("m", "the champion ‘a social media boxer’", 0, "Danny Hale", "called"),
    ("m", "he had ‘never been hit by a proper puncher’", 0, "Danny Hale", "said"),
    ("d", "I’ve watched every one of his fights. He’s never met anyone like me,", 0, "Danny Hale", "said"),
    ("d", "I’m not here to be a name on his record.", 0, "Danny Hale", None),
    ("d", "People still bring that up,", 0, "Tunde Okonjo", "said"),
    ("d", "I’ll settle it properly this time.", 0, "Tunde Okonjo", None),
    ("i", "all 8,500 tickets for the Halstead Arena had been sold within four hours, a record for the venue", 0, "Barry Kinsella", "said"),
    ("d", "This is the fight the town has wanted for three years,", 0, "Barry Kinsella", "said"),
    ("d", "Both lads are from within ten miles of here, and there’s genuine needle.", 0, "Barry Kinsella", None),
    ("i", "both fighters had passed their medicals on Tuesday", 0, "The boxing board", "confirmed"),
    ("m", "his man had sparred 120 rounds for the fight and was ‘in the shape of his life’", 0, "Mick Darragh", "said"),
    ("d", "It’s a show. Everybody knows it’s a show,", 0, "Mick Darragh", "said"),
    ("d", "The real talking is done on Saturday night.", 0, "Mick Darragh", None),
    ("i", "she would not be watching the first round", 0, "Carol Hale", "said"),
    ("d", "I never do,", 0, "Carol Hale", "said"),
    ("d", "I look at the floor and wait for the noise.", 0, "Carol Hale", None),
    ("i", "The winner will be ordered to face the European champion, Luca Ferrante, by the end of the year", 0, "The boxing board", "according to"),
], {
    "Tunde Okonjo": ["Tunde Okonjo", "Okonjo", "The champion"],
    "Danny Hale": ["Danny Hale", "Hale"],
    "Barry Kinsella": ["Barry Kinsella", "Kinsella"],
    "The boxing board": ["The boxing board", "the board"],
    "Mick Darragh": ["Mick Darragh", "Darragh"],
    "Carol Hale": ["Carol"],
}))

run("boxing", P)
