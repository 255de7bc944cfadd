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
