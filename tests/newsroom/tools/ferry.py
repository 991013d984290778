from make import run

P = []

# Batch 6 (blind). Irish island ferry breakdown, curly marks, fadas, "Cllr":
# "the operator says" in the lead, a ship's name (no record), a shopkeeper's
# quotation before and a sentence after "said NAME, who …", a statement
# "that X and that Y “…”", "told the local radio station … that", a
# councillor (she), a department's mixed clause, a report that "found" (no
# record), a man of 74 (he), "according to its principal, NAME" and a
# content-first "…, she said." in the next sentence.
P.append(("""
Islanders stranded as ferry breakdown enters second week

By Siobhán Ní Bhriain

Residents of Inis Caorach have been without a regular ferry service for eight days after the island’s only car ferry broke down, and the operator says repairs could take another fortnight.

The MV Róisín, which carries up to 18 cars, was taken out of service on March 3rd after an engine fault. A smaller passenger boat is running twice a day, but it cannot carry vehicles, fuel or livestock.

“We have a farmer here who hasn’t been able to get his cattle to the mart, and an elderly man who missed a hospital appointment,” said Máire Ní Chonaill, who runs the island’s shop. “People are patient, but patience runs out.”

The operator, Caorach Ferries, said in a statement that a replacement part had been ordered from a supplier abroad and that engineers were working “around the clock”.

Its managing director, Declan Furey, told the local radio station Raidió an Oileáin that the company had looked at chartering another vessel, but none was available.

Cllr Bríd Ní Fhatharta said the breakdown showed the island needed a second ferry.

“This is the third time in two years,” she said. “If the mainland lost its only bridge for a fortnight, there would be an emergency debate in the Dáil.”

The Department of Rural Affairs said it was “in contact with the operator” and would consider any request for emergency funding.

A report commissioned by the county council in 2022 found that the ferry was 31 years old and would need replacing within five years.

On the pier on Tuesday, Pádraig Ó Flaithearta, 74, was waiting for the passenger boat with a box of groceries. He said he had missed two appointments for his eye treatment in the city.

“I’m not complaining about the crew. They’re doing their best,” he said. “But we’re an island. The boat is everything.”

The island’s national school has remained open, according to its principal, Niamh Breathnach.

Two teachers who live on the mainland have been staying with families on the island since the breakdown, she said.

Caorach Ferries said it hoped to have the Róisín back in service by the end of the month.
""", [
    ("i", "repairs could take another fortnight", 0, "Caorach Ferries", "says"),
    ("d", "We have a farmer here who hasn’t been able to get his cattle to the mart, and an elderly man who missed a hospital appointment,", 0, "Máire Ní Chonaill", "said"),
    ("d", "People are patient, but patience runs out.", 0, "Máire Ní Chonaill", None),
    ("m", "a replacement part had been ordered from a supplier abroad and that engineers were working “around the clock”", 0, "Caorach Ferries", "said"),
    ("i", "the company had looked at chartering another vessel, but none was available", 0, "Declan Furey", "told"),
    ("i", "the breakdown showed the island needed a second ferry", 0, "Bríd Ní Fhatharta", "said"),
    ("d", "This is the third time in two years,", 0, "Bríd Ní Fhatharta", "said"),
    ("d", "If the mainland lost its only bridge for a fortnight, there would be an emergency debate in the Dáil.", 0, "Bríd Ní Fhatharta", None),
    ("m", "it was “in contact with the operator” and would consider any request for emergency funding", 0, "The Department of Rural Affairs", "said"),
    ("i", "he had missed two appointments for his eye treatment in the city", 0, "Pádraig Ó Flaithearta", "said"),
    ("d", "I’m not complaining about the crew. They’re doing their best,", 0, "Pádraig Ó Flaithearta", "said"),
    ("d", "But we’re an island. The boat is everything.", 0, "Pádraig Ó Flaithearta", None),
    ("i", "The island’s national school has remained open", 0, "Niamh Breathnach", "according to"),
    ("i", "Two teachers who live on the mainland have been staying with families on the island since the breakdown", 0, "Niamh Breathnach", "said"),
    ("i", "it hoped to have the Róisín back in service by the end of the month", 0, "Caorach Ferries", "said"),
], {
    "Caorach Ferries": ["Caorach Ferries", "the operator", "The operator"],
    "Máire Ní Chonaill": ["Máire Ní Chonaill"],
    "Declan Furey": ["Declan Furey"],
    "Bríd Ní Fhatharta": ["Cllr Bríd Ní Fhatharta"],
    "The Department of Rural Affairs": ["The Department of Rural Affairs"],
    "Pádraig Ó Flaithearta": ["Pádraig Ó Flaithearta"],
    "Niamh Breathnach": ["Niamh Breathnach"],
}))

run("ferry", P)
