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

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
The painter Odile Marchetti is expected to attend the opening of her first retrospective at the Callan Gallery on Saturday.

Curator Ben Ashworth said the show would "finally give her the audience she deserves." X-ray scans of one canvas reveal a portrait hidden beneath a later landscape, he added.

The gallery hopes to draw 50,000 visitors by the end of the run. Marchetti, 88, rarely gives interviews and has never shown her sketchbooks in public.
""", [
    ("i", "to attend the opening of her first retrospective at the Callan Gallery on Saturday", 0, None, "is expected", "thought"),
    ("m", 'the show would "finally give her the audience she deserves."', 0, "Ben Ashworth", "said", "speech"),
    ("i", "X-ray scans of one canvas reveal a portrait hidden beneath a later landscape", 0, "Ben Ashworth", "added", "speech"),
    ("i", "to draw 50,000 visitors by the end of the run", 0, "the Callan Gallery", "hopes", "thought"),
], {
    "Ben Ashworth": ["Curator Ben Ashworth"],
    "the Callan Gallery": ["the Callan Gallery", "The gallery"],
}))

B2.append(("""
Critics had doubts about turning a 600-page novel into a two-hour film, but “The Salt Road” has won over most of them.

Director Yusuf Kaan said he wanted the film to feel “like a long walk with a friend.” Box-office figures show that it took 3 million pounds in its first weekend.

Reviewer Hattie Gale thinks the final third drags. The film shows the fishing village of Morrow as a place of quiet menace, she wrote.
""", [
    ("m", "he wanted the film to feel “like a long walk with a friend.”", 0, "Yusuf Kaan", "said", "speech"),
    ("i", "it took 3 million pounds in its first weekend", 0, "Box-office figures", "show", "evidence"),
    ("i", "the final third drags", 0, "Hattie Gale", "thinks", "thought"),
    ("i", "The film shows the fishing village of Morrow as a place of quiet menace", 0, "Hattie Gale", "wrote", "speech"),
], {
    "Yusuf Kaan": ["Director Yusuf Kaan"],
    "Box-office figures": ["Box-office figures"],
    "Hattie Gale": ["Reviewer Hattie Gale"],
}))

B2.append(("""
The Brannagh Folk Festival will return to its old home in Kilcar next summer, organisers announced on Wednesday.

A review commissioned by the festival board found that last year's move to a city venue cost it a third of its audience. Chairwoman Mona Tierney said the board had "listened to the people who built this festival."

Many musicians hope the return will revive the late-night sessions in the town's pubs. The festival's records go back to 1974, when it was held in a barn.
""", [
    ("i", "The Brannagh Folk Festival will return to its old home in Kilcar next summer", 0, "organisers", "announced", "speech"),
    ("i", "last year's move to a city venue cost it a third of its audience", 0, "A review commissioned by the festival board", "found", "evidence"),
    ("m", 'the board had "listened to the people who built this festival."', 0, "Mona Tierney", "said", "speech"),
    ("i", "the return will revive the late-night sessions in the town's pubs", 0, "Many musicians", "hope", "thought"),
], {
    "organisers": ["organisers"],
    "A review commissioned by the festival board": ["A review commissioned by the festival board", "A review"],
    "Mona Tierney": ["Chairwoman Mona Tierney"],
    "Many musicians": ["Many musicians"],
}))

run("culture", B2, first=5)
