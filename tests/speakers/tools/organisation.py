"""Class `organisation`: organisations and people with affiliations in one story."""
from make import run

P = []

P.append(("""
The Dunmere Courier reported on Monday that Marlow County had spent $4 million on a jail expansion it never built.

Courier reporter Rosa Halloway, who spent eight months on the story, said the paper had obtained invoices through a records request. “Every page raised another question,” she said.

County administrator Glen Shubert disputed the figure. “The design work was real work, and it was paid for,” he said. The county said in a statement that it would publish its own accounting by Friday.
""", [
    ("i", "Marlow County had spent $4 million on a jail expansion it never built", 0, "Dunmere Courier", "reported"),
    ("i", "the paper had obtained invoices through a records request", 0, "Rosa Halloway", "said"),
    ("d", "Every page raised another question,", 0, "Rosa Halloway", "said"),
    ("d", "The design work was real work, and it was paid for,", 0, "Glen Shubert", "said"),
    ("i", "it would publish its own accounting by Friday", 0, "Marlow County", "said"),
], {
    "Dunmere Courier": ["The Dunmere Courier"],
    "Rosa Halloway": ["Courier reporter Rosa Halloway", "Rosa Halloway"],
    "Glen Shubert": ["County administrator Glen Shubert", "Glen Shubert"],
    "Marlow County": ["Marlow County", "The county"],
}))

P.append(("""
Bumblebees learn faster when they are warm, according to a study from the University of Carrick.

Dr Ellen Moray at the University of Carrick, who led the work, said the finding ‘surprised everyone in the lab’. The university said in a press release that the research had been funded by a farming charity.

Prof. Ravi Sandhu, a bee specialist with the Northern Ecology Trust, said the study was small but careful. ‘It’s a lovely piece of work,’ he said. ‘I’d want to see it done outdoors next.’

The trust said it would fund a field trial next summer.
""", [
    ("m", "the finding ‘surprised everyone in the lab’", 0, "Ellen Moray", "said"),
    ("i", "the research had been funded by a farming charity", 0, "University of Carrick", "said"),
    ("i", "the study was small but careful", 0, "Ravi Sandhu", "said"),
    ("d", "It’s a lovely piece of work,", 0, "Ravi Sandhu", "said"),
    ("d", "I’d want to see it done outdoors next.", 0, "Ravi Sandhu", None),
    ("i", "it would fund a field trial next summer", 0, "Northern Ecology Trust", "said"),
], {
    "Ellen Moray": ["Dr Ellen Moray"],
    "University of Carrick": ["the University of Carrick", "The university"],
    "Ravi Sandhu": ["Prof. Ravi Sandhu"],
    "Northern Ecology Trust": ["the Northern Ecology Trust", "The trust"],
}))

P.append(('''
Velmont Airlines will cut 40 routes from its winter schedule, the carrier said on Tuesday.

It said the cuts were needed because of a shortage of pilots. "We would rather fly fewer routes reliably than more routes badly," Velmont spokesman Ari Costa said.

The pilots' union, the Flight Crew Association, said the shortage was of the airline's own making. They said Velmont had frozen hiring for two years. Union president Joanne Kiel said members would vote on strike action next month.
''', [
    ("i", "Velmont Airlines will cut 40 routes from its winter schedule", 0, "Velmont Airlines", "said"),
    ("i", "the cuts were needed because of a shortage of pilots", 0, "Velmont Airlines", "said"),
    ("d", "We would rather fly fewer routes reliably than more routes badly,", 0, "Ari Costa", "said"),
    ("i", "the shortage was of the airline's own making", 0, "Flight Crew Association", "said"),
    ("i", "Velmont had frozen hiring for two years", 0, "Flight Crew Association", "said"),
    ("i", "members would vote on strike action next month", 0, "Joanne Kiel", "said"),
], {
    "Velmont Airlines": ["Velmont Airlines", "the carrier"],
    "Ari Costa": ["Velmont spokesman Ari Costa", "Ari Costa"],
    "Flight Crew Association": ["The pilots' union, the Flight Crew Association", "the Flight Crew Association"],
    "Joanne Kiel": ["Union president Joanne Kiel", "Joanne Kiel"],
}))

P.append(("""
A measles case has been confirmed at a daycare in Pellham, the Upper Tarn Health Authority said Thursday.

Dr. Naveen Joshi, a medical officer with the health authority, said parents of about 60 children had been contacted. “If your child is unvaccinated, now is the time,” he said.

Daycare owner Lucie Fortin said staff were “shaken but coping.” The daycare will stay closed until Monday, she said.

The authority said it was not aware of any other cases.
""", [
    ("i", "A measles case has been confirmed at a daycare in Pellham", 0, "Upper Tarn Health Authority", "said"),
    ("i", "parents of about 60 children had been contacted", 0, "Naveen Joshi", "said"),
    ("d", "If your child is unvaccinated, now is the time,", 0, "Naveen Joshi", "said"),
    ("m", "staff were “shaken but coping.”", 0, "Lucie Fortin", "said"),
    ("i", "The daycare will stay closed until Monday", 0, "Lucie Fortin", "said"),
    ("i", "it was not aware of any other cases", 0, "Upper Tarn Health Authority", "said"),
], {
    "Upper Tarn Health Authority": ["the Upper Tarn Health Authority", "the health authority", "The authority"],
    "Naveen Joshi": ["Dr. Naveen Joshi"],
    "Lucie Fortin": ["Daycare owner Lucie Fortin", "Lucie Fortin"],
}))

P.append(("""
The Calloway Symphony has cancelled the rest of its season, citing a $2 million deficit.

In a letter to subscribers, the orchestra said it had “exhausted every option.” They promised that subscribers would get full refunds by the end of March.

Music director Tomasz Wren, who has led the orchestra since 2011, said he was heartbroken. “These musicians deserve better than this,” he said.

The Calloway Herald reported last year that ticket sales had fallen by a third. Herald critic June Okabe said the cancellation was “a failure of nerve, not of money.”
""", [
    ("m", "it had “exhausted every option.”", 0, "Calloway Symphony", "said"),
    ("i", "subscribers would get full refunds by the end of March", 0, "Calloway Symphony", "promised"),
    ("i", "he was heartbroken", 0, "Tomasz Wren", "said"),
    ("d", "These musicians deserve better than this,", 0, "Tomasz Wren", "said"),
    ("i", "ticket sales had fallen by a third", 0, "Calloway Herald", "reported"),
    ("m", "the cancellation was “a failure of nerve, not of money.”", 0, "June Okabe", "said"),
], {
    "Calloway Symphony": ["The Calloway Symphony", "the orchestra"],
    "Tomasz Wren": ["Music director Tomasz Wren", "Tomasz Wren"],
    "Calloway Herald": ["The Calloway Herald"],
    "June Okabe": ["Herald critic June Okabe", "June Okabe"],
}))

P.append(("""
Wexley Town have been fined £15,000 after fans threw flares onto the pitch during the derby.

The club said it ‘accepted the punishment in full’ and would ban the supporters responsible. Its chairman, Mr Howard Lyle, said the behaviour had ‘shamed a proud club’.

The Wexley Post, which first published photographs of the incident, said it had handed its pictures to police. Sally Brisk of the Wexley Post, who was at the match, said she had seen ‘at least a dozen’ flares. Wexley Police said two men had been arrested.
""", [
    ("m", "it ‘accepted the punishment in full’ and would ban the supporters responsible", 0, "Wexley Town", "said"),
    ("m", "the behaviour had ‘shamed a proud club’", 0, "Howard Lyle", "said"),
    ("i", "it had handed its pictures to police", 0, "Wexley Post", "said"),
    ("m", "she had seen ‘at least a dozen’ flares", 0, "Sally Brisk", "said"),
    ("i", "two men had been arrested", 0, "Wexley Police", "said"),
], {
    "Wexley Town": ["Wexley Town", "The club"],
    "Howard Lyle": ["Its chairman, Mr Howard Lyle", "Mr Howard Lyle"],
    "Wexley Post": ["The Wexley Post"],
    "Sally Brisk": ["Sally Brisk"],
    "Wexley Police": ["Wexley Police"],
}))

P.append(("""
Pemberton Foods will close its cannery in Wick Harbor next spring, the company said Monday, ending 90 years of fish packing in the town.

Alan Pemberton, the founder’s grandson, who sold the business to investors in 2019, said he was “sad but not surprised.” “They bought a brand, not a town,” Pemberton said.

Pemberton Foods said in a statement that the plant’s 140 workers would be offered jobs at its site in Carrow. It said fewer than a third were expected to move.

Union steward Bea Lindqvist of the Allied Cannery Workers said the offer was “a bus ticket, not a job.” The union said it would meet the company on Thursday.
""", [
    ("i", "Pemberton Foods will close its cannery in Wick Harbor next spring", 0, "Pemberton Foods", "said"),
    ("m", "he was “sad but not surprised.”", 0, "Alan Pemberton", "said"),
    ("d", "They bought a brand, not a town,", 0, "Alan Pemberton", "said"),
    ("i", "the plant’s 140 workers would be offered jobs at its site in Carrow", 0, "Pemberton Foods", "said"),
    ("i", "fewer than a third were expected to move", 0, "Pemberton Foods", "said"),
    ("m", "the offer was “a bus ticket, not a job.”", 0, "Bea Lindqvist", "said"),
    ("i", "it would meet the company on Thursday", 0, "Allied Cannery Workers", "said"),
], {
    "Pemberton Foods": ["Pemberton Foods", "the company"],
    "Alan Pemberton": ["Alan Pemberton", "Pemberton"],
    "Bea Lindqvist": ["Union steward Bea Lindqvist", "Bea Lindqvist"],
    "Allied Cannery Workers": ["the Allied Cannery Workers", "The union"],
}))

run("organisation", P)
