from make import run

P = []

P.append(("""
The Harwick Players' new staging of an old farce is the funniest show in town, critics agree.

"I laughed until my ribs hurt," wrote Neil Amory in the Harwick Courier. The director, Sara Bellweather, wants the run extended into the new year.

Ticket sales show the theatre has already sold out every Saturday until December.
""", [
    ("i", "The Harwick Players' new staging of an old farce is the funniest show in town", 0, "critics", "agree", "speech"),
    ("d", "I laughed until my ribs hurt,", 0, "Neil Amory", "wrote", "speech"),
    ("i", "the run extended into the new year", 0, "Sara Bellweather", "wants", "thought"),
    ("i", "the theatre has already sold out every Saturday until December", 0, "Ticket sales", "show", "evidence"),
], {
    "critics": ["critics"],
    "Neil Amory": ["Neil Amory"],
    "Sara Bellweather": ["Sara Bellweather"],
    "Ticket sales": ["Ticket sales"],
}))

P.append(("""
A painting bought for 40 dollars at a yard sale is a lost work by the landscape artist Ewan Cole, experts at the Lindell Museum believe.

X-ray images revealed an earlier sketch beneath the paint. Curator Maria Szabo said the find was "the kind of thing you dream about."

The museum hopes to show the painting next spring. The owner, a retired teacher, plans to sell it.
""", [
    ("i", "A painting bought for 40 dollars at a yard sale is a lost work by the landscape artist Ewan Cole", 0, "experts at the Lindell Museum", "believe", "thought"),
    ("i", "an earlier sketch beneath the paint", 0, "X-ray images", "revealed", "evidence"),
    ("m", 'the find was "the kind of thing you dream about."', 0, "Maria Szabo", "said", "speech"),
    ("i", "to show the painting next spring", 0, "The museum", "hopes", "thought"),
    ("i", "to sell it", 0, "a retired teacher", "plans", "thought"),
], {
    "experts at the Lindell Museum": ["experts at the Lindell Museum", "experts"],
    "X-ray images": ["X-ray images"],
    "Maria Szabo": ["Curator Maria Szabo"],
    "The museum": ["The museum"],
    "a retired teacher": ["The owner, a retired teacher"],
}))

P.append(("""
The folk singer Mae Dorrance has released her first album in ten years.

In an interview, Dorrance said she had "nearly given up on music" after her husband died. She hopes the album will reach younger listeners.

Streaming figures suggest it is already the most played folk record of the month. The album's cover shows her at the piano.
""", [
    ("m", 'she had "nearly given up on music" after her husband died', 0, "Mae Dorrance", "said", "speech"),
    ("i", "the album will reach younger listeners", 0, "Mae Dorrance", "hopes", "thought"),
    ("i", "it is already the most played folk record of the month", 0, "Streaming figures", "suggest", "evidence"),
], {
    "Mae Dorrance": ["The folk singer Mae Dorrance", "Dorrance"],
    "Streaming figures": ["Streaming figures"],
}))

P.append(("""
Director Ilya Marten's new film follows a fisherman who loses his boat in a storm.

The film shows the village through the eyes of the fisherman's daughter. Marten said he wanted "to make a film my grandfather would have understood."

Critics at the Oster festival expect it to win the top prize. The study of the sea has always drawn him, Marten added.
""", [
    ("m", 'he wanted "to make a film my grandfather would have understood."', 0, "Ilya Marten", "said", "speech"),
    ("i", "it to win the top prize", 0, "Critics at the Oster festival", "expect", "thought"),
    ("i", "The study of the sea has always drawn him", 0, "Ilya Marten", "added", "speech"),
], {
    "Ilya Marten": ["Director Ilya Marten", "Marten"],
    "Critics at the Oster festival": ["Critics at the Oster festival", "Critics"],
}))

run("culture", P)
