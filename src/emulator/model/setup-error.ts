// Start-up inputs the emulator refuses: a fixture, a data file, a key file.
import { readFileSync } from "node:fs";

/**
 * A start-up input the emulator refuses: a fixture, a data file, a key. The
 * message says which and why, never quoting a key or a password.
 */
export class EmulatorSetupError extends Error {
  constructor(message: string) {
    // Names from a fixture may hold terminal escapes; only newlines stay.
    super(message.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "?"));
    this.name = "EmulatorSetupError";
  }
}

/** The text of the file an option names; one that cannot be read is refused. */
export function readSetupFile(option: string, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new EmulatorSetupError(
      `${option} ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}
