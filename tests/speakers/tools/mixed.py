"""Class `mixed`: realistic articles mixing all the classes, many speakers each."""
from make import run

P = []

P.append(("""
The Alder Grove planning commission approved a 220-unit apartment complex on the old Fulton Mill site Tuesday, over objections from neighbors.

Speaking to Channel 9’s Rita Moss after the 4-3 vote, commission chair Howard Tibbs said the city “cannot keep saying no to housing.” Developer Kessling Homes said in a statement that construction would start in the fall.

Neighbor Joan Pruitt, who has lived on Fulton Street for 31 years, was in tears. “They never once asked us,” she said. Her husband, Ray, posted on Facebook that the couple would appeal.

Commissioner Nikhil Rao, who voted no, told the Alder Grove Sentinel that traffic studies were “two years out of date.” Tibbs said they had been updated in March.
""", [
    ("m", "the city “cannot keep saying no to housing.”", 0, "Howard Tibbs", "said"),
    ("i", "construction would start in the fall", 0, "Kessling Homes", "said"),
    ("d", "They never once asked us,", 0, "Joan Pruitt", "said"),
    ("i", "the couple would appeal", 0, "Ray", "posted"),
    ("m", "traffic studies were “two years out of date.”", 0, "Nikhil Rao", "told"),
    ("i", "they had been updated in March", 0, "Howard Tibbs", "said"),
], {
    "Howard Tibbs": ["commission chair Howard Tibbs", "Howard Tibbs", "Tibbs"],
    "Kessling Homes": ["Developer Kessling Homes", "Kessling Homes"],
    "Joan Pruitt": ["Neighbor Joan Pruitt", "Joan Pruitt"],
    "Ray": ["Her husband, Ray", "Ray"],
    "Nikhil Rao": ["Commissioner Nikhil Rao", "Nikhil Rao"],
}))

P.append(("""
Kingsmere United manager Mr Graham Tolley has refused to criticise striker Dion Aziz after he missed two penalties in Saturday’s 1–0 defeat at Ashby Vale.

‘Dion will take the next one too,’ Tolley told Radio Kingsmere. Speaking to reporters later, he said the team had ‘created enough to win two games’.

Aziz apologised to fans in a post on Instagram, writing that he would ‘make it right’. Ashby Vale boss Ms Carla Denholm, whose side are now fourth, said her goalkeeper, Petra Lund, had ‘read him like a book’.

Lund said she had watched videos of Aziz’s penalties all week.
""", [
    ("d", "Dion will take the next one too,", 0, "Graham Tolley", "told"),
    ("m", "the team had ‘created enough to win two games’", 0, "Graham Tolley", "said"),
    ("m", "he would ‘make it right’", 0, "Dion Aziz", "writing"),
    ("m", "her goalkeeper, Petra Lund, had ‘read him like a book’", 0, "Carla Denholm", "said"),
    ("i", "she had watched videos of Aziz’s penalties all week", 0, "Petra Lund", "said"),
], {
    "Graham Tolley": ["Kingsmere United manager Mr Graham Tolley", "Mr Graham Tolley", "Tolley"],
    "Dion Aziz": ["striker Dion Aziz", "Dion Aziz", "Aziz"],
    "Carla Denholm": ["Ashby Vale boss Ms Carla Denholm", "Ms Carla Denholm"],
    "Petra Lund": ["Petra Lund", "Lund"],
}))

P.append(('''
A Vell County jury on Thursday convicted former school bus driver Dale Hurst of driving under the influence in a crash that injured nine children.

Assistant District Attorney Monica Sage, speaking to reporters on the courthouse steps in Lorne, Vell County, called the verdict "justice for nine families." Defense attorney Paul Ng Jr. said his client would appeal, adding that the blood test had been "mishandled from the start."

Judge Walter Crane told Hurst that he had "betrayed the trust of every parent on that route." Sentencing is set for May 2.

Tanya Bell, whose son Eli broke his arm in the crash, said she had not slept properly since. "Eli still won't get on a bus," she said.
''', [
    ("m", 'the verdict "justice for nine families."', 0, "Monica Sage", "called"),
    ("i", "his client would appeal", 0, "Paul Ng", "said"),
    ("m", 'the blood test had been "mishandled from the start."', 0, "Paul Ng", "adding"),
    ("m", 'he had "betrayed the trust of every parent on that route."', 0, "Walter Crane", "told"),
    ("i", "she had not slept properly since", 0, "Tanya Bell", "said"),
    ("d", "Eli still won't get on a bus,", 0, "Tanya Bell", "said"),
], {
    "Monica Sage": ["Assistant District Attorney Monica Sage", "Monica Sage"],
    "Paul Ng": ["Defense attorney Paul Ng Jr.", "Paul Ng Jr."],
    "Walter Crane": ["Judge Walter Crane", "Walter Crane"],
    "Tanya Bell": ["Tanya Bell"],
}))

P.append(("""
Orbital Grocers shares jumped 12% on Wednesday after the delivery company posted its first quarterly profit.

On a call with analysts, chief executive Sunita Nair said the company had “stopped chasing every order at any price.” She told Denise Kwan of Harlow Capital that it would expand to four more cities next year.

The Coastline Journal reported last month that Orbital had cut drivers’ pay per delivery. Asked about the report, finance chief Tom Becker said pay per hour had risen. The company said it did not comment on media reports.

Driver Luis Ortega, who has delivered for Orbital since 2021, said in a phone interview that his earnings were down by a fifth. “The profit is coming out of our pockets,” he said.
""", [
    ("m", "the company had “stopped chasing every order at any price.”", 0, "Sunita Nair", "said"),
    ("i", "it would expand to four more cities next year", 0, "Sunita Nair", "told"),
    ("i", "Orbital had cut drivers’ pay per delivery", 0, "Coastline Journal", "reported"),
    ("i", "pay per hour had risen", 0, "Tom Becker", "said"),
    ("i", "it did not comment on media reports", 0, "Orbital Grocers", "said"),
    ("i", "his earnings were down by a fifth", 0, "Luis Ortega", "said"),
    ("d", "The profit is coming out of our pockets,", 0, "Luis Ortega", "said"),
], {
    "Sunita Nair": ["chief executive Sunita Nair", "Sunita Nair"],
    "Coastline Journal": ["The Coastline Journal"],
    "Tom Becker": ["finance chief Tom Becker", "Tom Becker"],
    "Orbital Grocers": ["Orbital Grocers", "the delivery company", "The company"],
    "Luis Ortega": ["Driver Luis Ortega", "Luis Ortega"],
}))

P.append(('''
Children in the Dalton Valley visited emergency rooms for asthma twice as often during last summer's wildfire smoke, a study from Carleigh University has found.

Lead author Dr. Amara Singh-Baptiste said the findings were "a warning for every summer from now on." Her co-author, Prof. Kenji Ward, told CKDV Radio host Liz Pham that schools needed better air filters.

The Dalton Valley Health Authority said in a statement that it would hand out 5,000 portable air cleaners. Health Minister Rob Faraday, asked by reporters in Port Emery whether that was enough, said: "It's a start, not a finish."

Parent Noor Haddadi wrote on Facebook that her son had used his inhaler "more in August than in the whole year before."
''', [
    ("m", 'the findings were "a warning for every summer from now on."', 0, "Amara Singh-Baptiste", "said"),
    ("i", "schools needed better air filters", 0, "Kenji Ward", "told"),
    ("i", "it would hand out 5,000 portable air cleaners", 0, "Dalton Valley Health Authority", "said"),
    ("d", "It's a start, not a finish.", 0, "Rob Faraday", "said"),
    ("m", 'her son had used his inhaler "more in August than in the whole year before."', 0, "Noor Haddadi", "wrote"),
], {
    "Amara Singh-Baptiste": ["Lead author Dr. Amara Singh-Baptiste", "Dr. Amara Singh-Baptiste"],
    "Kenji Ward": ["Her co-author, Prof. Kenji Ward", "Prof. Kenji Ward"],
    "Dalton Valley Health Authority": ["The Dalton Valley Health Authority"],
    "Rob Faraday": ["Health Minister Rob Faraday", "Rob Faraday"],
    "Noor Haddadi": ["Parent Noor Haddadi", "Noor Haddadi"],
}))

P.append(("""
The Brackwater Folk Festival will not return next year, its organisers said on Sunday, after losing £90,000 in the rain.

Festival director Ms Jess Mallory, who founded the event in 2009, told the Brackwater Echo that ‘the weather broke us’. Her brother and co-director, Sam Mallory, struck a more hopeful note, saying the festival could return ‘in a smaller field’ in 2027.

Singer Owen Tulley, who headlined on Saturday night, wrote on X that he was ‘gutted for everyone’. Ms Mallory said refunds would be paid by the end of the month.

Brackwater Town Council said it had offered the organisers a loan.
""", [
    ("i", "The Brackwater Folk Festival will not return next year", 0, "its organisers", "said"),
    ("d", "the weather broke us", 0, "Jess Mallory", "told"),
    ("m", "the festival could return ‘in a smaller field’ in 2027", 0, "Sam Mallory", "saying"),
    ("m", "he was ‘gutted for everyone’", 0, "Owen Tulley", "wrote"),
    ("i", "refunds would be paid by the end of the month", 0, "Jess Mallory", "said"),
    ("i", "it had offered the organisers a loan", 0, "Brackwater Town Council", "said"),
], {
    "its organisers": ["its organisers"],
    "Jess Mallory": ["Festival director Ms Jess Mallory", "Ms Jess Mallory", "Ms Mallory"],
    "Sam Mallory": ["Her brother and co-director, Sam Mallory", "Sam Mallory"],
    "Owen Tulley": ["Singer Owen Tulley", "Owen Tulley"],
    "Brackwater Town Council": ["Brackwater Town Council"],
}))

P.append(('''
VALMORA, Estria (Tidewire) - Estria's opposition Green Dawn party has rejected the results of Sunday's parliamentary election, saying the count in three provinces was "riddled with irregularities."

Party leader Anouk Severin, addressing supporters in Valmora's Liberty Square, said they would take the case to the constitutional court. Prime Minister Teodor Vlasek, whose Union bloc won 41 percent, told state broadcaster ETV that the vote had been "free, fair and boring."

The election commission said in a statement that it had received 212 complaints. Its chairwoman, Irina Koval, told Tidewire that each would be investigated.

The Northern Democratic Forum, which sent 60 observers, said on Monday that it had seen "no evidence of systematic fraud."
''', [
    ("m", 'the count in three provinces was "riddled with irregularities."', 0, "Green Dawn", "saying"),
    ("i", "they would take the case to the constitutional court", 0, "Anouk Severin", "said"),
    ("m", 'the vote had been "free, fair and boring."', 0, "Teodor Vlasek", "told"),
    ("i", "it had received 212 complaints", 0, "the election commission", "said"),
    ("i", "each would be investigated", 0, "Irina Koval", "told"),
    ("m", 'it had seen "no evidence of systematic fraud."', 0, "Northern Democratic Forum", "said"),
], {
    "Green Dawn": ["Green Dawn"],
    "Anouk Severin": ["Party leader Anouk Severin", "Anouk Severin"],
    "Teodor Vlasek": ["Prime Minister Teodor Vlasek", "Teodor Vlasek"],
    "the election commission": ["The election commission"],
    "Irina Koval": ["Its chairwoman, Irina Koval", "Irina Koval"],
    "Northern Democratic Forum": ["The Northern Democratic Forum"],
}))

run("mixed", P)
