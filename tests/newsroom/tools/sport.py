from make import run

P = []

# Canadian junior hockey, curly marks: save counts, "denied" with a noun
# object, "declined to discuss", a nickname, a caption with a credit.
P.append(("""
Otters edge Kestrels in overtime, force Game 7

By Devon Marchuk
The Prairie Ledger

PRINCE ALDEN, Sask. — Goaltender Mika Lindgren stopped 41 shots and Tyler Okonkwo scored 2:14 into overtime as the Rivermouth Otters beat the Ashby Flats Kestrels 3-2 on Thursday to even their western final at three games apiece.

Okonkwo, a 19-year-old winger who was passed over in last summer’s draft, took a drop pass from captain Jesse Whitford and beat Kestrels goalie Raf Duchesne high on the glove side.

“I just shut my eyes and shot it,” Okonkwo said. “Honestly, I didn’t see it go in until the guys jumped on me.”

Lindgren denied the Kestrels three times on a second-period power play and robbed forward Carter Bellamy with his pad in the final minute of regulation. Otters coach Dale Sokoloski called it “the best game he’s played for us, full stop.”

“When your goalie gives you that, you owe him a win,” Sokoloski told reporters. “We didn’t give him much in the first. We were sloppy, we were slow, and he bailed us out.”

The Kestrels led 2-0 after twenty minutes on goals from Bellamy and defenceman Arjun Pell. Ashby Flats outshot Rivermouth 17-6 in the opening period and appeared in control until Whitford cut the lead with a wrist shot from the slot at 8:40 of the second.

Whitford, nicknamed “Moose” by teammates since his bantam days, has 11 points in the series. He said the dressing room never doubted the comeback. “Nobody panicked. We’ve been down before,” he said.

Kestrels coach Anne-Marie Thibodeau said her team stopped skating after the first intermission. She declined to discuss a hit by Otters defenceman Brody Kaminski that sent Pell to the dressing room late in the third period.

“I’m not going to talk about the officiating,” Thibodeau said. “The league has the video. They can decide.”

The Western Junior Hockey League confirmed on Friday morning that it would review the hit. Kaminski was not penalized on the play.

Pell did not return. Thibodeau said he was being evaluated and that his status for Game 7 was unclear.

Attendance at the Alden Co-op Centre was 4,812, a sellout. Game 7 is Saturday in Ashby Flats, where the Kestrels are 7-1 in the playoffs this spring and have not lost at home since February.

“It’s their building, their crowd,” Okonkwo said. “We like that. Nobody expects anything from us.”

Otters forward Jesse Whitford celebrates a goal against Ashby Flats on Thursday. (Photo: Lena Vasquez / The Prairie Ledger)
""", [
    ("d", "I just shut my eyes and shot it,", 0, "Tyler Okonkwo", "said"),
    ("d", "Honestly, I didn’t see it go in until the guys jumped on me.", 0, "Tyler Okonkwo", None),
    ("m", "it “the best game he’s played for us, full stop.”", 0, "Dale Sokoloski", "called"),
    ("d", "When your goalie gives you that, you owe him a win,", 0, "Dale Sokoloski", "told"),
    ("d", "We didn’t give him much in the first. We were sloppy, we were slow, and he bailed us out.", 0, "Dale Sokoloski", None),
    ("i", "the dressing room never doubted the comeback", 0, "Jesse Whitford", "said"),
    ("d", "Nobody panicked. We’ve been down before,", 0, "Jesse Whitford", "said"),
    ("i", "her team stopped skating after the first intermission", 0, "Anne-Marie Thibodeau", "said"),
    ("d", "I’m not going to talk about the officiating,", 0, "Anne-Marie Thibodeau", "said"),
    ("d", "The league has the video. They can decide.", 0, "Anne-Marie Thibodeau", None),
    ("i", "it would review the hit", 0, "Western Junior Hockey League", "confirmed"),
    ("i", "he was being evaluated and that his status for Game 7 was unclear", 0, "Anne-Marie Thibodeau", "said"),
    ("d", "It’s their building, their crowd,", 0, "Tyler Okonkwo", "said"),
    ("d", "We like that. Nobody expects anything from us.", 0, "Tyler Okonkwo", None),
], {
    "Tyler Okonkwo": ["Tyler Okonkwo", "Okonkwo"],
    "Dale Sokoloski": ["Otters coach Dale Sokoloski", "Sokoloski"],
    "Jesse Whitford": ["captain Jesse Whitford", "Whitford"],
    "Anne-Marie Thibodeau": ["Kestrels coach Anne-Marie Thibodeau", "Thibodeau"],
    "Western Junior Hockey League": ["The Western Junior Hockey League"],
}))

# British football, single marks, Mr without a point: a scoreline line, a
# byline "at" a ground, "was ruled a foul", "admitted" with a clause,
# "praised" and "smiled" (no speech), a reported question.
P.append(("""
Harwick hold on for point as Stanmoor rue late penalty

Harwick Athletic 1 Stanmoor Rovers 1

By Owen Pritchard at Fenwold Road

Stanmoor Rovers were held to a 1-1 draw by Harwick Athletic, who equalised from the penalty spot four minutes from time. Rovers manager Gavin Treacy said afterwards that the referee had ‘lost control’.

Rovers had led through a first-half header from Callum Abara and looked set for a third straight away win until full-back Dean Morrow was sent off for a second booking in the 84th minute.

Morrow’s challenge on Harwick winger Jonjo Keane was ruled a foul inside the area, and substitute Ellis Varney converted the spot kick to send the home crowd of 6,208 into raptures.

‘I’ve watched it back three times and he gets the ball,’ Treacy said. ‘Dean is entitled to make a tackle. The referee has lost his grip on the game in the second half and we’ve paid for it.’

Treacy, who was shown a yellow card for protesting, said he would speak to the club’s chairman before deciding whether to comment further. The Football Association is expected to look at the incident.

Harwick manager Priya Nandakumar said she felt the decision was correct. ‘From where I was standing, Jonjo is clean through and he gets clipped,’ she said. ‘I understand Gavin’s frustration, but it’s a penalty every day of the week.’

Abara’s goal was his ninth of the season. The 22-year-old striker, on loan from a top-flight club, rose above two defenders to meet a corner from Liam Osei in the 27th minute.

Harwick goalkeeper Tom Ridley made fine saves from Abara and Osei after the break, and Rovers hit the post through midfielder Sami Kettunen.

Varney, who came on in the 70th minute, has now scored four penalties from four attempts. He admitted his legs were shaking as he placed the ball. ‘You try to shut everything out,’ he said. ‘I picked my spot early and didn’t change my mind.’

The result leaves Harwick 14th in League Two, five points above the relegation places. Stanmoor slip to fourth, two points off automatic promotion.

Nandakumar praised the character of her players, who have now collected seven points from three games. Asked about her own future, with reports linking her to a vacant job in the division above, she smiled. ‘I’ve got a contract here and I’m happy,’ she said.

Stanmoor host Ellerby Town on Saturday. Morrow will serve a one-match ban.
""", [
    ("m", "the referee had ‘lost control’", 0, "Gavin Treacy", "said"),
    ("d", "I’ve watched it back three times and he gets the ball,", 0, "Gavin Treacy", "said"),
    ("d", "Dean is entitled to make a tackle. The referee has lost his grip on the game in the second half and we’ve paid for it.", 0, "Gavin Treacy", None),
    ("i", "he would speak to the club’s chairman before deciding whether to comment further", 0, "Gavin Treacy", "said"),
    ("i", "she felt the decision was correct", 0, "Priya Nandakumar", "said"),
    ("d", "From where I was standing, Jonjo is clean through and he gets clipped,", 0, "Priya Nandakumar", "said"),
    ("d", "I understand Gavin’s frustration, but it’s a penalty every day of the week.", 0, "Priya Nandakumar", None),
    ("i", "his legs were shaking as he placed the ball", 0, "Ellis Varney", "admitted"),
    ("d", "You try to shut everything out,", 0, "Ellis Varney", "said"),
    ("d", "I picked my spot early and didn’t change my mind.", 0, "Ellis Varney", None),
    ("d", "I’ve got a contract here and I’m happy,", 0, "Priya Nandakumar", "said"),
], {
    "Gavin Treacy": ["Rovers manager Gavin Treacy", "Treacy"],
    "Priya Nandakumar": ["Harwick manager Priya Nandakumar", "Nandakumar"],
    "Ellis Varney": ["substitute Ellis Varney", "Varney"],
}))

run("sport", P)
