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
