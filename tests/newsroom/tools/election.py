from make import run

P = []

# Batch 3 (blind). Canadian municipal election night, curly marks, `Coun.`:
# results that "showed" (no record), "told a crowd of ... supporters that"
# with a fragment, "she joked", "conceded defeat" and "thanked" (no record),
# "said he had called ... and offered “…”" (mixed), "according to the city
# clerk", "Pryce said he would ask for a recount", "called X “Y.”", "has
# promised a review" and "expects" (no record), "wrote on social media:",
# a results box with `Mayor:` and `Ward 3:` lines, a caption with a credit.
P.append(("""
Ostrander wins Kessler Falls mayoralty in landslide; two incumbents ousted

By Claire Beaudoin
Local Journalism Initiative Reporter

KESSLER FALLS, Ont. — Former school principal Diane Ostrander will be Kessler Falls’ next mayor after she defeated two-term incumbent Walt Brennan by more than 3,000 votes on Monday night.

Unofficial results posted by the city showed Ostrander with 9,412 votes, or 58 per cent, to Brennan’s 6,180. A third candidate, Jamie Tse, finished with 611.

Ostrander told a crowd of about 200 supporters at the Legion hall on Queen Street that the result was “a mandate to fix the basics.”

“Roads, water, a downtown people want to walk through. That’s what I heard on 14,000 doorsteps,” she said. “Starting tomorrow, that’s what we do.”

She thanked her volunteers and her husband, Paul. “He knocked on more doors than I did,” she joked.

Brennan conceded defeat shortly after 10 p.m. In a short speech at his campaign office, he said he had called Ostrander to congratulate her and offered “whatever help she wants” during the transition.

“The voters have spoken, and they spoke pretty clearly,” Brennan said. “I’m proud of what we built. Now I’m going fishing.”

Turnout was 36 per cent, up from 29 per cent four years ago, according to the city clerk, Maureen Adebayo.

In Ward 3, first-time candidate Sofia Marchetti unseated Coun. Doug Pryce by 41 votes. Pryce said he would ask for a recount.

“Forty-one votes is a bad night at bingo,” he said. “I think people deserve to be sure.”

Marchetti, 27, will be the youngest member of council. She called her win “proof that you don’t need to be retired to run.”

In Ward 5, retired firefighter Glen Oduya defeated Coun. Anita Fraser, who had held the seat since 2010. Coun. Harold Kim was re-elected by acclamation in Ward 2.

Ostrander has promised a full review of the downtown parking plan, which Brennan’s council approved in March. She expects the new council to be sworn in on Dec. 2.

Tse wrote on social media: “Congratulations to Diane. I’ll be watching, and so will everyone who voted for me.”

AT A GLANCE
Mayor: Diane Ostrander
Ward 2: Harold Kim (acclaimed)
Ward 3: Sofia Marchetti (new)
Ward 5: Glen Oduya (new)

Diane Ostrander speaks to supporters on Monday night. (Claire Beaudoin/Kessler Falls Record)
""", [
    ("m", "the result was “a mandate to fix the basics.”", 0, "Diane Ostrander", "told"),
    ("d", "Roads, water, a downtown people want to walk through. That’s what I heard on 14,000 doorsteps,", 0, "Diane Ostrander", "said"),
    ("d", "Starting tomorrow, that’s what we do.", 0, "Diane Ostrander", None),
    ("d", "He knocked on more doors than I did,", 0, "Diane Ostrander", "joked"),
    ("m", "he had called Ostrander to congratulate her and offered “whatever help she wants” during the transition", 0, "Walt Brennan", "said"),
    ("d", "The voters have spoken, and they spoke pretty clearly,", 0, "Walt Brennan", "said"),
    ("d", "I’m proud of what we built. Now I’m going fishing.", 0, "Walt Brennan", None),
    ("i", "Turnout was 36 per cent, up from 29 per cent four years ago", 0, "Maureen Adebayo", "according to"),
    ("i", "he would ask for a recount", 0, "Doug Pryce", "said"),
    ("d", "Forty-one votes is a bad night at bingo,", 0, "Doug Pryce", "said"),
    ("d", "I think people deserve to be sure.", 0, "Doug Pryce", None),
    ("m", "her win “proof that you don’t need to be retired to run.”", 0, "Sofia Marchetti", "called"),
    ("d", "Congratulations to Diane. I’ll be watching, and so will everyone who voted for me.", 0, "Jamie Tse", "wrote"),
], {
    "Diane Ostrander": ["Former school principal Diane Ostrander", "Diane Ostrander", "Ostrander"],
    "Walt Brennan": ["two-term incumbent Walt Brennan", "Walt Brennan", "Brennan"],
    "Maureen Adebayo": ["Maureen Adebayo"],
    "Doug Pryce": ["Coun. Doug Pryce", "Doug Pryce", "Pryce"],
    "Sofia Marchetti": ["first-time candidate Sofia Marchetti", "Sofia Marchetti", "Marchetti"],
    "Jamie Tse": ["Jamie Tse", "Tse"],
}))

run("election", P)
