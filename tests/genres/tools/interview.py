from make import run

P = []

P.append(("""
Grace Okafor has run the Eastwick food bank for eleven years. As demand hits a record, she spoke to the Gazette about empty shelves and full hearts. This interview has been edited for length.

Q: How busy are you right now?

OKAFOR: Busier than at any point since we opened. We fed 1,400 families last month, and about a third of them had never used a food bank before.

Q: Who are the new faces?

OKAFOR: Working people, mostly. Nurses, delivery drivers, a teacher last week. People who would have been donating five years ago.

Q: What do you need most?

OKAFOR: Volunteers on Saturdays, and tinned protein. Everybody gives pasta.
""", [
    ("d", "Busier than at any point since we opened. We fed 1,400 families last month, and about a third of them had never used a food bank before.", 0, "Grace Okafor", ":"),
    ("d", "Working people, mostly. Nurses, delivery drivers, a teacher last week. People who would have been donating five years ago.", 0, "Grace Okafor", ":"),
    ("d", "Volunteers on Saturdays, and tinned protein. Everybody gives pasta.", 0, "Grace Okafor", ":"),
], {
    "Grace Okafor": ["Grace Okafor", "OKAFOR"],
}))

P.append(('''
The Harwick Valley Players are staging their first new play in a decade. Director Tessa Hale and writer Luis Moreno talked to us before opening night. Hale said rehearsals had been "chaotic in the best way."

Q: Where did the idea come from?

MORENO: My grandmother ran a laundrette in Drayton for forty years. The play is set in one, on the night it closes.

Q: Tessa, what drew you to it?

HALE: The dialogue. Luis writes people who interrupt each other, like real families do.

MORENO: She means I can't write a speech to save my life.

Q: What's the title?

HALE: "Last Spin". Luis hated it at first.
''', [
    ("m", 'rehearsals had been "chaotic in the best way."', 0, "Tessa Hale", "said"),
    ("d", "My grandmother ran a laundrette in Drayton for forty years. The play is set in one, on the night it closes.", 0, "Luis Moreno", ":"),
    ("d", "The dialogue. Luis writes people who interrupt each other, like real families do.", 0, "Tessa Hale", ":"),
    ("d", "She means I can't write a speech to save my life.", 0, "Luis Moreno", ":"),
    ("d", '"Last Spin". Luis hated it at first.', 0, "Tessa Hale", ":"),
], {
    "Tessa Hale": ["Director Tessa Hale", "Tessa Hale", "Hale", "HALE", "Tessa"],
    "Luis Moreno": ["writer Luis Moreno", "Luis Moreno", "MORENO", "Luis"],
}))

P.append(("""
Swimmer Ruby Castellano, 19, won three golds at the Northern Games. She talked to Sport Weekly from her home in Port Hallam.

Q: What was going through your head before the 200m final?

CASTELLANO: Honestly? What I was going to eat afterwards. My coach says I swim best when I’m not thinking about swimming.

Q: You’ve been called “the next big thing” for years. Does that weigh on you?

CASTELLANO: It used to. I’d read everything people wrote about me, and it made me miserable.

Then my mum took my phone away for a month before trials, and I’ve never swum faster.

Q: What’s next?

CASTELLANO: A holiday. Then back in the pool in January.
""", [
    ("d", "Honestly? What I was going to eat afterwards. My coach says I swim best when I’m not thinking about swimming.", 0, "Ruby Castellano", ":"),
    ("d", "It used to. I’d read everything people wrote about me, and it made me miserable.\n\nThen my mum took my phone away for a month before trials, and I’ve never swum faster.", 0, "Ruby Castellano", ":"),
    ("d", "A holiday. Then back in the pool in January.", 0, "Ruby Castellano", ":"),
], {
    "Ruby Castellano": ["Swimmer Ruby Castellano", "Ruby Castellano", "CASTELLANO"],
}))

P.append(('''
Minor hockey association president Rob Dale told reporters on Monday that registration fees would be frozen for a second year. We asked him why.

Q: Can the association afford it?

DALE: Just. We had a good year with sponsors, and the city cut our ice rental by ten per cent.

Q: Some parents say the fees are still too high.

DALE: They're right. Hockey is an expensive sport, and we lose kids every year because of cost. I'd rather lose money than lose players.

Q: Will fees go up in 2026?

DALE: I won't make promises I can't keep.
''', [
    ("i", "registration fees would be frozen for a second year", 0, "Rob Dale", "told"),
    ("d", "Just. We had a good year with sponsors, and the city cut our ice rental by ten per cent.", 0, "Rob Dale", ":"),
    ("d", "They're right. Hockey is an expensive sport, and we lose kids every year because of cost. I'd rather lose money than lose players.", 0, "Rob Dale", ":"),
    ("d", "I won't make promises I can't keep.", 0, "Rob Dale", ":"),
], {
    "Rob Dale": ["Minor hockey association president Rob Dale", "Rob Dale", "DALE"],
}))

P.append(("""
Dr Ayodele Banjo studies bats at the University of Millbrook. “People think bats are scary,” she told us. “I think they’re the best neighbours you can have.”

Q: Why should people care about bats?

BANJO: A single bat can eat hundreds of insects a night. Farmers who have bats around spray less.

Q: Are numbers falling?

BANJO: For some species, yes, sharply. We’ve lost old barns and hedgerows, and bats need both.
""", [
    ("d", "People think bats are scary,", 0, "Ayodele Banjo", "told"),
    ("d", "I think they’re the best neighbours you can have.", 0, "Ayodele Banjo", None),
    ("d", "A single bat can eat hundreds of insects a night. Farmers who have bats around spray less.", 0, "Ayodele Banjo", ":"),
    ("d", "For some species, yes, sharply. We’ve lost old barns and hedgerows, and bats need both.", 0, "Ayodele Banjo", ":"),
], {
    "Ayodele Banjo": ["Dr Ayodele Banjo", "BANJO"],
}))

P.append(('''
Restaurateur Jonas Whitby opened Salt & Ember in Lakeport last spring. He says the first year was "the hardest of my life." He spoke to us between lunch and dinner service.

Q: Why open a restaurant now, with costs so high?

WHITBY: Because I'd been saying "next year" for ten years. My wife finally told me to do it or stop talking about it.

Q: What's on the menu that you're proudest of?

WHITBY: The smoked trout. It's my dad's recipe. He's 5'6" and he still comes in every Friday to check I'm doing it right.
''', [
    ("m", 'the first year was "the hardest of my life."', 0, "Jonas Whitby", "says"),
    ("d", 'Because I\'d been saying "next year" for ten years. My wife finally told me to do it or stop talking about it.', 0, "Jonas Whitby", ":"),
    ("d", "The smoked trout. It's my dad's recipe. He's 5'6\" and he still comes in every Friday to check I'm doing it right.", 0, "Jonas Whitby", ":"),
], {
    "Jonas Whitby": ["Restaurateur Jonas Whitby", "Jonas Whitby", "WHITBY"],
}))

P.append(("""
Folk duo The Brambles — siblings Ada and Finn Carrow — release their third album, “Low Tide Letters”, on Friday. Finn said the songs were written in a caravan on the Dunmore coast. We caught up with them in Eastwick.

Q: Why a caravan?

ADA: It was cheap and it had no Wi-Fi. We had nothing to do but write.

FINN: And argue.

Q: What did you argue about?

FINN: Everything. Whether the fiddle was too loud. Whose turn it was to empty the chemical toilet.

ADA: Mostly the toilet.
""", [
    ("i", "the songs were written in a caravan on the Dunmore coast", 0, "Finn Carrow", "said"),
    ("d", "It was cheap and it had no Wi-Fi. We had nothing to do but write.", 0, "Ada Carrow", ":"),
    ("d", "And argue.", 0, "Finn Carrow", ":"),
    ("d", "Everything. Whether the fiddle was too loud. Whose turn it was to empty the chemical toilet.", 0, "Finn Carrow", ":"),
    ("d", "Mostly the toilet.", 0, "Ada Carrow", ":"),
], {
    "Ada Carrow": ["Ada", "ADA"],
    "Finn Carrow": ["Finn Carrow", "Finn", "FINN"],
}))

run("interview", P)
