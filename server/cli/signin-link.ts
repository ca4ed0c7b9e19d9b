/** `orrery signin-link`: a one-time link that signs a browser in. */
import { type Command, Option } from "commander";
import { createSignInCode } from "../store/sessions";
import { ROLES } from "../store/tokens";
import { ADMIN_ACTOR } from "../main";
import { DEFAULT_DB, withStore } from "./shared";

export function addSigninLink(program: Command): void {
  program
    .command("signin-link")
    .description("print a one-time link that signs a browser in (default: as admin)")
    .addOption(new Option("--role <role>", "what the session may do").choices([...ROLES]).default("admin"))
    .option("--actor <urn>", "the corpuser urn that edits are attributed to")
    .option("--url <url>", "where the server is reached", "http://127.0.0.1:8300")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) =>
      withStore(opts.db, (store) => {
        const actor = opts.actor ?? (opts.role === "admin" ? ADMIN_ACTOR : `urn:li:corpuser:${opts.role}`);
        const code = createSignInCode(store, { role: opts.role, actor });
        process.stdout.write(`${opts.url.replace(/\/+$/, "")}/auth/signin?code=${code}\n`);
        process.stderr.write(`one-time sign-in link for ${actor} (${opts.role}); it works once, for 24 hours\n`);
      }),
    );
}
