import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id recommendation: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
// A real hash of a random string, verified against when the account does not exist so timing reveals nothing.
let dummyHash: Promise<string> | undefined;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against a stored argon2id hash; with no hash, spends the same time and fails. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash(`no-such-user-${Math.random()}`, OPTIONS);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** Rejects passwords a city would not accept for staff accounts. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "must be at least 10 characters";
  if (password.length > 1024) return "must be at most 1024 characters";
  return null;
}
