/** Words every portal page shares: the layout, the language switcher, loading and errors. */
const common = {
  skipToContent: "Skip to main content",
  siteTitle: "{city} 311",
  language: "Language",
  home: "Home",
  reportProblem: "Report a problem",
  trackRequest: "Track a request",
  nearMe: "Near me",
  staffSignIn: "Staff sign-in",
  loading: "Loading…",
  emergency: "For an emergency, call 911.",
  call311: "Call 311",
  callFromOutside: "From outside {city}, call {phone}.",
  notFound: "Page not found",
  notFoundText: "There is no page at this address.",
  errorTitle: "Something went wrong",
};
export default common;
