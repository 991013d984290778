from make import run

P = []

# Batch 4 (blind). New Zealand provincial rugby report, curly marks,
# macrons, a dateline: roles before names (`First-five`, `Captain`), a
# woman coach after a man player ("The coach, NAME, had already seen it.
# She said"), "told reporters", "was sent to the sin bin", "He said
# afterwards that", "declined to say whether" (no record), a club
# content-first then "It said", "according to" a council, "put it plainly:".
P.append(("""
Waitaha hold on in Ōtaki thriller to keep title hopes alive

By Hemi Parata

ŌTAKI — Waitaha survived a late yellow card and a frantic final five minutes to beat Kāpiti Coast 27-24 at Domain Park on Saturday and stay two points clear at the top of the Heartland Cup.

First-five Rangi Whaanga kicked 17 points, including a penalty from near halfway in the 76th minute, and made the tackle that stopped Kāpiti winger Josh Ellery a metre short with the last play of the game.

“I didn’t really tackle him, I just sort of fell on him,” Whaanga said. “Don’t tell the coach.”

The coach, Maree Tuhiwai, had already seen it. She said the tackle summed up a side that had “found a way” all season.

“We weren’t great today. We gave away 14 penalties, we lost two lineouts on our own throw,” Tuhiwai told reporters. “But the boys never stopped. I can coach a lot of things. I can’t coach that.”

Waitaha led 20-10 at halftime after tries to hooker Sione Lātū and fullback Dion Carter, but Kāpiti dominated the third quarter and scored twice through their forwards.

Captain Lātū was sent to the sin bin in the 68th minute for a high tackle, a decision that drew boos from the home crowd. He said afterwards that he had no complaints.

“It was late and it was high,” he said. “Ten minutes watching from the bench was punishment enough, trust me.”

Kāpiti coach Brent Halvorsen was less forgiving of the referee, who awarded Waitaha a penalty try in the first half for a collapsed maul.

“I’ve watched it three times now and I still don’t know what he saw,” Halvorsen said. He declined to say whether the union would ask for a review.

The loss leaves Kāpiti fifth, four points outside the semifinal places, with two rounds left.

Ellery, who scored twice, was taken to hospital after the match with a suspected broken thumb, the club said. It said he was expected to miss the rest of the season.

Attendance was 4,180, the biggest crowd at Domain Park since 2019, according to the Ōtaki District Council.

Waitaha host Wairarapa next Saturday. Tuhiwai put it plainly: “Win, and we’re in the semis. Lose, and we’re watching.”
""", [
    ("d", "I didn’t really tackle him, I just sort of fell on him,", 0, "Rangi Whaanga", "said"),
    ("d", "Don’t tell the coach.", 0, "Rangi Whaanga", None),
    ("m", "the tackle summed up a side that had “found a way” all season", 0, "Maree Tuhiwai", "said"),
    ("d", "We weren’t great today. We gave away 14 penalties, we lost two lineouts on our own throw,", 0, "Maree Tuhiwai", "told"),
    ("d", "But the boys never stopped. I can coach a lot of things. I can’t coach that.", 0, "Maree Tuhiwai", None),
    ("i", "he had no complaints", 0, "Sione Lātū", "said"),
    ("d", "It was late and it was high,", 0, "Sione Lātū", "said"),
    ("d", "Ten minutes watching from the bench was punishment enough, trust me.", 0, "Sione Lātū", None),
    ("d", "I’ve watched it three times now and I still don’t know what he saw,", 0, "Brent Halvorsen", "said"),
    ("i", "Ellery, who scored twice, was taken to hospital after the match with a suspected broken thumb", 0, "Kāpiti Coast", "said"),
    ("i", "he was expected to miss the rest of the season", 0, "Kāpiti Coast", "said"),
    ("i", "Attendance was 4,180, the biggest crowd at Domain Park since 2019", 0, "Ōtaki District Council", "according to"),
    ("d", "Win, and we’re in the semis. Lose, and we’re watching.", 0, "Maree Tuhiwai", "put it plainly"),
], {
    "Rangi Whaanga": ["Rangi Whaanga", "Whaanga"],
    "Maree Tuhiwai": ["Maree Tuhiwai", "Tuhiwai", "The coach"],
    "Sione Lātū": ["Sione Lātū", "Lātū"],
    "Brent Halvorsen": ["Brent Halvorsen", "Halvorsen"],
    "Kāpiti Coast": ["Kāpiti Coast", "the club"],
    "Ōtaki District Council": ["the Ōtaki District Council"],
}))

run("rugby", P)
