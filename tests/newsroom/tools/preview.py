from make import run

P = []

# Batch 3 (blind). US college basketball preview, curly marks: two coaches
# (she and he) and three players (all women), a trophy's name and a
# nickname in marks, "said ... “maybe 20 times.”" (mixed), "was asked
# whether" (no record), "called X “Y.”", "she joked", wire-preview labels
# (`INJURIES:`, `KEY MATCHUP:`, `THE LINE:`), a label before a content-first
# report by "a team spokesman", "put it this way:", "told reporters that X
# and that Y", "expects" and "Asked whether ..., she smiled" (no record).
P.append(("""
Harlan State, Ridgeway renew rivalry with Final Four trip on the line

By Jordan Pike
The Valley Courier

PORTER’S FORK, Ind. — When Harlan State and Ridgeway meet Sunday in the regional final, the winner will not only go to the Final Four. It will also take home the “Copper Kettle,” the dented trophy the two schools have passed back and forth since 1962.

“Nobody in our locker room has to be told what this one means,” Harlan State coach Denise Whitaker said Saturday. “They’ve grown up with it.”

Whitaker, in her 14th season, has taken the Hawks to three Final Fours but has never beaten Ridgeway in the national tournament.

The Hawks (29-5) lean on senior center Imani Brooks, who averaged 19.4 points and 11.2 rebounds and was named the conference’s player of the year. Teammates call her “the Mayor” for the way she greets fans in the concourse before games.

Brooks said she had watched the last meeting between the teams, a 71-70 Ridgeway win in January, “maybe 20 times.”

“I know every possession of that game,” she said. “I know the one I messed up, too.”

Ridgeway coach Ray Castellanos was asked Saturday whether his team had a plan for Brooks. “We have a plan,” he said. “Whether it works, ask me Sunday night.”

The Panthers (27-7) have won nine straight behind guard Tasha Nguyen, who scored 31 in the regional semifinal. Castellanos called Nguyen “the best on-ball defender I’ve coached in 30 years.”

Nguyen shrugged off the praise. “He says that about everybody,” she joked.

INJURIES: Ridgeway forward Leila Haddad (ankle) practiced Saturday and is expected to play, a team spokesman said. Harlan State is at full strength.

KEY MATCHUP: Brooks against Ridgeway’s 6-foot-5 freshman Abby Lindholm, who has blocked 88 shots this season. Lindholm put it this way: “She’s going to score some. I just can’t let her score all of them.”

Castellanos told reporters that Lindholm had “grown up about five years in five months” and that he trusted her with the assignment.

Whitaker expects a crowd of about 14,000, many of them in Harlan State green, at the neutral-site arena, which is 90 minutes from her campus.

Asked whether that was an advantage, she smiled. “I’ll take every one of them,” Whitaker said. “But the rim is the same height for both teams.”

THE LINE: Harlan State by 2½.

Tipoff is at 2 p.m. Eastern.
""", [
    ("d", "Nobody in our locker room has to be told what this one means,", 0, "Denise Whitaker", "said"),
    ("d", "They’ve grown up with it.", 0, "Denise Whitaker", None),
    ("m", "she had watched the last meeting between the teams, a 71-70 Ridgeway win in January, “maybe 20 times.”", 0, "Imani Brooks", "said"),
    ("d", "I know every possession of that game,", 0, "Imani Brooks", "said"),
    ("d", "I know the one I messed up, too.", 0, "Imani Brooks", None),
    ("d", "We have a plan,", 0, "Ray Castellanos", "said"),
    ("d", "Whether it works, ask me Sunday night.", 0, "Ray Castellanos", None),
    ("m", "Nguyen “the best on-ball defender I’ve coached in 30 years.”", 0, "Ray Castellanos", "called"),
    ("d", "He says that about everybody,", 0, "Tasha Nguyen", "joked"),
    ("i", "Ridgeway forward Leila Haddad (ankle) practiced Saturday and is expected to play", 0, "a team spokesman", "said"),
    ("d", "She’s going to score some. I just can’t let her score all of them.", 0, "Abby Lindholm", "put it this way"),
    ("m", "Lindholm had “grown up about five years in five months” and that he trusted her with the assignment", 0, "Ray Castellanos", "told"),
    ("d", "I’ll take every one of them,", 0, "Denise Whitaker", "said"),
    ("d", "But the rim is the same height for both teams.", 0, "Denise Whitaker", None),
], {
    "Denise Whitaker": ["Harlan State coach Denise Whitaker", "Denise Whitaker", "Whitaker"],
    "Imani Brooks": ["senior center Imani Brooks", "Imani Brooks", "Brooks"],
    "Ray Castellanos": ["Ridgeway coach Ray Castellanos", "Ray Castellanos", "Castellanos"],
    "Tasha Nguyen": ["guard Tasha Nguyen", "Tasha Nguyen", "Nguyen"],
    "a team spokesman": ["a team spokesman"],
    "Abby Lindholm": ["Abby Lindholm", "Lindholm"],
}))

run("preview", P)
