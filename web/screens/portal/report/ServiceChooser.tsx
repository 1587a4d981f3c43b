import { Label, TextInput } from "@trussworks/react-uswds";
import { useState } from "react";
import { Link } from "react-router";
import type { PublicServices } from "../../../api/portal";
import { useT } from "../../../i18n";

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** The services residents may report online, grouped, with a filter box: each is a link to its form. */
export function ServiceChooser({ catalog }: { catalog: PublicServices }) {
  const t = useT("report");
  const [q, setQ] = useState("");
  const words = fold(q).split(/\s+/).filter(Boolean);
  const groups = catalog.groups
    .map((g) => ({
      name: g.name,
      services: g.services.filter((s) => {
        const text = fold([s.name, s.description ?? "", g.name, ...s.keywords].join(" "));
        return words.every((w) => text.includes(w));
      }),
    }))
    .filter((g) => g.services.length > 0);
  const count = groups.reduce((n, g) => n + g.services.length, 0);
  return (
    <>
      <h2 className="font-heading-lg">{t("chooseService")}</h2>
      <div className="usa-form maxw-full margin-bottom-3">
        <Label htmlFor="report-service-search">{t("searchLabel")}</Label>
        <span className="usa-hint" id="report-service-search-hint">
          {t("searchHint")}
        </span>
        <TextInput
          id="report-service-search"
          name="q"
          type="search"
          autoComplete="off"
          aria-describedby="report-service-search-hint report-service-count"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <p id="report-service-count" className="usa-sr-only" role="status">
          {words.length ? (count ? t("suggestions", { count }) : t("noMatch", { q })) : ""}
        </p>
      </div>
      {count === 0 ? <p>{t("noMatch", { q })}</p> : null}
      {groups.map((g) => (
        <section key={g.name} aria-labelledby={`report-group-${fold(g.name).replace(/[^a-z0-9]+/g, "-")}`}>
          <h3 id={`report-group-${fold(g.name).replace(/[^a-z0-9]+/g, "-")}`} className="margin-bottom-1">
            {g.name}
          </h3>
          <ul className="usa-list usa-list--unstyled margin-bottom-3">
            {g.services.map((s) => (
              <li key={s.code} className="margin-bottom-1">
                <Link to={`/report/${s.code}`} className="text-bold">
                  {s.name}
                </Link>
                {s.description ? <span className="display-block text-base-dark">{s.description}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
