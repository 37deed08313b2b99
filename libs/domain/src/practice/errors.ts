export type PracticeInputErrorCode = 'LENGTH_MISMATCH' | 'INVALID_ARGUMENT';

/** Thrown by practice helpers given inconsistent input by code (never for a learner's answer: that is scored 0 with a message). */
export class PracticeInputError extends Error {
  readonly code: PracticeInputErrorCode;

  constructor(code: PracticeInputErrorCode, message: string) {
    super(message);
    this.name = 'PracticeInputError';
    this.code = code;
  }
}
