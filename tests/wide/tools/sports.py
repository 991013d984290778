from make import run

P = []

P.append(("""
The Harbour City Gulls found their rhythm in the second half and beat Rockmoor 3-1 on Saturday.

Coach Dana Pellow said the win was the best of the season. She believes the squad can still reach the playoffs, though the league table shows a six-point gap.

Striker Ivo Marsh wants the ball at his feet more often. "Give it to me early and I will score," he said.
""", [
    ("i", "the win was the best of the season", 0, "Dana Pellow", "said", "speech"),
    ("i", "the squad can still reach the playoffs", 0, "Dana Pellow", "believes", "thought"),
    ("i", "the ball at his feet more often", 0, "Ivo Marsh", "wants", "thought"),
    ("d", "Give it to me early and I will score,", 0, "Ivo Marsh", "said", "speech"),
], {
    "Dana Pellow": ["Coach Dana Pellow"],
    "Ivo Marsh": ["Striker Ivo Marsh"],
}))

P.append(("""
Tennis veteran Rosa Ferand will retire after the Linden Open, her agent confirmed on Tuesday.

Ferand, 34, has won eleven titles and plans to coach juniors in her home town. Her serve showed signs of wear this spring, and she lost in the first round in three of her last four events.

Tournament director Paul Okafe hopes she will play one last night match on the centre court.
""", [
    ("i", "Tennis veteran Rosa Ferand will retire after the Linden Open", 0, "her agent", "confirmed", "speech"),
    ("i", "to coach juniors in her home town", 0, "Rosa Ferand", "plans", "thought"),
    ("i", "she will play one last night match on the centre court", 0, "Paul Okafe", "hopes", "thought"),
], {
    "Rosa Ferand": ["Tennis veteran Rosa Ferand", "Ferand"],
    "Paul Okafe": ["Tournament director Paul Okafe"],
    "her agent": ["her agent"],
}))

P.append(("""
The Westbrook Comets are expected to name a new manager this week after a run of nine defeats.

Club data show that attendance has fallen by a fifth since March. Chairman Lev Antar told supporters the board had "heard the anger in the stands."

Fans hope for a quick appointment. The team plays Dunmore next on Friday.
""", [
    ("i", "to name a new manager this week after a run of nine defeats", 0, None, "are expected", "thought"),
    ("i", "attendance has fallen by a fifth since March", 0, "Club data", "show", "evidence"),
    ("m", 'the board had "heard the anger in the stands."', 0, "Lev Antar", "told", "speech"),
], {
    "Club data": ["Club data"],
    "Lev Antar": ["Chairman Lev Antar"],
}))

P.append(("""
Swimmer Tomas Keel broke the national record in the 200 metres on Sunday, touching the wall in 1:45.02.

"I knew I had it with 50 to go," Keel said. Timing records show he was ahead of record pace from the first turn.

His coach fears the long season may catch up with him in August. Keel plans a week of rest in the mountains.
""", [
    ("d", "I knew I had it with 50 to go,", 0, "Tomas Keel", "said", "speech"),
    ("i", "he was ahead of record pace from the first turn", 0, "Timing records", "show", "evidence"),
    ("i", "the long season may catch up with him in August", 0, "His coach", "fears", "thought"),
    ("i", "a week of rest in the mountains", 0, "Tomas Keel", "plans", "thought"),
], {
    "Tomas Keel": ["Swimmer Tomas Keel", "Keel"],
    "Timing records": ["Timing records"],
    "His coach": ["His coach"],
}))

run("sports", P)

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
Kellan Rovers are believed to be close to signing the goalkeeper Matej Sorn from Dunhill Athletic.

Rovers manager Aoife Brannock declined to discuss the talks. "We are always looking, and Matej is a fine keeper," she said after training on Thursday.

Injury records show that Rovers have used four keepers this season. Brannock thinks the squad lacks depth in defence, and she plans to raise the matter with the board.

The club's new training ground will be shown to fans at an open day in June.
""", [
    ("i", "to be close to signing the goalkeeper Matej Sorn from Dunhill Athletic", 0, None, "are believed", "thought"),
    ("d", "We are always looking, and Matej is a fine keeper,", 0, "Aoife Brannock", "said", "speech"),
    ("i", "Rovers have used four keepers this season", 0, "Injury records", "show", "evidence"),
    ("i", "the squad lacks depth in defence", 0, "Aoife Brannock", "thinks", "thought"),
    ("i", "to raise the matter with the board", 0, "Aoife Brannock", "plans", "thought"),
], {
    "Aoife Brannock": ["Rovers manager Aoife Brannock", "Brannock"],
    "Injury records": ["Injury records"],
}))

B2.append(("""
Cyclist Hana Veldt fears her season is over after she broke her collarbone in a crash on the fourth stage of the Tour of Marrow.

Race footage shows that a spectator's flag caught her front wheel on the descent. “I heard a crack and knew straight away,” Veldt told reporters from her hospital bed.

Her team, Orla Velo, said she would have surgery on Monday. Doctors expect her to be back on a bike within six weeks.

The stage was won by Pim Dorrell, who found a gap on the final bend.
""", [
    ("i", "her season is over after she broke her collarbone in a crash on the fourth stage of the Tour of Marrow", 0, "Hana Veldt", "fears", "thought"),
    ("i", "a spectator's flag caught her front wheel on the descent", 0, "Race footage", "shows", "evidence"),
    ("d", "I heard a crack and knew straight away,", 0, "Hana Veldt", "told", "speech"),
    ("i", "she would have surgery on Monday", 0, "Orla Velo", "said", "speech"),
    ("i", "her to be back on a bike within six weeks", 0, "Doctors", "expect", "thought"),
], {
    "Hana Veldt": ["Cyclist Hana Veldt", "Veldt"],
    "Race footage": ["Race footage"],
    "Orla Velo": ["Orla Velo", "Her team"],
    "Doctors": ["Doctors"],
}))

B2.append(("""
The Ashford Hawks will play their home games at a smaller ground next season, the club's chief executive, Ravi Menon, announced on Monday.

A survey of season-ticket holders found that two thirds would follow the team to the new site. According to Menon, the move will save the club about 1.5 million pounds a year.

Some supporters doubt that the savings will be that large. "It's a step backwards," said Joan Fitch, who has watched the Hawks for forty years. The team's record at the old ground is the best in the league.
""", [
    ("i", "The Ashford Hawks will play their home games at a smaller ground next season", 0, "Ravi Menon", "announced", "speech"),
    ("i", "two thirds would follow the team to the new site", 0, "A survey of season-ticket holders", "found", "evidence"),
    ("i", "the move will save the club about 1.5 million pounds a year", 0, "Ravi Menon", "According to", "speech"),
    ("i", "the savings will be that large", 0, "Some supporters", "doubt", "thought"),
    ("d", "It's a step backwards,", 0, "Joan Fitch", "said", "speech"),
], {
    "Ravi Menon": ["Ravi Menon", "Menon", "the club's chief executive"],
    "A survey of season-ticket holders": ["A survey of season-ticket holders", "A survey"],
    "Some supporters": ["Some supporters"],
    "Joan Fitch": ["Joan Fitch"],
}))

run("sports", B2, first=5)
