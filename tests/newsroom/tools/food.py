from make import run

P = []

# Batch 5 (blind). Indian English food festival, straight marks, "Mr."/"Ms.",
# a colon dateline: "informed that", "stated that", "as per the organisers",
# a chef (she) and a stall owner (he), "told this newspaper", a Minister who
# "inaugurated" (no record) and "said", a dish's name in marks, a nickname,
# "opined that", "complained that", the district collector's office "It
# said", "According to" a food safety officer named after the role.
P.append(("""
Food festival draws record crowds to Rajnagar riverfront

Staff Reporter

RAJNAGAR: More than 1.2 lakh visitors attended the three-day Rajnagar Food Utsav on the riverfront this weekend, as per the organisers.

The festival, now in its ninth year, had 240 stalls from eleven States, serving everything from coastal fish curry to hill-station momos.

Tourism Minister K. Venkatesh Rao inaugurated the festival on Friday evening. He said the government would make it an annual State event from next year with a budget of Rs. 5 crore.

"Food is the easiest way to bring people from different regions together," Mr. Rao said. "Nobody argues with a good biryani."

Chef Meenakshi Iyer, who ran a live kitchen demonstration on both days, told this newspaper that young people were returning to millets after years of ignoring them.

"My grandmother cooked with ragi every day," she said. "My students had never heard of it until two years ago. Now they ask me for recipes."

Ms. Iyer's signature dish, a ragi dosa she calls "Grandmother's Sunrise", sold out by noon on Saturday.

Stall owner Farhan Qureshi, known to regulars as "Kebab Bhai", has come to the festival every year since it began. He stated that his sales were nearly double those of last year.

However, several stall owners complained that the water supply at the venue failed for almost four hours on Saturday.

The district collector's office informed that the problem was caused by a burst pipeline near the main gate. It said the pipeline had been repaired by Saturday evening and that tankers had been kept ready.

According to the district food safety officer, Dr. Anjali Deshmukh, samples were collected from 60 stalls and all of them met the required standards.

"We did surprise checks on all three days," Dr. Deshmukh said, adding that two stalls had been given warnings over hygiene.

Festival convener Suresh Pillai opined that the venue had become too small for the crowds. He informed that the organisers were in talks with the municipal corporation about a larger ground for next year.

Visitors also had suggestions. "The food was wonderful, but there were not enough places to sit," said Kavya Menon, a college student who came with four friends.

The festival closed on Sunday night with a performance by a folk music troupe from the northern districts.
""", [
    ("i", "More than 1.2 lakh visitors attended the three-day Rajnagar Food Utsav on the riverfront this weekend", 0, "organisers", "as per"),
    ("i", "the government would make it an annual State event from next year with a budget of Rs. 5 crore", 0, "K. Venkatesh Rao", "said"),
    ("d", "Food is the easiest way to bring people from different regions together,", 0, "K. Venkatesh Rao", "said"),
    ("d", "Nobody argues with a good biryani.", 0, "K. Venkatesh Rao", None),
    ("i", "young people were returning to millets after years of ignoring them", 0, "Meenakshi Iyer", "told"),
    ("d", "My grandmother cooked with ragi every day,", 0, "Meenakshi Iyer", "said"),
    ("d", "My students had never heard of it until two years ago. Now they ask me for recipes.", 0, "Meenakshi Iyer", None),
    ("i", "his sales were nearly double those of last year", 0, "Farhan Qureshi", "stated"),
    ("i", "the water supply at the venue failed for almost four hours on Saturday", 0, "several stall owners", "complained"),
    ("i", "the problem was caused by a burst pipeline near the main gate", 0, "district collector's office", "informed"),
    ("i", "the pipeline had been repaired by Saturday evening and that tankers had been kept ready", 0, "district collector's office", "said"),
    ("i", "samples were collected from 60 stalls and all of them met the required standards", 0, "Anjali Deshmukh", "According to"),
    ("d", "We did surprise checks on all three days,", 0, "Anjali Deshmukh", "said"),
    ("i", "two stalls had been given warnings over hygiene", 0, "Anjali Deshmukh", "adding"),
    ("i", "the venue had become too small for the crowds", 0, "Suresh Pillai", "opined"),
    ("i", "the organisers were in talks with the municipal corporation about a larger ground for next year", 0, "Suresh Pillai", "informed"),
    ("d", "The food was wonderful, but there were not enough places to sit,", 0, "Kavya Menon", "said"),
], {
    "organisers": ["the organisers"],
    "K. Venkatesh Rao": ["Tourism Minister K. Venkatesh Rao", "K. Venkatesh Rao", "Mr. Rao"],
    "Meenakshi Iyer": ["Chef Meenakshi Iyer", "Meenakshi Iyer", "Ms. Iyer"],
    "Farhan Qureshi": ["Stall owner Farhan Qureshi", "Farhan Qureshi"],
    "several stall owners": ["several stall owners"],
    "district collector's office": ["The district collector's office"],
    "Anjali Deshmukh": ["Dr. Anjali Deshmukh", "Anjali Deshmukh", "Dr. Deshmukh"],
    "Suresh Pillai": ["Festival convener Suresh Pillai", "Suresh Pillai"],
    "Kavya Menon": ["Kavya Menon"],
}))

run("food", P)
