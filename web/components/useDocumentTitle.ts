import { useEffect } from "react";
import { APP_NAME } from "../app/site";

/** Sets the browser tab title to "<title> | civic311" while the screen is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} | ${APP_NAME}` : APP_NAME;
  }, [title]);
}
