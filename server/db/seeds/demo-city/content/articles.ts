// Knowledge-base articles for the demo city's 311 operators and residents (public answers plus operator notes).
import type { DemoArticle } from "./types.js";

export const articles: DemoArticle[] = [
  // ── City Hall & general ────────────────────────────────────────────────────
  {
    slug: "city-hall-hours",
    title: "City Hall hours",
    publicAnswer: `**Riverton City Hall**, 1 City Hall Plaza, is open:

- **Monday, Tuesday, Wednesday and Friday:** 8:00 a.m. – 4:30 p.m.
- **Thursday:** 8:00 a.m. – 7:00 p.m. (late night for residents who work during the day)
- **Closed** Saturdays, Sundays and all state and federal holidays, including Patriots' Day.

The Treasurer/Collector, City Clerk, Elections, Inspectional Services and Transportation & Parking all keep City Hall hours. Cashier windows close 15 minutes before the building closes.

Free 2-hour parking is available in the City Hall lot off Summer Street, with accessible spaces by the main entrance. The building is fully accessible; the elevator is to the left of the lobby.

You can reach any department by calling **311** (or (555) 311-0311 from outside Riverton) Monday–Friday 7:00 a.m.–7:00 p.m.`,
    internalNotes:
      "Most common call of the day. When there is a snow emergency or storm closure, check the banner on the intranet before answering — the Mayor sometimes announces a delayed opening. Public Works and Water keep their own hours at their yards.",
    keywords: [
      "city hall hours",
      "hours",
      "open",
      "closed",
      "what time",
      "city hall",
      "office hours",
      "holiday hours",
    ],
    departmentCode: "mayor",
    reviewInDays: 180,
  },
  {
    slug: "public-records-requests",
    title: "Requesting public records",
    publicAnswer: `Under the Massachusetts Public Records Law (M.G.L. c. 66, § 10), anyone can ask for copies of city records. You do not need to say why you want them.

**How to request:** email **records@demo-city.example**, use the online form at demo-city.example/records, or write to the Records Access Officer, City Clerk's Office, Room 102, 1 City Hall Plaza.

Be as specific as you can: the department, the type of record and the date range.

**Timeline:** the city must respond within **10 business days**. Large requests may take longer, and you will be told in writing if so.

**Cost:** electronic records are usually free. Paper copies are **$0.05 per page**. If a request takes more than 4 hours of staff time, the city may charge up to $25 per hour and will give you an estimate first.

Police reports are requested from the Police Records window, not through this process.`,
    internalNotes:
      "Do not promise what records exist or that something will be released — exemptions (personnel, medical, ongoing investigations) are decided by the Records Access Officer. Crash reports: Police Records, $5. Building plans: ISD, but architects' drawings may be withheld for security.",
    keywords: [
      "public records",
      "foia",
      "records request",
      "copies of documents",
      "freedom of information",
      "open records",
    ],
    departmentCode: "clerk",
    reviewInDays: 365,
  },
  {
    slug: "city-jobs",
    title: "Applying for city jobs",
    publicAnswer: `All open City of Riverton positions are posted at **demo-city.example/jobs** and on the bulletin board outside Human Resources, City Hall Room 201.

**How to apply:** submit the online application and a resume before the posting's closing date. Paper applications are accepted at Room 201 during City Hall hours.

**Seasonal jobs:** lifeguards, summer camp counselors and DPW seasonal laborers are posted each **February and March**. Lifeguards must hold current American Red Cross certification; the city runs a certification course in April.

**Civil service:** police officer and firefighter positions are filled through the state Civil Service exam. Check the Massachusetts Human Resources Division for exam dates.

The City of Riverton is an equal opportunity employer. Residents receive preference where allowed by law and union contracts. Questions: hr@demo-city.example or (555) 311-2950.`,
    internalNotes:
      "HR is part of the Mayor's Office administratively. We cannot tell callers the status of an application — give them the HR number. School department jobs are posted separately on the Riverton Public Schools site.",
    keywords: [
      "jobs",
      "employment",
      "hiring",
      "city jobs",
      "work for the city",
      "summer jobs",
      "lifeguard",
      "careers",
    ],
    departmentCode: "mayor",
    reviewInDays: 120,
  },

  // ── City Clerk: vital records & licenses ────────────────────────────────────
  {
    slug: "birth-certificates",
    title: "Birth certificates",
    publicAnswer: `The City Clerk issues certified copies of birth certificates for people **born in Riverton** or whose parents lived in Riverton at the time of birth.

**Fees:** **$20 for the first certified copy**, $10 for each additional copy ordered at the same time.

**In person:** City Clerk's Office, City Hall Room 102. Bring a photo ID. Copies are usually printed while you wait.

**By mail:** send a written request with the full name at birth, date of birth, both parents' names, your relationship to the person, a copy of your photo ID, a check payable to "City of Riverton", and a self-addressed stamped envelope. Allow 5–7 business days.

**Online:** order at demo-city.example/clerk/vital-records (an extra $5 processing fee applies).

Records of births to unmarried parents are restricted: only the person named or a parent listed on the record may obtain a copy. For births in other Massachusetts towns, contact that town or the state Registry of Vital Records.`,
    internalNotes:
      "Riverton General Hospital births are recorded here even if the parents live elsewhere. Records less than 30 days old may not be available yet. Amendments (name corrections, adding a father) are done only in person, by appointment.",
    keywords: [
      "birth certificate",
      "birth record",
      "vital records",
      "certified copy",
      "long form",
      "born in riverton",
    ],
    departmentCode: "clerk",
    reviewInDays: 240,
  },
  {
    slug: "death-certificates",
    title: "Death certificates",
    publicAnswer: `Certified copies of death certificates are available from the City Clerk for deaths that **occurred in Riverton** or of Riverton residents.

**Fees:** **$20 for the first certified copy**, $10 for each additional copy at the same time. Most families need several copies for banks, insurance and Social Security.

**Who can request:** death records are public; anyone may request a copy.

**In person:** City Hall Room 102 during City Hall hours. **By mail:** send the full name of the deceased, date of death, your name and address, a check payable to "City of Riverton" and a self-addressed stamped envelope.

The funeral home usually files the record and orders the first copies for the family. Records are typically available from the Clerk **3–5 business days** after the funeral home files them.

If the death occurred in another town, request copies from that town's clerk.`,
    internalNotes:
      "Grieving callers: slow down, express condolences. If the family also needs a burial permit, that's issued by the Health Department to the funeral director, not to the family. For veterans, mention Veterans' Services can help with burial benefits.",
    keywords: ["death certificate", "death record", "died", "certified copy", "funeral", "vital records"],
    departmentCode: "clerk",
    reviewInDays: 240,
  },
  {
    slug: "marriage-intentions",
    title: "Getting married: marriage intentions and licenses",
    publicAnswer: `To marry in Massachusetts, both partners file a **Notice of Intention of Marriage** with any city or town clerk. In Riverton:

- **Where:** City Clerk's Office, City Hall Room 102.
- **Who:** **both partners must appear together** in person, each with a valid photo ID and the Social Security number of each partner.
- **Fee:** **$40**, cash, check or card.
- **Waiting period:** there is a **3-day waiting period** after filing (Sundays and holidays count). The license can be picked up on the 4th day.
- **Valid:** the license is good for **60 days** anywhere in Massachusetts.

Both partners must be at least 18. If either was previously married, bring the date the marriage ended (death or divorce). A court waiver of the waiting period is available from the Probate and Family Court.

After the ceremony, the officiant returns the license to the Clerk, and the marriage is recorded within about 10 days.`,
    internalNotes:
      "Appointments are not required but Thursdays after 4 p.m. are busy. One-day solemnization designations (a friend officiating) come from the Governor's Office, $25, and take about 6 weeks — tell callers early.",
    keywords: [
      "marriage license",
      "marriage intentions",
      "getting married",
      "wedding",
      "marry",
      "intent to marry",
    ],
    departmentCode: "clerk",
    reviewInDays: 200,
  },
  {
    slug: "marriage-certificate-copies",
    title: "Copies of marriage certificates",
    publicAnswer: `Certified copies of marriage certificates are available from the City Clerk for marriages **licensed in Riverton** (the license was issued here, even if the ceremony was elsewhere).

**Fee:** **$20 for the first certified copy**, $10 for each additional copy.

**In person:** City Hall Room 102 with a photo ID. **By mail:** include both spouses' full names (including names before marriage), the date of the marriage, a check payable to "City of Riverton", and a self-addressed stamped envelope.

**Name change after marriage:** take a certified copy to the Social Security Administration first, then to the RMV. The city does not update your name with other agencies.

Marriages licensed in another town are on file with that town's clerk and with the state Registry of Vital Records and Statistics.`,
    internalNotes:
      "Callers often confuse where the wedding happened with where the license was issued — ask where they picked up the license. Recently returned licenses may take up to 10 days to be recorded.",
    keywords: [
      "marriage certificate",
      "marriage record",
      "copy of marriage license",
      "name change",
      "certified copy",
    ],
    departmentCode: "clerk",
    reviewInDays: 240,
  },
  {
    slug: "dog-licenses",
    title: "Dog licenses",
    publicAnswer: `Massachusetts law requires every dog **6 months or older** to be licensed each year. Riverton licenses run **January 1 – December 31** and must be renewed by **March 31**.

**Fees:**
- Spayed or neutered dog: **$10**
- Unaltered dog: **$20**
- Owners 70 and older: **$5** for an altered dog
- **Late fee after March 31: $25** per dog

**What you need:** a current rabies vaccination certificate and, for the lower fee, proof of spay/neuter (the first time only).

**How to license:** online at demo-city.example/dogs, by mail, or in person at the City Clerk, City Hall Room 102. Tags are mailed within 5 business days.

Unlicensed dogs may be fined **$50**. A lost tag can be replaced for $2.`,
    internalNotes:
      "The annual census form reminds owners. Kennel licenses (4+ dogs) are $50–$100 and require an Animal Control inspection. Service dogs are licensed free but must still be registered. Lost-dog calls go to Animal Control.",
    keywords: ["dog license", "dog tag", "license my dog", "pet license", "rabies", "dogs"],
    departmentCode: "clerk",
    serviceCodes: ["loose_dog"],
    reviewInDays: 90,
  },
  {
    slug: "business-certificates-dba",
    title: 'Business certificates (DBA / "doing business as")',
    publicAnswer: `Anyone doing business in Riverton under a name other than their own legal name must file a **Business Certificate** (often called a DBA) with the City Clerk, as required by M.G.L. c. 110, § 5.

**Fee:** **$40** for a new certificate, valid for **4 years**. Renewals are also $40. Withdrawals and amendments are $10.

**How to file:**
1. Pick up the form at City Hall Room 102 or download it from demo-city.example/clerk.
2. Sign it **in front of a notary** (the Clerk's office notarizes free for this form).
3. Bring a photo ID and the business address in Riverton.

Corporations and LLCs registered with the Secretary of the Commonwealth do not need a DBA unless they use a different trade name.

A business certificate is **not** a license to operate: home businesses may need zoning approval from Inspectional Services, and food businesses need a Health Department permit.`,
    internalNotes:
      "Banks require a certified copy of the DBA to open a business account ($5). Callers asking about a federal EIN should go to the IRS website — free, online.",
    keywords: [
      "dba",
      "doing business as",
      "business certificate",
      "business license",
      "trade name",
      "start a business",
    ],
    departmentCode: "clerk",
    reviewInDays: 300,
  },
  {
    slug: "yard-sale-permits",
    title: "Yard sale and garage sale permits",
    publicAnswer: `A permit is required for any yard, garage, moving or estate sale in Riverton.

- **Fee:** **$10** per sale, issued by the City Clerk, City Hall Room 102, or online at demo-city.example/yardsale.
- **Limit:** **3 sales per address per calendar year**, each up to **2 consecutive days**.
- **Hours:** sales may run from **8:00 a.m. to 5:00 p.m.** only.
- **Signs:** you may put up to 3 signs on private property with the owner's permission. **No signs on utility poles, trees or traffic signs**; they will be removed and may result in a $25 fine.

Display the permit where buyers can see it. Items may not block the sidewalk, and all leftover items must be removed by the end of the last day — unsold furniture does not go out with regular trash unless you book a bulk item pickup.`,
    internalNotes:
      "Church and school fundraising sales are free but still need a permit. Neighbors complaining about a sale without a permit: file a general comment to the Clerk; enforcement is rare unless recurring.",
    keywords: ["yard sale", "garage sale", "moving sale", "estate sale", "tag sale", "yard sale permit"],
    departmentCode: "clerk",
    serviceCodes: ["bulk_item_pickup"],
    reviewInDays: 150,
  },
  {
    slug: "passport-applications",
    title: "Passport applications at the City Clerk",
    publicAnswer: `The City Clerk's Office is a U.S. Department of State **passport acceptance facility**. Applications are taken **by appointment only**, Monday–Friday 9:00 a.m.–3:30 p.m. and Thursday evenings until 6:30 p.m. Book at demo-city.example/passports or call (555) 311-2300.

**Bring:**
- Completed but **unsigned** form DS-11
- Proof of U.S. citizenship (original birth certificate or previous passport) **plus a photocopy**
- Photo ID **plus a photocopy** of the front and back
- One 2x2 passport photo (available at the Clerk for **$15**)

**Fees (two separate payments):**
- To the U.S. Department of State: **$130** adult passport book (check or money order only)
- To the City of Riverton: **$35** execution fee

**Children under 16** must appear with both parents or guardians. Routine processing takes about 4–6 weeks. Adult renewals are done by mail or online and do not need an appointment.`,
    internalNotes:
      "For travel within 14 days, refer to the Boston Passport Agency (federal). Check current State Department fees — they change. Most common rejection: photocopies missing or the form already signed.",
    keywords: ["passport", "passport application", "passport photo", "travel", "ds-11", "renew passport"],
    departmentCode: "clerk",
    reviewInDays: 60,
  },
  {
    slug: "notary-public",
    title: "Notary public services",
    publicAnswer: `Notaries in the City Clerk's Office and Treasurer/Collector's Office notarize documents **free of charge for Riverton residents** during City Hall hours. Non-residents are charged **$5 per signature**.

**Bring:**
- The **unsigned** document — you must sign in front of the notary
- A current government-issued **photo ID**
- Any witnesses the document requires (city staff cannot act as witnesses)

City notaries **cannot** notarize wills, real estate closings, or documents in a language the notary cannot read, and cannot give legal advice about what you are signing. Call ahead at (555) 311-2300 to make sure a notary is available, especially at lunchtime.

Many banks also offer free notary service to their customers.`,
    internalNotes:
      "Usually 2 notaries on staff at the Clerk, 1 at Treasurer. Thursday evenings a notary is NOT always available — tell callers to call first. Apostilles come from the Secretary of the Commonwealth, not the city.",
    keywords: ["notary", "notarize", "notary public", "notarized", "sign document", "witness signature"],
    departmentCode: "clerk",
    reviewInDays: 365,
  },
  {
    slug: "annual-street-listing-census",
    title: "Annual city census (street listing)",
    publicAnswer: `Every January the City Clerk mails an **annual census form** to every household, as required by Massachusetts law. It lists every resident at the address, their date of birth, occupation and citizenship, and includes the dog license form.

**Why it matters:**
- It is how the city confirms **voter residency** — voters who do not respond for two years may be moved to **inactive** status.
- It is used for school enrollment planning, jury lists and veterans' services.

**How to respond:** correct any errors, add new household members and cross out people who moved, then sign and return it in the postage-paid envelope **within 10 days**, or complete it online at demo-city.example/census using the household code on the form.

Didn't get a form? Call the Clerk's office at (555) 311-2300 and one will be mailed. This is separate from the federal U.S. Census taken every ten years.`,
    internalNotes:
      "Biggest call spike in January–February. Callers worried about sharing citizenship status: the response is voluntary for non-voters and is not shared with federal immigration authorities. Printed street listing books are available for $15.",
    keywords: ["census", "street listing", "annual census", "resident listing", "census form", "city census"],
    departmentCode: "clerk",
    reviewInDays: 45,
  },

  // ── Elections ──────────────────────────────────────────────────────────────
  {
    slug: "voter-registration",
    title: "Registering to vote",
    publicAnswer: `You can register to vote in Riverton if you are a **U.S. citizen**, a **Massachusetts resident**, and **at least 18 on Election Day** (16- and 17-year-olds may pre-register).

**Ways to register:**
- **Online** at the Secretary of the Commonwealth's site if you have a Massachusetts driver's license or state ID
- **In person** at the Election Office, City Hall Room 104
- **By mail** using a form from the Election Office, library or post office
- Automatically when you do business at the RMV or MassHealth

**Deadline:** you must register **at least 10 days before** an election.

**Moved within Riverton?** Update your address so you vote at the right polling place. Moved from another town? You must re-register here.

Check your registration status any time at the state's "Am I registered?" page or by calling the Election Office at (555) 311-3300.`,
    internalNotes:
      "Same-day registration is not available in Massachusetts except under court order — don't promise it. Inactive voters can still vote after signing an affidavit at the polls.",
    keywords: [
      "register to vote",
      "voter registration",
      "voting",
      "voter",
      "am i registered",
      "change party",
    ],
    departmentCode: "elections",
    reviewInDays: 90,
  },
  {
    slug: "mail-in-absentee-voting",
    title: "Voting by mail and absentee ballots",
    publicAnswer: `Any registered Riverton voter may **vote by mail** in any election — no excuse needed.

**How to apply:**
- Return the **vote-by-mail application** the state mails to voters before statewide elections, or
- Download the application at demo-city.example/elections, or write a signed letter with your name, Riverton address, where to mail the ballot and which elections you want.

**Deadline to apply:** applications must be received by the Election Office **5 business days before** Election Day.

**Returning your ballot:**
- By mail (postage is prepaid), or
- In the **secure drop box** outside City Hall on the Summer Street side, open 24/7 until 8:00 p.m. on Election Day

Ballots must be received by **8:00 p.m. on Election Day**. Track your ballot online through the state's "Track My Ballot" site.

Voters who are away for a reason such as military service may use an **absentee ballot** instead; the Election Office can help.`,
    internalNotes:
      "Deadlines change with new legislation — this article is due for re-check before each election cycle. Military and overseas voters (UOCAVA) have separate rules; transfer to Elections.",
    keywords: [
      "absentee ballot",
      "mail in ballot",
      "vote by mail",
      "mail-in voting",
      "early voting",
      "drop box",
    ],
    departmentCode: "elections",
    reviewInDays: -30,
  },
  {
    slug: "polling-places",
    title: "Polling places and Election Day",
    publicAnswer: `Riverton has **9 wards with 2 precincts each**. Your polling place depends on your ward and precinct.

**Find your polling place:** look it up at demo-city.example/elections/where-to-vote, or call the Election Office at (555) 311-3300.

**Polls are open 7:00 a.m. to 8:00 p.m.** on Election Day. If you are in line at 8:00 p.m., you may vote.

Most locations are schools and community buildings, for example:
- Ward 1: Lincoln Elementary School, 45 Lincoln Street
- Ward 3: Riverton Senior Center, 22 Pleasant Street
- Ward 6: Highland Fire Station community room, 310 Highland Avenue

All polling places are accessible and have an **AutoMARK** accessible voting machine.

**Early voting** is held at City Hall for most state elections; the schedule is posted about 3 weeks before the election.

You do not need to show ID unless you are voting for the first time in Massachusetts or a poll worker asks.`,
    internalNotes:
      "Ward 4 moved from the Armory to Riverside Middle School last year — some callers still go to the Armory. Confirm the current list with Elections before each election.",
    keywords: [
      "polling place",
      "where do i vote",
      "polls",
      "election day",
      "precinct",
      "ward",
      "voting location",
    ],
    departmentCode: "elections",
    reviewInDays: 30,
  },

  // ── Trash & recycling ──────────────────────────────────────────────────────
  {
    slug: "trash-recycling-schedule",
    title: "Trash and recycling collection schedule",
    publicAnswer: `Trash and recycling are collected **every week on the same day**, Monday through Friday, depending on your street. Look up your day at demo-city.example/trash or call 311.

**Rules:**
- Put trash and recycling at the curb **by 7:00 a.m.** on collection day, but **not before 4:00 p.m. the day before**.
- Trash must be in **covered barrels** (no more than 35 gallons each) or tied bags. **Limit: 3 barrels or bags per unit** per week.
- Recycling goes in the **blue city cart**, loose — **never in plastic bags**.
- Bring carts and barrels back from the curb by 8:00 p.m. on collection day.

**Holiday delay:** when a holiday falls on a weekday, collection for that day **and every day after it that week slides one day later**. Friday routes are collected on Saturday. There is no delay for holidays that fall on a weekend.

Collection is provided by the city's contractor for buildings with up to 6 units; larger buildings need private service.`,
    internalNotes:
      "If a resident says the whole street was missed, check the DPW truck tracker before filing — the truck may be running late (they work until 3:30 p.m.). Only file a missed pickup after 4 p.m. Condos over 6 units = private hauler, not our problem.",
    keywords: [
      "trash",
      "garbage",
      "rubbish",
      "recycling",
      "trash day",
      "pickup schedule",
      "collection day",
      "holiday delay",
    ],
    departmentCode: "dpw",
    serviceCodes: ["missed_trash", "missed_recycling"],
    reviewInDays: 120,
  },
  {
    slug: "holiday-trash-delay",
    title: "Holiday trash delays",
    publicAnswer: `When a holiday falls on a **weekday (Monday–Friday)**, trash, recycling and yard waste collection is **delayed by one day for the rest of that week**.

**Example:** if Monday is a holiday, Monday's route is picked up on Tuesday, Tuesday's on Wednesday, and so on. **Friday's route is picked up on Saturday.**

Holidays that cause a delay: New Year's Day, Martin Luther King Jr. Day, Presidents' Day, Patriots' Day, Memorial Day, Juneteenth, Independence Day, Labor Day, Indigenous Peoples' Day, Veterans Day, Thanksgiving and Christmas.

There is **no delay** when a holiday falls on a Saturday or Sunday.

Sign up for collection reminders by text or email at demo-city.example/trash to get a message the night before any change. The schedule also appears on the printed recycling calendar mailed each December.`,
    internalNotes:
      "Big storms can also delay collection — DPW posts this on the homepage. Observed holidays (e.g. July 4 on Saturday observed Friday) DO cause a delay for the observed weekday.",
    keywords: [
      "holiday trash",
      "holiday schedule",
      "trash delay",
      "garbage holiday",
      "rubbish holiday",
      "pickup delayed",
    ],
    departmentCode: "dpw",
    serviceCodes: ["missed_trash", "missed_recycling"],
    reviewInDays: 200,
  },
  {
    slug: "what-goes-in-recycling",
    title: "What goes in the recycling cart",
    publicAnswer: `Riverton uses **single-stream recycling**: everything goes **loose** in the blue cart.

**Yes, please:**
- Paper, newspaper, mail, magazines, cereal and shoe boxes
- **Flattened** cardboard (pieces larger than 3 ft x 3 ft go next to the cart, tied)
- Plastic bottles, jugs and containers (empty, caps on)
- Glass bottles and jars
- Metal cans, clean foil and pie plates
- Milk and juice cartons

**No, please:**
- **Plastic bags and film** (return to grocery stores)
- Food or liquids, greasy pizza boxes
- Styrofoam, clothing, hoses, cords, batteries
- Propane tanks, needles

Carts with contamination get a **tag** and are not collected until the items are removed. Need a new or replacement cart? Request one through 311; the first cart is free and additional carts are **$60**.`,
    internalNotes:
      "Clothing and shoes: donation bins at the DPW yard and several schools. Rechargeable batteries: library lobby drop-off. If tagged, explain what the tag says and ask them to fix it for next week — no return trip.",
    keywords: [
      "recycling",
      "recycle",
      "what can i recycle",
      "blue cart",
      "plastic",
      "cardboard",
      "single stream",
    ],
    departmentCode: "dpw",
    serviceCodes: ["recycling_cart_request", "missed_recycling"],
    reviewInDays: 300,
  },
  {
    slug: "yard-waste",
    title: "Yard waste and leaf collection",
    publicAnswer: `Yard waste is collected **on your regular trash day** from the **first week of April to the second week of December**.

**How to put it out:**
- In **large paper leaf bags**, or
- In **open barrels marked "Yard Waste"** (a free sticker is available at the DPW yard and City Hall), or
- Branches **tied in bundles** no longer than 4 ft and no thicker than 3 inches

**Not accepted:** plastic bags, dirt, rocks, stumps, sod or lumber.

**Christmas trees** are collected for two weeks after New Year's on your trash day — remove all decorations, stands and bags.

You can also drop off yard waste free at the **DPW Compost Site, 40 Mill Street**, Saturdays 8:00 a.m.–2:00 p.m. from April through November, with a resident sticker or proof of residency. Finished compost and wood chips are free while supplies last.`,
    internalNotes:
      "Landscaper loads are not accepted at the compost site — residents only. Yard waste in plastic bags will be left at the curb. Yard waste pickup follows the holiday delay too.",
    keywords: [
      "yard waste",
      "leaves",
      "leaf bags",
      "grass clippings",
      "branches",
      "brush",
      "compost",
      "christmas tree",
    ],
    departmentCode: "dpw",
    reviewInDays: 150,
  },
  {
    slug: "bulk-item-pickup",
    title: "Bulk item pickup (furniture, mattresses, appliances)",
    publicAnswer: `Large items are picked up **by appointment** on your regular trash day. Book through 311 or online at demo-city.example/bulk **by 3:00 p.m. the business day before** your trash day.

**Limits and fees:**
- **Furniture** (couches, chairs, tables, dressers): **free**, up to **3 items per week**
- **Mattresses and box springs:** **$25 each**; must be wrapped in a plastic mattress bag (state waste ban)
- **Appliances with Freon** (refrigerators, freezers, air conditioners, dehumidifiers): **$30 each**
- Washers, dryers, stoves, water heaters: **$20 each**

Pay by card when booking, or buy stickers at the Treasurer/Collector, City Hall Room 105. Put items at the curb by 7:00 a.m., **not** blocking the sidewalk.

**Not accepted:** construction debris, tires, car parts, TVs and electronics (see "TVs and electronics"), or items from businesses.`,
    internalNotes:
      "Doors must be removed from refrigerators for safety. Landlords cleaning out an apartment are limited to 3 items per unit per week. Items left without an appointment are treated as illegal dumping after 48 hours.",
    keywords: [
      "bulk item",
      "bulky trash",
      "furniture",
      "couch",
      "mattress",
      "appliance",
      "large item pickup",
      "refrigerator",
    ],
    departmentCode: "dpw",
    serviceCodes: ["bulk_item_pickup", "illegal_dumping"],
    reviewInDays: 180,
  },
  {
    slug: "tv-electronics-disposal",
    title: "How to dispose of TVs, computers and electronics",
    publicAnswer: `Massachusetts bans TVs and computer monitors from the trash. In Riverton you have three options:

**1. Curbside pickup by appointment** (book through 311):
- TVs and computer monitors: **$25 each**
- Other electronics with a cord (microwaves, printers, stereos, VCRs): **$10 each**

**2. Drop-off at the DPW yard**, 40 Mill Street, on the **first and third Saturday of each month, 8:00 a.m.–12:00 p.m.**, with proof of residency. Same fees, payable by card.

**3. Free retailer take-back:** many electronics stores accept computers, laptops and phones for free recycling. Cell phones and rechargeable batteries can also go in the free drop box in the library lobby.

Do not leave electronics at the curb without a paid appointment; they will not be collected and may result in an illegal dumping fine.`,
    internalNotes:
      "Laptops and desktop towers are free at the DPW drop-off (no screen). Wipe personal data first — remind callers. Small items with a battery (vapes, e-bikes batteries) are hazardous waste, not electronics.",
    keywords: [
      "tv",
      "television",
      "electronics",
      "computer",
      "monitor",
      "e-waste",
      "microwave",
      "dispose of tv",
    ],
    departmentCode: "dpw",
    serviceCodes: ["bulk_item_pickup"],
    reviewInDays: 210,
  },
  {
    slug: "household-hazardous-waste-day",
    title: "Household hazardous waste collection day",
    publicAnswer: `Riverton holds **two Household Hazardous Waste days** each year, on a Saturday in **May** and in **October**, from **8:00 a.m. to 12:00 p.m.** at the **DPW Yard, 40 Mill Street**. Dates are posted at demo-city.example/hhw.

**Accepted:** oil-based paint and stains, solvents, pesticides and herbicides, pool chemicals, antifreeze, gasoline, drain cleaners, mercury thermometers and thermostats, and lithium batteries.

**Not accepted:** latex paint (dry it out with kitty litter and put it in the trash), explosives, ammunition, medical waste, radioactive materials, or business waste.

**Rules:** Riverton residents only — bring a **driver's license or utility bill**. Limit **25 gallons or 25 pounds** per household. Keep products in their original containers and stay in your car.

**Year-round:** used motor oil and car batteries are accepted at the DPW yard weekdays 7:00 a.m.–3:00 p.m. Fluorescent bulbs go in the bin at the DPW office.`,
    internalNotes:
      "Propane tanks: hardware stores exchange them; small camping cylinders are taken at HHW day. Unused medications: drop box in the Police HQ lobby, 24/7. Sharps: Health Department.",
    keywords: [
      "hazardous waste",
      "paint disposal",
      "chemicals",
      "motor oil",
      "hhw",
      "pesticides",
      "toxic waste",
      "batteries",
    ],
    departmentCode: "dpw",
    reviewInDays: 60,
  },
  {
    slug: "illegal-dumping",
    title: "Illegal dumping",
    publicAnswer: `Leaving trash, furniture, tires or debris on a sidewalk, in a park, on a vacant lot or next to a public trash can is **illegal dumping**.

**Fines:** **$300 for a first offense**, $500 for a second and $1,000 for each offense after that, plus the cost of cleanup. Vehicles used for dumping may be towed.

**Report it** through 311 or online. Include:
- The exact location (address or nearest landmark)
- What was dumped
- If you saw it happen: the **date and time**, a description of the person, and the **vehicle plate number**

Do not confront anyone who is dumping. DPW removes dumped material from **public property within 3 business days**. If it is on private property, Inspectional Services will order the owner to clean it up.

Have something large to get rid of? Use the bulk item pickup program instead.`,
    internalNotes:
      "Photos help: residents can upload through the web form. The Police have a camera program at chronic dumping spots (Depot Road, end of Canal Street). Never give callers the name of a suspected dumper.",
    keywords: [
      "illegal dumping",
      "dumping",
      "dumped trash",
      "abandoned furniture",
      "tires dumped",
      "short dumping",
    ],
    departmentCode: "dpw",
    serviceCodes: ["illegal_dumping", "bulk_item_pickup"],
    reviewInDays: 240,
  },

  // ── Streets, snow & parking ────────────────────────────────────────────────
  {
    slug: "potholes",
    title: "Potholes: what counts and how fast they are fixed",
    publicAnswer: `Report potholes on **city streets** through 311 or online. DPW aims to fill reported potholes within **3 business days**; the most dangerous ones are patched the same day.

**What counts as a pothole:** a hole or broken area in the pavement roughly **larger than a dinner plate or deeper than 2 inches**. Cracks, worn-out streets or uneven patches are added to the **paving list** instead; the city repaves about 8 miles of streets each year based on condition ratings.

**When reporting, tell us:**
- The street and the nearest house number or cross street
- Which lane, and roughly how big it is

**Not city streets:** potholes on **Route 28, Route 38 and the I-93 ramps** are maintained by **MassDOT** — see "Potholes on state highways."

**Damage to your vehicle?** File a written claim with the City Solicitor, City Hall Room 206, **within 30 days**. State law limits claims for road defects to $5,000.`,
    internalNotes:
      "Winter patches are temporary cold patch; callers often report the same hole again in spring — link as duplicate instead of a new request. Private ways (e.g. Sunset Court, Quarry Lane) are not maintained by the city; check the street list.",
    keywords: ["pothole", "pot hole", "road damage", "hole in road", "street repair", "paving", "crater"],
    departmentCode: "dpw",
    serviceCodes: ["pothole"],
    reviewInDays: 120,
  },
  {
    slug: "state-highway-potholes",
    title: "Potholes and problems on state highways (MassDOT)",
    publicAnswer: `Some roads in Riverton are **state highways** maintained by the **Massachusetts Department of Transportation (MassDOT)**, not the city:

- **Route 28** (Main Street north of Central Square and Fellsway Road)
- **Route 38** (Mystic Avenue)
- **Interstate 93** and all of its on- and off-ramps
- The **Route 28 bridge** over the river

For potholes, plowing, broken guardrails, signs or lights on these roads, contact **MassDOT Highway Division, District 4**:

- Phone: **(555) 637-3400** (problems can be reported 24/7)
- Online: massdot-highway.example

Claims for vehicle damage on state highways are filed with MassDOT, not the city.

311 can take your report and note that it was referred to MassDOT, but city crews are **not allowed to work on state roads**.`,
    internalNotes:
      "The city does plow the Main Street sidewalks next to Route 28 — only the roadway is state. Traffic signals at Route 28 / Central Street are city-owned under an agreement; file those as a traffic signal request.",
    keywords: [
      "state highway",
      "massdot",
      "route 28",
      "route 38",
      "i-93",
      "highway pothole",
      "pot hole",
      "state road",
    ],
    agencyCode: "massdot",
    serviceCodes: ["pothole"],
    reviewInDays: 180,
  },
  {
    slug: "streetlights",
    title: "Streetlight outages",
    publicAnswer: `Riverton owns about **6,500 LED streetlights**. Report a light that is **out, flickering, or on during the day** through 311 or online.

**Helpful details:**
- The **pole number** on the small metal tag on the pole (about eye level)
- The nearest address or intersection
- Whether several lights in a row are out — that usually means a wiring problem

**Repair times:** single lights are fixed within **5 business days**. Outages of a whole street may take longer if the underground wiring must be dug up.

**Not city lights:** lights on **I-93 and state highways** belong to MassDOT. Lights in parking lots, apartment complexes and private ways belong to the property owner. Floodlights on **utility wooden poles** without a city tag are owned by the electric utility.

A **pole knocked down or exposed wires** is an emergency — stay away and call 911.`,
    internalNotes:
      "The city's electrician contractor works Tuesday and Thursday nights on routine outages. Requests for a new streetlight go to Transportation & Parking as a general comment (needs Traffic Commission approval).",
    keywords: [
      "streetlight",
      "street light",
      "light out",
      "lamp post",
      "dark street",
      "light pole",
      "flickering",
    ],
    departmentCode: "dpw",
    serviceCodes: ["streetlight_out"],
    reviewInDays: 270,
  },
  {
    slug: "snow-emergency-parking-ban",
    title: "Snow emergencies and parking bans",
    publicAnswer: `The Mayor declares a **snow emergency** when 4 inches or more of snow is expected. Announcements go out by **text and email alert** (sign up at demo-city.example/alerts), on the city website, local radio and the flashing blue lights at major intersections.

**During a snow emergency:**
- **No parking on the even-numbered side** of residential streets and **no parking at all on posted snow emergency routes** (Main, Broadway, Highland, Washington and others marked with red signs).
- Vehicles in violation are **ticketed $50 and towed** (towing fees about $135 plus storage).
- **Free parking** is available in the Summer Street garage, school lots and the DPW lot from the declaration until 2 hours after the ban is lifted.

Side streets are plowed within **12 hours after the snow stops**. Please do not shovel or blow snow into the street — it is a $50 fine.

To find a towed car, call Police non-emergency at (555) 311-2500.`,
    internalNotes:
      "Ban start/end times come from the DPW Commissioner — check the storm log before answering. Callers with medical needs (dialysis) can be flagged for priority plowing; file a general comment to DPW with the address.",
    keywords: [
      "snow emergency",
      "parking ban",
      "snow",
      "towed",
      "snow route",
      "winter parking",
      "plow",
      "storm",
    ],
    departmentCode: "dpw",
    serviceCodes: ["unplowed_street"],
    reviewInDays: 45,
  },
  {
    slug: "sidewalk-snow-shoveling",
    title: "Shoveling sidewalks: rules for property owners",
    publicAnswer: `Riverton ordinance requires owners and occupants of **every property** — homes, businesses and vacant lots — to clear snow and ice from adjacent sidewalks.

**Deadlines:**
- Within **6 hours** after snow stops falling during the day
- By **10:00 a.m.** if snow stops overnight

**Clear a path at least 36 inches wide**, including curb cuts and the path to any hydrant in front of your property. Use sand or ice melt on icy spots.

**Fines:** $50 for residential properties and **$100 for businesses**, per day. Do not push snow into the street.

**Need help?** Seniors 65+ and residents with disabilities can apply for the free **Snow Angels** volunteer program through the Senior Center at (555) 311-2960.

Report sidewalks that have not been cleared through 311. Inspectional Services checks complaints and issues warnings, then fines.`,
    internalNotes:
      "City-owned properties (schools, parks) are cleared by DPW/Parks — if the caller reports a school sidewalk, still use snow/ice on sidewalk and pick 'city property'. Snow Angels has a waitlist by mid-December.",
    keywords: [
      "shovel",
      "shoveling",
      "snow on sidewalk",
      "icy sidewalk",
      "unshoveled",
      "snow removal",
      "ice",
    ],
    departmentCode: "isd",
    serviceCodes: ["snow_ice_sidewalk"],
    reviewInDays: 90,
  },
  {
    slug: "pay-parking-ticket",
    title: "Paying a parking ticket",
    publicAnswer: `Riverton parking tickets must be **paid or appealed within 21 days** of the violation.

**Ways to pay:**
- **Online** at demo-city.example/parkingtickets with the ticket number or plate number (card or e-check; $2 convenience fee)
- **By mail:** check or money order payable to "City of Riverton", ticket number on the check, to Parking Clerk, PO Box 311, Riverton MA
- **In person:** Treasurer/Collector, City Hall Room 105 (cash, check or card)

**Late fees:** an extra **$10 after 21 days**, and another $10 after a second notice. Unpaid tickets are reported to the **RMV**, which will **block renewal of your license and registration** until they are paid, plus a $20 release fee.

**Common fines:** street cleaning $40, resident permit zone $40, expired meter $25, hydrant $100, handicap space $200.`,
    internalNotes:
      "Tickets from other cities, the MBTA or state police are not ours — check the issuing agency on the ticket. Treasurer can see payments instantly; operators can see ticket status in the parking lookup.",
    keywords: ["parking ticket", "pay ticket", "citation", "parking fine", "parking violation", "late fee"],
    departmentCode: "treasurer",
    reviewInDays: 180,
  },
  {
    slug: "appeal-parking-ticket",
    title: "Appealing a parking ticket",
    publicAnswer: `You may appeal a Riverton parking ticket **within 21 days** of the date it was issued.

**Written appeal:** submit online at demo-city.example/parkingtickets, or mail a letter with the **ticket number, plate number, your reason** and any evidence (photos, receipts, a permit) to the Parking Clerk, Transportation & Parking, City Hall Room 108.

**In-person hearing:** walk-in hearings are held **Thursdays 4:00–7:00 p.m.**, or request an appointment.

**Good reasons to appeal** include: a broken meter, a missing or unclear sign, a valid permit that was displayed, or a vehicle that was stolen (include the police report).

Decisions are mailed within **30 days**. **No late fees** are added while an appeal is pending. If you disagree with the decision, you may appeal to the **District Court** within 20 days for a $40 filing fee.`,
    internalNotes:
      "Operators cannot void tickets. Rental car and fleet tickets: the rental company will forward — tell callers to contact them. Handicap ticket appeals need a copy of the placard front and back.",
    keywords: [
      "appeal ticket",
      "dispute ticket",
      "contest parking ticket",
      "parking hearing",
      "wrong ticket",
      "parking appeal",
    ],
    departmentCode: "parking",
    reviewInDays: 180,
  },
  {
    slug: "residential-parking-permits",
    title: "Residential and visitor parking permits",
    publicAnswer: `Streets marked **"Resident Permit Parking Only"** require a Riverton resident parking sticker.

**Fees:** **$25 per vehicle per year**, free for residents 65 and older and for vehicles with disability plates. Permits run **September 1 – August 31**.

**Bring:**
- Your **vehicle registration** showing a Riverton address (not a P.O. box)
- A **proof of residency** dated within 30 days — a utility bill, lease or bank statement
- Outstanding tickets or excise tax must be paid first

**Visitor passes:** each household may buy **2 visitor hang-tags** for $10 each per year. One-day contractor passes are $5.

Apply online at demo-city.example/permits or at Transportation & Parking, City Hall Room 108. New stickers are mailed within 5 business days.

Want permit parking on your street? A petition signed by **51% of households** on the block starts a traffic study.`,
    internalNotes:
      "Leased/company cars: need a letter from the employer or the lease agreement. College students with out-of-state plates are not eligible unless they change registration — common argument, stay neutral.",
    keywords: [
      "parking permit",
      "resident sticker",
      "visitor pass",
      "resident parking",
      "guest pass",
      "parking sticker",
    ],
    departmentCode: "parking",
    serviceCodes: ["residential_permit_request"],
    reviewInDays: 150,
  },
  {
    slug: "street-opening-dumpster-permits",
    title: "Street opening, dumpster and sidewalk obstruction permits",
    publicAnswer: `Work that occupies or digs up a city street or sidewalk needs a permit from **Public Works**, 40 Mill Street.

**Dumpster or storage container (POD) on the street:**
- **$50 per week**, up to 4 weeks
- Must have reflectors and be placed at least 20 ft from hydrants and corners
- Dumpsters on your own driveway do **not** need a permit

**Street opening permit** (utility connections, sewer repair, driveway cuts):
- **$150** plus $5 per linear foot
- Contractor must be licensed and bonded ($10,000 bond)
- Call **Dig Safe** at 811 at least 72 hours before digging
- No street openings from **December 1 to March 15** except emergencies

**Sidewalk obstruction** (staging, scaffolding): $25 per week.

Apply at demo-city.example/dpw/permits or at the DPW office, Mon–Fri 7:00 a.m.–3:00 p.m. Allow **3 business days** for approval.`,
    internalNotes:
      "Newly paved streets have a 5-year moratorium on openings — DPW Engineering decides exceptions. Moving trucks don't need a DPW permit but can reserve 'No Parking' signs through Transportation & Parking ($20).",
    keywords: [
      "dumpster permit",
      "street opening",
      "pod",
      "roll off",
      "dig permit",
      "sidewalk permit",
      "driveway cut",
    ],
    departmentCode: "dpw",
    reviewInDays: 240,
  },
  {
    slug: "abandoned-vehicles",
    title: "Abandoned and unregistered vehicles",
    publicAnswer: `A vehicle parked on a **city street for more than 72 hours** without moving, or one with **no plates or expired registration**, may be reported as abandoned.

**What happens:**
1. A police officer checks the vehicle, usually within **5 business days**.
2. If it qualifies, the officer places a **48-hour warning sticker** on it.
3. If it is not moved, it is **towed** at the owner's expense.

**When reporting, tell us:** make, model, color, plate number and how long it has been there.

**Private property:** the city does not tow from private driveways or lots. The property owner may arrange a tow under M.G.L. c. 266, § 120D, with posted signs. Unregistered vehicles kept in a yard may violate the zoning code — Inspectional Services can follow up.

A stolen vehicle or one involved in a crime should be reported to the police right away.`,
    internalNotes:
      "During winter, parking-ban tows often generate 'my car is missing' calls — check with Police non-emergency before the caller reports it stolen. A car with valid registration that simply doesn't move is still abandoned after 72 hours.",
    keywords: [
      "abandoned car",
      "abandoned vehicle",
      "junk car",
      "car hasnt moved",
      "unregistered car",
      "no plates",
    ],
    departmentCode: "police",
    serviceCodes: ["abandoned_vehicle"],
    reviewInDays: 300,
  },

  // ── Taxes & bills ──────────────────────────────────────────────────────────
  {
    slug: "property-tax-bills",
    title: "Property tax bills and due dates",
    publicAnswer: `Riverton bills real estate and personal property taxes **quarterly**. Bills are due:

- **August 1** and **November 1** (preliminary bills, based on last year's tax)
- **February 1** and **May 1** (actual bills, after the tax rate is set)

If a due date falls on a weekend or holiday, payment is due the next business day.

**How to pay:**
- Online at demo-city.example/pay ($0.50 for e-check, 2.5% for cards)
- By mail to the Treasurer/Collector, PO Box 311, Riverton MA
- In person at City Hall Room 105, or in the **drop box** outside City Hall
- Through your bank's online bill pay (use your bill number)

**Late payments** are charged **14% annual interest** from the due date. A **demand notice** with a $30 fee is sent after May 1 for unpaid balances.

Questions about your **assessed value** go to the Board of Assessors, City Hall Room 107; abatement applications are due with the third-quarter bill.`,
    internalNotes:
      "If the mortgage company pays, the owner still gets a copy marked 'paid by escrow' — reassure callers. The Treasurer cannot waive interest. Abatement deadline is strict (state law) — tell callers the date printed on the February bill.",
    keywords: [
      "property tax",
      "real estate tax",
      "tax bill",
      "taxes due",
      "quarterly tax",
      "pay taxes",
      "abatement",
    ],
    departmentCode: "treasurer",
    reviewInDays: 120,
  },
  {
    slug: "property-tax-exemptions",
    title: "Property tax exemptions for seniors, veterans and others",
    publicAnswer: `Homeowners who live in their Riverton home may qualify for a **property tax exemption** under Massachusetts law (M.G.L. c. 59, § 5):

- **Seniors 65+** with limited income and assets (Clause 41C): **$1,000** off your bill
- **Veterans with a service-connected disability of 10% or more** (Clause 22): **$400** and up; more for higher disability ratings
- **Surviving spouses, minor children of deceased parents, and seniors 70+** (Clause 17D): **$175**
- **Legally blind residents** (Clause 37A): **$500**

The city also offers the **Senior Work-Off program**, where residents 60+ can reduce their tax bill by up to **$1,500** by volunteering in city departments.

**Apply** with the Board of Assessors, City Hall Room 107, within **3 months of the third-quarter bill** (usually by April 1). Bring proof of age, income, and ownership as of July 1. Applications must be filed every year.

Tax **deferral** (Clause 41A) is available for seniors who want to postpone taxes until the home is sold.`,
    internalNotes:
      "Veterans' exemptions: Veterans' Services can help gather the VA letter. The Assessors are under the Treasurer/Collector for routing purposes in 311. Amounts here are the statutory base amounts; the city's local-option increases may change them each year.",
    keywords: [
      "tax exemption",
      "senior exemption",
      "veteran exemption",
      "tax break",
      "reduce property tax",
      "work off program",
    ],
    departmentCode: "treasurer",
    reviewInDays: 200,
  },
  {
    slug: "motor-vehicle-excise-tax",
    title: "Motor vehicle excise tax",
    publicAnswer: `Every vehicle registered in Massachusetts pays an annual **motor vehicle excise tax** to the city or town where it is garaged on January 1. The rate is **$25 per $1,000** of the vehicle's value, based on the manufacturer's list price and age.

**Due date:** **30 days** from the date the bill is issued. Bills for most residents come out in **February**; new registrations are billed during the year.

**How to pay:** online at demo-city.example/pay, by mail, or at the Treasurer/Collector, City Hall Room 105.

**Late bills:** a **$30 demand fee** after 30 days, then a **warrant fee** and deputy collector fees. After that, the city notifies the **RMV**, which blocks your license and registration renewal.

**Sold your car or moved out of state?** You may qualify for an **abatement**. Send the Board of Assessors a copy of the **plate return receipt** from the RMV and the bill of sale or new registration. Apply by **December 31** of the year after the tax year.`,
    internalNotes:
      "The city doesn't set the value — the RMV data does. If the car is registered to a Riverton address but the caller moved, they must also update the RMV. Deputy collector (Kelley & Ryan) handles warranted bills; give their number from the bill.",
    keywords: ["excise tax", "car tax", "motor vehicle excise", "vehicle tax", "excise bill", "car excise"],
    departmentCode: "treasurer",
    reviewInDays: 90,
  },
  {
    slug: "water-sewer-bills",
    title: "Water and sewer bills",
    publicAnswer: `Water and sewer are billed **quarterly**, based on your meter reading. Bills are due **30 days** after the bill date.

**Rates** (per 100 cubic feet, or "HCF", about 748 gallons):
- Water: **$5.10** per HCF
- Sewer: **$8.40** per HCF
- A quarterly base charge of **$12** applies to all accounts

**How to pay:** online at demo-city.example/pay, by mail, through bank bill pay, or at the Treasurer/Collector, City Hall Room 105.

**High bill?** Check for a running toilet or dripping faucet first — a running toilet can waste 200 gallons a day. Water & Sewer will do a **free leak check** and re-read your meter: call (555) 311-3200.

**Unpaid bills** are charged 14% interest and, if still unpaid, are added as a lien to the property tax bill.

A separate **irrigation meter** can reduce your sewer charges for lawn watering.`,
    internalNotes:
      "Rates are illustrative and set each July by the City Council — confirm with Water & Sewer if a caller disputes the math. Tenants cannot have accounts in their name; the owner is always billed. Shut-offs only after certified notice.",
    keywords: [
      "water bill",
      "sewer bill",
      "water rates",
      "high water bill",
      "meter reading",
      "pay water bill",
    ],
    departmentCode: "water",
    reviewInDays: 150,
  },

  // ── Housing, buildings & permits ───────────────────────────────────────────
  {
    slug: "building-permits",
    title: "Building permits",
    publicAnswer: `A **building permit** from Inspectional Services is required to build, alter, repair, demolish or change the use of a building, including decks, roofs, siding, replacement windows, sheds over 200 sq ft, fences over 6 ft and swimming pools.

**How to apply:** online at demo-city.example/permits. Most applications need:
- A completed application and construction description
- Plans (stamped by an architect or engineer for larger projects)
- The contractor's **Construction Supervisor License** and **Home Improvement Contractor** registration
- Workers' compensation affidavit

**Fees:** **$12 per $1,000** of construction cost, minimum **$50**. Electrical, plumbing and gas permits are separate and must be pulled by a licensed tradesperson.

**Review time:** simple permits in **5–10 business days**; larger projects up to 30 days. Projects that don't meet zoning need a variance from the Zoning Board of Appeals first.

Keep the permit card visible from the street until the final inspection.`,
    internalNotes:
      "Homeowners can pull their own building permit for a single-family they live in (homeowner's exemption), but not electrical/plumbing. Unpermitted work complaints are filed as a general comment to ISD or as an unsafe structure if dangerous.",
    keywords: [
      "building permit",
      "permit",
      "renovation",
      "construction",
      "deck permit",
      "roof permit",
      "inspectional services",
    ],
    departmentCode: "isd",
    reviewInDays: 200,
  },
  {
    slug: "rental-inspections",
    title: "Rental unit inspections and certificates of fitness",
    publicAnswer: `Riverton requires a **Certificate of Fitness** inspection each time a rental unit changes tenants, to check that it meets the **State Sanitary Code** (105 CMR 410).

**For landlords:**
- Schedule the inspection with Inspectional Services **at least 10 days before** a new tenant moves in.
- **Fee: $75 per unit**; re-inspections are $50.
- Inspectors check heat, hot water, smoke and CO detectors, egress, windows and screens, electrical, pests, and general sanitation.

**For tenants:** if your apartment has problems your landlord won't fix, you can request a **free inspection**. Notify your landlord in writing first (except emergencies like **no heat** or no hot water). After inspection, the landlord receives an order with deadlines to fix each violation.

Tenants are protected by law from **retaliation** for requesting an inspection. Call 311 or (555) 311-2200 to schedule.`,
    internalNotes:
      "Owner-occupied two-families still need the certificate for the rental unit. Landlord–tenant disputes about rent or eviction: refer to the Housing Court via the District Court, or to Mass 211 for legal aid referrals.",
    keywords: [
      "rental inspection",
      "certificate of fitness",
      "apartment inspection",
      "landlord",
      "tenant",
      "sanitary code",
    ],
    departmentCode: "isd",
    serviceCodes: ["housing_code"],
    reviewInDays: 300,
  },
  {
    slug: "no-heat-tenant-rights",
    title: "No heat or hot water in an apartment",
    publicAnswer: `Under the Massachusetts State Sanitary Code, landlords must provide heat from **September 15 to June 15**:

- At least **68°F** between **7:00 a.m. and 11:00 p.m.**
- At least **64°F** between **11:00 p.m. and 7:00 a.m.**
- Hot water between **110°F and 130°F** year-round

**If you have no heat or hot water:**
1. Call your landlord or property manager right away.
2. If it is not fixed within **24 hours**, report it to 311. This is treated as an **emergency** — an inspector will contact you within 1 business day.
3. Keep a record of dates and temperatures.

**Do not use your oven or a grill to heat your home** — this can cause carbon monoxide poisoning. Space heaters should be plugged directly into the wall.

If your heat is out because the gas or oil was shut off for non-payment, Mass 211 can connect you with fuel assistance.`,
    internalNotes:
      "After business hours, ISD has an on-call inspector for no-heat complaints with children, elderly or medically vulnerable occupants — transfer through Police non-emergency. If the caller smells gas, tell them to leave and call 911.",
    keywords: [
      "no heat",
      "no hot water",
      "heat not working",
      "cold apartment",
      "landlord heat",
      "boiler broken",
    ],
    departmentCode: "isd",
    serviceCodes: ["housing_code"],
    reviewInDays: 60,
  },
  {
    slug: "lead-paint",
    title: "Lead paint and children's lead testing",
    publicAnswer: `Homes built **before 1978** may contain lead paint. Under the Massachusetts Lead Law, if a **child under 6** lives in a pre-1978 home, the owner must have it **inspected and deleaded** or brought under control.

**For parents:** Massachusetts requires every child to be **tested for lead at ages 1, 2 and 3**, and at 4 in Riverton because it is a high-risk community. Ask your pediatrician.

**For owners:**
- A licensed lead inspector can test your home; costs are typically $300–$600.
- The state's **Get the Lead Out** loan program offers 0% loans, and the city's **Lead Abatement Program** offers grants of up to **$20,000** for income-eligible owners. Call the Health Department at (555) 311-2600.
- Renovation that disturbs paint in pre-1978 homes must be done by an **RRP-certified** contractor.

Landlords may **not** refuse to rent to families with young children because of lead paint — that is illegal discrimination.`,
    internalNotes:
      "Elevated blood lead level cases are handled confidentially by the public health nurse — transfer, don't take details. Tenants complaining of peeling paint with kids under 6 = housing code complaint, mark as priority.",
    keywords: [
      "lead paint",
      "lead poisoning",
      "deleading",
      "lead test",
      "lead inspection",
      "peeling paint",
      "lead law",
    ],
    departmentCode: "health",
    serviceCodes: ["housing_code"],
    reviewInDays: 365,
  },
  {
    slug: "rodent-control-tips",
    title: "Rats and rodent control tips",
    publicAnswer: `Rats need **food, water and shelter**. Take these away and they leave.

**At home:**
- Keep trash in **barrels with tight lids** — never just bags on the ground.
- Don't put trash out before 4:00 p.m. the night before collection.
- Pick up fallen fruit, dog waste and birdseed; use closed compost bins.
- Seal gaps larger than a quarter inch around foundations, pipes and doors.
- Clear woodpiles and clutter away from the house.

**What the city does:** the Health Department baits **city property, parks and sewers** and inspects reported areas. Owners of private property with active burrows are ordered to hire a licensed exterminator. Restaurants must keep dumpsters closed and on a pest control contract.

**Report rodents** outdoors through 311. Tenants with mice or rats inside an apartment should file a housing code complaint — the landlord is responsible for extermination in buildings with 2 or more units.

The city offers **free rodent-proof barrels** at half price ($35) to residents while supplies last.`,
    internalNotes:
      "Construction sites must bait before demolition (ISD permit condition) — if a caller mentions nearby construction, note it. Rodents in a single-family owner-occupied home are the owner's own responsibility.",
    keywords: ["rats", "rat", "mice", "rodent", "rodents", "pest control", "exterminator", "vermin"],
    departmentCode: "health",
    serviceCodes: ["rodent_sighting", "housing_code"],
    reviewInDays: 240,
  },

  // ── Health ─────────────────────────────────────────────────────────────────
  {
    slug: "food-truck-permits",
    title: "Food truck permits",
    publicAnswer: `Food trucks operating in Riverton need:

1. A **Mobile Food Permit** from the Health Department — **$150 per year**, after a truck inspection. Bring your commissary agreement, a food protection manager certificate (ServSafe), and proof of a fire suppression inspection if you cook with propane.
2. A **Hawkers and Peddlers license** from the state, or a local vendor license from the City Clerk ($50).
3. A **Fire Department inspection** of propane and generators ($50).
4. Permission to park: on private property with the owner's letter, or at one of the **designated city food truck locations** (Riverside Park, Central Square, City Hall Plaza) through the Parks and Transportation lottery held each March.

Trucks may not operate within **200 feet** of a restaurant during its business hours, or in residential permit zones.

Application packets: demo-city.example/health/foodtrucks or City Hall Annex Room 120.`,
    internalNotes:
      "The March lottery dates change every year and were not confirmed for this season — this article needs review. Event-only vendors (fairs) get a temporary food permit ($35/event) instead.",
    keywords: [
      "food truck",
      "mobile food",
      "vendor permit",
      "food cart",
      "hawker peddler",
      "food truck permit",
    ],
    departmentCode: "health",
    reviewInDays: -5,
  },
  {
    slug: "restaurant-inspections",
    title: "Restaurant inspections and food complaints",
    publicAnswer: `The Health Department inspects every restaurant, market, school kitchen and food truck in Riverton **at least twice a year**, plus follow-ups and complaint investigations. There are about 320 licensed food establishments in the city.

**Inspection reports** are public. Search by name at demo-city.example/health/inspections, or request a copy from the Health Department, City Hall Annex Room 120.

**To file a complaint** about unclean conditions, pests, or food handling, call 311 or report online. Include the name and address of the business, the date and time of your visit, and what you saw.

**If you think you got food poisoning:**
- Tell us **what you ate, where and when**, your symptoms and when they started, and whether others who ate with you got sick.
- Keep any leftover food in the refrigerator, labeled.
- See a doctor if symptoms are severe; a stool test helps identify outbreaks.

Restaurants with serious violations can be **closed immediately** until they are corrected.`,
    internalNotes:
      "Complaints are confidential — never tell the restaurant who complained. Two or more unrelated people sick after the same restaurant = possible outbreak; warm-transfer to Health immediately.",
    keywords: [
      "restaurant inspection",
      "food poisoning",
      "health inspection",
      "dirty restaurant",
      "sick from food",
      "restaurant grade",
    ],
    departmentCode: "health",
    serviceCodes: ["food_establishment_complaint"],
    reviewInDays: 200,
  },
  {
    slug: "flu-vaccine-clinics",
    title: "Flu and COVID-19 vaccine clinics",
    publicAnswer: `The Health Department holds **free flu and COVID-19 vaccine clinics** each fall, usually from **late September through November**.

**Where:** the Senior Center, 22 Pleasant Street, and Riverton High School cafeteria, plus home visits for homebound residents.

**Who:** everyone **6 months and older**. Bring your **insurance card** if you have one; nobody is turned away for lack of insurance.

**Appointments** are recommended: book at demo-city.example/health/clinics or call (555) 311-2600. Walk-ins are accepted when supplies allow.

**Also available from the Health Department by appointment:**
- Tetanus (Td/Tdap) boosters
- Tuberculosis (TB) skin tests: $20
- Blood pressure screenings, free on the first Tuesday of each month at the Senior Center

Most pharmacies and primary care offices also offer flu and COVID-19 vaccines at no cost with insurance.`,
    internalNotes:
      "The clinic schedule for this season hasn't been posted yet — check with Health before giving dates. Homebound requests: take name, address and phone and send to the public health nurse.",
    keywords: [
      "flu shot",
      "covid vaccine",
      "vaccine clinic",
      "flu clinic",
      "immunization",
      "booster",
      "vaccination",
    ],
    departmentCode: "health",
    reviewInDays: -45,
  },
  {
    slug: "beach-water-quality",
    title: "Beach and pond water quality",
    publicAnswer: `The Health Department tests water at **Crystal Pond Beach** and the **Riverside Park swimming area** for bacteria **every week** from Memorial Day through Labor Day, following state Department of Public Health standards.

**Results** are posted at the beach entrance and at demo-city.example/health/beaches, usually by **noon on Friday**.

**When a beach is closed:** a red "No Swimming" sign is posted when bacteria levels exceed state limits, often after **heavy rain**, which washes runoff into the water. The beach reopens after a passing sample, typically in 1–2 days.

**Cyanobacteria (blue-green algae):** if you see scummy, green or "pea soup" water, stay out and keep dogs out. Report it to 311.

Lifeguards are on duty at Crystal Pond Beach **10:00 a.m.–6:00 p.m.** daily in summer. The Riverton municipal pool is chlorinated and tested separately.`,
    internalNotes:
      "Last summer's testing lab contract ended; results link may be out of date. Dog beach is at the north end of Crystal Pond, off-season only. Fishing questions: state MassWildlife.",
    keywords: [
      "beach",
      "water quality",
      "swimming",
      "beach closed",
      "pond",
      "bacteria",
      "algae",
      "crystal pond",
    ],
    departmentCode: "health",
    reviewInDays: -10,
  },
  {
    slug: "needle-disposal-sharps",
    title: "Found a needle? Sharps disposal",
    publicAnswer: `**If you find a discarded needle or syringe in a public place, do not touch it.** Report it to 311 right away with the exact location. Needles near schools, playgrounds and parks are picked up within **4 hours** during business hours.

If you must move a needle because children are nearby: wear gloves, pick it up by the plunger end with tongs, and place it point-first into a hard plastic bottle with a screw-top lid. Do not recap it.

**Disposing of your own sharps (insulin, medications):**
- It is **illegal to put loose needles in trash or recycling** in Massachusetts.
- Free **sharps containers** are available at the Health Department, City Hall Annex Room 120.
- Full containers can be dropped off at the **sharps kiosk** outside the Health Department or at Police Headquarters, 24/7.

**If you are stuck by a needle,** wash the area with soap and water and see a doctor or go to the emergency room right away.`,
    internalNotes:
      "The Health Department's outreach team also connects people who use drugs with services; if a caller asks about treatment, refer to Mass 211 or the state's substance use helpline. Never shame the caller.",
    keywords: ["needle", "syringe", "sharps", "needle disposal", "used needle", "sharps container"],
    departmentCode: "health",
    serviceCodes: ["needle_pickup"],
    reviewInDays: 180,
  },
  {
    slug: "senior-center",
    title: "Riverton Senior Center (Council on Aging)",
    publicAnswer: `The **Riverton Senior Center**, 22 Pleasant Street, serves residents **60 and older**.

**Hours:** Monday–Friday 8:00 a.m.–4:00 p.m. Call (555) 311-2960.

**Programs and services:**
- **Lunch** served weekdays at noon; suggested donation $2. Reserve by 10:00 a.m. the day before.
- Exercise classes, tai chi, line dancing, art, computer help and ESL
- **SHINE counselors** for Medicare questions (by appointment)
- Fuel assistance and SNAP application help
- Property tax **Senior Work-Off** program sign-up
- **Free van rides** to medical appointments in Riverton and neighboring towns, and weekly grocery trips — book 48 hours ahead
- Monthly blood pressure clinics and seasonal flu clinics

**Snow Angels** matches volunteers with seniors who need help shoveling. Meals on Wheels is available for homebound residents through the regional elder services agency.

All programs are free or low-cost and open to Riverton residents; you don't need to be a member.`,
    internalNotes:
      "Wellness check requests for an elderly person who isn't answering: that's Police non-emergency (or 911 if urgent), not the Senior Center. Elder abuse reports: state hotline via Mass 211.",
    keywords: [
      "senior center",
      "council on aging",
      "elderly",
      "seniors",
      "elder services",
      "senior van",
      "meals",
    ],
    departmentCode: "mayor",
    reviewInDays: 150,
  },

  // ── Veterans ───────────────────────────────────────────────────────────────
  {
    slug: "veterans-benefits-chapter-115",
    title: "Veterans' benefits (Chapter 115)",
    publicAnswer: `Massachusetts **Chapter 115** provides financial help to **income-eligible veterans and their dependents** for food, housing, clothing, fuel and medical costs. Riverton pays the benefit and the state reimburses 75%.

**Who may qualify:** veterans who served at least 90 days of active duty with at least one day during wartime (or were discharged for a service-connected disability), with an other-than-dishonorable discharge, and who have lived in Massachusetts at least one day before applying. Surviving spouses and dependent parents may also qualify.

**Bring to your appointment:**
- Your **DD-214**
- Proof of Riverton residency (lease or utility bill)
- Proof of all income and assets for your household (bank statements, pay stubs)

**Our Veterans' Services Officer also helps with:** VA disability and pension claims, the **annuity for 100% disabled veterans** ($2,000/year), property tax exemptions, burial benefits and grave markers, and the Welcome Home bonus.

Call **(555) 311-2800** for an appointment, City Hall Room 210.`,
    internalNotes:
      "Veterans in crisis: give the Veterans Crisis Line (dial 988 then press 1). Homeless veterans: same-day appointment — transfer directly. Don't ask callers about discharge status on the phone; the VSO will.",
    keywords: [
      "veterans",
      "veteran benefits",
      "chapter 115",
      "va",
      "dd-214",
      "military",
      "vso",
      "veterans services",
    ],
    departmentCode: "veterans",
    reviewInDays: 240,
  },

  // ── Parks, recreation, library ─────────────────────────────────────────────
  {
    slug: "library-hours",
    title: "Riverton Public Library hours",
    publicAnswer: `**Riverton Public Library — Main Branch**, 100 Library Plaza:

- Monday–Thursday: **9:00 a.m.–8:00 p.m.**
- Friday–Saturday: **9:00 a.m.–5:00 p.m.**
- Sunday: **1:00–5:00 p.m.** (October through May only)

**East Branch**, 50 Highland Avenue: Tuesday and Thursday 12:00–8:00 p.m., Wednesday and Saturday 10:00 a.m.–5:00 p.m.

**Library cards** are free for anyone who lives, works or goes to school in Massachusetts. Bring a photo ID and proof of address.

**Services:** free Wi-Fi and computers, printing (**$0.15 per page**), museum passes, study rooms, English conversation groups, children's story times, a Library of Things (tools, telescopes, hotspots), and free tax help from February to April.

Book drops are open 24/7. Renew items or place holds at demo-city.example/library or call (555) 311-3400.`,
    internalNotes:
      "The library is governed by its Board of Trustees, not a city department in 311 — transfer to the library's main desk at (555) 311-3400. Summer hours (late June–Labor Day) close Saturdays at 1 p.m.",
    keywords: ["library", "library hours", "library card", "books", "public library", "museum passes"],
    reviewInDays: 200,
  },
  {
    slug: "pool-and-recreation-programs",
    title: "Municipal pool and recreation programs",
    publicAnswer: `**Riverton Municipal Pool**, Riverside Park, 200 Riverside Drive, is open from the **last week of June through Labor Day**, daily 11:00 a.m.–7:00 p.m.

**Pool fees:** residents **$3** per day for adults, **$1** for children and seniors; season passes **$60** per person or **$120** per family. Non-residents $8 per day.

**Recreation programs** (register at demo-city.example/rec):
- **Summer camp** for ages 5–13, weekly sessions $150/week; financial aid available
- **Swim lessons** (Red Cross levels 1–6), $60 for a 2-week session
- Youth basketball, soccer and flag football leagues
- Adult pickleball, yoga and softball
- Winter ice skating at Crystal Pond when the ice is approved

Summer program registration opens on the **first Monday of April** at 9:00 a.m. Residents get a one-week priority period.

Scholarships are available for families receiving SNAP or free school lunch.`,
    internalNotes:
      "Fees and dates above are from last season — the new brochure has not been loaded yet. Camp waitlists fill in days; refer callers to the online waitlist rather than taking names.",
    keywords: [
      "pool",
      "swimming pool",
      "recreation",
      "summer camp",
      "swim lessons",
      "rec programs",
      "youth sports",
    ],
    departmentCode: "parks",
    reviewInDays: -60,
  },
  {
    slug: "park-field-reservations",
    title: "Reserving parks, fields and pavilions",
    publicAnswer: `You can reserve city **picnic pavilions, athletic fields, gazebos and park areas** through Parks & Recreation.

**Fees (residents / non-residents):**
- **Riverside Park pavilion:** $75 / $150 for a half-day (4 hours)
- **Athletic fields:** $25 / $50 per hour; lights $20 per hour extra
- **Gazebo on the Common** (weddings, ceremonies): $100 for 2 hours
- Small gatherings under 25 people without a reserved structure don't need a permit

**How to book:** online at demo-city.example/parks/reserve or at the Riverside Park Field House, Mon–Fri 8:00 a.m.–4:30 p.m. Book at least **14 days ahead**. Applications for the next season open **January 15**.

**Rules:** no alcohol without a separate one-day liquor license from the City Council; no glass containers; bounce houses need proof of insurance; all trash must be bagged and removed. Amplified sound requires a permit and must end by 9:00 p.m.`,
    internalNotes:
      "Local youth leagues get priority scheduling for fields through the seasonal allocation meeting. Races and parades need a Special Event permit from the Mayor's Office, not a park reservation.",
    keywords: [
      "park reservation",
      "pavilion",
      "field permit",
      "picnic",
      "reserve field",
      "gazebo",
      "party in park",
    ],
    departmentCode: "parks",
    serviceCodes: ["park_maintenance"],
    reviewInDays: 210,
  },
  {
    slug: "tree-planting-requests",
    title: "Requesting a street tree",
    publicAnswer: `The city plants **free street trees** in the tree lawn (the strip between the sidewalk and the curb) or within 20 feet of the sidewalk on private property with the owner's permission.

**How to request:** call 311 or apply at demo-city.example/trees. The **Tree Warden** visits to check for space, overhead wires and underground utilities.

**Planting seasons:** trees are planted in **spring (April–May)** and **fall (mid-September–November)**. Requests received by **March 1** are planted in spring; by **August 1**, in fall.

**Your part:** agree to **water the tree** — about 15–20 gallons once a week — for the first **two years**. Free watering bags are provided.

We choose species suited to the site, such as honey locust, linden, Kentucky coffeetree, ginkgo, or serviceberry under wires.

**Pruning or removal** of an existing city tree is a separate request; removal of a healthy public shade tree requires a public hearing.`,
    internalNotes:
      "Residents cannot choose a specific species but can state preferences. Trees on private property deep in a yard are not eligible. The Tree Warden also handles complaints about a neighbor's tree overhanging — those are civil matters if the tree is private.",
    keywords: ["tree planting", "new tree", "street tree", "plant a tree", "tree warden", "shade tree"],
    departmentCode: "parks",
    serviceCodes: ["tree_pruning"],
    reviewInDays: 300,
  },
  {
    slug: "tree-down-storm",
    title: "Fallen trees and limbs after storms",
    publicAnswer: `**If a tree or limb is touching power lines, stay at least 30 feet away and call 911.** Crews cannot clear trees until the utility makes the lines safe.

**City trees** (in the tree lawn, parks, or on city property): report fallen trees, hanging limbs, or branches blocking the street or sidewalk to 311. Trees blocking a road are cleared within **8 business hours**; limbs on lawns and sidewalks are picked up as crews become available, which can take several days after a major storm.

**Private trees:** if a tree from private property falls into the street, the city will clear the roadway, but the property owner is responsible for the rest. Trees that fall within private property are the owner's responsibility.

**Storm debris pickup:** after declared storms, DPW may run special brush collection. Cut branches to **4-foot lengths** and stack them at the curb, not in the street.

Don't know whose tree it is? Report it — the Tree Warden will determine ownership.`,
    internalNotes:
      "In a storm with widespread outages, check the DPW storm log for streets already reported before filing new requests. Insurance questions about a neighbor's tree damaging a house are civil — suggest the caller contact their insurer.",
    keywords: [
      "tree down",
      "fallen tree",
      "branch down",
      "limb",
      "storm damage",
      "tree on wires",
      "tree blocking road",
    ],
    departmentCode: "parks",
    serviceCodes: ["tree_down"],
    agencyCode: "electric",
    reviewInDays: 180,
  },
  {
    slug: "graffiti-removal",
    title: "Graffiti removal",
    publicAnswer: `The city removes graffiti from **public property** — buildings, signs, walls, bridges and sidewalks — usually within **7 business days**. **Offensive or hateful graffiti is removed within 1 business day.**

**Private property:** Riverton offers **free graffiti removal** for homes and small businesses. The owner must sign a one-time **consent and waiver form** so crews can work on the property. Request it through 311.

**Utility boxes and poles** belong to the electric, phone or cable company; the city will pass your report along.

**When reporting, tell us:** the exact location, what the graffiti is on (brick, wood, metal), and whether it is offensive.

Property owners who prefer to remove it themselves can get a **free graffiti removal kit** from the DPW yard, 40 Mill Street.

If you see someone spraying graffiti, call Police non-emergency at (555) 311-2500 — or 911 if it is in progress.`,
    internalNotes:
      "Hate graffiti: always notify Police non-emergency as well (civil rights unit). Take a photo before removal — residents can upload through the web form.",
    keywords: ["graffiti", "tagging", "spray paint", "vandalism", "graffiti removal", "defaced"],
    departmentCode: "dpw",
    serviceCodes: ["graffiti_removal"],
    reviewInDays: 240,
  },

  // ── Police, noise, animals ─────────────────────────────────────────────────
  {
    slug: "noise-ordinance",
    title: "Noise ordinance and quiet hours",
    publicAnswer: `Riverton's noise ordinance sets these limits:

- **Quiet hours:** **11:00 p.m. to 7:00 a.m.** every night. Music, parties, or other noise that can be heard from **50 feet away or inside a neighboring unit** is a violation.
- **Construction:** allowed **Monday–Friday 7:00 a.m.–6:00 p.m.** and **Saturday 8:00 a.m.–5:00 p.m.** No construction on Sundays or holidays without a permit from Inspectional Services.
- **Leaf blowers and landscaping equipment:** Monday–Saturday 8:00 a.m.–6:00 p.m.; Sundays and holidays 10:00 a.m.–4:00 p.m.
- **Trash and delivery trucks:** not before 7:00 a.m. in residential areas.

**Fines:** **$50** for a first offense, $100 for the second and $300 for each offense after that.

**To report noise happening now,** call **Police non-emergency at (555) 311-2500** so an officer can respond. For ongoing problems (a business, construction site, or recurring party house), file a report with 311.`,
    internalNotes:
      "Barking dogs are Animal Control, not noise. Emergency utility work and snow removal are exempt. Anonymous noise complaints are accepted, but the officer may need to hear it from the caller's unit.",
    keywords: [
      "noise",
      "quiet hours",
      "loud music",
      "construction hours",
      "noise ordinance",
      "leaf blower",
      "party",
    ],
    departmentCode: "police",
    serviceCodes: ["noise_complaint"],
    reviewInDays: 300,
  },
  {
    slug: "fireworks",
    title: "Fireworks",
    publicAnswer: `**All consumer fireworks are illegal in Massachusetts**, including sparklers, firecrackers, bottle rockets and "safe and sane" fireworks sold in other states. It is illegal to possess, sell or use them without a license from the State Fire Marshal.

**Penalties:** fireworks are **confiscated**, and violators may be fined **up to $100** for possession and up to **$1,000** and a year in jail for selling.

**Report fireworks** being set off to **Police non-emergency at (555) 311-2500**. If fireworks cause a fire or injury, call **911**.

**Watch a safe public show instead:** Riverton's **Independence Day fireworks** are held at **Riverside Park**, usually on the Saturday closest to July 4, starting around 9:15 p.m. The rain date is the next evening. Parking is limited; free shuttles run from the High School.

Pets are often frightened by fireworks — keep them indoors and make sure they are wearing ID tags.`,
    internalNotes:
      "The July 4 show date, shuttle details and rain date have not been confirmed for this year — check the Mayor's Office events page before quoting them. Complaints spike June 20–July 10; file with police, not as a noise request.",
    keywords: ["fireworks", "firecrackers", "fourth of july", "july 4", "illegal fireworks", "sparklers"],
    departmentCode: "police",
    serviceCodes: ["noise_complaint"],
    reviewInDays: -20,
  },
  {
    slug: "animal-control-loose-dogs",
    title: "Loose, lost or barking dogs",
    publicAnswer: `Riverton has a **leash law**: dogs must be on a leash no longer than 8 feet whenever they are off the owner's property, except in the **fenced dog park** at Riverside Park.

**Loose or aggressive dog:** call 311 or Animal Control at (555) 311-3100. Don't try to catch the dog. If a dog is **attacking or has bitten someone, call 911**.

**Lost your dog?** Call Animal Control and check the **Riverton Animal Shelter**, 15 Depot Road, open Monday–Saturday 10:00 a.m.–4:00 p.m. Impounded dogs are held for **7 days**. Reclaiming a dog costs **$25 per day** boarding plus a $25 impound fee, and the dog must be licensed.

**Barking dogs:** barking for more than **10 minutes continuously** is a nuisance. Animal Control sends a warning letter after the first complaint, then visits and may fine the owner **$50**.

**Dog waste:** owners must pick up after their dogs; the fine is **$50**.`,
    internalNotes:
      "After Animal Control hours (after 5 p.m. and Sundays), loose/aggressive dogs go to Police non-emergency. Wildlife (raccoons, coyotes) is not picked up unless injured or sick — refer healthy wildlife to MassWildlife.",
    keywords: [
      "loose dog",
      "stray dog",
      "lost dog",
      "barking dog",
      "leash law",
      "animal control",
      "dog bite",
      "dog poop",
    ],
    departmentCode: "animal",
    serviceCodes: ["loose_dog", "barking_dog", "dead_animal"],
    reviewInDays: 200,
  },
  {
    slug: "police-reports-records",
    title: "Police reports and non-emergency police help",
    publicAnswer: `**For emergencies, always call 911.**

The Riverton Police **non-emergency line, (555) 311-2500**, is answered **24 hours a day** for situations that need an officer but are not emergencies: past thefts with no suspect present, noise, parking that blocks a driveway, or a wellness check.

**Getting a copy of a police report:**
- Visit the **Records window**, Police Headquarters, 60 Court Street, Monday–Friday 8:00 a.m.–4:00 p.m.
- Bring a photo ID and the report number or date and location.
- **Crash reports: $5. Incident reports: $5.** Reports are usually available **5 business days** after the incident.

**File a report online** for lost property, minor theft under $1,000 or vandalism with no suspects at demo-city.example/police/report.

**Firearms licenses** (LTC and FID) are by appointment with the Licensing Unit.`,
    internalNotes:
      "Never take a crime report in 311 — transfer. Restraining orders after court hours are issued through the police desk. Sealed or juvenile records are not released.",
    keywords: [
      "police report",
      "non-emergency police",
      "crash report",
      "accident report",
      "police records",
      "ltc",
    ],
    departmentCode: "police",
    serviceCodes: ["abandoned_vehicle", "noise_complaint"],
    reviewInDays: 300,
  },

  // ── Water ──────────────────────────────────────────────────────────────────
  {
    slug: "water-main-break",
    title: "Water main breaks and loss of water",
    publicAnswer: `**Report water main breaks by phone, not online.** Call **311** or Water & Sewer at **(555) 311-3200** — the emergency crew is on call **24/7**.

**Signs of a main break:** water flowing or bubbling up from the street, a sudden drop in water pressure, discolored water, or a sinking or cracking road surface.

**What to expect:** a crew usually arrives **within 1–4 hours**. Water may be shut off to nearby homes during repair, usually for **4–8 hours**. The city tries to notify affected homes, but emergency shut-offs may happen without notice.

**After water is restored:** run the **cold water tap** in your lowest sink for 5–10 minutes until it runs clear. Avoid doing laundry until then, to prevent staining.

**No water only at your house?** Check with neighbors first. If theirs is fine, the problem may be in your own plumbing, or the water may have been shut off for an unpaid bill.`,
    internalNotes:
      "Always warm-transfer to Water & Sewer and create the request at the same time. Road cave-ins: also notify Police for traffic control. 'Boil water' orders come from the Health Department and are posted on the alert system.",
    keywords: [
      "water main",
      "main break",
      "no water",
      "low water pressure",
      "water in street",
      "brown water",
      "water shut off",
    ],
    departmentCode: "water",
    serviceCodes: ["water_main_break", "hydrant_problem"],
    reviewInDays: 150,
  },

  // ── Schools ────────────────────────────────────────────────────────────────
  {
    slug: "school-registration",
    title: "Registering a child for Riverton Public Schools",
    publicAnswer: `All new students register at the **Riverton Public Schools Family Welcome Center**, 75 Broadway, 2nd floor. Call **(555) 311-3500** for an appointment. Hours: Monday–Friday 8:00 a.m.–4:00 p.m.

**Bring:**
- The child's **birth certificate** or passport
- **Immunization records**
- **Two proofs of Riverton residency** (lease or deed, plus a utility bill or bank statement from the last 30 days)
- The parent or guardian's photo ID
- Last report card or transcript and any IEP or 504 plan

**Kindergarten:** children must be **5 years old by September 1**. Kindergarten registration opens in **January**. Pre-K has limited seats and a lottery in March.

Families new to the country can get help in Spanish, Portuguese, Haitian Creole and Vietnamese. Students experiencing homelessness may enroll right away under the federal McKinney-Vento Act, even without documents.

School bus, lunch and calendar information: demo-city.example/schools.`,
    internalNotes:
      "The School Department is not a 311 department — transfer to the Welcome Center. School snow-day closures are announced separately from City Hall closures. Bus complaints go to the school transportation office, (555) 311-3510.",
    keywords: [
      "school registration",
      "enroll",
      "kindergarten",
      "public schools",
      "register child",
      "school enrollment",
    ],
    reviewInDays: 120,
  },

  // ── State & federal referrals ──────────────────────────────────────────────
  {
    slug: "rmv-license-renewal",
    title: "Driver's license renewal and REAL ID (RMV)",
    publicAnswer: `**Driver's licenses are issued by the state Registry of Motor Vehicles (RMV), not the City of Riverton.** 311 and City Hall cannot renew, replace or look up a license.

**Renew online** at mass-rmv.example if your license is not expired more than 2 years, you don't need a new photo, and you are not upgrading to **REAL ID**.

**REAL ID or first-time license:** visit an **RMV Service Center by appointment**. The nearest is at 1 Commerce Way, Northfield. Bring:
- Proof of lawful presence (U.S. passport or birth certificate)
- Social Security number
- **Two proofs of Massachusetts residency**

**Fees:** license renewal **$50** (5 years); REAL ID upgrade at renewal has no extra charge.

**RMV Contact Center:** (555) 857-1300.

If your renewal is blocked for an **unpaid Riverton parking ticket or excise tax**, pay the city first; the Treasurer/Collector will notify the RMV to release the block.`,
    internalNotes:
      "Very common misdirected call (the press release called it out!). Be friendly but quick: we can't do it, give the number and website. Only city-related RMV blocks (parking tickets, excise) are ours — transfer to Treasurer.",
    keywords: [
      "rmv",
      "driver's license",
      "license renewal",
      "real id",
      "registry of motor vehicles",
      "drivers license",
    ],
    agencyCode: "rmv",
    reviewInDays: 90,
  },
  {
    slug: "rmv-registration-plates",
    title: "Vehicle registration and license plates (RMV)",
    publicAnswer: `**Vehicle registrations, plates and inspection stickers are handled by the state Registry of Motor Vehicles (RMV), not the city.**

**Registering a car:** most dealers handle it for you. For private sales, you need the signed **title**, a **bill of sale**, and an **insurance stamp** (RMV-1 form) from a Massachusetts insurance agent, then an RMV appointment. You'll pay **6.25% sales tax** plus a **$60** two-year registration fee.

**Renew a registration** online at mass-rmv.example.

**Returning plates** when you sell a car or move out of state: return them online or at an RMV Service Center and **keep the plate return receipt** — you need it to get your **excise tax abated** by the city.

**Inspection stickers** are done at licensed garages within 7 days of registration.

**RMV Contact Center:** (555) 857-1300.`,
    internalNotes:
      "Handicap placards are also RMV (with a medical form). If the caller says registration renewal is 'blocked by the city', look up unpaid excise/parking and transfer to Treasurer.",
    keywords: [
      "registration",
      "license plates",
      "register car",
      "plates",
      "rmv",
      "inspection sticker",
      "return plates",
    ],
    agencyCode: "rmv",
    reviewInDays: 120,
  },
  {
    slug: "rmv-title",
    title: "Vehicle titles (RMV)",
    publicAnswer: `**Certificates of title are issued by the state Registry of Motor Vehicles (RMV).** The city does not issue or replace titles.

**Lost title:** apply for a **duplicate title** online at mass-rmv.example; the fee is **$25**. It is mailed to the owner's address on file in about 2–4 weeks, so update your address with the RMV first if you've moved.

**Paid off your car loan?** The lender must send you the title or a lien release within 10 days. If you don't receive it, contact your lender first.

**Buying or selling a car privately:** the seller signs the back of the title over to the buyer. The buyer needs the title to register the vehicle.

**Vehicles older than 1980** don't have titles in Massachusetts; a bill of sale is used instead.

**RMV Contact Center:** (555) 857-1300, Monday–Friday 9:00 a.m.–5:00 p.m.`,
    internalNotes:
      "Abandoned vehicle on private property with no title: the owner needs a tow company and the RMV's abandoned vehicle process — not something 311 can resolve.",
    keywords: ["title", "car title", "lost title", "duplicate title", "rmv", "pink slip", "lien release"],
    agencyCode: "rmv",
    reviewInDays: 180,
  },
  {
    slug: "power-outages",
    title: "Power outages and downed wires",
    publicAnswer: `**Electric service in Riverton is provided by Bay State Electric**, not the city. The city cannot see outage status or restoration times.

**Report an outage:** call Bay State Electric at **(555) 322-4000**, text "OUT" to their outage number, or use the outage map at baystate-electric.example. Reporting helps them find the problem faster — don't assume neighbors have already called.

**Downed or sparking wire:** stay at least **30 feet away**, keep children and pets back, and **call 911**. Treat every wire as live.

**During a long outage:**
- Use generators **outdoors only**, at least 20 feet from windows and doors.
- The city opens a **warming or cooling center** at the Senior Center, 22 Pleasant Street, during extended outages. Check city alerts.
- Keep refrigerator and freezer doors closed; food stays safe about 4 hours in a fridge and 48 hours in a full freezer.

Residents with **medical equipment** should register with Bay State Electric as a life-support customer.`,
    internalNotes:
      "Streetlights out are ours, not the utility's (unless it's a utility floodlight). During major storms, the Mayor's Office posts shelter status — check the EOC page before answering.",
    keywords: [
      "power outage",
      "no power",
      "electricity out",
      "downed wire",
      "blackout",
      "electric company",
      "lights out",
    ],
    agencyCode: "electric",
    reviewInDays: 240,
  },
  {
    slug: "gas-leaks-gas-service",
    title: "Gas leaks and gas service",
    publicAnswer: `**If you smell gas (a rotten egg smell):**
1. **Leave the building immediately.** Don't use light switches, phones, or anything that could make a spark.
2. From outside, at a safe distance, **call 911** or the **Commonwealth Gas emergency line at (555) 322-5000**.
3. Don't go back inside until the gas company or fire department says it's safe.

Gas service is provided by **Commonwealth Gas Company**, not the city. Contact them for:
- New gas service or gas conversion
- Billing and payment plans
- Meter questions
- Service shut-offs and turn-ons

Massachusetts protects customers from winter shut-offs for non-payment from **November 15 to March 15** for households with financial hardship. Fuel assistance is available through **Mass 211**.

**Street work by the gas company:** they need a street opening permit from DPW. Report poor patching after gas work to 311.`,
    internalNotes:
      "A caller reporting a gas smell should be told to hang up and call 911 from outside — don't keep them on the line inside the building. Gas company trench patches are their responsibility for 1 year; DPW tracks that.",
    keywords: ["gas leak", "smell gas", "gas company", "gas service", "gas bill", "natural gas", "gas odor"],
    agencyCode: "gas",
    reviewInDays: 365,
  },
  {
    slug: "court-questions",
    title: "Court questions and restraining orders",
    publicAnswer: `**Riverton District Court**, 75 Court Street, handles criminal cases, civil claims, **small claims** (up to $7,000), restraining and harassment prevention orders, and mental health commitments for Riverton and nearby towns.

- **Clerk's Office phone:** (555) 274-7000
- **Hours:** Monday–Friday 8:30 a.m.–4:30 p.m.

**Restraining orders (209A):** during court hours, go to the clerk's office. **After hours, on weekends, or in an emergency,** go to or call the **Riverton Police** — an on-call judge can issue an emergency order.

**Small claims:** file at the Clerk's office; the filing fee is **$40–$150** depending on the amount.

**Evictions and landlord–tenant cases** are heard by the **Housing Court**, which sits at the District Court building on Wednesdays.

**Divorce, custody, wills and name changes** are handled by the **Probate and Family Court**, not the District Court.

The City of Riverton cannot give legal advice or information about court cases.`,
    internalNotes:
      "Parking ticket appeals beyond the city hearing go to District Court. For free legal help, refer to Mass 211 for legal aid referrals. Anyone in immediate danger: 911.",
    keywords: [
      "court",
      "district court",
      "restraining order",
      "small claims",
      "housing court",
      "legal",
      "eviction",
    ],
    agencyCode: "court",
    reviewInDays: 270,
  },
  {
    slug: "jury-duty",
    title: "Jury duty",
    publicAnswer: `Jury duty in Massachusetts is managed by the **Office of Jury Commissioner**, not the City of Riverton.

**Respond to your summons** within 10 days: confirm, postpone, or request a disqualification online at mass-jury.example using the **juror ID number** on your summons, or call **(555) 628-5879**, Monday–Friday 8:30 a.m.–4:30 p.m.

**Key facts:**
- Massachusetts uses a **"one day or one trial"** system. If you aren't picked for a jury on your first day, your service is complete.
- You may **postpone once**, for up to one year, without giving a reason.
- You may be **disqualified** if you are over 70 and choose not to serve, not a U.S. citizen, not able to speak English, or have a medical condition (with a doctor's note).
- Employers must pay regular wages for the **first 3 days**; after that the state pays $50 a day.

Names for jury lists come from the **annual city census**, so keep your census information up to date.`,
    internalNotes:
      "Callers who moved out of Riverton still get summonses from the census list — tell them to update through the Jury Commissioner. Federal jury duty is separate (U.S. District Court, Boston).",
    keywords: ["jury duty", "jury summons", "juror", "jury service", "postpone jury duty", "jury"],
    agencyCode: "jury",
    reviewInDays: 300,
  },
  {
    slug: "social-security",
    title: "Social Security and Medicare",
    publicAnswer: `**Social Security and Medicare are federal programs run by the Social Security Administration (SSA)**, not the city.

**Contact SSA:**
- Phone: **(555) 772-1213**, Monday–Friday 8:00 a.m.–7:00 p.m.
- Local field office: 10 Federal Plaza, Northfield, Monday–Friday 9:00 a.m.–4:00 p.m. (Wednesdays until noon). **Call ahead for an appointment** — walk-in waits can be long.

**You can do these online** with a "my Social Security" account at ssa-gov.example:
- Apply for retirement, spouse or Medicare benefits
- Get a **benefit verification letter**
- Request a **replacement Social Security card** (in most cases)
- Change your address or direct deposit

**Medicare questions:** the Riverton Senior Center has free **SHINE** counselors who can help compare Medicare plans during open enrollment (October 15–December 7). Call (555) 311-2960.`,
    internalNotes:
      "Name change after marriage: Social Security first, then RMV. Callers reporting a Social Security scam call: SSA never threatens arrest — refer to the SSA Inspector General fraud line.",
    keywords: [
      "social security",
      "ssa",
      "medicare",
      "social security card",
      "retirement benefits",
      "disability benefits",
      "ssi",
    ],
    agencyCode: "ssa",
    reviewInDays: 365,
  },
  {
    slug: "unemployment-benefits",
    title: "Unemployment benefits",
    publicAnswer: `**Unemployment insurance is run by the Massachusetts Department of Unemployment Assistance (DUA)**, not the City of Riverton.

**File a claim online** at mass-dua.example as soon as you lose your job or your hours are cut. You'll need:
- Your Social Security number
- Employers and dates of work for the past 15 months
- Bank information for direct deposit

**Phone:** **(555) 626-6800**, Monday–Friday 8:00 a.m.–4:30 p.m. Calls are shortest early in the morning.

After you file, you must **request benefits every week** and complete a **work search** of at least 3 activities per week.

**In-person help:** the **MassHire Riverton Career Center**, 210 Main Street, helps with claims, resumes, job searches and training programs, Monday–Friday 8:30 a.m.–4:30 p.m.

Food, housing or utility help while you wait for benefits: call **Mass 211**.`,
    internalNotes:
      "City employees who are laid off also file with DUA. We cannot check claim status. Spanish and Portuguese help is available on the DUA line — press 2 or 3.",
    keywords: ["unemployment", "unemployment benefits", "laid off", "lost job", "dua", "jobless", "ui claim"],
    agencyCode: "dua",
    reviewInDays: 240,
  },
  {
    slug: "state-income-tax",
    title: "State income tax questions",
    publicAnswer: `**State income tax returns and refunds are handled by the Massachusetts Department of Revenue (DOR).** The City of Riverton only collects local taxes: property tax, motor vehicle excise and water/sewer bills.

**Contact DOR:**
- Phone: **(555) 392-6089**, Monday–Friday 9:00 a.m.–4:00 p.m.
- Online: **MassTaxConnect** at mass-dor.example to file, pay, check a **refund status**, or set up a payment plan

**Free tax help:** the **Riverton Public Library** and the **Senior Center** host free **AARP Tax-Aide** and VITA volunteer tax preparers from **February through mid-April** for low- and moderate-income residents. Appointments are required; call the library at (555) 311-3400.

**Property tax relief on your state return:** seniors 65+ may qualify for the **Senior Circuit Breaker** tax credit, up to about $2,700, even if they don't owe income tax.

Federal taxes are handled by the IRS.`,
    internalNotes:
      "DOR also handles child support — refer those callers to DOR's Child Support Enforcement. Sales tax on a car is paid at the RMV, not to the city.",
    keywords: [
      "income tax",
      "state tax",
      "tax refund",
      "dor",
      "department of revenue",
      "masstaxconnect",
      "circuit breaker",
    ],
    agencyCode: "dor",
    reviewInDays: 200,
  },
  {
    slug: "mbta-bus-train",
    title: "Buses, trains and The RIDE",
    publicAnswer: `Bus and commuter rail service in Riverton is operated by the **MBTA** and **Riverton Valley Regional Transit**, not the city.

- **Schedules, fares and trip planning:** mbta-transit.example
- **Customer service:** **(555) 222-3200**, Monday–Friday 6:30 a.m.–8:00 p.m., weekends 8:00 a.m.–4:00 p.m.
- **Lost and found:** report online or by phone

**Riverton stops:** the **Riverton Depot** commuter rail station (Depot Road) has trains to Boston about every 60 minutes on weekdays. Bus routes **94, 96 and 101** serve Main Street, Broadway and Highland Avenue.

**Reduced fares** are available for seniors 65+, people with disabilities, students and low-income riders 18–64. **The RIDE** paratransit serves riders who can't use regular buses; apply through the MBTA.

**What the city handles:** sidewalk and snow conditions at bus stops, crosswalks, and streetlights. Report those to 311. Bus shelters are maintained by the MBTA's contractor.`,
    internalNotes:
      "Complaints about a specific bus driver go to MBTA customer service. Riverton Depot parking lot is MBTA-owned; parking tickets there are not city tickets.",
    keywords: ["mbta", "bus", "train", "commuter rail", "the ride", "bus stop", "public transit", "t"],
    agencyCode: "mbta",
    reviewInDays: 180,
  },
  {
    slug: "mail-delivery-change-of-address",
    title: "Mail delivery and change of address",
    publicAnswer: `**Mail delivery is handled by the U.S. Postal Service**, not the city.

**Riverton Post Office**, 25 Main Street:
- Monday–Friday 8:30 a.m.–5:00 p.m.; Saturday 8:30 a.m.–12:30 p.m.
- Phone: **(555) 275-8777**

**Change of address:** file online at usps-mail.example ($1.10 identity verification fee) or with a free form at the post office.

**Missing mail or packages:** file a missing mail search on the USPS website. For packages delivered by UPS, FedEx or Amazon, contact that company.

**Moving? Remember to update the city too:**
- **Voter registration** with the Election Office
- **Annual census** with the City Clerk
- **Water/sewer and tax bills** with the Treasurer/Collector (owners)
- **Excise tax**: update your address with the **RMV**

**Mailbox knocked down by a plow?** DPW repairs or reimburses up to **$50** for mailboxes damaged by direct plow contact (not by snow). Report it to 311 within 30 days after the storm.`,
    internalNotes:
      "Passport applications are also accepted at the Post Office, but the City Clerk usually has shorter waits. Street address assignments (new buildings) are done by ISD's addressing officer, not USPS.",
    keywords: [
      "mail",
      "post office",
      "usps",
      "change of address",
      "missing package",
      "mail delivery",
      "moving",
    ],
    agencyCode: "usps",
    serviceCodes: ["general_comment"],
    reviewInDays: 300,
  },
  {
    slug: "help-with-food-housing-fuel",
    title: "Help with food, housing and heating costs (Mass 211)",
    publicAnswer: `**Mass 211** is a free, confidential line open **24 hours a day, 7 days a week**. Dial **2-1-1** or (555) 211-0211 to be connected with help for:

- **Emergency shelter** and homelessness prevention
- **Fuel assistance** (LIHEAP) for heating bills — applications open **November 1**
- **Food pantries** and SNAP application help
- Mental health and substance use services
- Legal aid, elder services and disability services

**In Riverton:**
- **Riverton Community Food Pantry**, 14 Church Street: Tuesdays 4:00–7:00 p.m. and Saturdays 9:00 a.m.–12:00 p.m. Bring proof of Riverton residency.
- The **Senior Center** (60+) and **Veterans' Services** also help with applications.
- Free **summer meals** for children 18 and under at several parks in July and August.

If someone is in immediate danger, call **911**. If someone is in emotional crisis, call or text **988**.`,
    internalNotes:
      "Callers in crisis: stay on the line, give 988 or 911, don't just transfer. Heat shut-off with young children/elderly: also tell them about winter shut-off protection (see gas article).",
    keywords: [
      "food pantry",
      "fuel assistance",
      "shelter",
      "homeless",
      "help paying bills",
      "211",
      "heating assistance",
    ],
    agencyCode: "mass211",
    reviewInDays: 150,
  },
  {
    slug: "snap-benefits",
    title: "SNAP food benefits and cash assistance",
    publicAnswer: `**SNAP (food stamps) and cash assistance are handled by the Massachusetts Department of Transitional Assistance (DTA)**, not the city.

**Apply or manage your case:**
- Online at **DTA Connect**, mass-dta.example, or with the DTA Connect mobile app
- By phone: **(555) 249-2445**, Monday–Friday 8:00 a.m.–4:30 p.m.
- In person: **DTA Riverton Office**, 90 Broad Street

**You'll need:** proof of identity, income (pay stubs), housing costs (rent or mortgage, utility bills), and Social Security numbers for household members applying.

Most decisions are made within **30 days**; households with very low income may get **expedited benefits within 7 days**.

**Lost or stolen EBT card?** Call the EBT customer service number on the back of the card right away.

**Application help:** the Riverton Senior Center (60+) and the Riverton Community Food Pantry can help fill out applications.`,
    internalNotes:
      "Free school meals for students are separate — through Riverton Public Schools. WIC (pregnant women, kids under 5) is through the regional WIC office, not DTA; refer via Mass 211.",
    keywords: ["snap", "food stamps", "ebt", "dta", "cash assistance", "welfare", "food benefits"],
    agencyCode: "dta",
    reviewInDays: 365,
  },
  {
    slug: "regional-water-supply",
    title: "Where Riverton's drinking water comes from",
    publicAnswer: `Riverton buys its drinking water from the **Riverton Valley Water Resources Authority (RVWRA)**, which operates the regional reservoirs and treatment plant. The city's **Water & Sewer Department** owns and maintains the pipes, hydrants and meters within Riverton.

**Water quality:** the RVWRA publishes an annual **Consumer Confidence Report** each June, which is mailed to every household and posted at rvwra.example. Riverton's water meets all state and federal standards.

**Lead in water:** Riverton has no known lead water mains, but some older homes may have **lead service lines** or lead solder. Run your cold water for 30 seconds to 2 minutes before drinking if it has been sitting for hours. The city offers **free lead testing** of tap water — call Water & Sewer at (555) 311-3200 — and a **lead service line replacement program** at no cost to owners.

**Hard water, taste and odor:** chlorine taste is normal. Discolored water after hydrant flushing (April and October) usually clears in a few hours.`,
    internalNotes:
      "Questions about the reservoirs, treatment chemicals (fluoride) or the regional wastewater plant go to RVWRA. Anything in Riverton streets is our Water & Sewer.",
    keywords: [
      "drinking water",
      "water quality",
      "tap water",
      "lead pipes",
      "water supply",
      "fluoride",
      "hydrant flushing",
    ],
    agencyCode: "mwra",
    departmentCode: "water",
    serviceCodes: ["water_main_break"],
    reviewInDays: 330,
  },

  // ── Mayor's office & other ─────────────────────────────────────────────────
  {
    slug: "contact-the-mayor",
    title: "Contacting the Mayor or a City Councilor",
    publicAnswer: `**Mayor's Office:** City Hall Room 200, 1 City Hall Plaza. Call **(555) 311-2900** or email **mayor@demo-city.example**, Monday–Friday 8:00 a.m.–5:00 p.m.

**Office hours with the Mayor:** the Mayor holds **open office hours** on the **first Thursday of each month, 5:00–7:00 p.m.**, at City Hall, first come first served. Neighborhood coffee hours rotate among the wards in spring and fall.

**Meeting requests** can be made online at demo-city.example/mayor; please describe the topic so staff can include the right department.

**City Council:** Riverton has **11 councilors** — one from each of the 9 wards and 2 at-large. The Council meets the **second and fourth Tuesday** of each month at 7:00 p.m. in the Council Chamber, City Hall 3rd floor, and meetings are broadcast on Riverton Community TV. Find your councilor at demo-city.example/council.

Comments and suggestions can also be filed through 311 — every comment is read by the Mayor's constituent services staff.`,
    internalNotes:
      "Angry callers asking for the Mayor: offer to file a general comment and mention office hours. Don't transfer directly to the Mayor's personal line; transfer to the constituent services desk.",
    keywords: [
      "mayor",
      "city council",
      "councilor",
      "contact mayor",
      "complaint to mayor",
      "office hours",
      "elected officials",
    ],
    departmentCode: "mayor",
    serviceCodes: ["general_comment"],
    reviewInDays: 180,
  },
  {
    slug: "what-is-311",
    title: "What is 311?",
    publicAnswer: `**311 is Riverton's one number for all city services.** Instead of looking up which department handles what, call **311** (or **(555) 311-0311** from a cell phone outside Riverton) and a trained operator will answer your question, take your request, or connect you to the right person.

**Hours:** Monday–Friday **7:00 a.m.–7:00 p.m.** Requests can be made **online 24/7** at demo-city.example/311.

**What 311 can do:**
- Answer questions about city services, hours, fees and schedules
- Take requests, like potholes, missed trash, streetlights and graffiti, and give you a **tracking number**
- Tell you the status of a request you made
- Connect you to a city department or tell you which state or federal agency to contact

**311 is not for emergencies.** If someone's life, health or property is in danger, or a crime is in progress, **call 911**.

Services are available in English, Spanish, Portuguese, Haitian Creole and Vietnamese, and through a phone interpreter in over 200 languages.`,
    internalNotes:
      "Callers without a tracking number can be found by phone number or address. Interpreter line: conference in the language line from the softphone (see operator guide).",
    keywords: [
      "311",
      "three one one",
      "city services",
      "how to report",
      "tracking number",
      "customer service",
    ],
    departmentCode: "mayor",
    serviceCodes: ["general_comment"],
    reviewInDays: 365,
  },
  {
    slug: "sidewalk-repair",
    title: "Broken sidewalks and curb ramps",
    publicAnswer: `Report cracked, heaved or broken **sidewalks** and damaged **curb ramps** through 311 or online.

**What happens:**
- An inspector rates the sidewalk within **20 business days**.
- **Trip hazards of 1 inch or more** are temporarily patched with asphalt or ground down within a few days.
- Full replacement is added to the **sidewalk reconstruction list**, which is done by neighborhood each construction season (April–November). Curb ramps near schools, senior housing and bus stops are prioritized under the city's ADA Transition Plan.

**Tree roots lifting the sidewalk?** Report it the same way — DPW works with the Tree Warden to repair the sidewalk without killing the tree where possible.

**Want a sidewalk replaced sooner?** Under the **50/50 sidewalk program**, owners can share the cost (about $45 per linear foot) and be moved to the front of the list.

Injured by a sidewalk defect? File a claim with the City Solicitor, City Hall Room 206, within **30 days**.`,
    internalNotes:
      "Private driveways across the sidewalk are the owner's responsibility for the apron only. Brick sidewalks in the historic district take longer — special contractor.",
    keywords: [
      "sidewalk",
      "broken sidewalk",
      "cracked sidewalk",
      "trip hazard",
      "curb ramp",
      "uneven sidewalk",
    ],
    departmentCode: "dpw",
    serviceCodes: ["sidewalk_repair"],
    reviewInDays: 270,
  },
  {
    slug: "traffic-signals-and-signs",
    title: "Traffic signals, signs and speeding",
    publicAnswer: `**Broken traffic signals:** report them to 311 right away. A dark or flashing signal at a busy intersection is treated as urgent, and an officer may be sent to direct traffic. Treat a dark signal as a **four-way stop**.

**Damaged or missing signs:** a knocked-down **stop or yield sign** is replaced **the same day**; other signs within 5 business days.

**Requesting a new sign, crosswalk, speed hump or traffic study:** submit a traffic safety request through 311. Transportation & Parking reviews requests monthly with the **Traffic Commission**. Speed humps need a petition from **60% of households** on the block and are only placed on residential streets with a 25 mph limit.

**Speed limits:** the default speed limit on Riverton's thickly settled streets is **25 mph** unless otherwise posted.

**Speeding at specific times:** ask for **targeted enforcement** through Police non-emergency at (555) 311-2500.`,
    internalNotes:
      "Signals at the I-93 ramps are MassDOT. Pedestrian push-buttons count as traffic signal problems. Pick the right request type: existing damaged = street sign / traffic signal; new stuff = traffic safety concern.",
    keywords: [
      "traffic light",
      "traffic signal",
      "stop sign",
      "speeding",
      "speed bump",
      "crosswalk",
      "street sign",
    ],
    departmentCode: "dpw",
    serviceCodes: ["traffic_signal", "street_sign", "traffic_calming"],
    reviewInDays: 200,
  },
  {
    slug: "abandoned-unsafe-buildings",
    title: "Abandoned and unsafe buildings",
    publicAnswer: `Report **vacant buildings** that are open to trespassers, or any building, porch, wall or chimney that looks ready to fall, through 311.

**Abandoned buildings:** Inspectional Services inspects within **10 business days**. Owners of open or unsecured buildings are ordered to **board and secure** them within 48 hours; if they don't, the city does it and bills the owner with a lien on the property. Owners of vacant or foreclosed buildings must **register** with ISD ($100 per year) and keep them maintained.

**Unsafe structures** are treated as **urgent** — an inspector responds the same day and may order the area fenced off or the building vacated. Call **911** if a collapse has happened or anyone is hurt.

**When reporting, tell us:** the address, what you see (open doors, broken windows, people going in and out, leaning walls), and whether anything could fall onto the sidewalk or street.

You may report anonymously.`,
    internalNotes:
      "Unsafe structure requests cannot be filed online — callers must phone so we can triage. Fire-damaged buildings are handled jointly with the Fire Marshal.",
    keywords: [
      "abandoned building",
      "vacant building",
      "unsafe building",
      "boarded up",
      "collapsing",
      "squatters",
    ],
    departmentCode: "isd",
    serviceCodes: ["abandoned_building", "unsafe_structure"],
    reviewInDays: 300,
  },
  {
    slug: "catch-basins-flooding",
    title: "Street flooding and clogged catch basins",
    publicAnswer: `Riverton has about **4,200 catch basins** (storm drains) that carry rainwater from streets to the river. DPW cleans each one at least **once every two years** and clears clogged basins reported through 311 within **5 business days**.

**Help prevent flooding:**
- **Clear leaves and snow** from the catch basin in front of your home before storms — use a rake, not your hands.
- Never sweep grass clippings or leaves into the street.
- **Never pour** oil, paint or chemicals into a storm drain — they flow untreated into the river. Fines start at **$300**.

**Report to 311:** clogged basins, water ponding in the street after rain stops, broken or missing grates (a missing grate is an urgent hazard), or bad odors.

**Water in your basement?** If it's rainwater, it's usually a private drainage issue. If it's **sewage**, report a **sewer backup** to 311 right away — that's an emergency.`,
    internalNotes:
      "Adopt-a-Drain volunteers exist on about 300 basins — their names are in the GIS layer, not relevant to callers. Missing grate = open hole; create with high priority.",
    keywords: [
      "catch basin",
      "storm drain",
      "flooding",
      "street flooding",
      "drain clogged",
      "puddle",
      "stormwater",
    ],
    departmentCode: "dpw",
    serviceCodes: ["catch_basin", "sewer_backup"],
    reviewInDays: 240,
  },
  {
    slug: "municipal-lien-certificates",
    title: "Municipal lien certificates",
    publicAnswer: `A **Municipal Lien Certificate (MLC)** shows all unpaid taxes, water and sewer charges and other municipal liens on a property. It is usually requested by a **closing attorney** when a property is sold or refinanced.

**Fee:** **$50** for residential properties (1–3 family) and **$100** for all other properties, as set by M.G.L. c. 60, § 23.

**How to request:** submit the request form and payment to the **Treasurer/Collector**, City Hall Room 105, by mail or at demo-city.example/treasurer/mlc. Include the property address, parcel ID, owner's name and a return email or address.

**Processing time:** the law allows up to **10 business days**; most are completed in 3–5.

Before an MLC is issued, a **final water meter reading** may be needed for sales — call Water & Sewer at (555) 311-3200 at least 5 business days before the closing.`,
    internalNotes:
      "Rush requests are not officially offered, but the Treasurer sometimes accommodates — transfer, don't promise. Homeowners looking for 'proof taxes are paid' usually just need a paid receipt, not an MLC.",
    keywords: ["municipal lien certificate", "mlc", "lien", "closing", "real estate closing", "unpaid taxes"],
    departmentCode: "treasurer",
    reviewInDays: 365,
  },
];

/**
 * What the phone menu reads aloud for some articles (`kb_articles.phone_answer`): short spoken sentences, no
 * Markdown, numbers as a caller hears them. "Press 1" reads city-hall-hours; the others show operators and
 * editors what a phone answer looks like.
 */
export const phoneAnswers: Record<string, string> = {
  "city-hall-hours":
    "Riverton City Hall is at 1 City Hall Plaza. It is open Monday, Tuesday, Wednesday and Friday, from 8 in the morning to 4:30 in the afternoon. On Thursday it stays open until 7 in the evening. City Hall is closed on Saturdays, Sundays and state and federal holidays. Cashier windows close 15 minutes before the building.",
  "trash-recycling-schedule":
    "Trash and recycling are collected every week on the same day, Monday through Friday, depending on your street. Put them at the curb by 7 in the morning on collection day, but not before 4 in the afternoon the day before. Recycling goes loose in the blue city cart, never in plastic bags. When a holiday falls on a weekday, collection slides one day later for the rest of that week.",
  "pay-parking-ticket":
    "Pay or appeal a Riverton parking ticket within 21 days. You can pay online at demo-city dot example, slash parking tickets, by mail to the Parking Clerk, or in person at City Hall, room 105. After 21 days a 10 dollar late fee is added, and unpaid tickets can block your license and registration renewal.",
  "birth-certificates":
    "The City Clerk issues certified copies of birth certificates for people born in Riverton. The first copy costs 20 dollars, and each extra copy ordered at the same time costs 10 dollars. Come to City Hall, room 102, with a photo ID, and the copy is usually printed while you wait. You can also order by mail or online.",
  "library-hours":
    "The main library, at 100 Library Plaza, is open Monday to Thursday from 9 in the morning to 8 in the evening, and Friday and Saturday from 9 to 5. From October through May it is also open Sunday from 1 to 5. For the East Branch or to renew items, call the library at 5 5 5, 3 1 1, 3 4 0 0.",
  "bulk-item-pickup":
    "Large items are picked up by appointment on your regular trash day. Book through 311 or online by 3 in the afternoon the business day before. Up to 3 pieces of furniture a week are free. Mattresses cost 25 dollars each and must be wrapped in plastic. Appliances cost 20 or 30 dollars each.",
};
