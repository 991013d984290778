# Batch 2 of the wide suite (written blind: before the library was run on it).
from make import run

P = []

P.append(("""
The Aurel-2 space probe has found signs of water ice in a crater near the moon's south pole, the Tessaran Space Agency said on Monday.

Images from the probe's camera show bright patches on the crater floor that never see sunlight. Mission scientist Dr Farah Odeh said the find was "exactly what we hoped for."

The agency plans to send a lander to the crater in 2029. Some scientists doubt the ice is thick enough to be mined. The probe itself is expected to keep working until the end of next year.
""", [
    ("i", "The Aurel-2 space probe has found signs of water ice in a crater near the moon's south pole", 0, "the Tessaran Space Agency", "said", "speech"),
    ("i", "bright patches on the crater floor that never see sunlight", 0, "Images from the probe's camera", "show", "evidence"),
    ("m", 'the find was "exactly what we hoped for."', 0, "Farah Odeh", "said", "speech"),
    ("i", "to send a lander to the crater in 2029", 0, "the Tessaran Space Agency", "plans", "thought"),
    ("i", "the ice is thick enough to be mined", 0, "Some scientists", "doubt", "thought"),
    ("i", "to keep working until the end of next year", 0, None, "is expected", "thought"),
], {
    "the Tessaran Space Agency": ["the Tessaran Space Agency", "The agency"],
    "Images from the probe's camera": ["Images from the probe's camera", "Images"],
    "Farah Odeh": ["Mission scientist Dr Farah Odeh"],
    "Some scientists": ["Some scientists"],
}))

P.append(("""
A private rocket built by Starwright exploded forty seconds after lift-off from the Carrick spaceport on Thursday.

Telemetry data show that one of the nine engines shut down moments before the blast, the company said in a statement. Founder Leon Mace told reporters he was “gutted but not discouraged.”

Starwright intends to fly again within six months. Insurers believe the loss could exceed 60 million dollars. Crowds who had gathered on the beach to watch found pieces of debris on the sand.
""", [
    ("i", "Telemetry data show that one of the nine engines shut down moments before the blast", 0, "Starwright", "said", "speech"),
    ("m", "he was “gutted but not discouraged.”", 0, "Leon Mace", "told", "speech"),
    ("i", "to fly again within six months", 0, "Starwright", "intends", "thought"),
    ("i", "the loss could exceed 60 million dollars", 0, "Insurers", "believe", "thought"),
], {
    "Starwright": ["Starwright", "the company"],
    "Leon Mace": ["Founder Leon Mace"],
    "Insurers": ["Insurers"],
}))

P.append(("""
Astronomers at the Pell Ridge Observatory think a faint object spotted last month is a comet from outside the solar system.

Measurements of its path suggest it is travelling too fast to be held by the sun's gravity. "It is a visitor, and it will not come back," said Dr Anouk Verhoef, who leads the team.

Amateur astronomers hope to photograph the object before it fades in March. According to the observatory's records, only two such objects have been seen before. On clear nights the comet shows up as a faint smudge near the constellation of the Hare.
""", [
    ("i", "a faint object spotted last month is a comet from outside the solar system", 0, "Astronomers at the Pell Ridge Observatory", "think", "thought"),
    ("i", "it is travelling too fast to be held by the sun's gravity", 0, "Measurements of its path", "suggest", "evidence"),
    ("d", "It is a visitor, and it will not come back,", 0, "Anouk Verhoef", "said", "speech"),
    ("i", "to photograph the object before it fades in March", 0, "Amateur astronomers", "hope", "thought"),
    ("i", "only two such objects have been seen before", 0, "the observatory's records", "According to", "evidence"),
], {
    "Astronomers at the Pell Ridge Observatory": ["Astronomers at the Pell Ridge Observatory", "Astronomers"],
    "Measurements of its path": ["Measurements of its path", "Measurements"],
    "Anouk Verhoef": ["Dr Anouk Verhoef"],
    "Amateur astronomers": ["Amateur astronomers"],
    "the observatory's records": ["the observatory's records"],
}))

run("space", P)
