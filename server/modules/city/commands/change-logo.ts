import { MAX_LOGO_BYTES } from "../../../../common/contracts/city.js";
import { audit } from "../../../platform/audit.js";
import { AppError } from "../../../platform/errors.js";
import { removeStored, storeUpload } from "../../attachments/index.js";
import { readCitySettings, setCity } from "../city.repository.js";
import type { CityCommandDeps } from "./update-city.js";

/** Where the portal fetches a stored logo: the storage key is in the URL, so a new logo is a new URL. */
export const LOGO_PATH = "/api/public/city/logo/";

/** The storage key of the logo a `logoUrl` points to, if it is one of ours. */
export function logoKeyOf(logoUrl: string | null): string | null {
  return logoUrl?.startsWith(LOGO_PATH) ? logoUrl.slice(LOGO_PATH.length) : null;
}

const LOGO_TYPES = { list: ["image/png", "image/jpeg", "image/webp"], names: "PNG, JPEG or WebP" };

/** SVG is text that may hold script, so it is refused with its own reason rather than "not an image". */
function looksLikeSvg(data: Buffer): boolean {
  const head = data.subarray(0, 1024).toString("utf8").trimStart().toLowerCase();
  return head.startsWith("<?xml") || head.startsWith("<svg") || head.includes("<svg");
}

function logoProblem(message: string, code: "validation_failed" | "payload_too_large" = "validation_failed") {
  return new AppError(code, message, [{ field: "logo", message }]);
}

/**
 * Checks an uploaded logo by its content (PNG, JPEG or WebP, at most 256 KB), stores it under DATA_DIR and
 * makes it the portal's logo, audited in the same transaction; the previous logo file is then deleted.
 */
export async function changeLogo(
  deps: CityCommandDeps & { dataDir: string },
  file: { filename: string; data: Buffer },
): Promise<{ logoUrl: string }> {
  if (file.data.length === 0) throw logoProblem("Choose an image file for the logo.");
  if (file.data.length > MAX_LOGO_BYTES)
    throw logoProblem(
      `The logo is ${Math.ceil(file.data.length / 1024)} KB; use an image of at most ${MAX_LOGO_BYTES / 1024} KB.`,
      "payload_too_large",
    );
  if (looksLikeSvg(file.data))
    throw logoProblem(
      "SVG logos are not accepted because they can carry scripts; use a PNG, JPEG or WebP image.",
    );
  let stored: Awaited<ReturnType<typeof storeUpload>>;
  try {
    stored = await storeUpload(deps.dataDir, file, {
      maxBytes: MAX_LOGO_BYTES,
      types: LOGO_TYPES,
      stripLocation: true,
    });
  } catch (err) {
    if (err instanceof AppError) throw logoProblem("The logo must be a PNG, JPEG or WebP image.");
    throw err;
  }
  const logoUrl = `${LOGO_PATH}${stored.storageKey}`;
  let previous: string | null = null;
  try {
    await deps.db.transaction(async (tx) => {
      const { city } = await readCitySettings(tx, { forUpdate: true });
      previous = city.logoUrl;
      await setCity(tx, { logoUrl }, deps.clock.now());
      await audit(tx, deps.actor, "city.logo_changed", "city", null, {
        changes: { logoUrl: { from: previous, to: logoUrl } },
        contentType: stored.contentType,
        byteSize: stored.byteSize,
      });
    });
  } catch (err) {
    await removeStored(deps.dataDir, stored.storageKey);
    throw err;
  }
  const oldKey = logoKeyOf(previous);
  if (oldKey) await removeStored(deps.dataDir, oldKey);
  return { logoUrl };
}

/** Takes the logo off the portal (audited) and deletes its file; the portal then shows the city's name only. */
export async function removeLogo(deps: CityCommandDeps & { dataDir: string }): Promise<void> {
  const previous = await deps.db.transaction(async (tx) => {
    const { city } = await readCitySettings(tx, { forUpdate: true });
    if (!city.logoUrl) throw new AppError("not_found", "The city has no logo to remove.");
    await setCity(tx, { logoUrl: null }, deps.clock.now());
    await audit(tx, deps.actor, "city.logo_removed", "city", null, {
      changes: { logoUrl: { from: city.logoUrl, to: null } },
    });
    return city.logoUrl;
  });
  const oldKey = logoKeyOf(previous);
  if (oldKey) await removeStored(deps.dataDir, oldKey);
}
