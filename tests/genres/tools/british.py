from make import run

P = []

P.append(("""
Mr Jim Egan, the MP for Westvale, has called for an inquiry into the closure of the town’s last maternity unit.

‘Mothers in labour are being told to drive forty miles on a B-road in the dark,’ Mr Egan said. ‘That isn’t a health service, it’s a lottery.’

The Northern Counties Health Trust said the unit had closed because it could not recruit enough midwives. Its chief executive, Dr Sarah Pell, told Radio Westvale that the decision was ‘temporary but necessary’.

Local mother Hannah Price, who gave birth in a lay-by in March, said she was ‘lucky to be alive’.
""", [
    ("d", "Mothers in labour are being told to drive forty miles on a B-road in the dark,", 0, "Jim Egan", "said"),
    ("d", "That isn’t a health service, it’s a lottery.", 0, "Jim Egan", None),
    ("i", "the unit had closed because it could not recruit enough midwives", 0, "Northern Counties Health Trust", "said"),
    ("m", "the decision was ‘temporary but necessary’", 0, "Sarah Pell", "told"),
    ("m", "she was ‘lucky to be alive’", 0, "Hannah Price", "said"),
], {
    "Jim Egan": ["Mr Jim Egan", "Mr Egan"],
    "Northern Counties Health Trust": ["The Northern Counties Health Trust"],
    "Sarah Pell": ["Its chief executive, Dr Sarah Pell", "Dr Sarah Pell"],
    "Hannah Price": ["Local mother Hannah Price", "Hannah Price"],
}))

P.append(("""
Ms Priya Kaur, leader of Harwick Borough Council, has apologised after bin collections were missed for a third week running.

In a statement, the council said a shortage of lorry drivers was to blame. ‘I know residents are fed up, and frankly so am I,’ Ms Kaur said. She added that agency drivers would be brought in from Monday.

Opposition councillor Mr Derek Hale said the council had been warned in the spring. ‘They were told, in writing, “this will happen in the summer”,’ he said. ‘And it did.’
""", [
    ("i", "a shortage of lorry drivers was to blame", 0, "Harwick Borough Council", "said"),
    ("d", "I know residents are fed up, and frankly so am I,", 0, "Priya Kaur", "said"),
    ("i", "agency drivers would be brought in from Monday", 0, "Priya Kaur", "added"),
    ("i", "the council had been warned in the spring", 0, "Derek Hale", "said"),
    ("d", "They were told, in writing, “this will happen in the summer”,", 0, "Derek Hale", "said"),
    ("d", "And it did.", 0, "Derek Hale", None),
], {
    "Priya Kaur": ["Ms Priya Kaur", "Ms Kaur"],
    "Harwick Borough Council": ["Harwick Borough Council", "the council"],
    "Derek Hale": ["Opposition councillor Mr Derek Hale", "Mr Derek Hale"],
}))

P.append(("""
The county’s hedgehogs are ‘in freefall’ in the countryside but holding their own in towns, a report has found.

Professor Lena Park at the University of Harwick says gardens are now the animal’s ‘last stronghold’. ‘People’s back gardens have become a sort of nature reserve, whether they meant it or not,’ she says.

Mr Tom Ashby, who runs a hedgehog hospital in his garage in Eastwick, said he’d taken in 300 animals this year. ‘They’re coming in thinner every autumn,’ Mr Ashby said. ‘It’s heartbreaking.’
""", [
    ("m", "gardens are now the animal’s ‘last stronghold’", 0, "Lena Park", "says"),
    ("d", "People’s back gardens have become a sort of nature reserve, whether they meant it or not,", 0, "Lena Park", "says"),
    ("i", "he’d taken in 300 animals this year", 0, "Tom Ashby", "said"),
    ("d", "They’re coming in thinner every autumn,", 0, "Tom Ashby", "said"),
    ("d", "It’s heartbreaking.", 0, "Tom Ashby", None),
], {
    "Lena Park": ["Professor Lena Park", "Lena Park"],
    "Tom Ashby": ["Mr Tom Ashby", "Mr Ashby"],
}))

P.append(("""
A man who stole 40 garden gnomes from homes across Northfield has been given a community order.

Mr Gary Webb, 52, told magistrates he 'didn't know why' he had taken them. His solicitor, Mrs Anne Holloway, said her client had been 'struggling with his mental health' since his wife's death.

Chair of the bench Mr Colin Reeve said: 'These were not valuable items, but they were precious to the people who owned them.'

Most of the gnomes have been returned. One, known to its owners as 'Sir Cedric', is still missing.
""", [
    ("m", "he 'didn't know why' he had taken them", 0, "Gary Webb", "told"),
    ("m", "her client had been 'struggling with his mental health' since his wife's death", 0, "Anne Holloway", "said"),
    ("d", "These were not valuable items, but they were precious to the people who owned them.", 0, "Colin Reeve", "said"),
], {
    "Gary Webb": ["Mr Gary Webb"],
    "Anne Holloway": ["His solicitor, Mrs Anne Holloway", "Mrs Anne Holloway"],
    "Colin Reeve": ["Chair of the bench Mr Colin Reeve", "Mr Colin Reeve"],
}))

P.append(("""
The Chancellor, Mr Rupert Vane, has insisted there will be no rise in income tax before the next election.

Speaking to business leaders in Harwick, Mr Vane said the public finances were ‘in better shape than the doom-mongers claim’. ‘We have taken difficult decisions,’ he remarked. ‘We are not going to throw that away.’

Shadow Chancellor Ms Olivia Grant said his promise was ‘worth about as much as the paper it isn’t written on’. She told reporters that families were still paying more tax than at any time in seventy years.
""", [
    ("i", "there will be no rise in income tax before the next election", 0, "Rupert Vane", "has insisted"),
    ("m", "the public finances were ‘in better shape than the doom-mongers claim’", 0, "Rupert Vane", "said"),
    ("d", "We have taken difficult decisions,", 0, "Rupert Vane", "remarked"),
    ("d", "We are not going to throw that away.", 0, "Rupert Vane", None),
    ("m", "his promise was ‘worth about as much as the paper it isn’t written on’", 0, "Olivia Grant", "said"),
    ("i", "families were still paying more tax than at any time in seventy years", 0, "Olivia Grant", "told"),
], {
    "Rupert Vane": ["The Chancellor, Mr Rupert Vane", "Mr Rupert Vane", "Mr Vane"],
    "Olivia Grant": ["Shadow Chancellor Ms Olivia Grant", "Ms Olivia Grant"],
}))

P.append(("""
‘Gutted’ Rovers boss vows to bounce back

Harbourside Rovers manager Mr Alan Crewe admitted his side had ‘bottled it’ after they threw away a two-goal lead to lose 3–2 at home to Eastwick Town.

‘I’ve got no complaints. We were second best for the whole second half,’ Crewe told Radio Harbourside.

Eastwick captain Jodie Farrant, 6ft 1in, scored the winner in stoppage time. She said the comeback was ‘the best feeling I’ve had in football’.
""", [
    ("m", "his side had ‘bottled it’", 0, "Alan Crewe", "admitted"),
    ("d", "I’ve got no complaints. We were second best for the whole second half,", 0, "Alan Crewe", "told"),
    ("m", "the comeback was ‘the best feeling I’ve had in football’", 0, "Jodie Farrant", "said"),
], {
    "Alan Crewe": ["Harbourside Rovers manager Mr Alan Crewe", "Mr Alan Crewe", "Crewe"],
    "Jodie Farrant": ["Eastwick captain Jodie Farrant", "Jodie Farrant"],
}))

P.append(("""
Residents of Little Dunham have been told to boil their tap water after a bacteria scare, Fenmoor Water said on Friday.

About 4,000 homes are affected, according to the company. Its operations director, Mr Kevin Oduya, said the advice was ‘purely precautionary’ and was likely to be lifted within 48 hours.

Parish council chairman Mrs Gwen Hartley said elderly villagers had been left ‘high and dry’. ‘Nobody knocked on my door, nobody rang,’ she said. ‘I found out from my neighbour’s post online.’
""", [
    ("i", "Residents of Little Dunham have been told to boil their tap water after a bacteria scare", 0, "Fenmoor Water", "said"),
    ("i", "About 4,000 homes are affected", 0, "Fenmoor Water", "according to"),
    ("m", "the advice was ‘purely precautionary’ and was likely to be lifted within 48 hours", 0, "Kevin Oduya", "said"),
    ("m", "elderly villagers had been left ‘high and dry’", 0, "Gwen Hartley", "said"),
    ("d", "Nobody knocked on my door, nobody rang,", 0, "Gwen Hartley", "said"),
    ("d", "I found out from my neighbour’s post online.", 0, "Gwen Hartley", None),
], {
    "Fenmoor Water": ["Fenmoor Water", "the company"],
    "Kevin Oduya": ["Its operations director, Mr Kevin Oduya", "Mr Kevin Oduya"],
    "Gwen Hartley": ["Parish council chairman Mrs Gwen Hartley", "Mrs Gwen Hartley"],
}))

run("british", P)
