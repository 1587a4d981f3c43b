// Outside (state, federal and utility) agencies that 311 operators refer callers to when the city cannot help.
import type { DemoAgency } from "./types.js";

export const agencies: DemoAgency[] = [
  {
    code: "rmv",
    name: "Massachusetts Registry of Motor Vehicles",
    phone: "(555) 857-1300",
    hours:
      "Service centers Mon–Fri 9:00 a.m.–5:00 p.m. (Thu until 7:00 p.m. at some locations), by appointment",
    address: "RMV Service Center, 1 Commerce Way, Northfield, MA",
    webUrl: "https://mass-rmv.example",
    handles:
      "Driver's licenses and learner's permits, REAL ID, vehicle registrations and plates, titles, inspection stickers, license suspensions and handicap placards.",
    callerScript:
      "That is handled by the state Registry of Motor Vehicles, not the city. Most transactions, including renewals, can be done online at mass-rmv.example, and service center visits require an appointment. Their phone number is (555) 857-1300.",
  },
  {
    code: "electric",
    name: "Bay State Electric (electric utility)",
    phone: "(555) 322-4000",
    hours: "Outage line 24/7; customer service Mon–Fri 7:00 a.m.–7:00 p.m.",
    address: "Customer Service, PO Box 9100, Worcester, MA",
    webUrl: "https://baystate-electric.example",
    handles:
      "Power outages, downed or sparking wires, utility-owned poles, billing, new electric service and shut-off protection for medical hardship.",
    callerScript:
      "Power outages are handled by Bay State Electric. Please report it on their outage line at (555) 322-4000 so they can see your address on their map. If a wire is down or sparking, stay at least 30 feet away and call 911.",
  },
  {
    code: "gas",
    name: "Commonwealth Gas Company (gas utility)",
    phone: "(555) 322-5000",
    hours: "Gas emergencies 24/7; customer service Mon–Fri 8:00 a.m.–6:00 p.m.",
    address: "Customer Service, PO Box 4300, Framingham, MA",
    webUrl: "https://commonwealth-gas.example",
    handles: "Gas leaks and odors, gas service connections and shut-offs, meter reading and gas billing.",
    callerScript:
      "If you smell gas, leave the building right away, don't flip any switches, and from outside call 911 or the Commonwealth Gas emergency line at (555) 322-5000. For billing questions, their customer service is at the same number.",
  },
  {
    code: "massdot",
    name: "MassDOT Highway Division, District 4",
    phone: "(555) 637-3400",
    hours: "Mon–Fri 7:30 a.m.–4:00 p.m.; road problems reported 24/7",
    address: "MassDOT District 4 Office, 519 Appleton Street, Arlington, MA",
    webUrl: "https://massdot-highway.example",
    handles:
      "Potholes, plowing, signs, lights and guardrails on state highways and numbered routes, including Route 28, Route 38 and the I-93 ramps, plus state bridges.",
    callerScript:
      "That road is a state highway, so MassDOT maintains it rather than the city. You can report it at (555) 637-3400 or on their website, and I can note it here so we know it was reported.",
  },
  {
    code: "court",
    name: "Riverton District Court",
    phone: "(555) 274-7000",
    hours: "Mon–Fri 8:30 a.m.–4:30 p.m.",
    address: "Riverton District Court, 75 Court Street",
    webUrl: "https://mass-courts.example/riverton-district",
    handles:
      "Criminal and civil cases, small claims, restraining orders (after hours through the police), housing court referrals, and court records.",
    callerScript:
      "Court matters are handled by the Riverton District Court clerk's office at (555) 274-7000. If you need an emergency restraining order after hours, please call the police.",
  },
  {
    code: "ssa",
    name: "Social Security Administration",
    phone: "(555) 772-1213",
    hours: "Phone Mon–Fri 8:00 a.m.–7:00 p.m.; field office Mon–Fri 9:00 a.m.–4:00 p.m. (Wed until noon)",
    address: "Social Security Field Office, 10 Federal Plaza, Northfield, MA",
    webUrl: "https://ssa-gov.example",
    handles:
      "Social Security retirement and disability benefits, Medicare enrollment, SSI, replacement Social Security cards and benefit letters.",
    callerScript:
      "Social Security is a federal agency. You can reach them at (555) 772-1213, and many things, like a benefit letter or a replacement card, can be done online with a my Social Security account.",
  },
  {
    code: "mbta",
    name: "MBTA / Riverton Valley Regional Transit",
    phone: "(555) 222-3200",
    hours: "Customer service Mon–Fri 6:30 a.m.–8:00 p.m.; Sat–Sun 8:00 a.m.–4:00 p.m.",
    address: "Customer Service, 10 Park Plaza, Boston, MA",
    webUrl: "https://mbta-transit.example",
    handles:
      "Commuter rail and bus routes and schedules, bus stops and shelters, The RIDE paratransit, reduced fare cards and lost and found.",
    callerScript:
      "Bus and train service is run by the MBTA, not the city. Their customer service line is (555) 222-3200. Problems with a bus shelter or a stop sign on the city sidewalk can be reported here.",
  },
  {
    code: "dor",
    name: "Massachusetts Department of Revenue",
    phone: "(555) 392-6089",
    hours: "Mon–Fri 9:00 a.m.–4:00 p.m.",
    address: "Department of Revenue, 100 Cambridge Street, Boston, MA",
    webUrl: "https://mass-dor.example",
    handles:
      "State income tax returns and refunds, sales and meals tax, child support enforcement, and the Division of Local Services.",
    callerScript:
      "State income tax and refunds are handled by the Massachusetts Department of Revenue at (555) 392-6089. The city only collects local property and excise taxes.",
  },
  {
    code: "dua",
    name: "Massachusetts Department of Unemployment Assistance",
    phone: "(555) 626-6800",
    hours: "Mon–Fri 8:00 a.m.–4:30 p.m.",
    address: "DUA, 19 Staniford Street, Boston, MA",
    webUrl: "https://mass-dua.example",
    handles: "Unemployment insurance claims, weekly benefit requests, appeals and work search requirements.",
    callerScript:
      "Unemployment benefits are handled by the state Department of Unemployment Assistance. You can file online or call (555) 626-6800. The local MassHire career center on Main Street can also help in person.",
  },
  {
    code: "usps",
    name: "United States Postal Service – Riverton Post Office",
    phone: "(555) 275-8777",
    hours: "Mon–Fri 8:30 a.m.–5:00 p.m.; Sat 8:30 a.m.–12:30 p.m.",
    address: "Riverton Post Office, 25 Main Street",
    webUrl: "https://usps-mail.example",
    handles:
      "Mail delivery, missing packages, change of address, PO boxes, collection boxes and (by appointment) passport applications.",
    callerScript:
      "Mail delivery is handled by the Postal Service, not the city. The Riverton Post Office is at (555) 275-8777, and change of address can be done online.",
  },
  {
    code: "mass211",
    name: "Mass 211",
    phone: "(555) 211-0211",
    hours: "24 hours a day, 7 days a week",
    address: "Statewide referral line",
    webUrl: "https://mass211.example",
    handles:
      "Referrals to emergency shelter, food pantries, fuel assistance, mental health and addiction services, and other health and human services statewide.",
    callerScript:
      "Mass 211 is a free, confidential line open 24/7 that can connect you with shelter, food, fuel assistance and other help. You can dial 2-1-1 or (555) 211-0211.",
  },
  {
    code: "mwra",
    name: "Riverton Valley Water Resources Authority",
    phone: "(555) 242-6000",
    hours: "Mon–Fri 8:30 a.m.–5:00 p.m.; operations center 24/7",
    address: "RVWRA, 2 Griffin Way, Chelsea, MA",
    webUrl: "https://rvwra.example",
    handles:
      "Regional water supply and treatment, large transmission mains and aqueducts, the regional wastewater treatment plant and water quality reports.",
    callerScript:
      "The regional water authority runs the reservoirs and treatment plant. Most problems in Riverton streets, like a main break or hydrant, are handled by our own Water & Sewer department, so I can take that request here.",
  },
  {
    code: "dta",
    name: "Massachusetts Department of Transitional Assistance",
    phone: "(555) 249-2445",
    hours: "Mon–Fri 8:00 a.m.–4:30 p.m.",
    address: "DTA Riverton Office, 90 Broad Street",
    webUrl: "https://mass-dta.example",
    handles: "SNAP food benefits, cash assistance (TAFDC and EAEDC) and EBT cards.",
    callerScript:
      "SNAP and cash assistance are handled by the state Department of Transitional Assistance at (555) 249-2445. Their local office is on Broad Street.",
  },
  {
    code: "jury",
    name: "Massachusetts Office of Jury Commissioner",
    phone: "(555) 628-5879",
    hours: "Mon–Fri 8:30 a.m.–4:30 p.m.",
    address: "Office of Jury Commissioner, 560 Harrison Avenue, Boston, MA",
    webUrl: "https://mass-jury.example",
    handles: "Juror summonses, postponements, disqualifications and juror pay.",
    callerScript:
      "Jury duty is managed by the state Office of Jury Commissioner at (555) 628-5879. You can confirm, postpone or ask to be excused online using the juror ID on your summons.",
  },
];
