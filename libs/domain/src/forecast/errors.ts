/** Why a forecast or a series could not be computed. */
export type ForecastErrorCode = 'EMPTY_HISTORY' | 'ALL_ZERO_HISTORY' | 'INVALID_INPUT';

/** Thrown when a forecast cannot be made from its input (no history, only zeros, bad numbers). */
export class ForecastError extends Error {
  readonly code: ForecastErrorCode;
  readonly field: string;

  constructor(code: ForecastErrorCode, field: string, message: string) {
    super(message);
    this.name = 'ForecastError';
    this.code = code;
    this.field = field;
  }
}
