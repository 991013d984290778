from make import run

P = []

# Batch 3 (blind). Indian English cyclone aftermath, straight marks, `Dr.`,
# initials before names, a colon dateline, lakh and kmph: content-first
# "..., district officials said.", "as per the figures" and "According to
# preliminary estimates" (evidence, no record), "told reporters that X and
# that Y", a widow's quotation with speech nested in it, "Neighbours said",
# "alleged that", "denied that" and "stated that", "announced an ex gratia"
# (no record), "The Chief Minister" after his name, "informed that",
# "has warned of heavy rainfall" and "asked not to" (no record), a
# "Photo Credit:" caption.
P.append(("""
Cyclone Sarika: death toll rises to 11 in Vellankulam, thousands still in relief camps

Staff Reporter

VELLANKULAM: The death toll from Cyclone Sarika rose to 11 on Wednesday after the bodies of two fishermen were recovered near the Manjeri sandbar, district officials said.

Nearly 38,000 people remain in 140 relief camps across the district, as per the figures released by the district administration on Wednesday evening.

District Collector Meenakshi Sundaram told reporters that power had been restored to about 60 per cent of households and that drinking water was being supplied by tanker to 43 villages.

"Our first priority is to see that nobody in the camps falls sick. Medical teams are visiting every camp twice a day," she said.

The cyclone made landfall near Kothapalem late on Monday with wind speeds of up to 130 kmph, uprooting thousands of trees and flattening thatched houses along a 40-km stretch of the coast.

In Kothapalem fishing hamlet, Lakshmi Devi, 46, sat outside what remained of her house. Her husband, Ramaiah, had gone out to secure his boat on Monday evening and did not return.

"He said he would be back in ten minutes. He told me to keep the children inside," she said. "That was the last time I saw him."

Neighbours said the family had lost both its boats and nets worth over Rs 3 lakh.

Fishermen's association leader K. Suryanarayana alleged that the warnings had reached the hamlet only on Monday afternoon, too late for many boats to return.

"The government says it gave 48 hours' notice. Ask anyone here whether they got 48 hours," he said.

The State's Revenue Minister, B. Anitha Rao, denied that there had been any delay. Speaking at a camp in Vellankulam town, she stated that alerts had been sent on Saturday by SMS and through village volunteers.

Chief Minister R. Venkataraman, who surveyed the affected areas by helicopter on Tuesday, announced an ex gratia of Rs 4 lakh each to the families of the dead.

The Chief Minister said crop losses were being assessed and that farmers would be compensated "without any cut".

According to preliminary estimates, standing paddy on over 22,000 hectares has been damaged. Agriculture officer P. Ravi Kumar informed that the worst-hit mandals were Kothapalem, Ambavaram and Sivapuram.

Meanwhile, the weather office has warned of heavy rainfall in isolated places over the next 48 hours. Fishermen have been asked not to venture into the sea till Friday.

At the Government General Hospital, superintendent Dr. S. Prakash said 27 people were being treated for injuries, mostly from falling trees and debris, and that two were in a serious condition.

"We have enough medicines and blood for now. What we need is more generators, because the power keeps going," Dr. Prakash said.

Residents salvage belongings from a damaged house in Kothapalem on Wednesday. | Photo Credit: K. Ramesh
""", [
    ("i", "The death toll from Cyclone Sarika rose to 11 on Wednesday after the bodies of two fishermen were recovered near the Manjeri sandbar", 0, "district officials", "said"),
    ("i", "power had been restored to about 60 per cent of households and that drinking water was being supplied by tanker to 43 villages", 0, "Meenakshi Sundaram", "told"),
    ("d", "Our first priority is to see that nobody in the camps falls sick. Medical teams are visiting every camp twice a day,", 0, "Meenakshi Sundaram", "said"),
    ("d", "He said he would be back in ten minutes. He told me to keep the children inside,", 0, "Lakshmi Devi", "said"),
    ("d", "That was the last time I saw him.", 0, "Lakshmi Devi", None),
    ("i", "the family had lost both its boats and nets worth over Rs 3 lakh", 0, "Neighbours", "said"),
    ("i", "the warnings had reached the hamlet only on Monday afternoon, too late for many boats to return", 0, "K. Suryanarayana", "alleged"),
    ("d", "The government says it gave 48 hours' notice. Ask anyone here whether they got 48 hours,", 0, "K. Suryanarayana", "said"),
    ("i", "there had been any delay", 0, "B. Anitha Rao", "denied"),
    ("i", "alerts had been sent on Saturday by SMS and through village volunteers", 0, "B. Anitha Rao", "stated"),
    ("m", "crop losses were being assessed and that farmers would be compensated \"without any cut\"", 0, "R. Venkataraman", "said"),
    ("i", "the worst-hit mandals were Kothapalem, Ambavaram and Sivapuram", 0, "P. Ravi Kumar", "informed"),
    ("i", "27 people were being treated for injuries, mostly from falling trees and debris, and that two were in a serious condition", 0, "S. Prakash", "said"),
    ("d", "We have enough medicines and blood for now. What we need is more generators, because the power keeps going,", 0, "S. Prakash", "said"),
], {
    "district officials": ["district officials"],
    "Meenakshi Sundaram": ["District Collector Meenakshi Sundaram", "Meenakshi Sundaram"],
    "Lakshmi Devi": ["Lakshmi Devi"],
    "Neighbours": ["Neighbours"],
    "K. Suryanarayana": ["K. Suryanarayana"],
    "B. Anitha Rao": ["B. Anitha Rao"],
    "R. Venkataraman": ["Chief Minister R. Venkataraman", "R. Venkataraman", "The Chief Minister"],
    "P. Ravi Kumar": ["Agriculture officer P. Ravi Kumar", "P. Ravi Kumar"],
    "S. Prakash": ["Dr. S. Prakash", "Dr. Prakash"],
}))

run("cyclone", P)
