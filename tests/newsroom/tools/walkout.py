from make import run

P = []

# Batch 5 (blind). Australian airline strike, straight marks, "Mr"/"Ms":
# an airline as "the airline" and "it", a union secretary (he) and an airline
# executive (she) in turn across paragraphs, content-first "..., the airline
# said.", "told Radio Eastern", "accused X of"
# (no record), "denied that", "rejected the claim" (no record), a stranded
# family ("her partner said"), "according to the tribunal",
# "Asked if ..., she said", a split quotation, "plans" (no record).
P.append(("""
Hundreds of flights cancelled as Coral Air engineers walk off the job

By Jess Kavanagh

More than 300 flights were cancelled on Wednesday as aircraft engineers at Coral Air began a 48-hour strike, stranding about 40,000 passengers on the eve of the school holidays.

Passengers booked on cancelled flights would be offered a full refund or a seat on another service within three days, the airline said.

The strike was called by the Licensed Engineers Association, which says its members have not had a pay rise in four years. Its federal secretary, Tom Brankovic, said engineers were working 14-hour shifts to keep an ageing fleet in the air.

"Nobody wants to be out here," Mr Brankovic said outside the Coral Air hangars at Kurrawa Airport. "But we have been asking nicely since 2021, and nicely has not worked."

He accused the company of "bargaining in bad faith" and said the union would consider further action next month.

Coral Air's chief operating officer, Natalie Ferris, denied that the airline had refused to negotiate. She said it had offered a 9 per cent rise over three years, which the union had rejected.

"We have put a fair offer on the table," Ms Ferris told Radio Eastern on Wednesday morning. "I would say to the union: come back and talk to us, and let these families go on their holidays."

She said safety had not been affected by the dispute. Asked if the airline would hire contract engineers, she said that was "not something we are planning at this stage".

The union rejected the claim that its demands were unreasonable.

At the domestic terminal, Kylie Dwyer and her partner were trying to get their three children to Yarrabah Heads for a cousin's wedding.

"We found out at the check-in desk," Ms Dwyer said. "Not a text, not an email. Nothing."

Her partner, Ben Luu, said the family had been told the next available seats were on Saturday, a day after the wedding.

The dispute is before the Workplace Relations Tribunal, which could order an end to the action. A hearing has been set down for Friday, according to the tribunal.

Coral Air plans to run a reduced timetable on Thursday. The airline said it would contact affected passengers directly by text message.

Mr Brankovic said he was sorry for the disruption. "I have kids too," he said, "and I know what a cancelled holiday feels like."
""", [
    ("i", "Passengers booked on cancelled flights would be offered a full refund or a seat on another service within three days", 0, "Coral Air", "said"),
    ("i", "its members have not had a pay rise in four years", 0, "Licensed Engineers Association", "says"),
    ("i", "engineers were working 14-hour shifts to keep an ageing fleet in the air", 0, "Tom Brankovic", "said"),
    ("d", "Nobody wants to be out here,", 0, "Tom Brankovic", "said"),
    ("d", "But we have been asking nicely since 2021, and nicely has not worked.", 0, "Tom Brankovic", None),
    ("i", "the union would consider further action next month", 0, "Tom Brankovic", "said"),
    ("i", "the airline had refused to negotiate", 0, "Natalie Ferris", "denied"),
    ("i", "it had offered a 9 per cent rise over three years, which the union had rejected", 0, "Natalie Ferris", "said"),
    ("d", "We have put a fair offer on the table,", 0, "Natalie Ferris", "told"),
    ("d", "I would say to the union: come back and talk to us, and let these families go on their holidays.", 0, "Natalie Ferris", None),
    ("i", "safety had not been affected by the dispute", 0, "Natalie Ferris", "said"),
    ("m", "that was \"not something we are planning at this stage\"", 0, "Natalie Ferris", "said"),
    ("d", "We found out at the check-in desk,", 0, "Kylie Dwyer", "said"),
    ("d", "Not a text, not an email. Nothing.", 0, "Kylie Dwyer", None),
    ("i", "the family had been told the next available seats were on Saturday, a day after the wedding", 0, "Ben Luu", "said"),
    ("i", "A hearing has been set down for Friday", 0, "Workplace Relations Tribunal", "according to"),
    ("i", "it would contact affected passengers directly by text message", 0, "Coral Air", "said"),
    ("i", "he was sorry for the disruption", 0, "Tom Brankovic", "said"),
    ("d", "I have kids too,", 0, "Tom Brankovic", "said"),
    ("d", "and I know what a cancelled holiday feels like.", 0, "Tom Brankovic", "said"),
], {
    "Coral Air": ["Coral Air", "the airline", "The airline"],
    "Licensed Engineers Association": ["the Licensed Engineers Association", "The union"],
    "Tom Brankovic": ["Tom Brankovic", "Mr Brankovic"],
    "Natalie Ferris": ["Natalie Ferris", "Ms Ferris"],
    "Kylie Dwyer": ["Kylie Dwyer", "Ms Dwyer"],
    "Ben Luu": ["Ben Luu"],
    "Workplace Relations Tribunal": ["the Workplace Relations Tribunal", "the tribunal"],
}))

run("walkout", P)
