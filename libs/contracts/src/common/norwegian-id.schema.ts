import { z } from 'zod';
import { withCode } from './issue-codes';
import { validateNorwegianId } from './norwegian-id';

/** A fødselsnummer or D-nummer; the message names what is wrong with a bad one. */
export const norwegianId = z.string().superRefine((value, ctx) => {
  const result = validateNorwegianId(value);
  if (!result.valid) {
    ctx.addIssue({
      code: 'custom',
      message: `national id ${result.reason}`,
      params: withCode('national_id_invalid', { reason: result.reason }),
    });
  }
});
