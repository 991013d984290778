from make import run

P = []

# Batch 4 (blind). Indian English cricket report, straight marks, a colon
# dateline and an unsigned byline (`Our Sports Reporter`): a deck with a
# quoted phrase, roles before names (`Skipper`, `wicketkeeper`, `Warriors
# captain`, `Kings coach`), nested speech in a quotation, "credited X for it"
# (no record), "admitted that", "questioned the umpire's decision" (no
# record), "stated that", "informed that", "As per the team management",
# content-first "..., as per the ... Association", "dedicated his century to"
# (no record).
P.append(("""
Rathore's century takes Vidarbha Kings to thrilling two-wicket win

Skipper says team "never gave up" after slipping to 96 for 5 in chase of 287

Our Sports Reporter

NAGPUR: Skipper Aditya Rathore struck a magnificent 124 off 109 balls as Vidarbha Kings chased down 287 with two balls to spare against Konkan Warriors at the Civil Lines Stadium on Sunday, keeping their hopes of a semi-final berth alive.

Chasing a stiff target, the Kings were in deep trouble at 96 for 5 in the 22nd over, with left-arm spinner Faizal Qureshi claiming three wickets in the space of 11 balls.

Rathore then found an able ally in wicketkeeper Nikhil Bhonsle, who made 58, and the pair added 131 runs for the sixth wicket.

"At 96 for 5, honestly, I was only thinking of batting till the 40th over," Rathore told reporters after the match. "Nikhil kept telling me, 'Bhai, one more over, one more over.' That is how we got there."

He said the team had never given up, even when the asking rate touched eight an over.

Bhonsle said the dressing room had been "very calm" during the collapse and credited coach Sunil Apte for it.

Earlier, Konkan Warriors, put in to bat, posted 286 for 7, riding on a fluent 92 from opener Rohan Deshpande. Pacer Imran Sheikh was the pick of the Kings' bowlers with 3 for 41.

Warriors captain Deepak Salvi admitted that his bowlers had lost their line in the final ten overs. "We bowled well for 40 overs and then gave away 70 in the last six. You cannot do that against a batsman in that kind of form," he said.

Salvi also questioned the umpire's decision to turn down a leg-before appeal against Rathore when he was on 41, but stated that he would not make excuses.

Kings coach Apte informed that fast bowler Harsh Vyas had suffered a hamstring strain and would undergo a scan on Monday. As per the team management, Vyas is likely to miss the next two matches.

The win takes the Kings to 10 points from seven games, level with third-placed Malwa Tigers. The Kings will face table-toppers Deccan Chargers in Pune on Thursday.

Around 18,000 spectators turned up for the day-night fixture, as per the Vidarbha Cricket Association. The association stated that ticket sales for the season had crossed Rs 2 crore.

Rathore dedicated his century to his late father, who had first taken him to the same ground as a seven-year-old. "He would have been sitting in the North Stand, shouting at me to run faster," he said.
""", [
    ("d", "At 96 for 5, honestly, I was only thinking of batting till the 40th over,", 0, "Aditya Rathore", "told"),
    ("d", "Nikhil kept telling me, 'Bhai, one more over, one more over.' That is how we got there.", 0, "Aditya Rathore", None),
    ("i", "the team had never given up, even when the asking rate touched eight an over", 0, "Aditya Rathore", "said"),
    ("m", "the dressing room had been \"very calm\" during the collapse", 0, "Nikhil Bhonsle", "said"),
    ("i", "his bowlers had lost their line in the final ten overs", 0, "Deepak Salvi", "admitted"),
    ("d", "We bowled well for 40 overs and then gave away 70 in the last six. You cannot do that against a batsman in that kind of form,", 0, "Deepak Salvi", "said"),
    ("i", "he would not make excuses", 0, "Deepak Salvi", "stated"),
    ("i", "fast bowler Harsh Vyas had suffered a hamstring strain and would undergo a scan on Monday", 0, "Sunil Apte", "informed"),
    ("i", "Vyas is likely to miss the next two matches", 0, "the team management", "As per"),
    ("i", "Around 18,000 spectators turned up for the day-night fixture", 0, "Vidarbha Cricket Association", "as per"),
    ("i", "ticket sales for the season had crossed Rs 2 crore", 0, "Vidarbha Cricket Association", "stated"),
    ("d", "He would have been sitting in the North Stand, shouting at me to run faster,", 0, "Aditya Rathore", "said"),
], {
    "Aditya Rathore": ["Skipper Aditya Rathore", "Aditya Rathore", "Rathore"],
    "Nikhil Bhonsle": ["wicketkeeper Nikhil Bhonsle", "Nikhil Bhonsle", "Bhonsle"],
    "Deepak Salvi": ["Warriors captain Deepak Salvi", "Deepak Salvi", "Salvi"],
    "Sunil Apte": ["coach Sunil Apte", "Sunil Apte", "Apte"],
    "the team management": ["the team management"],
    "Vidarbha Cricket Association": ["the Vidarbha Cricket Association", "The association"],
}))

run("cricket", P)
