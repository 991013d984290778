from make import run

P = []

# Batch 6 (blind). South African mine rescue, straight marks, a dateline with
# a hyphen: a content-first lead by the mine's owner named in apposition,
# "according to the company" after a coordinated clause, a seismology unit
# content-first, a rescuer and a union secretary after "said", "told
# reporters at the shaft that … "…"", a union's claim, "denied that", an
# inspectorate and an inspection report that "found" (no record), a wife of
# a rescued miner, "according to figures" (no record), a caption with
# "Picture:".
P.append(("""
Nine miners rescued after rockfall at Modderkloof shaft

By Thabo Mokoena

KLERKSVALE - Nine miners trapped for 30 hours underground after a rockfall at the Modderkloof platinum mine were brought to the surface on Thursday morning, the mine's owner, Sentinel Platinum, said.

All nine were taken to hospital in Klerksvale for checks, and none was seriously injured, according to the company.

The rockfall happened about 1,100 metres below the surface shortly after the start of the night shift on Tuesday. Rescue teams cleared about 40 tonnes of rock by hand and with hydraulic jacks. A seismic event measuring 2.1 was recorded in the area at the time, the national seismology unit said.

"We could hear them knocking on the pipes, so we knew they were alive," said Sipho Ndlovu, a member of the mine's rescue team. "That sound kept us going."

Sentinel's chief executive, Johan Venter, told reporters at the shaft that the company would investigate the cause of the fall and "leave no stone unturned."

The Allied Mineworkers Union said the company had ignored warnings about the condition of the tunnel.

"Our members reported cracks in that section two weeks ago," said the union's regional secretary, Nomvula Khumalo. "They were told to carry on working."

Venter denied that the company had received any such report. He said the section had been inspected on Monday and passed as safe.

The Mines Inspectorate said it had suspended operations at the shaft pending an inquiry. An inspection report from last year found that the shaft's support systems met the required standard.

Outside the hospital, Lerato Sithole, whose husband Bongani was among the rescued miners, said she had not slept since Tuesday.

"When they called to say he was out, I screamed," she said. "My neighbours came running. They thought something terrible had happened."

Mining accidents in the province killed 14 people last year, according to figures released by the inspectorate in February.

Khumalo said the union would meet the company on Monday and wanted workers to be part of the inquiry.

Rescued miner Bongani Sithole is greeted by his wife, Lerato, outside Klerksvale Hospital on Thursday. Picture: Kagiso Dube
""", [
    ("i", "Nine miners trapped for 30 hours underground after a rockfall at the Modderkloof platinum mine were brought to the surface on Thursday morning", 0, "Sentinel Platinum", "said"),
    ("i", "All nine were taken to hospital in Klerksvale for checks, and none was seriously injured", 0, "Sentinel Platinum", "according to"),
    ("i", "A seismic event measuring 2.1 was recorded in the area at the time", 0, "the national seismology unit", "said"),
    ("d", "We could hear them knocking on the pipes, so we knew they were alive,", 0, "Sipho Ndlovu", "said"),
    ("d", "That sound kept us going.", 0, "Sipho Ndlovu", None),
    ("m", 'the company would investigate the cause of the fall and "leave no stone unturned."', 0, "Johan Venter", "told"),
    ("i", "the company had ignored warnings about the condition of the tunnel", 0, "The Allied Mineworkers Union", "said"),
    ("d", "Our members reported cracks in that section two weeks ago,", 0, "Nomvula Khumalo", "said"),
    ("d", "They were told to carry on working.", 0, "Nomvula Khumalo", None),
    ("i", "the company had received any such report", 0, "Johan Venter", "denied"),
    ("i", "the section had been inspected on Monday and passed as safe", 0, "Johan Venter", "said"),
    ("i", "it had suspended operations at the shaft pending an inquiry", 0, "The Mines Inspectorate", "said"),
    ("i", "she had not slept since Tuesday", 0, "Lerato Sithole", "said"),
    ("d", "When they called to say he was out, I screamed,", 0, "Lerato Sithole", "said"),
    ("d", "My neighbours came running. They thought something terrible had happened.", 0, "Lerato Sithole", None),
    ("i", "the union would meet the company on Monday and wanted workers to be part of the inquiry", 0, "Nomvula Khumalo", "said"),
], {
    "Sentinel Platinum": ["Sentinel Platinum", "the company", "the mine's owner"],
    "the national seismology unit": ["the national seismology unit"],
    "Sipho Ndlovu": ["Sipho Ndlovu"],
    "Johan Venter": ["Johan Venter", "Venter"],
    "The Allied Mineworkers Union": ["The Allied Mineworkers Union"],
    "Nomvula Khumalo": ["Nomvula Khumalo", "Khumalo"],
    "The Mines Inspectorate": ["The Mines Inspectorate"],
    "Lerato Sithole": ["Lerato Sithole"],
}))

run("mining", P)
