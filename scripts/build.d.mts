/** Builds the server bundle and (unless `web: false`) the web app when missing or stale. */
export function ensureBuilt(options?: {
  web?: boolean;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<void>;
