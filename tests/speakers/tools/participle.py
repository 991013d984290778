"""Class `participle`: participle and appositive subjects across places, relative
clauses and appositives between subject and verb."""
from make import run

P = []

P.append(("""
Interior Minister Farah Oduya addressed reporters in Velka, Ostmark, on Sunday, saying the army would not be deployed after two nights of unrest in the capital.

Protest organiser Timo Brandt, 24, spoke outside the central station in Velka, insisting the marches had been peaceful until police arrived. “We brought banners, not bricks,” he said.

Oduya, a former judge who took office in March, later met Brandt and two other organisers, describing the talks as “frank and useful.”

The city’s mayor, Greta Solberg, closed the central square on Monday, adding that public transport would stop at nine in the evening.
""", [
    ("i", "the army would not be deployed after two nights of unrest in the capital", 0, "Farah Oduya", "saying"),
    ("i", "the marches had been peaceful until police arrived", 0, "Timo Brandt", "insisting"),
    ("d", "We brought banners, not bricks,", 0, "Timo Brandt", "said"),
    ("m", "the talks as “frank and useful.”", 0, "Farah Oduya", "describing"),
    ("i", "public transport would stop at nine in the evening", 0, "Greta Solberg", "adding"),
], {
    "Farah Oduya": ["Interior Minister Farah Oduya", "Farah Oduya", "Oduya"],
    "Timo Brandt": ["Protest organiser Timo Brandt", "Timo Brandt"],
    "Greta Solberg": ["The city’s mayor, Greta Solberg", "Greta Solberg"],
}))

P.append(('''
Tarnby Wanderers manager Lisa Ekholm, whose side climbed to third with a 2-1 win over Orme Rangers, praised her goalkeeper, saying she had "kept us alive for 80 minutes."

Keeper Nadia Rourke, 19, a loan signing from Hallstead, played down her part. "The defenders did the hard work," she said, adding that she had been "mostly a spectator" in the first half.

Orme boss Craig Dunlop, who was sent to the stands in the 70th minute, told reporters the referee had "lost control of the game." He is expected to face a touchline ban.
''', [
    ("m", 'she had "kept us alive for 80 minutes."', 0, "Lisa Ekholm", "saying"),
    ("d", "The defenders did the hard work,", 0, "Nadia Rourke", "said"),
    ("m", 'she had been "mostly a spectator" in the first half', 0, "Nadia Rourke", "adding"),
    ("m", 'the referee had "lost control of the game."', 0, "Craig Dunlop", "told"),
], {
    "Lisa Ekholm": ["Tarnby Wanderers manager Lisa Ekholm", "Lisa Ekholm"],
    "Nadia Rourke": ["Keeper Nadia Rourke", "Nadia Rourke"],
    "Craig Dunlop": ["Orme boss Craig Dunlop", "Craig Dunlop"],
}))

P.append(("""
A landlord who let a family live with black mould for three years has been fined £40,000.

District Judge Anita Corr, sitting at Elmbridge Magistrates’ Court, said Mr Peter Vance had shown ‘total indifference’ to his tenants. Mr Vance, 61, of Kessing Road, Elmbridge, stood with his head bowed, saying nothing.

The tenant, Ms Joy Okwara, who has two children with asthma, spoke outside court, saying she hoped other landlords were listening. ‘We were ill every winter,’ she said.

Elmbridge Council, which brought the prosecution, said it had issued more fines this year than in the previous five.
""", [
    ("m", "Mr Peter Vance had shown ‘total indifference’ to his tenants", 0, "Anita Corr", "said"),
    ("i", "she hoped other landlords were listening", 0, "Joy Okwara", "saying"),
    ("d", "We were ill every winter,", 0, "Joy Okwara", "said"),
    ("i", "it had issued more fines this year than in the previous five", 0, "Elmbridge Council", "said"),
], {
    "Anita Corr": ["District Judge Anita Corr", "Anita Corr"],
    "Joy Okwara": ["The tenant, Ms Joy Okwara", "Ms Joy Okwara"],
    "Elmbridge Council": ["Elmbridge Council"],
}))

P.append(("""
Halvor Motors chief executive Dana Whitcombe spoke to investors in Redmoor, Calder, on Wednesday, telling them the company’s new electric van would be profitable by 2027.

The van, which went on sale in June, has sold 9,000 units, Whitcombe said, adding that a second factory was “on the table but not on the calendar.”

Chief financial officer Omar Lezcano, speaking from the company’s plant in Fenwick, Ostmark, warned that battery costs were still rising. “We are not out of the woods,” he said.
""", [
    ("i", "the company’s new electric van would be profitable by 2027", 0, "Dana Whitcombe", "telling"),
    ("i", "The van, which went on sale in June, has sold 9,000 units", 0, "Dana Whitcombe", "said"),
    ("m", "a second factory was “on the table but not on the calendar.”", 0, "Dana Whitcombe", "adding"),
    ("i", "battery costs were still rising", 0, "Omar Lezcano", "warned"),
    ("d", "We are not out of the woods,", 0, "Omar Lezcano", "said"),
], {
    "Dana Whitcombe": ["Halvor Motors chief executive Dana Whitcombe", "Dana Whitcombe", "Whitcombe"],
    "Omar Lezcano": ["Chief financial officer Omar Lezcano", "Omar Lezcano"],
}))

P.append(('''
Marine biologist Dr Kaya Lindell, of the Southport Reef Institute, returned from a month at Cape Virra, Korro Islands, on Friday, warning that coral bleaching had spread further than expected.

"I have never seen the northern reefs this white," Dr Lindell said.

Reef tourism operator Steve Mackay, who runs dive trips from Virra Bay, disagreed, saying most of his sites were "still in great shape". He said bookings had not dropped.

The institute will publish its survey in March.
''', [
    ("i", "coral bleaching had spread further than expected", 0, "Kaya Lindell", "warning"),
    ("d", "I have never seen the northern reefs this white,", 0, "Kaya Lindell", "said"),
    ("m", 'most of his sites were "still in great shape"', 0, "Steve Mackay", "saying"),
    ("i", "bookings had not dropped", 0, "Steve Mackay", "said"),
], {
    "Kaya Lindell": ["Marine biologist Dr Kaya Lindell", "Dr Kaya Lindell", "Dr Lindell"],
    "Steve Mackay": ["Reef tourism operator Steve Mackay", "Steve Mackay"],
}))

P.append(("""
The author Beatrix Hollin, who grew up in Ashcombe, Westmarch, and now lives in Lisk, returned to her old school on Thursday to open its new library, calling it “the room I wish I’d had.”

Headteacher Samuel Ebo, introducing her to pupils, said she had once been “a very noisy reader.” Hollin laughed, admitting that she had been sent out of class “more than once” for reading under the desk.

Pupil Leah Tran, 14, who interviewed the author for the school magazine, said she had been too nervous to ask her last question. “Read everything, even the boring stuff,” Hollin told her afterwards.
""", [
    ("m", "it “the room I wish I’d had.”", 0, "Beatrix Hollin", "calling"),
    ("m", "she had once been “a very noisy reader.”", 0, "Samuel Ebo", "said"),
    ("m", "she had been sent out of class “more than once” for reading under the desk", 0, "Beatrix Hollin", "admitting"),
    ("i", "she had been too nervous to ask her last question", 0, "Leah Tran", "said"),
    ("d", "Read everything, even the boring stuff,", 0, "Beatrix Hollin", "told"),
], {
    "Beatrix Hollin": ["The author Beatrix Hollin", "Beatrix Hollin", "Hollin"],
    "Samuel Ebo": ["Headteacher Samuel Ebo", "Samuel Ebo"],
    "Leah Tran": ["Pupil Leah Tran", "Leah Tran"],
}))

P.append(('''
Coach Peter Hammond embraced his captain, Elin Sato, at the final whistle, telling reporters moments later that the team had "finally grown up."

Sato, who scored the decisive try in Kellerton, Marrow Valley, thanked the travelling fans, saying they had "carried us over the line". "I could hear them from the halfway line," she said.

Kellerton coach Rua Tane congratulated the visitors, conceding that his side had been beaten by a better team.
''', [
    ("m", 'the team had "finally grown up."', 0, "Peter Hammond", "telling"),
    ("m", 'they had "carried us over the line"', 0, "Elin Sato", "saying"),
    ("d", "I could hear them from the halfway line,", 0, "Elin Sato", "said"),
    ("i", "his side had been beaten by a better team", 0, "Rua Tane", "conceding"),
], {
    "Peter Hammond": ["Coach Peter Hammond", "Peter Hammond"],
    "Elin Sato": ["his captain, Elin Sato", "Elin Sato", "Sato"],
    "Rua Tane": ["Kellerton coach Rua Tane", "Rua Tane"],
}))

run("participle", P)
