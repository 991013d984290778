from make import run

P = []

# Batch 2 (blind). Canadian Q&A interview, straight marks, `Dr.`: an
# intro with a reported clause, `Q:` turns (never records, even with a
# quoted phrase or a claim), answers after a surname label (one answer over
# two paragraphs), speech nested in an answer, a book title in marks, an
# editor's note, a caption with a credit.
P.append(('''
Q&A: The ferry captain who has crossed Kinross Sound 20,000 times

Capt. Bernadette Oyelaran retires this month after 31 years at the wheel of the Kinross Sound ferries. She talked to The Tidewater Courier about fog, foghorns and the passenger who tried to bring a cow aboard.

This interview has been edited and condensed.

Q: You have said you never wanted to go to sea. How did you end up here?

OYELARAN: My father was a fisherman and I saw what it did to his back. I wanted to be a nurse. Then I took a summer job selling tickets on the old Marguerite, and one of the mates let me steer her across on a calm morning. That was it. I never filled in the nursing application.

Q: What has changed the most?

OYELARAN: The boats are bigger and the radar is better, but the sound hasn't changed at all. The tide still runs at six knots through the narrows, and the fog still comes in faster than you think.

Q: Tell me about the cow.

OYELARAN: A farmer from Port Ailsa turned up at the ramp in 1998 with a heifer on a rope. He said she was "a registered passenger." I told him we didn't have a fare for livestock. He paid the bicycle fare and stood with her on the car deck the whole way. She was better behaved than most of the tourists.

Q: Was there a crossing that frightened you?

OYELARAN: February 2007. We lost our engines halfway across in a northeasterly, with 140 people aboard. We dropped both anchors and waited four hours for a tug.

Nobody panicked. A choir from Carrow Point sang for most of the afternoon. I still get Christmas cards from some of them.

Q: Your union says staffing on the ferries is at a breaking point. Do you agree?

OYELARAN: I'm retiring, so I can say it: yes. We've had crossings cancelled because there wasn't a licensed mate. The young people are there. The training isn't.

Q: What's next?

OYELARAN: My daughter gave me a book called "Gardening for the Impatient." I think she's trying to tell me something.

Editor's note: The Kinross Sound Ferry Corporation said in a statement that it had hired 12 new deckhands this year and was expanding its training program.

Capt. Bernadette Oyelaran on the bridge of the MV Sound Star. (Courier photo / Alain Chiasson)
''', [
    ("d", "My father was a fisherman and I saw what it did to his back. I wanted to be a nurse. Then I took a summer job selling tickets on the old Marguerite, and one of the mates let me steer her across on a calm morning. That was it. I never filled in the nursing application.", 0, "Bernadette Oyelaran", ":"),
    ("d", "The boats are bigger and the radar is better, but the sound hasn't changed at all. The tide still runs at six knots through the narrows, and the fog still comes in faster than you think.", 0, "Bernadette Oyelaran", ":"),
    ("d", 'A farmer from Port Ailsa turned up at the ramp in 1998 with a heifer on a rope. He said she was "a registered passenger." I told him we didn\'t have a fare for livestock. He paid the bicycle fare and stood with her on the car deck the whole way. She was better behaved than most of the tourists.', 0, "Bernadette Oyelaran", ":"),
    ("d", "February 2007. We lost our engines halfway across in a northeasterly, with 140 people aboard. We dropped both anchors and waited four hours for a tug.\n\nNobody panicked. A choir from Carrow Point sang for most of the afternoon. I still get Christmas cards from some of them.", 0, "Bernadette Oyelaran", ":"),
    ("d", "I'm retiring, so I can say it: yes. We've had crossings cancelled because there wasn't a licensed mate. The young people are there. The training isn't.", 0, "Bernadette Oyelaran", ":"),
    ("d", 'My daughter gave me a book called "Gardening for the Impatient." I think she\'s trying to tell me something.', 0, "Bernadette Oyelaran", ":"),
    ("i", "it had hired 12 new deckhands this year and was expanding its training program", 0, "Kinross Sound Ferry Corporation", "said"),
], {
    "Bernadette Oyelaran": ["Capt. Bernadette Oyelaran", "OYELARAN"],
    "Kinross Sound Ferry Corporation": ["The Kinross Sound Ferry Corporation"],
}))

run("qanda", P)
