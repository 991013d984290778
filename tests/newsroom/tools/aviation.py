from make import run

P = []

# Batch 3 (blind). New Zealand aviation incident, curly double marks, `Ms`,
# `Dr`, Māori names: a headline with a scare quote, content-first reports by
# "the airline" and by "an ambulance service spokeswoman", "told the Post",
# "praised the crew" (no record), "said in a statement that" with a fragment,
# "according to the airline" then "It said", "would not speculate" (no
# record), "confirmed it had opened", weather data that "showed" (no record),
# "has warned for several years that", "Photo / Supplied".
P.append(("""
Passengers describe ‘terrifying’ landing as plane slides off runway

By Aroha Ngata

Forty-two passengers and four crew escaped without serious injury after a regional airliner slid off the end of the runway while landing in heavy rain at Rangimoana Airport on Tuesday evening.

The twin-engine turboprop came to rest in a grassed safety area about 60 metres beyond the runway, its nose wheel sunk in mud, the airline said.

Three passengers were treated at the scene for minor injuries and one was taken to Rangimoana Hospital as a precaution, an ambulance service spokeswoman said.

Passenger Mereana Tipene, who was travelling home with her two young children, said the aircraft “just kept going” after it touched down.

“You could feel the brakes, but it was like being on ice,” she told the Rangimoana Post. “When we stopped, the cabin went dead quiet, and then one of the kids started laughing because he thought it was a ride.”

Another passenger, Graham Whitcombe, praised the crew. “They had the doors open and us out on the grass in about a minute and a half. Calm as anything,” he said.

Southern Skies chief operating officer Lisa Fairbairn said in a statement that the airline was “deeply sorry” for the distress caused and was co-operating fully with investigators.

The aircraft had been inspected last week and had no known faults, according to the airline. It said both pilots, who have a combined 19,000 flying hours, had been stood down on full pay while the inquiry was under way.

Ms Fairbairn would not speculate on the cause.

The Aviation Safety Inquiry Board confirmed it had opened an investigation and sent a team of three to the airport. Chief investigator Dr Hemi Walker said the team would examine the flight data and cockpit voice recorders, the state of the runway and the weather at the time.

“It is far too early to say what happened. I would ask people not to guess,” Dr Walker said.

Weather data showed 14mm of rain fell at the airport in the hour before the landing.

The pilots’ union, the Aircrew Guild, has warned for several years that the runway, at 1310 metres, is among the shortest in the country used by scheduled flights.

Airport chief executive Tom Ruawai said extending the runway had been “on the list for a long time” and that the airport had applied for government funding in March.

The runway reopened at 7am on Wednesday. Southern Skies said its Wednesday flights would run as scheduled.

The aircraft in the grass safety area at Rangimoana Airport on Tuesday night. Photo / Supplied
""", [
    ("i", "The twin-engine turboprop came to rest in a grassed safety area about 60 metres beyond the runway, its nose wheel sunk in mud", 0, "Southern Skies", "said"),
    ("i", "Three passengers were treated at the scene for minor injuries and one was taken to Rangimoana Hospital as a precaution", 0, "an ambulance service spokeswoman", "said"),
    ("m", "the aircraft “just kept going” after it touched down", 0, "Mereana Tipene", "said"),
    ("d", "You could feel the brakes, but it was like being on ice,", 0, "Mereana Tipene", "told"),
    ("d", "When we stopped, the cabin went dead quiet, and then one of the kids started laughing because he thought it was a ride.", 0, "Mereana Tipene", None),
    ("d", "They had the doors open and us out on the grass in about a minute and a half. Calm as anything,", 0, "Graham Whitcombe", "said"),
    ("m", "the airline was “deeply sorry” for the distress caused and was co-operating fully with investigators", 0, "Lisa Fairbairn", "said"),
    ("i", "The aircraft had been inspected last week and had no known faults", 0, "Southern Skies", "according to"),
    ("i", "both pilots, who have a combined 19,000 flying hours, had been stood down on full pay while the inquiry was under way", 0, "Southern Skies", "said"),
    ("i", "it had opened an investigation and sent a team of three to the airport", 0, "Aviation Safety Inquiry Board", "confirmed"),
    ("i", "the team would examine the flight data and cockpit voice recorders, the state of the runway and the weather at the time", 0, "Hemi Walker", "said"),
    ("d", "It is far too early to say what happened. I would ask people not to guess,", 0, "Hemi Walker", "said"),
    ("i", "the runway, at 1310 metres, is among the shortest in the country used by scheduled flights", 0, "Aircrew Guild", "has warned"),
    ("m", "extending the runway had been “on the list for a long time” and that the airport had applied for government funding in March", 0, "Tom Ruawai", "said"),
    ("i", "its Wednesday flights would run as scheduled", 0, "Southern Skies", "said"),
], {
    "Southern Skies": ["the airline", "Southern Skies"],
    "an ambulance service spokeswoman": ["an ambulance service spokeswoman"],
    "Mereana Tipene": ["Passenger Mereana Tipene", "Mereana Tipene"],
    "Graham Whitcombe": ["Graham Whitcombe"],
    "Lisa Fairbairn": ["Southern Skies chief operating officer Lisa Fairbairn", "Lisa Fairbairn", "Ms Fairbairn"],
    "Aviation Safety Inquiry Board": ["The Aviation Safety Inquiry Board"],
    "Hemi Walker": ["Chief investigator Dr Hemi Walker", "Dr Hemi Walker", "Dr Walker"],
    "Aircrew Guild": ["The pilots’ union", "the Aircrew Guild"],
    "Tom Ruawai": ["Airport chief executive Tom Ruawai", "Tom Ruawai"],
}))

run("aviation", P)
