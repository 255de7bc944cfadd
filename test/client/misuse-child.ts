// Run by hostile-day.test.ts as a child process (node --import tsx), against
// the emulator named by CIVIS_API_ENDPOINT: calls misused the ways a plain-JS
// caller can, each inside its own try. Prints the name and message of each
// error caught, one line each; an error that escapes as an unhandled
// rejection ends the process with a non-zero exit code instead.
import { APIClient } from "../../src/index.js";

const client = new APIClient();
const loose = client as unknown as Record<
  string,
  Record<string, (...args: unknown[]) => unknown>
>;

const misuses: [string, () => unknown][] = [
  [
    "iterator on a list that does not page",
    () => loose.match_targets!.list!({ iterator: true }),
  ],
  ['iterator: "true"', () => loose.groups!.list!({ iterator: "true" })],
  ["a bad id, iterated", () => loose.groups!.get!(0)],
];

for (const [what, call] of misuses) {
  try {
    for await (const _ of call() as AsyncIterable<unknown>) {
      /* never reached */
    }
    console.log(`${what}: no error`);
  } catch (error) {
    console.log(
      `${what}: ${(error as Error).name}: ${(error as Error).message}`,
    );
  }
}
// A refused call nobody awaits: nothing was sent, nothing to report.
void loose.groups!.get!(-1);
// Rejections left unhandled are reported after the event loop turns.
await new Promise((resolve) => setTimeout(resolve, 50));
console.log("done");
