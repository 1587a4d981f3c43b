/** The public performance page (`/performance`): figures by type of service and the open-data downloads. */
const performance = {
  footerLink: "How we're doing: figures and open data",
  homeLink: "See how quickly the city deals with requests, and download the data",
  title: "How we're doing",
  intro: "Requests made to 311 from {from} to {to}, and how quickly the city closed them.",
  asOf: "Figures up to {time}.",
  summaryTitle: "The last 12 months",
  received: "Requests received",
  closed: "Requests closed",
  onTime: "Closed on time",
  medianDays: "Median days to close",
  empty: "No requests were received or closed in this period.",
  monthsTitle: "Month by month",
  chartLabel:
    "Bar chart of the requests received and closed each month from {from} to {to}. The same figures are in the table below it.",
  monthsCaption: "Requests received and closed each month",
  month: "Month",
  servicesTitle: "By type of service",
  servicesIntro:
    "Every type of service with requests received or closed in these 12 months, most requested first.",
  servicesTableName: "Requests by type of service",
  scrollHint: "On a small screen, scroll the table sideways to see every column.",
  service: "Type of service",
  group: "Group",
  noFigure: "no figure",
  noFigureNote:
    "A dash (—) means there is no figure: apart from duplicates, no request of that type was closed in the period, or, for on time, none of those closed had a due date.",
  aboutTitle: "About these figures",
  aboutReceived:
    "Requests made in the period by any means (phone, online, app or in person), duplicates included.",
  aboutClosed: "Requests closed in the period, whenever they were made.",
  aboutOnTime:
    "Of the requests closed in the period that had a due date, the share closed by their due date. Duplicates (problems someone had already reported) are left out.",
  aboutMedian:
    "Half of the requests closed in the period took less time than this and half took more, counted in calendar days (weekends and holidays included) from the report to the close. Duplicates are left out.",
  aboutFreshness: "The figures are recalculated at most every 5 minutes.",
  openDataTitle: "Open data",
  openDataIntro:
    "Download the public details of every request to study them yourself: CSV opens in a spreadsheet, GeoJSON on a map.",
  allCsv: "All requests (CSV)",
  allGeojson: "All requests (GeoJSON)",
  recentCsv: "Last 12 months (CSV)",
  recentGeojson: "Last 12 months (GeoJSON)",
  openDataContents:
    "Each request is one row: its tracking number, type of service, department, status, dates, place, the description as it was reported and links to public photos.",
  openDataPrivacy:
    "The files never include the names, emails or phone numbers of the people who reported or follow a request, which staff member works on it, answers to the report form's questions, or staff notes.",
};
export default performance;
