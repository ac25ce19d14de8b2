/** Input the user must fix; the message names the field ("Agenda point: write something first"). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}
