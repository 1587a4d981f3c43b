import { Link } from "react-router";
import { APP_NAME, useCity } from "../app/site";
import { useDocumentTitle } from "../components/useDocumentTitle";

/** The public home page. The resident portal will grow from here. */
export function HomeScreen() {
  const city = useCity();
  const CITY_NAME = city?.name ?? "The city";
  useDocumentTitle(`${CITY_NAME} 311`);
  return (
    <div className="usa-prose">
      <h1>
        {APP_NAME} — {CITY_NAME} 311
      </h1>
      <p className="usa-intro">
        311 is {CITY_NAME}'s number for city services and information that are not emergencies: potholes,
        missed trash pickups, streetlights, noise and more.
      </p>
      <p>
        This site runs {APP_NAME}, the open-source system the city's 311 center uses to take requests, route
        them to the right department and track them until they are resolved. A portal where residents can
        report problems and follow their requests online is on the way.
      </p>
      <p>
        For an emergency, call 911.
        {city?.outsidePhone ? ` From outside ${CITY_NAME}, call ${city.outsidePhone}.` : ""}
      </p>
      <h2>City staff</h2>
      <p>
        <Link className="usa-link" to="/staff/">
          Staff sign-in
        </Link>
      </p>
    </div>
  );
}
