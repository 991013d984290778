from make import run

P = []

P.append(("""
By Ann Roe
Northern Press

MILLBROOK, N.S. — Forty people remain missing after flash floods swept through the Acadie Valley overnight, the Red Cross said on Sunday.

Rescue crews in boats pulled at least 200 residents from rooftops, provincial emergency management official Claire Boudreau told reporters. “The water came up faster than anyone had ever seen,” she said.

Farmer Gilles Arsenault, 64, said he lost his entire herd. “Sixty years my family has farmed here,” he said. “I don’t know if we start again.”

Volunteers fill sandbags outside the fire hall in Millbrook on Sunday. Jo Lee / Northern Press
""", [
    ("i", "Forty people remain missing after flash floods swept through the Acadie Valley overnight", 0, "Red Cross", "said"),
    ("i", "Rescue crews in boats pulled at least 200 residents from rooftops", 0, "Claire Boudreau", "told"),
    ("d", "The water came up faster than anyone had ever seen,", 0, "Claire Boudreau", "said"),
    ("i", "he lost his entire herd", 0, "Gilles Arsenault", "said"),
    ("d", "Sixty years my family has farmed here,", 0, "Gilles Arsenault", "said"),
    ("d", "I don’t know if we start again.", 0, "Gilles Arsenault", None),
], {
    "Red Cross": ["the Red Cross"],
    "Claire Boudreau": ["provincial emergency management official Claire Boudreau", "Claire Boudreau"],
    "Gilles Arsenault": ["Farmer Gilles Arsenault", "Gilles Arsenault"],
}))

P.append(('''
By Jo Lee
Northern Press

DRAYTON, Ont. — Workers at the Harlow auto parts plant voted 78 per cent in favour of a new contract on Friday, ending a five-week strike, the Northern Autoworkers Union said.

(Photo: Striking workers outside the Harlow plant in August. Ann Roe / Northern Press)

Local president Dwayne Pickett said the deal included raises of 14 per cent over three years. "Nobody got everything they wanted, but nobody walked away empty-handed," Pickett said.

Harlow spokesperson Nina Ferreira said production would resume on Monday. The company had said in August that the strike was costing it $2 million a week.
''', [
    ("i", "Workers at the Harlow auto parts plant voted 78 per cent in favour of a new contract on Friday, ending a five-week strike", 0, "Northern Autoworkers Union", "said"),
    ("i", "the deal included raises of 14 per cent over three years", 0, "Dwayne Pickett", "said"),
    ("d", "Nobody got everything they wanted, but nobody walked away empty-handed,", 0, "Dwayne Pickett", "said"),
    ("i", "production would resume on Monday", 0, "Nina Ferreira", "said"),
    ("i", "the strike was costing it $2 million a week", 0, "Harlow", "had said"),
], {
    "Northern Autoworkers Union": ["the Northern Autoworkers Union"],
    "Dwayne Pickett": ["Local president Dwayne Pickett", "Dwayne Pickett", "Pickett"],
    "Nina Ferreira": ["Harlow spokesperson Nina Ferreira", "Nina Ferreira"],
    "Harlow": ["Harlow", "The company"],
}))

P.append(("""
By Ann Roe
Northern Press

PORT HALLAM — The government of the island state of Meridia declared a state of emergency on Tuesday after a volcano on its northern coast began erupting, officials said.

About 3,000 people have been evacuated from villages near Mount Teva, according to Meridia’s disaster agency. Agency director Paolo Rinaldi said there had been no deaths.

“The mountain has been rumbling for weeks,” said Leilani Voss, a volcanologist at the Port Hallam Geological Institute. “What we are seeing now is the main event.”

Ash rises above Mount Teva on Tuesday. (Photo: Jo Lee / Northern Press)
""", [
    ("i", "The government of the island state of Meridia declared a state of emergency on Tuesday after a volcano on its northern coast began erupting", 0, "officials", "said"),
    ("i", "About 3,000 people have been evacuated from villages near Mount Teva", 0, "Meridia’s disaster agency", "according to"),
    ("i", "there had been no deaths", 0, "Paolo Rinaldi", "said"),
    ("d", "The mountain has been rumbling for weeks,", 0, "Leilani Voss", "said"),
    ("d", "What we are seeing now is the main event.", 0, "Leilani Voss", None),
], {
    "officials": ["officials"],
    "Meridia’s disaster agency": ["Meridia’s disaster agency"],
    "Paolo Rinaldi": ["Agency director Paolo Rinaldi", "Paolo Rinaldi"],
    "Leilani Voss": ["Leilani Voss"],
}))

P.append(('''
By Jo Lee
Northern Press

WESTVALE — Incumbent mayor Sandra Okoye conceded defeat late on Monday after losing the Westvale mayoral race to first-time candidate Marcus Bell by fewer than 400 votes.

"The people have spoken, and I respect their decision," Okoye told supporters at a downtown hotel. She said she would help Bell "in any way I can" during the transition.

Bell, 38, a former high school principal, posted on social media that the result was "a victory for every neighbourhood that felt ignored."

Turnout was 41 per cent, the city clerk's office said.
''', [
    ("d", "The people have spoken, and I respect their decision,", 0, "Sandra Okoye", "told"),
    ("m", 'she would help Bell "in any way I can" during the transition', 0, "Sandra Okoye", "said"),
    ("m", 'the result was "a victory for every neighbourhood that felt ignored."', 0, "Marcus Bell", "posted"),
    ("i", "Turnout was 41 per cent", 0, "the city clerk's office", "said"),
], {
    "Sandra Okoye": ["Incumbent mayor Sandra Okoye", "Sandra Okoye", "Okoye"],
    "Marcus Bell": ["first-time candidate Marcus Bell", "Marcus Bell", "Bell"],
    "the city clerk's office": ["the city clerk's office"],
}))

P.append(("""
MILLBROOK, N.S. — A satellite built by students at Millbrook Technical College reached orbit on Thursday, the college said.

The shoebox-sized satellite, nicknamed “Puffin”, will measure sea ice in the Gulf of Lorne for two years. Project lead Dr Farid Haddad said the team had received its first signal two hours after launch.

“A lot of people cried,” said student engineer Emily Tran, 21. “I might have been one of them.”

Students watch the launch on a screen at Millbrook Technical College on Thursday.
Jo Lee / Northern Press
""", [
    ("i", "A satellite built by students at Millbrook Technical College reached orbit on Thursday", 0, "Millbrook Technical College", "said"),
    ("i", "the team had received its first signal two hours after launch", 0, "Farid Haddad", "said"),
    ("d", "A lot of people cried,", 0, "Emily Tran", "said"),
    ("d", "I might have been one of them.", 0, "Emily Tran", None),
], {
    "Millbrook Technical College": ["Millbrook Technical College", "the college"],
    "Farid Haddad": ["Project lead Dr Farid Haddad", "Dr Farid Haddad"],
    "Emily Tran": ["student engineer Emily Tran", "Emily Tran"],
}))

P.append(('''
By Ann Roe
Northern Press

LAKEPORT — A former hospital administrator who denies stealing $600,000 from a cancer charity will stand trial in March, a judge ruled on Wednesday.

Defence lawyer Craig Munro told the court his client, Helen Doyle, 55, would plead not guilty. Outside the courthouse, Doyle said only: "I have done nothing wrong."

The charity's chair, Rev. Thomas Abiodun, said donations had fallen by a third since the allegations became public. "People are frightened their money will go missing," he said.

(Photo: Jo Lee / Northern Press)
''', [
    ("i", "A former hospital administrator who denies stealing $600,000 from a cancer charity will stand trial in March", 0, "a judge", "ruled"),
    ("i", "his client, Helen Doyle, 55, would plead not guilty", 0, "Craig Munro", "told"),
    ("d", "I have done nothing wrong.", 0, "Helen Doyle", "said"),
    ("i", "donations had fallen by a third since the allegations became public", 0, "Thomas Abiodun", "said"),
    ("d", "People are frightened their money will go missing,", 0, "Thomas Abiodun", "said"),
], {
    "a judge": ["a judge"],
    "Craig Munro": ["Defence lawyer Craig Munro", "Craig Munro"],
    "Helen Doyle": ["Helen Doyle", "Doyle"],
    "Thomas Abiodun": ["Rev. Thomas Abiodun"],
}))

P.append(("""
By Jo Lee
Northern Press

ASHGROVE, N.B. — Fire crews expect to contain a wildfire north of Ashgrove by the weekend, but residents of 300 homes should stay out for now, the provincial forestry department warned on Saturday.

The fire has burned about 1,800 hectares since Wednesday. Fire information officer Renée Gallant said cooler weather had helped. “We’ve turned a corner, but this fire can still surprise us,” she said.

Evacuee Tom Pelletier, who is staying with his daughter in Millbrook, said he had been told his house was still standing. “I’ll believe it when I see it,” he said, “but I’m grateful.”

Smoke hangs over Route 11 near Ashgrove on Friday. (Photo: Ann Roe / Northern Press)
""", [
    ("i", "Fire crews expect to contain a wildfire north of Ashgrove by the weekend, but residents of 300 homes should stay out for now", 0, "provincial forestry department", "warned"),
    ("i", "cooler weather had helped", 0, "Renée Gallant", "said"),
    ("d", "We’ve turned a corner, but this fire can still surprise us,", 0, "Renée Gallant", "said"),
    ("i", "he had been told his house was still standing", 0, "Tom Pelletier", "said"),
    ("d", "I’ll believe it when I see it,", 0, "Tom Pelletier", "said"),
    ("d", "but I’m grateful.", 0, "Tom Pelletier", "said"),
], {
    "provincial forestry department": ["the provincial forestry department"],
    "Renée Gallant": ["Fire information officer Renée Gallant", "Renée Gallant"],
    "Tom Pelletier": ["Evacuee Tom Pelletier", "Tom Pelletier"],
}))

# Hard-wrapped copy (lines broken at 72 columns, blank lines between
# paragraphs), an unknown verb in the quotation frame, an elision after the
# opening mark, a listener before the quotation, a dash credit on the next
# line.
P.append(("""
HARBOURVILLE, N.S. — A storm tore the main ramp of the Gull Island ferry
from its pilings on Sunday night. The ferry will not sail again until
the spring, the operator said on Monday.

"We have never lost a ramp like this in forty years of service," said
Marta Quill, the operator's director. "It will take months to rebuild
it, and we will not cut corners."

"Where do we go now?" the island's postmaster grumbled.

'Tis the third storm this winter,' said Ned Ober, who runs the island
store. He told everyone, "Stock up on what you can."

"The island has been cut off before, and it always comes back."
— Tobias Fenn
""", [
    ("i", "The ferry will not sail again until\nthe spring", 0, "the operator", "said"),
    ("d", "We have never lost a ramp like this in forty years of service,", 0, "Marta Quill", "said"),
    ("d", "It will take months to rebuild\nit, and we will not cut corners.", 0, "Marta Quill", None),
    ("d", "Where do we go now?", 0, "the island's postmaster", "grumbled"),
    ("d", "Tis the third storm this winter,", 0, "Ned Ober", "said"),
    ("d", "Stock up on what you can.", 0, "Ned Ober", "told"),
    ("d", "The island has been cut off before, and it always comes back.", 0, "Tobias Fenn", "—"),
], {
    "the operator": ["the operator"],
    "Marta Quill": ["Marta Quill"],
    "the island's postmaster": ["the island's postmaster"],
    "Ned Ober": ["Ned Ober"],
    "Tobias Fenn": ["Tobias Fenn"],
}))

run("wire", P)
