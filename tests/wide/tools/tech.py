from make import run

P = []

P.append(("""
The phone maker Zentra will reveal a new logo and a cheaper handset at its launch event next month.

Leaked slides show that the handset will cost under 300 dollars. Chief executive Omar Hadley said last week that the company wanted "a phone for everyone."

Industry watchers expect the handset to sell well in Asia.
""", [
    ("i", "the handset will cost under 300 dollars", 0, "Leaked slides", "show", "evidence"),
    ("m", 'the company wanted "a phone for everyone."', 0, "Omar Hadley", "said", "speech"),
    ("i", "the handset to sell well in Asia", 0, "Industry watchers", "expect", "thought"),
], {
    "Leaked slides": ["Leaked slides"],
    "Omar Hadley": ["Chief executive Omar Hadley"],
    "Industry watchers": ["Industry watchers"],
}))

P.append(("""
A bug in the Parlo messaging app exposed the phone numbers of about two million users, the company admitted on Friday.

An audit by the security firm Greyhall found that the flaw had been present since January. Parlo said it had fixed the bug within hours of learning about it.

Security researcher Kim Dall believes other apps may share the same flaw. The app's data centre in Oster was not affected.
""", [
    ("i", "A bug in the Parlo messaging app exposed the phone numbers of about two million users", 0, "Parlo", "admitted", "speech"),
    ("i", "the flaw had been present since January", 0, "An audit by the security firm Greyhall", "found", "evidence"),
    ("i", "it had fixed the bug within hours of learning about it", 0, "Parlo", "said", "speech"),
    ("i", "other apps may share the same flaw", 0, "Kim Dall", "believes", "thought"),
], {
    "Parlo": ["Parlo", "the company"],
    "An audit by the security firm Greyhall": ["An audit by the security firm Greyhall", "An audit"],
    "Kim Dall": ["Security researcher Kim Dall"],
}))

P.append(("""
Self-driving buses will run on two routes in Harwick from March, the city's transport authority said.

A six-month trial showed that the buses braked more smoothly than human drivers. Driver Lou Franks worries that the buses will cost jobs.

"Nobody has asked us," Franks said. The buses found their way around a closed road during the trial without help.
""", [
    ("i", "Self-driving buses will run on two routes in Harwick from March", 0, "the city's transport authority", "said", "speech"),
    ("i", "the buses braked more smoothly than human drivers", 0, "A six-month trial", "showed", "evidence"),
    ("i", "the buses will cost jobs", 0, "Lou Franks", "worries", "thought"),
    ("d", "Nobody has asked us,", 0, "Lou Franks", "said", "speech"),
], {
    "the city's transport authority": ["the city's transport authority"],
    "A six-month trial": ["A six-month trial"],
    "Lou Franks": ["Driver Lou Franks", "Franks"],
}))

P.append(("""
The games studio Brightfall has delayed its space epic until next year.

In a post on its website, the studio wrote that the game "needs more time to be the game we promised." Sales data from the Norland market suggest delays rarely hurt a big release.

Fans hope the wait will be worth it. The studio's founder, Aya Renn, plans to show a new trailer in June.
""", [
    ("m", 'the game "needs more time to be the game we promised."', 0, "Brightfall", "wrote", "speech"),
    ("i", "delays rarely hurt a big release", 0, "Sales data from the Norland market", "suggest", "evidence"),
    ("i", "the wait will be worth it", 0, "Fans", "hope", "thought"),
    ("i", "to show a new trailer in June", 0, "Aya Renn", "plans", "thought"),
], {
    "Brightfall": ["The games studio Brightfall", "the studio"],
    "Sales data from the Norland market": ["Sales data from the Norland market", "Sales data"],
    "Fans": ["Fans"],
    "Aya Renn": ["Aya Renn"],
}))

run("tech", P)

# Batch 2 (written blind: before the library was run on it).
B2 = []

B2.append(("""
Messaging app Chattr will stop working on older phones from next month, the company said in a blog post on Monday.

Its data show that fewer than 2 per cent of users still run the affected versions. Product head Jonas Brede said the change would let engineers "spend their time on things people actually use."

Some users fear they will lose years of messages. Chattr intends to offer a tool for moving old chats to a new phone, Brede said. The company's data centre in Oslund will close in the summer.
""", [
    ("i", "Messaging app Chattr will stop working on older phones from next month", 0, "Chattr", "said", "speech"),
    ("i", "fewer than 2 per cent of users still run the affected versions", 0, "Its data", "show", "evidence"),
    ("m", 'the change would let engineers "spend their time on things people actually use."', 0, "Jonas Brede", "said", "speech"),
    ("i", "they will lose years of messages", 0, "Some users", "fear", "thought"),
    ("i", "Chattr intends to offer a tool for moving old chats to a new phone", 0, "Jonas Brede", "said", "speech"),
], {
    "Chattr": ["Chattr", "the company"],
    "Its data": ["Its data"],
    "Jonas Brede": ["Product head Jonas Brede", "Brede"],
    "Some users": ["Some users"],
}))

B2.append(("""
A security flaw in the Nimbus smart doorbell let strangers watch live video from thousands of homes, researchers at the firm Lockpoint said on Tuesday.

Tests by the team revealed that the cameras could be reached without a password. Nimbus said it had fixed the flaw. The company believes no customers were harmed.

“This is the kind of mistake we see again and again,” said Lockpoint's Greta Solberg, who expects other brands to have similar problems. The doorbell's screen shows who is at the door even when the phone is off.
""", [
    ("i", "A security flaw in the Nimbus smart doorbell let strangers watch live video from thousands of homes", 0, "researchers at the firm Lockpoint", "said", "speech"),
    ("i", "the cameras could be reached without a password", 0, "Tests by the team", "revealed", "evidence"),
    ("i", "it had fixed the flaw", 0, "Nimbus", "said", "speech"),
    ("i", "no customers were harmed", 0, "Nimbus", "believes", "thought"),
    ("d", "This is the kind of mistake we see again and again,", 0, "Greta Solberg", "said", "speech"),
    ("i", "other brands to have similar problems", 0, "Greta Solberg", "expects", "thought"),
], {
    "researchers at the firm Lockpoint": ["researchers at the firm Lockpoint", "researchers"],
    "Tests by the team": ["Tests by the team", "Tests"],
    "Nimbus": ["Nimbus", "The company"],
    "Greta Solberg": ["Greta Solberg", "Lockpoint's Greta Solberg"],
}))

B2.append(("""
Gamers hoping for a sequel to the hit puzzle game Tidewell will have to wait, its developer said on Friday.

Studio founder Pia Lanqvist told fans in a video that the team wanted "to get it right rather than get it out." Sales figures suggest the first game has sold more than four million copies.

Lanqvist is thought to be working on a smaller project in the meantime. Fans have found a hidden message in the game's final level. Some players believe it hints at the sequel's setting.
""", [
    ("i", "Gamers hoping for a sequel to the hit puzzle game Tidewell will have to wait", 0, "its developer", "said", "speech"),
    ("m", 'the team wanted "to get it right rather than get it out."', 0, "Pia Lanqvist", "told", "speech"),
    ("i", "the first game has sold more than four million copies", 0, "Sales figures", "suggest", "evidence"),
    ("i", "to be working on a smaller project in the meantime", 0, None, "is thought", "thought"),
    ("i", "it hints at the sequel's setting", 0, "Some players", "believe", "thought"),
], {
    "its developer": ["its developer"],
    "Pia Lanqvist": ["Studio founder Pia Lanqvist", "Lanqvist"],
    "Sales figures": ["Sales figures"],
    "Some players": ["Some players"],
}))

run("tech", B2, first=5)
