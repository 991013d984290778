from make import run

P = []

# Batch 3 (blind). Australian charity ride, curly marks, `Mr`, `Dr`, `Cr`:
# the event's name in marks, a father and a daughter with one surname
# (he, then she), "she said, laughing", "according to organisers", a
# hospital foundation's chief executive "told the crowd", "The foundation
# says", content-first "..., police said.", "rejected suggestions that" (no
# record), a nickname, "described X as “Y”", "summed it up:", a `HOW TO
# DONATE:` label, a picture credit.
P.append(("""
Ride for Rosie rolls past $1 million as riders brave the heat

By Chloe Nguyen

More than 1,400 cyclists rode 160 kilometres from Warrabin to Merrigal Point on Sunday in the 11th “Ride for Rosie”, pushing the event’s total for children’s cancer research past $1 million.

The ride was started in 2014 by Warrabin plumber Steve Callister, whose daughter Rosie was treated for leukaemia at the Northern Children’s Hospital when she was four. Rosie, now 15, rode the full distance for the first time this year.

“She beat me up the last hill, which I’m never going to hear the end of,” Mr Callister said at the finish line. “Eleven years ago she couldn’t walk to the letterbox.”

Rosie Callister said she had trained for three months, mostly on the hills behind the family’s farm. “Dad keeps saying I beat him. I didn’t. He let me,” she said, laughing.

This year’s ride raised $186,000, according to organisers. That takes the total since 2014 to about $1.04 million.

Northern Children’s Hospital Foundation chief executive Dr Priya Raman said the money had paid for two research fellowships and a freezer for storing tumour samples.

“People sometimes picture research as something that happens somewhere else, in a big lab overseas,” Dr Raman told the crowd. “Some of it happens here, on the fourth floor, because of you.”

The foundation says the next fellowship, due to start in March, will focus on why some children relapse after treatment.

Not every rider finished. About 60 pulled out in the afternoon as the temperature reached 38 degrees, and ambulance officers treated 11 riders for heat exhaustion.

Traffic on Merrigal Road was slowed for most of the day, but there were no accidents, police said.

Mr Callister rejected suggestions that the event had grown too big for the narrow country roads. He said organisers would look at moving the ride to October next year to avoid the heat.

Among the riders was 71-year-old Bernie Walsh, known to everyone on the ride as “Tiny”, who has completed all 11 events. He described the last 20 kilometres as “a bit of a death march, but a happy one”.

Warrabin Shire mayor Cr Leonie Haddad summed it up: “This started as one bloke and a few mates. Look at it now.”

HOW TO DONATE: Donations can be made until December 31 through the foundation’s website.

Rosie and Steve Callister cross the finish line at Merrigal Point. Picture: Dean Whitby
""", [
    ("d", "She beat me up the last hill, which I’m never going to hear the end of,", 0, "Steve Callister", "said"),
    ("d", "Eleven years ago she couldn’t walk to the letterbox.", 0, "Steve Callister", None),
    ("i", "she had trained for three months, mostly on the hills behind the family’s farm", 0, "Rosie Callister", "said"),
    ("d", "Dad keeps saying I beat him. I didn’t. He let me,", 0, "Rosie Callister", "said"),
    ("i", "This year’s ride raised $186,000", 0, "organisers", "according to"),
    ("i", "the money had paid for two research fellowships and a freezer for storing tumour samples", 0, "Priya Raman", "said"),
    ("d", "People sometimes picture research as something that happens somewhere else, in a big lab overseas,", 0, "Priya Raman", "told"),
    ("d", "Some of it happens here, on the fourth floor, because of you.", 0, "Priya Raman", None),
    ("i", "the next fellowship, due to start in March, will focus on why some children relapse after treatment", 0, "Northern Children’s Hospital Foundation", "says"),
    ("i", "Traffic on Merrigal Road was slowed for most of the day, but there were no accidents", 0, "police", "said"),
    ("i", "organisers would look at moving the ride to October next year to avoid the heat", 0, "Steve Callister", "said"),
    ("m", "the last 20 kilometres as “a bit of a death march, but a happy one”", 0, "Bernie Walsh", "described"),
    ("d", "This started as one bloke and a few mates. Look at it now.", 0, "Leonie Haddad", "summed it up"),
], {
    "Steve Callister": ["Warrabin plumber Steve Callister", "Steve Callister", "Mr Callister"],
    "Rosie Callister": ["Rosie Callister", "Rosie"],
    "Priya Raman": ["Dr Priya Raman", "Dr Raman"],
    "Northern Children’s Hospital Foundation": ["Northern Children’s Hospital Foundation", "The foundation"],
    "police": ["police"],
    "organisers": ["organisers"],
    "Bernie Walsh": ["Bernie Walsh"],
    "Leonie Haddad": ["Cr Leonie Haddad", "Leonie Haddad"],
}))

run("charity", P)
