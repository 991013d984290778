from make import run

P = []

# Batch 6 (blind). Indian English municipal budget, straight marks, "Mr.",
# "Ms.", "Dr.", a colon dateline and "Staff Reporter": "presented a budget"
# (no record), "Presenting the budget, … said", "said X, and that Y" (one
# record), "informed that", "termed X "Y."", "alleged that", "As per the
# budget documents" (no record), "it expects will raise" (no record), a
# corporator "saying …", "stated." after a quotation.
P.append(("""
Corporation budget: no rise in property tax, Rs. 900 crore for roads

Staff Reporter

KARNAPUR: The Karnapur Municipal Corporation on Friday presented a budget of Rs. 6,450 crore for 2026-27 with no increase in property tax and a sharp rise in spending on roads and drainage.

Presenting the budget, Standing Committee chairman Mr. Rakesh Verma said the corporation had "decided to give relief to citizens at a time of rising prices."

He said Rs. 900 crore had been set aside for resurfacing 420 km of roads before the monsoon, and that 60 new drainage projects would be taken up in low-lying wards.

Mr. Verma informed that the corporation's revenue from property tax had grown by 11 per cent last year due to better collection.

As per the budget documents, the corporation will borrow Rs. 1,200 crore from banks for a new water supply scheme. It has also proposed a user fee of Rs. 50 a month for garbage collection from households, which it expects will raise Rs. 180 crore.

Opposition leader in the corporation Ms. Sunanda Patil termed the budget "a list of old promises in new paper."

"Every year we hear about roads before the monsoon. Every year the roads wash away," she said.

She alleged that only 40 per cent of last year's allocation for drainage had actually been spent.

Corporator Mr. Imran Qureshi of Ward 14 welcomed the drainage projects, saying his ward had been flooded "four times in the last monsoon alone."

Municipal Commissioner Dr. Anil Kulkarni said the corporation would set up an online dashboard so that citizens could track the progress of every project.

"If a road is sanctioned and not built, people should be able to see that and ask us why," Dr. Kulkarni said.

Citizens' groups gave the budget a mixed response. Ms. Farida Sheikh of the Karnapur Civic Forum said the allocation for footpaths was "welcome but far too small."

"Half the people in this city walk to work. They deserve a footpath that does not end in a ditch," she stated.

The budget will be discussed by the general body of the corporation next week. Mr. Verma said he was confident it would be passed without changes.
""", [
    ("m", 'the corporation had "decided to give relief to citizens at a time of rising prices."', 0, "Rakesh Verma", "said"),
    ("i", "Rs. 900 crore had been set aside for resurfacing 420 km of roads before the monsoon, and that 60 new drainage projects would be taken up in low-lying wards", 0, "Rakesh Verma", "said"),
    ("i", "the corporation's revenue from property tax had grown by 11 per cent last year due to better collection", 0, "Rakesh Verma", "informed"),
    ("m", 'the budget "a list of old promises in new paper."', 0, "Sunanda Patil", "termed"),
    ("d", "Every year we hear about roads before the monsoon. Every year the roads wash away,", 0, "Sunanda Patil", "said"),
    ("i", "only 40 per cent of last year's allocation for drainage had actually been spent", 0, "Sunanda Patil", "alleged"),
    ("m", 'his ward had been flooded "four times in the last monsoon alone."', 0, "Imran Qureshi", "saying"),
    ("i", "the corporation would set up an online dashboard so that citizens could track the progress of every project", 0, "Anil Kulkarni", "said"),
    ("d", "If a road is sanctioned and not built, people should be able to see that and ask us why,", 0, "Anil Kulkarni", "said"),
    ("m", 'the allocation for footpaths was "welcome but far too small."', 0, "Farida Sheikh", "said"),
    ("d", "Half the people in this city walk to work. They deserve a footpath that does not end in a ditch,", 0, "Farida Sheikh", "stated"),
    ("i", "he was confident it would be passed without changes", 0, "Rakesh Verma", "said"),
], {
    "Rakesh Verma": ["Mr. Rakesh Verma", "Mr. Verma"],
    "Sunanda Patil": ["Ms. Sunanda Patil"],
    "Imran Qureshi": ["Mr. Imran Qureshi"],
    "Anil Kulkarni": ["Dr. Anil Kulkarni"],
    "Farida Sheikh": ["Ms. Farida Sheikh"],
}))

run("budget", P)
