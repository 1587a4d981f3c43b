// City departments of the demo city (Riverton, MA) that 311 operators route requests and callers to.
import type { DemoDepartment } from "./types.js";

const weekdays = (opens: string, closes: string): { weekday: number; opens: string; closes: string }[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }));

/** City Hall schedule: Mon–Wed and Fri 8:00–16:30, Thursday late night until 19:00. */
const cityHallHours = (): { weekday: number; opens: string; closes: string }[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: weekday === 4 ? "19:00" : "16:30" }));

export const departments: DemoDepartment[] = [
  {
    code: "dpw",
    name: "Public Works",
    phone: "(555) 311-2100",
    transferPhone: "(555) 311-2101",
    email: "publicworks@demo-city.example",
    hours: "Mon–Fri 7:00 a.m.–3:30 p.m. (office); crews on call 24/7 for emergencies",
    address: "DPW Yard, 40 Mill Street",
    webUrl: "https://demo-city.example/dpw",
    description:
      "Maintains city streets, sidewalks, streetlights, traffic signs and signals, storm drains, snow and ice operations, and trash and recycling collection.",
    callerScript:
      "I'm going to connect you with the Department of Public Works dispatcher. If the line is busy, I can take the request here and it will go straight to their work queue.",
    workingHours: weekdays("07:00", "15:30"),
  },
  {
    code: "isd",
    name: "Inspectional Services",
    phone: "(555) 311-2200",
    transferPhone: "(555) 311-2201",
    email: "inspections@demo-city.example",
    hours: "Mon–Wed, Fri 8:00 a.m.–4:30 p.m.; Thu 8:00 a.m.–7:00 p.m.",
    address: "City Hall Annex, Room 110, 4 Summer Street",
    webUrl: "https://demo-city.example/isd",
    description:
      "Issues building, electrical, plumbing and gas permits, enforces the State Sanitary Code for rental housing, and inspects unsafe or abandoned buildings.",
    callerScript:
      "I'm transferring you to Inspectional Services. Please have the property address and, if you have one, your permit or complaint number ready.",
    workingHours: cityHallHours(),
  },
  {
    code: "clerk",
    name: "City Clerk",
    phone: "(555) 311-2300",
    transferPhone: "(555) 311-2301",
    email: "cityclerk@demo-city.example",
    hours: "Mon–Wed, Fri 8:00 a.m.–4:30 p.m.; Thu 8:00 a.m.–7:00 p.m.",
    address: "City Hall, Room 102, 1 City Hall Plaza",
    webUrl: "https://demo-city.example/clerk",
    description:
      "Keeps vital records (birth, death and marriage), issues marriage intentions, dog licenses and business certificates, runs the annual street listing, and accepts passport applications.",
    callerScript:
      "I'll connect you with the City Clerk's office. For certified copies, they will need the full name on the record and the date of the event.",
    workingHours: cityHallHours(),
  },
  {
    code: "parks",
    name: "Parks & Recreation",
    phone: "(555) 311-2400",
    transferPhone: "(555) 311-2401",
    email: "parks@demo-city.example",
    hours: "Mon–Fri 8:00 a.m.–4:30 p.m.",
    address: "Riverside Park Field House, 200 Riverside Drive",
    webUrl: "https://demo-city.example/parks",
    description:
      "Maintains parks, playgrounds, athletic fields and city trees (through the Tree Warden), runs the municipal pool and youth and adult recreation programs, and handles field and pavilion reservations.",
    callerScript:
      "I'm transferring you to Parks & Recreation. For program registration or a park reservation, they can look up your account.",
    workingHours: weekdays("08:00", "16:30"),
  },
  {
    code: "police",
    name: "Police (non-emergency)",
    phone: "(555) 311-2500",
    transferPhone: "(555) 311-2501",
    email: "police-records@demo-city.example",
    hours:
      "Non-emergency line answered 24 hours a day, 7 days a week; Records window Mon–Fri 8:00 a.m.–4:00 p.m.",
    address: "Police Headquarters, 60 Court Street",
    webUrl: "https://demo-city.example/police",
    description:
      "Handles non-emergency police matters: noise and disturbance complaints, parking problems that need an officer, abandoned vehicles, and police reports and records.",
    callerScript:
      "If anyone is in danger or a crime is happening right now, hang up and dial 911. Otherwise I'll connect you to the police non-emergency desk.",
    workingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "00:00", closes: "23:59" })),
  },
  {
    code: "health",
    name: "Health Department",
    phone: "(555) 311-2600",
    transferPhone: "(555) 311-2601",
    email: "health@demo-city.example",
    hours: "Mon–Wed, Fri 8:00 a.m.–4:30 p.m.; Thu 8:00 a.m.–7:00 p.m.",
    address: "City Hall Annex, Room 120, 4 Summer Street",
    webUrl: "https://demo-city.example/health",
    description:
      "Inspects restaurants and food trucks, enforces rodent and sanitation rules, runs flu and vaccine clinics, tests beach water quality and coordinates sharps and needle pickup.",
    callerScript:
      "I'm connecting you with the Health Department. If this is a possible food poisoning, they will ask what you ate, where and when, and how many people got sick.",
    workingHours: cityHallHours(),
  },
  {
    code: "treasurer",
    name: "Treasurer/Collector",
    phone: "(555) 311-2700",
    transferPhone: "(555) 311-2701",
    email: "collector@demo-city.example",
    hours: "Mon–Wed, Fri 8:00 a.m.–4:30 p.m.; Thu 8:00 a.m.–7:00 p.m.",
    address: "City Hall, Room 105, 1 City Hall Plaza",
    webUrl: "https://demo-city.example/treasurer",
    description:
      "Collects real estate and personal property taxes, motor vehicle excise, water and sewer bills and parking ticket payments, and issues municipal lien certificates.",
    callerScript:
      "I'll transfer you to the Treasurer/Collector's office. Please have your bill number or the property address ready.",
    workingHours: cityHallHours(),
  },
  {
    code: "veterans",
    name: "Veterans' Services",
    phone: "(555) 311-2800",
    transferPhone: "(555) 311-2801",
    email: "veterans@demo-city.example",
    hours: "Mon–Fri 8:00 a.m.–4:00 p.m.; appointments recommended",
    address: "City Hall, Room 210, 1 City Hall Plaza",
    webUrl: "https://demo-city.example/veterans",
    description:
      "Helps veterans and their families apply for Massachusetts Chapter 115 benefits, VA benefits, burial and grave marker assistance, and veterans' property tax exemptions.",
    callerScript:
      "I'm transferring you to our Veterans' Services Officer. If they are with someone, please leave your name and number and they will call you back the same day.",
    workingHours: weekdays("08:00", "16:00"),
  },
  {
    code: "mayor",
    name: "Mayor's Office",
    phone: "(555) 311-2900",
    transferPhone: "(555) 311-2901",
    email: "mayor@demo-city.example",
    hours: "Mon–Fri 8:00 a.m.–5:00 p.m.",
    address: "City Hall, Room 200, 1 City Hall Plaza",
    webUrl: "https://demo-city.example/mayor",
    description:
      "The Mayor's Office and constituent services staff handle general comments, suggestions and concerns that do not belong to a single department, and oversee the 311 center.",
    callerScript:
      "I'll pass your comment to the Mayor's Office constituent services team. They review every comment and respond within five business days if you would like a reply.",
    workingHours: weekdays("08:00", "17:00"),
  },
  {
    code: "parking",
    name: "Transportation & Parking",
    phone: "(555) 311-3000",
    transferPhone: "(555) 311-3001",
    email: "parking@demo-city.example",
    hours: "Mon–Wed, Fri 8:00 a.m.–4:30 p.m.; Thu 8:00 a.m.–7:00 p.m.",
    address: "City Hall, Room 108, 1 City Hall Plaza",
    webUrl: "https://demo-city.example/parking",
    description:
      "Issues residential and visitor parking permits, hears parking ticket appeals, runs parking enforcement and meters, and reviews traffic-calming and signage requests.",
    callerScript:
      "I'm transferring you to Transportation & Parking. For a ticket appeal, please have the ticket number and the plate number handy.",
    workingHours: cityHallHours(),
  },
  {
    code: "animal",
    name: "Animal Control",
    phone: "(555) 311-3100",
    transferPhone: "(555) 311-3101",
    email: "animalcontrol@demo-city.example",
    hours: "Mon–Sat 7:00 a.m.–5:00 p.m.; after hours, emergencies through Police non-emergency",
    address: "Riverton Animal Shelter, 15 Depot Road",
    webUrl: "https://demo-city.example/animal-control",
    description:
      "Responds to loose and aggressive dogs, nuisance barking, injured or dead animals on public ways, wildlife concerns and animal bites, and runs the city shelter.",
    callerScript:
      "I'm connecting you with the Animal Control Officer. If an animal is attacking or has bitten someone, please call 911 instead.",
    workingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "07:00", closes: "17:00" })),
  },
  {
    code: "water",
    name: "Water & Sewer",
    phone: "(555) 311-3200",
    transferPhone: "(555) 311-3201",
    email: "water@demo-city.example",
    hours: "Office Mon–Fri 7:30 a.m.–4:00 p.m.; emergency crew 24/7",
    address: "Water Department, 12 Pumping Station Road",
    webUrl: "https://demo-city.example/water",
    description:
      "Operates the city's water distribution and sewer system: water main breaks, hydrants, meter reading and replacement, sewer backups and water service shut-offs.",
    callerScript:
      "I'm transferring you to Water & Sewer. If water is flowing in the street or into a building, tell them right away so they can send the emergency crew.",
    workingHours: weekdays("07:30", "16:00"),
  },
  {
    code: "elections",
    name: "Elections",
    phone: "(555) 311-3300",
    transferPhone: "(555) 311-3301",
    email: "elections@demo-city.example",
    hours: "Mon–Wed, Fri 8:00 a.m.–4:30 p.m.; Thu 8:00 a.m.–7:00 p.m.; extended hours before each election",
    address: "City Hall, Room 104, 1 City Hall Plaza",
    webUrl: "https://demo-city.example/elections",
    description:
      "Registers voters, processes mail-in and absentee ballot applications, assigns polling places, runs early voting and certifies nomination papers.",
    callerScript:
      "I'm connecting you with the Election Office. They can check your registration status and mail-in ballot application over the phone.",
    workingHours: cityHallHours(),
  },
];
