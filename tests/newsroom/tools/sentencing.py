from make import run

P = []

# Batch 3 (blind). Scottish sheriff court sentencing, single curly marks,
# `Mr`/`Ms` without a point: "pled guilty to" (no record), "told the court
# that" with a fragment, a content-first "..., Mr Guthrie said", firefighters
# who "found" and footage that "showed" (no record), a worker's statement
# read in court ("her statement read"), a defence solicitor (she) and
# "asked the sheriff to consider" (no record), "rejected the request",
# "She told Reid:" before a quotation over two paragraphs, "had previously
# denied the charge" (no record), "said outside court that", a detective's
# fragment.
P.append(("""
Man jailed for 30 months after setting fire to Kilbraddan takeaway

By Euan McLeish

A man who set fire to a takeaway in Kilbraddan after being refused service has been jailed for two and a half years.

Darren Reid, 34, of Glenmurray Road, Kilbraddan, pled guilty at Dunmore Sheriff Court to wilful fire-raising at the Lucky Star takeaway on Main Street in October last year.

Fiscal depute Alan Guthrie told the court that Reid had been ‘extremely drunk’ when he arrived at the shop shortly before midnight and became abusive when staff refused to serve him.

He returned about 20 minutes later with a can of petrol, poured it through the letterbox and set it alight while two members of staff were still inside, Mr Guthrie said.

Both escaped through a back door. Firefighters found the front of the shop well alight when they arrived, and CCTV footage showed Reid walking away from the building with the empty can.

In a statement read to the court, one of the workers said she still woke up at night smelling smoke.

‘I keep thinking about what would have happened if the back door had been locked that night,’ her statement read.

Defence solicitor Kirsty Bain said her client had no memory of the evening and was ‘deeply ashamed’.

She told the court Reid had stopped drinking since his arrest and had been attending a recovery group twice a week. ‘He knows he could have killed someone. He has to live with that,’ Ms Bain said.

Ms Bain asked the sheriff to consider a community payback order.

Sheriff Morag Lindsay rejected the request. She told Reid: ‘You poured petrol into a building you knew was occupied. That two people walked out of it is down to luck, not to anything you did.

‘I accept that you are remorseful. But there is no alternative to custody in a case like this.’

Reid, who had previously denied the charge, showed no emotion as he was led away.

The takeaway’s owner, Wilson Tang, said outside court that the business had reopened in February after repairs costing more than £40,000.

‘We are just glad everyone is alive,’ he said. ‘Our customers were fantastic. People we didn’t even know came in with flowers.’

Detective Sergeant Iain Ross, who led the investigation, said the sentence sent ‘a clear message’ to anyone who thought fire was a way to settle a grievance.
""", [
    ("m", "Reid had been ‘extremely drunk’ when he arrived at the shop shortly before midnight and became abusive when staff refused to serve him", 0, "Alan Guthrie", "told"),
    ("i", "He returned about 20 minutes later with a can of petrol, poured it through the letterbox and set it alight while two members of staff were still inside", 0, "Alan Guthrie", "said"),
    ("i", "she still woke up at night smelling smoke", 0, "one of the workers", "said"),
    ("d", "I keep thinking about what would have happened if the back door had been locked that night,", 0, "one of the workers", "read"),
    ("m", "her client had no memory of the evening and was ‘deeply ashamed’", 0, "Kirsty Bain", "said"),
    ("i", "Reid had stopped drinking since his arrest and had been attending a recovery group twice a week", 0, "Kirsty Bain", "told"),
    ("d", "He knows he could have killed someone. He has to live with that,", 0, "Kirsty Bain", "said"),
    ("d", "You poured petrol into a building you knew was occupied. That two people walked out of it is down to luck, not to anything you did.\n\n‘I accept that you are remorseful. But there is no alternative to custody in a case like this.", 0, "Morag Lindsay", "told"),
    ("i", "the business had reopened in February after repairs costing more than £40,000", 0, "Wilson Tang", "said"),
    ("d", "We are just glad everyone is alive,", 0, "Wilson Tang", "said"),
    ("d", "Our customers were fantastic. People we didn’t even know came in with flowers.", 0, "Wilson Tang", None),
    ("m", "the sentence sent ‘a clear message’ to anyone who thought fire was a way to settle a grievance", 0, "Iain Ross", "said"),
], {
    "Alan Guthrie": ["Fiscal depute Alan Guthrie", "Alan Guthrie", "Mr Guthrie"],
    "one of the workers": ["one of the workers"],
    "Kirsty Bain": ["Defence solicitor Kirsty Bain", "Kirsty Bain", "Ms Bain"],
    "Morag Lindsay": ["Sheriff Morag Lindsay", "Morag Lindsay"],
    "Wilson Tang": ["Wilson Tang"],
    "Iain Ross": ["Detective Sergeant Iain Ross", "Iain Ross"],
}))

run("sentencing", P)
