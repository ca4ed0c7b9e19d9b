/** Request bodies: read with a size limit, parsed as JSON. */
import type http from "node:http";
import { HttpError, tooLarge } from "./errors";

/** Largest request body accepted (DataHub's emitter caps its payloads at ~15 MB). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Largest GraphQL request body (a 100,000-character description and its expected text fit many times). */
export const MAX_GRAPHQL_BODY_BYTES = 2 * 1024 * 1024;

export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      reject(tooLarge(`request body of ${declared} bytes exceeds the limit of ${limit} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Answer 413 at once and discard the rest; the connection closes after the answer.
        req.off("data", onData);
        chunks.length = 0;
        req.resume();
        reject(tooLarge(`request body exceeds the limit of ${limit} bytes`));
        return;
      }
      chunks.push(c);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `request body is not valid JSON: ${(e as Error).message}`);
  }
}
