/** Why an input to a stakeholder rule was refused. */
export type StakeholderInputErrorCode = 'OUT_OF_SCALE' | 'INVALID_ARGUMENT';

/** Thrown when a stakeholder rule gets a value it cannot work with (off the scale, NaN, …). */
export class StakeholderInputError extends Error {
  readonly code: StakeholderInputErrorCode;
  readonly field: string;
  readonly value: unknown;

  constructor(code: StakeholderInputErrorCode, field: string, value: unknown, message: string) {
    super(message);
    this.name = 'StakeholderInputError';
    this.code = code;
    this.field = field;
    this.value = value;
  }
}
