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
