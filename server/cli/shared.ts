/** What the commands share: the default catalog file, opening it for the length of a command, `--max-aspect-versions`. */
import path from "node:path";
import { InvalidArgumentError, Option } from "commander";
import { Store, type StoreOptions } from "../store/store";
import { DEFAULT_MAX_ASPECT_VERSIONS, MAX_ASPECT_VERSIONS_ENV, parseMaxVersions } from "../store/limits";

export const DEFAULT_DB = path.join(".orrery", "catalog.db");

/** Hands `store` to `work` and closes it when `work` is done: returned, threw, or (a promise) settled. */
export function closing<T>(store: Store, work: (store: Store) => T): T {
  let result: T;
  try {
    result = work(store);
  } catch (e) {
    store.close();
    throw e;
  }
  if (result instanceof Promise) return result.finally(() => store.close()) as T;
  store.close();
  return result;
}

/** Opens the catalog file `db` for `work`, and closes it when `work` is done. */
export function withStore<T>(db: string, work: (store: Store) => T, options?: StoreOptions): T {
  return closing(Store.open(db, options), work);
}

/** `--max-aspect-versions N` of the commands that write a catalog. */
export function maxVersionsOption(): Option {
  return new Option(
    "--max-aspect-versions <n>",
    `previous values kept per aspect; older ones are pruned (default: $${MAX_ASPECT_VERSIONS_ENV}, else ${DEFAULT_MAX_ASPECT_VERSIONS})`,
  ).argParser((v: string) => {
    try {
      return parseMaxVersions(v, "--max-aspect-versions");
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  });
}
