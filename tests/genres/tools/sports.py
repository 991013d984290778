from make import run

P = []

P.append(("""
Harbourside Rovers came from behind to beat Kestrel Vale 3-2 on Saturday, and coach Dana Whitlock said the win was the most satisfying of her career.

“We were poor for forty minutes,” Whitlock told reporters after the match. “Then the kids just refused to lose.”

Kestrel Vale manager Owen Brace, whose side had led 2-0 at the break, said his defenders had “switched off” at the worst moment. He added that the referee had missed a clear handball before the equaliser.

Striker Tomas “The Hammer” Lindqvist, who scored twice, said he had been playing through an ankle injury for a month. Lindqvist is 6'2" and was signed from Drayton in January.
""", [
    ("i", "the win was the most satisfying of her career", 0, "Dana Whitlock", "said"),
    ("d", "We were poor for forty minutes,", 0, "Dana Whitlock", "told"),
    ("d", "Then the kids just refused to lose.", 0, "Dana Whitlock", None),
    ("m", "his defenders had “switched off” at the worst moment", 0, "Owen Brace", "said"),
    ("i", "the referee had missed a clear handball before the equaliser", 0, "Owen Brace", "added"),
    ("i", "he had been playing through an ankle injury for a month", 0, "Tomas Lindqvist", "said"),
], {
    "Dana Whitlock": ["coach Dana Whitlock", "Dana Whitlock", "Whitlock"],
    "Owen Brace": ["Kestrel Vale manager Owen Brace", "Owen Brace"],
    "Tomas Lindqvist": ["Striker Tomas “The Hammer” Lindqvist", "Lindqvist"],
}))

P.append(('''
Westvale Wanderers captain Priya Nandakumar hit an unbeaten 88 as her side chased down 241 with an over to spare at Coldharbour Oval on Sunday.

"I just wanted to be there at the end," Nandakumar said. "The girls in the dressing room kept telling me to stay calm, and I listened for once."

The win keeps Westvale two points clear at the top of the table. Losing captain Beth Ormerod said her bowlers had been "too short, too often" and conceded the toss had cost them little.

Ormerod, who is 5'11" and bowls seamers herself, took 2-41. Westvale travel to Ashgrove next week.
''', [
    ("d", "I just wanted to be there at the end,", 0, "Priya Nandakumar", "said"),
    ("d", "The girls in the dressing room kept telling me to stay calm, and I listened for once.", 0, "Priya Nandakumar", None),
    ("m", 'her bowlers had been "too short, too often"', 0, "Beth Ormerod", "said"),
    ("i", "the toss had cost them little", 0, "Beth Ormerod", "conceded"),
], {
    "Priya Nandakumar": ["Westvale Wanderers captain Priya Nandakumar", "Priya Nandakumar", "Nandakumar"],
    "Beth Ormerod": ["Losing captain Beth Ormerod", "Beth Ormerod", "Ormerod"],
}))

P.append(("""
Midfielder Carys Penhale will miss the rest of the season with a torn knee ligament, Harbourside Rovers confirmed on Tuesday.

The 24-year-old was injured in a tackle during Saturday’s derby. Club physiotherapist Andrew Mbeki told the team’s website that surgery was scheduled for next week and that rehabilitation would take at least nine months.

“Carys is the heartbeat of this squad,” said Rovers director of football Helen Quist. “We will support her every step of the way, and her shirt stays on the peg.”

Penhale wrote on social media on Wednesday: “Back stronger. Thank you all.”
""", [
    ("i", "Midfielder Carys Penhale will miss the rest of the season with a torn knee ligament", 0, "Harbourside Rovers", "confirmed"),
    ("i", "surgery was scheduled for next week and that rehabilitation would take at least nine months", 0, "Andrew Mbeki", "told"),
    ("d", "Carys is the heartbeat of this squad,", 0, "Helen Quist", "said"),
    ("d", "We will support her every step of the way, and her shirt stays on the peg.", 0, "Helen Quist", None),
    ("d", "Back stronger. Thank you all.", 0, "Carys Penhale", "wrote"),
], {
    "Harbourside Rovers": ["Harbourside Rovers", "Rovers"],
    "Andrew Mbeki": ["Club physiotherapist Andrew Mbeki", "Andrew Mbeki"],
    "Helen Quist": ["Rovers director of football Helen Quist", "Helen Quist"],
    "Carys Penhale": ["Midfielder Carys Penhale", "Carys Penhale", "Penhale", "Carys"],
}))

P.append(("""
Oduya heroics earn Ashgrove ‘massive’ point

Ashgrove goalkeeper Felix Oduya denied the visitors twice in the final ten minutes as his side held Northfield to a goalless draw.

Northfield head coach Marianne Tull said afterwards that her team had done “everything but score”. She told the club’s podcast, “Their keeper was outstanding. You have to take your hat off.”

Oduya declined to comment on whether he would sign a new contract. “I just do my job,” he said with a grin.
""", [
    ("m", "her team had done “everything but score”", 0, "Marianne Tull", "said"),
    ("d", "Their keeper was outstanding. You have to take your hat off.", 0, "Marianne Tull", "told"),
    ("d", "I just do my job,", 0, "Felix Oduya", "said"),
], {
    "Marianne Tull": ["Northfield head coach Marianne Tull", "Marianne Tull"],
    "Felix Oduya": ["Ashgrove goalkeeper Felix Oduya", "Felix Oduya", "Oduya"],
}))

P.append(("""
Lakeport Herons centre Jamal Fenwick, all 6'10" of him, dominated the paint with 31 points and 14 rebounds in a 98-85 win over the Drayton Comets.

Herons coach Ingrid Sollberg praised his patience. “He didn’t force anything,” she said, “and when they doubled him he found the open man.”

Fenwick said the team had watched film of the Comets’ zone defence for three straight days. He credited point guard Ray Ochoa, who finished with 12 assists, and said Ochoa was “the smartest player I’ve ever shared a floor with.”

Comets guard Lise Arnaud told reporters the loss was on her. “I missed free throws that we needed,” Arnaud added.
""", [
    ("d", "He didn’t force anything,", 0, "Ingrid Sollberg", "said"),
    ("d", "and when they doubled him he found the open man.", 0, "Ingrid Sollberg", "said"),
    ("i", "the team had watched film of the Comets’ zone defence for three straight days", 0, "Jamal Fenwick", "said"),
    ("m", "Ochoa was “the smartest player I’ve ever shared a floor with.”", 0, "Jamal Fenwick", "said"),
    ("i", "the loss was on her", 0, "Lise Arnaud", "told"),
    ("d", "I missed free throws that we needed,", 0, "Lise Arnaud", "added"),
], {
    "Jamal Fenwick": ["Lakeport Herons centre Jamal Fenwick", "Jamal Fenwick", "Fenwick"],
    "Ingrid Sollberg": ["Herons coach Ingrid Sollberg", "Ingrid Sollberg"],
    "Lise Arnaud": ["Comets guard Lise Arnaud", "Lise Arnaud", "Arnaud"],
}))

P.append(('''
Distance runner Noor Haddad broke the Westvale 10,000 metres record on Friday night, clocking 31:02 at the Millbrook Games.

Haddad, who wrote about her long recovery from a stress fracture in her memoir "Miles in the Dark", said the record "belongs to everyone who kept me going."

"Two years ago I couldn't walk to the shops," she said. "Tonight I felt like I could run forever."

Her coach, former Olympian Stefan Varga, said Haddad would now target the national championships in July. Meet director Paula Greer said attendance had topped 9,000, a record for the event.
''', [
    ("m", 'the record "belongs to everyone who kept me going."', 0, "Noor Haddad", "said"),
    ("d", "Two years ago I couldn't walk to the shops,", 0, "Noor Haddad", "said"),
    ("d", "Tonight I felt like I could run forever.", 0, "Noor Haddad", None),
    ("i", "Haddad would now target the national championships in July", 0, "Stefan Varga", "said"),
    ("i", "attendance had topped 9,000, a record for the event", 0, "Paula Greer", "said"),
], {
    "Noor Haddad": ["Distance runner Noor Haddad", "Noor Haddad", "Haddad"],
    "Stefan Varga": ["former Olympian Stefan Varga", "Stefan Varga"],
    "Paula Greer": ["Meet director Paula Greer", "Paula Greer"],
}))

P.append(("""
The Coastal Rugby League has fined the Port Hallam Sharks $20,000 for breaching salary-cap rules.

The Sharks failed to declare a payment to one of their senior players, the league said in a statement. The payment was booked in club accounts as a “consultancy” fee. Chief executive Moira Langdon warned that repeat offenders would lose competition points.

Sharks chairman Declan Roe called the fine “disappointing but fair” and said the club would not appeal. Fullback Kiri “Skip” Tamihana, the player at the centre of the case, posted on social media that he had “done nothing wrong” and was focused on Sunday’s game.

Tamihana, a fan favourite since his debut, did not attend training on Friday.
""", [
    ("i", "The Sharks failed to declare a payment to one of their senior players", 0, "Coastal Rugby League", "said"),
    ("i", "repeat offenders would lose competition points", 0, "Moira Langdon", "warned"),
    ("m", "the fine “disappointing but fair”", 0, "Declan Roe", "called"),
    ("i", "the club would not appeal", 0, "Declan Roe", "said"),
    ("m", "he had “done nothing wrong” and was focused on Sunday’s game", 0, "Kiri Tamihana", "posted"),
], {
    "Coastal Rugby League": ["The Coastal Rugby League", "the league"],
    "Moira Langdon": ["Chief executive Moira Langdon", "Moira Langdon"],
    "Declan Roe": ["Sharks chairman Declan Roe", "Declan Roe"],
    "Kiri Tamihana": ["Fullback Kiri “Skip” Tamihana", "Tamihana"],
}))

run("sports", P)
