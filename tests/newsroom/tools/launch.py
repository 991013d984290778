from make import run

P = []

# Batch 4 (blind). US wire space launch, straight marks, AP-style byline over
# two lines and a dateline with a wire tag: a rocket's name in marks, a
# company content-first "..., the company said in a statement" with
# "Telemetry showed" inside, "It said", a spokesman named in apposition who
# says the company "expects", "plans" content-first, "Asked whether ..., she
# said:" before a quotation, an analyst with a role before and an
# organisation after, "According to the Federal Aviation Administration" then
# "The agency said".
P.append(("""
Startup's rocket reaches orbit on third try, carrying weather satellites

By ELENA MARSH
AP Science Writer

PORT CALDER, Fla. (AP) — A small rocket built by a Florida startup reached orbit Thursday on its third attempt, placing four shoebox-sized weather satellites about 340 miles above Earth.

The rocket, which the company calls "Heron," lifted off from a converted launch pad at Port Calder at 6:14 a.m., after a two-hour delay caused by a faulty valve on the ground.

Skylark Orbital chief executive Nadia Obi watched from the control room with about 40 engineers. She said the room went quiet for several seconds when the second stage shut down on schedule, before anyone cheered.

"We had been burned twice, so nobody wanted to celebrate early," Obi told reporters afterward. "Then the tracking data came in, and we lost it."

The company's first rocket broke apart 90 seconds after liftoff in March 2023. The second reached space last year, but its upper stage failed to relight and the satellite it carried fell back into the ocean.

Telemetry showed the upper stage performed as designed on Thursday, the company said in a statement. It said all four satellites had sent signals back to a ground station in Chile.

The satellites belong to Meridian Climate, a Denver firm that sells short-term rainfall forecasts to farmers and insurers. A spokesman for Meridian, Paul Eskin, said the company expects to begin using the data by the end of the summer.

Skylark plans to launch once a month by next year and has signed contracts for 11 more flights, Obi said. Asked whether the company could meet that schedule, she said: "Ask me in six months."

Industry analyst Ray Dunmore of Orbital Ledger, a research firm, said small launchers had struggled to compete with larger rockets that carry dozens of satellites at once.

"The math is hard for these companies," Dunmore said. "But there are customers who want a specific orbit at a specific time, and they'll pay for that."

According to the Federal Aviation Administration, the launch was the 58th licensed commercial launch from Florida this year. The agency said it had no reports of debris outside the hazard area.

Obi, a former Navy engineer, founded Skylark in 2018 with two colleagues. She said Thursday that she had promised her team a day off.

"They have earned it," she said. "Then we start on the next one."
""", [
    ("i", "the room went quiet for several seconds when the second stage shut down on schedule, before anyone cheered", 0, "Nadia Obi", "said"),
    ("d", "We had been burned twice, so nobody wanted to celebrate early,", 0, "Nadia Obi", "told"),
    ("d", "Then the tracking data came in, and we lost it.", 0, "Nadia Obi", None),
    ("i", "Telemetry showed the upper stage performed as designed on Thursday", 0, "Skylark Orbital", "said"),
    ("i", "all four satellites had sent signals back to a ground station in Chile", 0, "Skylark Orbital", "said"),
    ("i", "the company expects to begin using the data by the end of the summer", 0, "Paul Eskin", "said"),
    ("i", "Skylark plans to launch once a month by next year and has signed contracts for 11 more flights", 0, "Nadia Obi", "said"),
    ("d", "Ask me in six months.", 0, "Nadia Obi", "said"),
    ("i", "small launchers had struggled to compete with larger rockets that carry dozens of satellites at once", 0, "Ray Dunmore", "said"),
    ("d", "The math is hard for these companies,", 0, "Ray Dunmore", "said"),
    ("d", "But there are customers who want a specific orbit at a specific time, and they'll pay for that.", 0, "Ray Dunmore", None),
    ("i", "the launch was the 58th licensed commercial launch from Florida this year", 0, "Federal Aviation Administration", "According to"),
    ("i", "it had no reports of debris outside the hazard area", 0, "Federal Aviation Administration", "said"),
    ("i", "she had promised her team a day off", 0, "Nadia Obi", "said"),
    ("d", "They have earned it,", 0, "Nadia Obi", "said"),
    ("d", "Then we start on the next one.", 0, "Nadia Obi", None),
], {
    "Nadia Obi": ["Skylark Orbital chief executive Nadia Obi", "Nadia Obi", "Obi"],
    "Skylark Orbital": ["Skylark Orbital", "the company"],
    "Paul Eskin": ["Paul Eskin"],
    "Ray Dunmore": ["Industry analyst Ray Dunmore", "Ray Dunmore", "Dunmore"],
    "Federal Aviation Administration": ["the Federal Aviation Administration", "The agency"],
}))

run("launch", P)
