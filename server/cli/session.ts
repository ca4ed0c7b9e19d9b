/** `orrery session list|revoke|revoke-all`: browser sessions (sign-ins). */
import type { Command } from "commander";
import { listSessions, revokeAllSessions, revokeSession } from "../store/sessions";
import { DEFAULT_DB, withStore } from "./shared";

export function addSession(program: Command): void {
  const session = program.command("session").description("manage browser sessions (sign-ins)");
  session
    .command("list")
    .description("list active browser sessions: id, role, actor, created, expires, state, token (never their secrets)")
    .option("--all", "include revoked and expired sessions")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) =>
      withStore(opts.db, (store) => {
        const rows = listSessions(store, { all: opts.all === true });
        process.stdout.write("id\trole\tactor\tcreated\texpires\tstate\ttoken\n");
        for (const r of rows)
          process.stdout.write(
            `${r.id}\t${r.role}\t${r.actor}\t${new Date(r.createdAt).toISOString()}\t${new Date(r.expiresAt).toISOString()}\t${r.state}\t${r.tokenId ?? "sign-in link"}\n`,
          );
        if (!rows.length) process.stderr.write(opts.all ? "no sessions\n" : "no active sessions\n");
      }),
    );
  session
    .command("revoke")
    .description("end a session by id; a running server refuses its cookie from the next request on")
    .argument("<id>")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((id: string, opts) =>
      withStore(opts.db, (store) => {
        if (!revokeSession(store, id)) {
          process.stderr.write(`error: no active session with id ${id}\n`);
          process.exitCode = 1;
        } else process.stdout.write(`revoked session ${id}\n`);
      }),
    );
  session
    .command("revoke-all")
    .description("end every session and void every unused sign-in link (everyone signs in again)")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) =>
      withStore(opts.db, (store) => {
        const r = revokeAllSessions(store);
        process.stdout.write(
          `revoked ${r.sessions} session${r.sessions === 1 ? "" : "s"} and ${r.signInCodes} unused sign-in link${r.signInCodes === 1 ? "" : "s"}\n`,
        );
      }),
    );
}
