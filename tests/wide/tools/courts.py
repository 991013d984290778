from make import run

P = []

P.append(("""
A former council treasurer stole more than 200,000 dollars from a town fund, a jury in Pellam decided on Friday.

Bank records showed that Owen Tarrant moved the money into his own accounts over six years. Tarrant had claimed the transfers were loans.

Judge Ruth Macallan said she would sentence him next month. Prosecutors want a term of at least five years.
""", [
    ("i", "A former council treasurer stole more than 200,000 dollars from a town fund", 0, "a jury in Pellam", "decided", "speech"),
    ("i", "Owen Tarrant moved the money into his own accounts over six years", 0, "Bank records", "showed", "evidence"),
    ("i", "the transfers were loans", 0, "Owen Tarrant", "had claimed", "speech"),
    ("i", "she would sentence him next month", 0, "Ruth Macallan", "said", "speech"),
    ("i", "a term of at least five years", 0, "Prosecutors", "want", "thought"),
], {
    "a jury in Pellam": ["a jury in Pellam"],
    "Bank records": ["Bank records"],
    "Owen Tarrant": ["Owen Tarrant", "Tarrant"],
    "Ruth Macallan": ["Judge Ruth Macallan"],
    "Prosecutors": ["Prosecutors"],
}))

P.append(("""
An appeals court has ordered a new trial for Danny Fell, who was convicted of arson in 2019.

The court found that the trial judge had wrongly excluded a fire expert's evidence. Fell's lawyer, Priya Sandhu, said her client "has waited five years for this day."

Fell's family believes he will be cleared. The case returns to the Hollis district court in the spring.
""", [
    ("i", "the trial judge had wrongly excluded a fire expert's evidence", 0, "The court", "found", "speech"),
    ("m", 'her client "has waited five years for this day."', 0, "Priya Sandhu", "said", "speech"),
    ("i", "he will be cleared", 0, "Fell's family", "believes", "thought"),
], {
    "The court": ["An appeals court", "The court"],
    "Priya Sandhu": ["Priya Sandhu"],
    "Fell's family": ["Fell's family"],
}))

P.append(("""
The trial of a builder accused of faking safety certificates opened in Carrow on Monday.

According to court documents, inspectors found cracks in four of the six towers. The builder, Vic Harlan, denies the charges.

Prosecutor Anna Weil told jurors the evidence would show "a pattern of lies." Harlan is expected to give evidence next week.
""", [
    ("i", "inspectors found cracks in four of the six towers", 0, "court documents", "According to", "evidence"),
    ("m", 'the evidence would show "a pattern of lies."', 0, "Anna Weil", "told", "speech"),
    ("i", "to give evidence next week", 0, None, "is expected", "thought"),
], {
    "court documents": ["court documents"],
    "Anna Weil": ["Prosecutor Anna Weil"],
}))

P.append(("""
A tenant who was evicted during a heatwave has won 12,000 dollars in damages from her landlord.

The tribunal ruled that Harrow Lettings broke the law when it changed the locks. Tenant Sofia Brandt said she hoped the decision would protect others.

The landlord intends to appeal, its solicitor said. The study of the tribunal's records by a tenants' group found a rise in such cases.
""", [
    ("i", "Harrow Lettings broke the law when it changed the locks", 0, "The tribunal", "ruled", "speech"),
    ("i", "she hoped the decision would protect others", 0, "Sofia Brandt", "said", "speech"),
    ("i", "The landlord intends to appeal", 0, "its solicitor", "said", "speech"),
    ("i", "a rise in such cases", 0, "The study of the tribunal's records by a tenants' group", "found", "evidence"),
], {
    "The tribunal": ["The tribunal"],
    "Sofia Brandt": ["Tenant Sofia Brandt"],
    "its solicitor": ["its solicitor"],
    "The study of the tribunal's records by a tenants' group": ["The study of the tribunal's records by a tenants' group", "The study of the tribunal's records"],
}))

run("courts", P)
