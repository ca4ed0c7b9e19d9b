/** `orrery token create|list|revoke`: API tokens. */
import { type Command, Option } from "commander";
import { createToken, listTokens, revokeToken, ROLES, type Role } from "../store/tokens";
import { DEFAULT_DB, withStore } from "./shared";

export function addToken(program: Command): void {
  const token = program.command("token").description("manage API tokens");
  token
    .command("create")
    .description("create a token and print it once")
    .addOption(new Option("--role <role>", "what the token may do").choices([...ROLES]).makeOptionMandatory())
    .option("--name <name>", "a note on what the token is for")
    .option("--actor <urn>", "the corpuser urn that edits made with this token are attributed to")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) =>
      withStore(opts.db, (store) => {
        const { token: t, info } = createToken(store, { role: opts.role as Role, name: opts.name, actor: opts.actor });
        process.stderr.write(`created token ${info.id} (role ${info.role}, actor ${info.actor}); it is shown only once:\n`);
        process.stdout.write(`${t}\n`);
      }),
    );
  token
    .command("list")
    .description("list tokens (never their secrets)")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) =>
      withStore(opts.db, (store) => {
        for (const t of listTokens(store))
          process.stdout.write(
            `${t.id}\t${t.role}\t${t.actor}\t${new Date(t.createdAt).toISOString()}\t${t.revoked ? "revoked" : "active"}\t${t.name ?? ""}\n`,
          );
      }),
    );
  token
    .command("revoke")
    .description("revoke a token by id")
    .argument("<id>")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((id: string, opts) =>
      withStore(opts.db, (store) => {
        if (!revokeToken(store, id)) {
          process.stderr.write(`error: no active token with id ${id}\n`);
          process.exitCode = 1;
        } else process.stdout.write(`revoked ${id}\n`);
      }),
    );
}
