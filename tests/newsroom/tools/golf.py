from make import run

P = []

# Batch 6 (blind). Australian women's golf report, curly marks: two women
# players in turn, a caddie brother (he) with her surname, "she laughed",
# "Asked what …, she laughed" then a quotation, an organisers' report of
# two clauses joined by "and", "plans to" (no record), a coach in
# apposition, a page reference.
P.append(("""
Dhillon holds her nerve to win Coral Coast Open by one shot

By Mitch Dorrigan

Twenty-three-year-old Simran Dhillon held off a charging Jade Pettigrew to win the Coral Coast Open by a single shot at Barrabool on Sunday, her first professional title.

Dhillon, who turned professional only in March, closed with a three-under 69 for a total of 13 under. Pettigrew, the 2019 champion, birdied four of the last six holes but missed a 12-foot putt on the 18th that would have forced a play-off.

“I didn’t look at a leaderboard all day,” Dhillon said. “My caddie told me to just keep hitting fairways, so that’s what I did.”

Her caddie, her older brother Arjun Dhillon, said she had been “ice cold” over the closing holes.

“She hardly said a word from the 12th tee,” he said. “That’s when I knew she was in the zone.”

Pettigrew was gracious in defeat. “She deserved it,” she said. “I gave it everything on the back nine, and she just kept answering.”

She said a back injury that kept her out for most of last season was “finally behind me”.

The tournament’s organisers said a record 31,000 people had attended over the four days, and the event would return to Barrabool next year.

The national federation’s high performance manager, Lisa Montague, said Dhillon’s win showed the depth of young talent in the women’s game.

“Five years ago we were worried about where the next generation would come from,” Montague said. “Now we have a queue.”

Dhillon, who grew up in Griffith Downs and learned the game on a nine-hole course her father helped build, plans to play in Europe later this year.

Asked what she would do with the winner’s cheque of $180,000, she laughed. “Pay my brother, first,” she said.

Third place went to the amateur Maddie Fraser, 17, who finished on 10 under. Her coach, Paul Garner, said she would stay amateur until after the world junior championships in August.

Fraser’s total was the best by an amateur at the event since 2008. She said she had learned more in four days than in a whole season of junior golf.

Final-round scores, page 46.
""", [
    ("d", "I didn’t look at a leaderboard all day,", 0, "Simran Dhillon", "said"),
    ("d", "My caddie told me to just keep hitting fairways, so that’s what I did.", 0, "Simran Dhillon", None),
    ("m", "she had been “ice cold” over the closing holes", 0, "Arjun Dhillon", "said"),
    ("d", "She hardly said a word from the 12th tee,", 0, "Arjun Dhillon", "said"),
    ("d", "That’s when I knew she was in the zone.", 0, "Arjun Dhillon", None),
    ("d", "She deserved it,", 0, "Jade Pettigrew", "said"),
    ("d", "I gave it everything on the back nine, and she just kept answering.", 0, "Jade Pettigrew", None),
    ("m", "a back injury that kept her out for most of last season was “finally behind me”", 0, "Jade Pettigrew", "said"),
    ("i", "a record 31,000 people had attended over the four days, and the event would return to Barrabool next year", 0, "The tournament’s organisers", "said"),
    ("i", "Dhillon’s win showed the depth of young talent in the women’s game", 0, "Lisa Montague", "said"),
    ("d", "Five years ago we were worried about where the next generation would come from,", 0, "Lisa Montague", "said"),
    ("d", "Now we have a queue.", 0, "Lisa Montague", None),
    ("d", "Pay my brother, first,", 0, "Simran Dhillon", "said"),
    ("i", "she would stay amateur until after the world junior championships in August", 0, "Paul Garner", "said"),
    ("i", "she had learned more in four days than in a whole season of junior golf", 0, "Maddie Fraser", "said"),
], {
    "Simran Dhillon": ["Simran Dhillon", "Dhillon"],
    "Arjun Dhillon": ["Arjun Dhillon", "Her caddie"],
    "Jade Pettigrew": ["Jade Pettigrew", "Pettigrew"],
    "The tournament’s organisers": ["The tournament’s organisers"],
    "Lisa Montague": ["Lisa Montague", "Montague"],
    "Paul Garner": ["Paul Garner", "Her coach"],
    "Maddie Fraser": ["Maddie Fraser", "Fraser"],
}))

run("golf", P)
